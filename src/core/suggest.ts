import type { KnowledgeIndex } from '../search/index.js';
import type { Choice } from './command.js';

/** Autocomplete choices: the section's heading path as the name (≤ 100 chars), its id as the value. */
export function sectionSuggestions(index: KnowledgeIndex, typed: string): Choice[] {
  return index.suggest(typed, 25).map((s) => {
    const path = s.headings.join(' › ');
    return { name: path.length > 100 ? '…' + path.slice(-99) : path, value: s.id };
  });
}
