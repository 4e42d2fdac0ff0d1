import type { KnowledgeService } from '../search/service.js';
import type { Logger } from '../logger.js';
import type { OcrService } from '../ocr/types.js';
import type { Store } from '../store/types.js';
import type { CommandContext, Invoker, Services } from './command.js';
import type { ComponentContext, ComponentResponse } from './component.js';
import { OnceSet } from './lru.js';
import { MemoStore } from './memos.js';
import type { AnyCommand, AnyComponent } from './registry.js';
import { errorReply, type Reply } from './reply.js';

export function createServices(
  knowledge: Pick<KnowledgeService, 'current'> & Partial<Pick<KnowledgeService, 'learned'>>,
  config: Services['config'],
  store: Store,
  logger: Logger,
  ocr?: OcrService,
): Services {
  return { knowledge: () => knowledge.current(), config, store, logger, memos: new MemoStore(), once: new OnceSet(5_000), learned: knowledge.learned, ocr };
}

export function contextFor(services: Services, invoker: Invoker, requestId?: string): CommandContext {
  return { services, invoker, requestId };
}

const FAILED = 'Something went wrong on my side; please try again in a moment.';

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
    return errorReply(FAILED);
  }
}

/**
 * Runs a component on arguments already parsed from its custom id; a TA-only component refuses
 * everyone else, and a failure becomes a private error line.
 */
export async function runComponent(component: AnyComponent, args: unknown, ctx: ComponentContext): Promise<ComponentResponse> {
  if (component.taOnly && !ctx.invoker.isTA) return { type: 'reply', reply: errorReply('That is for TAs only.') };
  try {
    return await component.run(args, ctx);
  } catch (err) {
    ctx.services.logger.error('component failed', { component: component.id, request: ctx.requestId ?? '-', user: ctx.invoker.id, error: err as Error });
    return { type: 'reply', reply: errorReply(FAILED) };
  }
}

/** Autocomplete suggestions; a throwing suggester offers nothing rather than leaving the user waiting. */
export function runAutocomplete(command: AnyCommand | undefined, option: string, typed: string, ctx: CommandContext) {
  try {
    return command?.autocomplete?.(option, typed, ctx) ?? [];
  } catch (err) {
    ctx.services.logger.error('autocomplete failed', { command: command?.definition.name ?? '-', request: ctx.requestId ?? '-', error: err as Error });
    return [];
  }
}
