import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  type AnySelectMenuInteraction,
  type ButtonInteraction,
  type ModalSubmitInteraction,
  type Message,
} from 'discord.js';
import type { TargetMessage } from '../../framework/command.js';
import { splitCustomId } from '../../framework/component.js';
import { DISCORD, truncate } from '../../framework/limits.js';
import { MAX_QUESTION, type CommandOption } from '../../framework/options.js';
import type { AnyCommand } from '../../framework/registry.js';
import { notice } from '../../framework/reply.js';
import { contextFor, runAutocomplete, runCommand, runComponent } from '../../framework/run.js';
import { imageInput, imagesOf } from './attachments.js';
import { messageText, readOptionsOf, textFilesOf } from './message-text.js';
import type { BotContext } from './context.js';
import { invokerOf } from './invoker.js';
import { postMessage } from './post.js';
import { FORM_FIELD, formModal } from './forms.js';
import { coolingDown, deferIfSlow, payloadFor, replyError, respondWithin, replyWithin, withoutFlags } from './respond.js';

/**
 * Routes every interaction: commands by name, buttons and forms by custom-id prefix, all through
 * the registry. Each interaction gets exactly one response, whatever throws: an error line, or an
 * empty choice list for an autocomplete.
 */
export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await onAutocomplete(interaction, ctx);
    else if (interaction.isChatInputCommand()) await onSlash(interaction, ctx);
    else if (interaction.isMessageContextMenuCommand()) await onMessageMenu(interaction, ctx);
    else if (interaction.isButton() || interaction.isAnySelectMenu() || interaction.isModalSubmit()) await onComponent(interaction, ctx);
    else if (interaction.isRepliable()) await replyError(interaction, 'I cannot handle that kind of interaction yet.');
  } catch (err) {
    ctx.logger.error('interaction failed', { interaction: interaction.id, type: interaction.type, error: (err as Error).message });
    const report = interaction.isAutocomplete()
      ? interaction.responded
        ? undefined
        : interaction.respond([])
      : interaction.isRepliable()
        ? replyError(interaction, 'Sorry, something went wrong answering that. Please try again in a moment.')
        : undefined;
    await report?.catch((e: unknown) => ctx.logger.warn('could not report the error to the user', { interaction: interaction.id, error: (e as Error).message }));
  }
}

async function onSlash(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const command = ctx.registry.command(interaction.commandName);
  if (!command) {
    await replyError(interaction, `I don't know /${interaction.commandName} (yet). Try /ask or /topics.`);
    return;
  }
  if (await coolingDown(interaction, ctx)) return;
  const raw: Record<string, unknown> = {};
  for (const option of command.definition.options) if (!option.hidden) raw[option.name] = readOption(interaction, option);
  const invoker = invokerOf(interaction, ctx.config.TA_ROLE_ID);
  const form = !command.definition.taOnly || invoker.isTA ? command.form?.(raw) : undefined;
  if (form) {
    await interaction.showModal(formModal(form, ctx.services.memos));
    return;
  }
  await replyWithin(interaction, ctx, runCommand(command, raw, contextFor(ctx.services, invoker, interaction.id)), expectPrivate(command, raw));
}

/** The visibility to defer with: what the command declares, before it has run. */
function expectPrivate(command: AnyCommand, raw: Record<string, unknown>): boolean {
  const visibility = command.definition.visibility;
  if (visibility === 'public') return false;
  if (visibility) return raw[visibility.option] !== true;
  return true;
}

function readOption(interaction: ChatInputCommandInteraction, option: CommandOption): unknown {
  switch (option.kind) {
    case 'string':
    case 'choice':
      return interaction.options.getString(option.name) ?? undefined;
    case 'boolean':
      return interaction.options.getBoolean(option.name) ?? undefined;
    case 'integer':
      return interaction.options.getInteger(option.name) ?? undefined;
    case 'user':
      return interaction.options.getUser(option.name)?.id;
    case 'image': {
      const attachment = interaction.options.getAttachment(option.name);
      return attachment ? imageInput(attachment) : undefined;
    }
  }
}

/** Buttons and submitted forms: the custom id names the component and carries its arguments. */
async function onComponent(interaction: ButtonInteraction | AnySelectMenuInteraction | ModalSubmitInteraction, ctx: BotContext): Promise<void> {
  const id = splitCustomId(interaction.customId);
  const component = id ? ctx.registry.component(id.id) : undefined;
  const parsed = id && component ? component.parse(id.parts, ctx.services.memos) : null;
  if (!component || parsed === null) {
    await replyError(interaction, 'That button or form no longer works; run the command again.');
    return;
  }
  if (await coolingDown(interaction, ctx)) return;
  const invoker = invokerOf(interaction, ctx.config.TA_ROLE_ID);
  const form = interaction.isModalSubmit() ? submittedForm(interaction) : undefined;
  const work = runComponent(component, parsed, { ...contextFor(ctx.services, invoker, interaction.id), formValue: form?.[FORM_FIELD], form });
  const canUpdate = interaction.isMessageComponent() || interaction.isFromMessage();
  await respondWithin(interaction, ctx, work, canUpdate);
}

/** Every text box of a submitted modal by its custom id. */
function submittedForm(interaction: ModalSubmitInteraction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, field] of interaction.fields.fields) if ('value' in field && typeof field.value === 'string') out[id] = field.value;
  return out;
}

async function onAutocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const command = ctx.registry.command(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const typed = truncate(focused.value, MAX_QUESTION, { ellipsis: '' });
  const invoker = invokerOf(interaction, ctx.config.TA_ROLE_ID);
  const choices = runAutocomplete(command, focused.name, typed, contextFor(ctx.services, invoker, interaction.id));
  await interaction.respond(
    choices.slice(0, DISCORD.choices).map((c) => ({ name: truncate(c.name, DISCORD.choiceName) || '…', value: truncate(c.value, DISCORD.choiceValue, { ellipsis: '' }) })),
  );
}

async function onMessageMenu(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void> {
  const command = ctx.registry.command(interaction.commandName);
  if (!command) {
    await replyError(interaction, `I don't know "${interaction.commandName}".`);
    return;
  }
  if (await coolingDown(interaction, ctx)) return;
  const invoker = invokerOf(interaction, ctx.config.TA_ROLE_ID);
  const target = interaction.targetMessage;
  // A message command's text option receives the text of the message it was used on, an image
  // option the images attached to it.
  const raw: Record<string, unknown> = {};
  const textOption = command.definition.options.find((o) => o.kind === 'string');
  if (textOption) raw[textOption.name] = target.content;
  for (const o of command.definition.options) if (o.kind === 'image') raw[o.name] = imagesOf(target.attachments);
  const form = command.form && (!command.definition.taOnly || invoker.isTA) ? command.form(raw, await targetMessage(target)) : undefined;
  if (form) {
    await interaction.showModal(formModal(form, ctx.services.memos));
    return;
  }
  const run = { ...contextFor(ctx.services, invoker, interaction.id), target: { id: target.id, link: target.url, content: target.content, author: authorOf(target) } };
  // Reading a screenshot can take longer than Discord's 3 s: past 2 s the TA sees "thinking…",
  // privately, as every answer to them is (the reply itself goes under the student's message).
  // A long paste Discord sent as message.txt is part of the message's text.
  const withFiles = async () => {
    if (textOption && textFilesOf(target.attachments).length) raw[textOption.name] = await messageText(target, readOptionsOf(ctx));
    return runCommand(command, raw, run);
  };
  const reply = await deferIfSlow(interaction, withFiles(), true);
  const answer = (payload: ReturnType<typeof payloadFor>) => (interaction.deferred ? interaction.editReply(withoutFlags(payload)) : interaction.reply(payload));
  if (reply.visibility !== 'public') {
    await answer(payloadFor(reply, ctx));
    return;
  }
  // A TA pointed at this student's message: answer under it, pinging only its author.
  await postMessage(ctx.client, target.channelId, payloadFor(reply, ctx), target.id, true);
  await answer(payloadFor(notice('Posted the answer as a reply to their message.'), ctx));
}

const authorOf = (m: Message) => ({ id: m.author.id, name: m.member?.displayName ?? m.author.globalName ?? m.author.username });

/** How long a form may wait for the message a target replies to: the modal must open within 3 s. */
const REFERENCE_WAIT_MS = 1000;

/** The target of a message command as the framework sees it, with the message it replies to when it can be read quickly. */
async function targetMessage(message: Message): Promise<TargetMessage> {
  let replyTo: TargetMessage['replyTo'];
  if (message.reference?.messageId) {
    // Discord usually sends the replied-to message along (then this is a cache hit); otherwise one REST call, bounded.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), REFERENCE_WAIT_MS);
    });
    const referenced = await Promise.race([message.fetchReference().catch(() => null), late]);
    clearTimeout(timer);
    if (referenced) replyTo = { content: referenced.content, author: authorOf(referenced) };
  }
  return { id: message.id, link: message.url, content: message.content, author: authorOf(message), replyTo };
}
