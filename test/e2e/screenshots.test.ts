/**
 * End to end with real OCR: the real discord.js client against the loopback Discord, whose CDN
 * route serves committed screenshot fixtures. The bot downloads each attachment from the CDN
 * (DISCORD_CDN_URL = the fake's /cdn), reads it with Tesseract, and answers like Discord would show.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASONS } from '../../src/ocr/limits.js';
import { READ_LINES } from '../../src/framework/images.js';
import type { Json } from '../fake-discord/index.js';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { FIXTURE_DIR } from '../ocr/corpus.js';

const fixture = (name: string) => readFileSync(join(FIXTURE_DIR, name));
const MACOS_396 = 'macos-dark-2x--macos-zsh-python-missing-python3-is-the-.png';
const UBUNTU_31012 = 'ubuntu-aubergine--ubuntu-22-04-python-missing-python3-3-10.png';
const CODE_NOT_RECOGNIZED = 'ask/cmd-black--code-not-recognized.png';

type Posted = { content?: string; embeds: { title?: string; description?: string }[]; allowed_mentions: { parse: string[] } };
const repliesTo = (id: string) => (r: { method: string; body: unknown }) =>
  r.method === 'POST' && (r.body as { message_reference?: { message_id: string } } | undefined)?.message_reference?.message_id === id;

let t: TestBot;
beforeAll(async () => {
  // Discord's own deadline: a first response later than 3 s is refused, so a slow read must defer.
  t = await startTestBot({ fake: { callbackDeadlineMs: 3000 } });
});
afterAll(async () => {
  await t?.stop();
});

describe('screenshots on the loopback Discord', () => {
  it('/check-python image: downloads it from the CDN, says what it read, and judges it', async () => {
    const att = t.fake.attachment({ filename: 'terminal.png', data: fixture(MACOS_396) });
    const { id } = await t.fake.slash('check-python', { image: { type: ApplicationCommandOptionType.Attachment, value: String(att.id) } });
    const r = await t.fake.waitForResponse(id, undefined, 30_000);
    expect(r.ephemeral).toBe(true);
    expect(r.content).toMatch(/^I read: (?:\(\d+ earlier lines?\) )?“.*python --version/);
    expect((r.embeds[0] as { title: string }).title).toMatch(/Python 3\.9\.6 is too old/);
    // The bytes came from the fake's CDN, with the URL's signature parameters kept.
    const download = t.fake.cdnRequests.find((q) => q.rawPath.includes(`/${String(att.id)}/`));
    expect(download).toMatchObject({ method: 'GET', status: 200, query: { ex: '00000000', hm: 'fake' } });
    // The verdict counts for /prework-status like a pasted one.
    expect(t.store.latestVerdicts().find((v) => v.userId === t.fake.ids.student)).toMatchObject({ verdict: 'too-old', version: '3.9.6' });
  }, 60_000);

  it('a help-channel post with only a screenshot is answered under it, once', async () => {
    const att = t.fake.attachment({ filename: 'Screenshot 2026-01-10 at 09.12.44.png', data: fixture(UBUNTU_31012), channel: t.fake.ids.helpChannel });
    const sent = await t.fake.messageCreate({ content: '', author: 'student2', channel: 'helpChannel', attachments: [att] });
    const reply = await t.fake.waitForRequest(repliesTo(sent.id), 30_000);
    const body = reply.body as Posted;
    expect(body.content).toMatch(/^I read: (?:\(\d+ earlier lines?\) )?“/);
    expect(body.content).toContain('Python 3.10.12');
    expect(body.embeds[0]!.title).toMatch(/Python 3\.10\.12 is too old/);
    expect(body.allowed_mentions.parse).toEqual([]);
    expect(t.fake.requests.filter(repliesTo(sent.id))).toHaveLength(1);
  }, 60_000);

  it('a forum post with a screenshot is answered, not the follow-up sent while it is read', async () => {
    const att = t.fake.attachment({ filename: 'image.png', data: fixture(MACOS_396) });
    const post = await t.fake.threadCreate({ title: 'python?', content: 'is this ok', author: 'student', attachments: [att] });
    // Answerable on its own, and sent at once: only the hold on the thread keeps it from answering first.
    await t.fake.messageCreate({ content: 'How do I add the deadsnakes ppa on Ubuntu 22.04?', author: 'student', channel: post.threadId });
    const reply = await t.fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${post.threadId}/messages`, 30_000);
    expect((reply.body as { message_reference?: { message_id: string } }).message_reference?.message_id).toBe(post.threadId);
    expect((reply.body as Posted).embeds[0]!.title).toMatch(/Python 3\.9\.6 is too old/);
    // A mention right after proves the follow-up was processed (events arrive in order).
    const probe = await t.fake.messageCreate({ content: `<@${t.fake.ids.botUser}> vs code linux`, author: 'student2' });
    await t.fake.waitForRequest(repliesTo(probe.id));
    expect(t.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${post.threadId}/messages`)).toHaveLength(1);
  }, 60_000);

  it('an @mention with a screenshot of a non-Python error gets the answer for that error', async () => {
    const att = t.fake.attachment({ filename: 'image.png', data: fixture(CODE_NOT_RECOGNIZED) });
    const sent = await t.fake.messageCreate({ content: `<@${t.fake.ids.botUser}>`, author: 'student', attachments: [att] });
    const reply = await t.fake.waitForRequest(repliesTo(sent.id), 30_000);
    const body = reply.body as Posted;
    expect(body.content).toMatch(/^I read: (?:\(\d+ earlier lines?\) )?“.*is not recognized as an internal or external command/);
    expect(body.embeds[0]!.title).toMatch(/code command is not recognized on Windows/);
  }, 60_000);

  it('"Find pre-work answer" on a screenshot defers while reading, posts the verdict under it, and records it for the student', async () => {
    const att = t.fake.attachment({ filename: 'python.png', data: fixture(UBUNTU_31012) });
    const target = await t.fake.messageCreate({ content: 'help', author: 'student2', attachments: [att] });
    // A slow CDN pushes the read past Discord's 3 s: only a deferred response is in time.
    const slow = t.fake.delay('GET', /^\/cdn\//, 2500, 1);
    try {
      const { id } = await t.fake.messageContextMenu('Find pre-work answer', target.id, { user: 'ta' });
      const posted = await t.fake.waitForRequest(repliesTo(target.id), 30_000);
      expect((posted.body as Posted).embeds[0]!.title).toMatch(/Python 3\.10\.12 is too old/);
      expect((posted.body as Posted).content).toMatch(/^I read: /);
      const r = await t.fake.waitForResponse(id, undefined, 10_000);
      expect(r.deferred).toBe(true);
      expect(r.ephemeral).toBe(true);
      expect(r.text).toMatch(/Posted the answer/);
      expect(t.store.latestVerdicts().find((v) => v.userId === t.fake.ids.student2)).toMatchObject({ verdict: 'too-old', version: '3.10.12' });
      expect(t.store.latestVerdicts().some((v) => v.userId === t.fake.ids.ta)).toBe(false);
    } finally {
      slow();
    }
  }, 60_000);
});

describe('an image that is not on Discord', () => {
  let other: Server;
  let otherUrl: string;
  const seen: string[] = [];
  beforeAll(async () => {
    // Another host (another origin than the CDN): whatever it would serve, it must never be asked.
    other = createServer((req, res) => {
      seen.push(req.url ?? '');
      res.writeHead(200, { 'Content-Type': 'image/png' }).end(fixture(MACOS_396));
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    other.closeAllConnections();
    await new Promise<void>((resolve) => other.close(() => resolve()));
  });

  it('is refused in one line for /check-python, and nothing is fetched', async () => {
    const att = t.fake.attachment({ filename: 'terminal.png', data: fixture(MACOS_396), url: `${otherUrl}/attachments/1/2/terminal.png` });
    const before = t.fake.cdnRequests.length;
    const { id } = await t.fake.slash('check-python', { image: { type: ApplicationCommandOptionType.Attachment, value: String(att.id) } });
    const r = await t.fake.waitForResponse(id);
    expect(r.content).toBe(REASONS.host);
    expect(r.embeds).toEqual([]);
    expect(seen).toEqual([]);
    expect(t.fake.cdnRequests.length).toBe(before);
  });

  it('is refused for an @mention too, and a link dressed as the CDN path on another port is not fetched either', async () => {
    const lookalike: Json = t.fake.attachment({ filename: 'a.png', data: fixture(MACOS_396), url: `${otherUrl}/cdn/attachments/1/2/a.png` });
    const sent = await t.fake.messageCreate({ content: `<@${t.fake.ids.botUser}>`, author: 'student', attachments: [lookalike] });
    const reply = await t.fake.waitForRequest(repliesTo(sent.id));
    expect((reply.body as Posted).content).toBe(REASONS.host);
    expect(seen).toEqual([]);
  });
});

describe('OCR=off', () => {
  let off: TestBot;
  beforeAll(async () => {
    off = await startTestBot({ env: { OCR: 'off' } });
  });
  afterAll(async () => {
    await off?.stop();
  });

  it('answers a screenshot with one line asking for the text, and starts no reader', async () => {
    const att = off.fake.attachment({ filename: 'terminal.png', data: fixture(MACOS_396) });
    const { id } = await off.fake.slash('check-python', { image: { type: ApplicationCommandOptionType.Attachment, value: String(att.id) } });
    const r = await off.fake.waitForResponse(id);
    expect(r.content).toBe(READ_LINES.disabled);
    expect(off.ocr.stats()).toMatchObject({ enabled: false, started: 0 });
  });

  it('stays quiet in a help channel (a TA will answer)', async () => {
    const att = off.fake.attachment({ filename: 'terminal.png', data: fixture(MACOS_396) });
    const sent = await off.fake.messageCreate({ content: '', author: 'student', channel: 'helpChannel', attachments: [att] });
    // A mention right after proves the post was processed (events arrive in order).
    const probe = await off.fake.messageCreate({ content: `<@${off.fake.ids.botUser}> vs code linux`, author: 'student2' });
    await off.fake.waitForRequest(repliesTo(probe.id));
    expect(off.fake.requests.some(repliesTo(sent.id))).toBe(false);
  });
});
