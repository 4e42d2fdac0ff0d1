import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType, type RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import type { CommandDefinition, OptionKind } from '../core/command.js';

const OPTION_TYPES: Record<OptionKind, ApplicationCommandOptionType> = {
  string: ApplicationCommandOptionType.String,
  boolean: ApplicationCommandOptionType.Boolean,
  integer: ApplicationCommandOptionType.Integer,
  user: ApplicationCommandOptionType.User,
};

/** The transport-neutral definitions as the JSON body Discord's bulk-overwrite endpoint takes. */
export function toDiscordCommands(definitions: CommandDefinition[]): RESTPutAPIApplicationCommandsJSONBody {
  return definitions.map((d) => {
    // TA tools only make sense inside the workshop server; student commands also work in DMs.
    const contexts = d.taOnly
      ? [InteractionContextType.Guild]
      : [InteractionContextType.Guild, InteractionContextType.BotDM];
    if (d.kind === 'message') return { name: d.name, type: ApplicationCommandType.Message, contexts };
    return {
      name: d.name,
      description: d.description.slice(0, 100),
      type: ApplicationCommandType.ChatInput,
      contexts,
      options: d.options.map((o) => ({
        name: o.name,
        description: o.description.slice(0, 100),
        type: OPTION_TYPES[o.kind],
        required: o.required ?? false,
        ...(o.autocomplete ? { autocomplete: true } : {}),
        ...(o.choices ? { choices: o.choices } : {}),
        ...(o.maxLength && o.kind === 'string' ? { max_length: Math.min(o.maxLength, 6000) } : {}),
        ...(o.kind === 'integer' ? { min_value: 1 } : {}),
      })),
    };
  }) as RESTPutAPIApplicationCommandsJSONBody;
}
