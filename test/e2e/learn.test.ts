/**
 * TAs teach the bot, end to end against the loopback Discord with the real discord.js client: a
 * question the bot cannot answer reaches /unanswered, a TA saves their reply as a pre-work answer
 * (message menu → form), the next student gets it confidently, /learned exports it as a file
 * that passes the knowledge check, students can use none of it, and a crash between writing and
 * indexing loses nothing.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredReplyKeys } from '../../commands/python-check/reply-keys.js';
import { checkKnowledge } from '../../src/knowledge/check.js';
import type { ReloadOutcome } from '../../src/search/service.js';
import { buttonId, buttonLabels, startTestBot, type TestBot } from '../helpers/bot.js';
import { KNOWLEDGE_DIR } from '../helpers/knowledge.js';

const QUESTION = 'How do I get a GPU quota on the cloud?';
const ANSWER = [
  'Ask in #help for a cloud lab account: each account comes with one GPU for the workshop day, so you do not need your own quota.',
  'Check it with:',
  '```',
  'nvidia-smi',
  '```',
  'Details: https://cloud.example.org/workshop/gpu @everyone <@123456789012345678>',
].join('\n');

type Modal = { custom_id: string; title: string; components: { type: number; label: string; component: { custom_id: string; value?: string; style: number; max_length: number } }[] };

let t: TestBot;
let dataDir: string;

beforeAll(async () => {
  t = await startTestBot();
  dataDir = t.dataDir;
});
afterAll(async () => {
  await t?.stop();
});

const learnedFiles = () => (existsSync(join(dataDir, 'learned')) ? readdirSync(join(dataDir, 'learned')).filter((f) => f.endsWith('.md')) : []);
const replyTo = (id: string) => (r: { body?: unknown }) => (r.body as { message_reference?: { message_id: string } } | undefined)?.message_reference?.message_id === id;

/** Opens "Save as pre-work answer" on a message as the TA and returns the form Discord shows. */
async function openForm(messageId: string): Promise<Modal> {
  const { id } = await t.fake.messageContextMenu('Save as pre-work answer', messageId, { user: 'ta' });
  const body = (await t.fake.waitForCallback(id)).body as { type: number };
  expect(body.type).toBe(9);
  return t.fake.responseFor(id).modal as Modal;
}

const field = (modal: Modal, id: string) => modal.components.find((c) => c.component.custom_id === id)!.component;

describe('TAs teach the bot', () => {
  let studentMessage: string;
  let taReply: string;

  it('logs a pre-work question it cannot answer, and not help-channel chat', async () => {
    const lunch = await t.fake.messageCreate({ content: 'anyone want to get lunch later?', author: 'student2', channel: 'helpChannel' });
    const asked = await t.fake.messageCreate({ content: QUESTION, author: 'student', channel: 'helpChannel' });
    studentMessage = asked.id;
    await t.fake.waitUntil(() => t.store.openQuestions(50).find((q) => q.query === QUESTION), 5000, 'the question on /unanswered');
    // Both were handled in order; only the question was logged, and the bot stayed quiet under both.
    expect(t.store.openQuestions(50).map((q) => q.query)).not.toContain('anyone want to get lunch later?');
    expect(t.fake.requests.some((r) => replyTo(lunch.id)(r) || replyTo(asked.id)(r))).toBe(false);

    const list = await t.fake.slash('unanswered', {}, { user: 'ta' });
    const shown = await t.fake.waitForResponse(list.id);
    expect(shown.ephemeral).toBe(true);
    expect(shown.text).toContain(QUESTION.replace('?', ''));
    expect(shown.text).not.toMatch(/lunch/);
    const labels = buttonLabels(shown.components);
    expect(labels).toContain('Save #1');
    expect(labels).toContain('Dismiss #1');
  });

  it('saves a TA reply from the message menu: the form is prefilled, the file written, mentions inert', async () => {
    const reply = await t.fake.messageCreate({ content: ANSWER, author: 'ta', channel: 'helpChannel', replyTo: studentMessage });
    taReply = reply.id;
    const modal = await openForm(taReply);
    expect(modal.title).toBe('Save as pre-work answer');
    expect(modal.components.length).toBe(3);
    expect(field(modal, 'heading').value).toBe(QUESTION);
    expect(field(modal, 'answer').value).toBe(ANSWER);
    expect(field(modal, 'aliases').value).toBe(QUESTION);

    const submit = await t.fake.modalSubmit(modal.custom_id, { heading: QUESTION, answer: ANSWER, aliases: `${QUESTION}\ncloud gpu quota for the lab` }, { user: 'ta', channel: 'helpChannel' });
    const saved = await t.fake.waitForResponse(submit.id);
    expect(saved.ephemeral).toBe(true);
    expect(saved.text).toMatch(/Saved to `?learned\/how-do-i-get-a-gpu-quota-on\.md/);
    expect(saved.text).toMatch(/Students who ask this now get it/);

    expect(learnedFiles()).toEqual(['how-do-i-get-a-gpu-quota-on.md']);
    const file = readFileSync(join(dataDir, 'learned', learnedFiles()[0]!), 'utf8');
    expect(file).toContain(`source: https://discord.com/channels/${t.fake.ids.guild}/${t.fake.ids.helpChannel}/${taReply}`);
    expect(file).toMatch(/^author: .*TA$/m);
    expect(file).toMatch(new RegExp(`^reviewed: "?${new Date().toISOString().slice(0, 10)}"?$`, 'm'));
    expect(file).toContain('https://cloud.example.org/workshop/gpu');
    expect(file).toContain('cloud gpu quota for the lab');
    expect(file).toContain('\nnvidia-smi\n');
    expect(file).not.toMatch(/@everyone|<@\d/);
  });

  it('answers the same question from another student confidently from the saved answer, without pinging', async () => {
    const { id } = await t.fake.slash('ask', { question: 'how do i get a gpu quota on the cloud', public: true }, { user: 'student2' });
    const r = await t.fake.waitForResponse(id);
    const embed = r.embeds[0] as { title: string; description: string; footer: { text: string } };
    expect(embed.title).toBe(QUESTION);
    expect(embed.footer.text).toMatch(/^Source: learned\/how-do-i-get-a-gpu-quota-on\.md:\d+$/);
    expect(embed.description).toContain('nvidia-smi');
    expect((await t.fake.waitForCallback(id)).body).toMatchObject({ data: { allowed_mentions: { parse: [] } } });

    // The help channel answers it on its own now.
    const again = await t.fake.messageCreate({ content: 'how do I get a gpu quota on the cloud?', author: 'student2', channel: 'helpChannel' });
    await t.fake.waitForRequest(replyTo(again.id));

    const list = await t.fake.slash('unanswered', {}, { user: 'ta' });
    const shown = await t.fake.waitForResponse(list.id);
    expect(shown.text).not.toContain(QUESTION.replace('?', ''));
    expect(shown.text).toMatch(/1 answered since/);
  });

  it('/learned lists it; Export attaches one markdown file that passes the knowledge check in knowledge/', async () => {
    const { id } = await t.fake.slash('learned', {}, { user: 'ta' });
    const listed = await t.fake.waitForResponse(id);
    expect(listed.text).toContain(QUESTION.replace('?', ''));
    expect(buttonLabels(listed.components)).toEqual(['Export', 'Remove #1']);

    const click = await t.fake.button(buttonId(listed.components, 'Export'), { message: listed.message!.id, user: 'ta' });
    await t.fake.waitForResponse(click.id);
    const upload = t.fake.requests.find((r) => r.path.includes(`/interactions/${click.id}/`))!;
    expect(upload.files.map((f) => f.filename)).toEqual(['learned-answers.md']);
    const markdown = upload.files[0]!.data.toString('utf8');
    expect(markdown).toContain(`# ${QUESTION}`);
    expect(markdown).toContain('cloud gpu quota for the lab');

    const knowledge = mkdtempSync(join(tmpdir(), 'pw-export-'));
    cpSync(KNOWLEDGE_DIR, knowledge, { recursive: true });
    writeFileSync(join(knowledge, 'learned-answers.md'), markdown);
    const report = await checkKnowledge(knowledge, { requiredReplyKeys: requiredReplyKeys() });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.problems.filter((p) => p.source === 'learned-answers.md')).toEqual([]);
  });

  it('refuses students everything at run time, even with a forged form or buttons, and writes nothing', async () => {
    const before = learnedFiles();
    const menu = await t.fake.messageContextMenu('Save as pre-work answer', taReply, { user: 'student' });
    const menuBody = (await t.fake.waitForCallback(menu.id)).body as { type: number; data: { content: string; flags: number } };
    expect(menuBody.type).toBe(4);
    expect(menuBody.data.content).toMatch(/for TAs only/);
    expect(menuBody.data.flags).toBe(64);

    for (const name of ['learned', 'unanswered', 'prework-status']) {
      const { id } = await t.fake.slash(name, {}, { user: 'student' });
      expect((await t.fake.waitForResponse(id)).text).toMatch(/for TAs only/);
    }

    // A student replaying a TA's custom ids (a form submit and the list's buttons).
    const modal = await openForm(taReply);
    const forged = await t.fake.modalSubmit(modal.custom_id, { heading: 'Free pizza', answer: 'Everyone gets pizza.', aliases: '' }, { user: 'student' });
    expect((await t.fake.waitForResponse(forged.id)).text).toMatch(/for TAs only/);
    const list = await t.fake.slash('learned', {}, { user: 'ta' });
    const listed = await t.fake.waitForResponse(list.id);
    for (const label of ['Export', 'Remove #1']) {
      const click = await t.fake.button(buttonId(listed.components, label), { message: listed.message!.id, user: 'student' });
      expect((await t.fake.waitForResponse(click.id)).text).toMatch(/for TAs only/);
    }
    expect(learnedFiles()).toEqual(before);
  });

  it('refuses an answer the knowledge check would reject, with the reason, and writes nothing', async () => {
    const before = learnedFiles();
    const modal = await openForm(taReply);
    const submit = await t.fake.modalSubmit(modal.custom_id, { heading: 'How do I check my GPU?', answer: 'Run this:\n```\nnvidia-smi\n```', aliases: '' }, { user: 'ta' });
    const refused = await t.fake.waitForResponse(submit.id);
    expect(refused.text).toMatch(/Not saved/);
    expect(refused.text).toMatch(/shows commands .* but has no sources/);
    expect(buttonLabels(refused.components)).toEqual(['Edit and try again']);
    expect(learnedFiles()).toEqual(before);

    // "Edit and try again" opens the form with what was typed.
    const edit = await t.fake.button(buttonId(refused.components, 'Edit and try again'), { message: refused.message!.id, user: 'ta' });
    expect(((await t.fake.waitForCallback(edit.id)).body as { type: number }).type).toBe(9);
    expect(field(t.fake.responseFor(edit.id).modal as Modal, 'answer').value).toContain('nvidia-smi');
  });

  it('works through /unanswered: "Save #n" opens the form with the group\'s wordings, "Dismiss #n" updates the list', async () => {
    for (const q of ['does ilab run on a raspberry pi?', 'can instructlab run on a raspberry pi?']) {
      const { id } = await t.fake.slash('ask', { question: q }, { user: 'student2' });
      await t.fake.waitForResponse(id);
    }
    const list = await t.fake.slash('unanswered', {}, { user: 'ta' });
    const shown = await t.fake.waitForResponse(list.id);
    const group = (shown.embeds[0] as { fields: { name: string; value: string }[] }).fields.findIndex((f) => f.value.includes('can instructlab run on a raspberry pi'));
    expect(group).toBeGreaterThanOrEqual(0);
    const n = group + 1;

    const save = await t.fake.button(buttonId(shown.components, `Save #${n}`), { message: shown.message!.id, user: 'ta' });
    expect(((await t.fake.waitForCallback(save.id)).body as { type: number }).type).toBe(9);
    const modal = t.fake.responseFor(save.id).modal as Modal;
    // Both wordings landed in one group, so both are offered as the students' wordings.
    expect(field(modal, 'aliases').value?.split('\n').sort()).toEqual(['can instructlab run on a raspberry pi?', 'does ilab run on a raspberry pi?']);
    expect(field(modal, 'answer').value ?? '').toBe('');

    const dismiss = await t.fake.button(buttonId(shown.components, `Dismiss #${n}`), { message: shown.message!.id, user: 'ta' });
    expect(((await t.fake.waitForCallback(dismiss.id)).body as { type: number }).type).toBe(7);
    expect(t.fake.responseFor(dismiss.id).text).not.toContain('raspberry');
    expect(t.store.openQuestions(50).map((q) => q.query).join('\n')).not.toContain('raspberry');
  });

  it('/prework-status shows a chart image with its numbers in the text, and "Export CSV" attaches the CSV', async () => {
    for (const [user, paste] of [['student', 'Python 3.12.4'], ['student2', 'PS C:\\> python --version\nPython 3.9.13']] as const) {
      const { id } = await t.fake.slash('check-python', { paste, os: user === 'student' ? 'macos' : 'windows' }, { user });
      await t.fake.waitForResponse(id);
    }
    const { id } = await t.fake.slash('prework-status', {}, { user: 'ta' });
    const r = await t.fake.waitForResponse(id);
    const embed = r.embeds[0] as { title: string; image?: { url: string }; fields: { name: string; value: string }[] };
    expect(embed.image?.url).toBe('attachment://readiness.png');
    expect(embed.title).toMatch(/of 2 ready/);
    expect(embed.fields[0]).toMatchObject({ name: 'By OS', value: expect.stringMatching(/^macOS: .+\nWindows: 1 too old$/) });
    const upload = t.fake.requests.find((q) => q.path.includes(`/interactions/${id}/`))!;
    expect(upload.files.map((f) => [f.filename, f.data.subarray(1, 4).toString()])).toEqual([['readiness.png', 'PNG']]);

    const csv = await t.fake.button(buttonId(r.components, 'Export CSV'), { message: r.message!.id, user: 'ta' });
    await t.fake.waitForResponse(csv.id);
    const file = t.fake.requests.find((q) => q.path.includes(`/interactions/${csv.id}/`))!.files[0]!;
    expect(file.filename).toBe('readiness.csv');
    const rows = file.data.toString('utf8').trimEnd().split('\r\n');
    expect(rows[0]).toBe('student,latest verdict,version,os,warnings,time');
    expect(rows.slice(1).map((row) => row.split(',').slice(1, 4).join(','))).toEqual(expect.arrayContaining(['ok,3.12.4,macos', 'too-old,3.9.13,windows']));
  });

  it('loses nothing when the bot dies between writing an answer and indexing it', async () => {
    const question = 'Is my chromebook fast enough for ilab?';
    const asked = await t.fake.messageCreate({ content: question, author: 'student', channel: 'helpChannel' });
    const reply = await t.fake.messageCreate({ content: 'A Chromebook cannot run ilab; use the cloud lab account from the TAs instead.', author: 'ta', channel: 'helpChannel', replyTo: asked.id });
    const modal = await openForm(reply.id);
    // The crash: the file is written, then the process dies before the index takes it in.
    t.knowledge.reload = (): Promise<ReloadOutcome> => new Promise(() => undefined);
    await t.fake.modalSubmit(modal.custom_id, { heading: question, answer: 'A Chromebook cannot run ilab; use the cloud lab account from the TAs instead.', aliases: '' }, { user: 'ta' });
    await t.fake.waitUntil(() => learnedFiles().includes('is-my-chromebook-fast-enough.md') || undefined, 5000, 'the answer on disk');
    expect(t.knowledge.current().search(question, 1).hits[0]?.section.source).not.toMatch(/chromebook/);
    await t.stop();
    t = await startTestBot({ dataDir });
    const { id } = await t.fake.slash('ask', { question: 'is my chromebook fast enough for ilab' }, { user: 'student2' });
    const r = await t.fake.waitForResponse(id);
    expect((r.embeds[0] as { footer: { text: string } }).footer.text).toMatch(/learned\/is-my-chromebook-fast-enough\.md/);
    // The first answer survived the restart too, and Remove takes one out of the index at once.
    const list = await t.fake.slash('learned', {}, { user: 'ta' });
    const listed = await t.fake.waitForResponse(list.id);
    expect(buttonLabels(listed.components)).toEqual(['Export', 'Remove #1', 'Remove #2']);
    const remove = await t.fake.button(buttonId(listed.components, 'Remove #2'), { message: listed.message!.id, user: 'ta' });
    expect((await t.fake.waitForResponse(remove.id)).text).toMatch(/Removed `?learned\/is-my-chromebook/);
    expect(learnedFiles()).toEqual(['how-do-i-get-a-gpu-quota-on.md']);
    expect(t.knowledge.current().search(question, 1).hits[0]?.section.source ?? '').not.toMatch(/chromebook/);
  });
});
