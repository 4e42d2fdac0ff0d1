import type { Section } from '../../src/knowledge/types.js';
import type { Reply } from '../../src/framework/reply.js';

export function headingPath(section: Section): string {
  return section.headings.join(' › ');
}

export function sourceLabel(section: Section): string {
  return `${section.source}:${section.line}`;
}

/** One section as a reply, without buttons: the shape every command that shows a section starts from. */
export function sectionView(section: Section, visibility: Reply['visibility']): Reply {
  const reply: Reply = { kind: 'answer', title: headingPath(section), body: section.text, source: sourceLabel(section), sectionId: section.id, visibility };
  if (section.sources.length) reply.references = section.sources;
  return reply;
}
