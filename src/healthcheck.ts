import { statSync } from 'node:fs';
import { join } from 'node:path';
import { HEARTBEAT_EVERY_MS, HEARTBEAT_FILE } from './adapters/discord/heartbeat.js';
import { parseConfig } from './config.js';
import { loadKnowledge } from './knowledge/load.js';

/**
 * Container health: the knowledge folder loads with sections and, when the bot runs for Discord
 * (DISCORD_TOKEN set), its heartbeat is fresh, i.e. the gateway was ready within three beats.
 * Exits 0 when healthy, 1 with a one-line reason otherwise.
 */
async function main(): Promise<string | null> {
  const config = parseConfig();
  const knowledge = await loadKnowledge(config.KNOWLEDGE_DIR);
  if (!knowledge.sections.length) return 'the knowledge folder has no sections';
  if (!config.DISCORD_TOKEN) return null;
  const file = join(config.DATA_DIR, HEARTBEAT_FILE);
  try {
    const age = Date.now() - statSync(file).mtimeMs;
    return age < 3 * HEARTBEAT_EVERY_MS ? null : `no gateway heartbeat for ${Math.round(age / 1000)} s`;
  } catch {
    return 'no heartbeat yet: the bot has not connected to Discord';
  }
}

main().then(
  (problem) => {
    if (problem) process.stderr.write(`unhealthy: ${problem}\n`);
    process.exit(problem ? 1 : 0);
  },
  (err: unknown) => {
    process.stderr.write(`unhealthy: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
