import type { z } from 'zod';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { KnowledgeIndex } from '../search/index.js';
import type { Store } from '../store/types.js';
import type { Component } from './component.js';
import type { OnceSet } from './lru.js';
import type { MemoStore } from './memos.js';
import { inputSchema, type ArgumentsOf, type CommandOption } from './options.js';
import type { Reply } from './reply.js';

export interface CommandDefinition<Options extends readonly CommandOption[] = readonly CommandOption[]> {
  name: string;
  description: string;
  /** `slash`: typed command; `message`: a right-click action on a message (its text fills the one option). */
  kind: 'slash' | 'message';
  options: Options;
  /** Only TAs (TA role or Manage Messages) may run it: hidden from others at deploy, refused at run time. */
  taOnly?: boolean;
  /** Who sees the reply: private unless `public`, or unless the named boolean option is set. */
  visibility?: 'public' | { option: string };
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
  /** Free text behind buttons (questions, pastes), under short keys. */
  memos: MemoStore;
  /** Things that may happen once (one TA ping per question). */
  once: OnceSet;
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

/** A form a transport with forms shows instead of running the command (Discord: a modal). */
export interface FormRequest<Args = unknown> {
  /** The component that receives the submitted form. */
  component: Component<Args>;
  args: Args;
  title: string;
  field: { label: string; placeholder?: string; max: number };
}

export interface Command<Input = unknown> {
  definition: CommandDefinition;
  /** Validates and bounds raw option values (untrusted) before `run` sees them; derived from the options. */
  input: z.ZodType<Input>;
  run(input: Input, ctx: CommandContext): Promise<Reply> | Reply;
  autocomplete?(option: string, value: string, ctx: CommandContext): Choice[];
  /** Offered instead of `run` when a transport with forms got no value for a long text option. */
  form?(raw: Record<string, unknown>): FormRequest | undefined;
}

/** Declares a command; its input schema and `run`'s argument type come from the declared options. */
export function defineCommand<const Options extends readonly CommandOption[]>(command: {
  definition: CommandDefinition<Options>;
  run(input: ArgumentsOf<Options>, ctx: CommandContext): Promise<Reply> | Reply;
  autocomplete?(option: string, value: string, ctx: CommandContext): Choice[];
  form?(raw: Record<string, unknown>): FormRequest | undefined;
}): Command<ArgumentsOf<Options>> {
  return { ...command, input: inputSchema(command.definition.options) };
}
