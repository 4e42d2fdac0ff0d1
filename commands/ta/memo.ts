import type { MemoStore } from '../../src/framework/memos.js';

/** Structured arguments behind a button: kept as JSON in the memo store, only the key travels. */
export function putJson(memos: MemoStore, value: unknown): string {
  return memos.put(JSON.stringify(value));
}

/** The value behind a key; undefined when it is gone (a restart) or not what `valid` expects. */
export function getJson<T>(memos: MemoStore, key: string, valid: (v: unknown) => v is T): T | undefined {
  const text = memos.get(key);
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return valid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
