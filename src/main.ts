import './env.js';
import { ConfigError, parseConfig, type Config } from './config.js';
import { runConsole } from './adapters/console/repl.js';
import { loadFeatures } from './framework/registry.js';
import { contextFor, createServices } from './framework/run.js';
import { KnowledgeDirError } from './knowledge/load.js';
import { KnowledgeService } from './search/service.js';
import { createLogger, redact, type Logger } from './logger.js';
import { createOcrService } from './ocr/service.js';
import { DataDirError, openJsonlStore } from './store/jsonl.js';
import { learnedDir } from './store/learned.js';

/** Start-up errors a person can fix from the message alone: printed without a stack trace. */
const EXPECTED = [ConfigError, KnowledgeDirError, DataDirError];

/** Secrets to keep out of anything printed, known once the configuration is read. */
let secrets: string[] = [];

async function main(): Promise<void> {
  const config = parseConfig();
  secrets = [config.DISCORD_TOKEN ?? ''];
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN ?? ''] });
  // The store first: it creates DATA_DIR, where answers TAs save (DATA_DIR/learned) are kept.
  const store = openJsonlStore(config.DATA_DIR, logger);
  const knowledge = await KnowledgeService.open(config.KNOWLEDGE_DIR, logger, { learnedDir: learnedDir(config.DATA_DIR) });
  knowledge.watch();
  const registry = await loadFeatures();
  // One OCR service for the process: no worker until the first screenshot, then one reused.
  const ocr = createOcrService({ enabled: config.OCR, concurrency: config.OCR_CONCURRENCY, logger });
  const services = createServices(knowledge, config, store, logger, ocr);
  const cleanup = async () => {
    knowledge.close();
    store.close();
    await ocr.close();
  };

  if (config.DISCORD_TOKEN) {
    const { startBot } = await import('./adapters/discord/bot.js');
    const bot = await startBot({ config: config as Config & { DISCORD_TOKEN: string }, services, registry, logger });
    onShutdown(logger, async () => {
      await bot.stop();
      await cleanup();
    });
    return;
  }

  // isTTY is undefined, not false, when stdin is a pipe.
  const interactive = process.stdin.isTTY as boolean | undefined === true;
  logger.info('console mode', { sections: knowledge.current().size });
  if (interactive) {
    process.stdout.write(
      'prework-bot console mode: no DISCORD_TOKEN is set, so I answer here instead of on Discord.\n' +
        'To connect to Discord, put DISCORD_TOKEN (and DISCORD_APP_ID) in .env; see the README.\n' +
        'Type a question, or /help.\n',
    );
  } else {
    process.stderr.write('prework-bot console mode (no DISCORD_TOKEN set; see the README to connect to Discord): answering stdin line by line.\n');
  }
  onShutdown(logger, cleanup);
  await runConsole({ input: process.stdin, output: process.stdout, registry, ctx: contextFor(services, consoleInvoker(config)), interactive });
  await cleanup();
}

function consoleInvoker(config: Config) {
  // The person at the terminal runs the bot, so TA views are open to them.
  return { id: 'console', name: config.USER ?? 'console', isTA: true };
}

function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    stop()
      .catch((err: unknown) => logger.error('error during shutdown', { error: err as Error }))
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', () => handler('SIGINT'));
  process.once('SIGTERM', () => handler('SIGTERM'));
}

// Last line of defence: every handler catches its own errors, but nothing may take the bot down.
process.on('unhandledRejection', (reason) => {
  const text = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
  process.stderr.write(`${new Date().toISOString()} ERROR unhandled rejection ${redact(text, secrets)}\n`);
});

main().catch((err: unknown) => {
  // DiscordLoginError is matched by name: the Discord module is only loaded when a token is set.
  if (EXPECTED.some((E) => err instanceof E) || (err instanceof Error && err.name === 'DiscordLoginError')) {
    process.stderr.write(`prework-bot cannot start: ${(err as Error).message}\n`);
  } else {
    process.stderr.write(`prework-bot crashed at start-up: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});
