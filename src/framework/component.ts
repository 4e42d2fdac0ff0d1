import type { Component } from './contracts.js';
import { DISCORD } from './limits.js';
import type { MemoStore } from './memos.js';

export type { Component, ComponentContext, ComponentResponse } from './contracts.js';

export function defineComponent<Args, Parsed = Args>(component: Component<Args, Parsed>): Component<Args, Parsed> {
  return component;
}

const PREFIX = 'pw';

export function encodeCustomId<Args>(component: Component<Args, unknown>, args: Args, memos: MemoStore): string {
  // Ids are ASCII (section slugs, memo keys, small numbers), so a plain cut cannot split a character.
  return [PREFIX, component.id, ...component.encode(args, memos)].join(':').slice(0, DISCORD.customId);
}

export function splitCustomId(customId: string): { id: string; parts: string[] } | null {
  const [prefix, id, ...parts] = customId.split(':');
  return prefix === PREFIX && id ? { id, parts } : null;
}
