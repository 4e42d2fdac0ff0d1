import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { boundedText, MAX_QUESTION } from '../src/core/input.js';
import { answerFromSearch, pickOrSearch, searchPayload } from '../src/core/answer.js';
import { sectionSuggestions } from '../src/core/suggest.js';

export default defineCommand({
  definition: {
    name: 'ask',
    description: 'Ask a question about the workshop pre-work',
    kind: 'slash',
    options: [
      { name: 'question', description: 'Your question, e.g. "how do I install VS Code on my Mac?"', kind: 'string', required: true, autocomplete: true, maxLength: MAX_QUESTION },
      { name: 'public', description: 'Show the answer to everyone in the channel (default: only you)', kind: 'boolean' },
    ],
  },
  input: z.object({
    question: boundedText(MAX_QUESTION),
    public: z.boolean().optional().catch(undefined),
    top: z.number().int().min(1).max(25).optional().catch(undefined),
  }),
  run({ question, public: isPublic, top }, ctx) {
    const result = pickOrSearch(ctx.services.knowledge(), question, top ?? 3);
    if (!result.confident && question.trim()) {
      ctx.services.store.append({ type: 'unanswered', at: new Date().toISOString(), userId: ctx.invoker.id, query: question.trim() });
    }
    const reply = answerFromSearch(result, isPublic ? 'public' : 'private');
    return { ...reply, data: searchPayload(result) };
  },
  autocomplete: (_option, value, ctx) => sectionSuggestions(ctx.services.knowledge(), value),
});
