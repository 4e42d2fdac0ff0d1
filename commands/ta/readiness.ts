import { OS_LABELS as KNOWN_OS_LABELS, type Os } from '../../src/python/types.js';
import type { VerdictRecord } from '../../src/store/types.js';

/** How /prework-status sorts each student's latest check. */
export const STATUSES = ['ready', 'warnings', 'too-old', 'not-found', 'other'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  ready: 'ready',
  warnings: 'ok with warnings',
  'too-old': 'too old',
  'not-found': 'not found',
  other: 'other',
};

export const OS_ORDER: readonly Os[] = ['macos', 'windows', 'linux', 'unknown'];
export const OS_LABELS: Readonly<Record<Os, string>> = { ...KNOWN_OS_LABELS, unknown: 'OS not said' };

/**
 * Ready means a Python that meets the workshop with nothing to fix; "ok with warnings" meets it
 * but one of the workshop's tools wants something else (organizers' python-warnings). Python 2
 * and a version above the range count as too old (both need another Python); a pre-release or a
 * paste the bot could not read is "other".
 */
export function statusOf(r: VerdictRecord): Status {
  if (r.verdict === 'ok' && r.meets) return r.warnings?.length ? 'warnings' : 'ready';
  if (r.verdict === 'ok' || r.verdict === 'too-old' || r.verdict === 'python2') return 'too-old';
  if (r.verdict === 'not-found') return 'not-found';
  return 'other';
}

export type Counts = Record<Status, number>;

export interface ReadinessTable {
  total: Counts;
  /** Only the operating systems someone reported, in OS_ORDER. */
  byOs: { os: Os; counts: Counts }[];
  students: number;
}

const zero = (): Counts => ({ ready: 0, warnings: 0, 'too-old': 0, 'not-found': 0, other: 0 });

export function readinessTable(latest: readonly VerdictRecord[]): ReadinessTable {
  const total = zero();
  const perOs = new Map<Os, Counts>();
  for (const r of latest) {
    const status = statusOf(r);
    total[status]++;
    const counts = perOs.get(r.os) ?? zero();
    counts[status]++;
    perOs.set(r.os, counts);
  }
  const byOs = OS_ORDER.flatMap((os) => {
    const counts = perOs.get(os);
    return counts ? [{ os, counts }] : [];
  });
  return { total, byOs, students: latest.length };
}

/** "3 ready · 1 ok with warnings · 2 too old", zero counts left out. */
export function countsLine(counts: Counts): string {
  return STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${STATUS_LABELS[s]}`).join(' · ') || 'nobody';
}

const CSV_COLUMNS = ['student', 'latest verdict', 'version', 'os', 'warnings', 'time'] as const;

/**
 * Each student's latest /check-python as CSV for a spreadsheet. Names and warnings are user or
 * organizer text: a cell starting with = + - @ (or a tab or carriage return) would run as a
 * formula in a spreadsheet, so it gets a leading apostrophe (OWASP's advice for CSV injection).
 */
export function readinessCsv(latest: readonly VerdictRecord[]): string {
  const rows = [...latest]
    .sort((a, b) => a.userName.localeCompare(b.userName) || a.at.localeCompare(b.at))
    .map((r) => [r.userName, r.verdict, r.version ?? '', r.os, (r.warnings ?? []).join('; '), r.at]);
  return [CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
