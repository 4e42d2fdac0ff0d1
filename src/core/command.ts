import type { z } from 'zod';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { KnowledgeIndex } from '../search/index.js';
import type { Store } from '../store/types.js';
import type { Reply } from './reply.js';

/** Option kinds a command can take; adapters map them to their own (Discord option types...). */
export type OptionKind = 'string' | 'boolean' | 'integer' | 'user';

export interface CommandOption {
  name: string;
  description: string;
  kind: OptionKind;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string }[];
  maxLength?: number;
}

export interface CommandDefinition {
  name: string;
  description: string;
  /** `slash`: typed command; `message`: a right-click action on a message (its text is the input). */
  kind: 'slash' | 'message';
  options: CommandOption[];
  /** Only TAs (TA role or Manage Messages) may run it; adapters check before calling `run`. */
  taOnly?: boolean;
}

export interface Invoker {
  id: string;
  name: string;
  isTA: boolean;
}

export interface Services {
  /** The index serving now; reloads swap it, so read it per call. */
  knowledge(): KnowledgeIndex;
  config: Pick<Config, 'PYTHON_REQUIREMENT' | 'TA_ROLE_ID'>;
  store: Store;
  logger: Logger;
}

export interface CommandContext {
  services: Services;
  invoker: Invoker;
  /** The transport's id for this request (Discord: the interaction id), for logs. */
  requestId?: string;
}

export interface Choice {
  name: string;
  value: string;
}

export interface Command<Input = unknown> {
  definition: CommandDefinition;
  /** Validates and bounds raw option values (untrusted) before `run` sees them. */
  input: z.ZodType<Input>;
  run(input: Input, ctx: CommandContext): Promise<Reply> | Reply;
  autocomplete?(option: string, value: string, ctx: CommandContext): Choice[];
}

/** Keeps each command's Input type while letting the registry hold them side by side. */
export function defineCommand<Input>(command: Command<Input>): Command<Input> {
  return command;
}
