/**
 * Where the bench's sections and questions come from: the project's own splitter (loadKnowledge)
 * over the seed page and knowledge/, the labelled question files, and synthetic corpora of 1,000
 * and 10,000 sections mixed deterministically out of the real ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { Section } from '../src/knowledge/types.js';
import { prng } from './stats.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const KNOWLEDGE_DIR = join(ROOT, 'knowledge');
export const SEED_DIR = join(SHARED, 'seed');
export const DEV_QUESTIONS = join(SHARED, 'eval', 'dev-questions.jsonl');
export const DEV_COVERAGE = join(SHARED, 'eval', 'dev-coverage.jsonl');
export const DEV_PYTHON = join(SHARED, 'eval', 'dev-python.jsonl');
export const SEED_PROBES = join(ROOT, 'test', 'fixtures', 'seed-probes.jsonl');

/** A labelled question: `expect` lists acceptable leaf headings; empty means off-topic. */
export interface RankedQuestion {
  q: string;
  expect: string[];
}

/** A coverage question: every group needs one alternative in the answer's headings + text. */
export interface CoverageQuestion {
  q: string;
  all: string[][];
  /** Out of scope (`all` empty) but a confident answer holding these groups is right too. */
  or?: string[][];
}

export interface PythonCase {
  paste: string;
  verdict: string;
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export function readIfExists<T>(file: string): T[] | null {
  return existsSync(file) ? readJsonl<T>(file) : null;
}

export async function sectionsOf(dir: string): Promise<Section[]> {
  return (await loadKnowledge(dir)).sections;
}

/** The questions used to time searches: dev + probe questions (whichever exist). */
export function timingQuestions(): string[] {
  const sets = [readIfExists<RankedQuestion>(DEV_QUESTIONS), readIfExists<RankedQuestion>(SEED_PROBES)];
  const qs = sets.flatMap((s) => (s ?? []).map((x) => x.q));
  return qs.length ? qs : ['how do I install vs code on mac', 'what is instructlab', 'python version required'];
}

export type CorpusName = 'real' | '1000' | '10000';

export const CORPORA: readonly CorpusName[] = ['real', '1000', '10000'];

export async function corpus(name: CorpusName): Promise<Section[]> {
  const real = await sectionsOf(KNOWLEDGE_DIR);
  return name === 'real' ? real : synthesize(real, Number(name), 20240611);
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/**
 * `count` sections shaped like the real ones: each copies the depth, length and front-matter names
 * of a random real section, but its heading path and text are words drawn at random from the whole
 * real knowledge (so the vocabulary and word frequencies stay realistic). Headings are unique.
 */
export function synthesize(real: readonly Section[], count: number, seed: number): Section[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const answerable = real.filter((s) => s.text.trim());
  const textWords = answerable.flatMap((s) => words(s.text));
  const headingWords = real.flatMap((s) => words(s.headings.join(' ')));
  const tops = [...new Set(real.map((s) => s.headings[0] ?? 'Topic'))];
  const draw = (pool: readonly string[], n: number): string => Array.from({ length: n }, () => pick(pool)).join(' ');
  const out: Section[] = [];
  for (let i = 0; i < count; i++) {
    const template = pick(answerable);
    const length = words(template.text).length;
    const lines: string[] = [];
    for (let done = 0; done < length; done += 12) lines.push(draw(textWords, Math.min(12, length - done)));
    const heading = `${draw(headingWords, 2 + Math.floor(rand() * 3))} ${i.toString(36)}`;
    const file = `synthetic-${Math.floor(i / 40)}.md`;
    out.push({
      id: `synthetic-${i}`,
      source: file,
      headings: [`${pick(tops)} ${Math.floor(i / 40)}`, heading],
      depth: Math.max(2, template.depth),
      text: lines.join('\n'),
      line: 1 + (i % 40) * 10,
      aliases: template.aliases.map((a) => draw(words(a).concat(headingWords), Math.max(1, words(a).length))),
      keywords: template.keywords.map(() => pick(headingWords)),
      topicKeywords: template.topicKeywords,
      replyKeys: [],
      errors: [],
      sources: [],
      pythonWarnings: [],
    });
  }
  return out;
}
