/**
 * Child process of `npm run bench` (run as `node --expose-gc --import tsx bench/speed-child.ts
 * SYSTEM CORPUS`): builds one system's index over one corpus and times builds and queries, so each
 * heap figure is measured in a process holding nothing else.
 */
import { corpus, CORPORA, timingQuestions, type CorpusName } from './corpus.js';
import { emit, median, nowUs, percentile } from './stats.js';
import { systemNamed, type BuiltSystem } from './systems.js';

export interface SpeedResult {
  system: string;
  corpus: CorpusName;
  sections: number;
  buildMs: number;
  builds: number;
  heapMb: number;
  gc: boolean;
  p50Us: number;
  p99Us: number;
  queries: number;
}

const [systemName, corpusArg] = process.argv.slice(2);
if (!systemName || !CORPORA.includes(corpusArg as CorpusName)) {
  process.stderr.write('usage: speed-child.ts SYSTEM real|1000|10000\n');
  process.exit(2);
}
const corpusName = corpusArg as CorpusName;
const gc = (globalThis as { gc?: () => void }).gc;
const collect = (): void => {
  if (gc) for (let i = 0; i < 3; i++) gc();
};

const system = systemNamed(systemName);
const sections = await corpus(corpusName);
const questions = timingQuestions();

// Warm the JIT on the real knowledge, so the timed builds are not the first run of the code.
system.build(await corpus('real')).search(questions[0]!);

collect();
const heapBefore = process.memoryUsage().heapUsed;
// Three builds even at 10,000 sections: one build's time swings with whatever else the machine does.
const repeats = corpusName === 'real' ? 7 : 3;
const buildTimes: number[] = [];
let built: BuiltSystem | undefined;
for (let i = 0; i < repeats; i++) {
  built = undefined;
  const t0 = nowUs();
  built = system.build(sections);
  buildTimes.push((nowUs() - t0) / 1000);
}
collect();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
const index = built!;

// Warm-up (1.5 s, at least 3 rounds) so the optimizing JIT has settled: steady-state latency of a
// long-running bot. Then time every query on its own until enough samples (or time) are in.
const warmStart = Date.now();
for (let round = 0; round < 3 || Date.now() - warmStart < 1500; round++) for (const q of questions) index.search(q);
const samples: number[] = [];
const started = Date.now();
while (samples.length < 3000 && Date.now() - started < 4000) {
  for (const q of questions) {
    const t0 = nowUs();
    index.search(q);
    samples.push(nowUs() - t0);
  }
}

const result: SpeedResult = {
  system: system.name,
  corpus: corpusName,
  sections: sections.length,
  buildMs: median(buildTimes),
  builds: repeats,
  heapMb,
  gc: Boolean(gc),
  p50Us: percentile(samples, 50),
  p99Us: percentile(samples, 99),
  queries: samples.length,
};
emit(result);
