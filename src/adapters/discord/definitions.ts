import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition } from '../../framework/command.js';
import { DISCORD, truncate } from '../../framework/limits.js';
import type { CommandOption, OptionKind } from '../../framework/options.js';

const OPTION_TYPES: Record<OptionKind, ApplicationCommandOptionType> = {
  string: ApplicationCommandOptionType.String,
  choice: ApplicationCommandOptionType.String,
  boolean: ApplicationCommandOptionType.Boolean,
  integer: ApplicationCommandOptionType.Integer,
  user: ApplicationCommandOptionType.User,
  image: ApplicationCommandOptionType.Attachment,
};

/** TA tools are shown only to members who can manage messages; server admins can widen that. */
const TA_PERMISSIONS = PermissionFlagsBits.ManageMessages.toString();

function discordOption(o: CommandOption) {
  return {
    name: o.name,
    description: truncate(o.description, DISCORD.commandDescription),
    type: OPTION_TYPES[o.kind],
    required: 'required' in o ? (o.required ?? false) : false,
    ...(o.kind === 'string' && o.autocomplete ? { autocomplete: true } : {}),
    ...(o.kind === 'string' ? { max_length: Math.min(o.max, DISCORD.optionString) } : {}),
    ...(o.kind === 'choice' ? { choices: o.choices.map((c) => ({ name: c.name, value: c.value })) } : {}),
    ...(o.kind === 'integer' ? { min_value: o.min, max_value: o.max } : {}),
  };
}

/** The transport-neutral definitions as the JSON body Discord's bulk-overwrite endpoint takes. */
export function toDiscordCommands(definitions: readonly CommandDefinition[]): RESTPutAPIApplicationCommandsJSONBody {
  return definitions.map((d) => {
    // TA tools only make sense inside the workshop server; student commands also work in DMs.
    const contexts = d.taOnly ? [InteractionContextType.Guild] : [InteractionContextType.Guild, InteractionContextType.BotDM];
    const permissions = d.taOnly ? { default_member_permissions: TA_PERMISSIONS } : {};
    if (d.kind === 'message') return { name: d.name, type: ApplicationCommandType.Message, contexts, ...permissions };
    return {
      name: d.name,
      description: truncate(d.description, DISCORD.commandDescription),
      type: ApplicationCommandType.ChatInput,
      contexts,
      ...permissions,
      options: d.options.filter((o) => !o.hidden).map(discordOption),
    };
    // discord-api-types narrows each option type to its own shape; the map above builds one per kind.
  }) as RESTPutAPIApplicationCommandsJSONBody;
}
