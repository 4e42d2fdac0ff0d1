import type { CommandContext } from '../../src/framework/command.js';
import type { PasteAnalysis } from '../../src/python/types.js';

/** The python-check feature's store record: each student's latest verdict feeds /prework-status. */
export function recordVerdict(ctx: CommandContext, a: PasteAnalysis): void {
  ctx.services.store.record({ type: 'verdict', userId: ctx.invoker.id, userName: ctx.invoker.name, verdict: a.verdict, version: a.version, os: a.os, meets: a.meets, warnings: a.warnings });
}
