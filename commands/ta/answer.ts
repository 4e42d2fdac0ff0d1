import { defineCommand } from '../../src/framework/command.js';
import { MAX_QUESTION } from '../../src/framework/options.js';
import { answerFromSearch, pickOrSearch } from '../ask/answer.js';
import { feedbackButtons } from '../ask/feedback.js';
import { moreButton } from '../ask/more.js';
import { sectionView } from '../ask/section.js';
import { sectionSuggestions } from '../ask/suggest.js';

export const answer = defineCommand({
  definition: {
    name: 'answer',
    description: 'TAs: post a pre-work section publicly for a student (pings only that student)',
    kind: 'slash',
    taOnly: true,
    visibility: 'public',
    options: [
      { name: 'student', description: 'The student to point to the answer', kind: 'user', required: true },
      { name: 'query', description: 'A topic or question; pick from the list', kind: 'string', required: true, autocomplete: true, max: MAX_QUESTION },
    ],
  },
  run({ student, query }, ctx) {
    const result = pickOrSearch(ctx.services.knowledge(), query, 5);
    const section = result.confident ? result.hits[0]?.section : undefined;
    if (!section) {
      // Never post a guess in public with a student's name on it: show the TA the candidates.
      const unsure = answerFromSearch(result, 'private');
      return { ...unsure, buttons: [], body: 'No section clearly matches that; pick one from the list as you type, or try other words.' };
    }
    return {
      ...sectionView(section, 'public'),
      mention: { user: student },
      buttons: feedbackButtons(section.id, query),
      continuation: (part) => moreButton(section.id, part),
    };
  },
  autocomplete: (_option, value, ctx) => sectionSuggestions(ctx.services.knowledge(), value),
});
