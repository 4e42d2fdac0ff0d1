import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command, CommandContext } from './command.js';
import type { Component } from './component.js';
import type { ImageInput } from './contracts.js';
import type { Reply } from './reply.js';

/** `commands/` beside `src/`, both when run from source (tsx) and from the compiled `dist/`. */
const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

/**
 * The registry routes by name only. Each command keeps its own input type: `run` is a method, so
 * a Command<{ question: string }> is a Command<unknown>, and runCommand only ever hands `run` the
 * output of that command's own schema. The same holds for components and their arguments.
 */
export type AnyCommand = Command;
export type AnyComponent = Component<unknown>;

/**
 * Free-standing messages a feature answers (Discord: @mentions, DMs, help-channel posts), with the
 * images attached to them (possibly none; the feature decides whether to read them).
 */
export interface MessageHandlers {
  /** A question addressed to the bot: always answered. */
  question(text: string, ctx: CommandContext, images?: readonly ImageInput[]): Promise<Reply> | Reply;
  /**
   * A post in a help channel: answered only when sure (null: stay quiet). Synchronous for text,
   * so a thread is answered once; a promise only when it reads an image (the adapter then holds
   * the thread until it settles).
   */
  helpPost(text: string, ctx: CommandContext, images?: readonly ImageInput[]): Reply | null | Promise<Reply | null>;
}

/** One folder in `commands/`: its commands and components, declared in its index.ts. */
export interface Feature {
  name: string;
  commands: AnyCommand[];
  components: AnyComponent[];
  messages?: MessageHandlers;
}

export interface Registry {
  features: readonly Feature[];
  commands: AnyCommand[];
  command(name: string): AnyCommand | undefined;
  component(id: string): AnyComponent | undefined;
  messages: MessageHandlers | undefined;
}

export function createRegistry(features: readonly Feature[]): Registry {
  const commands = features.flatMap((f) => f.commands);
  const byName = unique(commands, (c) => c.definition.name, 'command name');
  const byId = unique(features.flatMap((f) => f.components), (c) => c.id, 'component id');
  const withMessages = features.filter((f) => f.messages);
  if (withMessages.length > 1) throw new Error(`only one feature may answer messages (${withMessages.map((f) => f.name).join(', ')})`);
  return { features, commands, command: (name) => byName.get(name), component: (id) => byId.get(id), messages: withMessages[0]?.messages };
}

/** Loads every feature folder in `commands/` (its index module default-exports a Feature). */
export async function loadFeatures(dir = COMMANDS_DIR): Promise<Registry> {
  const entries = await readdir(dir, { withFileTypes: true });
  const features: Feature[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const files = await readdir(join(dir, entry.name));
    const index = files.find((f) => f === 'index.ts' || f === 'index.js');
    if (!index) continue;
    const mod = (await import(pathToFileURL(join(dir, entry.name, index)).href)) as { default?: unknown };
    if (!isFeature(mod.default)) throw new Error(`commands/${entry.name}/${index} must default-export a feature (name, commands, components)`);
    features.push(mod.default);
  }
  return createRegistry(features);
}

function unique<T>(items: T[], key: (item: T) => string, what: string): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) {
    if (out.has(key(item))) throw new Error(`two features declare the same ${what} "${key(item)}"`);
    out.set(key(item), item);
  }
  return out;
}

function isFeature(value: unknown): value is Feature {
  const f = value as Partial<Feature> | undefined;
  return !!f && typeof f.name === 'string' && Array.isArray(f.commands) && Array.isArray(f.components);
}
