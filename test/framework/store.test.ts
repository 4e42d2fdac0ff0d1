import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/logger.js';
import { MAX_QUESTIONS } from '../../src/store/aggregate.js';
import { DataDirError, openJsonlStore } from '../../src/store/jsonl.js';
import type { NewRecord } from '../../src/store/types.js';

const warnings: string[] = [];
const logger: Logger = { debug() {}, info() {}, warn: (m, f) => warnings.push(`${m} ${JSON.stringify(f)}`), error: (m) => warnings.push(m) };
const unanswered = (query: string, userId = 'u1'): NewRecord => ({ type: 'unanswered', userId, query });

describe('JSONL store', () => {
  it('survives a restart: verdicts, unanswered questions and 👎 feedback', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-store-'));
    const store = openJsonlStore(dir, logger);
    store.record({ type: 'verdict', userId: 'u1', userName: 'Ana', verdict: 'too-old', version: '3.9.6', os: 'macos', meets: false });
    store.record({ type: 'verdict', userId: 'u1', userName: 'Ana', verdict: 'ok', version: '3.12.4', os: 'macos', meets: true });
    store.record(unanswered('parking?'));
    store.record(unanswered('Parking?', 'u2'));
    store.record({ type: 'feedback', userId: 'u3', sectionId: 'python-macos/x', query: 'brew python', helpful: false });
    store.record({ type: 'feedback', userId: 'u3', sectionId: 'python-macos/x', query: 'brew python', helpful: true });
    store.close();

    const again = openJsonlStore(dir, logger);
    expect(again.latestVerdicts()).toEqual([expect.objectContaining({ userId: 'u1', verdict: 'ok', version: '3.12.4' })]);
    expect(again.latestVerdictOf('u1')).toMatchObject({ verdict: 'ok', os: 'macos' });
    expect(again.latestVerdictOf('u2')).toBeUndefined();
    const open = again.openQuestions(10);
    expect(open[0]).toMatchObject({ query: 'Parking?', count: 2, kind: 'unanswered' });
    expect(open[1]).toMatchObject({ query: 'brew python', count: 1, kind: 'unhelpful', sectionId: 'python-macos/x' });
    again.close();
  });

  it('stamps each record with its own clock and returns it as written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-store-'));
    const store = openJsonlStore(dir, logger, () => new Date('2026-11-25T10:00:00Z'));
    const kept = store.record({ type: 'feedback', userId: 'u1', sectionId: 's', query: 'q', helpful: true });
    store.close();
    expect(kept).toEqual({ type: 'feedback', userId: 'u1', sectionId: 's', query: 'q', helpful: true, at: '2026-11-25T10:00:00.000Z' });
    expect(JSON.parse(readFileSync(join(dir, 'events.jsonl'), 'utf8').trim())).toEqual(kept);
  });

  it('skips a torn last record with a warning and keeps the earlier ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-store-'));
    const store = openJsonlStore(dir, logger);
    store.record(unanswered('first'));
    store.record(unanswered('second'));
    store.close();
    appendFileSync(join(dir, 'events.jsonl'), '{"type":"unanswered","at":"2026-11-25T10:00:00Z","userId":"u9","que');
    warnings.length = 0;
    const again = openJsonlStore(dir, logger);
    expect(warnings.join()).toMatch(/torn write/);
    expect(again.openQuestions(10).map((q) => q.query).sort()).toEqual(['first', 'second']);
    // The next record starts on its own line instead of gluing onto the torn one.
    again.record(unanswered('third'));
    again.close();
    expect(openJsonlStore(dir, logger).openQuestions(10).map((q) => q.query).sort()).toEqual(['first', 'second', 'third']);
    expect(readFileSync(join(dir, 'events.jsonl'), 'utf8').split('\n').filter((l) => l.includes('third'))).toHaveLength(1);
  });

  it('loses nothing under many concurrent writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-store-'));
    const store = openJsonlStore(dir, logger);
    await Promise.all(Array.from({ length: 500 }, (_, i) => Promise.resolve().then(() => void store.record(unanswered(`q${i}`, `u${i}`)))));
    store.close();
    const lines = readFileSync(join(dir, 'events.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(500);
    expect(new Set(lines.map((l) => (JSON.parse(l) as { query: string }).query)).size).toBe(500);
  });

  it('keeps its in-memory view bounded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-store-'));
    const store = openJsonlStore(dir, logger);
    for (let i = 0; i < MAX_QUESTIONS + 500; i++) store.record(unanswered(`distinct question ${i}`));
    expect(store.openQuestions(100_000).length).toBe(MAX_QUESTIONS);
    store.close();
  });

  it('gives a clear start-up error when DATA_DIR cannot be used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-store-'));
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    expect(() => openJsonlStore(join(file, 'data'), logger)).toThrow(DataDirError);
    expect(() => openJsonlStore(join(file, 'data'), logger)).toThrow(/DATA_DIR .* cannot be created/);
    expect(() => openJsonlStore(file, logger)).toThrow(/is not a folder/);
  });
});
