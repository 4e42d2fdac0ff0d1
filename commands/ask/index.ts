import { boundedText, MAX_QUESTION } from '../../src/framework/options.js';
import type { Feature } from '../../src/framework/registry.js';
import { runCommand } from '../../src/framework/run.js';
import { answerHelpPost } from './answer.js';
import { ask } from './ask.js';
import { askTa } from './ask-ta.js';
import { feedback } from './feedback.js';
import { findAnswer } from './find-answer.js';
import { more } from './more.js';
import { page } from './page.js';
import { pickOs } from './pick-os.js';
import { answerScreenshot, imagesToRead } from './screenshot.js';
import { share } from './share.js';
import { solved } from './solved.js';
import { stuck } from './stuck.js';
import { topics } from './topics.js';

/** Questions answered from the knowledge: /ask, /topics, the message menu, mentions and help channels. */
const helpPost = boundedText(MAX_QUESTION * 4);

const feature: Feature = {
  name: 'ask',
  commands: [ask, topics, findAnswer],
  components: [share, more, feedback, askTa, page, solved, stuck, pickOs],
  messages: {
    // A mention or DM is /ask in public: same validation, same search, same buttons. With a
    // screenshot (and little text), what the screenshot says is the question.
    question: (text, ctx, images) => {
      const toRead = imagesToRead(text, images, ctx);
      if (toRead.length) return answerScreenshot(text, toRead, ctx, 'question');
      return runCommand(ask, { question: text, public: true }, ctx);
    },
    helpPost: (text, ctx, images) => {
      const post = helpPost.parse(text);
      const toRead = imagesToRead(post, images, ctx);
      return toRead.length ? answerScreenshot(post, toRead, ctx, 'help-post') : answerHelpPost(post, ctx);
    },
  },
};

export default feature;
