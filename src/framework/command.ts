import type { ArgumentsOf, CommandOption } from './options.js';
import { inputSchema } from './options.js';
import type { Choice, Command, CommandContext, CommandDefinition, FormRequest, Reply, TargetMessage } from './contracts.js';

export type { Choice, Command, CommandContext, CommandDefinition, FormField, FormRequest, Invoker, Services, TargetMessage } from './contracts.js';

/** Declares a command; its input schema and `run`'s argument type come from the declared options. */
export function defineCommand<const Options extends readonly CommandOption[]>(command: {
  definition: CommandDefinition<Options>;
  run(input: ArgumentsOf<Options>, ctx: CommandContext): Promise<Reply> | Reply;
  autocomplete?(option: string, value: string, ctx: CommandContext): Choice[];
  form?(raw: Record<string, unknown>, target?: TargetMessage): FormRequest | undefined;
}): Command<ArgumentsOf<Options>> {
  return { ...command, input: inputSchema(command.definition.options) };
}
