import type { CommandContext } from '../../src/framework/command.js';
import type { Reply, ReplyButton } from '../../src/framework/reply.js';
import { analyzePaste } from '../../src/python/analyze.js';
import type { KnownOs } from '../../src/python/types.js';
import { recordVerdict } from './records.js';
import { composePythonReply } from './reply.js';

/**
 * The one path a paste takes, whatever brought it (the command, the form, an OS button): judge it,
 * keep the verdict, and word the fix from knowledge. `osButtons` are offered when the OS is unknown.
 */
export function checkPaste(paste: string, os: KnownOs | undefined, ctx: CommandContext, osButtons?: ReplyButton[]): Reply {
  const index = ctx.services.knowledge();
  const notes = index.pythonNotes();
  const analysis = analyzePaste(paste, { requirement: ctx.services.config.PYTHON_REQUIREMENT, os, notes });
  recordVerdict(ctx, analysis);
  const reply = composePythonReply(analysis, (key) => index.forReplyKey(key), osButtons, notes);
  return { ...reply, data: { ...analysis, ...reply.data } };
}
