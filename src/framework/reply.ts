import type { Component, Reply, ReplyButton } from './contracts.js';

export type { Reply, ReplyButton, ReplyField } from './contracts.js';

/** Keeps a button's argument type checked against its component. */
export function button<Args>(component: Component<Args, unknown>, args: Args, look: Omit<ReplyButton<Args>, 'component' | 'args'>): ReplyButton {
  return { component, args, ...look };
}

export function errorReply(message: string): Reply {
  return { kind: 'error', body: message, visibility: 'private' };
}

export function notice(message: string, visibility: Reply['visibility'] = 'private'): Reply {
  return { kind: 'notice', body: message, visibility };
}
