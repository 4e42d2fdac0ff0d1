/**
 * The pastes the OCR tests and bench render as screenshots, and the yardstick they are judged by:
 * the paste judge (`analyzePaste`, what `check-python --json` runs) must give the OCR text the
 * same verdict and version as the original text.
 *
 * Sets: `fixture` (test/fixtures/screenshots/pastes.jsonl, copied from the dev set and
 * test/python/cases.ts so the suite never needs ../shared), `dev` (../shared/eval/dev-python.jsonl),
 * `real` (eval/real/pastes.jsonl, real students' pastes, once it exists), `curated`
 * (test/python/cases.ts without its Discord-markdown cases, which no terminal shows).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePaste } from '../../src/python/analyze.js';
import { DEFAULT_REQUIREMENT } from '../../src/python/judge.js';
import { screenText, terminalRows, type Look } from './render.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURE_DIR = join(ROOT, 'test', 'fixtures', 'screenshots');
export const FIXTURE_PASTES = join(FIXTURE_DIR, 'pastes.jsonl');
export const DEV_PASTES = join(ROOT, '..', 'shared', 'eval', 'dev-python.jsonl');
export const REAL_PASTES = join(ROOT, 'eval', 'real', 'pastes.jsonl');

export interface PasteItem {
  id: string;
  paste: string;
  source: string;
}

export type SetName = 'fixture' | 'dev' | 'real' | 'curated';

function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function fromJsonl(file: string, set: string): PasteItem[] | null {
  if (!existsSync(file)) return null;
  return readJsonl(file)
    .filter((r) => typeof r.paste === 'string')
    .map((r, i) => ({ id: typeof r.id === 'string' ? r.id : `${set}-${i + 1}`, paste: r.paste as string, source: typeof r.source === 'string' ? r.source : set }));
}

/** A set's pastes, or null when its file is missing (dev and real live outside the repo or come later). */
export async function loadSet(set: SetName): Promise<PasteItem[] | null> {
  switch (set) {
    case 'fixture':
      return fromJsonl(FIXTURE_PASTES, 'fixture');
    case 'dev':
      return fromJsonl(DEV_PASTES, 'dev');
    case 'real':
      return fromJsonl(REAL_PASTES, 'real');
    case 'curated': {
      const cases = await import('../python/cases.js');
      const markdown = new Set(cases.FORMATTING_CASES.map((c) => c.paste));
      return cases.ALL_CASES.filter((c) => !markdown.has(c.paste)).map((c) => ({ id: c.name, paste: c.paste, source: 'test/python/cases.ts' }));
    }
  }
}

export interface Judged {
  verdict: string;
  version: string | null;
}

/** The judge's verdict and version for a text, as `check-python --json` reports them. */
export function judge(text: string): Judged {
  const a = analyzePaste(text, { requirement: DEFAULT_REQUIREMENT });
  return { verdict: a.verdict, version: a.version };
}

export const sameJudgement = (a: Judged, b: Judged): boolean => a.verdict === b.verdict && a.version === b.version;

/** Text a terminal can show: no escape sequences or other control characters. */
const DRAWABLE = /^[^\u0000-\u0008\u000b-\u001f\u007f-\u009f]*$/;

/** Commands a student ran before the one that matters, to make taller screenshots. */
const HISTORY = ['cd ~/prework', 'ls', 'README.md  requirements.txt  setup.sh  notes.txt', 'git pull', 'Already up to date.'];

/**
 * What the terminal showed before the paste was dressed up for a chat message: no code-fence
 * lines, inline backticks or bold markers (Discord and GitHub markdown, never on a screen).
 */
export function terminalView(paste: string): string {
  return paste
    .split('\n')
    .filter((l) => !/^\s*(?:```|~~~)[\w+-]*\s*$/.test(l))
    .map((l) => l.replace(/`/g, '').replace(/\*\*|__/g, ''))
    .join('\n');
}

export interface Screen {
  /** Exactly what the window shows, one entry per terminal row (long lines wrapped). */
  rows: string[];
  /** What the judge must say about the OCR text: its verdict on the original paste. */
  expected: Judged;
}

/**
 * What a screenshot of `item` shows in `look`: the paste without its chat markdown, prompt and
 * command added when it has none, and for every third paste some earlier commands above it;
 * at most 15 rows (a longer paste shows its last 15, as a terminal window would). Each of these
 * is kept only if the judge says the same of it as of the paste; null when nothing drawable
 * does (e.g. wrapping at the terminal width changes the verdict).
 */
export function screenFor(item: PasteItem, look: Look, index: number): Screen | null {
  if (!DRAWABLE.test(item.paste)) return null;
  const expected = judge(item.paste);
  const candidates: string[] = [];
  const plain = terminalView(item.paste);
  const shown = screenText(plain, look);
  if (index % 3 === 0) {
    const rows = terminalRows(shown, look.cols).length;
    const room = Math.max(0, Math.min(HISTORY.length, 15 - rows));
    const history = HISTORY.slice(0, room).map((h, i) => (i === 2 || i === 4 ? h : `${look.shell.prompt}${h}`));
    if (history.length) candidates.push(`${history.join('\n')}\n${shown}`);
  }
  candidates.push(shown, plain, item.paste);
  for (const text of candidates) {
    const rows = terminalRows(text, look.cols).slice(-15);
    if (sameJudgement(judge(rows.join('\n')), expected)) return { rows, expected };
  }
  return null;
}
