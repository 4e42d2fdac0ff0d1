import { dirname, join, normalize } from 'node:path';
import { loadKnowledge } from './load.js';
import type { FrontMatter } from './frontmatter.js';
import { slugify } from './slug.js';
import { normalizeSignature } from './signature.js';
import type { KnowledgeProblem, Section } from './types.js';

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
export interface CheckOptions {
  /** Reply keys some section must carry (the /check-python fixes); none checked when absent. */
  requiredReplyKeys?: readonly string[];
  /** A file reviewed longer ago than this many days gets a warning (default 180). */
  reviewMaxAgeDays?: number;
  /** "Today", for the review age (tests pin it). */
  today?: Date;
}

export const DEFAULT_REVIEW_MAX_AGE_DAYS = 180;

export async function checkKnowledge(dir: string, options: CheckOptions = {}): Promise<CheckReport> {
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

  problems.push(...provenanceProblems(loaded.meta, bySource, options));
  problems.push(...errorSignatureProblems(loaded.sections));

  if (options.requiredReplyKeys) {
    const present = new Set(loaded.sections.flatMap((s) => s.replyKeys));
    for (const key of options.requiredReplyKeys) {
      if (!present.has(key)) problems.push(problem('(knowledge)', 0, 'error', `no section is marked with reply key ${key}; /check-python would have no fix text for it`));
    }
  }
  return { files: loaded.files.length, sections: loaded.sections.length, problems };
}

/** A fenced code block: students will type what it holds, so the file must say where it comes from. */
const FENCE = /^ {0,3}(```|~~~)/m;
const DAY_MS = 86_400_000;

/**
 * Students follow commands literally, so a file that shows any must name the primary sources
 * behind them (`sources:`), and organizers see which files have not been re-checked lately
 * (`reviewed:` older than the allowed age, or missing).
 */
function provenanceProblems(meta: Map<string, FrontMatter>, bySource: Map<string, Section[]>, options: CheckOptions): KnowledgeProblem[] {
  const out: KnowledgeProblem[] = [];
  const maxAge = options.reviewMaxAgeDays ?? DEFAULT_REVIEW_MAX_AGE_DAYS;
  const today = (options.today ?? new Date()).getTime();
  for (const [source, sections] of bySource) {
    const m = meta.get(source) ?? {};
    const commands = sections.find((s) => FENCE.test(s.text));
    if (commands && !m.sources?.length) {
      out.push(problem(source, commands.line, 'error', `shows commands (under "${commands.headings.at(-1)}") but has no sources: in front-matter; list the primary sources (URLs) behind them`));
    }
    if (!m.reviewed) {
      if (m.sources?.length) out.push(problem(source, 1, 'warning', 'has sources but no reviewed: date; add reviewed: "YYYY-MM-DD" when you check it against them'));
      continue;
    }
    const age = Math.floor((today - Date.parse(m.reviewed)) / DAY_MS);
    if (age > maxAge) out.push(problem(source, 1, 'warning', `last reviewed ${m.reviewed} (${age} days ago, more than ${maxAge}): re-check it against its sources`));
    else if (age < -1) out.push(problem(source, 1, 'warning', `reviewed: ${m.reviewed} is in the future`));
  }
  return out;
}

/** Shortest error fragment worth matching: shorter ones ("error") would claim unrelated messages. */
export const MIN_ERROR_SIGNATURE = 6;

/** Error signatures are matched before ranking, so each must be specific and claimed by one section. */
function errorSignatureProblems(sections: readonly Section[]): KnowledgeProblem[] {
  const out: KnowledgeProblem[] = [];
  const owner = new Map<string, Section>();
  for (const s of sections) {
    for (const e of s.errors) {
      const key = normalizeSignature(e);
      if (key.length < MIN_ERROR_SIGNATURE) {
        out.push(problem(s.source, s.line, 'error', `errors: "${e}" is too short to identify an error (at least ${MIN_ERROR_SIGNATURE} characters)`));
        continue;
      }
      const first = owner.get(key);
      if (first && first.id !== s.id) {
        out.push(problem(s.source, s.line, 'error', `errors: "${e}" is also claimed by "${first.headings.at(-1)}" (${first.source}); each error belongs to one section`));
      } else owner.set(key, s);
    }
  }
  return out;
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

