export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

type Log = (message: string, fields?: Record<string, unknown>) => void;

/** Plain functions, not methods: they use no `this`, so `const log = logger.warn` is safe. */
export interface Logger {
  debug: Log;
  info: Log;
  warn: Log;
  error: Log;
}

/** Things that look like Discord bot tokens, so a token never reaches a log even by accident. */
const TOKEN_SHAPE = /[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}/g;

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join('[redacted]');
  return out.replace(TOKEN_SHAPE, '[redacted]');
}

/**
 * One line per event on stderr (stdout belongs to the CLI's JSON), with a level, a message and
 * key=value fields. Every line passes through `redact` with the configured secrets.
 */
export function createLogger(options: {
  level: LogLevel;
  secrets?: readonly string[];
  write?: (line: string) => void;
}): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const secrets = options.secrets ?? [];
  const log = (level: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    if (ORDER[level] < ORDER[options.level]) return;
    const extra = fields
      ? Object.entries(fields)
          .map(([k, v]) => `${k}=${formatValue(v)}`)
          .join(' ')
      : '';
    write(redact(`${new Date().toISOString()} ${level.toUpperCase()} ${message}${extra ? ' ' + extra : ''}`, secrets));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

function formatValue(v: unknown): string {
  if (v instanceof Error) return JSON.stringify(v.stack ?? v.message);
  if (typeof v === 'string') return /^[\w.:/@-]*$/.test(v) && v.length > 0 ? v : JSON.stringify(v);
  // JSON.stringify gives undefined for undefined and functions, whatever its type says.
  const json = JSON.stringify(v) as string | undefined;
  return json ?? String(v);
}

const quiet: Log = () => undefined;
export const silentLogger: Logger = { debug: quiet, info: quiet, warn: quiet, error: quiet };
