import { z } from 'zod';
import { truncate } from './limits.js';

/**
 * Command options, declared once: adapters build Discord's option list from them, and the zod
 * schema that validates raw (untrusted) values is derived from them, so the two cannot disagree.
 */
interface BaseOption {
  name: string;
  description: string;
  /** Not offered on Discord (the CLI's `--top`). */
  hidden?: boolean;
}

export interface StringOption extends BaseOption {
  kind: 'string';
  /** Longest value kept; longer input is cut, never rejected, so a huge paste still gets an answer. */
  max: number;
  required?: boolean;
  autocomplete?: boolean;
  /** Keep ESC and CR: terminal pastes carry colour codes the paste judge strips itself. */
  terminal?: boolean;
}

export interface ChoiceOption extends BaseOption {
  kind: 'choice';
  choices: readonly { name: string; value: string }[];
}

export interface BooleanOption extends BaseOption {
  kind: 'boolean';
}

export interface IntegerOption extends BaseOption {
  kind: 'integer';
  min: number;
  max: number;
}

export interface UserOption extends BaseOption {
  kind: 'user';
  required: true;
}

export type CommandOption = StringOption | ChoiceOption | BooleanOption | IntegerOption | UserOption;
export type OptionKind = CommandOption['kind'];

type ValueOf<O> = O extends ChoiceOption
  ? O['choices'][number]['value'] | undefined
  : O extends StringOption
    ? string
    : O extends BooleanOption
      ? boolean | undefined
      : O extends IntegerOption
        ? number | undefined
        : O extends UserOption
          ? string
          : never;

/** The validated input a command's `run` receives for these options. */
export type ArgumentsOf<Options extends readonly CommandOption[]> = { [O in Options[number] as O['name']]: ValueOf<O> };

/** Characters that never belong in a question: NUL and other C0 controls except tab/newline. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const CONTROL_BUT_TERMINAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f]/g;

/** Untrusted text: coerced to a string, control characters removed, cut to `max` (never mid-emoji). */
export function boundedText(max: number, options: { terminal?: boolean } = {}) {
  const control = options.terminal ? CONTROL_BUT_TERMINAL : CONTROL;
  return z
    .unknown()
    .transform((v) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : ''))
    .transform((v) => truncate(v.replace(control, ''), max, { ellipsis: '' }));
}

const SNOWFLAKE = /^\d{1,20}$/;

function schemaFor(option: CommandOption): z.ZodType {
  switch (option.kind) {
    case 'string':
      return boundedText(option.max, { terminal: option.terminal });
    case 'choice': {
      const values = option.choices.map((c) => c.value);
      return z.enum(values as [string, ...string[]]).optional().catch(undefined);
    }
    case 'boolean':
      return z.boolean().optional().catch(undefined);
    case 'integer':
      return z.number().int().min(option.min).max(option.max).optional().catch(undefined);
    case 'user':
      return z.string().regex(SNOWFLAKE, 'pick a member');
  }
}

export function inputSchema<const Options extends readonly CommandOption[]>(options: Options): z.ZodType<ArgumentsOf<Options>> {
  return z.object(Object.fromEntries(options.map((o) => [o.name, schemaFor(o)]))) as unknown as z.ZodType<ArgumentsOf<Options>>;
}

/**
 * A question may be a whole Discord message (2,000 characters): real ones are narratives with
 * pasted error output, and the part that names the problem is often near the end.
 */
export const MAX_QUESTION = 2000;
