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
});
