import type { CommandContext } from '../../src/framework/command.js';

/** The TA feature's store record: questions a TA took off /unanswered (asked again, they come back). */
export function recordDismissed(ctx: CommandContext, queries: readonly string[]): void {
  for (const query of queries) ctx.services.store.record({ type: 'dismissed', userId: ctx.invoker.id, query });
}
