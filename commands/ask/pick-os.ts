import { defineComponent } from '../../src/framework/component.js';
import { button, notice, type ReplyButton } from '../../src/framework/reply.js';
import { isKnownOs } from '../../src/python/os.js';
import { OS_LABELS, OSES, type KnownOs } from '../../src/python/types.js';
import { sectionReply } from './section-reply.js';
import { unsureReply } from './unsure.js';

/**
 * macOS / Windows / Linux under a "depends on your operating system" reply: asks the same question
 * for that OS and shows the answer in place of the "not sure".
 */
export const pickOs = defineComponent<{ question: string; os: KnownOs }, { question: string | undefined; os: KnownOs }>({
  id: 'pick-os',
  encode: ({ question, os }, memos) => [os, memos.put(question)],
  parse: ([os = '', key = ''], memos) => (isKnownOs(os) ? { os, question: memos.get(key) } : null),
  run({ question, os }, ctx) {
    if (question === undefined) return { type: 'reply', reply: notice('That question has expired; ask it again and say your operating system.') };
    const asked = `${question} on ${OS_LABELS[os]}`;
    const result = ctx.services.knowledge().search(asked, 5);
    const best = result.hits[0];
    return { type: 'update', reply: result.confident && best ? sectionReply(best.section, 'private', asked) : unsureReply(result, []) };
  },
});

export function pickOsButtons(question: string): ReplyButton[] {
  return OSES.map((os) =>
    button(pickOs, { question, os }, { label: OS_LABELS[os], style: 'primary', hint: 'Ask again with your operating system, e.g. "… on Windows" or "… on a Mac".' }),
  );
}
