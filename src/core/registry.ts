import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Command } from './command.js';

/** `commands/` beside `src/`, both when run from source (tsx) and from the compiled `dist/`. */
const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

export type AnyCommand = Command<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each command has its own Input type; the registry only routes by name

export interface Registry {
  all: AnyCommand[];
  get(name: string): AnyCommand | undefined;
}

/** Loads every command module in `commands/` (one file per command, default export). */
export async function loadCommands(dir = COMMANDS_DIR): Promise<Registry> {
  const files = (await readdir(dir)).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !f.startsWith('_')).sort();
  const all: AnyCommand[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    if (!isCommand(mod.default)) throw new Error(`commands/${file} must default-export a command (definition, input, run)`);
    all.push(mod.default);
  }
  const byName = new Map(all.map((c) => [c.definition.name, c]));
  if (byName.size !== all.length) throw new Error('two command files define the same command name');
  return { all, get: (name) => byName.get(name) };
}

function isCommand(value: unknown): value is AnyCommand {
  const c = value as Partial<AnyCommand> | undefined;
  return !!c && typeof c.run === 'function' && typeof c.definition?.name === 'string' && typeof c.input?.safeParse === 'function';
}
