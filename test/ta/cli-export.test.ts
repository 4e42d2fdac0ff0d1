import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeEntry } from '../../commands/ta/entry.js';
import { exportLearned } from '../../commands/ta/export-learned.js';
import { readinessCsv } from '../../commands/ta/readiness.js';
import { LearnedFolder } from '../../src/store/learned.js';
import { openJsonlStore } from '../../src/store/jsonl.js';
import type { Logger } from '../../src/logger.js';
import { runEntry } from '../helpers/spawn.js';

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('npm run cli -- export (spawned)', () => {
  it('prints the same files /learned and /prework-status attach, from DATA_DIR as the bot left it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-cli-export-'));
    mkdirSync(join(dataDir, 'learned'));
    writeFileSync(join(dataDir, 'learned', 'gpu.md'), composeEntry({ heading: 'How do I get a GPU quota on the cloud?', body: 'Ask a TA.', aliases: [], author: 'Ana', reviewed: '2026-11-29' }));
    const store = openJsonlStore(dataDir, quiet);
    store.record({ type: 'verdict', userId: '1', userName: '@ana', verdict: 'ok', version: '3.12.10', os: 'windows', meets: true, warnings: [] });
    store.close();

    const learned = await runEntry('src/cli.ts', ['export', 'learned'], '', { DATA_DIR: dataDir });
    expect(learned.code).toBe(0);
    expect(learned.stdout).toBe(exportLearned(await new LearnedFolder(join(dataDir, 'learned')).list()));
    expect(learned.stdout).toContain('# How do I get a GPU quota on the cloud?');

    const readiness = await runEntry('src/cli.ts', ['export', 'readiness'], '', { DATA_DIR: dataDir });
    expect(readiness.code).toBe(0);
    expect(readiness.stdout).toBe(readinessCsv(openJsonlStore(dataDir, quiet).latestVerdicts()));
    expect(readiness.stdout).toMatch(/^'@ana,ok,3\.12\.10,windows,,/m);

    const wrong = await runEntry('src/cli.ts', ['export', 'everything'], '', { DATA_DIR: dataDir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/export learned\|readiness/);
  });
});
