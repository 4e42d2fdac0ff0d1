import { validRange } from 'semver';
import { z } from 'zod';

const snowflake = (name: string) =>
  z
    .string()
    .regex(/^\d{17,20}$/, `${name} must be a Discord id (17-20 digits), e.g. ${name}=123456789012345678`);

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), schema.optional());

/** The environment the bot understands; see the configuration table in the README. */
const DAYS_HINT = 'KNOWLEDGE_REVIEW_DAYS must be a whole number of days from 1 to 3650, e.g. KNOWLEDGE_REVIEW_DAYS=180';
const COOLDOWN_HINT = 'COOLDOWN_SECONDS must be a number of seconds from 0 to 3600, e.g. COOLDOWN_SECONDS=3';
const OCR_HINT = 'OCR must be on or off, e.g. OCR=off';
const CONCURRENCY_HINT = 'OCR_CONCURRENCY must be a whole number from 1 to 8 (each reader holds ~100 MB), e.g. OCR_CONCURRENCY=1';

const schema = z.object({
  // Any non-empty string: Discord itself judges the token (and test servers accept anything).
  DISCORD_TOKEN: optional(z.string().regex(/^\S+$/, 'DISCORD_TOKEN must be the bot token without spaces (Developer Portal → Bot → Reset Token)')),
  DISCORD_APP_ID: optional(snowflake('DISCORD_APP_ID')),
  DISCORD_GUILD_ID: optional(snowflake('DISCORD_GUILD_ID')),
  TA_ROLE_ID: optional(snowflake('TA_ROLE_ID')),
  HELP_CHANNEL_IDS: optional(
    z
      .string()
      .regex(/^\d{17,20}(\s*,\s*\d{17,20})*$/, 'HELP_CHANNEL_IDS must be comma-separated channel ids, e.g. HELP_CHANNEL_IDS=123456789012345678,223456789012345678'),
  ).transform((v) => (v ? v.split(',').map((s) => s.trim()) : [])),
  KNOWLEDGE_DIR: optional(z.string()).transform((v) => v ?? 'knowledge'),
  PYTHON_REQUIREMENT: optional(
    z.string().refine((v) => validRange(v) !== null, 'PYTHON_REQUIREMENT must be a semver range, e.g. PYTHON_REQUIREMENT=">=3.11"'),
  ).transform((v) => v ?? '>=3.11'),
  DATA_DIR: optional(z.string()).transform((v) => v ?? 'data'),
  LOG_LEVEL: optional(z.enum(['debug', 'info', 'warn', 'error'], { error: 'LOG_LEVEL must be one of debug, info, warn, error, e.g. LOG_LEVEL=info' })).transform(
    (v) => v ?? 'info',
  ),
  DISCORD_API_URL: optional(z.url('DISCORD_API_URL must be a URL, e.g. DISCORD_API_URL=http://127.0.0.1:3210/api')).transform((v) =>
    // discord.js appends /v10/...; a trailing slash would make that //v10.
    v?.replace(/\/+$/, ''),
  ),
  COOLDOWN_SECONDS: optional(z.coerce.number({ error: COOLDOWN_HINT }).min(0, COOLDOWN_HINT).max(3600, COOLDOWN_HINT)).transform((v) => v ?? 3),
  /** check:knowledge warns about files reviewed longer ago than this. */
  KNOWLEDGE_REVIEW_DAYS: optional(
    z.coerce.number({ error: DAYS_HINT }).int(DAYS_HINT).min(1, DAYS_HINT).max(3650, DAYS_HINT),
  ).transform((v) => v ?? 180),
  /** Screenshots are read (OCR) unless this is off. */
  OCR: optional(
    z
      .string()
      .toLowerCase()
      .pipe(z.enum(['on', 'off', 'true', 'false', '1', '0'], { error: OCR_HINT })),
  ).transform((v) => v === undefined || v === 'on' || v === 'true' || v === '1'),
  /** Screenshots read at the same time, one Tesseract worker each. */
  OCR_CONCURRENCY: optional(
    z.coerce.number({ error: CONCURRENCY_HINT }).int(CONCURRENCY_HINT).min(1, CONCURRENCY_HINT).max(8, CONCURRENCY_HINT),
  ).transform((v) => v ?? 1),
  /**
   * One more origin attachments may be downloaded from, besides Discord's CDN hosts: the loopback
   * fake's CDN in tests. Never needed against the real Discord.
   */
  DISCORD_CDN_URL: optional(z.url('DISCORD_CDN_URL must be a URL, e.g. DISCORD_CDN_URL=http://127.0.0.1:3210/cdn')).transform((v) => v?.replace(/\/+$/, '')),
  // Not a setting: the login name the console shows as the person asking.
  USER: optional(z.string()),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/**
 * Parses the environment once; a bad value stops start-up naming the variable and an example.
 * Every entry point calls this (with process.env by default): nothing else reads the environment.
 */
export function parseConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || 'environment'}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration (set these in the environment or in .env):\n${lines.join('\n')}`);
}
