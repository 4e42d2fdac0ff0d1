import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { countNewlines } from './lines.js';

const stringList = z
  .union([z.string(), z.array(z.union([z.string(), z.number()]))], { message: 'expected a list, e.g. [vscode, editor], or a comma-separated string' })
  .transform((v) => (Array.isArray(v) ? v.map(String) : v.split(',')).map((s) => s.trim()).filter(Boolean));

const sectionMeta = z.object({
  aliases: stringList.optional(),
  keywords: stringList.optional(),
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
  })
  .passthrough();

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
  let raw: unknown = {};
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
