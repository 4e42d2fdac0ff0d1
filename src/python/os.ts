/** Infer the operating system from the evidence in a paste, by weighted signals. */
import { OS_FIELD, OS_FIELD_WEIGHT, OS_SIGNALS } from './rules.js';
import type { ScanResult } from './scan.js';
import { OSES, type KnownOs, type Os } from './types.js';

export interface OsInference {
  os: Os;
  scores: Record<KnownOs, number>;
}

/** The values of issue-template OS fields ("OS: macOS 14.6", or a "### OS" heading's next line). */
function osFieldValues(lines: readonly string[]): string[] {
  const values: string[] = [];
  lines.forEach((line, i) => {
    const m = OS_FIELD.exec(line);
    if (!m) return;
    const value = m[1] ?? lines[i + 1];
    if (value) values.push(value);
  });
  return values;
}

/**
 * Each signal counts once however often it appears. The OS with the highest total wins; a tie
 * at the top, or no evidence at all, is `unknown`. The REPL banner's platform (`] on darwin`)
 * weighs 100, more than every other signal together; an OS the reporter named in an OS field
 * of an issue template adds OS_FIELD_WEIGHT over an OS merely mentioned elsewhere.
 */
export function inferOs(lines: readonly string[], scan: ScanResult): OsInference {
  const scores: Record<KnownOs, number> = { macos: 0, windows: 0, linux: 0 };
  for (const signal of OS_SIGNALS) {
    if (lines.some((line) => signal.pattern.test(line))) scores[signal.os] += signal.weight;
  }
  const fields = osFieldValues(lines);
  for (const os of OSES) {
    if (fields.some((value) => OS_SIGNALS.some((signal) => signal.os === os && signal.pattern.test(value)))) scores[os] += OS_FIELD_WEIGHT;
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
