import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredReplyKeys } from '../../commands/python-check/reply-keys.js';
import { composeEntry, type EntryDraft } from '../../commands/ta/entry.js';
import { exportLearned } from '../../commands/ta/export-learned.js';
import { checkKnowledge } from '../../src/knowledge/check.js';
import { parseMarkdownFile } from '../../src/knowledge/sections.js';
import { KnowledgeIndex } from '../../src/search/index.js';
import type { LearnedFile } from '../../src/store/learned.js';
import { KNOWLEDGE_DIR } from '../helpers/knowledge.js';

const file = (name: string, draft: Partial<EntryDraft>, day: string): LearnedFile => ({
  name,
  content: composeEntry({ heading: 'Q', body: 'A', aliases: [], author: 'Ana', reviewed: day, ...draft }),
  modified: new Date(`${day}T10:00:00Z`),
});

const FILES = [
  file('gpu.md', { heading: 'How do I get a GPU quota on the cloud?', body: 'Ask a TA for a cloud lab account.', aliases: ['gpu quota cloud lab'], source: 'https://discord.com/channels/1/2/3' }, '2026-11-28'),
  file('gpu-2.md', { heading: 'How do I get a GPU quota on the cloud?', body: 'Check it:\n```\nnvidia-smi\n```\nhttps://docs.example.org/gpu', author: 'Bo -- TA' }, '2026-11-29'),
  file('chromebook.md', { heading: 'Is my Chromebook fast enough for ilab?', body: 'No; use the cloud lab.' }, '2026-11-29'),
];

describe('export of saved answers', () => {
  it('is one knowledge file: each answer a section with its wordings as aliases, duplicate headings numbered', () => {
    const md = exportLearned(FILES);
    const parsed = parseMarkdownFile('learned-answers.md', md);
    expect(parsed.problems).toEqual([]);
    expect(parsed.sections.map((s) => s.headings.join(' › '))).toEqual(['How do I get a GPU quota on the cloud?', 'How do I get a GPU quota on the cloud? (2)', 'Is my Chromebook fast enough for ilab?']);
    expect(parsed.sections[0]!.aliases).toEqual(['gpu quota cloud lab']);
    expect(parsed.meta).toMatchObject({ reviewed: '2026-11-28', sources: ['https://docs.example.org/gpu'] });
    // Where each came from stays in the file, hidden from students.
    expect(md).toContain('<!-- gpu.md, from https://discord.com/channels/1/2/3, by Ana, saved 2026-11-28 -->');
    expect(md).toContain('by Bo - TA');
    expect(parsed.sections[0]!.text).toBe('Ask a TA for a cloud lab account.');
    // Searchable as knowledge: the wording saved as an alias finds its answer.
    const index = KnowledgeIndex.build(parsed.sections);
    expect(index.search('gpu quota cloud lab', 1).hits[0]?.section.headings[0]).toBe('How do I get a GPU quota on the cloud?');
  });

  it('passes `npm run check:knowledge` dropped into knowledge/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-export-'));
    cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'learned-answers.md'), exportLearned(FILES));
    const report = await checkKnowledge(dir, { requiredReplyKeys: requiredReplyKeys(), today: new Date('2026-11-30T00:00:00Z') });
    expect(report.problems.filter((p) => p.source === 'learned-answers.md')).toEqual([]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
