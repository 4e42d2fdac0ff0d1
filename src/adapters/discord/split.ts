import { safeCut, truncate } from '../../framework/limits.js';

/**
 * Cuts markdown into parts of at most `max` characters, preferring paragraph then line
 * boundaries, and never leaving a code fence open across a cut: an open fence is closed at the end
 * of one part and reopened (same language) at the start of the next. No cut splits an emoji.
 */
export function splitMarkdown(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  let reopen = '';
  const guard = Math.max(1, Math.ceil(rest.length / Math.max(1, max - 40)) + 5);
  for (let i = 0; rest && i < guard; i++) {
    const budget = max - reopen.length - 5;
    let chunk = rest.length <= budget ? rest : rest.slice(0, cutPoint(rest, budget));
    rest = rest.slice(chunk.length).replace(/^\n+/, '');
    chunk = reopen + chunk;
    const fence = openFence(chunk);
    if (fence !== null && rest) {
      chunk = chunk.replace(/\n?$/, '\n```');
      reopen = `\`\`\`${fence}\n`;
    } else {
      reopen = '';
    }
    parts.push(chunk);
  }
  if (rest) parts[parts.length - 1] = truncate(`${parts[parts.length - 1] ?? ''}…`, max);
  return parts.length ? parts : [''];
}

function cutPoint(text: string, budget: number): number {
  const window = text.slice(0, budget);
  for (const sep of ['\n\n', '\n', '. ', ' ']) {
    const at = window.lastIndexOf(sep);
    if (at > budget * 0.5) return at + (sep === '. ' ? 1 : 0);
  }
  return safeCut(text, budget);
}

/** The language of a fence left open in `chunk`, or null when every fence is closed. */
function openFence(chunk: string): string | null {
  let open: string | null = null;
  for (const line of chunk.split('\n')) {
    const m = /^\s*(```+|~~~+)\s*([\w+-]*)/.exec(line);
    if (!m) continue;
    open = open === null ? (m[2] ?? '') : null;
  }
  return open;
}
