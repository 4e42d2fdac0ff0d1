import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { Reply } from '../core/reply.js';
import type { BotContext } from './context.js';
import { renderReply, type DiscordPayload } from './render.js';

/** Discord wants an answer within 3 s; past this, the bot defers and edits the reply in later. */
export const DEFER_AFTER_MS = 2000;

export function payloadFor(reply: Reply, interaction: RepliableInteraction, ctx: BotContext, part?: number): DiscordPayload {
  return renderReply(reply, { memos: ctx.memos, userId: interaction.user.id, channelId: interaction.channelId, part });
}

/**
 * Sends a reply computed by `work`. If the work is slow, the interaction is deferred first (with
 * the visibility the reply will most likely have) and the result edited in, so the 3-second window
 * is never missed.
 */
export async function replyWithin(
  interaction: RepliableInteraction,
  ctx: BotContext,
  work: Promise<Reply>,
  expectPrivate: boolean,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => resolve('slow'), DEFER_AFTER_MS);
  });
  const first = await Promise.race([work, slow]);
  clearTimeout(timer);
  if (first !== 'slow') {
    await interaction.reply(payloadFor(first, interaction, ctx));
    return;
  }
  await interaction.deferReply(expectPrivate ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await work;
  const { flags: _ignored, ...payload } = payloadFor(reply, interaction, ctx);
  await interaction.editReply(payload);
}

/** One line to the user when something failed, whatever state the interaction is in. */
export async function replyError(interaction: RepliableInteraction, message: string): Promise<void> {
  const payload = { content: message, flags: MessageFlags.Ephemeral as const, allowedMentions: { parse: [] as [] } };
  if (interaction.deferred && !interaction.replied) await interaction.editReply({ content: message, embeds: [], components: [] });
  else if (interaction.replied) await interaction.followUp(payload);
  else await interaction.reply(payload);
}

/** Returns true (and tells the user) when they must wait. */
export async function coolingDown(interaction: RepliableInteraction, ctx: BotContext): Promise<boolean> {
  const wait = ctx.cooldown.take(interaction.user.id);
  if (!wait) return false;
  await interaction.reply(payloadFor({ kind: 'cooldown', body: `Easy there! Try again in ${wait} second${wait === 1 ? '' : 's'}.`, visibility: 'private' }, interaction, ctx));
  return true;
}

