import type { SearchResult as MiniResult } from 'minisearch';
import type { Section } from '../knowledge/types.js';
import { documentTerms } from './text.js';

/** The searchable fields of a section, each analysed into index terms. */
export const FIELDS = ['heading', 'aliases', 'keywords', 'path', 'text'] as const;
export type Field = (typeof FIELDS)[number];
export type AnalysedFields = Record<Field, string[]>;

/** Field weights: a section's own heading and its aliases say most about what it answers. */
export const BOOST: Record<Field, number> = { heading: 3, aliases: 3, keywords: 1.5, path: 0.6, text: 1 };
/** Bit per field, to record where a section holds a term. */
export const BIT: Record<Field, number> = { heading: 1, aliases: 2, keywords: 4, path: 8, text: 16 };
/** Fields an organizer chose as names for a section, as opposed to words in passing. */
export const STRONG = BIT.heading | BIT.aliases | BIT.keywords;
export const NAME_FIELDS: readonly Field[] = ['heading', 'aliases', 'keywords'];
/** Fields of the section itself (everything but its parents' headings). */
export const OWN = STRONG | BIT.text;

/** Between names analysed as one text: not a word character, and no phrase pattern crosses it. */
const NAME_SEPARATOR = ' | ';

/** A section's searchable fields, analysed into index terms. */
export function analyseFields(s: Section, memo: Map<string, string[]>): AnalysedFields {
  const parents = s.headings.slice(0, -1);
  if (s.topic && !parents.includes(s.topic) && s.headings.at(-1) !== s.topic) parents.unshift(s.topic);
  // Parent headings and a file's keywords repeat for every section of the file: analyse them
  // once. A section's names are many short strings; analysing them as one text (joined by a mark
  // no phrase of text.ts spans) costs one pass instead of one per name, with the same terms.
  const names = (texts: readonly string[]) => {
    const joined = texts.join(NAME_SEPARATOR);
    let cached = memo.get(joined);
    if (!cached) memo.set(joined, (cached = documentTerms(joined)));
    return cached;
  };
  // Aliases, keywords and context are sets of names: a word repeated across several aliases
  // ("instructlab mac", "instructlab m1") is not more relevant for it, so each counts once.
  const distinct = (terms: string[]) => [...new Set(terms)];
  return {
    heading: names([s.headings.at(-1) ?? '']),
    aliases: distinct(names(s.aliases)),
    keywords: distinct(names(s.keywords)),
    path: distinct(names([...parents, ...s.topicKeywords])),
    text: documentTerms(s.text),
  };
}

/** Where minisearch found each term in a result, as field bits. */
export function fieldsFromMatch(r: MiniResult): Map<string, number> {
  const out = new Map<string, number>();
  for (const [term, fields] of Object.entries(r.match)) out.set(term, fields.reduce((mask, f) => mask | ((BIT as Record<string, number | undefined>)[f] ?? 0), 0));
  return out;
}

/** Where (which fields) a section holds each of the given terms. */
export function fieldsHolding(fields: AnalysedFields, terms: Set<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const field of FIELDS) {
    for (const t of fields[field]) if (terms.has(t)) out.set(t, (out.get(t) ?? 0) | BIT[field]);
  }
  return out;
}
