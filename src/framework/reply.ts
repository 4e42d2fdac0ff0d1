import type { Component } from './component.js';

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
  /** Section shown, when the reply is one. */
  sectionId?: string;
  /** Whether the reply should be visible to everyone in the channel. */
  visibility: 'private' | 'public';
  buttons?: ReplyButton[];
  /** The button that shows part N of a body too long for one message (Discord splits it). */
  continuation?: (part: number) => ReplyButton;
  /** The only user or role the reply may ping. Never set from user-written text. */
  mention?: { user: string } | { role: string };
  /** Machine-readable payload for the JSON adapter and tests. */
  data?: Record<string, unknown>;
}

/** Keeps a button's argument type checked against its component. */
export function button<Args>(component: Component<Args, unknown>, args: Args, look: Omit<ReplyButton<Args>, 'component' | 'args'>): ReplyButton {
  return { component, args, ...look } as ReplyButton;
}

export function errorReply(message: string): Reply {
  return { kind: 'error', body: message, visibility: 'private' };
}

export function notice(message: string, visibility: Reply['visibility'] = 'private'): Reply {
  return { kind: 'notice', body: message, visibility };
}
