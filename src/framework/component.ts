import type { CommandContext } from './command.js';
import { DISCORD } from './limits.js';
import type { MemoStore } from './memos.js';
import type { Reply } from './reply.js';

/** What a component does with the message it sits on. */
export type ComponentResponse =
  /** A new message, private or public as the reply says; `part` picks a part of a long body. */
  | { type: 'reply'; reply: Reply; part?: number }
  /** Replaces the message the button sits on (a turned page, the fix for the OS picked). */
  | { type: 'update'; reply: Reply }
  /** Keeps the message and replaces its buttons with a one-line note ("Marked as solved"). */
  | { type: 'close'; note: string };

export interface ComponentContext extends CommandContext {
  /** The text typed into the form, when the component receives a submitted form. */
  formValue?: string;
}

/**
 * A button or form handler, declared once beside its feature: how its arguments travel in the
 * custom id (`encode`/`parse`, at most 100 characters with the prefix), and what it does (`run`).
 * Parsing first means a stale or forged id is answered with a message, never run.
 */
export interface Component<Args, Parsed = Args> {
  /** The custom-id segment after the prefix; unique across features. */
  id: string;
  /** Free text goes to the memo store and only its key into the id. */
  encode(args: Args, memos: MemoStore): string[];
  /** Null for an id this component cannot read; a memo gone since is `undefined` in the result. */
  parse(parts: string[], memos: MemoStore): Parsed | null;
  run(parsed: Parsed, ctx: ComponentContext): Promise<ComponentResponse> | ComponentResponse;
}

export function defineComponent<Args, Parsed = Args>(component: Component<Args, Parsed>): Component<Args, Parsed> {
  return component;
}

const PREFIX = 'pw';

export function encodeCustomId<Args>(component: Component<Args, unknown>, args: Args, memos: MemoStore): string {
  // Ids are ASCII (section slugs, memo keys, small numbers), so a plain cut cannot split a character.
  return [PREFIX, component.id, ...component.encode(args, memos)].join(':').slice(0, DISCORD.customId);
}

export function splitCustomId(customId: string): { id: string; parts: string[] } | null {
  const [prefix, id, ...parts] = customId.split(':');
  return prefix === PREFIX && id ? { id, parts } : null;
}
