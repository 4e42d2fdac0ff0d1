/**
 * Proves the loopback Discord against the REAL discord.js client: login, every interaction kind,
 * message replies, gateway reconnection paths, REST faults and the deploy route.
 */
import { once } from 'node:events';
import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  REST,
  Routes,
  type ClientOptions,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions } from './index.js';

let fake: FakeDiscord;
let client: Client | undefined;
/** Errors thrown by the tiny bot's handlers (e.g. when a REST call finally fails). */
let handlerErrors: unknown[];

async function setup(options: FakeDiscordOptions = {}): Promise<void> {
  fake = await startFakeDiscord(options);
  handlerErrors = [];
}

/** Logs a real discord.js client into the fake and installs a tiny bot. */
async function login(clientOptions: Partial<ClientOptions> = {}): Promise<Client> {
  const c = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    rest: { api: fake.apiUrl },
    ...clientOptions,
  });
  client = c;
  c.on(Events.InteractionCreate, (interaction) => {
    const run = async (): Promise<void> => {
      if (interaction.isChatInputCommand()) {
        if (interaction.commandName === 'ping') await interaction.reply({ content: 'pong', flags: MessageFlags.Ephemeral });
        if (interaction.commandName === 'slow') {
          await interaction.deferReply();
          await interaction.editReply(`done ${interaction.options.getString('topic') ?? ''}`.trim());
        }
        if (interaction.commandName === 'empty') await interaction.reply({ content: '' });
        if (interaction.commandName === 'attach') {
          const a = interaction.options.getAttachment('file', true);
          await interaction.reply(`${a.name} ${a.contentType} ${a.width}x${a.height} ${a.size} ${a.url}`);
        }
        if (interaction.commandName === 'sleepy') {
          await new Promise((resolve) => setTimeout(resolve, 300));
          await interaction.reply('late');
        }
        if (interaction.commandName === 'followups') {
          await interaction.deferReply({ flags: MessageFlags.Ephemeral });
          await interaction.followUp('first');
          await interaction.followUp('second');
        }
        if (interaction.commandName === 'buttons') {
          const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder().setCustomId('resolve').setLabel('Resolved').setStyle(ButtonStyle.Success),
          );
          await interaction.reply({ content: 'Did that help?', components: [row] });
        }
      } else if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        await interaction.respond([{ name: `Python ${typed}`, value: typed }]);
      } else if (interaction.isButton()) {
        await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
      } else if (interaction.isModalSubmit()) {
        await interaction.reply({ content: `got ${interaction.fields.getTextInputValue('version')}` });
      } else if (interaction.isMessageContextMenuCommand()) {
        await interaction.reply({ content: `target said: ${interaction.targetMessage.content}`, flags: MessageFlags.Ephemeral });
      }
    };
    run().catch((error: unknown) => handlerErrors.push(error));
  });
  c.on(Events.MessageCreate, (message) => {
    if (message.author.bot) return;
    message.reply('I saw your message').catch((error: unknown) => handlerErrors.push(error));
  });
  c.on(Events.ThreadCreate, (thread, newlyCreated) => {
    if (newlyCreated) thread.send(`Welcome to "${thread.name}"`).catch((error: unknown) => handlerErrors.push(error));
  });
  const ready = once(c, Events.ClientReady);
  await c.login('fake-token');
  await ready;
  return c;
}

beforeEach(async () => {
  await setup();
});

afterEach(async () => {
  await client?.destroy();
  client = undefined;
  await fake.close();
});

describe('fake Discord with a real discord.js client', () => {
  it('logs in and sees the fixture guild', async () => {
    const c = await login();
    expect(fake.identifyCount).toBe(1);
    expect(fake.connectedClients).toBe(1);
    const guild = c.guilds.cache.get(fake.ids.guild);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(fake.ids.channel)?.name).toBe('general');
    expect(guild?.channels.cache.get(fake.ids.helpChannel)?.name).toBe('help');
    expect(guild?.members.cache.get(fake.ids.ta)?.roles.cache.has(fake.ids.taRole)).toBe(true);
    expect(c.user?.id).toBe(fake.ids.botUser);
    expect(c.application?.id).toBe(fake.ids.application);
    for (const id of Object.values(fake.ids)) expect(id).toMatch(/^\d{17,19}$/);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toContain('GET /gateway/bot');
    expect(fake.misses).toEqual([]);
  });

  it('slash command -> ephemeral reply (callback type 4, flags 64)', async () => {
    await login();
    const { id } = await fake.slash('ping', {}, { user: 'student' });
    const callback = await fake.waitForCallback(id);
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'pong', flags: 64 } });
    expect(callback.authorized).toBe(false); // discord.js sends interaction callbacks with auth: false
    expect(fake.responseFor(id)).toMatchObject({ acknowledged: true, callbackType: 4, ephemeral: true, content: 'pong' });
    expect(fake.errors).toEqual([]);
  });

  it('autocomplete -> respond (type 8)', async () => {
    await login();
    const { id } = await fake.autocomplete('python', { version: '3.1' });
    const callback = await fake.waitForCallback(id);
    expect(callback.body).toEqual({ type: 8, data: { choices: [{ name: 'Python 3.1', value: '3.1' }] } });
    expect(fake.responseFor(id).choices).toEqual([{ name: 'Python 3.1', value: '3.1' }]);
  });

  it('button on a message the bot sent -> update (type 7)', async () => {
    await login();
    const reply = await fake.slash('buttons');
    await fake.waitForCallback(reply.id);
    const sent = fake.responseFor(reply.id).message;
    expect(sent?.components).toHaveLength(1);
    // Without `message`, the fake clicks the newest stored message carrying that custom_id.
    const { id } = await fake.button('resolve', { user: 'student' });
    const callback = await fake.waitForCallback(id);
    expect(callback.body).toMatchObject({ type: 7, data: { content: 'clicked resolve', components: [] } });
    const view = fake.responseFor(id);
    expect(view.message?.id).toBe(sent?.id);
    expect(view.content).toBe('clicked resolve');
    expect(fake.botMessages().find((m) => m.id === sent?.id)?.content).toBe('clicked resolve');
  });

  it('modal submit -> reply', async () => {
    await login();
    const { id } = await fake.modalSubmit('python-version', { version: '3.11.4' });
    const callback = await fake.waitForCallback(id);
    expect(callback.body).toMatchObject({ type: 4, data: { content: 'got 3.11.4' } });
  });

  it('message context menu -> reply with the target message', async () => {
    await login();
    const { id } = await fake.messageContextMenu('Check python', { content: 'Python 3.9.1', author: 'student2' });
    const response = await fake.waitForResponse(id);
    expect(response.content).toBe('target said: Python 3.9.1');
  });

  it('deferReply + editReply -> type 5 then PATCH @original', async () => {
    await login();
    const { id, token } = await fake.slash('slow', { topic: 'setup' });
    const callback = await fake.waitForCallback(id);
    expect(callback.body).toMatchObject({ type: 5 });
    const patch = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${fake.ids.application}/${token}/messages/@original`);
    expect(patch.rawPath).toContain('%40original');
    expect(patch.body).toMatchObject({ content: 'done setup' });
    expect(fake.responseFor(id)).toMatchObject({ deferred: true, loading: false, content: 'done setup' });
  });

  it('first follow-up after a deferred reply replaces the "thinking" message; later ones are new', async () => {
    await login();
    const { id } = await fake.slash('followups');
    const response = await fake.waitForResponse(id, (r) => r.followUps.length === 1);
    expect(response).toMatchObject({ callbackType: 5, ephemeral: true, loading: false, content: 'first', text: 'first\nsecond' });
    expect(response.followUps[0]?.content).toBe('second');
  });

  it('rejects an empty reply with 400 like Discord, and waitForCallback fails at once', async () => {
    await login();
    const { id } = await fake.slash('empty');
    await expect(fake.waitForCallback(id)).rejects.toThrow(/rejected with 400.*Cannot send an empty message/);
    await fake.waitUntil(() => (handlerErrors.length ? true : undefined), 2_000, 'the DiscordAPIError');
    expect(String(handlerErrors[0])).toMatch(/Cannot send an empty message/);
  });

  it('callbackDeadlineMs: a late callback gets 404 Unknown interaction', async () => {
    await fake.close();
    await setup({ callbackDeadlineMs: 100 });
    await login();
    const { id } = await fake.slash('sleepy');
    await fake.waitUntil(() => (handlerErrors.length ? true : undefined), 3_000, 'the DiscordAPIError');
    expect(String(handlerErrors[0])).toMatch(/Unknown interaction/);
    expect(fake.responseFor(id).acknowledged).toBe(false);
  });

  it('delay(): slows a route down', async () => {
    await login();
    fake.delay('POST', /\/callback$/, 400, 1);
    const { id } = await fake.slash('ping');
    const started = Date.now();
    await fake.waitForCallback(id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
  });

  it('MESSAGE_CREATE -> message.reply posts a channel message', async () => {
    await login();
    const { id } = await fake.messageCreate({ content: 'python --version\nPython 3.10.2', author: 'student', channel: 'helpChannel' });
    const post = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${fake.ids.helpChannel}/messages`);
    expect(post.authorized).toBe(true);
    expect(post.body).toMatchObject({ content: 'I saw your message', message_reference: { message_id: id } });
    const reply = await fake.waitForMessage('helpChannel');
    expect(reply).toMatchObject({ content: 'I saw your message', referenced_message: { id } });
    // The bot's reply is echoed over the gateway; the tiny bot ignores bots, so no loop.
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.botMessages('helpChannel')).toHaveLength(1);
  });

  it('forum post (THREAD_CREATE) -> bot posts in the thread', async () => {
    await login();
    const { threadId } = await fake.threadCreate({ title: 'pip fails', content: 'pip install fails on 3.8' });
    const message = await fake.waitForMessage(threadId);
    expect(message.content).toBe('Welcome to "pip fails"');
  });

  it('resumes after a resumable socket drop (4000) and keeps answering', async () => {
    const c = await login();
    fake.dropSocket(4000);
    await fake.waitUntil(() => (fake.resumeCount === 1 ? true : undefined), 10_000, 'a resume');
    await fake.waitForClientReady(c);
    expect(fake.identifyCount).toBe(1);
    const { id } = await fake.slash('ping');
    expect((await fake.waitForCallback(id)).body).toMatchObject({ type: 4 });
  });

  it('resumes after op 7 Reconnect', async () => {
    const c = await login();
    fake.sendReconnect();
    await fake.waitUntil(() => (fake.resumeCount === 1 ? true : undefined), 10_000, 'a resume');
    await fake.waitForClientReady(c);
    const { id } = await fake.slash('ping');
    expect((await fake.waitForCallback(id)).body).toMatchObject({ type: 4 });
  });

  it('re-identifies after op 9 (not resumable)', async () => {
    const c = await login();
    fake.sendInvalidSession(false);
    // discord.js waits 0.5 s, then its identify throttle (5 s after the previous IDENTIFY + up to 1.5 s).
    await fake.waitUntil(() => (fake.identifyCount === 2 ? true : undefined), 12_000, 'a second IDENTIFY');
    await fake.waitForClientReady(c);
    expect(fake.resumeCount).toBe(0);
    const { id } = await fake.slash('ping');
    expect((await fake.waitForCallback(id)).body).toMatchObject({ type: 4 });
  }, 15_000);

  it('re-identifies after a 1000 close', async () => {
    const c = await login();
    fake.dropSocket(1000);
    await fake.waitUntil(() => (fake.identifyCount === 2 ? true : undefined), 12_000, 'a second IDENTIFY');
    await fake.waitForClientReady(c);
    expect(fake.resumeCount).toBe(0);
  }, 15_000);

  it('ignores a malformed dispatch', async () => {
    await login();
    fake.sendRaw('{"op":0,"t":"MESSAGE_CREATE","s":99,"d":');
    const { id } = await fake.slash('ping');
    expect((await fake.waitForCallback(id)).body).toMatchObject({ type: 4 });
  });

  it('500 once on the interaction callback: @discordjs/rest retries it transparently', async () => {
    await login();
    fake.failNext('POST', /^\/interactions\/\d+\/[^/]+\/callback$/, { status: 500 });
    const { id } = await fake.slash('ping');
    const callback = await fake.waitForCallback(id);
    const attempts = fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));
    // discord.js (via @discordjs/rest) retries 5xx immediately, up to `retries` (3) times, then throws
    // HTTPError; a single 500 is invisible to the handler.
    expect(attempts.map((r) => r.status)).toEqual([500, 204]);
    expect(callback.status).toBe(204);
    expect(handlerErrors).toEqual([]);
  });

  it('500 on every attempt: the handler gets an HTTPError after 4 attempts', async () => {
    await login();
    fake.failNext('POST', /\/callback$/, { status: 500, times: 10 });
    const { id } = await fake.slash('ping');
    await fake.waitUntil(() => (handlerErrors.length > 0 ? true : undefined), 5_000, 'the handler error');
    expect(fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`))).toHaveLength(4);
    expect(String(handlerErrors[0])).toMatch(/500|Internal Server Error/i);
    expect(fake.responseFor(id).acknowledged).toBe(false);
  });

  it('429 with retry-after on the callback: retried after the delay', async () => {
    await login();
    fake.failNext('POST', /\/callback$/, { status: 429, retryAfter: 0.3 });
    const { id } = await fake.slash('ping');
    const callback = await fake.waitForCallback(id);
    const attempts = fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(callback.at - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(300);
    expect(handlerErrors).toEqual([]);
  });

  it('429 on a channel message (sequential bucket): retried after the delay', async () => {
    await login();
    fake.failNext('POST', /^\/channels\/\d+\/messages$/, { status: 429, retryAfter: 0.2 });
    await fake.messageCreate({ content: 'hello' });
    await fake.waitForMessage(undefined);
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/channels/'));
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    expect(handlerErrors).toEqual([]);
  });

  it('login survives a gateway that closes at once for a while', async () => {
    fake.refuseGateway(1_200, { ws: 'close' });
    const started = Date.now();
    await login();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(fake.identifyCount).toBe(1);
  });

  it('login rejects when the first WebSocket upgrade is refused (discord.js does not retry it)', async () => {
    fake.refuseGateway(60_000, { ws: 'reject' });
    await expect(login()).rejects.toThrow(/Unexpected server response: 503/);
  });

  it('login rejects when GET /gateway/bot keeps failing', async () => {
    fake.refuseGateway(60_000, { ws: false, rest: true });
    await expect(login()).rejects.toThrow(/Service Unavailable|503/);
    expect(fake.requests.filter((r) => r.path === '/gateway/bot')).toHaveLength(4);
  });

  it('disallowedIntents: IDENTIFY with a privileged intent is closed 4014 and login rejects', async () => {
    await fake.close();
    await setup({ disallowedIntents: GatewayIntentBits.MessageContent });
    await expect(
      login({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] }),
    ).rejects.toThrow(/disallowed intents/i);
  });

  it('records command deploys through REST', async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken('x');
    const body = [{ name: 'ping', description: 'Replies with pong' }];
    const result = (await rest.put(Routes.applicationGuildCommands(fake.ids.application, fake.ids.guild), { body })) as { id: string; name: string }[];
    expect(result[0]).toMatchObject({ name: 'ping', guild_id: fake.ids.guild });
    expect(result[0]?.id).toMatch(/^\d{17,19}$/);
    const put = await fake.waitForRequest((r) => r.method === 'PUT');
    expect(put).toMatchObject({ path: `/applications/${fake.ids.application}/guilds/${fake.ids.guild}/commands`, body, authorized: true });
    expect(fake.commands.guild.get(fake.ids.guild)).toHaveLength(1);
    // Invalid commands are rejected like Discord does.
    await expect(rest.put(Routes.applicationCommands(fake.ids.application), { body: [{ name: 'Bad Name', description: 'x' }] })).rejects.toThrow(/Invalid Form Body/);
    // Interactions for a deployed command carry its id.
    const c = await login();
    let commandId: string | undefined;
    c.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand()) commandId = interaction.commandId;
    });
    const { id } = await fake.slash('ping');
    await fake.waitForCallback(id);
    expect(commandId).toBe(result[0]?.id);
  });

  it('CDN: serves registered attachment bytes; slash attachment options and message attachments point there', async () => {
    const c = await login({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });
    // A 3x2 PNG header is enough for the fake to report its size, as Discord does.
    const png = Buffer.from('89504e470d0a1a0a0000000d494844520000000300000002080200000000', 'hex');
    const att = fake.attachment({ filename: 'shot 1.png', data: png });
    expect(att).toMatchObject({ filename: 'shot 1.png', content_type: 'image/png', size: png.length, width: 3, height: 2 });
    expect(String(att.url).startsWith(`${fake.cdnUrl}/attachments/${fake.ids.channel}/${String(att.id)}/shot%201.png?`)).toBe(true);

    const { id } = await fake.slash('attach', { file: { type: ApplicationCommandOptionType.Attachment, value: String(att.id) } });
    expect((await fake.waitForResponse(id)).content).toBe(`shot 1.png image/png 3x2 ${png.length} ${String(att.url)}`);

    const res = await fetch(String(att.url));
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(png);
    expect(fake.cdnRequests.map((r) => [r.method, r.status])).toEqual([['GET', 200]]);
    expect((await fetch(`${fake.cdnUrl}/attachments/1/2/missing.png`)).status).toBe(404);
    expect(fake.misses.at(-1)?.rawPath).toBe('/cdn/attachments/1/2/missing.png');

    const seen = once(c, Events.MessageCreate);
    await fake.messageCreate({ content: 'look', attachments: [att] });
    const [message] = (await seen) as [{ attachments: { first(): { url: string; name: string } | undefined } }];
    expect(message.attachments.first()).toMatchObject({ url: att.url, name: 'shot 1.png' });

    // An attachment pointing elsewhere registers nothing on the CDN.
    const elsewhere = fake.attachment({ filename: 'x.png', data: png, url: 'https://example.invalid/x.png' });
    expect(elsewhere.url).toBe('https://example.invalid/x.png');
    expect([...fake.cdn.files.keys()]).toHaveLength(1);
  });

  it('unknown routes are 404 and recorded as misses; waits fail loudly', async () => {
    const c = await login();
    await expect(c.rest.get('/nothing/here' as `/${string}`)).rejects.toThrow(/Unknown/);
    expect(fake.misses.map((r) => r.path)).toEqual(['/nothing/here']);
    const { id } = await fake.slash('not-handled');
    await expect(fake.waitForCallback(id, 300)).rejects.toThrow(/timed out after 300 ms.*\n.*Recent REST requests/s);
  });

  it('enforces the MessageContent intent like Discord', async () => {
    await login();
    let seen: string | undefined;
    client?.on(Events.MessageCreate, (m) => {
      if (!m.author.bot) seen = m.content;
    });
    await fake.messageCreate({ content: 'Python 3.12.0' });
    await fake.waitForMessage(undefined);
    expect(seen).toBe('');
    await fake.messageCreate({ content: `<@${fake.ids.botUser}> Python 3.12.0` });
    await fake.waitUntil(() => (seen?.includes('3.12.0') ? true : undefined), 2_000, 'content when mentioned');
  });
});
