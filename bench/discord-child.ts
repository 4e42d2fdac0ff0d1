/**
 * Child process of `npm run bench`: the real bot (startBot, real discord.js client) against the
 * loopback fake Discord in test/fake-discord, both in this one process. Fires 200 concurrent /ask
 * interactions (200 different students, so the per-user cooldown stays out of the way) and times
 * each from dispatch to the moment its callback reaches the fake. RSS is this process's, so it
 * includes the fake server as well as the bot.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, type Config } from '../src/config.js';
import { startBot } from '../src/adapters/discord/bot.js';
import { loadFeatures } from '../src/framework/registry.js';
import { createServices } from '../src/framework/run.js';
import { KnowledgeService } from '../src/search/service.js';
import { silentLogger } from '../src/logger.js';
import { createMemoryStore } from '../src/store/memory.js';
import { startFakeDiscord } from '../test/fake-discord/index.js';
import { KNOWLEDGE_DIR, timingQuestions } from './corpus.js';
import { emit, nowUs, percentile } from './stats.js';

export interface DiscordResult {
  interactions: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  wallMs: number;
  callbackTypes: Record<string, number>;
  errors: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  heapAfterMb: number;
}

const CONCURRENT = 200;
const WARMUP = 20;

const fake = await startFakeDiscord();
const dataDir = mkdtempSync(join(tmpdir(), 'prework-bench-'));
const config = parseConfig({
  DISCORD_TOKEN: 'bench-token-0123456789abcdef',
  DISCORD_API_URL: fake.apiUrl,
  KNOWLEDGE_DIR,
  DATA_DIR: dataDir,
  LOG_LEVEL: 'error',
});
const knowledge = await KnowledgeService.open(KNOWLEDGE_DIR, silentLogger);
const services = createServices(knowledge, config, createMemoryStore(), silentLogger);
const registry = await loadFeatures();
const bot = await startBot({ config: config as Config & { DISCORD_TOKEN: string }, services, registry, logger: silentLogger });
await fake.waitForClientReady(bot.client);

// Note when each interaction's callback POST reaches the fake (µs clock), before the fake's own handling.
const arrived = new Map<string, number>();
const handle = fake.rest.handle.bind(fake.rest);
fake.rest.handle = (req: IncomingMessage, res: ServerResponse): Promise<void> => {
  const m = req.method === 'POST' ? /\/interactions\/(\d+)\/[^/]+\/callback/.exec(req.url ?? '') : null;
  if (m && !arrived.has(m[1]!)) arrived.set(m[1]!, nowUs());
  return handle(req, res);
};

const questions = timingQuestions();
const studentId = (i: number): string => `4${String(100000 + i).padStart(17, '0')}`;

for (let i = 0; i < WARMUP; i++) {
  const { id } = await fake.slash('ask', { question: questions[i % questions.length]! }, { user: studentId(10_000 + i) });
  await fake.waitForCallback(id, 10_000);
}

const rssBefore = process.memoryUsage().rss;
const sentAt = new Map<string, number>();
const t0 = nowUs();
const handles = await Promise.all(
  Array.from({ length: CONCURRENT }, (_, i) => {
    const start = nowUs();
    return fake.slash('ask', { question: questions[i % questions.length]! }, { user: studentId(i) }).then((h) => {
      sentAt.set(h.id, start);
      return h;
    });
  }),
);
await fake.waitUntil(() => (handles.every((h) => arrived.has(h.id)) ? true : undefined), 60_000, `${CONCURRENT} callbacks`);
// The fake records a request once it has answered it: wait for the records too (types, statuses).
const callbacks = await Promise.all(handles.map((h) => fake.waitForCallback(h.id, 30_000)));
const wallMs = (Math.max(...handles.map((h) => arrived.get(h.id)!)) - t0) / 1000;
const latencies = handles.map((h) => (arrived.get(h.id)! - sentAt.get(h.id)!) / 1000);
const rssAfter = process.memoryUsage().rss;
const callbackTypes: Record<string, number> = {};
for (const c of callbacks) {
  const type = String((c.body as { type?: number } | undefined)?.type ?? '?');
  callbackTypes[type] = (callbackTypes[type] ?? 0) + 1;
}

const result: DiscordResult = {
  interactions: CONCURRENT,
  p50Ms: percentile(latencies, 50),
  p99Ms: percentile(latencies, 99),
  maxMs: Math.max(...latencies),
  wallMs,
  callbackTypes,
  errors: fake.errors.length + fake.misses.length,
  rssBeforeMb: rssBefore / 2 ** 20,
  rssAfterMb: rssAfter / 2 ** 20,
  heapAfterMb: process.memoryUsage().heapUsed / 2 ** 20,
};
await bot.stop();
await fake.close();
knowledge.close();
rmSync(dataDir, { recursive: true, force: true });
emit(result);
process.exit(0);
