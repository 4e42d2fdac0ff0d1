import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { countNewlines } from './lines.js';

const stringList = z
  .union([z.string(), z.array(z.union([z.string(), z.number()]))], { error: 'expected a list, e.g. [vscode, editor], or a comma-separated string' })
  .transform((v) => (Array.isArray(v) ? v.map(String) : v.split(',')).map((s) => s.trim()).filter(Boolean));

const sectionMeta = z.object({
  aliases: stringList.optional(),
  keywords: stringList.optional(),
  /** Literal fragments of error output or commands this section answers, matched before ranking. */
  errors: stringList.optional(),
});

/** A date as YAML gives it: `2026-11-29` may arrive as a string or, in YAML 1.1 readers, a Date. */
const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()))
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), { error: 'expected a date like "2026-11-29"' });

const url = z.string().trim().refine((v) => /^https?:\/\/\S+$/i.test(v), { error: 'expected a URL starting with https://' });

/** A /check-python note for versions that meet the workshop but not one of its tools. */
const pythonWarning = z.object({
  /** semver range of Python versions the note applies to, e.g. ">=3.13". */
  when: z.string().min(1),
  /** One line, shown as the warning. */
  text: z.string().min(1),
  /** Heading (in this file) of the section with the fix. */
  fix: z.string().min(1),
});

/**
 * Front-matter fields the bot understands. Unknown fields (authors, dates, tags of other site
 * generators) are allowed and ignored, so real workshop pages index as they are.
 */
export const frontMatterSchema = z
  .object({
    title: z.union([z.string(), z.number()]).transform(String).optional(),
    aliases: stringList.optional(),
    keywords: stringList.optional(),
    tags: stringList.optional(),
    description: z.union([z.string(), z.number()]).transform(String).optional(),
    audience: z.string().optional(),
    /** Per-section metadata keyed by the heading text as written. */
    sections: z.record(z.string(), sectionMeta).optional(),
    /** Reply keys (e.g. `python/not-found/macos`) mapped to a heading text in this file. */
    replies: z.record(z.string(), z.string()).optional(),
    /** Primary sources (URLs) behind the file's facts; shown with answers. */
    sources: z.union([url, z.array(url)]).transform((v) => (Array.isArray(v) ? v : [v])).optional(),
    /** When someone last checked the file against its sources. */
    reviewed: isoDate.optional(),
    'python-warnings': z.array(pythonWarning).optional(),
  })
  .loose();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface FrontMatterResult {
  meta: FrontMatter;
  /** The markdown after the front-matter block. */
  body: string;
  /** Lines consumed by the front-matter block, so section line numbers stay true to the file. */
  bodyLineOffset: number;
  problems: { line: number; message: string }[];
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

export function splitFrontMatter(source: string): FrontMatterResult {
  const open = OPENING.exec(source);
  if (!open) return { meta: {}, body: source, bodyLineOffset: 0, problems: [] };
  const rest = source.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) {
    return {
      meta: {},
      body: source,
      bodyLineOffset: 0,
      problems: [{ line: 1, message: 'front-matter opened with --- but never closed' }],
    };
  }
  const yamlText = rest.slice(0, close.index);
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  const bodyLineOffset = countNewlines(source.slice(0, source.length - afterClose.length));
  const problems: FrontMatterResult['problems'] = [];
  let raw: unknown;
  try {
    raw = parseYaml(yamlText) ?? {};
  } catch (err) {
    const line = err instanceof YAMLParseError && err.linePos ? err.linePos[0].line + 1 : 1;
    problems.push({ line, message: `front-matter is not valid YAML: ${firstLine(err)}` });
    return { meta: {}, body: afterClose, bodyLineOffset, problems };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ line: 2, message: 'front-matter must be a YAML mapping (key: value lines)' });
    return { meta: {}, body: afterClose, bodyLineOffset, problems };
  }
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ line: 2, message: `front-matter field "${issue.path.join('.')}": ${issue.message}` });
    }
    return { meta: {}, body: afterClose, bodyLineOffset, problems };
  }
  return { meta: parsed.data, body: afterClose, bodyLineOffset, problems };
}


function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0] ?? '';
}
