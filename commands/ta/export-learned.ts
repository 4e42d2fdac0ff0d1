import { stringify } from 'yaml';
import { defineComponent } from '../../src/framework/component.js';
import { button, errorReply, notice, type ReplyButton } from '../../src/framework/reply.js';
import { parseMarkdownFile } from '../../src/knowledge/sections.js';
import type { LearnedFile } from '../../src/store/learned.js';

export const EXPORT_FILE = 'learned-answers.md';

/** A saved answer as the export reads it back from its file. */
export interface SavedAnswer {
  file: string;
  heading: string;
  text: string;
  aliases: string[];
  sources: string[];
  reviewed: string | undefined;
  author: string | undefined;
  source: string | undefined;
}

export function readSaved(file: LearnedFile): SavedAnswer | null {
  const parsed = parseMarkdownFile(file.name, file.content);
  const section = parsed.sections[0];
  if (!section) return null;
  const meta = parsed.meta as typeof parsed.meta & { author?: unknown; source?: unknown };
  return {
    file: file.name,
    heading: section.headings.at(-1) ?? file.name,
    text: section.text,
    aliases: section.aliases,
    sources: meta.sources ?? [],
    reviewed: meta.reviewed,
    author: typeof meta.author === 'string' ? meta.author : undefined,
    source: typeof meta.source === 'string' ? meta.source : undefined,
  };
}

/**
 * Every saved answer in one markdown file for organizers to commit to knowledge/: each answer a
 * top-level section, its students' wordings as that section's aliases, the sources of all of
 * them, reviewed as of the oldest, and where each came from in an HTML comment (kept in the file,
 * never shown to students). Headings two answers share get " (2)", " (3)" so links stay unambiguous.
 */
export function exportLearned(files: readonly LearnedFile[]): string {
  const answers = files.map(readSaved).filter((a): a is SavedAnswer => a !== null);
  const seen = new Map<string, number>();
  const sections: Record<string, { aliases: string[] }> = {};
  const blocks: string[] = [];
  for (const a of answers) {
    const n = (seen.get(a.heading.toLowerCase()) ?? 0) + 1;
    seen.set(a.heading.toLowerCase(), n);
    const heading = n === 1 ? a.heading : `${a.heading} (${n})`;
    if (a.aliases.length) sections[heading] = { aliases: a.aliases };
    const provenance = [a.file, a.source && `from ${a.source}`, a.author && `by ${a.author}`, a.reviewed && `saved ${a.reviewed}`].filter(Boolean).join(', ');
    blocks.push(`# ${heading}\n\n<!-- ${provenance.replace(/--+/g, '-')} -->\n\n${a.text}\n`);
  }
  const sources = [...new Set(answers.flatMap((a) => a.sources))];
  const reviewed = answers.map((a) => a.reviewed).filter((r): r is string => Boolean(r)).sort()[0];
  const meta: Record<string, unknown> = { title: 'Answers TAs saved during the workshop' };
  if (reviewed) meta.reviewed = reviewed;
  if (sources.length) meta.sources = sources;
  if (Object.keys(sections).length) meta.sections = sections;
  return `---\n${stringify(meta, { lineWidth: 0 }).trimEnd()}\n---\n\n${blocks.join('\n')}`;
}

/** "Export" under /learned: the saved answers as one markdown file, attached. */
export const exportLearnedButton = defineComponent<Record<string, never>>({
  id: 'export-learned',
  taOnly: true,
  encode: () => [],
  parse: () => ({}),
  async run(_args, ctx) {
    const learned = ctx.services.learned;
    if (!learned) return { type: 'reply', reply: errorReply('There is no saved-answers folder in this run.') };
    const files = await learned.list();
    if (!files.length) return { type: 'reply', reply: notice('No answers saved yet.') };
    const markdown = exportLearned(files);
    return {
      type: 'reply',
      reply: {
        kind: 'info',
        title: `${files.length} saved answer${files.length === 1 ? '' : 's'}, ready for knowledge/`,
        body: `Put \`${EXPORT_FILE}\` into the repository's knowledge/ folder and run \`npm run check:knowledge\`; then the answers ship with the bot.`,
        files: [{ name: EXPORT_FILE, data: Buffer.from(markdown, 'utf8'), description: 'Saved answers as one knowledge file' }],
        visibility: 'private',
        data: { answers: files.length },
      },
    };
  },
});

export function exportButton(): ReplyButton {
  return button(exportLearnedButton, {}, { label: 'Export', style: 'primary', emoji: '📦', hint: 'Export: npm run --silent cli -- export learned > learned-answers.md' });
}
