import { z } from 'zod';
import { answerFromSearch, pickOrSearch, sectionReply } from '../src/core/answer.js';
import { defineCommand } from '../src/core/command.js';
import { boundedText, MAX_QUESTION } from '../src/core/input.js';
import { sectionSuggestions } from '../src/core/suggest.js';

export default defineCommand({
  definition: {
    name: 'answer',
    description: 'TAs: post a pre-work section publicly for a student (pings only that student)',
    kind: 'slash',
    taOnly: true,
    options: [
      { name: 'student', description: 'The student to point to the answer', kind: 'user', required: true },
      { name: 'query', description: 'A topic or question; pick from the list', kind: 'string', required: true, autocomplete: true, maxLength: MAX_QUESTION },
    ],
  },
  input: z.object({
    student: z.string().regex(/^\d{1,20}$/, 'pick a member'),
    query: boundedText(MAX_QUESTION),
  }),
  run({ student, query }, ctx) {
    const result = pickOrSearch(ctx.services.knowledge(), query, 5);
    const section = result.confident ? result.hits[0]?.section : undefined;
    if (!section) {
      // Never post a guess in public with a student's name on it: show the TA the candidates.
      const unsure = answerFromSearch(result, 'private');
      return { ...unsure, actions: [], body: 'No section clearly matches that; pick one from the list as you type, or try other words.' };
    }
    return { ...sectionReply(section, 'public', query), mentionUserId: student, actions: [{ type: 'feedback', sectionId: section.id, query }] };
  },
  autocomplete: (_option, value, ctx) => sectionSuggestions(ctx.services.knowledge(), value),
});
