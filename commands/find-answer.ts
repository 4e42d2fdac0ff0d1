import { z } from 'zod';
import { answerFromSearch } from '../src/core/answer.js';
import { defineCommand } from '../src/core/command.js';
import { boundedText, MAX_QUESTION } from '../src/core/input.js';

/** Right-click on a student's message → the best pre-work answer, posted as a reply to it. */
export default defineCommand({
  definition: {
    name: 'Find pre-work answer',
    description: '',
    kind: 'message',
    taOnly: true,
    options: [],
  },
  input: z.object({ message: boundedText(MAX_QUESTION * 4) }),
  run({ message }, ctx) {
    const result = ctx.services.knowledge().search(message, 5);
    const reply = answerFromSearch(result, 'public');
    if (reply.kind === 'answer') return { ...reply, actions: reply.actions?.filter((a) => a.type !== 'share') };
    // Not sure: only the TA sees the candidates, and nothing is posted under the student's question.
    return { ...reply, visibility: 'private', actions: [] };
  },
});
