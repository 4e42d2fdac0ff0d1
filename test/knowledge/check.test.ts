import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredReplyKeys } from '../../commands/python-check/reply-keys.js';
import { checkKnowledge } from '../../src/knowledge/check.js';
import { KNOWLEDGE_DIR } from '../helpers/knowledge.js';

describe('check:knowledge', () => {
  it('passes on the project knowledge, reply keys included', async () => {
    const report = await checkKnowledge(KNOWLEDGE_DIR, { requiredReplyKeys: requiredReplyKeys() });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.files).toBeGreaterThan(5);
  });

  it('flags each kind of problem with its file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-check-'));
    writeFileSync(join(dir, 'bad.md'), [
      '---', 'aliases: {not: a list}', '---', '# Bad', '', 'See [missing](nothere.md) and [anchor](good.md#nope) and [ok](good.md#real-heading).', '',
      '## Twice', 'one', '## Twice', 'two', '', `## ${'x'.repeat(300)}`, 'long', '', '## Empty leaf', '',
    ].join('\n'));
    writeFileSync(join(dir, 'good.md'), '# Real heading\n\ntext\n');
    const { problems } = await checkKnowledge(dir, { requiredReplyKeys: requiredReplyKeys() });
    const text = problems.map((p) => `${p.severity} ${p.source}:${p.line} ${p.message}`).join('\n');
    expect(text).toMatch(/error bad\.md:2 front-matter field "aliases": expected a list/);
    expect(text).toMatch(/error bad\.md:\d+ link to nothere\.md: no such file/);
    expect(text).toMatch(/link to good\.md#nope: good\.md has no heading #nope/);
    expect(text).not.toMatch(/real-heading/);
    expect(text).toMatch(/error bad\.md:10 duplicate heading "Bad › Twice"/);
    expect(text).toMatch(/heading is 300 characters/);
    expect(text).toMatch(/warning bad\.md:16 section "Empty leaf" has no text/);
    expect(text).toMatch(/reply key python\/not-found\/macos/);
  });

  const write = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-check-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  const report = async (dir: string, today = '2026-11-29', reviewMaxAgeDays?: number) =>
    (await checkKnowledge(dir, { today: new Date(today), reviewMaxAgeDays })).problems.map((p) => `${p.severity} ${p.source}:${p.line} ${p.message}`).join('\n');
  const COMMANDS = '# Install\n\nRun:\n\n```bash\nbrew install python@3.12\n```\n';

  it('fails a file that shows commands without sources, and passes it once sources are listed', async () => {
    const bare = await report(write({ 'a.md': COMMANDS }));
    expect(bare).toMatch(/^error a\.md:1 shows commands \(under "Install"\) but has no sources/m);
    const sourced = await report(write({ 'a.md': `---\nsources: [https://docs.brew.sh/Installation]\nreviewed: "2026-11-01"\n---\n${COMMANDS}` }));
    expect(sourced).toBe('');
  });

  it('does not ask for sources from a file with no commands', async () => {
    expect(await report(write({ 'a.md': '# What is a taxonomy\n\nA tree of skills and knowledge.\n' }))).toBe('');
  });

  it('warns when a review is older than the allowed age, which is configurable', async () => {
    const dir = write({ 'a.md': `---\nsources: [https://docs.brew.sh/Installation]\nreviewed: 2026-01-10\n---\n${COMMANDS}` });
    expect(await report(dir)).toMatch(/^warning a\.md:1 last reviewed 2026-01-10 \(323 days ago, more than 180\)/m);
    expect(await report(dir, '2026-11-29', 365)).toBe('');
    expect(await report(dir, '2026-03-01')).toBe('');
  });

  it('warns when sources are listed but no review date, and rejects a malformed date or source', async () => {
    expect(await report(write({ 'a.md': `---\nsources: https://docs.brew.sh/Installation\n---\n${COMMANDS}` }))).toMatch(/warning a\.md:1 has sources but no reviewed: date/);
    const bad = await report(write({ 'a.md': `---\nsources: [docs.brew.sh]\nreviewed: last week\n---\n# A\n\ntext\n` }));
    expect(bad).toMatch(/front-matter field "sources\.0": expected a URL/);
  });

  it('rejects error signatures that are too short or claimed by two sections', async () => {
    const meta = (errors: string) => `---\nsections:\n  "A":\n    errors: [${errors}]\n---\n# A\n\ntext\n`;
    const text = await report(write({ 'a.md': meta('"command not found: code", "error"'), 'b.md': meta('"Command  not found: CODE"') }));
    expect(text).toMatch(/error a\.md:\d+ errors: "error" is too short/);
    expect(text).toMatch(/error b\.md:\d+ errors: "Command {2}not found: CODE" is also claimed by "A" \(a\.md\)/);
  });

  it('checks python-warnings: a version range and a fix heading in the same file', async () => {
    const text = await report(write({
      'a.md': '---\npython-warnings:\n  - when: ">=3.13"\n    text: Open WebUI needs 3.11 or 3.12\n    fix: Missing heading\n  - when: soon\n    text: x\n    fix: A\n---\n# A\n\ntext\n',
    }));
    expect(text).toMatch(/python-warnings\[0\]\.fix names heading "Missing heading"/);
    expect(text).toMatch(/python-warnings\[1\]\.when "soon" is not a version range/);
  });
});
