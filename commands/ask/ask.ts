import { defineCommand } from '../../src/framework/command.js';
import { MAX_QUESTION } from '../../src/framework/options.js';
import { askQuestion } from './answer.js';
import { sectionSuggestions } from './suggest.js';

export const ask = defineCommand({
  definition: {
    name: 'ask',
    description: 'Ask a question about the workshop pre-work',
    kind: 'slash',
    visibility: { option: 'public' },
    options: [
      { name: 'question', description: 'Your question, e.g. "how do I install VS Code on my Mac?"', kind: 'string', required: true, autocomplete: true, max: MAX_QUESTION },
      { name: 'public', description: 'Show the answer to everyone in the channel (default: only you)', kind: 'boolean' },
      { name: 'top', description: 'How many results the JSON output lists', kind: 'integer', min: 1, max: 25, hidden: true },
    ],
  },
  run({ question, public: isPublic, top }, ctx) {
    return askQuestion(question, { visibility: isPublic ? 'public' : 'private', top: top ?? 3 }, ctx);
  },
  autocomplete: (_option, value, ctx) => sectionSuggestions(ctx.services.knowledge(), value),
});
