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

/** What a student gets first for `message`: the top section's heading, why, and whether the bot answers on its own. */
export function firstAnswer(index: KnowledgeIndex, message: string): { heading: string | undefined; reason: string; confident: boolean } {
  const r = index.search(message, 3);
  return { heading: r.hits[0]?.section.headings.at(-1), reason: r.reason, confident: r.confident };
}

/** firstAnswer's value when a section's declared error signature answers the message. */
export const signatureAnswer = (heading: string) => ({ heading, reason: 'error-signature', confident: true });
