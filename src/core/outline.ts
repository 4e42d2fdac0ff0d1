import type { Section } from '../knowledge/types.js';
import type { Reply } from './reply.js';

/** Topics per page: keeps one page well under Discord's 4096-character embed description. */
export const TOPICS_PER_PAGE = 40;

/** The knowledge outline, one line per heading, indented by depth and grouped by file. */
export function topicsPage(sections: readonly Section[], requestedPage: number): Reply {
  const lines: string[] = [];
  let lastSource = '';
  for (const s of sections) {
    if (s.source !== lastSource) {
      lastSource = s.source;
      if (s.depth !== 1) lines.push(`**${s.topic ?? s.source}**`);
    }
    const indent = '  '.repeat(Math.max(0, s.depth - 1));
    const heading = s.headings.at(-1) ?? '';
    lines.push(s.depth <= 1 ? `**${heading}**` : `${indent}• ${heading}`);
  }
  const pages = Math.max(1, Math.ceil(lines.length / TOPICS_PER_PAGE));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const slice = lines.slice((page - 1) * TOPICS_PER_PAGE, page * TOPICS_PER_PAGE);
  return {
    kind: 'topics',
    title: pages > 1 ? `Pre-work topics (page ${page}/${pages})` : 'Pre-work topics',
    body: slice.join('\n') || 'No knowledge is loaded.',
    visibility: 'private',
    actions: pages > 1 ? [{ type: 'page', page, pages }] : [],
    data: { page, pages, sections: sections.length },
  };
}
