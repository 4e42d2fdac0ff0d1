import { defineCommand } from '../../src/framework/command.js';
import { MAX_QUESTION } from '../../src/framework/options.js';
import { askQuestion } from './answer.js';
import { askScreenshot } from './screenshot.js';
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
      // The CLI's --image: on Discord a screenshot comes with a message or to /check-python.
      { name: 'image', description: 'Screenshots whose text is the question', kind: 'image', hidden: true },
    ],
  },
  run({ question, public: isPublic, top, image }, ctx) {
    const visibility = isPublic ? 'public' : 'private';
    if (image.length) return askScreenshot(question, image, visibility, top ?? 3, ctx);
    return askQuestion(question, { visibility, top: top ?? 3 }, ctx);
  },
  autocomplete: (_option, value, ctx) => sectionSuggestions(ctx.services.knowledge(), value),
});
