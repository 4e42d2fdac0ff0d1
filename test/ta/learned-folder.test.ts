import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { composeEntry } from '../../commands/ta/entry.js';
import type { Logger } from '../../src/logger.js';
import { KnowledgeService, type ReloadOutcome } from '../../src/search/service.js';
import { LearnedFolder, LearnedNameError } from '../../src/store/learned.js';
import { KNOWLEDGE_DIR } from '../helpers/knowledge.js';

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const entry = (heading: string, body: string) => composeEntry({ heading, body, aliases: [], author: 'Ana', reviewed: '2026-11-29' });
const GPU = entry('How do I get a GPU quota on the cloud?', 'Ask a TA for a cloud lab account; each comes with one GPU.');

let service: KnowledgeService | null = null;
afterEach(() => service?.close());

describe('the saved-answers folder', () => {
  it('writes whole files under checked names, leaves no temporary file, and lists them', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pw-learned-')), 'learned');
    const folder = new LearnedFolder(dir);
    expect(await folder.list()).toEqual([]);
    await folder.write('a.md', 'one');
    expect(await folder.freeName('a')).toBe('a-2.md');
    await folder.write('a.md', 'two');
    expect(readdirSync(dir)).toEqual(['a.md']);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('two');
    for (const bad of ['../escape.md', 'A.md', 'a.txt', '.hidden.md']) await expect(folder.write(bad, 'x')).rejects.toThrow(LearnedNameError);
    writeFileSync(join(dir, '.a.md.1234.tmp'), 'a torn write');
    expect((await folder.list()).map((f) => f.name)).toEqual(['a.md']);
    expect(await folder.remove('a.md')).toBe(true);
    expect(await folder.remove('a.md')).toBe(false);
  });
});

describe('saved answers in the knowledge index', () => {
  it('are indexed beside the knowledge with a learned/ source, and answered confidently after a save', async () => {
    const learnedDir = join(mkdtempSync(join(tmpdir(), 'pw-learned-')), 'learned');
    service = await KnowledgeService.open(KNOWLEDGE_DIR, quiet, { learnedDir });
    const before = service.current();
    expect(before.search('how do I get a gpu quota on the cloud', 1).confident).toBe(false);
    const outcome = await service.learned!.save('gpu-quota.md', GPU);
    expect(outcome.swapped).toBe(true);
    const result = service.current().search('how do I get a gpu quota on the cloud', 1);
    expect(result.confident).toBe(true);
    expect(result.hits[0]!.section.source).toBe('learned/gpu-quota.md');
    // One index: the knowledge folder's sections are all still there, ids unique.
    const ids = service.current().sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(service.current().size).toBe(before.size + 1);
  });

  it('loses nothing when the process dies between writing and indexing: a restart indexes the file', async () => {
    const learnedDir = join(mkdtempSync(join(tmpdir(), 'pw-learned-')), 'learned');
    service = await KnowledgeService.open(KNOWLEDGE_DIR, quiet, { learnedDir });
    service.reload = () => Promise.reject(new Error('killed before indexing'));
    await expect(service.learned!.save('gpu-quota.md', GPU)).rejects.toThrow('killed before indexing');
    expect(service.current().search('gpu quota on the cloud', 1).hits[0]?.section.source).not.toBe('learned/gpu-quota.md');
    service.close();
    service = await KnowledgeService.open(KNOWLEDGE_DIR, quiet, { learnedDir });
    expect(service.current().search('gpu quota on the cloud', 1).hits[0]?.section.source).toBe('learned/gpu-quota.md');
  });

  it('a save during a reload already running is indexed by the reload it waits for', async () => {
    const learnedDir = join(mkdtempSync(join(tmpdir(), 'pw-learned-')), 'learned');
    service = await KnowledgeService.open(KNOWLEDGE_DIR, quiet, { learnedDir });
    const running = service.reload();
    const saved: ReloadOutcome = await service.learned!.save('gpu-quota.md', GPU);
    await running;
    expect(saved.swapped).toBe(true);
    expect(service.current().search('how do I get a gpu quota on the cloud', 1).hits[0]?.section.source).toBe('learned/gpu-quota.md');
  });

  it('picks up a hand edit or removal in the folder through the watcher', async () => {
    const learnedDir = join(mkdtempSync(join(tmpdir(), 'pw-learned-')), 'learned');
    service = await KnowledgeService.open(KNOWLEDGE_DIR, quiet, { learnedDir });
    service.watch(30);
    writeFileSync(join(learnedDir, 'gpu-quota.md'), GPU);
    const source = () => service!.current().search('how do I get a gpu quota on the cloud', 1).hits[0]?.section.source;
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 250 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
      expect(ok()).toBe(true);
    };
    await until(() => source() === 'learned/gpu-quota.md');
    await service.learned!.remove('gpu-quota.md');
    await until(() => source() !== 'learned/gpu-quota.md');
  });
});
