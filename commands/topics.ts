import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { topicsPage } from '../src/core/outline.js';

export default defineCommand({
  definition: {
    name: 'topics',
    description: 'Browse the pre-work topics the bot can answer',
    kind: 'slash',
    options: [{ name: 'page', description: 'Page number', kind: 'integer' }],
  },
  input: z.object({ page: z.number().int().min(1).max(1000).optional().catch(undefined) }),
  run({ page }, ctx) {
    return topicsPage(ctx.services.knowledge().sections, page ?? 1);
  },
});
