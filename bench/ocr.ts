/**
 * OCR bench (issue 12): renders every paste of the chosen sets as a terminal screenshot in each
 * look (test/ocr/render.ts), PNG and JPEG quality 70, reads it with the real OCR service
 * (src/ocr, one warm Tesseract worker), and counts a screenshot right when the paste judge gives
 * its OCR text the same verdict and version as the paste's text. Reports accuracy by look,
 * per-image latency p50/p95 (decode + pre-processing + OCR passes, one image at a time), and RSS
 * of a separate process holding one warm, idle worker.
 *
 *   npx tsx bench/ocr.ts            dev + real + curated pastes (all looks, both formats)
 *   npx tsx bench/ocr.ts --quick    dev + real only (what `npm run bench` runs)
 *   options: --sets dev,real,curated,fixture  --looks name,...  --only 'id part|id part'  --misses N
 *            --passes 1 (first pass only, to see what the second pass adds)
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createOcrService, DEFAULT_PASSES } from '../src/ocr/service.js';
import { judge, loadSet, ROOT, sameJudgement, screenFor, type Judged, type SetName } from '../test/ocr/corpus.js';
import { LOOKS, renderTerminal, type ImageFormat } from '../test/ocr/render.js';
import { emit, fmt, mark, percentile, RESULT_PREFIX } from './stats.js';

const TARGET = { accuracy: 0.95, p50Ms: 1000, p95Ms: 3000 } as const;
const FORMATS: readonly ImageFormat[] = ['png', 'jpeg'];

export interface OcrBenchOptions {
  sets: SetName[];
  looks?: string[];
  /** Only pastes whose id contains one of these (for looking into misreads). */
  only?: string[];
  /** Every paste in both formats (default), or in one format per look, alternating (half the time). */
  alternateFormats?: boolean;
  /** How many of the service's passes to use (1: the first pass only, to see what the second adds). */
  passes?: number;
  progress?: (text: string) => void;
}

interface Sample {
  look: string;
  format: ImageFormat;
  id: string;
  ok: boolean;
  ms: number;
  passes: number;
  expected: Judged;
  got: Judged;
  text: string;
}

export interface OcrBenchResult {
  sets: { name: SetName; pastes: number | null }[];
  samples: Sample[];
  /** Paste x look pairs a screenshot cannot show as the text reads (wrapping changes the verdict). */
  skipped: number;
  rss: { baseMb: number; warmIdleMb: number } | { error: string };
}

/** A child process that starts the service, reads one screenshot, idles, and reports its RSS. */
async function rssChild(): Promise<void> {
  const mb = (): number => process.memoryUsage().rss / 1024 / 1024;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseMb = mb();
  const { renderPaste } = await import('../test/ocr/render.js');
  const image = await renderPaste('Python 3.12.4', LOOKS[0]!);
  const service = createOcrService({ enabled: true });
  const outcome = await service.read(image);
  if (outcome.kind !== 'text') throw new Error(`warm-up read failed: ${outcome.kind}`);
  await new Promise((r) => setTimeout(r, 2000));
  gc?.();
  const warmIdleMb = mb();
  await service.close();
  emit({ baseMb, warmIdleMb });
}

function measureRss(): OcrBenchResult['rss'] {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--rss-child'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const found = r.stdout?.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (r.status !== 0 || !found) return { error: `rss child exited ${r.status ?? r.signal}: ${(r.stderr ?? '').trim().split('\n').slice(-2).join(' / ')}` };
  return JSON.parse(found.slice(RESULT_PREFIX.length)) as { baseMb: number; warmIdleMb: number };
}

export async function runOcrBench(opts: OcrBenchOptions): Promise<OcrBenchResult> {
  const progress = opts.progress ?? (() => {});
  const looks = LOOKS.filter((l) => !opts.looks?.length || opts.looks.includes(l.name));
  const sets: OcrBenchResult['sets'] = [];
  const items: { id: string; paste: string }[] = [];
  for (const name of opts.sets) {
    const loaded = await loadSet(name);
    sets.push({ name, pastes: loaded?.length ?? null });
    for (const item of loaded ?? []) {
      const id = `${name}:${item.id}`;
      if (!opts.only?.length || opts.only.some((o) => id.includes(o))) items.push({ id, paste: item.paste });
    }
  }
  const service = createOcrService({ enabled: true, timeoutMs: 30_000, passes: DEFAULT_PASSES.slice(0, opts.passes ?? DEFAULT_PASSES.length) });
  // Warm the worker so the first sample does not carry its start-up.
  const warm = await service.read(await renderTerminal('Python 3.12.4', looks[0]!));
  if (warm.kind !== 'text') throw new Error(`warm-up read failed: ${JSON.stringify(warm)}`);

  const samples: Sample[] = [];
  let skipped = 0;
  const started = performance.now();
  for (const [lookIndex, look] of looks.entries()) {
    progress(`ocr: ${look.name} (${items.length} pastes x ${opts.alternateFormats ? 1 : FORMATS.length} formats)`);
    for (const [index, item] of items.entries()) {
      const screen = screenFor({ ...item, source: '' }, look, index);
      if (!screen) {
        skipped++;
        continue;
      }
      const formats = opts.alternateFormats ? [FORMATS[(index + lookIndex) % FORMATS.length]!] : FORMATS;
      for (const format of formats) {
        const image = await renderTerminal(screen.rows.join('\n'), look, { format, quality: 70 });
        const outcome = await service.read(image);
        const text = outcome.kind === 'text' ? outcome.text : '';
        const got = outcome.kind === 'text' ? judge(text) : { verdict: `(${outcome.kind})`, version: null };
        samples.push({
          look: look.name,
          format,
          id: item.id,
          ok: sameJudgement(got, screen.expected),
          ms: outcome.kind === 'text' || outcome.kind === 'timeout' ? outcome.ms : Number.NaN,
          passes: outcome.kind === 'text' ? outcome.passes : 0,
          expected: screen.expected,
          got,
          text,
        });
      }
    }
  }
  progress(`ocr: ${samples.length} images in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  await service.close();
  progress('ocr: RSS child');
  return { sets, samples, skipped, rss: measureRss() };
}

const acc = (xs: readonly Sample[]): number => (xs.length ? xs.filter((s) => s.ok).length / xs.length : Number.NaN);
const frac = (xs: readonly Sample[]): string => `${xs.filter((s) => s.ok).length}/${xs.length} (${fmt(acc(xs))})`;
const judged = (j: Judged): string => `${j.verdict}${j.version ? ` ${j.version}` : ''}`;

/** The markdown section: one row per look, a total row, RSS, and the misreads. */
export function ocrReport(r: OcrBenchResult, maxMisses = 40): string[] {
  const out: string[] = [];
  const sets = r.sets.map((s) => `${s.name} ${s.pastes === null ? '(missing)' : `(${s.pastes})`}`).join(', ');
  out.push(`Pastes: ${sets}; ${r.samples.length} screenshots${r.skipped ? `, ${r.skipped} paste×look pairs skipped (wrapped at the terminal width the text reads differently)` : ''}.`);
  out.push('');
  out.push('| look | PNG right | JPEG q70 right | all right | p50 ms | p95 ms | 2nd pass |');
  out.push('|---|---|---|---|---|---|---|');
  const looks = [...new Set(r.samples.map((s) => s.look))];
  const row = (name: string, xs: Sample[]): string => {
    const ms = xs.map((s) => s.ms).filter((m) => !Number.isNaN(m));
    const second = xs.filter((s) => s.passes > 1).length;
    return `| ${name} | ${frac(xs.filter((s) => s.format === 'png'))} | ${frac(xs.filter((s) => s.format === 'jpeg'))} | ${frac(xs)} | ${fmt(percentile(ms, 50), 0)} | ${fmt(percentile(ms, 95), 0)} | ${fmt((100 * second) / Math.max(1, xs.length), 0)} % |`;
  };
  for (const look of looks) out.push(row(look, r.samples.filter((s) => s.look === look)));
  out.push(row('**all**', r.samples));
  out.push('');
  const all = r.samples;
  const ms = all.map((s) => s.ms).filter((m) => !Number.isNaN(m));
  out.push(
    `Targets: accuracy ≥ ${TARGET.accuracy} ${mark(acc(all) >= TARGET.accuracy)}; p50 ≤ ${TARGET.p50Ms} ms ${mark(percentile(ms, 50) <= TARGET.p50Ms)}; ` +
      `p95 ≤ ${TARGET.p95Ms} ms ${mark(percentile(ms, 95) <= TARGET.p95Ms)}.`,
  );
  if ('error' in r.rss) out.push(`RSS: could not measure (${r.rss.error}).`);
  else out.push(`RSS of a process with one warm, idle worker: ${fmt(r.rss.warmIdleMb, 0)} MB (${fmt(r.rss.baseMb, 0)} MB before the service started).`);
  out.push('');
  const misses = all.filter((s) => !s.ok);
  if (misses.length) {
    out.push(`Misreads (${misses.length}${misses.length > maxMisses ? `, first ${maxMisses}` : ''}):`);
    out.push('');
    for (const m of misses.slice(0, maxMisses)) {
      const read = m.text.length <= 300 ? m.text : `${m.text.slice(0, 60)} … ${m.text.slice(-220)}`;
      out.push(`- ${m.look} ${m.format} \`${m.id}\`: expected ${judged(m.expected)}, got ${judged(m.got)}; read ${JSON.stringify(read)}`);
    }
    out.push('');
  }
  return out;
}

/** The section `npm run bench` prints: dev + real pastes in every look, one format each (about 8 minutes on two cores). */
export async function ocrSection(line: (text?: string) => void, progress: (text: string) => void): Promise<void> {
  line('## Screenshots (OCR)');
  line();
  const result = await runOcrBench({ sets: ['dev', 'real'], alternateFormats: true, progress });
  for (const l of ocrReport(result, 15)) line(l);
  line('Each paste once per look, PNG and JPEG alternating. Both formats and the curated pastes of test/python/cases.ts: `npx tsx bench/ocr.ts`.');
  line();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--rss-child')) return rssChild();
  const value = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sets = (value('--sets')?.split(',') ?? (args.includes('--quick') ? ['dev', 'real'] : ['dev', 'real', 'curated'])) as SetName[];
  const looks = value('--looks')?.split(',');
  const only = value('--only')?.split('|');
  const passes = value('--passes') ? Number(value('--passes')) : undefined;
  const result = await runOcrBench({ sets, looks, only, passes, progress: (t) => process.stderr.write(`bench: ${t}\n`) });
  process.stdout.write(`## Screenshots (OCR)\n\n${ocrReport(result, Number(value('--misses') ?? 40)).join('\n')}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
