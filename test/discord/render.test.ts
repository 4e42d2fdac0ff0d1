import { describe, expect, it } from 'vitest';
import askFeature from '../../commands/ask/index.js';
import pythonFeature from '../../commands/python-check/index.js';
import taFeature from '../../commands/ta/index.js';
import { renderReply } from '../../src/adapters/discord/render.js';
import { splitMarkdown } from '../../src/adapters/discord/split.js';
import { splitCustomId } from '../../src/framework/component.js';
import { MemoStore } from '../../src/framework/memos.js';
import { createRegistry } from '../../src/framework/registry.js';
import type { Reply } from '../../src/framework/reply.js';
import { sectionReply } from '../../commands/ask/section-reply.js';
import type { Section } from '../../src/knowledge/types.js';

const ctx = () => ({ memos: new MemoStore() });
const fences = (s: string) => (s.match(/^```/gm) ?? []).length;
const SECTION: Section = { id: 'pre-work/python', source: 'pre-work.md', headings: ['Pre-work', 'Python'], depth: 2, text: 'text', line: 63, aliases: [], keywords: [], topicKeywords: [], replyKeys: [], errors: [], sources: [], pythonWarnings: [] };
const registry = createRegistry([askFeature, pythonFeature, taFeature]);

describe('splitMarkdown', () => {
  it('keeps short text whole and cuts long text at paragraph boundaries within the limit', () => {
    expect(splitMarkdown('short', 100)).toEqual(['short']);
    const text = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} ${'word '.repeat(30)}`).join('\n\n');
    const parts = splitMarkdown(text, 1000);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(1000);
    expect(parts[0]!.trim().endsWith('word')).toBe(true);
  });

  it('never leaves a code fence open across a cut', () => {
    const text = 'Intro\n\n```bash\n' + Array.from({ length: 200 }, (_, i) => `echo line ${i}`).join('\n') + '\n```\n\nAfter.';
    const parts = splitMarkdown(text, 500);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(500);
      expect(fences(p) % 2).toBe(0);
    }
    expect(parts[1]!.startsWith('```bash\n')).toBe(true);
  });
});

describe('renderReply', () => {
  const answer: Reply = sectionReply(SECTION, 'private', 'q');

  it('renders an ephemeral embed with share and feedback buttons, pinging nobody', () => {
    const p = renderReply(answer, ctx());
    expect(p.flags).toBe(64);
    expect(p.allowedMentions).toEqual({ parse: [] });
    expect(p.embeds[0]).toMatchObject({ title: 'Pre-work › Python', description: 'text', footer: { text: 'Source: pre-work.md:63' } });
    const labels = p.components.flatMap((r) => r.components.map((c) => ('label' in c ? c.label : '')));
    expect(labels).toEqual(['Share in channel', 'Helpful', 'Not helpful']);
    for (const row of p.components) for (const c of row.components) if ('custom_id' in c) expect(c.custom_id.length).toBeLessThanOrEqual(100);
  });

  it('drops private-only buttons from a public reply', () => {
    const p = renderReply({ ...answer, visibility: 'public' }, ctx());
    expect(p.components.flatMap((r) => r.components.map((c) => ('label' in c ? c.label : '')))).toEqual(['Helpful', 'Not helpful']);
  });

  it('respects Discord limits for huge replies and offers "Show more"', () => {
    const p = renderReply({ ...answer, title: 'T'.repeat(400), body: 'para\n\n'.repeat(3000), fields: Array.from({ length: 40 }, (_, i) => ({ name: `f${i}`, value: 'v'.repeat(2000) })) }, ctx());
    const e = p.embeds[0]!;
    expect(e.title!.length).toBeLessThanOrEqual(256);
    expect(e.description!.length).toBeLessThanOrEqual(4096);
    expect(e.fields!.length).toBeLessThanOrEqual(25);
    for (const f of e.fields!) expect(f.value.length).toBeLessThanOrEqual(1024);
    const total = e.title!.length + e.description!.length + (e.footer?.text.length ?? 0) + e.fields!.reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
    expect(p.components[0]!.components[0]).toMatchObject({ label: 'Show more' });
  });

  it('allows exactly one user or role where the reply names one', () => {
    const p = renderReply({ ...answer, visibility: 'public', mention: { user: '123456789012345678' } }, ctx());
    expect(p.content).toBe('<@123456789012345678>');
    expect(p.allowedMentions).toEqual({ parse: [], users: ['123456789012345678'] });
    expect(p.flags).toBeUndefined();
    const role = renderReply({ kind: 'notice', body: 'TA please', visibility: 'public', mention: { role: '223456789012345678' } }, ctx());
    expect(role.content).toBe('<@&223456789012345678> TA please');
    expect(role.allowedMentions).toEqual({ parse: [], roles: ['223456789012345678'] });
  });
});

describe('custom ids', () => {
  it('every button a reply renders routes back, through the registry, to the component that made it', () => {
    const memos = new MemoStore();
    const p = renderReply(answer(), { memos });
    for (const row of p.components) {
      for (const c of row.components) {
        if (!('custom_id' in c)) continue;
        const id = splitCustomId(c.custom_id)!;
        const component = registry.component(id.id)!;
        expect(component).toBeDefined();
        expect(component.parse(id.parts, memos)).not.toBeNull();
      }
    }
    function answer() {
      return { ...sectionReply(SECTION, 'private', 'how do I install python'), body: 'long\n\n'.repeat(2000) };
    }
  });

  it('round-trips each component\'s arguments, free text through the memo store', () => {
    const memos = new MemoStore();
    const trip = (id: string, args: unknown) => {
      const component = registry.component(id)!;
      return component.parse(component.encode(args, memos), memos);
    };
    expect(trip('share', { sectionId: 'python-macos/install-python-with-homebrew' })).toEqual({ sectionId: 'python-macos/install-python-with-homebrew' });
    expect(trip('feedback', { sectionId: 'pre-work/python', query: 'q?', helpful: false })).toEqual({ sectionId: 'pre-work/python', query: 'q?', helpful: false });
    expect(trip('more', { sectionId: 'a/b', part: 2 })).toEqual({ sectionId: 'a/b', part: 2 });
    expect(trip('ask-ta', { question: 'parking?' })).toMatchObject({ question: 'parking?' });
    expect(trip('choose-os', { paste: 'Python 3.9', os: 'windows' })).toEqual({ paste: 'Python 3.9', os: 'windows' });
    expect(trip('page', { page: 3 })).toEqual({ page: 3 });
    expect(trip('paste-form', { os: undefined })).toEqual({ os: undefined });
    expect(trip('stuck', { question: 'still' })).toMatchObject({ question: 'still' });
  });

  it('rejects foreign or malformed ids', () => {
    expect(splitCustomId('')).toBeNull();
    expect(splitCustomId('other:share:x')).toBeNull();
    const memos = new MemoStore();
    const parse = (id: string) => {
      const split = splitCustomId(id);
      const component = split && registry.component(split.id);
      return component ? component.parse(split.parts, memos) : null;
    };
    for (const id of ['pw:nope', 'pw:choose-os:beos:k', 'pw:page:-1', 'pw:more:0:x', 'pw:feedback:up:k', 'pw:paste-form:beos']) expect(parse(id)).toBeNull();
  });

  it('a memo gone since the button was made reads as expired, not as a crash', () => {
    const parsed = registry.component('choose-os')!.parse(['linux', 'gone'], new MemoStore());
    expect(parsed).toEqual({ os: 'linux', paste: undefined });
  });
});

describe('sources under an answer', () => {
  const urls = ['https://docs.brew.sh/Homebrew-and-Python', 'https://peps.python.org/pep-0693/', 'https://brew.sh/', 'https://www.python.org/downloads/macos/'];
  const withSources = (sources: string[]) => sectionReply({ ...SECTION, sources }, 'private', 'q');

  it('lists the first three primary sources as links, and says how many more the file has', () => {
    const message = renderReply(withSources(urls), ctx());
    const field = message.embeds[0]!.fields!.find((f) => f.name === 'Sources')!;
    expect(field.value).toBe('<https://docs.brew.sh/Homebrew-and-Python>\n<https://peps.python.org/pep-0693/>\n<https://brew.sh/>\nand 1 more in the knowledge file');
  });

  it('shows no Sources field without sources, and never a non-web link', () => {
    expect(renderReply(withSources([]), ctx()).embeds[0]!.fields?.some((f) => f.name === 'Sources') ?? false).toBe(false);
    const message = renderReply({ ...withSources([]), references: ['javascript:alert(1)', 'https://ok.example/a b'] }, ctx());
    expect(message.embeds[0]!.fields?.some((f) => f.name === 'Sources') ?? false).toBe(false);
  });
});
