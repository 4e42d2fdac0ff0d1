import { normalizeSignature } from '../knowledge/signature.js';
import type { Section } from '../knowledge/types.js';
import { findCommandsSaidMissing, findShellErrors } from './message.js';
import { STOP_WORDS } from './stopwords.js';

interface Signature {
  text: string;
  /** Index of the answerable section that claims it. */
  n: number;
  /** The shell error it is, if it is one ("zsh" + "python"), so other wordings of it match too. */
  shellError?: string;
  /** Its words, for matching the error retyped by hand (long signatures only). */
  words: string[];
}

export interface SignatureMatch {
  n: number;
  /** Length of the longest signature of that section found in the message. */
  length: number;
}

/**
 * Error output a student pastes is the strongest evidence of what went wrong: "zsh: command not
 * found: code" names the missing command exactly, where the free-text ranking would weigh "zsh"
 * and "command" as much as "code". Sections declare the fragments they answer (front-matter
 * `errors:`); a message holding one is answered from that section before any ranking.
 */
export class SignatureMatcher {
  private readonly signatures: Signature[];
  /** For each command some section declares a not-found error for, the sections that do. */
  private readonly missingCommand = new Map<string, Set<number>>();

  constructor(answerable: readonly Section[]) {
    // Longest first: "the term 'python' is not recognized" beats a shorter fragment inside it.
    this.signatures = answerable
      .flatMap((s, n) =>
        s.errors.map((e) => {
          const errors = findShellErrors(e);
          const text = normalizeSignature(e);
          // A path is copied, never retyped: its words alone ("scripts activate is not recognized")
          // would pass for any command's not-recognized error.
          const words = /[\\/]/.test(text) ? [] : wordsOf(text);
          return { text, n, words, ...(errors.length === 1 ? { shellError: shellKey(errors[0]!) } : {}) };
        }),
      )
      .filter((s) => s.text.length > 0)
      .sort((a, b) => b.text.length - a.text.length);
    for (const sig of this.signatures) {
      if (!sig.shellError) continue;
      const command = sig.shellError.slice(sig.shellError.indexOf(' ') + 1);
      const sections = this.missingCommand.get(command) ?? new Set<number>();
      sections.add(sig.n);
      this.missingCommand.set(command, sections);
    }
  }

  /** Commands the knowledge declares a not-found error for that the student says, in words, are missing. */
  saidMissing(message: string): string[] {
    return findCommandsSaidMissing(message, this.missingCommand);
  }

  /** Sections whose signatures the message holds, most specific (longest signature) first. */
  match(message: string): SignatureMatch[] {
    if (!this.signatures.length) return [];
    const text = normalizeSignature(message);
    // "sudo: python: command not found" is the same bash error as "bash: python: command not found".
    const shellErrors = new Set(findShellErrors(message).map(shellKey));
    const words = wordsOf(text);
    const present = new Set(words);
    const best = new Map<number, number>();
    for (const sig of this.signatures) {
      if (best.has(sig.n)) continue;
      // A shell error is matched by its shell and command only: a retyped one differs in exactly those.
      if (containsAtBoundary(text, sig.text) || (sig.shellError && shellErrors.has(sig.shellError)) || (!sig.shellError && retyped(sig.words, words, present))) best.set(sig.n, sig.text.length);
    }
    // "brew not found" in the student's words names the same error as "zsh: command not found: brew",
    // without the shell that tells macOS from Linux: it answers only when one section covers that
    // command on every system ("pip", "brew"); "python not found" is left to the ranking.
    for (const command of findCommandsSaidMissing(message, this.missingCommand)) {
      const sections = this.missingCommand.get(command)!;
      const [n, other] = sections;
      if (n !== undefined && other === undefined && !best.has(n)) best.set(n, command.length);
    }
    return [...best].map(([n, length]) => ({ n, length })).sort((a, b) => b.length - a.length);
  }
}

/** Signatures shorter than this many words are matched literally only: too easy to hit by chance. */
const RETYPED_MIN_WORDS = 5;
/** Share of a signature's words that must appear, in order and close together, in a retyped error. */
const RETYPED_SHARE = 0.8;
/** Signatures shorter than this many words must keep every word but stop words when retyped. */
const RETYPED_ALL_WORDS_UNDER = 7;
/** How many extra words a retyped error may hold between the signature's words. */
const RETYPED_SLACK = 3;

function wordsOf(text: string): string[] {
  return text.split(/[^a-z0-9_]+/).filter(Boolean);
}

/**
 * Students retype errors from a screenshot or from memory: "python not found run without
 * arguments to install from the microsoft store". A long signature counts as present when most of
 * its words appear in the message in its order, within a window little longer than the signature.
 */
function retyped(sig: readonly string[], words: readonly string[], present: ReadonlySet<string>): boolean {
  if (sig.length < RETYPED_MIN_WORDS) return false;
  // An error names its object last ("... for open-webui", "... from the Microsoft Store"): that
  // word must be there, or "could not find a version that satisfies the requirement torch" would
  // pass for the open-webui error.
  if (!present.has(sig[sig.length - 1]!)) return false;
  // A short signature may lose a small word when retyped, never a word that says what failed:
  // "Unable to locate package code" is not "unable to locate python interpreter ... VS Code".
  if (sig.length < RETYPED_ALL_WORDS_UNDER && sig.some((w) => !STOP_WORDS.has(w) && !present.has(w))) return false;
  const needed = Math.ceil(sig.length * RETYPED_SHARE);
  let shared = 0;
  for (const w of sig) if (present.has(w)) shared++;
  if (shared < needed) return false;
  const window = sig.length + RETYPED_SLACK;
  for (let start = 0; start < words.length; start++) {
    // A window starts at one of the signature's first words that could still reach `needed`.
    const first = sig.indexOf(words[start]!);
    if (first < 0 || sig.length - first < needed) continue;
    let matched = 1;
    let next = first + 1;
    for (let i = start + 1; i < words.length && i < start + window && next < sig.length; i++) {
      const at = sig.indexOf(words[i]!, next);
      if (at >= 0) {
        matched++;
        next = at + 1;
      }
    }
    if (matched >= needed) return true;
  }
  return false;
}

function shellKey(e: { shell: string; command: string }): string {
  return `${e.shell} ${e.command}`;
}

const WORD = /[a-z0-9]/;
/** A dot, dash or underscore between word characters continues a name: python3.12, open-webui. */
const JOINER = /[._-]/;

/** "command not found: code" must not claim "command not found: codex", nor python3 claim python3.12. */
function containsAtBoundary(text: string, sig: string): boolean {
  for (let at = text.indexOf(sig); at >= 0; at = text.indexOf(sig, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const next = text[at + sig.length] ?? ' ';
    const after = JOINER.test(next) && WORD.test(text[at + sig.length + 1] ?? ' ') ? 'a' : next;
    const startOk = !WORD.test(sig[0]!) || !WORD.test(before);
    const endOk = !WORD.test(sig[sig.length - 1]!) || !WORD.test(after);
    if (startOk && endOk) return true;
  }
  return false;
}
