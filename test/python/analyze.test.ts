import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePaste } from '../../src/python/analyze.js';
import { ALL_CASES, type PasteCase } from './cases.js';

function check(c: PasteCase): void {
  const a = analyzePaste(c.paste, { requirement: c.requirement ?? '>=3.11', ...(c.pythonPaste === false ? { pythonPaste: false } : {}) });
  expect(a.verdict, 'verdict').toBe(c.verdict);
  if (c.version !== undefined) expect(a.version, 'version').toBe(c.version);
  if (c.os !== undefined) expect(a.os, 'os').toBe(c.os);
  if (c.meets !== undefined) expect(a.meets, 'meets').toBe(c.meets);
  if (c.command !== undefined) expect(a.command, 'command').toBe(c.command);
  if (c.missing !== undefined) expect(a.missingCommands, 'missingCommands').toEqual(c.missing);
  // invariants of the verdict table
  if (a.verdict === 'ok') expect(a.meets).toBe(true);
  if (['too-old', 'python2', 'not-found', 'unrecognized'].includes(a.verdict)) expect(a.meets).toBe(false);
  if (a.verdict === 'not-found' || a.verdict === 'unrecognized') expect(a.version).toBeNull();
  else expect(a.version).not.toBeNull();
}

describe('analyzePaste: paste table', () => {
  it('has many cases', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(80);
  });
  it.each(ALL_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c));
});

// The shared dev set, when this checkout sits beside it (also inlined in cases.ts).
const DEV_SET = new URL('../../../shared/eval/dev-python.jsonl', import.meta.url);
describe.runIf(existsSync(DEV_SET))('analyzePaste: shared dev set', () => {
  interface DevRow {
    paste: string;
    verdict: string;
    version: string | null;
    os?: string[];
    meets?: boolean;
  }
  const rows = existsSync(DEV_SET)
    ? readFileSync(DEV_SET, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as DevRow)
    : [];
  it.each(rows.map((r) => [r.paste.slice(0, 50), r] as const))('%s', (_name, r) => {
    const a = analyzePaste(r.paste, { requirement: '>=3.11' });
    expect(a.verdict).toBe(r.verdict);
    if (r.version === null) expect(a.version).toBeNull();
    else expect(a.version ?? '').toMatch(new RegExp(`^${r.version.replace(/\./g, '\\.')}`));
    if (r.os) expect(r.os).toContain(a.os);
    if (r.meets !== undefined) expect(a.meets).toBe(r.meets);
  });
});
