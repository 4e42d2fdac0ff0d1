import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeService } from '../../src/search/service.js';
import type { Logger } from '../../src/logger.js';

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) => lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
  return { lines, debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

let service: KnowledgeService | null = null;
afterEach(() => service?.close());

describe('hot reload', () => {
  it('re-indexes edits, new files and deletions without a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-reload-'));
    writeFileSync(join(dir, 'a.md'), '# Ollama\n\nRun models locally with ollama.\n');
    service = await KnowledgeService.open(dir, recordingLogger());
    service.watch(50);
    const heading = (q: string) => service!.current().search(q, 1).hits[0]?.section.headings.at(-1);
    expect(heading('ollama')).toBe('Ollama');

    writeFileSync(join(dir, 'b.md'), '# Continue extension\n\nContinue is an AI code assistant inside the IDE.\n');
    await until(() => heading('continue assistant') === 'Continue extension', 'a new file to be indexed');

    writeFileSync(join(dir, 'a.md'), '# Ollama models\n\nRun models locally with ollama pull.\n');
    await until(() => heading('ollama') === 'Ollama models', 'an edit to be indexed');

    rmSync(join(dir, 'b.md'));
    await until(() => heading('continue assistant') === undefined, 'a deleted file to leave the index');
  });

  it('keeps the last good index when a file breaks, and reports the file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-reload-'));
    writeFileSync(join(dir, 'a.md'), '# Granite\n\nIBM open models.\n');
    const logger = recordingLogger();
    service = await KnowledgeService.open(dir, logger);
    const before = service.current();
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: [oops\n---\n# Broken\ntext\n');
    const outcome = await service.reload();
    expect(outcome.swapped).toBe(false);
    expect(service.current()).toBe(before);
    expect(service.current().search('granite', 1).hits[0]?.section.headings.at(-1)).toBe('Granite');
    expect(logger.lines.join('\n')).toMatch(/broken\.md:\d+/);

    writeFileSync(join(dir, 'broken.md'), '---\ntitle: Fixed\n---\n# Fixed now\ntext\n');
    expect((await service.reload()).swapped).toBe(true);
    expect(service.current()).not.toBe(before);
  });

  it('keeps serving when the whole folder disappears', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-reload-'));
    writeFileSync(join(dir, 'a.md'), '# Granite\n\nIBM open models.\n');
    service = await KnowledgeService.open(dir, recordingLogger());
    rmSync(dir, { recursive: true });
    expect((await service.reload()).swapped).toBe(false);
    expect(service.current().size).toBe(1);
  });
});
