import { dirname, join, normalize } from 'node:path';
import { loadKnowledge } from './load.js';
import { slugify } from './slug.js';
import type { KnowledgeProblem } from './types.js';

/** Discord embed titles hold 256 characters; the heading path is the title. */
export const MAX_TITLE = 256;

export interface CheckReport {
  files: number;
  sections: number;
  problems: KnowledgeProblem[];
}

/**
 * What `npm run check:knowledge` verifies, beyond what loading already reports (front-matter):
 * empty sections, duplicate headings in a file, headings too long for a Discord title, relative
 * links to files or anchors that do not exist, and the /check-python reply keys.
 */
export async function checkKnowledge(dir: string, options: { requiredReplyKeys?: readonly string[] } = {}): Promise<CheckReport> {
  const loaded = await loadKnowledge(dir);
  const problems = [...loaded.problems];
  const bySource = groupBy(loaded.sections, (s) => s.source);

  for (const [source, sections] of bySource) {
    const seen = new Map<string, number>();
    sections.forEach((s, i) => {
      const own = s.headings.at(-1) ?? '';
      const hasChildren = sections[i + 1] !== undefined && sections[i + 1]!.depth > s.depth && s.depth > 0;
      if (!s.text.trim() && !hasChildren) problems.push(problem(source, s.line, 'warning', `section "${own}" has no text under its heading`));
      const path = s.headings.join(' › ');
      if (own.length > MAX_TITLE) problems.push(problem(source, s.line, 'error', `heading is ${own.length} characters; Discord titles hold ${MAX_TITLE}`));
      else if (path.length > MAX_TITLE) problems.push(problem(source, s.line, 'warning', `heading path is ${path.length} characters and will be shortened in Discord titles`));
      const first = seen.get(path);
      if (first !== undefined) problems.push(problem(source, s.line, 'error', `duplicate heading "${path}" (also at line ${first}): links and answers to it are ambiguous`));
      else seen.set(path, s.line);
    });
  }

  const anchors = new Map<string, Set<string>>();
  for (const [source, sections] of bySource) anchors.set(source, new Set(sections.map((s) => slugify(s.headings.at(-1) ?? '', 200))));
  for (const link of loaded.links) {
    const message = checkLink(link.href, link.source, anchors);
    if (message) problems.push(problem(link.source, link.line, 'error', message));
  }

  if (options.requiredReplyKeys) {
    const present = new Set(loaded.sections.flatMap((s) => s.replyKeys));
    for (const key of options.requiredReplyKeys) {
      if (!present.has(key)) problems.push(problem('(knowledge)', 0, 'error', `no section is marked with reply key ${key}; /check-python would have no fix text for it`));
    }
  }
  return { files: loaded.files.length, sections: loaded.sections.length, problems };
}

function checkLink(href: string, source: string, anchors: Map<string, Set<string>>): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return null; // http:, mailto: ...
  const [pathPart = '', anchor] = href.split('#');
  const target = pathPart ? normalize(join(dirname(source), decodeURIComponent(pathPart))).split('\\').join('/') : source;
  if (pathPart && !pathPart.toLowerCase().endsWith('.md')) return null; // images, other assets: not ours to judge
  const targetAnchors = anchors.get(target);
  if (!targetAnchors) return `link to ${href}: no such file ${target} in the knowledge folder`;
  if (anchor && !targetAnchors.has(slugify(anchor, 200))) return `link to ${href}: ${target} has no heading #${anchor}`;
  return null;
}

function problem(source: string, line: number, severity: KnowledgeProblem['severity'], message: string): KnowledgeProblem {
  return { source, line, severity, message };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

