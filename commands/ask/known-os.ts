import type { CommandContext } from '../../src/framework/command.js';
import { isKnownOs } from '../../src/python/os.js';
import type { KnownOs } from '../../src/python/types.js';

/**
 * The operating system a student's latest /check-python showed, or null. A question whose steps
 * differ by system ("how do I install vs code") is then answered for theirs, as a TA who had
 * seen their terminal would, instead of asking which one.
 */
export function knownOs(ctx: CommandContext, userId: string): KnownOs | null {
  const latest = ctx.services.store.latestVerdictOf(userId);
  return latest && isKnownOs(latest.os) ? latest.os : null;
}
