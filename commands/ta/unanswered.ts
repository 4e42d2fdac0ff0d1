import { defineCommand } from '../../src/framework/command.js';
import { quoteUserText } from '../../src/framework/safe-text.js';

const LISTED = 20;

export const unanswered = defineCommand({
  definition: {
    name: 'unanswered',
    description: 'TAs: questions the bot could not answer and answers marked 👎, most frequent first',
    kind: 'slash',
    taOnly: true,
    options: [],
  },
  run(_input, ctx) {
    const open = ctx.services.store.openQuestions(LISTED);
    if (!open.length) {
      return { kind: 'info', title: 'Unanswered questions', body: 'Nothing yet: every question so far got an answer nobody marked 👎.', visibility: 'private' };
    }
    const lines = open.map((q) => `• ${q.count}× ${q.kind === 'unhelpful' ? '👎 ' : ''}"${quoteUserText(q.query, 150)}"${q.sectionId ? ` → ${q.sectionId}` : ''}`);
    return {
      kind: 'info',
      title: 'Unanswered questions',
      body: lines.join('\n'),
      visibility: 'private',
      data: { questions: open },
    };
  },
});
