import { defineComponent } from '../../src/framework/component.js';
import { button, notice, type ReplyButton } from '../../src/framework/reply.js';
import { recordFeedback } from './records.js';

/** 👍/👎 under an answer; a 👎 puts the question on the TAs' /unanswered list. */
export const feedback = defineComponent<{ sectionId: string; query: string; helpful: boolean }, { sectionId: string; query: string | undefined; helpful: boolean }>({
  id: 'feedback',
  encode: ({ sectionId, query, helpful }, memos) => [helpful ? 'up' : 'down', memos.put(query), sectionId],
  parse([vote, key = '', ...rest], memos) {
    const sectionId = rest.join(':');
    if ((vote !== 'up' && vote !== 'down') || !sectionId) return null;
    return { sectionId, query: memos.get(key), helpful: vote === 'up' };
  },
  run({ sectionId, query, helpful }, ctx) {
    recordFeedback(ctx, sectionId, query ?? '', helpful);
    return { type: 'reply', reply: notice(helpful ? 'Thanks! Glad it helped.' : 'Thanks for telling us. A TA will see this question in /unanswered.') };
  },
});

export function feedbackButtons(sectionId: string, query: string): ReplyButton[] {
  return [
    button(feedback, { sectionId, query, helpful: true }, { label: 'Helpful', emoji: '👍' }),
    button(feedback, { sectionId, query, helpful: false }, { label: 'Not helpful', emoji: '👎' }),
  ];
}
