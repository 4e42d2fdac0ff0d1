/**
 * Answer quality with the scoring definitions of shared/tools/eval.mjs: leaf headings compared
 * after `norm`; R@1, R@3 and MRR over in-scope questions; off-topic rejected = share of the
 * questions with no expected heading that the system was not confident about; coverage questions
 * hold when every group has one alternative in the result's heading path + text.
 */
import type { Section } from '../src/knowledge/types.js';
import type { CoverageQuestion, RankedQuestion } from './corpus.js';
import type { BuiltSystem } from './systems.js';

export interface QualityScore {
  r1: number;
  r3: number;
  mrr: number;
  /** NaN when the set has no off-topic question. */
  rejected: number;
  questions: number;
}

export const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const leaf = (s: Section): string => s.headings[s.headings.length - 1] ?? '';

export function scoreRanked(system: BuiltSystem, questions: readonly RankedQuestion[]): QualityScore {
  let r1 = 0;
  let r3 = 0;
  let mrr = 0;
  let inDomain = 0;
  let off = 0;
  let rejected = 0;
  for (const q of questions) {
    const answer = system.search(q.q);
    if (q.expect.length === 0) {
      off++;
      if (!answer.confident) rejected++;
      continue;
    }
    inDomain++;
    const want = q.expect.map(norm);
    const rank = answer.sections.map((s) => norm(leaf(s))).findIndex((l) => want.includes(l));
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 3) r3++;
    if (rank >= 0) mrr += 1 / (rank + 1);
  }
  return { r1: r1 / inDomain, r3: r3 / inDomain, mrr: mrr / inDomain, rejected: off ? rejected / off : Number.NaN, questions: questions.length };
}

export const holds = (text: string, q: CoverageQuestion): boolean =>
  q.all.every((group) => group.some((alt) => text.toLowerCase().includes(alt.toLowerCase())));

/** Coverage: R@1 / R@3 are eval.mjs's "answer in top-1 / top-3"; MRR uses the same test. */
export function scoreCoverage(system: BuiltSystem, questions: readonly CoverageQuestion[]): QualityScore {
  let r1 = 0;
  let r3 = 0;
  let mrr = 0;
  for (const q of questions) {
    const texts = system.search(q.q).sections.map((s) => `${s.headings.join(' ')}\n${s.text}`);
    const rank = texts.findIndex((t) => holds(t, q));
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 3) r3++;
    if (rank >= 0) mrr += 1 / (rank + 1);
  }
  const n = questions.length;
  return { r1: r1 / n, r3: r3 / n, mrr: mrr / n, rejected: Number.NaN, questions: n };
}
