import type { CommandContext } from '../../src/framework/command.js';
import { readLead, withReadLead } from '../../src/framework/images.js';
import type { Reply } from '../../src/framework/reply.js';
import type { KnownOs } from '../../src/python/types.js';
import { checkPaste } from './check.js';
import { osButtons } from './choose-os.js';

/**
 * The paste judge on text read from a screenshot: the verdict and fix, led by what was read, with
 * `ocrText` in the data (the CLI's contract). Words typed with the image come first and the
 * terminal's text last: the judge takes the last version reported, and what the terminal printed
 * should decide, not the version a student remembers installing.
 */
export function judgeReadText(ocrText: string, typed: string, os: KnownOs | undefined, ctx: CommandContext): Reply {
  const paste = typed.trim() ? `${typed.trim()}\n${ocrText}` : ocrText;
  const reply = checkPaste(paste, os, ctx, osButtons(paste, readLead(ocrText)));
  return { ...withReadLead(reply, ocrText), data: { ...reply.data, ocrText } };
}
