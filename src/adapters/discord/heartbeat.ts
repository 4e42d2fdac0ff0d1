import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Events, Status, type Client } from 'discord.js';
import type { Logger } from '../../logger.js';

export const HEARTBEAT_FILE = 'heartbeat';
export const HEARTBEAT_EVERY_MS = 30_000;

/**
 * Touches DATA_DIR/heartbeat while the gateway connection is ready, so a container health check
 * can tell a connected bot from a process stuck without Discord. Returns a stop function.
 */
export function startHeartbeat(client: Client, dataDir: string, logger: Logger, everyMs = HEARTBEAT_EVERY_MS): () => void {
  const path = join(dataDir, HEARTBEAT_FILE);
  const beat = () => {
    if (client.ws.status !== Status.Ready) return;
    writeFile(path, new Date().toISOString() + '\n').catch((err: unknown) => logger.warn('cannot write the heartbeat file', { file: path, error: (err as Error).message }));
  };
  // Login resolves before READY arrives, so beat as soon as the client is ready, then on a timer.
  if (client.isReady()) beat();
  else client.once(Events.ClientReady, beat);
  client.on(Events.ShardResume, beat);
  const timer = setInterval(beat, everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    client.off(Events.ClientReady, beat);
    client.off(Events.ShardResume, beat);
  };
}
