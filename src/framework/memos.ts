import { randomBytes } from 'node:crypto';
import { Lru } from './lru.js';

/**
 * Free text a button acts on (a question, a paste) does not fit a 100-character custom id, so it
 * is kept here under a short random key. Bounded: after a restart or eviction the key is gone and
 * the component says so instead of failing.
 */
export class MemoStore {
  private readonly memos: Lru<string, string>;

  constructor(max = 5_000) {
    this.memos = new Lru(max);
  }

  put(text: string): string {
    const key = randomBytes(6).toString('base64url');
    this.memos.set(key, text);
    return key;
  }

  get(key: string): string | undefined {
    return this.memos.get(key);
  }

  get size(): number {
    return this.memos.size;
  }
}
