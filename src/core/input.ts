import { z } from 'zod';

/** Characters that never belong in a question: NUL and other C0 controls except tab/newline. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** The same, but keeping ESC and CR: terminal pastes carry colour codes the paste judge strips itself. */
const CONTROL_BUT_TERMINAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f]/g;

/**
 * Untrusted text from a user: coerced to a string, control characters removed, cut to `max`
 * characters. Never rejects for length, so a 6,000-character paste still gets an answer.
 */
export function boundedText(max: number, options: { terminal?: boolean } = {}) {
  const control = options.terminal ? CONTROL_BUT_TERMINAL : CONTROL;
  return z
    .unknown()
    .transform((v) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v)))
    .transform((v) => v.replace(control, '').slice(0, max));
}

export const MAX_QUESTION = 500;
export const MAX_PASTE = 100_000;
