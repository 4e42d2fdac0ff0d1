import { loadKnowledge } from '../../src/knowledge/load.js';
import { parseMarkdownFile } from '../../src/knowledge/sections.js';
import { KnowledgeIndex } from '../../src/search/index.js';

export const KNOWLEDGE_DIR = new URL('../../knowledge/', import.meta.url).pathname;

/** The seed page alone, as the ask evaluation indexes it. */
export async function seedIndex(): Promise<KnowledgeIndex> {
  const loaded = await loadKnowledge(KNOWLEDGE_DIR);
  return KnowledgeIndex.build(loaded.sections.filter((s) => s.source === 'pre-work.md'));
}

export async function fullIndex(): Promise<KnowledgeIndex> {
  return KnowledgeIndex.build((await loadKnowledge(KNOWLEDGE_DIR)).sections);
}

/** An index over a few in-memory markdown files: `{ 'a.md': '# ...' }`. */
export function indexOf(files: Record<string, string>): KnowledgeIndex {
  const taken = new Set<string>();
  return KnowledgeIndex.build(Object.entries(files).flatMap(([name, md]) => parseMarkdownFile(name, md, taken).sections));
}
