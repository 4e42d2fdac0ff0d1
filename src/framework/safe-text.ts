import { truncate } from './limits.js';

/**
 * User-written text shown inside a reply (a question quoted back, a display name) must read as
 * plain text wherever it lands: no pings, no links, no invisible direction tricks, bounded length.
 * Escaping markdown is the transport's job (Discord has its own rules), so the quote is wrapped in
 * two private-use marks that each adapter resolves with its own escaping (`resolveUserText`).
 */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ue000\ue001]/g;
const OPEN = '\ue000';
const CLOSE = '\ue001';
/** A quote, its closing mark lost to a cut further down, still ends at the end of the text. */
const QUOTED = /\ue000([^\ue001]*)(?:\ue001|$)/g;

export function quoteUserText(text: string, max = 200): string {
  const flat = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const inert = truncate(flat, max)
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    // <@123>, <@&456>, <#789>, </ask:1>: shown as typed, never as a mention or a command link.
    .replace(/<([@#/:])/g, '<\u200b$1')
    .replace(/https?:\/\//gi, (m) => m.replace('://', ':\u200b//'));
  return OPEN + inert + CLOSE;
}

/** Replaces each quote with `escape(quote)`; the console passes the identity, Discord its markdown escape. */
export function resolveUserText(text: string, escape: (quote: string) => string): string {
  return text.replace(QUOTED, (_m, quote: string) => escape(quote)).replace(/[\ue000\ue001]/g, '');
}
