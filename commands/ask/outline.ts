import type { Section } from '../../src/knowledge/types.js';

/** The knowledge outline, one line per heading, indented by depth and grouped by file. */
export function outlineLines(sections: readonly Section[]): string[] {
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
  return lines;
}
