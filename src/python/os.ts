/** Infer the operating system from the evidence in a paste, by weighted signals. */
import { distance } from '../search/spell.js';
import { NOT_OS_TYPOS, OS_FIELD, OS_FIELD_WEIGHT, OS_SIGNALS, OS_TYPO_NAMES, OS_TYPO_WEIGHT } from './rules.js';
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
 * Whether two words are exactly one edit apart: one letter inserted, dropped or changed, or two
 * neighbouring letters swapped ("debain"). Equal words are not. The search's typo distance.
 */
export function oneEditApart(a: string, b: string): boolean {
  return distance(a, b, 2) === 1;
}

/** Words that may be mistyped OS names: 5 to 9 letters, digits may follow ("Ubutu22.04"). */
const WORD = /(?<![A-Za-z])[A-Za-z]{5,9}(?![A-Za-z])/g;

/**
 * The systems whose names `text` mistypes: a word one edit from an OS_TYPO_NAMES name, with the
 * same first letter and not an ordinary English word, followed by that system's kind of release
 * number, or (when `fieldValue`) standing first in an OS field's answer ("OS: Ubutu").
 */
export function mistypedOses(text: string, fieldValue = false): KnownOs[] {
  const found: KnownOs[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (NOT_OS_TYPOS.has(word)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const first = fieldValue && text.slice(0, m.index).trim() === '';
    for (const rule of OS_TYPO_NAMES) {
      if (word[0] !== rule.name[0] || !oneEditApart(word, rule.name)) continue;
      if ((first || rule.release.test(after)) && !found.includes(rule.os)) found.push(rule.os);
    }
  }
  return found;
}

/**
 * Each signal counts once however often it appears. The OS with the highest total wins; a tie
 * at the top, or no evidence at all, is `unknown`. The REPL banner's platform (`] on darwin`)
 * weighs 100, more than every other signal together; an OS the reporter named in an OS field
 * of an issue template adds OS_FIELD_WEIGHT over an OS merely mentioned elsewhere. A mistyped OS
 * name (see mistypedOses) counts once per system, OS_TYPO_WEIGHT.
 */
export function inferOs(lines: readonly string[], scan: ScanResult): OsInference {
  const scores: Record<KnownOs, number> = { macos: 0, windows: 0, linux: 0 };
  for (const signal of OS_SIGNALS) {
    if (lines.some((line) => signal.pattern.test(line))) scores[signal.os] += signal.weight;
  }
  const mistyped = new Set(lines.flatMap((line) => mistypedOses(line)));
  for (const os of mistyped) scores[os] += OS_TYPO_WEIGHT;
  const fields = osFieldValues(lines);
  for (const os of OSES) {
    const named = (value: string): boolean =>
      OS_SIGNALS.some((signal) => signal.os === os && signal.pattern.test(value)) || mistypedOses(value, true).includes(os);
    if (fields.some(named)) scores[os] += OS_FIELD_WEIGHT;
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
