import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/knowledge/sections.js';
import { splitFrontMatter } from '../../src/knowledge/frontmatter.js';

const parse = (md: string) => parseMarkdownFile('doc.md', md);
const headings = (md: string) => parse(md).sections.map((s) => s.headings.join(' > '));

describe('the workshop page', () => {
  const shared = new URL('../../../shared/seed/pre-work.md', import.meta.url);
  // The knowledge copy carries a front-matter block (sources, review date) on top; everything
  // after it must still be the workshop's page exactly, so compare the body with the seed.
  it.skipIf(!existsSync(shared))('is kept byte for byte as the workshop wrote it, typos and redacted line included', () => {
    const ours = splitFrontMatter(readFileSync(new URL('../../knowledge/pre-work.md', import.meta.url), 'utf8'));
    expect(ours.problems).toEqual([]);
    expect(Buffer.from(ours.body, 'utf8')).toEqual(readFileSync(shared));
  });
});

describe('sectioning', () => {
  it('splits the seed page into its headings with full paths', () => {
    const seed = readFileSync(new URL('../../knowledge/pre-work.md', import.meta.url), 'utf8');
    const { sections, problems } = parseMarkdownFile('pre-work.md', seed);
    expect(problems).toEqual([]);
    expect(sections.map((s) => s.headings.at(-1))).toEqual([
      'Pre-work', 'Background', 'What is an LLM?', 'Granite', 'What is InstructLab?', 'Why InstructLab',
      'How does InstructLab work?', 'Visual Studio Code', 'Mac installation steps', 'Windows installation steps', 'Python',
    ]);
    const granite = sections.find((s) => s.headings.at(-1) === 'Granite')!;
    expect(granite.headings).toEqual(['Pre-work', 'Background', 'What is an LLM?', 'Granite']);
    expect(granite.text).toContain('Granite is a family of IBM');
    // "### Windows" under "## Visual Studio Code" after a "####": depth, not order, decides the parent.
    expect(sections.find((s) => s.id === 'pre-work/windows-installation-steps')!.headings).toEqual(['Pre-work', 'Visual Studio Code', 'Windows installation steps']);
    // Line numbers stay true to the file: the seed's line 63, moved down by the front-matter block.
    expect(sections.find((s) => s.headings.at(-1) === 'Python')!.line).toBe(63 + splitFrontMatter(seed).bodyLineOffset);
  });

  it('keeps a # line inside a fenced code block as code, not a heading', () => {
    const { sections } = parse('# Setup\n\n```bash\n# this is a comment\npip install x\n```\n\n## Next\ntext\n');
    expect(sections.map((s) => s.headings.at(-1))).toEqual(['Setup', 'Next']);
    expect(sections[0]!.text).toContain('# this is a comment');
    expect(sections[0]!.text).toContain('```bash');
  });

  it('counts setext headings', () => {
    expect(headings('Title\n=====\n\nintro\n\nSub\n---\n\nbody\n')).toEqual(['Title', 'Title > Sub']);
  });

  it('reads front-matter as metadata, never as a heading or text', () => {
    const md = '---\ntitle: VS Code\naliases: [vscode, editor]\nkeywords: code, ide\nsections:\n  Install:\n    aliases: [get vscode]\nreplies:\n  python/ok/macos: Install\n---\n# VS Code\n\nintro\n\n## Install\n\nsteps\n';
    const { sections, problems, meta } = parse(md);
    expect(problems).toEqual([]);
    expect(meta.title).toBe('VS Code');
    expect(sections.map((s) => s.headings.at(-1))).toEqual(['VS Code', 'Install']);
    expect(sections.every((s) => !s.text.includes('aliases'))).toBe(true);
    expect(sections[0]!.aliases).toEqual([]);
    expect(sections[1]!.aliases).toEqual(['get vscode']);
    expect(sections[0]!.topicKeywords).toEqual(['vscode', 'editor', 'code', 'ide']);
    expect(sections[1]!.topicKeywords).toEqual([]);
    expect(sections[1]!.replyKeys).toEqual(['python/ok/macos']);
    expect(sections[1]!.line).toBe(15);
  });

  it('reports broken front-matter with a line and still indexes the body', () => {
    const { sections, problems } = parse('---\ntitle: [unclosed\n---\n# Body\ntext\n');
    expect(problems[0]!.severity).toBe('error');
    expect(problems[0]!.message).toMatch(/YAML/);
    expect(sections.map((s) => s.headings.at(-1))).toEqual(['Body']);
  });

  it('reports a reply key naming a heading that is not in the file', () => {
    const { problems } = parse('---\nreplies:\n  python/ok/linux: Nowhere\n---\n# Here\ntext\n');
    expect(problems.map((p) => p.message).join()).toMatch(/Nowhere/);
  });

  it('ignores empty headings and drops HTML comments but keeps other HTML', () => {
    const { sections } = parse('# A\n\none <!-- hidden -->\n\n#\n\n<!-- gone -->\n<details><summary>More</summary>two</details>\n\n## B\nthree\n');
    expect(sections.map((s) => s.headings.at(-1))).toEqual(['A', 'B']);
    expect(sections[0]!.text).not.toContain('hidden');
    expect(sections[0]!.text).not.toContain('gone');
    expect(sections[0]!.text).toContain('<details>');
  });

  it('keeps text before the first heading as a section named after the file', () => {
    const { sections } = parse('Some intro.\n\n# Later\nx\n');
    expect(sections[0]!.headings).toEqual(['doc']);
    expect(sections[0]!.text).toBe('Some intro.');
  });

  it('gives stable, unique, short ids even for repeated headings', () => {
    const md = '# Guide\n## Windows\nx\n## Mac\n### Steps\na\n## Linux\n### Steps\nb\n### Steps\nc\n';
    const ids = parse(md).sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('doc/steps');
    expect(ids).toContain('doc/linux/steps');
    expect(parse(md).sections.map((s) => s.id)).toEqual(ids);
    const long = parse(`# ${'very long heading '.repeat(20)}\ntext\n`).sections[0]!;
    expect(long.id.length).toBeLessThanOrEqual(80);
  });
});
