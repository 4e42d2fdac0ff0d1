import type { Client } from 'discord.js';
import type { Config } from '../config.js';
import type { Services } from '../core/command.js';
import type { Cooldown } from '../core/cooldown.js';
import type { Lru } from '../core/lru.js';
import type { Registry } from '../core/registry.js';
import type { Logger } from '../logger.js';
import type { MemoStore } from './custom-ids.js';

/** Everything the Discord handlers share; built once in bot.ts. */
export interface BotContext {
  client: Client;
  config: Config;
  services: Services;
  registry: Registry;
  logger: Logger;
  memos: MemoStore;
  cooldown: Cooldown;
  /** Memo keys whose question already pinged the TA role: one ping per question. */
  pinged: Lru<string, true>;
  /** Threads (and help-channel messages) already auto-answered: once per thread. */
  answered: Lru<string, true>;
}
