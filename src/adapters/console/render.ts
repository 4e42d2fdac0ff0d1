import type { Reply } from '../../framework/reply.js';
import { resolveUserText } from '../../framework/safe-text.js';

/** Plain-text rendering of a reply for terminals (console and the CLI's human-readable mode). */
export function renderText(reply: Reply): string {
  const out: string[] = [];
  if (reply.lead) out.push(reply.lead);
  if (reply.title) out.push(`== ${reply.title} ==`);
  if (reply.body) out.push(reply.body);
  for (const field of reply.fields ?? []) out.push(`${field.name}:\n${field.value}`);
  if (reply.source) out.push(`(source: ${reply.source})`);
  if (reply.references?.length) out.push(`Sources:\n${reply.references.map((u) => `  ${u}`).join('\n')}`);
  // A terminal cannot show an attachment; it says what was attached (the CLI's export verb writes files).
  for (const file of reply.files ?? []) out.push(`[attached: ${file.name}, ${file.data.length} bytes]`);
  // Buttons have no terminal equivalent; their hints say what to type instead (once each).
  const hints = [...new Set((reply.buttons ?? []).map((b) => b.hint).filter((h): h is string => Boolean(h)))];
  if (hints.length) out.push(hints.join('\n'));
  // A terminal shows no markdown, so quoted user text needs no escaping, only its marks removed.
  return resolveUserText(out.join('\n\n'), (quote) => quote);
}
