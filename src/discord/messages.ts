import { ButtonStyle, ComponentType, type Message } from 'discord.js';
import { answerFromSearch } from '../core/answer.js';
import { MAX_QUESTION } from '../core/input.js';
import { contextFor, runCommand } from '../core/services.js';
import type { BotContext } from './context.js';
import { encodeButton } from './custom-ids.js';
import { postMessage } from './post.js';
import { renderReply } from './render.js';

/** Mentions of the bot anywhere, direct messages, and new questions in configured help channels or forums. */
export async function handleMessage(message: Message, ctx: BotContext): Promise<void> {
  try {
    if (message.author.bot || message.webhookId || message.system) return;
    const botId = ctx.client.user?.id;
    // A direct message is a question to the bot even without a mention.
    if (botId && (message.mentions.users.has(botId) || !message.inGuild())) return await answerMention(message, ctx, botId);
    if (ctx.config.HELP_CHANNEL_IDS.length) await autoAnswer(message, ctx);
  } catch (err) {
    ctx.logger.error('message handling failed', { message: message.id, channel: message.channelId, error: (err as Error).message });
  }
}

async function answerMention(message: Message, ctx: BotContext, botId: string): Promise<void> {
  const question = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim().slice(0, MAX_QUESTION);
  const wait = ctx.cooldown.take(message.author.id);
  const render = (r: Parameters<typeof renderReply>[0]) =>
    renderReply(r, { memos: ctx.memos, userId: message.author.id, channelId: message.channelId, canBePrivate: false });
  if (wait) {
    await postMessage(ctx.client, message.channelId, render({ kind: 'cooldown', body: `Easy there! Ask me again in ${wait}s.`, visibility: 'public' }), message.id);
    return;
  }
  const invoker = { id: message.author.id, name: message.member?.displayName ?? message.author.username, isTA: false };
  const reply = await runCommand(ctx.registry.get('ask')!, { question, public: true }, contextFor(ctx.services, invoker, message.id));
  // A message reply is public anyway, so "Share in channel" has nothing to add.
  await postMessage(ctx.client, message.channelId, render({ ...reply, actions: reply.actions?.filter((a) => a.type !== 'share') }), message.id);
}

function helpChannelOf(message: Message, ids: readonly string[]): string | null {
  if (ids.includes(message.channelId)) return message.channelId;
  const channel = message.channel;
  if (channel && 'isThread' in channel && channel.isThread() && channel.parentId && ids.includes(channel.parentId)) return channel.parentId;
  return null;
}

/** Answers only when sure, and at most once per thread, so TAs are never talked over. */
async function autoAnswer(message: Message, ctx: BotContext): Promise<void> {
  if (!helpChannelOf(message, ctx.config.HELP_CHANNEL_IDS)) return;
  const inThread = message.channel?.isThread?.() ?? false;
  const key = inThread ? message.channelId : message.id;
  if (ctx.answered.has(key)) return;
  if (!inThread && message.reference) return; // a reply inside a conversation, not a new question
  const question = message.content.slice(0, MAX_QUESTION * 4);
  const result = ctx.services.knowledge().search(question, 3);
  if (!result.confident) {
    if (question.trim()) {
      ctx.services.store.append({ type: 'unanswered', at: new Date().toISOString(), userId: message.author.id, query: question.trim().slice(0, MAX_QUESTION) });
    }
    return;
  }
  ctx.answered.set(key, true);
  const reply = answerFromSearch(result, 'public');
  const payload = renderReply({ ...reply, actions: [] }, { memos: ctx.memos, userId: message.author.id, channelId: message.channelId, canBePrivate: false });
  const memo = ctx.memos.put({ text: question.slice(0, MAX_QUESTION), userId: message.author.id, channelId: message.channelId });
  payload.components = [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, custom_id: encodeButton({ kind: 'solved', memo }), label: 'This solved it', style: ButtonStyle.Success, emoji: { name: '✅' } },
        { type: ComponentType.Button, custom_id: encodeButton({ kind: 'stuck', memo }), label: 'Still need help', style: ButtonStyle.Secondary, emoji: { name: '🙋' } },
      ],
    },
  ];
  payload.content = 'This part of the pre-work may answer your question:';
  await postMessage(ctx.client, message.channelId, payload, message.id);
}
