import { defineCommand } from '../../src/framework/command.js';
import { MAX_QUESTION } from '../../src/framework/options.js';
import { answerFromSearch } from './answer.js';

/** Right-click on a student's message → the best pre-work answer, posted as a reply to it. */
export const findAnswer = defineCommand({
  definition: {
    name: 'Find pre-work answer',
    description: '',
    kind: 'message',
    taOnly: true,
    visibility: 'public',
    options: [{ name: 'message', description: 'The text of the message', kind: 'string', max: MAX_QUESTION * 4 }],
  },
  run({ message }, ctx) {
    const result = ctx.services.knowledge().search(message, 5);
    const reply = answerFromSearch(result, 'public');
    // Posted under the student's message: sharing has nothing to add there.
    if (reply.kind === 'answer') return { ...reply, buttons: reply.buttons?.filter((b) => !b.privateOnly) };
    // Not sure: only the TA sees the candidates, and nothing is posted under the student's question.
    return { ...reply, visibility: 'private', buttons: [] };
  },
});
