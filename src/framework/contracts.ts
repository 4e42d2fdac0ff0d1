import type { z } from 'zod';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { OcrService } from '../ocr/types.js';
import type { KnowledgeIndex } from '../search/index.js';
import type { LearnedAnswers } from '../search/service.js';
import type { Store } from '../store/types.js';
import type { OnceSet } from './lru.js';
import type { MemoStore } from './memos.js';
import type { CommandOption } from './options.js';

export type { ImageInput } from './options.js';

/*
 * The contracts between features and transports, in one module so that commands, components and
 * replies can refer to one another without import loops. Helpers live beside them: command.ts,
 * component.ts, reply.ts.
 */

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
  /** `DISCORD_CDN_URL`: one more origin attachments may come from (the loopback fake in tests). */
  config: Pick<Config, 'PYTHON_REQUIREMENT' | 'TA_ROLE_ID'> & Partial<Pick<Config, 'DISCORD_CDN_URL'>>;
  store: Store;
  logger: Logger;
  /** Free text behind buttons (questions, pastes), under short keys. */
  memos: MemoStore;
  /** Things that may happen once (one TA ping per question). */
  once: OnceSet;
  /** Answers TAs saved (DATA_DIR/learned), indexed with the knowledge; absent where nothing may be written (the CLI). */
  learned?: LearnedAnswers;
  /**
   * Reads screenshots: one service per process, made by the entry point, its worker started on
   * the first image and stopped at shutdown. Absent, every image is answered as if OCR were off.
   */
  ocr?: OcrService;
}

export interface CommandContext {
  services: Services;
  invoker: Invoker;
  /** The message a message command was used on (its author, for one), without the message it replies to. */
  target?: TargetMessage;
  /** The transport's id for this request (Discord: the interaction id), for logs. */
  requestId?: string;
}

export interface Choice {
  name: string;
  value: string;
}

/** One text box of a form; its value reaches the component as `form[id]`. */
export interface FormField {
  id: string;
  label: string;
  /** One line, or several (the default). */
  style?: 'short' | 'paragraph';
  max: number;
  /** Required unless false. */
  required?: boolean;
  placeholder?: string;
  /** Text the box starts with, for the user to edit. */
  value?: string;
}

/** A form a transport with forms shows instead of running the command (Discord: a modal). */
export type FormRequest<Args = unknown> = {
  /** The component that receives the submitted form. */
  component: Component<Args>;
  args: Args;
  title: string;
} & (
  | /** One required box, whose value arrives as `formValue`. */ { field: { label: string; placeholder?: string; max: number } }
  | /** Several boxes (at most 5), each value under its id in `form`. */ { fields: FormField[] }
);

/** The message a message command was used on (Discord: right-click on a message → Apps). */
export interface TargetMessage {
  id: string;
  /** A link that opens the message (Discord: https://discord.com/channels/…). */
  link: string;
  content: string;
  author: { id: string; name: string };
  /** The message it replies to, when it is a reply and that message could be read. */
  replyTo?: { content: string; author: { id: string; name: string } };
}

export interface Command<Input = unknown> {
  definition: CommandDefinition;
  /** Validates and bounds raw option values (untrusted) before `run` sees them; derived from the options. */
  input: z.ZodType<Input>;
  run(input: Input, ctx: CommandContext): Promise<Reply> | Reply;
  autocomplete?(option: string, value: string, ctx: CommandContext): Choice[];
  /**
   * Offered instead of `run` by a transport with forms: for a slash command when it got no value
   * for a long text option, for a message command with the message it was used on (`target`).
   * Only TAs get the form of a TA-only command; others get `run`'s refusal.
   */
  form?(raw: Record<string, unknown>, target?: TargetMessage): FormRequest | undefined;
}

/** What a component does with the message it sits on. */
export type ComponentResponse =
  /** A new message, private or public as the reply says; `part` picks a part of a long body. */
  | { type: 'reply'; reply: Reply; part?: number }
  /** Replaces the message the button sits on (a turned page, the fix for the OS picked). */
  | { type: 'update'; reply: Reply }
  /** Keeps the message and replaces its buttons with a one-line note ("Marked as solved"). */
  | { type: 'close'; note: string }
  /** Opens a form (Discord: a modal) whose submission goes to the form's component. */
  | { type: 'form'; form: FormRequest };

export interface ComponentContext extends CommandContext {
  /** The text typed into a one-box form (`field`), when the component receives it. */
  formValue?: string;
  /** Every box of a submitted form by its id (`fields`); empty boxes arrive as ''. */
  form?: Record<string, string>;
}

/**
 * A button or form handler, declared once beside its feature: how its arguments travel in the
 * custom id (`encode`/`parse`, at most 100 characters with the prefix), and what it does (`run`).
 * Parsing first means a stale or forged id is answered with a message, never run.
 */
export interface Component<Args, Parsed = Args> {
  /** The custom-id segment after the prefix; unique across features. */
  id: string;
  /** Refused at run time to anyone but TAs (a custom id can be forged; hiding the button is not enough). */
  taOnly?: boolean;
  /** Free text goes to the memo store and only its key into the id. */
  encode(args: Args, memos: MemoStore): string[];
  /** Null for an id this component cannot read; a memo gone since is `undefined` in the result. */
  parse(parts: string[], memos: MemoStore): Parsed | null;
  run(parsed: Parsed, ctx: ComponentContext): Promise<ComponentResponse> | ComponentResponse;
}

/**
 * The transport-neutral reply every command and component returns. Adapters (Discord, console,
 * JSON) render it; features never format for a particular transport.
 */
export type ReplyKind = 'answer' | 'unsure' | 'python' | 'topics' | 'info' | 'error' | 'cooldown' | 'notice';

export interface ReplyField {
  name: string;
  value: string;
}

/** A button on a reply: the component it invokes, with its arguments, and how it looks. */
export interface ReplyButton<Args = unknown> {
  component: Component<Args, unknown>;
  args: Args;
  label: string;
  style?: 'primary' | 'secondary' | 'success' | 'danger';
  emoji?: string;
  /** Only worth showing on a reply only the asker sees ("Share in channel"). */
  privateOnly?: boolean;
  /** What a terminal shows instead of the button; omitted, the button has no text equivalent. */
  hint?: string;
  /** The same effect as running the command again with this option value (the console offers it). */
  rerun?: { option: string; value: string };
}

export interface Reply {
  /** `notice` is one plain line (no embed), like `error` and `cooldown`. */
  kind: ReplyKind;
  /** Short heading: a section's heading path, a verdict line. */
  title?: string;
  /** Main text, markdown from knowledge or text the feature wrote (user text via quoteUserText). */
  body: string;
  /** A plain line shown before the reply ("Shared by Ana:"). */
  lead?: string;
  fields?: ReplyField[];
  /** Where the text came from ("pre-work.md:12"). */
  source?: string;
  /** Primary sources (URLs) behind the facts shown, from knowledge front-matter. */
  references?: string[];
  /** Section shown, when the reply is one. */
  sectionId?: string;
  /** Whether the reply should be visible to everyone in the channel. */
  visibility: 'private' | 'public';
  buttons?: ReplyButton[];
  /** The button that shows part N of a body too long for one message (Discord splits it). */
  continuation?: (part: number) => ReplyButton;
  /** The only user or role the reply may ping. Never set from user-written text. */
  mention?: { user: string } | { role: string };
  /** Files sent with the reply (an export, a chart image). */
  files?: ReplyFile[];
  /** The name of an attached image to show inside the reply (Discord: the embed's image). */
  image?: string;
  /** Machine-readable payload for the JSON adapter and tests. */
  data?: Record<string, unknown>;
}

export interface ReplyFile {
  /** File name as the user sees it, e.g. `readiness.csv`. */
  name: string;
  data: Uint8Array;
  /** What it holds, for screen readers (Discord: the attachment description). */
  description?: string;
}
