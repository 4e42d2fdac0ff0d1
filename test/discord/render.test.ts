import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.js';
import { decodeButton, encodeButton, MemoStore, type ButtonAction } from '../../src/discord/custom-ids.js';
import { renderReply } from '../../src/discord/render.js';
import { splitMarkdown } from '../../src/discord/split.js';

const ctx = () => ({ memos: new MemoStore(), userId: '1', channelId: '2' });
const fences = (s: string) => (s.match(/^```/gm) ?? []).length;

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
  const answer: Reply = { kind: 'answer', title: 'Pre-work › Python', body: 'text', source: 'pre-work.md:63', sectionId: 'pre-work/python', visibility: 'private', actions: [{ type: 'share', sectionId: 'pre-work/python' }, { type: 'feedback', sectionId: 'pre-work/python', query: 'q' }] };

  it('renders an ephemeral embed with share and feedback buttons, pinging nobody', () => {
    const p = renderReply(answer, ctx());
    expect(p.flags).toBe(64);
    expect(p.allowedMentions).toEqual({ parse: [] });
    expect(p.embeds[0]).toMatchObject({ title: 'Pre-work › Python', description: 'text', footer: { text: 'Source: pre-work.md:63' } });
    const labels = p.components.flatMap((r) => r.components.map((c) => ('label' in c ? c.label : '')));
    expect(labels).toEqual(['Share in channel', 'Helpful', 'Not helpful']);
    for (const row of p.components) for (const c of row.components) if ('custom_id' in c) expect(c.custom_id.length).toBeLessThanOrEqual(100);
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
    const p = renderReply({ ...answer, visibility: 'public', mentionUserId: '123456789012345678' }, ctx());
    expect(p.content).toBe('<@123456789012345678>');
    expect(p.allowedMentions).toEqual({ parse: [], users: ['123456789012345678'] });
    expect(p.flags).toBeUndefined();
  });
});

describe('custom ids', () => {
  it.each<ButtonAction>([
    { kind: 'share', sectionId: 'python-macos/install-python-with-homebrew' },
    { kind: 'vote', helpful: false, sectionId: 'pre-work/python', memo: 'abcDEF12' },
    { kind: 'more', part: 2, sectionId: 'a/b' },
    { kind: 'ask-ta', memo: 'k' },
    { kind: 'os', os: 'windows', memo: 'k2' },
    { kind: 'topics', page: 3 },
    { kind: 'solved', memo: 'm' },
    { kind: 'stuck', memo: 'm' },
  ])('round-trips %o', (action) => {
    expect(decodeButton(encodeButton(action))).toEqual(action);
  });

  it('rejects foreign or malformed ids', () => {
    for (const id of ['', 'other:share:x', 'pw:nope', 'pw:os:beos:k', 'pw:topics:-1', 'pw:more:0:x', 'pw:up:k']) expect(decodeButton(id)).toBeNull();
  });
});
