/**
 * A question of 3,000 snakes (🐍, two UTF-16 units each) through every reply that quotes or cuts
 * it. Discord rejects a string holding half an emoji, so any cut in the middle of a pair would
 * lose that message; every string sent must be well formed.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionReply } from '../../commands/ask/section-reply.js';
import { renderReply } from '../../src/adapters/discord/render.js';
import { MemoStore } from '../../src/framework/memos.js';
import type { Section } from '../../src/knowledge/types.js';
import { buttonId, startTestBot, type TestBot } from '../helpers/bot.js';

const SNAKES = '🐍'.repeat(3000);
/** /unanswered keeps only pre-work questions: the snakes follow a pre-work word ("gpu"). */
const QUESTION = `gpu quota ${SNAKES}`;
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every string anywhere in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot();
});
afterAll(async () => {
  await t?.stop();
});

describe('a 3,000-emoji question', () => {
  it('goes through /ask, "Ask a TA", /unanswered, /answer and a mention without a split character', async () => {
    const asked = await t.fake.slash('ask', { question: QUESTION });
    const unsure = await t.fake.waitForResponse(asked.id);
    expect(unsure.text).toMatch(/not sure/i);

    const ping = await t.fake.button(buttonId(unsure.components, 'Ask a TA'), { message: unsure.message!.id });
    const pinged = await t.fake.waitForResponse(ping.id);
    expect(pinged.content).toContain(`<@&${t.fake.ids.taRole}>`);
    expect(pinged.content).toContain('🐍🐍🐍');

    const list = await t.fake.slash('unanswered', {}, { user: 'ta' });
    const listed = await t.fake.waitForResponse(list.id);
    expect(listed.text).toContain('🐍🐍🐍');

    const answer = await t.fake.slash('answer', { student: { type: ApplicationCommandOptionType.User, value: t.fake.ids.student }, query: QUESTION }, { user: 'ta' });
    await t.fake.waitForResponse(answer.id);

    const mention = await t.fake.messageCreate({ content: `<@${t.fake.ids.botUser}> ${QUESTION}`, author: 'student' });
    await t.fake.waitForRequest((r) => (r.body as { message_reference?: { message_id: string } } | undefined)?.message_reference?.message_id === mention.id);

    expect(t.fake.errors).toEqual([]);
    const sent = t.fake.requests.filter((r) => r.method !== 'GET' && r.body !== undefined && !r.path.endsWith('/commands'));
    expect(sent.length).toBeGreaterThanOrEqual(5);
    for (const r of sent) for (const s of strings(r.body)) expect(LONE.test(s), `${r.method} ${r.path}`).toBe(false);
  });

  it('as a section heading and text, renders a title and parts that are cut between characters', () => {
    const section: Section = { id: 'snakes', source: 'snakes.md', headings: [SNAKES], depth: 1, text: SNAKES, line: 1, aliases: [], keywords: [], topicKeywords: [], replyKeys: [], errors: [], sources: [], pythonWarnings: [] };
    const payload = renderReply(sectionReply(section, 'private', SNAKES), { memos: new MemoStore() });
    const embed = payload.embeds[0]!;
    expect(embed.title!.length).toBeLessThanOrEqual(256);
    expect(embed.title).toMatch(/^(🐍)+…$/u);
    expect(embed.description).not.toMatch(LONE);
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
    for (const part of [2, 3]) {
      const more = renderReply(sectionReply(section, 'private', SNAKES), { memos: new MemoStore(), part });
      for (const s of strings(more)) expect(LONE.test(s)).toBe(false);
    }
  });
});
