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

/**
 * Images the user gave with the command (Discord: an attachment option, or a message's attached
 * images for a message command; the CLI and console: files). Always a list, empty when none.
 */
export interface ImageOption extends BaseOption {
  kind: 'image';
}

export type CommandOption = StringOption | ChoiceOption | BooleanOption | IntegerOption | UserOption | ImageOption;
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
          : O extends ImageOption
            ? readonly ImageInput[]
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

/**
 * An image as a transport hands it over: an attachment still on the chat service's CDN (what the
 * service says about it, which is not proof: the bytes are checked again), or bytes already in
 * hand (a file given to the CLI or the console).
 */
export type ImageInput =
  | {
      kind: 'attachment';
      url: string;
      contentType?: string | null;
      size?: number | null;
      width?: number | null;
      height?: number | null;
      name?: string;
    }
  | { kind: 'bytes'; bytes: Uint8Array; name?: string };

/** Images read from one message or command at most; the rest are left unread (each takes a second or so). */
export const MAX_IMAGES = 4;

const dimension = z.number().int().nonnegative().nullish();
const imageInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('attachment'),
    url: z.string().max(2048),
    contentType: z.string().max(255).nullish(),
    size: dimension,
    width: dimension,
    height: dimension,
    name: z.string().max(1024).optional(),
  }),
  z.object({ kind: z.literal('bytes'), bytes: z.instanceof(Uint8Array), name: z.string().max(1024).optional() }),
]);

/** One image or a list; anything malformed counts as no image (the transport built it, not the user). */
const imageList = z
  .union([imageInput.transform((i) => [i]), z.array(imageInput)])
  .optional()
  .transform((v): readonly ImageInput[] => (v ?? []).slice(0, MAX_IMAGES))
  .catch([]);

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
    case 'image':
      return imageList;
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
