import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/knowledge/sections.js';
import { KnowledgeIndex } from '../../src/search/index.js';

/** A workshop page in another site generator's dialect: foreign front-matter, admonitions. */
const page = readFileSync(new URL('../fixtures/pages/workshop-v2.md', import.meta.url), 'utf8');
const parsed = parseMarkdownFile('workshop-v2.md', page);
const index = KnowledgeIndex.build(parsed.sections);
const top = (q: string) => index.search(q, 3).hits[0]?.section.headings.at(-1);

describe('a real page indexed as it is', () => {
  it('accepts foreign front-matter fields and keeps admonition text', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.sections[0]!.headings).toEqual(['Pre-work']);
    expect(parsed.sections[0]!.text).toContain('venue Wi-Fi is slow');
    expect(parsed.sections.find((s) => s.headings.at(-1) === 'Install Python')!.text).toContain('> [!TIP]');
    expect(parsed.sections.every((s) => !s.text.includes('sidebar_position'))).toBe(true);
  });

  it.each([
    ['how do I install ollama', 'Install Ollama'],
    ['download the granite model before the workshop', 'Pull the model ahead of time'],
    ['which editor should I use', 'Choose an IDE'],
    ['what is anythingllm', 'AnythingLLM'],
    ['open-webui serve', 'Open WebUI'],
    ['ai code assistant in vs code', 'Continue extension'],
    ['pycharm', 'Choose an IDE'],
  ])('%s -> %s', (q, want) => {
    expect(top(q)).toBe(want);
  });

  it('stays unsure about off-topic questions', () => {
    for (const q of ['is the wifi good at the venue', 'do I need docker', 'where is the nearest train station']) expect(index.search(q, 3).confident, q).toBe(false);
  });
});
