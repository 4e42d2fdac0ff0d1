import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import type { Reply, ReplyAction } from '../core/reply.js';
import { encodeButton, type MemoStore } from './custom-ids.js';
import { splitMarkdown } from './split.js';

/** Button styles that carry a custom_id (link and premium buttons do not). */
type ClickStyle = ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;

/** Discord's limits (facts.md): embed title 256, description 4096, field value 1024, 25 fields, 6000 in all. */
export const LIMITS = { title: 256, description: 4096, fieldName: 256, fieldValue: 1024, fields: 25, embedTotal: 6000, content: 2000 };
/** Section text per embed: leaves room for title, fields and footer inside the 6000 total. */
export const DESCRIPTION_BUDGET = 3500;

const COLORS: Record<Reply['kind'], number> = {
  answer: 0x3b82f6,
  unsure: 0xf59e0b,
  python: 0x10b981,
  topics: 0x6366f1,
  info: 0x6b7280,
  error: 0xef4444,
  cooldown: 0x6b7280,
};

export interface DiscordPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  flags?: MessageFlags.Ephemeral;
  allowedMentions: { parse: []; users?: string[]; roles?: string[] };
}

export interface RenderContext {
  memos: MemoStore;
  userId: string;
  channelId: string | null;
  /** Which part of a long section to show (the "Show more" button asks for the next). */
  part?: number;
  /** False where a reply cannot be ephemeral (a message reply, a help-channel answer). */
  canBePrivate?: boolean;
}

export function renderReply(reply: Reply, ctx: RenderContext): DiscordPayload {
  const ephemeral = reply.visibility === 'private' && ctx.canBePrivate !== false;
  const mentions: DiscordPayload['allowedMentions'] = { parse: [] };
  let content: string | undefined;
  if (reply.mentionUserId) {
    content = `<@${reply.mentionUserId}>`;
    mentions.users = [reply.mentionUserId];
  }
  if (reply.mentionRoleId) {
    content = `${content ? content + ' ' : ''}<@&${reply.mentionRoleId}>`;
    mentions.roles = [reply.mentionRoleId];
  }

  if (reply.kind === 'error' || reply.kind === 'cooldown') {
    return { content: clip(reply.body, LIMITS.content), embeds: [], components: [], flags: ephemeral ? MessageFlags.Ephemeral : undefined, allowedMentions: mentions };
  }

  const parts = splitMarkdown(reply.body, DESCRIPTION_BUDGET);
  const part = Math.min(Math.max(1, ctx.part ?? 1), parts.length);
  const embed: APIEmbed = {
    color: COLORS[reply.kind],
    description: parts[part - 1] || '\u200b',
  };
  if (reply.title) embed.title = clip(parts.length > 1 && part > 1 ? `${reply.title} (${part}/${parts.length})` : reply.title, LIMITS.title);
  const fields = (reply.fields ?? []).slice(0, 10).map((f) => ({ name: clip(f.name, LIMITS.fieldName), value: splitMarkdown(f.value, LIMITS.fieldValue)[0] || '\u200b' }));
  if (fields.length) embed.fields = fields;
  if (reply.source) embed.footer = { text: clip(`Source: ${reply.source}`, 200) };
  fitEmbed(embed);

  const buttons = buttonsFor(reply, ctx, ephemeral, parts.length > part ? part + 1 : 0);
  const components: DiscordPayload['components'] = [];
  for (let i = 0; i < buttons.length && components.length < 5; i += 5) {
    components.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + 5) });
  }
  return { content, embeds: [embed], components, flags: ephemeral ? MessageFlags.Ephemeral : undefined, allowedMentions: mentions };
}

function buttonsFor(reply: Reply, ctx: RenderContext, ephemeral: boolean, nextPart: number): APIButtonComponent[] {
  const out: APIButtonComponent[] = [];
  const button = (custom_id: string, label: string, style: ClickStyle = ButtonStyle.Secondary, emoji?: string): APIButtonComponent => ({
    type: ComponentType.Button,
    custom_id,
    label,
    style,
    ...(emoji ? { emoji: { name: emoji } } : {}),
  });
  const memo = (text: string) => ctx.memos.put({ text, userId: ctx.userId, channelId: ctx.channelId });
  if (nextPart && reply.sectionId) out.push(button(encodeButton({ kind: 'more', sectionId: reply.sectionId, part: nextPart }), 'Show more', ButtonStyle.Primary));
  for (const action of reply.actions ?? []) out.push(...actionButtons(action, ephemeral, button, memo));
  return out.slice(0, 25);
}

function actionButtons(
  action: ReplyAction,
  ephemeral: boolean,
  button: (id: string, label: string, style?: ClickStyle, emoji?: string) => APIButtonComponent,
  memo: (text: string) => string,
): APIButtonComponent[] {
  switch (action.type) {
    case 'share':
      return ephemeral ? [button(encodeButton({ kind: 'share', sectionId: action.sectionId }), 'Share in channel', ButtonStyle.Primary)] : [];
    case 'feedback': {
      const key = memo(action.query);
      return [
        button(encodeButton({ kind: 'vote', helpful: true, sectionId: action.sectionId, memo: key }), 'Helpful', ButtonStyle.Secondary, '👍'),
        button(encodeButton({ kind: 'vote', helpful: false, sectionId: action.sectionId, memo: key }), 'Not helpful', ButtonStyle.Secondary, '👎'),
      ];
    }
    case 'ask-ta':
      return [button(encodeButton({ kind: 'ask-ta', memo: memo(action.query) }), 'Ask a TA', ButtonStyle.Primary, '🙋')];
    case 'choose-os': {
      const key = memo(action.paste);
      return [
        button(encodeButton({ kind: 'os', os: 'macos', memo: key }), 'macOS', ButtonStyle.Primary),
        button(encodeButton({ kind: 'os', os: 'windows', memo: key }), 'Windows', ButtonStyle.Primary),
        button(encodeButton({ kind: 'os', os: 'linux', memo: key }), 'Linux', ButtonStyle.Primary),
      ];
    }
    case 'page': {
      const out: APIButtonComponent[] = [];
      if (action.page > 1) out.push(button(encodeButton({ kind: 'topics', page: action.page - 1 }), 'Previous'));
      if (action.page < action.pages) out.push(button(encodeButton({ kind: 'topics', page: action.page + 1 }), 'Next'));
      return out;
    }
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** Trims fields from the end until the embed fits Discord's 6000-character total. */
function fitEmbed(embed: APIEmbed): void {
  const size = () =>
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  while (size() > LIMITS.embedTotal && embed.fields?.length) embed.fields.pop();
}
