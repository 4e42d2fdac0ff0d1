/**
 * End to end: the real bot (discord.js client, handlers, knowledge, store) against the loopback
 * Discord. Each test checks what Discord would display: content, embeds, flags, allowed_mentions.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDiscordCommands } from '../../src/adapters/discord/definitions.js';
import { deployCommands } from '../../src/adapters/discord/deploy.js';
import { buttonId, buttonLabels, startTestBot, TEST_TOKEN, type TestBot } from '../helpers/bot.js';

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot();
});
afterAll(async () => {
  await t?.stop();
});

type Body = { type: number; data?: { flags?: number; allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[] }; content?: string } };
const callbackBody = async (id: string) => (await t.fake.waitForCallback(id)).body as Body;

describe('deploy', () => {
  it('PUTs every command definition to the guild, and the body matches the definitions', async () => {
    const definitions = t.registry.commands.map((c) => c.definition);
    const result = await deployCommands(definitions, { token: TEST_TOKEN, applicationId: t.config.DISCORD_APP_ID!, guildId: t.config.DISCORD_GUILD_ID, apiUrl: t.fake.apiUrl });
    expect(result).toEqual({ scope: `guild ${t.fake.ids.guild}`, count: definitions.length });
    const put = await t.fake.waitForRequest((r) => r.method === 'PUT' && r.path.endsWith(`/guilds/${t.fake.ids.guild}/commands`));
    expect(put.body).toEqual(toDiscordCommands(definitions));
    const names = (put.body as { name: string }[]).map((c) => c.name).sort();
    expect(names).toEqual(['Find pre-work answer', 'Save as pre-work answer', 'answer', 'ask', 'check-python', 'learned', 'prework-status', 'topics', 'unanswered']);
    const ask = (put.body as { name: string; options: { name: string; autocomplete?: boolean }[] }[]).find((c) => c.name === 'ask')!;
    expect(ask.options.map((o) => o.name)).toEqual(['question', 'public']);
    expect(ask.options[0]!.autocomplete).toBe(true);
    // TA tools are hidden from students by default (Manage Messages = 8192) and for servers only.
    const body = put.body as { name: string; default_member_permissions?: string; contexts: number[] }[];
    const ta = body.filter((c) => c.default_member_permissions !== undefined).map((c) => c.name).sort();
    expect(ta).toEqual(['Find pre-work answer', 'Save as pre-work answer', 'answer', 'learned', 'prework-status', 'unanswered']);
    for (const c of body) if (ta.includes(c.name)) expect([c.default_member_permissions, c.contexts]).toEqual(['8192', [0]]);
  });

  it('deploys globally without a guild id', async () => {
    await deployCommands(t.registry.commands.map((c) => c.definition), { token: TEST_TOKEN, applicationId: t.config.DISCORD_APP_ID!, apiUrl: t.fake.apiUrl });
    expect(t.fake.commands.global.length).toBe(t.registry.commands.length);
  });
});

describe('/ask', () => {
  it('answers privately with the section as an embed, share and feedback buttons, pinging nobody', async () => {
    const { id } = await t.fake.slash('ask', { question: 'how do I install VS Code on my Mac?' });
    const body = await callbackBody(id);
    expect(body.type).toBe(4);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    const r = await t.fake.waitForResponse(id);
    expect(r.ephemeral).toBe(true);
    const embed = r.embeds[0] as { title: string; description: string; footer: { text: string } };
    expect(embed.title).toMatch(/VS Code|Visual Studio Code|Mac/);
    expect(embed.description).toMatch(/brew install --cask visual-studio-code|code\.visualstudio\.com/);
    expect(embed.footer.text).toMatch(/^Source: .+\.md:\d+$/);
    expect(buttonLabels(r.components)).toEqual(['Share in channel', 'Helpful', 'Not helpful']);
  });

  it('answers in public when asked to', async () => {
    const { id } = await t.fake.slash('ask', { question: 'what is instructlab', public: true });
    const r = await t.fake.waitForResponse(id);
    expect(r.ephemeral).toBe(false);
    expect(buttonLabels(r.components)).not.toContain('Share in channel');
  });

  it('asks for the OS when the steps differ by it, then answers for the one picked, in place', async () => {
    const { id } = await t.fake.slash('ask', { question: 'how to install vs code' });
    const r = await t.fake.waitForResponse(id);
    expect(r.text).toMatch(/depends on your operating system/);
    expect(buttonLabels(r.components)).toEqual(['macOS', 'Windows', 'Linux', 'Ask a TA']);
    const click = await t.fake.button(buttonId(r.components, 'macOS'), { message: r.message!.id });
    expect((await callbackBody(click.id)).type).toBe(7);
    const updated = t.fake.responseFor(click.id);
    expect(updated.text).toMatch(/Install VS Code on macOS/);
    expect(updated.text).not.toMatch(/winget/);
    expect(buttonLabels(updated.components)).not.toContain('Windows');
  });

  it('says when it is not sure, lists nearby topics, and "Ask a TA" pings the TA role once', async () => {
    const { id } = await t.fake.slash('ask', { question: 'is there parking at the venue' });
    const r = await t.fake.waitForResponse(id);
    expect(r.ephemeral).toBe(true);
    expect(r.text).toMatch(/not sure/i);
    expect(buttonLabels(r.components)).toEqual(['Ask a TA']);
    const ta = buttonId(r.components, 'Ask a TA');

    const click = await t.fake.button(ta, { message: r.message!.id });
    const ping = await callbackBody(click.id);
    expect(ping.type).toBe(4);
    expect(ping.data?.flags ?? 0).toBe(0);
    expect(ping.data?.content).toContain(`<@&${t.fake.ids.taRole}>`);
    expect(ping.data?.content).toContain('parking');
    expect(ping.data?.allowed_mentions).toEqual({ parse: [], roles: [t.fake.ids.taRole] });

    const again = await t.fake.button(ta, { message: r.message!.id });
    const second = await callbackBody(again.id);
    expect(second.data?.flags).toBe(64);
    expect(second.data?.content).toMatch(/already/);
    expect(second.data?.allowed_mentions?.roles ?? []).toEqual([]);

    expect(t.store.openQuestions(50).map((q) => q.query)).toContain('is there parking at the venue');
  });

  it('"Share in channel" posts the section publicly without pinging anyone', async () => {
    const { id } = await t.fake.slash('ask', { question: 'deadsnakes ppa' });
    const r = await t.fake.waitForResponse(id);
    const click = await t.fake.button(buttonId(r.components, 'Share in channel'), { message: r.message!.id });
    const body = await callbackBody(click.id);
    expect(body.type).toBe(4);
    expect(body.data?.flags ?? 0).toBe(0);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    const shared = await t.fake.waitForResponse(click.id);
    expect(shared.content).toMatch(/^Shared by /);
    expect(shared.text).toMatch(/deadsnakes/i);
  });

  it('records 👎 feedback, which TAs then see in /unanswered', async () => {
    const { id } = await t.fake.slash('ask', { question: 'python says not found on windows' }, { user: 'student2' });
    const r = await t.fake.waitForResponse(id);
    const click = await t.fake.button(buttonId(r.components, 'Not helpful'), { message: r.message!.id, user: 'student2' });
    expect((await t.fake.waitForResponse(click.id)).text).toMatch(/Thanks/);

    const list = await t.fake.slash('unanswered', {}, { user: 'ta' });
    const shown = await t.fake.waitForResponse(list.id);
    expect(shown.ephemeral).toBe(true);
    expect(shown.text).toContain('python says not found on windows');
    expect(shown.text).toContain('👎');

    const denied = await t.fake.slash('unanswered', {}, { user: 'student' });
    expect((await t.fake.waitForResponse(denied.id)).text).toMatch(/for TAs only/);
  });

  it('autocompletes from section headings and aliases', async () => {
    const { id } = await t.fake.autocomplete('ask', { question: { value: 'deadsn', focused: true } as never });
    const body = await callbackBody(id);
    expect(body.type).toBe(8);
    const choices = (body.data as unknown as { choices: { name: string; value: string }[] }).choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.name).join('\n')).toMatch(/deadsnakes/i);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);

    // Picking a suggestion sends its id as the question: the bot shows exactly that section.
    const picked = await t.fake.slash('ask', { question: choices[0]!.value });
    expect((await t.fake.waitForResponse(picked.id)).embeds[0]).toMatchObject({ title: expect.stringContaining(choices[0]!.name.split(' › ').at(-1)!.slice(0, 20)) });
  });
});

describe('/check-python', () => {
  it('judges a paste and gives the fix for the OS it shows', async () => {
    const { id } = await t.fake.slash('check-python', { paste: 'PS C:\\Users\\ana> python --version\nPython 3.9.13' });
    const r = await t.fake.waitForResponse(id);
    expect(r.ephemeral).toBe(true);
    const embed = r.embeds[0] as { title: string; description: string };
    expect(embed.title).toMatch(/3\.9\.13/);
    expect(embed.title).toMatch(/too old/i);
    expect(r.text).toMatch(/winget|python\.org/i);
  });

  it('opens a form for multi-line output when no paste is given', async () => {
    const { id } = await t.fake.slash('check-python', {});
    const body = await callbackBody(id);
    expect(body.type).toBe(9);
    const modal = t.fake.responseFor(id).modal as { custom_id: string; components: { type: number; label: string; component: { custom_id: string; style: number; max_length: number } }[] };
    expect(modal.components[0]).toMatchObject({ type: 18, label: 'Paste what `python --version` printed' });
    const input = modal.components[0]!.component;
    expect(input.style).toBe(2);
    expect(input.max_length).toBe(4000);
    const submit = await t.fake.modalSubmit(modal.custom_id, { [input.custom_id]: 'user@laptop:~$ python3 --version\nPython 3.12.3\n' });
    const r = await t.fake.waitForResponse(submit.id);
    expect(r.ephemeral).toBe(true);
    expect(r.text).toMatch(/3\.12\.3/);
    expect(r.text).toMatch(/3\.11/); // the InstructLab note for 3.12+
  });

  it('asks for the OS with buttons when the paste does not say, then shows that OS', async () => {
    const { id } = await t.fake.slash('check-python', { paste: 'Python 3.10.4' });
    const r = await t.fake.waitForResponse(id);
    expect(buttonLabels(r.components)).toEqual(['macOS', 'Windows', 'Linux']);
    const click = await t.fake.button(buttonId(r.components, 'Linux'), { message: r.message!.id });
    const body = await callbackBody(click.id);
    expect(body.type).toBe(7);
    const updated = t.fake.responseFor(click.id);
    expect(updated.text).toMatch(/deadsnakes|apt|dnf/);
    expect(buttonLabels(updated.components)).not.toContain('Linux');
  });

  it('honours the os option', async () => {
    const { id } = await t.fake.slash('check-python', { paste: 'command not found: python', os: 'macos' });
    expect((await t.fake.waitForResponse(id)).text).toMatch(/brew/);
  });

  it('feeds /prework-status for TAs', async () => {
    await t.fake.waitForResponse((await t.fake.slash('check-python', { paste: 'Python 3.12.1' }, { user: 'student2' })).id);
    await t.fake.waitForResponse((await t.fake.slash('check-python', { paste: 'Python 2.7.18' }, { user: 'student' })).id);
    const { id } = await t.fake.slash('prework-status', {}, { user: 'ta' });
    const r = await t.fake.waitForResponse(id);
    expect(r.text).toMatch(/ready/);
    expect(r.text).toMatch(/Python 2/);
  });

  it("answers a question that depends on the OS for the one the student's last check showed", async () => {
    await t.fake.waitForResponse((await t.fake.slash('check-python', { paste: 'PS C:\\Users\\sam> python --version\nPython 3.12.4' }, { user: 'ta' })).id);
    const { id } = await t.fake.slash('ask', { question: 'how to install vs code' }, { user: 'ta' });
    const r = await t.fake.waitForResponse(id);
    expect(r.text).toMatch(/Install VS Code on Windows/);
    expect(r.text).toMatch(/For Windows, the system shown by the last \/check-python/);
    expect(buttonLabels(r.components)).not.toContain('macOS');
    // In a help channel too: answered for their system instead of left to a TA.
    const sent = await t.fake.messageCreate({ content: 'how do i install vs code', author: 'ta', channel: 'helpChannel' });
    const reply = await t.fake.waitForRequest((q) => q.method === 'POST' && (q.body as { message_reference?: { message_id: string } }).message_reference?.message_id === sent.id);
    expect((reply.body as { embeds: { title: string }[] }).embeds[0]!.title).toMatch(/Windows/);
  });

  it('"Find pre-work answer" on such a question answers for the system of the student who asked, not the TA', async () => {
    await t.fake.waitForResponse((await t.fake.slash('check-python', { paste: 'pi@raspberrypi:~ $ python3 --version\nPython 3.11.2' }, { user: 'student2' })).id);
    const target = await t.fake.messageCreate({ content: 'how do i install vs code', author: 'student2' });
    await t.fake.messageContextMenu('Find pre-work answer', target.id, { user: 'ta' });
    const posted = await t.fake.waitForRequest((r) => r.method === 'POST' && (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id === target.id);
    const body = posted.body as { content?: string; embeds: { title: string; description?: string }[] };
    expect(body.embeds[0]!.title).toMatch(/Linux|Ubuntu|Debian/);
    expect(JSON.stringify(body)).toMatch(/For Linux, the system shown by the last \/check-python/);
  });
});

describe('/topics', () => {
  it('shows the outline paged, and "Next" turns the page in place', async () => {
    const { id } = await t.fake.slash('topics');
    const r = await t.fake.waitForResponse(id);
    expect((r.embeds[0] as { title: string }).title).toMatch(/page 1\//);
    const click = await t.fake.button(buttonId(r.components, 'Next'), { message: r.message!.id });
    expect((await callbackBody(click.id)).type).toBe(7);
    expect((t.fake.responseFor(click.id).embeds[0] as { title: string }).title).toMatch(/page 2\//);
  });
});

describe('TA tools', () => {
  it('/answer posts the section publicly and pings only that student', async () => {
    const { id } = await t.fake.slash('answer', { student: { type: ApplicationCommandOptionType.User, value: t.fake.ids.student }, query: 'deadsnakes' }, { user: 'ta' });
    const body = await callbackBody(id);
    expect(body.data?.flags ?? 0).toBe(0);
    expect(body.data?.content).toBe(`<@${t.fake.ids.student}>`);
    expect(body.data?.allowed_mentions).toEqual({ parse: [], users: [t.fake.ids.student] });
    expect((await t.fake.waitForResponse(id)).text).toMatch(/deadsnakes/i);
  });

  it('/answer is refused to students', async () => {
    const { id } = await t.fake.slash('answer', { student: { type: ApplicationCommandOptionType.User, value: t.fake.ids.student2 }, query: 'deadsnakes' }, { user: 'student' });
    const body = await callbackBody(id);
    expect(body.data?.flags).toBe(64);
    expect(body.data?.content).toMatch(/TAs only/);
  });

  it('"Find pre-work answer" replies under the student message, or shows candidates privately when unsure', async () => {
    const target = await t.fake.messageCreate({ content: 'how do i get the code command on my mac terminal', author: 'student' });
    const { id } = await t.fake.messageContextMenu('Find pre-work answer', target.id, { user: 'ta' });
    const posted = await t.fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${t.fake.ids.channel}/messages` && (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id === target.id);
    const body = posted.body as { allowed_mentions: { parse: string[]; replied_user: boolean }; embeds: unknown[] };
    expect(body.allowed_mentions).toMatchObject({ parse: [], replied_user: true });
    expect(body.embeds.length).toBe(1);
    expect((await t.fake.waitForResponse(id)).ephemeral).toBe(true);

    const vague = await t.fake.messageCreate({ content: 'what time is lunch', author: 'student' });
    const menu = await t.fake.messageContextMenu('Find pre-work answer', vague.id, { user: 'ta' });
    const r = await t.fake.waitForResponse(menu.id);
    expect(r.ephemeral).toBe(true);
    expect(r.text).toMatch(/not sure/i);
    expect(t.fake.requests.some((q) => (q.body as { message_reference?: { message_id: string } } | undefined)?.message_reference?.message_id === vague.id)).toBe(false);
  });
});

describe('messages', () => {
  it('answers an @mention in a reply that pings nobody', async () => {
    const sent = await t.fake.messageCreate({ content: `<@${t.fake.ids.botUser}> how do I install python on windows @everyone`, author: 'student' });
    const reply = await t.fake.waitForRequest((r) => r.method === 'POST' && (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id === sent.id);
    const body = reply.body as { allowed_mentions: unknown; embeds: { title: string }[] };
    expect(body.allowed_mentions).toEqual({ parse: [], users: [], roles: [], replied_user: false });
    expect(body.embeds[0]!.title).toMatch(/Windows/);
  });

  it('answers a direct message without a mention', async () => {
    const sent = await t.fake.messageCreate({ content: 'how do I install vs code on linux', author: 'student', guild: false });
    expect(sent.delivered).toBe(true);
    const reply = await t.fake.waitForRequest((r) => r.method === 'POST' && (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id === sent.id);
    expect((reply.body as { embeds: { title: string }[] }).embeds[0]!.title).toMatch(/Linux/);
  });

  it('auto-answers a confident help-channel question once, with solved / still-need-help buttons', async () => {
    const sent = await t.fake.messageCreate({ content: 'How do I add the deadsnakes ppa on Ubuntu 22.04?', author: 'student', channel: 'helpChannel' });
    const reply = await t.fake.waitForRequest((r) => r.method === 'POST' && (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id === sent.id);
    expect(buttonLabels((reply.body as { components: unknown[] }).components)).toEqual(['This solved it', 'Still need help']);
    expect((reply.body as { allowed_mentions: { parse: string[] } }).allowed_mentions.parse).toEqual([]);
  });

  it('stays quiet in a help channel when not confident, and logs the question for TAs', async () => {
    const sent = await t.fake.messageCreate({ content: 'anyone know a good pizza place near the venue', author: 'student2', channel: 'helpChannel' });
    await t.fake.waitUntil(() => t.store.openQuestions(100).find((q) => q.query.includes('pizza place')), 5000, 'the question logged as unanswered');
    expect(t.fake.requests.some((r) => (r.body as { message_reference?: { message_id: string } } | undefined)?.message_reference?.message_id === sent.id)).toBe(false);
  });

  it('answers a forum post once per thread', async () => {
    const post = await t.fake.threadCreate({ title: 'VS Code help', content: 'how to install vs code on linux ubuntu', author: 'student' });
    const first = await t.fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${post.threadId}/messages`);
    expect(buttonLabels((first.body as { components: unknown[] }).components)).toContain('This solved it');
    const followUp = await t.fake.messageCreate({ content: 'how do I install the snap of vs code on ubuntu', author: 'student', channel: post.threadId });
    expect(followUp.delivered).toBe(true);
    // A mention right after proves the bot has processed the follow-up (events arrive in order).
    const probe = await t.fake.messageCreate({ content: `<@${t.fake.ids.botUser}> vs code linux`, author: 'student2', channel: 'channel' });
    await t.fake.waitForRequest((r) => (r.body as { message_reference?: { message_id: string } } | undefined)?.message_reference?.message_id === probe.id);
    expect(t.fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${post.threadId}/messages`)).toHaveLength(1);
  });

  it('"Still need help" pings the TA role once', async () => {
    const sent = await t.fake.messageCreate({ content: 'where do I enable app execution aliases for python on windows', author: 'student', channel: 'helpChannel' });
    const reply = await t.fake.waitForRequest((r) => r.method === 'POST' && (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id === sent.id);
    const botMessage = await t.fake.waitForMessage(t.fake.ids.helpChannel, (m) => (m.message_reference as { message_id?: string } | undefined)?.message_id === sent.id);
    const click = await t.fake.button(buttonId((reply.body as { components: unknown[] }).components, 'Still need help'), { message: botMessage.id, channel: 'helpChannel' });
    const body = await callbackBody(click.id);
    expect(body.data?.allowed_mentions).toEqual({ parse: [], roles: [t.fake.ids.taRole] });
  });
});
