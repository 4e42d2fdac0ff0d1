/**
 * User-written text shown inside a reply (a question quoted back, a display name). It must read
 * as plain text anywhere markdown is rendered: no formatting, no links, no headings, no mentions
 * that look like pings, no invisible direction tricks, and a bounded length.
 */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const MARKDOWN = /([\\`*_~|>#[\]()<:-])/g;

export function quoteUserText(text: string, max = 200): string {
  const flat = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const cut = flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
  return cut
    .replace(MARKDOWN, '\\$1')
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/https?:\/\//gi, (m) => m.replace('://', ':\u200b//'));
}
