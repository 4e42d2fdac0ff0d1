import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { boundedText, MAX_PASTE } from '../src/core/input.js';
import { analyzePaste } from '../src/python/analyze.js';
import { composePythonReply } from '../src/python/reply.js';
import { OSES } from '../src/python/types.js';

export default defineCommand({
  definition: {
    name: 'check-python',
    description: 'Paste the output of `python --version` to check it meets the workshop requirement',
    kind: 'slash',
    options: [
      { name: 'paste', description: 'What your terminal printed (leave empty to paste several lines in a form)', kind: 'string', maxLength: 4000 },
      {
        name: 'os',
        description: 'Your operating system',
        kind: 'string',
        choices: [
          { name: 'macOS', value: 'macos' },
          { name: 'Windows', value: 'windows' },
          { name: 'Linux', value: 'linux' },
        ],
      },
    ],
  },
  input: z.object({
    paste: boundedText(MAX_PASTE, { terminal: true }),
    os: z.enum(OSES).optional().catch(undefined),
  }),
  run({ paste, os }, ctx) {
    const analysis = analyzePaste(paste, { requirement: ctx.services.config.PYTHON_REQUIREMENT, os });
    ctx.services.store.append({
      type: 'verdict',
      at: new Date().toISOString(),
      userId: ctx.invoker.id,
      userName: ctx.invoker.name,
      verdict: analysis.verdict,
      version: analysis.version,
      os: analysis.os,
      meets: analysis.meets,
    });
    const index = ctx.services.knowledge();
    const reply = composePythonReply(analysis, (key) => index.forReplyKey(key), paste);
    return { ...reply, data: { ...analysis, ...reply.data } };
  },
});
