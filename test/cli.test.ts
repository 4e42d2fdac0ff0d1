import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runEntry } from './helpers/spawn.js';

const SEED = new URL('../../shared/seed/', import.meta.url).pathname;
const SEED_OR_KNOWLEDGE = (await import('node:fs')).existsSync(SEED) ? SEED : 'knowledge';

describe('ask CLI contract (spawned)', () => {
  it('writes exactly one JSON line per input line, in order, and nothing else on stdout', async () => {
    const questions = ['what is instructlab', '', 'vs code mac', 'what is the capital of france', 'pyhton'];
    const r = await runEntry('src/cli.ts', ['ask', '--json', '--top', '2', '--knowledge', SEED_OR_KNOWLEDGE], questions.join('\n') + '\n');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.length);
    expect(lines).toHaveLength(questions.length);
    const rows = lines.map((l) => JSON.parse(l) as { query: string; confident: boolean; results: { source: string; headings: string[]; score: number; text: string }[] });
    expect(rows.map((row) => row.query)).toEqual(questions);
    for (const row of rows) {
      expect(row.results.length).toBeLessThanOrEqual(2);
      for (const res of row.results) {
        expect(typeof res.source).toBe('string');
        expect(res.headings.length).toBeGreaterThan(0);
        expect(typeof res.score).toBe('number');
        expect(typeof res.text).toBe('string');
      }
    }
    expect(rows[0]!.confident).toBe(true);
    expect(rows[0]!.results[0]!.headings.at(-1)).toBe('What is InstructLab?');
    expect(rows[1]!.confident).toBe(false);
    expect(rows[3]!.confident).toBe(false);
  });

  it('keeps stdout pure JSON when a .env file is loaded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-env-'));
    writeFileSync(join(dir, '.env'), 'LOG_LEVEL=warn\nPYTHON_REQUIREMENT=">=3.11"\n');
    const r = await runEntry('src/cli.ts', ['ask', '--json', '--top', '1', '--knowledge', `${ROOT}knowledge`], 'what is granite\n', {}, dir);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { query: string })).toEqual([expect.objectContaining({ query: 'what is granite' })]);
  });

  it('indexes the project knowledge by default and prints a readable answer without --json', async () => {
    const r = await runEntry('src/cli.ts', ['ask'], 'deadsnakes ppa\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/deadsnakes/i);
    expect(r.stdout).not.toMatch(/^\{/);
  });

  it('fails clearly for a missing knowledge folder', async () => {
    const r = await runEntry('src/cli.ts', ['ask', '--json', '--knowledge', '/nonexistent/knowledge'], 'x\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/knowledge folder "\/nonexistent\/knowledge" does not exist/);
  });
});

describe('check-python CLI contract (spawned)', () => {
  it('judges all of stdin as one paste without --batch', async () => {
    const r = await runEntry('src/cli.ts', ['check-python', '--json'], '$ python3 --version\nPython 3.10.12\n');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(out).toMatchObject({ verdict: 'too-old', version: '3.10.12', meets: false });
    expect(['macos', 'windows', 'linux', 'unknown']).toContain(out.os);
  });

  it('takes one JSON string per line with --batch and honours --os', async () => {
    const pastes = ['Python 3.12.4', 'zsh: command not found: python', 'Python 3.13.0rc1', 'v20.11.0'];
    const r = await runEntry('src/cli.ts', ['check-python', '--json', '--batch', '--os', 'linux'], pastes.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { verdict: string; os: string; meets: boolean; reply: string });
    expect(rows.map((x) => x.verdict)).toEqual(['ok', 'not-found', 'prerelease', 'unrecognized']);
    expect(rows.every((x) => x.os === 'linux')).toBe(true);
    expect(rows[1]!.reply).toMatch(/python3|apt/);
  });

  it('ask --batch takes one JSON string per line: a whole multi-line message, in order', async () => {
    const messages = ['Hi, I followed the guide on my Mac.\n```\n~ % code .\nzsh: command not found: code\n```\nhow do I fix it?', 'thanks!', 'not json at all'];
    const r = await runEntry('src/cli.ts', ['ask', '--json', '--batch', '--top', '1'], messages.map((m, i) => (i === 2 ? m : JSON.stringify(m))).join('\n') + '\n');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { query: string; confident: boolean; results: { headings: string[] }[] });
    expect(rows.map((x) => x.query)).toEqual(messages);
    expect(rows[0]!.confident).toBe(true);
    expect(rows[0]!.results[0]!.headings.at(-1)).toMatch(/code command/i);
    expect(rows[1]!.confident).toBe(false);
  });

  it('check-python --json carries warnings from the knowledge notes for 3.13+', async () => {
    const r = await runEntry('src/cli.ts', ['check-python', '--json', '--batch'], ['Python 3.13.1', 'Python 3.11.9'].map((p) => JSON.stringify(p)).join('\n') + '\n');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { verdict: string; meets: boolean; warnings: string[] });
    expect(rows[0]).toMatchObject({ verdict: 'ok', meets: true });
    expect(rows[0]!.warnings.some((w) => /Open WebUI/.test(w))).toBe(true);
    expect(rows[1]!.warnings).toEqual([]);
  });

  it('keeps terminal colour codes for the judge to strip (they are not junk to delete first)', async () => {
    const pastes = ['\u001b[1mPython 3.11.8\u001b[0m', '\u001b[31mzsh: command not found: python\u001b[0m'];
    const r = await runEntry('src/cli.ts', ['check-python', '--json', '--batch'], pastes.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { verdict: string; version: string | null });
    expect(rows.map((x) => [x.verdict, x.version])).toEqual([['ok', '3.11.8'], ['not-found', null]]);
  });

  it('rejects an unknown --os value with a message', async () => {
    const r = await runEntry('src/cli.ts', ['check-python', '--json', '--os', 'beos'], 'Python 3.12.1');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--os must be macos, windows or linux/);
  });
});

describe('--image (spawned, real OCR)', () => {
  const SHOTS = `${ROOT}test/fixtures/screenshots`;
  const labels = (dir: string) => readFileSync(join(dir, 'labels.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

  it('check-python --json --image: the judge JSON for the screenshot plus ocrText, and the reply says what it read', async () => {
    const label = labels(SHOTS).find((l) => l.verdict === 'too-old')!;
    const r = await runEntry('src/cli.ts', ['check-python', '--json', '--image', join(SHOTS, String(label.image))], '');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const row = JSON.parse(lines[0]!) as { verdict: string; version: string; meets: boolean; ocrText: string; reply: string; warnings: string[] };
    expect({ verdict: row.verdict, version: row.version, meets: row.meets }).toEqual({ verdict: label.verdict, version: label.version, meets: label.meets });
    expect(row.ocrText).toContain(label.version);
    expect(row.reply.split('\n')[0]).toMatch(/^I read: (?:\(\d+ earlier lines?\) )?“/);
    expect(row.warnings).toEqual([]);
  }, 60_000);

  it('ask --json --image: the search JSON for what the screenshot says, stdin appended, plus ocrText', async () => {
    const label = labels(join(SHOTS, 'ask')).find((l) => String(l.image).includes('zsh-code'))!;
    const r = await runEntry('src/cli.ts', ['ask', '--json', '--top', '1', '--image', join(SHOTS, 'ask', String(label.image))], 'how do I fix this\n');
    expect(r.code).toBe(0);
    const row = JSON.parse(r.stdout.trim()) as { query: string; confident: boolean; results: { id: string }[]; ocrText: string };
    expect(row.confident).toBe(true);
    expect(row.results.map((x) => x.id)).toEqual([label.section]);
    expect(row.ocrText).toMatch(/command not found: code/);
    expect(row.query).toBe(`${row.ocrText}\nhow do I fix this`);
  }, 60_000);

  it('refuses a missing file and --image with --batch before reading anything', async () => {
    const missing = await runEntry('src/cli.ts', ['check-python', '--json', '--image', '/nonexistent/shot.png'], '');
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/Cannot open \/nonexistent\/shot\.png: ENOENT/);
    const batch = await runEntry('src/cli.ts', ['ask', '--json', '--batch', '--image', join(SHOTS, 'ask', 'labels.jsonl')], '');
    expect(batch.code).toBe(2);
    expect(batch.stderr).toMatch(/usage/);
  });

  it('with OCR=off: one JSON line saying so, exit code 1', async () => {
    const r = await runEntry('src/cli.ts', ['check-python', '--json', '--image', join(SHOTS, String(labels(SHOTS)[0]!.image))], '', { OCR: 'off' });
    expect(r.code).toBe(1);
    const row = JSON.parse(r.stdout.trim()) as { verdict: string; ocrText: string; ocrError: string; reply: string };
    expect(row).toMatchObject({ verdict: 'unrecognized', ocrText: '', ocrError: 'disabled' });
    expect(row.reply).toMatch(/Screenshots are turned off here/);
  });
});
