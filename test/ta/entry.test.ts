import { describe, expect, it } from 'vitest';
import { checkEntry, composeEntry, inertBody, inertLine, urlsIn, type EntryDraft } from '../../commands/ta/entry.js';
import { parseMarkdownFile } from '../../src/knowledge/sections.js';
import { indexOf } from '../helpers/knowledge.js';

const draft = (over: Partial<EntryDraft> = {}): EntryDraft => ({
  heading: 'How do I get a GPU quota on the cloud?',
  body: 'Ask a TA for a cloud lab account; each comes with one GPU.',
  aliases: ['gpu quota cloud'],
  source: 'https://discord.com/channels/1/2/3',
  author: 'Ana',
  reviewed: '2026-11-29',
  ...over,
});

describe('a saved answer as a knowledge file', () => {
  it('has the front-matter the loader reads and exactly one section', () => {
    const md = composeEntry(draft({ body: 'See https://cloud.example.org/gpu. Then:\n```bash\n# a comment, not a heading\nnvidia-smi\n```' }));
    const parsed = parseMarkdownFile('learned/x.md', md);
    expect(parsed.problems).toEqual([]);
    expect(parsed.sections).toHaveLength(1);
    const [section] = parsed.sections;
    expect(section!.headings).toEqual(['How do I get a GPU quota on the cloud?']);
    expect(section!.text).toContain('# a comment, not a heading\nnvidia-smi');
    expect(section!.sources).toEqual(['https://cloud.example.org/gpu']);
    expect(section!.aliases).toEqual(['gpu quota cloud']);
    expect(parsed.meta).toMatchObject({ source: 'https://discord.com/channels/1/2/3', author: 'Ana', reviewed: '2026-11-29' });
  });

  it('keeps markdown that would split the file or break out of it inert', () => {
    const md = composeEntry(draft({ heading: '## <@123> @everyone fix ##', body: '# Step 1\nrun it\nStep 2\n---\n===\n```\nunclosed fence', aliases: ['@here what', '<@123> @everyone FIX'] }));
    const parsed = parseMarkdownFile('learned/x.md', md);
    expect(parsed.sections).toHaveLength(1);
    expect(parsed.sections[0]!.headings[0]).toBe('<\u200b@123> @\u200beveryone fix');
    expect(parsed.sections[0]!.text).toContain('\\# Step 1');
    expect(parsed.sections[0]!.text.endsWith('unclosed fence\n```')).toBe(true);
    // The heading itself is not repeated as an alias; a mention in one is made inert.
    expect(parsed.sections[0]!.aliases).toEqual(['@\u200bhere what']);
    expect(md).not.toMatch(/@everyone|@here|<@\d/);
  });

  it('makes the students\' wordings names of the answer: a wording sharing little with the heading is answered', () => {
    const md = composeEntry(draft({ aliases: ['can I borrow a graphics card for training'] }));
    const index = indexOf({ 'learned/gpu.md': md, 'other.md': '# Train a model\n\nTraining runs with ilab model train on your laptop.\n' });
    const result = index.search('can I borrow a graphics card for training?', 1);
    expect(result.confident).toBe(true);
    expect(result.hits[0]!.section.source).toBe('learned/gpu.md');
  });

  it('cuts single lines without splitting an emoji and flattens them', () => {
    expect(inertLine('a\n b\t\tc')).toBe('a b c');
    const long = inertLine('x'.repeat(199) + '🐍🐍');
    expect(long).toBe('x'.repeat(199));
    expect(inertBody('\n\n  code\n')).toBe('  code');
  });

  it('finds the links in an answer, without trailing punctuation', () => {
    expect(urlsIn('See https://a.example/x. Or (https://b.example/y), https://a.example/x!')).toEqual(['https://a.example/x', 'https://b.example/y']);
  });

  it('passes the knowledge check when well formed, and reports what the check rejects', async () => {
    const ok = draft();
    expect(await checkEntry(composeEntry(ok), ok)).toEqual({ errors: [], warnings: [] });

    const commands = draft({ body: 'Run:\n```\nnvidia-smi\n```' });
    const noSources = await checkEntry(composeEntry(commands), commands);
    expect(noSources.errors.join('\n')).toMatch(/shows commands .* but has no sources/);

    const link = draft({ body: 'See [the other page](python-windows.md).' });
    expect((await checkEntry(composeEntry(link), link)).errors.join('\n')).toMatch(/no such file python-windows\.md/);

    const empty = draft({ heading: '###', body: '  \n ' });
    expect((await checkEntry(composeEntry(empty), empty)).errors).toEqual(expect.arrayContaining(['the question (heading) is empty', 'the answer is empty']));
  });
});
