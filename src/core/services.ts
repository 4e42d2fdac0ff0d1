import type { Config } from '../config.js';
import type { KnowledgeService } from '../search/service.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import type { AnyCommand } from './registry.js';
import type { CommandContext, Invoker, Services } from './command.js';
import type { Reply } from './reply.js';

export function createServices(knowledge: KnowledgeService, config: Pick<Config, 'PYTHON_REQUIREMENT' | 'TA_ROLE_ID'>, store: Store, logger: Logger): Services {
  return { knowledge: () => knowledge.current(), config, store, logger };
}

/**
 * Runs a command on raw, untrusted options: validates them, refuses TA-only commands to others,
 * and turns any failure into a one-line error reply. Every face (Discord, console, CLI) calls this.
 */
export async function runCommand(command: AnyCommand, rawOptions: Record<string, unknown>, ctx: CommandContext): Promise<Reply> {
  if (command.definition.taOnly && !ctx.invoker.isTA) {
    return errorReply(`/${command.definition.name} is for TAs only.`);
  }
  const parsed = command.input.safeParse(rawOptions);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorReply(`That input doesn't look right${issue ? ` (${issue.path.join('.') || 'input'}: ${issue.message})` : ''}.`);
  }
  try {
    return await command.run(parsed.data, ctx);
  } catch (err) {
    ctx.services.logger.error('command failed', { command: command.definition.name, request: ctx.requestId ?? '-', user: ctx.invoker.id, error: err as Error });
    return errorReply('Something went wrong on my side; please try again in a moment.');
  }
}

export function errorReply(message: string): Reply {
  return { kind: 'error', body: message, visibility: 'private' };
}

export function contextFor(services: Services, invoker: Invoker, requestId?: string): CommandContext {
  return { services, invoker, requestId };
}
