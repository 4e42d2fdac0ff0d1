import { defineCommand, type TargetMessage } from '../../src/framework/command.js';
import { notice } from '../../src/framework/reply.js';
import { answerForm } from './answer-form.js';
import { MAX_HEADING } from './entry.js';

/**
 * Right-click on a message (a TA's reply, or any message) → "Save as pre-work answer": a form
 * prefilled with the student's question the message replies to as the heading and the students'
 * wording, and the message text as the answer.
 */
export const saveAnswer = defineCommand({
  definition: {
    name: 'Save as pre-work answer',
    description: '',
    kind: 'message',
    taOnly: true,
    options: [{ name: 'message', description: 'The text of the message', kind: 'string', max: 4000 }],
  },
  form: (_raw, target) => (target ? answerForm(prefillFrom(target)) : undefined),
  // Reached only where there are no forms (or by someone who is not a TA, refused before this).
  run: () => notice('On Discord, right-click a message → Apps → "Save as pre-work answer" opens the form.'),
});

export function prefillFrom(target: TargetMessage) {
  const question = target.replyTo ? withoutMentions(target.replyTo.content) : '';
  return {
    heading: question ? headingFrom(question) : '',
    body: target.content,
    aliases: question ? [question.replace(/\s+/g, ' ').slice(0, 200)] : [],
    source: target.link,
    author: target.author.name,
  };
}

/** A question as a heading: the whole question when short, else its first sentence that asks, else its start. */
function headingFrom(question: string): string {
  const flat = question.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_HEADING) return flat;
  const asking = flat.split(/(?<=[?.!])\s+/).find((s) => s.endsWith('?') && s.length <= MAX_HEADING);
  return asking ?? flat.slice(0, MAX_HEADING);
}

/** "@bot how do I…" asks "how do I…". */
function withoutMentions(text: string): string {
  return text.replace(/<@[!&]?\d+>/g, ' ').trim();
}
