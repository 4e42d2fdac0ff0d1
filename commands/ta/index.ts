import type { Feature } from '../../src/framework/registry.js';
import { answer } from './answer.js';
import { preworkStatus } from './prework-status.js';
import { unanswered } from './unanswered.js';

/** TA tools: point a student to a section, see who is ready, see what the bot could not answer. */
const feature: Feature = {
  name: 'ta',
  commands: [answer, preworkStatus, unanswered],
  components: [],
};

export default feature;
