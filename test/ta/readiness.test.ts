import { describe, expect, it } from 'vitest';
import { readinessPng, readinessSvg } from '../../commands/ta/chart.js';
import { preworkStatus } from '../../commands/ta/prework-status.js';
import { csvCell, readinessCsv, readinessTable, statusOf } from '../../commands/ta/readiness.js';
import { contextFor, createServices, runCommand } from '../../src/framework/run.js';
import type { Logger } from '../../src/logger.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { VerdictRecord } from '../../src/store/types.js';
import { fullIndex } from '../helpers/knowledge.js';

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const v = (userName: string, over: Partial<VerdictRecord>): VerdictRecord => ({
  type: 'verdict',
  at: '2026-11-29T10:00:00.000Z',
  userId: userName,
  userName,
  verdict: 'ok',
  version: '3.11.9',
  os: 'macos',
  meets: true,
  warnings: [],
  ...over,
});

const LATEST = [
  v('ana', {}),
  v('bo', { version: '3.13.1', warnings: ['Open WebUI does not install on Python 3.13'], os: 'windows' }),
  v('cy', { verdict: 'too-old', version: '3.9.13', meets: false, os: 'windows' }),
  v('di', { verdict: 'python2', version: '2.7.18', meets: false, os: 'linux' }),
  v('ed', { verdict: 'not-found', version: null, meets: false, os: 'unknown' }),
  v('fa', { verdict: 'unrecognized', version: null, meets: false, os: 'unknown' }),
  v('gu', { warnings: undefined }),
];

describe('readiness', () => {
  it('counts "ok with warnings" apart from ready, by OS', () => {
    expect(LATEST.map(statusOf)).toEqual(['ready', 'warnings', 'too-old', 'too-old', 'not-found', 'other', 'ready']);
    const table = readinessTable(LATEST);
    expect(table.total).toEqual({ ready: 2, warnings: 1, 'too-old': 2, 'not-found': 1, other: 1 });
    expect(table.byOs.map((r) => r.os)).toEqual(['macos', 'windows', 'linux', 'unknown']);
    expect(table.byOs[1]!.counts).toEqual({ ready: 0, warnings: 1, 'too-old': 1, 'not-found': 0, other: 0 });
  });

  it('exports CSV that a spreadsheet cannot run as formulas, quoting what needs quotes', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    for (const start of ['+', '-', '@', '\t']) expect(csvCell(`${start}1`)).toBe(`'${start}1`);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    const csv = readinessCsv([...LATEST, v('=cmd|calc', { os: 'linux' })]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('student,latest verdict,version,os,warnings,time');
    expect(lines).toHaveLength(LATEST.length + 2);
    expect(lines).toContain("'=cmd|calc,ok,3.11.9,linux,,2026-11-29T10:00:00.000Z");
    expect(lines).toContain('bo,ok,3.13.1,windows,Open WebUI does not install on Python 3.13,2026-11-29T10:00:00.000Z');
  });

  it('draws the counts as a PNG chart with the numbers in the SVG text', () => {
    const table = readinessTable(LATEST);
    const svg = readinessSvg(table);
    for (const label of ['ready', 'ok with warnings', 'too old', 'not found', 'macOS', 'Windows', 'Linux', 'OS not said']) expect(svg).toContain(`>${label}<`);
    const png = readinessPng(table);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe(1280); // 640 px drawn at 2x
    expect(png.length).toBeGreaterThan(2000);
  });

  it('/prework-status attaches the chart, keeps its numbers in the text, and offers the CSV', async () => {
    const store = createMemoryStore();
    for (const r of LATEST) store.record(r);
    const index = await fullIndex();
    const ctx = contextFor(createServices({ current: () => index }, { PYTHON_REQUIREMENT: '>=3.11', TA_ROLE_ID: undefined }, store, quiet), { id: 'ta', name: 'TA', isTA: true });
    const reply = await runCommand(preworkStatus, {}, ctx);
    expect(reply.title).toBe('Pre-work status: 2 of 7 ready');
    expect(reply.body).toBe('2 ready · 1 ok with warnings · 2 too old · 1 not found · 1 other');
    expect(reply.fields![0]).toEqual({ name: 'By OS', value: 'macOS: 2 ready\nWindows: 1 ok with warnings · 1 too old\nLinux: 1 too old\nOS not said: 1 not found · 1 other' });
    expect(reply.files!.map((f) => f.name)).toEqual(['readiness.png']);
    expect(reply.image).toBe('readiness.png');
    expect(reply.buttons!.map((b) => b.label)).toEqual(['Export CSV']);
  });
});
