import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';
import { createLogger, redact } from '../../src/logger.js';

describe('config', () => {
  it('fills defaults with no environment at all (console mode)', () => {
    const c = parseConfig({});
    expect(c.KNOWLEDGE_REVIEW_DAYS).toBe(180);
    expect(c).toMatchObject({ KNOWLEDGE_DIR: 'knowledge', PYTHON_REQUIREMENT: '>=3.11', DATA_DIR: 'data', LOG_LEVEL: 'info', HELP_CHANNEL_IDS: [] });
    expect(c.DISCORD_TOKEN).toBeUndefined();
  });

  it('accepts any token shape and trims a trailing slash from DISCORD_API_URL', () => {
    const c = parseConfig({ DISCORD_TOKEN: 'test-token', DISCORD_API_URL: 'http://127.0.0.1:3210/api/' });
    expect(c.DISCORD_TOKEN).toBe('test-token');
    expect(c.DISCORD_API_URL).toBe('http://127.0.0.1:3210/api');
  });

  it('treats empty values as unset and splits channel lists', () => {
    const c = parseConfig({ DISCORD_TOKEN: '', HELP_CHANNEL_IDS: '123456789012345678, 223456789012345678' });
    expect(c.DISCORD_TOKEN).toBeUndefined();
    expect(c.HELP_CHANNEL_IDS).toEqual(['123456789012345678', '223456789012345678']);
  });

  it('reads screenshots by default, one at a time; OCR=off turns it off', () => {
    expect(parseConfig({})).toMatchObject({ OCR: true, OCR_CONCURRENCY: 1 });
    expect(parseConfig({}).DISCORD_CDN_URL).toBeUndefined();
    for (const off of ['off', 'OFF', 'false', '0']) expect(parseConfig({ OCR: off }).OCR).toBe(false);
    expect(parseConfig({ OCR: 'on', OCR_CONCURRENCY: '2', DISCORD_CDN_URL: 'http://127.0.0.1:4000/cdn/' })).toMatchObject({ OCR: true, OCR_CONCURRENCY: 2, DISCORD_CDN_URL: 'http://127.0.0.1:4000/cdn' });
  });

  it.each([
    ['OCR', 'maybe', /OCR must be on or off, e\.g\. OCR=off/],
    ['OCR_CONCURRENCY', '0', /OCR_CONCURRENCY must be a whole number from 1 to 8.*e\.g\. OCR_CONCURRENCY=1/],
    ['OCR_CONCURRENCY', 'two', /OCR_CONCURRENCY must be a whole number/],
    ['DISCORD_CDN_URL', 'cdn', /DISCORD_CDN_URL must be a URL/],
    ['DISCORD_GUILD_ID', 'my-server', /DISCORD_GUILD_ID must be a Discord id.*e\.g\. DISCORD_GUILD_ID=/],
    ['PYTHON_REQUIREMENT', 'python 3', /PYTHON_REQUIREMENT must be a semver range, e\.g\./],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of/],
    ['DISCORD_API_URL', 'not a url', /DISCORD_API_URL must be a URL/],
    ['HELP_CHANNEL_IDS', '12,abc', /HELP_CHANNEL_IDS must be comma-separated/],
    ['COOLDOWN_SECONDS', 'x', /COOLDOWN_SECONDS must be a number of seconds.*e\.g\. COOLDOWN_SECONDS=3/],
    ['KNOWLEDGE_REVIEW_DAYS', 'soon', /KNOWLEDGE_REVIEW_DAYS must be a whole number of days.*e\.g\. KNOWLEDGE_REVIEW_DAYS=180/],
    ['KNOWLEDGE_REVIEW_DAYS', '0', /KNOWLEDGE_REVIEW_DAYS must be a whole number/],
  ])('rejects a bad %s naming it and an example', (name, value, message) => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ [name]: value })).toThrow(message);
  });
});

describe('logger', () => {
  const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';

  it('never writes the token, even inside an error or a URL', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'debug', secrets: [token], write: (l) => lines.push(l) });
    log.error(`login failed for ${token}`, { error: new Error(`Bot ${token} rejected`), url: `https://x/${token}` });
    log.info('token shaped', { value: 'OTk5OTk5OTk5OTk5OTk5OTk5.Gxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' });
    expect(lines.join('\n')).not.toContain(token);
    expect(lines.join('\n')).not.toContain('OTk5OTk5OTk5OTk5OTk5OTk5.Gxxxxx');
    expect(lines.join('\n')).toContain('[redacted]');
  });

  it('filters by level', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'warn', write: (l) => lines.push(l) });
    log.info('quiet');
    log.warn('loud');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/WARN loud/);
  });

  it('redact leaves ordinary text alone', () => {
    expect(redact('hello world', ['secret-value'])).toBe('hello world');
  });
});
