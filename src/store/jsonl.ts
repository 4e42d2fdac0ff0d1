import { closeSync, constants, accessSync, fsyncSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { Aggregate } from './aggregate.js';
import { stamp } from './stamp.js';
import type { Store, StoreRecord } from './types.js';

export class DataDirError extends Error {}

const FILE = 'events.jsonl';
const RECORD_TYPES = new Set(['verdict', 'unanswered', 'feedback', 'dismissed']);

/**
 * An append-only JSON-lines file in DATA_DIR. Chosen over SQLite on purpose: better-sqlite3 needs a
 * native build (no prebuilt download here, build tools in the image), node:sqlite needs Node 22,
 * and the bot writes a few small records per interaction. Each record is one synchronous write of
 * one line, so concurrent interactions cannot interleave or lose records, and a kill mid-write can
 * only tear the last line, which the next start skips with a warning.
 */
export function openJsonlStore(dataDir: string, logger: Logger, now: () => Date = () => new Date()): Store {
  prepareDir(dataDir);
  const path = join(dataDir, FILE);
  const aggregate = new Aggregate();
  const { needsNewline } = replay(path, aggregate, logger);
  let fd: number | null = openSync(path, 'a');
  // A torn last line must not swallow the next record: start it on a line of its own.
  if (needsNewline) writeSync(fd, '\n');
  return {
    record(input) {
      const record = stamp(input, now());
      aggregate.add(record);
      if (fd === null) return record;
      try {
        writeSync(fd, JSON.stringify(record) + '\n');
      } catch (err) {
        logger.error('could not write to the data file; keeping the record in memory only', { file: path, error: (err as Error).message });
      }
      return record;
    },
    latestVerdicts: () => aggregate.latestVerdicts(),
    latestVerdictOf: (userId) => aggregate.latestVerdictOf(userId),
    openQuestions: (limit) => aggregate.openQuestions(limit),
    close() {
      if (fd === null) return;
      try {
        fsyncSync(fd);
      } catch {
        // Nothing useful to do at shutdown; the writes themselves already reached the OS.
      }
      closeSync(fd);
      fd = null;
    },
  };
}

/**
 * The records of DATA_DIR as they stand, without opening the file for writing or creating
 * anything (the CLI's export reads a running bot's data this way).
 */
export function readJsonlStore(dataDir: string, logger: Logger): Pick<Store, 'latestVerdicts' | 'openQuestions'> {
  const aggregate = new Aggregate();
  replay(join(dataDir, FILE), aggregate, logger);
  return { latestVerdicts: () => aggregate.latestVerdicts(), openQuestions: (limit) => aggregate.openQuestions(limit) };
}

/** Feeds every readable line of the file to the aggregate; a missing file is an empty store. */
function replay(path: string, aggregate: Aggregate, logger: Logger): { needsNewline: boolean } {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { needsNewline: false };
    throw new DataDirError(`cannot read ${path}: ${(err as Error).message}`);
  }
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const record = parseRecord(line);
    if (record) aggregate.add(record);
    else logger.warn('skipping an unreadable record in the data file (torn write?)', { file: path, line: i + 1 });
  });
  return { needsNewline: content.length > 0 && !content.endsWith('\n') };
}

function prepareDir(dataDir: string): void {
  const existing = statSafe(dataDir);
  if (existing && !existing.isDirectory()) throw new DataDirError(`DATA_DIR "${dataDir}" is not a folder: set DATA_DIR to a writable folder, e.g. DATA_DIR=./data`);
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw new DataDirError(`DATA_DIR "${dataDir}" does not exist and cannot be created (${(err as NodeJS.ErrnoException).code}): create it or set DATA_DIR to a writable folder, e.g. DATA_DIR=./data`);
  }
  try {
    accessSync(dataDir, constants.W_OK);
  } catch {
    throw new DataDirError(`DATA_DIR "${dataDir}" is not writable by this user: fix its permissions or set DATA_DIR to a writable folder, e.g. DATA_DIR=./data`);
  }
}

function parseRecord(line: string): StoreRecord | null {
  try {
    const value = JSON.parse(line) as unknown;
    if (typeof value === 'object' && value !== null && RECORD_TYPES.has((value as { type?: string }).type ?? '')) {
      return value as StoreRecord;
    }
  } catch {
    // fall through: unreadable line
  }
  return null;
}

function statSafe(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
