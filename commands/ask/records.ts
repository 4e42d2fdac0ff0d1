import type { CommandContext } from '../../src/framework/command.js';
import { MAX_QUESTION } from '../../src/framework/options.js';

/** The ask feature's store records: what TAs later see in /unanswered. */
export function recordUnanswered(ctx: CommandContext, question: string): void {
  const query = question.trim().slice(0, MAX_QUESTION);
  if (query) ctx.services.store.record({ type: 'unanswered', userId: ctx.invoker.id, query });
}

export function recordFeedback(ctx: CommandContext, sectionId: string, query: string, helpful: boolean): void {
  ctx.services.store.record({ type: 'feedback', userId: ctx.invoker.id, sectionId, query, helpful });
}
