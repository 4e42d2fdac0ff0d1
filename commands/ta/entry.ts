import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkKnowledge } from '../../src/knowledge/check.js';
import { parseMarkdownFile } from '../../src/knowledge/sections.js';

/** What a TA's form gives: the answer and what students call its question. */
export interface EntryDraft {
  heading: string;
  body: string;
  /** Other wordings of the question (the students'). */
  aliases: string[];
  /** Link to the message the answer was saved from. */
  source?: string;
  /** Who wrote the answer. */
  author: string;
  /** Today, as YYYY-MM-DD. */
  reviewed: string;
}

export const MAX_HEADING = 200;
export const MAX_ALIAS = 200;
const MAX_ALIASES = 12;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * One line of user text made inert for a heading or an alias: one line, no heading marks, and no
 * mention that could ever ping (`@everyone`, `<@id>`, `<@&role>`, `<#channel>`).
 */
export function inertLine(text: string, max = MAX_HEADING): string {
  const flat = inertMentions(text.replace(CONTROL, '').replace(/\s+/g, ' ').trim())
    .replace(/^(?:[#>]+\s*)+/, '')
    .replace(/\s+#+\s*$/, '')
    .trim();
  return cut(flat, max);
}

/**
 * The answer text as saved: markdown stays (lists, links, code blocks are what makes an answer
 * useful), but nothing in it may change the file's structure or ping anyone. Outside code blocks
 * a line that would start a heading (`# …`, or a `===`/`---` underline) is escaped so the answer
 * stays one section, and mentions get a zero-width space; code blocks are kept byte for byte (a
 * student copies them), and one left open is closed.
 */
export function inertBody(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(CONTROL, '').split('\n');
  let fence: string | null = null;
  const out: string[] = [];
  for (const line of lines) {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
      out.push(line);
    } else if (marker) {
      fence = marker;
      out.push(line);
    } else {
      let safe = inertMentions(line);
      if (/^ {0,3}#/.test(safe)) safe = safe.replace('#', '\\#');
      else if (/^ {0,3}(?:=+|-+)\s*$/.test(safe)) safe = safe.replace(/^( {0,3})/, '$1\\');
      out.push(safe);
    }
  }
  if (fence !== null) out.push(fence);
  return out.join('\n').replace(/^(?:[ \t]*\n)+/, '').trimEnd();
}

function inertMentions(text: string): string {
  return text.replace(/@(everyone|here)\b/gi, '@\u200b$1').replace(/<([@#/:]|a?:)/g, '<\u200b$1');
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const at = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, at).trimEnd();
}

/** http(s) links in the answer: its primary sources. */
export function urlsIn(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s<>()[\]"'`]+/gi) ?? [];
  return [...new Set(found.map((u) => u.replace(/[.,;:!?*_~]+$/, '')))].filter((u) => /^https?:\/\/\S+$/i.test(u));
}

/** The markdown file for a saved answer: front-matter the knowledge loader understands, then one section. */
export function composeEntry(draft: EntryDraft): string {
  const heading = inertLine(draft.heading);
  const body = inertBody(draft.body);
  const aliases = [...new Set(draft.aliases.map((a) => inertLine(a, MAX_ALIAS)).filter((a) => a && a.toLowerCase() !== heading.toLowerCase()))].slice(0, MAX_ALIASES);
  const sources = urlsIn(body);
  const meta: Record<string, unknown> = {};
  // The students' wordings go on the section (`sections: {heading: {aliases}}`), where the search
  // treats them as names of the answer; file-level `aliases` only weigh as topic context, and a
  // wording that shares few words with the heading is then not answered confidently.
  if (aliases.length) meta.sections = { [heading]: { aliases } };
  if (draft.source) meta.source = draft.source;
  meta.author = inertLine(draft.author, 100) || 'a TA';
  meta.reviewed = draft.reviewed;
  if (sources.length) meta.sources = sources;
  return `---\n${stringify(meta, { lineWidth: 0 }).trimEnd()}\n---\n\n# ${heading}\n\n${body}\n`;
}

export interface EntryCheck {
  errors: string[];
  warnings: string[];
}

/**
 * The same validation `npm run check:knowledge` runs, on the candidate file alone in a scratch
 * folder, before anything is written: a file the check would reject is refused with its reasons.
 * Beyond it: the answer must have a heading and text, and be exactly one section.
 */
export async function checkEntry(markdown: string, draft: Pick<EntryDraft, 'heading' | 'body'>, today = new Date()): Promise<EntryCheck> {
  const errors: string[] = [];
  if (!inertLine(draft.heading)) errors.push('the question (heading) is empty');
  if (!inertBody(draft.body)) errors.push('the answer is empty');
  const sections = parseMarkdownFile('entry.md', markdown).sections;
  if (sections.length !== 1) errors.push(`the answer would make ${sections.length} sections instead of one`);
  const dir = await mkdtemp(join(tmpdir(), 'pw-entry-'));
  try {
    await writeFile(join(dir, 'entry.md'), markdown, 'utf8');
    const report = await checkKnowledge(dir, { today });
    errors.push(...report.problems.filter((p) => p.severity === 'error').map((p) => p.message));
    return { errors, warnings: report.problems.filter((p) => p.severity === 'warning').map((p) => p.message) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
