import { defineComponent } from '../../src/framework/component.js';
import { button, type Reply, type ReplyButton } from '../../src/framework/reply.js';
import type { Section } from '../../src/knowledge/types.js';
import { outlineLines } from './outline.js';

/** Topics per page: keeps one page well under Discord's 4096-character embed description. */
const TOPICS_PER_PAGE = 40;

/** One page of the outline, with Previous / Next. */
export function topicsPage(sections: readonly Section[], requestedPage: number): Reply {
  const lines = outlineLines(sections);
  const pages = Math.max(1, Math.ceil(lines.length / TOPICS_PER_PAGE));
  const current = Math.min(Math.max(1, requestedPage), pages);
  const slice = lines.slice((current - 1) * TOPICS_PER_PAGE, current * TOPICS_PER_PAGE);
  const buttons: ReplyButton[] = [];
  if (current > 1) buttons.push(button(page, { page: current - 1 }, { label: 'Previous' }));
  if (current < pages) buttons.push(button(page, { page: current + 1 }, { label: 'Next', hint: `More: /topics ${current + 1}` }));
  return {
    kind: 'topics',
    title: pages > 1 ? `Pre-work topics (page ${current}/${pages})` : 'Pre-work topics',
    body: slice.join('\n') || 'No knowledge is loaded.',
    visibility: 'private',
    buttons,
    data: { page: current, pages, sections: sections.length },
  };
}

/** Previous / Next under /topics: turns the page in place. */
export const page = defineComponent<{ page: number }>({
  id: 'page',
  encode: ({ page: n }) => [String(n)],
  parse([n = '']) {
    const value = Number.parseInt(n, 10);
    return value > 0 && value < 1000 ? { page: value } : null;
  },
  run: ({ page: n }, ctx) => ({ type: 'update', reply: topicsPage(ctx.services.knowledge().sections, n) }),
});
