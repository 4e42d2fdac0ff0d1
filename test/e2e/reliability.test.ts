/**
 * Faults, load and hostile input against the loopback Discord. Assertions are on behaviour
 * (answers arrive, nothing is lost or duplicated, nobody is pinged), never on wall-clock time.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/framework/command.js';
import { createRegistry, loadFeatures, type AnyCommand, type Registry } from '../../src/framework/registry.js';
import { startTestBot, TEST_TOKEN, type TestBot } from '../helpers/bot.js';

let t: TestBot | undefined;
afterEach(async () => {
  if (t) {
    t.fake.clearFaults();
    await t.fake.waitForClientReady(t.bot.client).catch(() => undefined);
    await t.stop();
  }
  t = undefined;
});

/** The project's features plus one test feature holding `command`. */
async function withCommand(command: AnyCommand): Promise<Registry> {
  const project = await loadFeatures();
  return createRegistry([...project.features, { name: 'test', commands: [command], components: [] }]);
}

const ask = async (bot: TestBot, question: string, user = 'student') => {
  const { id } = await bot.fake.slash('ask', { question }, { user });
  return bot.fake.waitForResponse(id, undefined, 10_000);
};

describe('gateway faults', () => {
  it('resumes after a resumable close and answers the next interaction', async () => {
    t = await startTestBot();
    t.fake.dropSocket(4000);
    await t.fake.waitUntil(() => (t!.fake.resumeCount >= 1 ? true : undefined), 10_000, 'a RESUME');
    await t.fake.waitForClientReady(t.bot.client);
    expect((await ask(t, 'what is instructlab')).embeds.length).toBe(1);
  });

  it('reconnects on op 7 and keeps answering', async () => {
    t = await startTestBot();
    t.fake.sendReconnect();
    await t.fake.waitUntil(() => (t!.fake.resumeCount >= 1 ? true : undefined), 10_000, 'a RESUME after op 7');
    await t.fake.waitForClientReady(t.bot.client);
    expect((await ask(t, 'vs code on linux')).embeds.length).toBe(1);
  });

  it('identifies again after an invalid session (op 9)', async () => {
    t = await startTestBot();
    const before = t.fake.identifyCount;
    t.fake.sendInvalidSession(false);
    await t.fake.waitUntil(() => (t!.fake.identifyCount > before ? true : undefined), 15_000, 'a new IDENTIFY');
    await t.fake.waitForClientReady(t.bot.client);
    expect((await ask(t, 'deadsnakes ppa')).embeds.length).toBe(1);
  }, 30_000);

  it('retries with back-off when the gateway is unreachable at start, and says so in the log', async () => {
    t = await startTestBot({ noWait: true, beforeLogin: (fake) => fake.refuseGateway(1500, { ws: 'reject' }) });
    await t.fake.waitForClientReady(t.bot.client, 20_000);
    expect(t.logs.some((l) => /WARN cannot reach the Discord gateway; retrying attempt=1/.test(l))).toBe(true);
    expect((await ask(t, 'what is granite')).embeds.length).toBe(1);
  }, 30_000);
});

describe('start-up refusals', () => {
  it('stops with a clear message when the Message Content intent is not enabled', async () => {
    const { GatewayIntentBits } = await import('discord.js');
    await expect(startTestBot({ fake: { disallowedIntents: GatewayIntentBits.MessageContent } })).rejects.toThrow(/Message Content intent .* HELP_CHANNEL_IDS/);
  });
});

describe('REST faults', () => {
  it('survives a 500 on the interaction callback (retried) and a 429 with retry-after', async () => {
    t = await startTestBot();
    t.fake.failNext('POST', /\/interactions\/.*\/callback/, { status: 500, times: 1 });
    expect((await ask(t, 'what is an llm')).embeds.length).toBe(1);
    t.fake.failNext('POST', /\/interactions\/.*\/callback/, { status: 429, retryAfter: 0.2, times: 1 });
    expect((await ask(t, 'what is granite')).embeds.length).toBe(1);
    const statuses = t.fake.requests.filter((r) => r.path.endsWith('/callback')).map((r) => r.status);
    expect(statuses).toContain(500);
    expect(statuses).toContain(429);
  });

  it('gives up cleanly when the callback keeps failing, logs it with the interaction id, and stays up', async () => {
    t = await startTestBot();
    t.fake.failNext('POST', /\/interactions\/.*\/callback/, { status: 500, times: 8 });
    const { id } = await t.fake.slash('ask', { question: 'what is instructlab' });
    await t.fake.waitUntil(() => (t!.logs.some((l) => l.includes('interaction failed') && l.includes(id)) ? true : undefined), 10_000, 'the failure logged');
    t.fake.clearFaults();
    expect((await ask(t, 'what is instructlab')).embeds.length).toBe(1);
  });

  it('turns a handler that throws into a one-line error for the student and keeps running', async () => {
    const boom = defineCommand({
      definition: { name: 'boom', description: 'always fails', kind: 'slash', options: [] },
      run: () => {
        throw new Error(`exploded while holding ${TEST_TOKEN}`);
      },
    });
    t = await startTestBot({ registry: await withCommand(boom) });
    const { id } = await t.fake.slash('boom');
    const r = await t.fake.waitForResponse(id);
    expect(r.ephemeral).toBe(true);
    expect(r.content).toMatch(/^Something went wrong/);
    expect(r.content.split('\n')).toHaveLength(1);
    expect(r.content).not.toContain('exploded');
    const line = t.logs.find((l) => l.includes('command failed'))!;
    expect(line).toContain(`request=${id}`);
    expect(line).not.toContain(TEST_TOKEN);
    expect((await ask(t, 'what is granite')).embeds.length).toBe(1);
  });
});

describe('autocomplete', () => {
  it('answers a throwing autocomplete with an empty choice list, once, and logs it', async () => {
    const flaky = defineCommand({
      definition: { name: 'flaky', description: 'suggests badly', kind: 'slash', options: [{ name: 'q', description: 'q', kind: 'string', max: 100, autocomplete: true }] },
      run: () => ({ kind: 'info' as const, body: 'ran', visibility: 'private' as const }),
      autocomplete: () => {
        throw new Error('suggester exploded');
      },
    });
    t = await startTestBot({ registry: await withCommand(flaky) });
    const { id } = await t.fake.autocomplete('flaky', { q: { value: 'py', focused: true } as never });
    const body = (await t.fake.waitForCallback(id)).body as { type: number; data: { choices: unknown[] } };
    expect(body).toEqual({ type: 8, data: { choices: [] } });
    expect(t.fake.requests.filter((r) => r.path.includes(`/interactions/${id}/`))).toHaveLength(1);
    expect(t.logs.some((l) => l.includes('autocomplete failed') && l.includes(`request=${id}`))).toBe(true);
  });
});

describe('slow handlers', () => {
  it('defers before Discord\'s 3 seconds run out, then edits the answer in', async () => {
    const slow = defineCommand({
      definition: { name: 'slow', description: 'takes its time', kind: 'slash', options: [] },
      run: async () => {
        await new Promise((r) => setTimeout(r, 2600));
        return { kind: 'info' as const, body: 'done after a while', visibility: 'private' as const };
      },
    });
    t = await startTestBot({ registry: await withCommand(slow), fake: { callbackDeadlineMs: 3000 } });
    const { id } = await t.fake.slash('slow');
    const first = await t.fake.waitForCallback(id, 5000);
    expect((first.body as { type: number }).type).toBe(5);
    const r = await t.fake.waitForResponse(id, (x) => !x.loading, 10_000);
    expect(r.ephemeral).toBe(true);
    expect(r.text).toContain('done after a while');
  });
});

describe('load', () => {
  it('answers 200 interactions dispatched at once: each gets exactly one callback', async () => {
    t = await startTestBot();
    const questions = ['what is instructlab', 'vs code mac', 'python not found windows', 'deadsnakes', 'what is granite'];
    const users = ['student', 'student2', 'ta'];
    const handles = await Promise.all(
      Array.from({ length: 200 }, (_, i) => t!.fake.slash('ask', { question: questions[i % questions.length]! }, { user: users[i % users.length]! })),
    );
    await Promise.all(handles.map((h) => t!.fake.waitForCallback(h.id, 20_000)));
    const callbacks = t.fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/callback') && r.status !== undefined && r.status < 300);
    const perInteraction = new Map<string, number>();
    for (const c of callbacks) {
      const iid = c.path.split('/')[2]!;
      perInteraction.set(iid, (perInteraction.get(iid) ?? 0) + 1);
    }
    for (const h of handles) expect(perInteraction.get(h.id)).toBe(1);
    expect(t.fake.errors).toEqual([]);
  }, 60_000);

  it('cools down one noisy user without slowing anyone else', async () => {
    t = await startTestBot({ env: { COOLDOWN_SECONDS: '60' } });
    const noisy = await Promise.all(Array.from({ length: 10 }, () => t!.fake.slash('ask', { question: 'what is granite' }, { user: 'student' })));
    const others = await Promise.all(Array.from({ length: 3 }, (_, i) => t!.fake.slash('ask', { question: 'what is granite' }, { user: i % 2 ? 'ta' : 'student2' })));
    const noisyReplies = await Promise.all(noisy.map((h) => t!.fake.waitForResponse(h.id)));
    const cooled = noisyReplies.filter((r) => /Try again in \d+ seconds?/.test(r.content));
    expect(noisyReplies.length - cooled.length).toBe(3);
    expect(cooled.length).toBe(7);
    for (const r of cooled) expect(r.ephemeral).toBe(true);
    for (const h of others) expect((await t.fake.waitForResponse(h.id)).embeds.length).toBe(1);
  });

  it('keeps its per-user and per-message state bounded across repeated bursts', async () => {
    t = await startTestBot();
    for (let burst = 0; burst < 3; burst++) {
      const handles = await Promise.all(Array.from({ length: 100 }, (_, i) => t!.fake.slash('ask', { question: `what is instructlab ${burst}-${i}` }, { user: `9${String(100000000000000000 + burst * 1000 + i)}` })));
      await Promise.all(handles.map((h) => t!.fake.waitForCallback(h.id, 20_000)));
    }
    expect(t.bot.ctx.services.memos.size).toBeLessThanOrEqual(5_000);
    expect(t.bot.ctx.cooldown.trackedUsers).toBeLessThanOrEqual(10_000);
  }, 60_000);
});

const HOSTILE = [
  'x'.repeat(6000),
  '@everyone @here please',
  `<@&123456789012345678> <@223456789012345678> </ask:1> what is instructlab`,
  '\u200b\u200b\u202eedoc sv\u202c \u2066python\u2069',
  '**bold** __u__ ~~s~~ `tick ``` ||spoiler|| > quote\n# heading\n[click](https://evil.example) <https://evil.example>',
  'null\u0000byte\u0000python',
  ')]}>"\'`\\',
];

describe('hostile input', () => {
  it('gives bounded, ping-free answers on every command and the mention path', async () => {
    t = await startTestBot();
    const fake = t.fake;
    for (const text of HOSTILE) {
      const ids = [
        (await fake.slash('ask', { question: text })).id,
        (await fake.slash('ask', { question: text, public: true })).id,
        (await fake.slash('check-python', { paste: text })).id,
        (await fake.slash('answer', { student: { type: ApplicationCommandOptionType.User, value: fake.ids.student }, query: text }, { user: 'ta' })).id,
        (await fake.autocomplete('ask', { question: { value: text, focused: true } as never })).id,
        (await fake.messageContextMenu('Find pre-work answer', (await fake.messageCreate({ content: text, author: 'student' })).id, { user: 'ta' })).id,
      ];
      for (const id of ids) await fake.waitForCallback(id, 10_000);
      const mention = await fake.messageCreate({ content: `<@${fake.ids.botUser}> ${text}`, author: 'student' });
      await fake.waitForRequest((r) => (r.body as { message_reference?: { message_id: string } } | undefined)?.message_reference?.message_id === mention.id, 10_000);
      const modal = await fake.modalSubmit('pw:paste-form:-', { value: text });
      await fake.waitForCallback(modal.id, 10_000);
    }
    // Ask a TA with a hostile question: the only ping is the TA role, the question is quoted inert.
    const unsure = await ask(t, '@everyone **help** <@&123456789012345678> lunch menu');
    const click = await fake.button(((unsure.components[0] as { components: { custom_id: string }[] }).components[0]!).custom_id, { message: unsure.message!.id });
    await fake.waitForCallback(click.id);

    expect(fake.errors).toEqual([]);
    for (const r of fake.requests.filter((q) => q.method !== 'GET' && q.body && typeof q.body === 'object')) {
      const body = ((r.body as { data?: unknown }).data ?? r.body) as {
        content?: string;
        embeds?: { title?: string; description?: string; fields?: { value: string }[] }[];
        allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[] };
        choices?: { name: string }[];
      };
      if (r.path.endsWith('/commands')) continue;
      const mentions = body.allowed_mentions;
      if (body.content !== undefined || body.embeds) {
        expect(mentions?.parse ?? [], r.path).toEqual([]);
        const allowed = [...(mentions?.users ?? []), ...(mentions?.roles ?? [])];
        expect(allowed.every((id) => id === fake.ids.student || id === fake.ids.taRole || id === undefined)).toBe(true);
      }
      const shown = [body.content ?? '', ...(body.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).map((f) => f.value)])].join('\n');
      expect(shown.length).toBeLessThanOrEqual(2000 + 6000);
      expect(body.content?.length ?? 0).toBeLessThanOrEqual(2000);
      expect(shown).not.toMatch(/(?<!\u200b)@everyone|(?<!\u200b)@here/);
      expect(shown).not.toContain('\u0000');
      expect(shown).not.toContain('\u202e');
      expect(shown).not.toContain('https://evil.example');
      for (const c of body.choices ?? []) expect(c.name.length).toBeLessThanOrEqual(100);
    }
  }, 60_000);
});

describe('secrets', () => {
  it('never puts the token in a log line or in anything sent to Discord', async () => {
    t = await startTestBot();
    await ask(t, 'what is instructlab');
    t.fake.failNext('POST', /\/interactions\/.*\/callback/, { status: 500, times: 8 });
    const { id } = await t.fake.slash('ask', { question: TEST_TOKEN });
    await t.fake.waitUntil(() => (t!.logs.some((l) => l.includes(id)) ? true : undefined), 10_000);
    t.fake.clearFaults();
    expect(t.logs.length).toBeGreaterThan(0);
    for (const line of t.logs) expect(line).not.toContain(TEST_TOKEN);
    for (const r of t.fake.requests) expect(JSON.stringify(r.body ?? '')).not.toContain(TEST_TOKEN);
  });
});
