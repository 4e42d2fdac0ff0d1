import type { WordGroup } from './expand.js';
import { FIELDS, NAME_FIELDS, type Field } from './fields.js';
import type { TermStats } from './stats.js';

/**
 * Cost cap of the BM25 pass, in sections scored. Scoring a word that most of 10,000 sections hold
 * costs milliseconds and barely moves the ranking (its IDF is near zero), so past this many
 * postings the commonest words only take part in the re-rank (coverage, names), where they are
 * checked against the few candidates instead of every section. Knowledge of a few hundred
 * sections never reaches the cap, so its answers do not depend on it.
 */
const SCORING_BUDGET = 2500;

export interface ScoringPlan {
  terms: string[];
  fields: Field[];
  /** Whether minisearch saw every term in every field, i.e. its match info alone tells where a candidate holds each word. */
  complete: boolean;
}

/**
 * What the BM25 pass scores: every topic word when that stays within the budget; otherwise the
 * rarest words that fit; and when even the rarest word is everywhere, the words in the fields
 * that name sections, then in headings alone (a section about X has X in its heading), falling
 * back to all fields only when no heading holds any of them.
 */
export function planScoring(topicGroups: WordGroup[], stats: TermStats): ScoringPlan {
  const cost = (g: WordGroup, counts: Map<string, number>) => g.variants.reduce((n, v) => n + (counts.get(v.term) ?? 0), 0);
  const pick = (counts: Map<string, number>) => {
    const byCost = topicGroups.map((g) => ({ g, c: cost(g, counts) })).sort((a, b) => a.c - b.c);
    const terms = new Set<string>();
    let spent = 0;
    let groups = 0;
    for (const { g, c } of byCost) {
      if (spent + c > SCORING_BUDGET) break;
      spent += c;
      groups++;
      for (const v of g.variants) terms.add(v.term);
    }
    return { terms: [...terms], groups, rarest: byCost[0]! };
  };
  const all = pick(stats.sectionCount);
  if (all.groups === topicGroups.length) return { terms: all.terms, fields: [...FIELDS], complete: true };
  if (all.groups > 0) return { terms: all.terms, fields: [...FIELDS], complete: false };
  for (const [counts, fields] of [
    [stats.nameCount, NAME_FIELDS],
    [stats.headingCount, ['heading'] as const],
  ] as const) {
    const named = pick(counts);
    if (named.groups > 0 && named.rarest.c > 0) return { terms: named.terms, fields: [...fields], complete: false };
  }
  return { terms: all.rarest.g.variants.map((v) => v.term), fields: [...FIELDS], complete: false };
}
