import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEntry } from './helpers/spawn.js';

describe('npm start without a token (console on piped stdin)', () => {
  it('answers line by line, runs commands, says it is in console mode, and exits at end of input', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-console-'));
    const input = ['how do I install vs code on my mac', '/topics', '/check-python Python 3.9.6', '/help', 'what is the capital of france'].join('\n') + '\n';
    const r = await runEntry('src/main.ts', [], input, { DATA_DIR: dataDir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/console mode/);
    expect(r.stderr).toMatch(/DISCORD_TOKEN/);
    expect(r.stdout).toMatch(/VS Code|Visual Studio Code/);
    expect(r.stdout).toMatch(/Pre-work topics/);
    expect(r.stdout).toMatch(/3\.9\.6/);
    expect(r.stdout).toMatch(/too old/i);
    expect(r.stdout).toMatch(/\/check-python/);
    expect(r.stdout).toMatch(/not sure/i);
  });

  it('takes a multi-line paste after a bare /check-python, ended by an empty line', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-console-'));
    const input = '/os windows\n/check-python\nC:\\Users\\ana> python --version\nPython 3.12.4\n\n';
    const r = await runEntry('src/main.ts', [], input, { DATA_DIR: dataDir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3\.12\.4/);
    expect(r.stdout).toMatch(/meets|ready/i);
  });

  it('reads a screenshot with /image PATH and answers it as a message to the bot would be', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-console-'));
    const input = ['/image test/fixtures/screenshots/ask/cmd-black--code-not-recognized.png', '/image /nonexistent/shot.png', '/image'].join('\n') + '\n';
    const r = await runEntry('src/main.ts', [], input, { DATA_DIR: dataDir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^I read: (?:\(\d+ earlier lines?\) )?“.*'code' is not recognized as an internal or external command/m);
    expect(r.stdout).toMatch(/== VS Code on Windows › The code command is not recognized on Windows ==/);
    expect(r.stdout).toMatch(/Cannot open \/nonexistent\/shot\.png: ENOENT/);
    expect(r.stdout).toMatch(/Say \/image PATH/);
  }, 60_000);

  it('stops with a message naming the variable when configuration is bad', async () => {
    const r = await runEntry('src/main.ts', [], '', { PYTHON_REQUIREMENT: 'three point eleven' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/PYTHON_REQUIREMENT/);
    expect(r.stderr).toMatch(/e\.g\./);
  });

  it('stops with a clear message when the knowledge folder is missing or empty', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'pw-empty-'));
    const missing = await runEntry('src/main.ts', [], '', { KNOWLEDGE_DIR: join(empty, 'nope') });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
    const none = await runEntry('src/main.ts', [], '', { KNOWLEDGE_DIR: empty });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/has no markdown sections/);
  });
});
