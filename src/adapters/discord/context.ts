import type { Client } from 'discord.js';
import type { Config } from '../../config.js';
import type { Services } from '../../framework/command.js';
import type { Cooldown } from '../../framework/cooldown.js';
import type { OnceSet } from '../../framework/lru.js';
import type { Registry } from '../../framework/registry.js';
import type { Logger } from '../../logger.js';

/** Everything the Discord handlers share; built once in bot.ts. */
export interface BotContext {
  client: Client;
  config: Config;
  services: Services;
  registry: Registry;
  logger: Logger;
  cooldown: Cooldown;
  /** Threads (and help-channel messages) already auto-answered: once per thread. */
  answered: OnceSet;
  /** Threads (and help-channel messages) whose screenshot is being read now. */
  reading: Set<string>;
}
