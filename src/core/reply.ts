/**
 * The transport-neutral reply every command returns. Adapters (Discord, console, JSON) render it;
 * handlers never format for a particular transport.
 */
export type ReplyKind = 'answer' | 'unsure' | 'python' | 'topics' | 'info' | 'error' | 'cooldown';

/** A follow-up the user can take; Discord shows a button, the console a hint. */
export type ReplyAction =
  | { type: 'share'; sectionId: string }
  | { type: 'feedback'; sectionId: string; query: string }
  | { type: 'ask-ta'; query: string }
  | { type: 'choose-os'; paste: string }
  | { type: 'page'; page: number; pages: number };

export interface ReplyField {
  name: string;
  value: string;
}

export interface Reply {
  kind: ReplyKind;
  /** Short heading: a section's heading path, a verdict line. Plain text (adapters escape it). */
  title?: string;
  /** Main text, markdown from knowledge or text the command wrote. */
  body: string;
  fields?: ReplyField[];
  /** Where the text came from ("pre-work.md › Python"). */
  source?: string;
  /** Section shown, when the reply is one. */
  sectionId?: string;
  /** Whether the reply should be visible to everyone in the channel. */
  visibility: 'private' | 'public';
  actions?: ReplyAction[];
  /** The only user the reply may ping (TA `/answer`). Never set from user-written text. */
  mentionUserId?: string;
  /** The only role the reply may ping (the TA role, once, from the "Ask a TA" button). */
  mentionRoleId?: string;
  /** Machine-readable payload for the JSON adapter and tests. */
  data?: Record<string, unknown>;
}
