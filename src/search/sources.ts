import { loadKnowledge, type LoadedKnowledge } from '../knowledge/load.js';
import { parseMarkdownFile } from '../knowledge/sections.js';
import { LearnedFolder } from '../store/learned.js';

/** Where answers TAs saved appear among the knowledge's sources: `learned/<file>.md`. */
export const LEARNED_PREFIX = 'learned/';

export function isLearned(source: string): boolean {
  return source.startsWith(LEARNED_PREFIX);
}

/**
 * The knowledge folder and, beside it, the folder of answers TAs saved, as one load: the saved
 * answers get sources `learned/<file>.md` and ids that cannot collide with the folder's, so one
 * index serves both and a reload treats them alike.
 */
export async function loadAllKnowledge(dir: string, learned: LearnedFolder | null): Promise<LoadedKnowledge> {
  const loaded = await loadKnowledge(dir);
  if (!learned) return loaded;
  const taken = new Set(loaded.sections.map((s) => s.id));
  for (const file of await learned.list()) {
    const source = LEARNED_PREFIX + file.name;
    const parsed = parseMarkdownFile(source, file.content, taken);
    loaded.files.push(source);
    loaded.sections.push(...parsed.sections);
    loaded.problems.push(...parsed.problems);
    loaded.links.push(...parsed.links);
    loaded.meta.set(source, parsed.meta);
  }
  return loaded;
}
