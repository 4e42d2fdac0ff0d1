/** `npm start` with a token, as a real process: connects, answers, shuts down cleanly on SIGTERM. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fake-discord/index.js';
import { TEST_TOKEN } from '../helpers/bot.js';
import { ROOT, runEntry } from '../helpers/spawn.js';

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('the bot process', () => {
  it('connects with a token, answers, and exits 0 on SIGTERM without logging the token', async () => {
    fake = await startFakeDiscord();
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-proc-'));
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl, DATA_DIR: dataDir, LOG_LEVEL: 'debug', TA_ROLE_ID: fake.ids.taRole },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

    await fake.waitUntil(() => (fake!.readyClients > 0 ? true : undefined), 20_000, 'the bot process to connect');
    const { id } = await fake.slash('ask', { question: 'what is instructlab' });
    expect((await fake.waitForResponse(id, undefined, 10_000)).embeds.length).toBe(1);

    // The container health check passes while the gateway heartbeat is fresh, and fails without one.
    await fake.waitUntil(() => (existsSync(join(dataDir, 'heartbeat')) ? true : undefined), 10_000, 'the heartbeat file');
    const healthy = await runEntry('src/healthcheck.ts', [], '', { DISCORD_TOKEN: TEST_TOKEN, DATA_DIR: dataDir });
    expect(healthy.code).toBe(0);
    const stale = await runEntry('src/healthcheck.ts', [], '', { DISCORD_TOKEN: TEST_TOKEN, DATA_DIR: mkdtempSync(join(tmpdir(), 'pw-none-')) });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/unhealthy: no heartbeat yet/);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/INFO connected to Discord/);
    expect(stderr).toMatch(/shutting down signal=SIGTERM/);
    expect(stderr).toMatch(/disconnected from Discord/);
    expect(stderr).not.toContain(TEST_TOKEN);
  }, 40_000);

  it('refuses to start when DATA_DIR cannot be used, before touching the network', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-proc-'));
    writeFileSync(join(dir, 'file'), 'x');
    const r = await runEntry('src/main.ts', [], '', { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: 'http://127.0.0.1:9/api', DATA_DIR: join(dir, 'file', 'data') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot start: DATA_DIR .* cannot be created/);
    expect(r.stderr).not.toContain(TEST_TOKEN);
  });
});
