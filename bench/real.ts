/**
 * Real people's text (eval/real/, collected from public issues and threads with their sources):
 * the measure the workshop cares about. For each system: right section first / in the top 3,
 * right & confident (of answerable questions), confident & wrong (of all questions: a wrong
 * section, or an out-of-scope question answered), out-of-scope left unanswered. Then the
 * reliability of our `confident` flag: confident answers right or wrong, and for unsure ones
 * whether the top hit would have been right. Scored as shared/tools/eval.mjs's coverage mode.
 */
import { join } from 'node:path';
import type { CoverageQuestion } from './corpus.js';
import { readIfExists, ROOT } from './corpus.js';
import { holds } from './quality.js';
import type { BuiltSystem } from './systems.js';

export const REAL_QUESTIONS = join(ROOT, 'eval', 'real', 'questions.jsonl');

export interface RealScore {
  top1: number;
  top3: number;
  rightConfident: number;
  confidentWrong: number;
  outOfScopeRejected: number;
  inScope: number;
  outOfScope: number;
  /** Counts of questions: what the top hit was, by whether the bot was confident. */
  reliability: Record<'confident' | 'unsure', { right: number; wrong: number; outOfScope: number }>;
}

export function readRealQuestions(): CoverageQuestion[] | null {
  return readIfExists<CoverageQuestion>(REAL_QUESTIONS);
}

export function scoreReal(system: BuiltSystem, questions: readonly CoverageQuestion[]): RealScore {
  let top1 = 0;
  let top3 = 0;
  let inScope = 0;
  let outOfScope = 0;
  let rejected = 0;
  let inScopeConfidentRight = 0;
  const rel = { confident: { right: 0, wrong: 0, outOfScope: 0 }, unsure: { right: 0, wrong: 0, outOfScope: 0 } };
  for (const q of questions) {
    // As the eval tool sends them: one line per question.
    const answer = system.search(q.q.replace(/\s*\n\s*/g, ' '));
    const texts = answer.sections.map((s) => `${s.headings.join(' ')}\n${s.text}`);
    if (q.all.length === 0) {
      outOfScope++;
      // As eval.mjs: an out-of-scope line may name what a confident answer would have to hold
      // to be right anyway ("or": a topic the knowledge has grown to cover).
      const covered = answer.confident && q.or !== undefined && texts[0] !== undefined && holds(texts[0], { q: q.q, all: q.or });
      if (!answer.confident || covered) rejected++;
      // Counted with the right answers in the reliability table, not in right & confident (in scope only).
      if (covered) rel.confident.right++;
      else rel[answer.confident ? 'confident' : 'unsure'].outOfScope++;
      continue;
    }
    inScope++;
    const first = texts[0] !== undefined && holds(texts[0], q);
    if (first) top1++;
    if (texts.some((t) => holds(t, q))) top3++;
    rel[answer.confident ? 'confident' : 'unsure'][first ? 'right' : 'wrong']++;
    if (answer.confident && first) inScopeConfidentRight++;
  }
  return {
    top1: top1 / inScope,
    top3: top3 / inScope,
    rightConfident: inScopeConfidentRight / inScope,
    confidentWrong: (rel.confident.wrong + rel.confident.outOfScope) / questions.length,
    outOfScopeRejected: outOfScope ? rejected / outOfScope : Number.NaN,
    inScope,
    outOfScope,
    reliability: rel,
  };
}
