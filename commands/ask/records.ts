import type { CommandContext } from '../../src/framework/command.js';
import { MAX_QUESTION } from '../../src/framework/options.js';
import { isPreworkQuestion } from '../../src/search/prework.js';

/**
 * The ask feature's store records: what TAs later see in /unanswered. Only pre-work questions go
 * there: thanks, "same here" and help-channel chat ("anyone want to get lunch later?") would bury
 * the real ones.
 */
export function recordUnanswered(ctx: CommandContext, question: string): void {
  const query = question.trim().slice(0, MAX_QUESTION);
  if (query && isPreworkQuestion(ctx.services.knowledge(), query)) ctx.services.store.record({ type: 'unanswered', userId: ctx.invoker.id, query });
}

export function recordFeedback(ctx: CommandContext, sectionId: string, query: string, helpful: boolean): void {
  ctx.services.store.record({ type: 'feedback', userId: ctx.invoker.id, sectionId, query, helpful });
}
