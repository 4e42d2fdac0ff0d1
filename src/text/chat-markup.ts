/**
 * Chat markup that carries no words of the message: Discord's user, role and channel mentions
 * (`<@123…>`, `<@!123…>`, `<@&123…>`, `<#123…>`), custom emoji (`<:sadcat:123…>`, `<a:wave:123…>`),
 * timestamps (`<t:1700000000:R>`) and command links (`</ask:123…>`). Messages and text copied from
 * a chat keep them; read as words they become topics the knowledge never uses ("sadcat", an id),
 * and a clear question turns unsure. The search and /check-python both drop them.
 */
const CHAT_MARKUP = /<(?:@[!&]?\d{5,25}|#\d{5,25}|a?:\w{1,32}:\d{5,25}|t:-?\d{1,16}(?::[tTdDfFR])?|\/[\w -]{1,100}:\d{5,25})>/g;

export function withoutChatMarkup(text: string): string {
  return text.includes('<') ? text.replace(CHAT_MARKUP, ' ') : text;
}
