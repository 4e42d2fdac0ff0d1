/** Small numeric helpers shared by the bench modules. */

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Fixed decimals, or "n/a" for a missing/NaN value. */
export function fmt(value: number | undefined, decimals = 2): string {
  return value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(decimals);
}

/** Thousands separators for big counts ("12,345"). */
export function int(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export const mark = (ok: boolean): string => (ok ? '✅ pass' : '❌ FAIL');

/** Seeded PRNG (mulberry32): the same seed gives the same synthetic corpus on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Nanosecond clock as a number of microseconds. */
export function nowUs(): number {
  return Number(process.hrtime.bigint()) / 1000;
}

/** Runs a child's JSON answer through: the child prints one `BENCH_RESULT <json>` line. */
export const RESULT_PREFIX = 'BENCH_RESULT ';

export function emit(value: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(value)}\n`);
}
