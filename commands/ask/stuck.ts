import { defineComponent } from '../../src/framework/component.js';
import { button, type ReplyButton } from '../../src/framework/reply.js';
import { pingTa } from './ask-ta.js';
import { recordUnanswered } from './records.js';

/** "Still need help" under a help-channel answer: the question goes to /unanswered and a TA is pinged. */
export const stuck = defineComponent<{ question: string }, { key: string; question: string | undefined }>({
  id: 'stuck',
  encode: ({ question }, memos) => [memos.put(question)],
  parse: ([key = ''], memos) => ({ key, question: memos.get(key) }),
  run(asked, ctx) {
    if (asked.question) recordUnanswered(ctx, asked.question);
    return pingTa(asked, ctx);
  },
});

export function stuckButton(question: string): ReplyButton {
  return button(stuck, { question }, { label: 'Still need help', emoji: '🙋' });
}
