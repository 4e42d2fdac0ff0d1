/** Infer the operating system from the evidence in a paste, by weighted signals. */
import { OS_SIGNALS } from './rules.js';
import type { ScanResult } from './scan.js';
import { OSES, type KnownOs, type Os } from './types.js';

export interface OsInference {
  os: Os;
  scores: Record<KnownOs, number>;
}

/**
 * Each signal counts once however often it appears. The OS with the highest total wins; a tie
 * at the top, or no evidence at all, is `unknown`. Platform build tags (`on darwin`) weigh 100,
 * more than every other signal together.
 */
export function inferOs(lines: readonly string[], scan: ScanResult): OsInference {
  const scores: Record<KnownOs, number> = { macos: 0, windows: 0, linux: 0 };
  for (const signal of OS_SIGNALS) {
    if (lines.some((line) => signal.pattern.test(line))) scores[signal.os] += signal.weight;
  }
  for (const rule of [...scan.prompts, ...scan.errorRules]) {
    if (rule.os) scores[rule.os] += rule.weight;
  }
  let best: KnownOs | null = null;
  let tie = false;
  for (const os of OSES) {
    if (scores[os] <= 0) continue;
    if (best === null || scores[os] > scores[best]) {
      best = os;
      tie = false;
    } else if (scores[os] === scores[best]) {
      tie = true;
    }
  }
  return { os: best && !tie ? best : 'unknown', scores };
}

export function isKnownOs(value: unknown): value is KnownOs {
  return typeof value === 'string' && (OSES as readonly string[]).includes(value);
}
