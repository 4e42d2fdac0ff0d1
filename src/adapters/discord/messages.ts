import type { Message } from 'discord.js';
import type { Reply } from '../../framework/reply.js';
import { contextFor } from '../../framework/run.js';
import { imagesOf } from './attachments.js';
import type { BotContext } from './context.js';
import { messageText, readOptionsOf, textFilesOf } from './message-text.js';
import { postMessage } from './post.js';
import { renderReply } from './render.js';

/**
 * Mentions of the bot anywhere, direct messages, and new questions in configured help channels or
 * forums. The adapter only decides whether a message is addressed to the bot; what to answer is
 * the registry's message handlers (the same path as /ask).
 */
export async function handleMessage(message: Message, ctx: BotContext): Promise<void> {
  try {
    if (message.author.bot || message.webhookId || message.system) return;
    const botId = ctx.client.user?.id;
    // A direct message is a question to the bot even without a mention.
    if (botId && (message.mentions.users.has(botId) || !message.inGuild())) await answerMention(message, ctx, botId);
    else if (ctx.config.HELP_CHANNEL_IDS.length) await autoAnswer(message, ctx);
  } catch (err) {
    ctx.logger.error('message handling failed', { message: message.id, channel: message.channelId, error: (err as Error).message });
  }
}

const render = (ctx: BotContext, reply: Parameters<typeof renderReply>[0]) => renderReply(reply, { memos: ctx.services.memos, canBePrivate: false });

function invokerOf(message: Message) {
  return { id: message.author.id, name: message.member?.displayName ?? message.author.username, isTA: false };
}

async function answerMention(message: Message, ctx: BotContext, botId: string): Promise<void> {
  const handlers = ctx.registry.messages;
  if (!handlers) return;
  const wait = ctx.cooldown.take(message.author.id);
  if (wait) {
    await postMessage(ctx.client, message.channelId, render(ctx, { kind: 'cooldown', body: `Easy there! Ask me again in ${wait}s.`, visibility: 'public' }), message.id);
    return;
  }
  const question = (await messageText(message, readOptionsOf(ctx))).replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim();
  const reply = await handlers.question(question, contextFor(ctx.services, invokerOf(message), message.id), imagesOf(message.attachments));
  await postMessage(ctx.client, message.channelId, render(ctx, reply), message.id);
}

function inHelpChannel(message: Message, ids: readonly string[]): boolean {
  if (ids.includes(message.channelId)) return true;
  const channel = message.channel;
  return 'isThread' in channel && channel.isThread() && channel.parentId !== null && ids.includes(channel.parentId);
}

/** Answers only when sure, and at most once per thread, so TAs are never talked over. */
async function autoAnswer(message: Message, ctx: BotContext): Promise<void> {
  const handlers = ctx.registry.messages;
  if (!handlers || !inHelpChannel(message, ctx.config.HELP_CHANNEL_IDS)) return;
  const inThread = message.channel.isThread();
  const key = inThread ? message.channelId : message.id;
  if (ctx.answered.has(key) || ctx.reading.has(key)) return;
  if (!inThread && message.reference) return; // a reply inside a conversation, not a new question
  let text = message.content;
  if (textFilesOf(message.attachments).length) {
    // A long paste Discord sent as message.txt: the thread is held while it downloads, as for a screenshot.
    ctx.reading.add(key);
    try {
      text = await messageText(message, readOptionsOf(ctx));
    } finally {
      ctx.reading.delete(key);
    }
  }
  // Synchronous from the check above (or the download) to here, so two posts in one thread cannot both be answered.
  const result = handlers.helpPost(text, contextFor(ctx.services, invokerOf(message), message.id), imagesOf(message.attachments));
  let reply: Reply | null;
  if (result instanceof Promise) {
    // Reading a screenshot: the thread is held until it is read, so the post that opened it is the
    // one answered, not a follow-up sent meanwhile (which would otherwise win the once-per-thread).
    ctx.reading.add(key);
    try {
      reply = await result;
    } finally {
      ctx.reading.delete(key);
    }
  } else reply = result;
  if (!reply || !ctx.answered.first(key)) return;
  await postMessage(ctx.client, message.channelId, render(ctx, reply), message.id);
}
