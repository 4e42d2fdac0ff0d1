import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { FrontMatter } from './frontmatter.js';
import { parseMarkdownFile } from './sections.js';
import type { KnowledgeLink, KnowledgeProblem, Section } from './types.js';

export interface LoadedKnowledge {
  dir: string;
  files: string[];
  sections: Section[];
  problems: KnowledgeProblem[];
  links: KnowledgeLink[];
  /** Each file's front-matter, by source path (for checks on file-level fields). */
  meta: Map<string, FrontMatter>;
}

export class KnowledgeDirError extends Error {}

/** Reads every `.md` under `dir` (sorted, so ids are stable) and splits it into sections. */
export async function loadKnowledge(dir: string): Promise<LoadedKnowledge> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) {
    throw new KnowledgeDirError(
      `knowledge folder "${dir}" does not exist or is not a folder: set KNOWLEDGE_DIR (or --knowledge) to a folder of .md files`,
    );
  }
  const files = (await listMarkdown(dir)).sort();
  const taken = new Set<string>();
  const sections: Section[] = [];
  const problems: KnowledgeProblem[] = [];
  const links: KnowledgeLink[] = [];
  const meta = new Map<string, FrontMatter>();
  for (const file of files) {
    const source = relative(dir, file).split(sep).join('/');
    const content = await readFile(file, 'utf8');
    const parsed = parseMarkdownFile(source, content, taken);
    sections.push(...parsed.sections);
    problems.push(...parsed.problems);
    links.push(...parsed.links);
    meta.set(source, parsed.meta);
  }
  return { dir, files: files.map((f) => relative(dir, f).split(sep).join('/')), sections, problems, links, meta };
}

async function listMarkdown(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listMarkdown(full)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) out.push(full);
  }
  return out;
}
