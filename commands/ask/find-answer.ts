import { defineCommand } from '../../src/framework/command.js';
import { MAX_QUESTION } from '../../src/framework/options.js';
import { findAnswerReply } from './answer.js';
import { answerScreenshot } from './screenshot.js';

/** Right-click on a student's message → the best pre-work answer, posted as a reply to it. */
export const findAnswer = defineCommand({
  definition: {
    name: 'Find pre-work answer',
    description: '',
    kind: 'message',
    taOnly: true,
    visibility: 'public',
    options: [
      { name: 'message', description: 'The text of the message', kind: 'string', max: MAX_QUESTION * 4 },
      { name: 'image', description: 'The images attached to the message', kind: 'image' },
    ],
  },
  run({ message, image }, ctx) {
    // A TA pointed at this message: its screenshot is read whatever text comes with it.
    if (image.length) return answerScreenshot(message, image, ctx, 'menu');
    return findAnswerReply(message, ctx);
  },
});
