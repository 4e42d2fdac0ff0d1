import { validRange } from 'semver';
import { Lexer, type Token, type Tokens } from 'marked';
import { splitFrontMatter, type FrontMatter } from './frontmatter.js';
import { countNewlines } from './lines.js';
import { slugify } from './slug.js';
import type { KnowledgeLink, KnowledgeProblem, Section } from './types.js';

export interface ParsedFile {
  source: string;
  meta: FrontMatter;
  sections: Section[];
  problems: KnowledgeProblem[];
  /** Every link and image target in the file, with its line, for the knowledge check. */
  links: KnowledgeLink[];
}

interface OpenSection {
  headings: string[];
  depth: number;
  line: number;
  parts: string[];
}

const HTML_COMMENT = /<!--[\s\S]*?-->/g;

/**
 * Splits one markdown file into sections with marked's lexer, so fenced code, setext headings
 * and HTML are understood the way a renderer would, not guessed with line regexes.
 */
export function parseMarkdownFile(source: string, content: string, takenIds: Set<string> = new Set()): ParsedFile {
  const fm = splitFrontMatter(content);
  const problems: KnowledgeProblem[] = fm.problems.map((p) => ({ source, line: p.line, message: p.message, severity: 'error' }));
  const tokens = new Lexer({ gfm: true }).lex(fm.body);

  const open: OpenSection[] = [];
  const stack: { depth: number; text: string }[] = [];
  let current: OpenSection = { headings: [], depth: 0, line: fm.bodyLineOffset + 1, parts: [] };
  let line = fm.bodyLineOffset + 1;

  const links: KnowledgeLink[] = [];
  for (const token of tokens) {
    for (const href of linksIn(token)) links.push({ source, line, href });
    if (token.type === 'heading' && isRealHeading(token as Tokens.Heading)) {
      const heading = token as Tokens.Heading;
      open.push(current);
      while (stack.length && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
      const text = cleanHeading(heading.text);
      stack.push({ depth: heading.depth, text });
      current = { headings: stack.map((s) => s.text), depth: heading.depth, line, parts: [] };
    } else {
      const text = tokenText(token);
      if (text) current.parts.push(text);
    }
    line += countNewlines(token.raw);
  }
  open.push(current);

  const stem = source.replace(/\.md$/i, '').replace(/\\/g, '/');
  const sections: Section[] = [];
  for (const s of open) {
    const text = s.parts.join('\n\n').replace(/\n{3,}/g, '\n\n').trim();
    // Text before the first heading becomes a section only when it says something.
    if (s.headings.length === 0 && !text) continue;
    const headings = s.headings.length ? s.headings : [fm.meta.title ?? stem];
    const own = headings[headings.length - 1]!;
    const perSection = fm.meta.sections?.[own];
    sections.push({
      id: uniqueId(stem, headings, takenIds),
      source,
      headings,
      depth: s.depth,
      text,
      line: s.line,
      aliases: [...(perSection?.aliases ?? [])],
      keywords: [...(perSection?.keywords ?? [])],
      topicKeywords: [],
      topic: fm.meta.title,
      replyKeys: Object.entries(fm.meta.replies ?? {})
        .filter(([, heading]) => heading.trim() === own)
        .map(([key]) => key),
      errors: [...(perSection?.errors ?? [])],
      sources: [...(fm.meta.sources ?? [])],
      pythonWarnings: (fm.meta['python-warnings'] ?? []).filter((w) => w.fix.trim() === own).map(({ when, text }) => ({ when, text })),
    });
  }
  attachTopicWords(sections, fm.meta);
  problems.push(...metaProblems(source, fm.meta, sections));
  return { source, meta: fm.meta, sections, problems, links };
}

/**
 * The file's aliases, keywords, tags and description name its topic as a whole, so they go with
 * the file's top section (its overview), not with every section: repeated on each they would
 * weigh every subsection equally and multiply the index by the size of the front-matter.
 */
function attachTopicWords(sections: Section[], meta: FrontMatter): void {
  const words = [...(meta.aliases ?? []), ...(meta.keywords ?? []), ...(meta.tags ?? []), ...(meta.description ? [meta.description] : [])];
  if (!words.length || !sections.length) return;
  const top = sections.reduce((best, s) => (s.depth > 0 && (best.depth === 0 || s.depth < best.depth) ? s : best), sections[0]!);
  top.topicKeywords.push(...words);
}

function linksIn(token: Token): string[] {
  const out: string[] = [];
  const visit = (t: Token) => {
    if (t.type === 'link' || t.type === 'image') out.push((t as Tokens.Link | Tokens.Image).href);
    (t as { tokens?: Token[] }).tokens?.forEach(visit);
    (t as { items?: Token[] }).items?.forEach(visit);
  };
  visit(token);
  return out;
}

/** A `#` with nothing after it is not a heading anyone can be pointed to; its text stays where it is. */
function isRealHeading(token: Tokens.Heading): boolean {
  return cleanHeading(token.text).length > 0;
}

function cleanHeading(text: string): string {
  return text.replace(HTML_COMMENT, '').replace(/\s+/g, ' ').trim();
}

function tokenText(token: Token): string {
  if (token.type === 'space') return '';
  if (token.type === 'html') return token.raw.replace(HTML_COMMENT, '').trim();
  if (token.type === 'code') return token.raw.trim();
  return token.raw.replace(HTML_COMMENT, '').trim();
}

/** Ids ride in Discord custom_ids (≤ 100 chars with their prefix), so they stay ≤ 80. */
const MAX_ID = 80;

function uniqueId(fileStem: string, headings: string[], taken: Set<string>): string {
  const stem = fileStem.length > 40 ? fileStem.slice(-40).replace(/^[^a-z0-9]+/i, '') : fileStem;
  const own = slugify(headings[headings.length - 1]!, MAX_ID - stem.length - 5);
  const parent = headings.length > 1 ? slugify(headings[headings.length - 2]!, 30) : '';
  const candidates = [`${stem}/${own}`, parent ? `${stem}/${parent}/${own}` : ''].filter((c) => c && c.length <= MAX_ID - 4);
  let id = candidates.find((c) => !taken.has(c));
  for (let n = 2; !id; n++) {
    const next = `${candidates[0]}-${n}`;
    if (!taken.has(next)) id = next;
  }
  taken.add(id);
  return id;
}

function metaProblems(source: string, meta: FrontMatter, sections: Section[]): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const ownHeadings = new Set(sections.map((s) => s.headings[s.headings.length - 1]));
  for (const [key, heading] of Object.entries(meta.replies ?? {})) {
    if (!ownHeadings.has(heading.trim())) {
      problems.push({ source, line: 1, severity: 'error', message: `replies.${key} names heading "${heading}", which is not in this file` });
    }
  }
  for (const [i, w] of (meta['python-warnings'] ?? []).entries()) {
    if (!ownHeadings.has(w.fix.trim())) {
      problems.push({ source, line: 1, severity: 'error', message: `python-warnings[${i}].fix names heading "${w.fix}", which is not in this file` });
    }
    if (!validRange(w.when)) {
      problems.push({ source, line: 1, severity: 'error', message: `python-warnings[${i}].when "${w.when}" is not a version range (e.g. ">=3.13")` });
    }
  }
  for (const heading of Object.keys(meta.sections ?? {})) {
    if (!ownHeadings.has(heading)) {
      problems.push({ source, line: 1, severity: 'warning', message: `sections."${heading}" does not match any heading in this file` });
    }
  }
  return problems;
}

