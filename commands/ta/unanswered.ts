import { defineCommand } from '../../src/framework/command.js';
import { worklistReply } from './worklist.js';

export const unanswered = defineCommand({
  definition: {
    name: 'unanswered',
    description: 'TAs: questions the bot could not answer, grouped, to answer once or dismiss',
    kind: 'slash',
    taOnly: true,
    options: [],
  },
  run: (_input, ctx) => worklistReply(ctx),
});
