import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, type Config } from '../../src/config.js';
import { startBot, type RunningBot } from '../../src/adapters/discord/bot.js';
import { loadFeatures, type Registry } from '../../src/framework/registry.js';
import { createServices } from '../../src/framework/run.js';
import { KnowledgeService } from '../../src/search/service.js';
import { createLogger } from '../../src/logger.js';
import { createOcrService } from '../../src/ocr/service.js';
import type { OcrService } from '../../src/ocr/types.js';
import { openJsonlStore } from '../../src/store/jsonl.js';
import { learnedDir } from '../../src/store/learned.js';
import type { Store } from '../../src/store/types.js';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from '../fake-discord/index.js';
import { KNOWLEDGE_DIR } from './knowledge.js';

/** Shaped like a real bot token, so the redaction of token-shaped strings is exercised too. */
export const TEST_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789ABCD';

export interface TestBot {
  fake: FakeDiscord;
  bot: RunningBot;
  store: Store;
  knowledge: KnowledgeService;
  config: Config;
  registry: Registry;
  logs: string[];
  dataDir: string;
  ocr: OcrService;
  stop(): Promise<void>;
}

export interface TestBotOptions {
  env?: Record<string, string>;
  registry?: Registry;
  fake?: FakeDiscordOptions;
  /** Skip waiting for READY (start-up fault tests wait themselves). */
  noWait?: boolean;
  /** Runs after the fake starts and before the bot logs in (to inject start-up faults). */
  beforeLogin?: (fake: FakeDiscord) => void;
  /** DATA_DIR to reuse (a restart keeps the data); a fresh temporary folder otherwise. */
  dataDir?: string;
  /** The OCR service to use instead of a real one made from the configuration (OCR, OCR_CONCURRENCY). */
  ocr?: OcrService;
}

/** The real bot (discord.js client and all) against a fresh loopback Discord. */
export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const fake = await startFakeDiscord(options.fake);
  options.beforeLogin?.(fake);
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pw-e2e-'));
  const logs: string[] = [];
  const config = parseConfig({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_APP_ID: fake.ids.application,
    DISCORD_GUILD_ID: fake.ids.guild,
    TA_ROLE_ID: fake.ids.taRole,
    HELP_CHANNEL_IDS: `${fake.ids.helpChannel},${fake.ids.forumChannel}`,
    DISCORD_API_URL: fake.apiUrl,
    // Attachments come from the fake's CDN route, as they come from cdn.discordapp.com in production.
    DISCORD_CDN_URL: fake.cdnUrl,
    DATA_DIR: dataDir,
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const logger = createLogger({ level: 'debug', secrets: [TEST_TOKEN], write: (line) => logs.push(line) });
  const store = openJsonlStore(dataDir, logger);
  const knowledge = await KnowledgeService.open(KNOWLEDGE_DIR, logger, { learnedDir: learnedDir(dataDir) });
  const registry = options.registry ?? (await loadFeatures());
  // As in src/main.ts: one service for the bot, its worker started by the first screenshot only.
  const ocr = options.ocr ?? createOcrService({ enabled: config.OCR, concurrency: config.OCR_CONCURRENCY, logger });
  const services = createServices(knowledge, config, store, logger, ocr);
  let bot: RunningBot;
  try {
    bot = await startBot({ config: config as Config & { DISCORD_TOKEN: string }, services, registry, logger, backoff: { firstMs: 100, maxMs: 400 } });
  } catch (err) {
    await fake.close();
    store.close();
    knowledge.close();
    await ocr.close();
    throw err;
  }
  if (!options.noWait) await fake.waitForClientReady(bot.client);
  return {
    fake,
    bot,
    store,
    knowledge,
    config,
    registry,
    logs,
    dataDir,
    ocr,
    async stop() {
      await bot.stop();
      await fake.close();
      store.close();
      knowledge.close();
      await ocr.close();
    },
  };
}

/** Button labels of a message or response, in order. */
export function buttonLabels(components: unknown[]): string[] {
  return (components as { components?: { label?: string }[] }[]).flatMap((row) => (row.components ?? []).map((c) => c.label ?? ''));
}

/** The custom_id of the button with this label. */
export function buttonId(components: unknown[], label: string): string {
  for (const row of components as { components?: { label?: string; custom_id?: string }[] }[]) {
    for (const c of row.components ?? []) if (c.label === label && c.custom_id) return c.custom_id;
  }
  throw new Error(`no button "${label}" among ${buttonLabels(components).join(', ')}`);
}
