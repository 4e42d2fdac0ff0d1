/**
 * A paste longer than a Discord message reaches the bot as `message.txt`: Discord's client attaches
 * it instead of sending it. End to end on the loopback Discord, whose CDN serves the file: the bot
 * downloads it and answers from it as from a typed message (help channel, mention, message menu).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';

type Posted = { content?: string; embeds: { title?: string }[]; allowed_mentions: { parse: string[] } };
const repliesTo = (id: string) => (r: { method: string; body: unknown }) =>
  r.method === 'POST' && (r.body as { message_reference?: { message_id: string } } | undefined)?.message_reference?.message_id === id;

/** What a student pastes after trying to open VS Code from a Mac terminal: well over 2,000 characters. */
const MAC_SESSION = [
  'Last login: Mon Jan 12 09:14:02 on ttys000',
  ...Array.from({ length: 60 }, (_, i) => `student@MacBook-Air ~ % ls Projects/week${i}\nnotes.md  data.csv  draft.py`),
  'student@MacBook-Air ~ % cd workshop',
  'student@MacBook-Air workshop % code .',
  'zsh: command not found: code',
].join('\n');

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot();
});
afterAll(async () => {
  await t?.stop();
});

const messageTxt = (channel?: string) =>
  t.fake.attachment({ filename: 'message.txt', data: Buffer.from(MAC_SESSION), contentType: 'text/plain; charset=utf-8', ...(channel ? { channel } : {}) });

describe('a long paste sent as message.txt', () => {
  it('is read in a help channel: the post with only the file is answered under it, once', async () => {
    expect(MAC_SESSION.length).toBeGreaterThan(2000);
    const att = messageTxt(t.fake.ids.helpChannel);
    const sent = await t.fake.messageCreate({ content: '', author: 'student2', channel: 'helpChannel', attachments: [att] });
    const reply = await t.fake.waitForRequest(repliesTo(sent.id));
    const body = reply.body as Posted;
    expect(body.embeds[0]!.title).toMatch(/code command/i);
    expect(body.embeds[0]!.title).toMatch(/mac/i);
    expect(body.allowed_mentions.parse).toEqual([]);
    expect(t.fake.cdnRequests.some((q) => q.rawPath.includes(`/${String(att.id)}/`))).toBe(true);
    expect(t.fake.requests.filter(repliesTo(sent.id))).toHaveLength(1);
  });

  it('is read with a mention: the words typed and the file make one question', async () => {
    const sent = await t.fake.messageCreate({ content: `<@${t.fake.ids.botUser}> what did I do wrong?`, author: 'student', attachments: [messageTxt()] });
    const reply = await t.fake.waitForRequest(repliesTo(sent.id));
    expect((reply.body as Posted).embeds[0]!.title).toMatch(/code command/i);
  });

  it('is read by "Find pre-work answer" on the student\'s message', async () => {
    const target = await t.fake.messageCreate({ content: 'pls help', author: 'student2', attachments: [messageTxt()] });
    await t.fake.messageContextMenu('Find pre-work answer', target.id, { user: 'ta' });
    const posted = await t.fake.waitForRequest(repliesTo(target.id));
    expect((posted.body as Posted).embeds[0]!.title).toMatch(/code command/i);
  });

  it('a file that is not on the CDN is never downloaded, and the words alone decide', async () => {
    const before = t.fake.cdnRequests.length;
    const elsewhere = t.fake.attachment({ filename: 'message.txt', data: Buffer.from(MAC_SESSION), contentType: 'text/plain', url: 'https://example.com/message.txt' });
    const sent = await t.fake.messageCreate({ content: `<@${t.fake.ids.botUser}> how do I install vs code on my mac?`, author: 'student2', attachments: [elsewhere] });
    const reply = await t.fake.waitForRequest(repliesTo(sent.id));
    expect((reply.body as Posted).embeds[0]!.title).toMatch(/VS Code/i);
    expect(t.fake.cdnRequests.length).toBe(before);
  });
});
