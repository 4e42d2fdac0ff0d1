import {
  ActionRowBuilder,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { OptionKind } from '../core/command.js';
import { MAX_QUESTION } from '../core/input.js';
import { contextFor, runCommand } from '../core/services.js';
import { onButton } from './buttons.js';
import type { BotContext } from './context.js';
import { invokerOf } from './invoker.js';
import { postMessage } from './post.js';
import { coolingDown, payloadFor, replyError, replyWithin } from './respond.js';

export const MODAL_PREFIX = 'pw:modal:check-python:';
export const PASTE_FIELD = 'paste';
const MODAL_MAX = 4000;

/** Routes every interaction; nothing thrown here escapes to the process. */
export async function handleInteraction(interaction: Interaction, ctx: BotContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) return await onAutocomplete(interaction, ctx);
    if (interaction.isChatInputCommand()) return await onSlash(interaction, ctx);
    if (interaction.isMessageContextMenuCommand()) return await onMessageMenu(interaction, ctx);
    if (interaction.isButton()) return await onButton(interaction, ctx);
    if (interaction.isModalSubmit()) return await onModal(interaction, ctx);
  } catch (err) {
    ctx.logger.error('interaction failed', { interaction: interaction.id, type: interaction.type, error: (err as Error).message });
    if (interaction.isRepliable()) {
      await replyError(interaction, 'Sorry, something went wrong answering that. Please try again in a moment.').catch((e: unknown) =>
        ctx.logger.warn('could not report the error to the user', { interaction: interaction.id, error: (e as Error).message }),
      );
    }
  }
}

async function onSlash(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const command = ctx.registry.get(interaction.commandName);
  if (!command) {
    await replyError(interaction, `I don't know /${interaction.commandName} (yet). Try /ask or /topics.`);
    return;
  }
  if (await coolingDown(interaction, ctx)) return;
  const raw: Record<string, unknown> = {};
  for (const option of command.definition.options) raw[option.name] = readOption(interaction, option.name, option.kind);

  if (command.definition.name === 'check-python' && !raw.paste) {
    await interaction.showModal(checkPythonModal(typeof raw.os === 'string' ? raw.os : undefined));
    return;
  }
  const invoker = invokerOf(interaction, ctx.config.TA_ROLE_ID);
  const expectPrivate = command.definition.name === 'answer' ? false : raw.public !== true;
  await replyWithin(interaction, ctx, runCommand(command, raw, contextFor(ctx.services, invoker, interaction.id)), expectPrivate);
}

function readOption(interaction: ChatInputCommandInteraction, name: string, kind: OptionKind): unknown {
  switch (kind) {
    case 'string':
      return interaction.options.getString(name) ?? undefined;
    case 'boolean':
      return interaction.options.getBoolean(name) ?? undefined;
    case 'integer':
      return interaction.options.getInteger(name) ?? undefined;
    case 'user':
      return interaction.options.getUser(name)?.id;
  }
}

function checkPythonModal(os: string | undefined): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(MODAL_PREFIX + (os ?? '-'))
    .setTitle('Check your Python')
    .addComponents(
      new ActionRowBuilder<TextInputBuilder>().addComponents(
        new TextInputBuilder()
          .setCustomId(PASTE_FIELD)
          .setLabel('Paste what `python --version` printed')
          .setStyle(TextInputStyle.Paragraph)
          .setPlaceholder('$ python3 --version\nPython 3.12.4')
          .setRequired(true)
          .setMaxLength(MODAL_MAX),
      ),
    );
}

async function onModal(interaction: ModalSubmitInteraction, ctx: BotContext): Promise<void> {
  if (!interaction.customId.startsWith(MODAL_PREFIX)) {
    await replyError(interaction, 'That form has expired; run the command again.');
    return;
  }
  if (await coolingDown(interaction, ctx)) return;
  const os = interaction.customId.slice(MODAL_PREFIX.length);
  const paste = interaction.fields.getTextInputValue(PASTE_FIELD);
  const command = ctx.registry.get('check-python')!;
  const invoker = invokerOf(interaction, ctx.config.TA_ROLE_ID);
  await replyWithin(interaction, ctx, runCommand(command, { paste, os: os === '-' ? undefined : os }, contextFor(ctx.services, invoker, interaction.id)), true);
}

async function onAutocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const command = ctx.registry.get(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value ?? '').slice(0, MAX_QUESTION);
  const invoker = invokerOf(interaction, ctx.config.TA_ROLE_ID);
  const choices = command?.autocomplete?.(focused.name, typed, contextFor(ctx.services, invoker, interaction.id)) ?? [];
  await interaction.respond(choices.slice(0, 25).map((c) => ({ name: c.name.slice(0, 100) || '…', value: c.value.slice(0, 100) })));
}

async function onMessageMenu(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void> {
  const command = ctx.registry.get(interaction.commandName);
  if (!command) {
    await replyError(interaction, `I don't know "${interaction.commandName}".`);
    return;
  }
  if (await coolingDown(interaction, ctx)) return;
  const invoker = invokerOf(interaction, ctx.config.TA_ROLE_ID);
  const target = interaction.targetMessage;
  const reply = await runCommand(command, { message: target.content }, contextFor(ctx.services, invoker, interaction.id));
  if (reply.visibility !== 'public') {
    await interaction.reply(payloadFor(reply, interaction, ctx));
    return;
  }
  // A TA pointed at this student's message: answer under it, pinging only its author.
  const payload = payloadFor(reply, interaction, ctx);
  await postMessage(ctx.client, target.channelId, payload, target.id, true);
  await interaction.reply(payloadFor({ kind: 'info', body: 'Posted the answer as a reply to their message.', visibility: 'private' }, interaction, ctx));
}
