import { randomBytes } from 'node:crypto';
import { Lru } from '../core/lru.js';

/**
 * Buttons carry what they act on in their custom_id (≤ 100 chars). Section ids fit; free text
 * (a question, a 4,000-character paste) does not, so it is kept in a bounded memo under a short
 * key. After a restart a memo key is gone and the button says so instead of failing.
 */
export type ButtonAction =
  | { kind: 'share'; sectionId: string }
  | { kind: 'vote'; helpful: boolean; sectionId: string; memo: string }
  | { kind: 'more'; sectionId: string; part: number }
  | { kind: 'ask-ta'; memo: string }
  | { kind: 'os'; os: 'macos' | 'windows' | 'linux'; memo: string }
  | { kind: 'topics'; page: number }
  | { kind: 'solved'; memo: string }
  | { kind: 'stuck'; memo: string };

const PREFIX = 'pw';

export function encodeButton(a: ButtonAction): string {
  const parts = ((): (string | number)[] => {
    switch (a.kind) {
      case 'share':
        return ['share', a.sectionId];
      case 'vote':
        return [a.helpful ? 'up' : 'down', a.memo, a.sectionId];
      case 'more':
        return ['more', a.part, a.sectionId];
      case 'ask-ta':
        return ['ta', a.memo];
      case 'os':
        return ['os', a.os, a.memo];
      case 'topics':
        return ['topics', a.page];
      case 'solved':
        return ['solved', a.memo];
      case 'stuck':
        return ['stuck', a.memo];
    }
  })();
  return [PREFIX, ...parts].join(':').slice(0, 100);
}

export function decodeButton(customId: string): ButtonAction | null {
  const [prefix, kind, a = '', ...rest] = customId.split(':');
  const tail = rest.join(':');
  if (prefix !== PREFIX) return null;
  switch (kind) {
    case 'share':
      return a ? { kind: 'share', sectionId: [a, ...rest].join(':') } : null;
    case 'up':
    case 'down':
      return tail ? { kind: 'vote', helpful: kind === 'up', memo: a, sectionId: tail } : null;
    case 'more': {
      const part = Number.parseInt(a, 10);
      return tail && part > 0 && part < 100 ? { kind: 'more', part, sectionId: tail } : null;
    }
    case 'ta':
      return { kind: 'ask-ta', memo: a };
    case 'os':
      return a === 'macos' || a === 'windows' || a === 'linux' ? { kind: 'os', os: a, memo: tail } : null;
    case 'topics': {
      const page = Number.parseInt(a, 10);
      return page > 0 && page < 1000 ? { kind: 'topics', page } : null;
    }
    case 'solved':
      return { kind: 'solved', memo: a };
    case 'stuck':
      return { kind: 'stuck', memo: a };
    default:
      return null;
  }
}

export interface Memo {
  text: string;
  userId: string;
  channelId: string | null;
}

export class MemoStore {
  private readonly memos = new Lru<string, Memo>(5_000);

  put(memo: Memo): string {
    const key = randomBytes(6).toString('base64url');
    this.memos.set(key, memo);
    return key;
  }

  get(key: string): Memo | undefined {
    return this.memos.get(key);
  }

  get size(): number {
    return this.memos.size;
  }
}
