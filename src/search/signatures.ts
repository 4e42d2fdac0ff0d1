import { normalizeSignature } from '../knowledge/signature.js';
import type { Section } from '../knowledge/types.js';
import { findShellErrors } from './message.js';

interface Signature {
  text: string;
  /** Index of the answerable section that claims it. */
  n: number;
  /** The shell error it is, if it is one ("zsh" + "python"), so other wordings of it match too. */
  shellError?: string;
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

  constructor(answerable: readonly Section[]) {
    // Longest first: "the term 'python' is not recognized" beats a shorter fragment inside it.
    this.signatures = answerable
      .flatMap((s, n) =>
        s.errors.map((e) => {
          const errors = findShellErrors(e);
          return { text: normalizeSignature(e), n, ...(errors.length === 1 ? { shellError: shellKey(errors[0]!) } : {}) };
        }),
      )
      .filter((s) => s.text.length > 0)
      .sort((a, b) => b.text.length - a.text.length);
  }

  /** Sections whose signatures the message holds, most specific (longest signature) first. */
  match(message: string): SignatureMatch[] {
    if (!this.signatures.length) return [];
    const text = normalizeSignature(message);
    // "sudo: python: command not found" is the same bash error as "bash: python: command not found".
    const shellErrors = new Set(findShellErrors(message).map(shellKey));
    const best = new Map<number, number>();
    for (const sig of this.signatures) {
      if (best.has(sig.n)) continue;
      if (containsAtBoundary(text, sig.text) || (sig.shellError && shellErrors.has(sig.shellError))) best.set(sig.n, sig.text.length);
    }
    return [...best].map(([n, length]) => ({ n, length })).sort((a, b) => b.length - a.length);
  }
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
