import type { Section } from '../knowledge/types.js';
import type { WordGroup } from './expand.js';
import { FIELDS, OWN, STRONG, type AnalysedFields } from './fields.js';
import { OS_WORDS } from './text.js';

export interface SearchHit {
  section: Section;
  score: number;
  /** Share of the question's topic words found in this section (0..1). */
  coverage: number;
}

export interface RankedHit extends SearchHit {
  n: number;
  /** Whether a topic word matched the section itself, not only its parents' headings. */
  ownMatch: boolean;
  onlyTypos: boolean;
  strongMatch: boolean;
  matchedWords: Set<string>;
}

/** Bonus for each question word (typed, or the implicit "what" of a bare topic) the heading holds. */
const QUESTION_IN_HEADING = 1;
/** How well a section's name must match a one-word question for the word to be its subject. */
const SALIENT_NAME_MATCH = 0.2;
const SHORT_HEADING = 3;
/** An operating-system word qualifies the question: half a word toward coverage. */
export const QUALIFIER_WEIGHT = 0.5;
/** Typo repairs count a little less toward coverage: we guessed the word. */
const TYPO_COVERAGE = 0.75;
/** A word found only in a parent's heading is context, not content: it counts half. */
const PATH_ONLY_COVERAGE = 0.5;

/** Operating-system words qualify a name or question rather than say what it is about. */
function nameWeight(term: string): number {
  return OS_WORDS.has(term) ? QUALIFIER_WEIGHT : 1;
}

/**
 * How well the question and one of the section's names (heading or alias) say the same thing:
 * the share of the name's words asked times the share of the question's words in the name,
 * best over all names. "What is InstructLab?" names "what is instructlab" exactly; an alias
 * "what is a taxonomy in instructlab" only partly.
 */
export function nameMatch(names: readonly Set<string>[], question: Set<string>, asked: Set<string>): number {
  if (!question.size) return 0;
  let questionWeight = 0;
  for (const t of question) questionWeight += nameWeight(t);
  let best = 0;
  for (const name of names) {
    let nameHits = 0;
    for (const t of name) if (asked.has(t)) nameHits++;
    // Only the question's OS words are discounted: a name's OS word says which section it is.
    let questionHits = 0;
    for (const t of question) if (name.has(t)) questionHits += nameWeight(t);
    best = Math.max(best, (nameHits / name.size) * (questionHits / questionWeight));
  }
  return best;
}

/** The largest share of the question's topic words (or their variants) one of the section's names holds. */
export function topicWordsNamed(names: readonly Set<string>[], topicGroups: readonly WordGroup[]): number {
  if (!topicGroups.length) return 0;
  let best = 0;
  for (const name of names) {
    const held = topicGroups.filter((g) => g.variants.some((v) => name.has(v.term))).length;
    best = Math.max(best, held / topicGroups.length);
  }
  return best;
}

/** A name this long or longer, said word for word in a message, names the section (confidence.ts). */
const FULL_NAME_WORDS = 3;

/** Whether every word of one of the section's names (of FULL_NAME_WORDS or more) was asked. */
export function namedInFull(names: readonly Set<string>[], asked: Set<string>): boolean {
  return names.some((name) => name.size >= FULL_NAME_WORDS && [...name].every((t) => asked.has(t)));
}

/**
 * "Why InstructLab" and "How does InstructLab work?" differ only in their question word, so a
 * heading holding the question's what/why/how is favoured.
 */
export function askedInHeading(names: readonly Set<string>[], groups: WordGroup[]): number {
  const heading = names[0];
  let factor = 1;
  if (!heading) return factor;
  for (const g of groups) if ((g.word.role === 'question' || g.word.role === 'context') && heading.has(g.word.term)) factor += QUESTION_IN_HEADING;
  return factor;
}

/**
 * Whether a one-word question's word is what the section is about rather than a word in passing
 * ("life" in "Python release dates and end of life", "instructor" mentioned once): the section
 * is named for it, or uses it more than once.
 */
export function isSalient(names: readonly Set<string>[], fields: AnalysedFields, group: WordGroup, question: Set<string>, asked: Set<string>): boolean {
  // A version or other number is specific by nature: "is 3.12 fine" means the page's 3.12.
  if (/\d/.test(group.word.term)) return true;
  if (nameMatch(names, question, asked) >= SALIENT_NAME_MATCH) return true;
  const terms = new Set(group.variants.map((v) => v.term));
  // A short heading holding the word (or its synonym) is about it: "Pre-work" for "prep".
  const heading = names[0];
  if (heading && heading.size <= SHORT_HEADING && group.variants.some((v) => heading.has(v.term))) return true;
  let uses = 0;
  for (const field of FIELDS) for (const t of fields[field]) if (terms.has(t) && ++uses >= 2) return true;
  return false;
}

/** Coverage and match kinds of one candidate, from where it holds each question term. */
export function toHit(n: number, section: Section, score: number, topicGroups: WordGroup[], where: Map<string, number>): RankedHit {
  const matchedWords = new Set<string>();
  let covered = 0;
  let ownMatch = false;
  let strongMatch = false;
  let exact = false;
  let total = 0;
  for (const g of topicGroups) {
    const weight = (g.word.qualifier ? QUALIFIER_WEIGHT : 1) * g.word.salience;
    total += weight;
    const hit = g.variants.filter((v) => where.has(v.term));
    if (!hit.length) continue;
    matchedWords.add(g.word.term);
    const untyped = hit.some((v) => !v.typo);
    const own = hit.some((v) => (where.get(v.term)! & OWN) !== 0);
    exact ||= untyped;
    ownMatch ||= own;
    strongMatch ||= hit.some((v) => !v.typo && (where.get(v.term)! & STRONG) !== 0);
    covered += weight * (untyped ? 1 : TYPO_COVERAGE) * (own ? 1 : PATH_ONLY_COVERAGE);
  }
  return { n, section, score, coverage: covered / total, ownMatch, strongMatch, onlyTypos: !exact, matchedWords };
}
