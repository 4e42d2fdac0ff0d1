/**
 * The "read a screenshot" step with a fake OCR service (no Tesseract): where the text read goes
 * (a Python version or not-found to the paste judge, other errors to the search), what every
 * reply starts with, and the one line for each way reading can fail.
 */
import { describe, expect, it, vi } from 'vitest';
import { answerScreenshot, askScreenshot, imagesToRead, routeOf } from '../../commands/ask/screenshot.js';
import { checkPython } from '../../commands/python-check/check-python.js';
import type { CommandContext } from '../../src/framework/command.js';
import { READ_LINES, readImages, readLead } from '../../src/framework/images.js';
import type { ImageInput } from '../../src/framework/options.js';
import { contextFor, createServices, runCommand } from '../../src/framework/run.js';
import { resolveUserText } from '../../src/framework/safe-text.js';
import type { Logger } from '../../src/logger.js';
import { REASONS } from '../../src/ocr/limits.js';
import type { OcrOutcome, OcrService } from '../../src/ocr/types.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { Store } from '../../src/store/types.js';
import { fullIndex } from '../helpers/knowledge.js';

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const index = await fullIndex();
const PNG: ImageInput = { kind: 'bytes', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), name: 'shot.png' };

/** An OCR service that answers each read with the next outcome given (the last one repeats). */
function fakeOcr(...outcomes: OcrOutcome[]): OcrService & { reads: number } {
  const service = {
    reads: 0,
    read: () => Promise.resolve(outcomes[Math.min(service.reads++, outcomes.length - 1)]!),
    stats: () => ({ enabled: true, concurrency: 1, queueLimit: 8, workers: 0, running: 0, queued: 0, read: 0, rejected: 0, busy: 0, timeouts: 0, failed: 0, started: 0 }),
    close: () => Promise.resolve(),
  };
  return service;
}
const text = (t: string): OcrOutcome => ({ kind: 'text', text: t, rawText: t, confidence: 90, ms: 400, passes: 1 });

function setup(ocr: OcrService | undefined, store: Store = createMemoryStore()): { ctx: CommandContext; store: Store } {
  const services = createServices({ current: () => index }, { PYTHON_REQUIREMENT: '>=3.11', TA_ROLE_ID: undefined, DISCORD_CDN_URL: 'http://127.0.0.1:9/cdn' }, store, quiet, ocr);
  return { ctx: contextFor(services, { id: 'u1', name: 'Ana', isTA: false }), store };
}
const plain = (s: string | undefined) => resolveUserText(s ?? '', (q) => q);

describe('routing the text read', () => {
  it('a Python version goes to the paste judge: verdict, fix, and what was read first', async () => {
    const { ctx, store } = setup(fakeOcr(text('jane@mbp ~ % python3 --version\nPython 3.9.6')));
    const reply = await answerScreenshot('', [PNG], ctx, 'question');
    expect(reply.kind).toBe('python');
    expect(reply.title).toMatch(/3\.9\.6 is too old/);
    expect(plain(reply.lead)).toBe('I read: “jane@mbp ~ % python3 --version ⏎ Python 3.9.6”');
    expect(reply.data).toMatchObject({ route: 'python-check', verdict: 'too-old', version: '3.9.6', os: 'macos', ocrText: 'jane@mbp ~ % python3 --version\nPython 3.9.6' });
    expect(reply.visibility).toBe('public');
    expect(store.latestVerdicts()).toMatchObject([{ userId: 'u1', verdict: 'too-old' }]);
  });

  it('a "python not found" goes to the judge too', async () => {
    const { ctx } = setup(fakeOcr(text("PS C:\\Users\\amir> python --version\npython : The term 'python' is not recognized as the name of a cmdlet")));
    const reply = await answerScreenshot('', [PNG], ctx, 'question');
    expect(reply.data).toMatchObject({ route: 'python-check', verdict: 'not-found', os: 'windows' });
  });

  it("'code' is not recognized goes to the search and gets the VS Code PATH answer", async () => {
    const read = "C:\\Users\\ana>code .\n'code' is not recognized as an internal or external command,\noperable program or batch file.";
    const { ctx, store } = setup(fakeOcr(text(read)));
    const reply = await answerScreenshot('', [PNG], ctx, 'question');
    expect(reply.kind).toBe('answer');
    expect(reply.sectionId).toBe('vscode-windows/the-code-command-is-not-recognized-on-windows');
    expect(plain(reply.lead)).toMatch(/^I read: “C:\\Users\\ana>code \. ⏎ 'code' is not recognized/);
    expect(reply.data).toMatchObject({ route: 'ask', confident: true, ocrText: read });
    expect(store.latestVerdicts()).toEqual([]);
  });

  it('routes by the judge, not the loose looksLikePython (which calls any "not recognized" Python)', () => {
    const { ctx } = setup(undefined);
    expect(routeOf("'code' is not recognized as an internal or external command", ctx)).toBe('ask');
    expect(routeOf('zsh: command not found: ilab', ctx)).toBe('ask');
    expect(routeOf('zsh: command not found: python3', ctx)).toBe('python-check');
    expect(routeOf('$ pyenv versions\n  system\n* 3.10.14', ctx)).toBe('python-check');
  });

  it('the terminal decides the version, not a version typed beside the screenshot', async () => {
    const { ctx } = setup(fakeOcr(text('$ python3 --version\nPython 3.9.6')));
    const reply = await answerScreenshot('I installed 3.12 but it still says this, on my mac', [PNG], ctx, 'question');
    expect(reply.data).toMatchObject({ verdict: 'too-old', version: '3.9.6', os: 'macos' });
  });

  it('a help post is answered only when sure; the menu records the verdict for the student, not the TA', async () => {
    const unsure = setup(fakeOcr(text('Traceback (most recent call last):\n  File "x.py", line 1\nNameError: frobnicate')));
    expect(await answerScreenshot('', [PNG], unsure.ctx, 'help-post')).toBeNull();

    const { ctx, store } = setup(fakeOcr(text('Python 3.10.12')));
    const menu = { ...ctx, invoker: { id: 'ta1', name: 'Taylor', isTA: true }, target: { id: 'm1', link: 'https://x', content: '', author: { id: 'st1', name: 'Sam' } } };
    const reply = await answerScreenshot('', [PNG], menu, 'menu');
    expect(reply.visibility).toBe('public');
    expect(store.latestVerdicts().map((v) => v.userId)).toEqual(['st1']);
  });
});

const FAILURES: [string, OcrOutcome, string][] = [
  ['rejected', { kind: 'rejected', reason: REASONS.tooLarge }, REASONS.tooLarge],
  ['busy', { kind: 'busy' }, READ_LINES.busy],
  ['timeout', { kind: 'timeout', ms: 15_000 }, READ_LINES.timeout],
  ['failed', { kind: 'failed', reason: 'wasm abort' }, READ_LINES.failed],
  ['empty', text('   '), READ_LINES.empty],
];

describe('when nothing can be read', () => {
  it.each(FAILURES)('%s: one line, nothing judged or searched', async (failure, outcome, line) => {
    const { ctx, store } = setup(fakeOcr(outcome));
    const reply = await answerScreenshot('', [PNG], ctx, 'question');
    expect(reply).toMatchObject({ kind: 'notice', body: line, data: { ocrText: '', ocrError: failure } });
    expect(store.latestVerdicts()).toEqual([]);
    expect(store.openQuestions(10)).toEqual([]);
  });

  it('off (or no service at all): "paste the text instead", without reading', async () => {
    const off = { ...fakeOcr(text('Python 3.12.4')), stats: () => ({ ...fakeOcr().stats(), enabled: false }) };
    for (const ocr of [off, undefined]) {
      const { ctx } = setup(ocr);
      expect(await answerScreenshot('', [PNG], ctx, 'question')).toMatchObject({ body: 'Screenshots are turned off here: paste the text instead.' });
    }
    expect(off.reads).toBe(0);
  });

  it("in a help channel, only a problem the student can fix is answered; words with a sure answer are answered anyway", async () => {
    expect(await answerScreenshot('', [PNG], setup(fakeOcr({ kind: 'busy' })).ctx, 'help-post')).toBeNull();
    expect(await answerScreenshot('', [PNG], setup(fakeOcr({ kind: 'rejected', reason: REASONS.unsupported })).ctx, 'help-post')).toMatchObject({ body: REASONS.unsupported });
    const words = await answerScreenshot('how do I install vs code on my mac', [PNG], setup(fakeOcr({ kind: 'busy' })).ctx, 'question');
    expect(words.kind).toBe('answer');
    expect(words.lead).toBe(READ_LINES.busy);
  });

  it('a second image is read when the first cannot be', async () => {
    const ocr = fakeOcr({ kind: 'rejected', reason: REASONS.broken }, text('Python 3.12.4'));
    const reply = await answerScreenshot('', [PNG, PNG], setup(ocr).ctx, 'question');
    expect(reply.data).toMatchObject({ verdict: 'ok', version: '3.12.4' });
    expect(ocr.reads).toBe(2);
  });
});

describe('attachments are fetched from the CDN only', () => {
  const services = (ocr: OcrService) => ({ ocr, config: { DISCORD_CDN_URL: 'http://127.0.0.1:9/cdn' }, logger: quiet });

  it('another host is refused before any request, with one line', async () => {
    const fetchImpl = vi.fn<typeof fetch>();
    const ocr = fakeOcr(text('Python 3.12.4'));
    for (const url of ['https://evil.example/shot.png', 'http://127.0.0.1:10/cdn/attachments/1/2/a.png', 'https://cdn.discordapp.com.evil.example/a.png']) {
      const read = await readImages([{ kind: 'attachment', url, contentType: 'image/png' }], services(ocr), { fetchImpl });
      expect(read).toEqual({ ok: false, failure: 'refused', line: REASONS.host });
    }
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(ocr.reads).toBe(0);
  });

  it("Discord's own claims are checked before downloading (type, size, pixels)", async () => {
    const fetchImpl = vi.fn<typeof fetch>();
    const base = { kind: 'attachment' as const, url: 'https://cdn.discordapp.com/attachments/1/2/a.png' };
    const checks: [ImageInput, string][] = [
      [{ ...base, contentType: 'application/pdf' }, REASONS.unsupported],
      [{ ...base, contentType: 'image/png', size: 50_000_000 }, REASONS.tooLarge],
      [{ ...base, contentType: 'image/png', width: 10_000, height: 10_000 }, REASONS.tooManyPixels],
    ];
    for (const [image, line] of checks) expect(await readImages([image], services(fakeOcr()), { fetchImpl })).toMatchObject({ ok: false, line });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('downloads a CDN attachment and reads its bytes', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const fetchImpl = vi.fn<typeof fetch>(() => Promise.resolve(new Response(bytes, { status: 200, headers: { 'content-type': 'image/png' } })));
    const seen: Uint8Array[] = [];
    const ocr = { ...fakeOcr(text('Python 3.12.4')), read: (b: Uint8Array) => (seen.push(b), Promise.resolve(text('Python 3.12.4'))) };
    const read = await readImages([{ kind: 'attachment', url: 'http://127.0.0.1:9/cdn/attachments/1/2/a.png?ex=1', contentType: 'image/png' }], services(ocr), { fetchImpl });
    expect(read).toEqual({ ok: true, text: 'Python 3.12.4', images: 1 });
    expect(fetchImpl.mock.calls[0]![0]).toBe('http://127.0.0.1:9/cdn/attachments/1/2/a.png?ex=1');
    expect([...seen[0]!]).toEqual([1, 2, 3]);
  });
});

describe('which images a message gets read', () => {
  const { ctx } = setup(undefined);
  it('all of them with no or little text', () => {
    expect(imagesToRead('', [PNG], ctx)).toEqual([PNG]);
    expect(imagesToRead('help, what does this mean?', [PNG, PNG], ctx)).toHaveLength(2);
    expect(imagesToRead('anything', [], ctx)).toEqual([]);
  });

  it('none when a long message already has a sure answer; all when its words find none', () => {
    const answered = 'I am on a Mac and I installed VS Code from the website yesterday, but when I type code . in the terminal it says zsh: command not found: code and nothing opens, what should I do to fix this?';
    expect(imagesToRead(answered, [PNG], ctx)).toEqual([]);
    const vague = 'so I tried everything that the instructions said and then I restarted my laptop twice and it is still the same as before and I do not know what else to try at this point, please see the picture';
    expect(imagesToRead(vague, [PNG], ctx)).toEqual([PNG]);
  });
});

describe('the "I read" line', () => {
  it('quotes the last lines (where a terminal answers), bounded, and says how many came before', () => {
    const lead = plain(readLead(['window title', 'b', '', 'c', 'd', 'e', 'f'].join('\n')));
    expect(lead).toBe('I read: (2 earlier lines) “c ⏎ d ⏎ e ⏎ f”');
    expect(plain(readLead('x'.repeat(5000))).length).toBeLessThan(260);
  });

  it('is inert user text: no ping, no link', () => {
    const lead = plain(readLead('@everyone <@123456789012345678> see https://evil.example'));
    expect(lead).not.toMatch(/@everyone|<@\d|https:\/\//);
  });
});

describe('/check-python and ask with an image (what the CLI runs)', () => {
  it('check-python: the judge JSON plus ocrText; no form is offered', async () => {
    const { ctx } = setup(fakeOcr(text('C:\\Users\\ana>python --version\nPython 3.12.4')));
    expect(checkPython.form?.({ image: { kind: 'attachment', url: 'https://cdn.discordapp.com/a.png' } })).toBeUndefined();
    const reply = await runCommand(checkPython, { paste: '', image: [PNG] }, ctx);
    expect(reply.data).toMatchObject({ verdict: 'ok', version: '3.12.4', os: 'windows', ocrText: 'C:\\Users\\ana>python --version\nPython 3.12.4' });
  });

  it('check-python keeps the contract fields when nothing could be read', async () => {
    const { ctx } = setup(fakeOcr({ kind: 'busy' }));
    const reply = await runCommand(checkPython, { paste: '', image: [PNG] }, ctx);
    expect(reply.body).toBe(READ_LINES.busy);
    expect(reply.data).toMatchObject({ verdict: 'unrecognized', version: null, meets: false, warnings: [], ocrText: '', ocrError: 'busy' });
  });

  it('ask: always the search, the /ask JSON plus ocrText, even for a Python version', async () => {
    const { ctx } = setup(fakeOcr(text('zsh: command not found: code')));
    const reply = await askScreenshot('on my mac', [PNG], 'private', 1, ctx);
    expect(reply.data).toMatchObject({ query: 'zsh: command not found: code\non my mac', confident: true, ocrText: 'zsh: command not found: code' });
    expect((reply.data!.results as unknown[]).length).toBe(1);
    const version = await askScreenshot('', [PNG], 'private', 3, setup(fakeOcr(text('Python 3.9.6'))).ctx);
    expect(version.data).toMatchObject({ query: 'Python 3.9.6', ocrText: 'Python 3.9.6' });
    expect(version.data).not.toHaveProperty('verdict');
    const failed = await askScreenshot('', [PNG], 'private', 3, setup(fakeOcr({ kind: 'timeout', ms: 15_000 })).ctx);
    expect(failed.data).toEqual({ query: '', confident: false, results: [], ocrText: '', ocrError: 'timeout' });
  });
});
