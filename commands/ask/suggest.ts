import type { Choice } from '../../src/framework/command.js';
import { DISCORD, truncate } from '../../src/framework/limits.js';
import type { KnowledgeIndex } from '../../src/search/index.js';
import { headingPath } from './section.js';

/** Autocomplete choices: the section's heading path as the name (its end when too long), its id as the value. */
export function sectionSuggestions(index: KnowledgeIndex, typed: string): Choice[] {
  return index.suggest(typed, DISCORD.choices).map((s) => ({ name: truncate(headingPath(s), DISCORD.choiceName, { keep: 'end' }), value: s.id }));
}
