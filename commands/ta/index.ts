import type { Feature } from '../../src/framework/registry.js';
import { answer } from './answer.js';
import { openAnswerForm, saveAnswerForm } from './answer-form.js';
import { exportLearnedButton } from './export-learned.js';
import { exportReadiness } from './export-readiness.js';
import { learned, removeLearned } from './learned.js';
import { preworkStatus } from './prework-status.js';
import { saveAnswer } from './save-answer.js';
import { unanswered } from './unanswered.js';
import { dismiss } from './worklist.js';

/**
 * TA tools: point a student to a section, see who is ready, and teach the bot during the
 * workshop: save a reply as a pre-work answer, work through /unanswered, take /learned home.
 */
const feature: Feature = {
  name: 'ta',
  commands: [answer, preworkStatus, unanswered, learned, saveAnswer],
  components: [saveAnswerForm, openAnswerForm, dismiss, removeLearned, exportLearnedButton, exportReadiness],
};

export default feature;
