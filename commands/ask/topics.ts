import { defineCommand } from '../../src/framework/command.js';
import { topicsPage } from './page.js';

export const topics = defineCommand({
  definition: {
    name: 'topics',
    description: 'Browse the pre-work topics the bot can answer',
    kind: 'slash',
    options: [{ name: 'page', description: 'Page number', kind: 'integer', min: 1, max: 1000 }],
  },
  run({ page }, ctx) {
    return topicsPage(ctx.services.knowledge().sections, page ?? 1);
  },
});
