import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { FormRequest } from '../../framework/command.js';
import type { ComponentResponse } from '../../framework/component.js';
import { DISCORD, truncate } from '../../framework/limits.js';
import type { Reply } from '../../framework/reply.js';
import type { BotContext } from './context.js';
import { formModal } from './forms.js';
import { discordText, renderReply, type DiscordPayload } from './render.js';

/** Discord wants an answer within 3 s; past this, the bot defers and edits the reply in later. */
const DEFER_AFTER_MS = 2000;

export function payloadFor(reply: Reply, ctx: BotContext, part?: number): DiscordPayload {
  return renderReply(reply, { memos: ctx.services.memos, part });
}

/** Resolves with the work's result, or with 'slow' once DEFER_AFTER_MS has passed. */
async function raceSlow<T>(work: Promise<T>): Promise<T | 'slow'> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => resolve('slow'), DEFER_AFTER_MS);
  });
  try {
    return await Promise.race([work, slow]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The work's result; if it is slow, the interaction is deferred first (a "thinking…" message, private
 * or not), so Discord's 3-second window is never missed. The caller then edits the reply in
 * (`interaction.deferred` says which).
 */
export async function deferIfSlow<T>(interaction: RepliableInteraction, work: Promise<T>, ephemeral: boolean): Promise<T> {
  const first = await raceSlow(work);
  if (first !== 'slow') return first;
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  return work;
}

/**
 * Sends a reply computed by `work`. If the work is slow, the interaction is deferred first (with
 * the visibility the reply will most likely have) and the result edited in, so the 3-second window
 * is never missed.
 */
export async function replyWithin(interaction: RepliableInteraction, ctx: BotContext, work: Promise<Reply>, expectPrivate: boolean): Promise<void> {
  const first = await raceSlow(work);
  if (first !== 'slow') {
    await interaction.reply(payloadFor(first, ctx));
    return;
  }
  await interaction.deferReply(expectPrivate ? { flags: MessageFlags.Ephemeral } : {});
  await interaction.editReply(withoutFlags(payloadFor(await work, ctx)));
}

/** An interaction that came from a button (or a form opened from one) can edit that message. */
type ComponentInteraction = RepliableInteraction & {
  update(options: object): Promise<unknown>;
  deferUpdate(): Promise<unknown>;
};

/**
 * Delivers a component's response: a new message, the message replaced, or its buttons closed with
 * a note. Slow work defers first: a button defers its update, a submitted form a private reply.
 */
export async function respondWithin(interaction: RepliableInteraction, ctx: BotContext, work: Promise<ComponentResponse>, canUpdate: boolean): Promise<void> {
  const target = interaction as ComponentInteraction;
  const first = await raceSlow(work);
  if (first !== 'slow') {
    const r = first;
    if (r.type === 'form') await openForm(interaction, ctx, r.form);
    else if (r.type === 'close') await (canUpdate ? target.update(closing(r.note)) : interaction.reply({ ...notePayload(r.note), flags: MessageFlags.Ephemeral }));
    else if (r.type === 'update' && canUpdate) await target.update(withoutFlags(payloadFor(r.reply, ctx)));
    else await interaction.reply(payloadFor(r.reply, ctx, r.type === 'reply' ? r.part : undefined));
    return;
  }
  if (canUpdate) await target.deferUpdate();
  else await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const r = await work;
  // A form must be the first response; after deferring, the user is asked to click again.
  if (r.type === 'form') await interaction.followUp({ ...notePayload('That took too long to open; please click again.'), flags: MessageFlags.Ephemeral });
  else if (r.type === 'close') await interaction.editReply(canUpdate ? closing(r.note) : { ...notePayload(r.note), embeds: [], components: [] });
  else if (r.type === 'reply' && canUpdate) await interaction.followUp(payloadFor(r.reply, ctx, r.part));
  else await interaction.editReply(withoutFlags(payloadFor(r.reply, ctx, r.type === 'reply' ? r.part : undefined)));
}

/** A form opens from a button; a submitted form cannot open another, so it gets an error line instead. */
async function openForm(interaction: RepliableInteraction, ctx: BotContext, form: FormRequest): Promise<void> {
  if (!interaction.isButton() && !interaction.isAnySelectMenu()) {
    await replyError(interaction, 'That form cannot be opened from here.');
    return;
  }
  await interaction.showModal(formModal(form, ctx.services.memos));
}

function notePayload(note: string) {
  return { content: truncate(discordText(note), DISCORD.content), allowedMentions: { parse: [] as [] } };
}

/** The message keeps its embed; its buttons give way to the note. */
function closing(note: string) {
  return { ...notePayload(note), components: [] };
}

export function withoutFlags(payload: DiscordPayload): Omit<DiscordPayload, 'flags'> {
  const { flags: _ignored, ...rest } = payload;
  return rest;
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
  await interaction.reply(payloadFor({ kind: 'cooldown', body: `Easy there! Try again in ${wait} second${wait === 1 ? '' : 's'}.`, visibility: 'private' }, ctx));
  return true;
}
