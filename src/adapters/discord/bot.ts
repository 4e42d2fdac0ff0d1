import { Client, DiscordjsError, DiscordjsErrorCodes, Events, GatewayCloseCodes, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../../config.js';
import type { Services } from '../../framework/command.js';
import { Cooldown } from '../../framework/cooldown.js';
import { OnceSet } from '../../framework/lru.js';
import type { Registry } from '../../framework/registry.js';
import type { Logger } from '../../logger.js';
import type { BotContext } from './context.js';
import { handleInteraction } from './interactions.js';
import { startHeartbeat } from './heartbeat.js';
import { handleMessage } from './messages.js';

/** A login Discord refused for a reason the operator fixes in settings; retrying cannot help. */
export class DiscordLoginError extends Error {
  override name = 'DiscordLoginError';
}

export interface BotOptions {
  config: Config & { DISCORD_TOKEN: string };
  services: Services;
  registry: Registry;
  logger: Logger;
  /** Start-up retries: first wait and ceiling, in ms (tests shorten them). */
  backoff?: { firstMs: number; maxMs: number };
}

export interface RunningBot {
  client: Client;
  ctx: BotContext;
  stop(): Promise<void>;
}

export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { config, services, registry, logger } = options;
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  // Reading help-channel posts needs the privileged Message Content intent; mentions do not.
  if (config.HELP_CHANNEL_IDS.length) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
  });
  const ctx: BotContext = {
    client,
    config,
    services,
    registry,
    logger,
    cooldown: new Cooldown(config.COOLDOWN_SECONDS),
    answered: new OnceSet(20_000),
    reading: new Set(),
  };

  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, ctx));
  client.on(Events.MessageCreate, (message) => void handleMessage(message, ctx));
  client.on(Events.Error, (err) => logger.error('discord client error', { error: err.message }));
  client.on(Events.Warn, (message) => logger.warn('discord client warning', { message }));
  // The gateway's last close code tells a refused login (bad token, privileged intent) from a network fault.
  let closeCode: number | undefined;
  client.on(Events.ShardDisconnect, (event, shard) => {
    closeCode = event.code;
    logger.warn('gateway disconnected', { shard, code: event.code });
  });
  client.on(Events.ShardReconnecting, (shard) => logger.info('gateway reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => logger.info('gateway resumed', { shard, replayed }));
  client.once(Events.ClientReady, (c) => logger.info('connected to Discord', { user: c.user.tag, guilds: c.guilds.cache.size }));

  let stopped = false;
  await loginWithRetry(client, config.DISCORD_TOKEN, logger, options.backoff ?? { firstMs: 1000, maxMs: 30_000 }, () => stopped, () => closeCode);
  const stopHeartbeat = startHeartbeat(client, config.DATA_DIR, logger);
  return {
    client,
    ctx,
    async stop() {
      stopped = true;
      stopHeartbeat();
      await client.destroy();
      logger.info('disconnected from Discord');
    },
  };
}

/**
 * Keeps trying to reach Discord with exponential back-off; a login Discord refuses (recognised by
 * discord.js's error code or the gateway's close code, never by message text) stops at once.
 */
async function loginWithRetry(
  client: Client,
  token: string,
  logger: Logger,
  backoff: { firstMs: number; maxMs: number },
  stopped: () => boolean,
  lastCloseCode: () => number | undefined,
): Promise<void> {
  let wait = backoff.firstMs;
  for (let attempt = 1; ; attempt++) {
    try {
      await client.login(token);
      return;
    } catch (err) {
      const message = (err as Error).message;
      const code = lastCloseCode();
      if ((err instanceof DiscordjsError && err.code === DiscordjsErrorCodes.TokenInvalid) || code === GatewayCloseCodes.AuthenticationFailed) {
        throw new DiscordLoginError('Discord rejected DISCORD_TOKEN: copy it again from the Developer Portal → Bot → Reset Token');
      }
      if (code === GatewayCloseCodes.DisallowedIntents) {
        throw new DiscordLoginError(
          'Discord refused the Message Content intent that HELP_CHANNEL_IDS needs: enable it in the Developer Portal → Bot → Privileged Gateway Intents, or unset HELP_CHANNEL_IDS',
        );
      }
      if (stopped()) throw err;
      logger.warn('cannot reach the Discord gateway; retrying', { attempt, retryInMs: wait, error: message });
      await new Promise((resolve) => setTimeout(resolve, wait));
      wait = Math.min(wait * 2, backoff.maxMs);
    }
  }
}
