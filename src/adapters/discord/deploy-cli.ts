import '../../env.js';
import { ConfigError, parseConfig } from '../../config.js';
import { loadFeatures } from '../../framework/registry.js';
import { deployCommands } from './deploy.js';

/** `npm run deploy`: registers the slash commands for DISCORD_GUILD_ID, or globally without it. */
async function main(): Promise<void> {
  const config = parseConfig();
  if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID) {
    throw new ConfigError('npm run deploy needs DISCORD_TOKEN and DISCORD_APP_ID (Developer Portal → your app → General Information → Application ID), e.g. in .env');
  }
  const registry = await loadFeatures();
  const { scope, count } = await deployCommands(
    registry.commands.map((c) => c.definition),
    { token: config.DISCORD_TOKEN, applicationId: config.DISCORD_APP_ID, guildId: config.DISCORD_GUILD_ID, apiUrl: config.DISCORD_API_URL },
  );
  process.stdout.write(`Deployed ${count} commands (${scope}).${scope === 'global' ? ' Global commands can take a while to appear everywhere.' : ''}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`deploy failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
