import { isLearned } from '../../src/search/sources.js';
import type { KnowledgeIndex } from '../../src/search/index.js';
import type { OpenQuestion } from '../../src/store/types.js';

export interface QuestionGroup {
  /** The section the bot's search puts nearest to these questions ('' when none is near). */
  sectionId: string;
  nearest: string | undefined;
  questions: OpenQuestion[];
  /** Times asked, all wordings together. */
  count: number;
}

/**
 * /unanswered as a worklist: the open questions grouped by the section the bot's own search ranks
 * first for each, so ten wordings of one new question make one line to answer once. A question
 * the bot now answers confidently from a saved answer (or, for one it could not answer, from
 * updated knowledge) has left the list; that is computed here, at listing time.
 */
export function groupQuestions(open: readonly OpenQuestion[], index: KnowledgeIndex): { groups: QuestionGroup[]; answered: number } {
  const groups = new Map<string, QuestionGroup>();
  let answered = 0;
  for (const q of open) {
    const result = index.search(q.query, 1);
    const top = result.hits[0]?.section;
    const nowAnswered = result.confident && top !== undefined && (q.kind === 'unanswered' || (isLearned(top.source) && top.id !== q.sectionId));
    if (nowAnswered) {
      answered++;
      continue;
    }
    const key = top?.id ?? '';
    const group = groups.get(key) ?? { sectionId: key, nearest: top?.headings.join(' › '), questions: [], count: 0 };
    group.questions.push(q);
    group.count += q.count;
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => b.count - a.count || b.questions.length - a.questions.length);
  for (const g of sorted) g.questions.sort((a, b) => b.count - a.count);
  return { groups: sorted, answered };
}
