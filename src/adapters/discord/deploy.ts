import { REST, Routes } from 'discord.js';
import type { CommandDefinition } from '../../framework/command.js';
import { toDiscordCommands } from './definitions.js';

export interface DeployOptions {
  token: string;
  applicationId: string;
  /** When set, commands go to this server only and show up at once; otherwise globally. */
  guildId?: string;
  /** Replaces Discord's REST base (tests point it at the loopback Discord). */
  apiUrl?: string;
}

/** PUTs every definition in one bulk overwrite, so commands removed from `commands/` disappear too. */
export async function deployCommands(definitions: readonly CommandDefinition[], options: DeployOptions): Promise<{ scope: string; count: number }> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const body = toDiscordCommands(definitions);
  const result = (await rest.put(route, { body })) as unknown[];
  return { scope: options.guildId ? `guild ${options.guildId}` : 'global', count: result.length };
}
