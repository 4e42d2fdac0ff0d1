/**
 * Real OCR (tesseract.js with the npm English data) on terminal screenshots: the OCR text must
 * get the same verdict and version from the paste judge as the text the screenshot shows.
 * A representative subset, about 25 images; the full matrix (every paste x look x format) is
 * `npx tsx bench/ocr.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishLangPath } from '../../src/ocr/engine.js';
import { REASONS } from '../../src/ocr/limits.js';
import { createOcrService } from '../../src/ocr/service.js';
import type { OcrOutcome, OcrService } from '../../src/ocr/types.js';
import { FIXTURE_DIR, judge, loadSet, ROOT, screenFor, type Judged } from './corpus.js';
import { pngWithHeader } from './images.js';
import { LOOKS, lookByName, renderTerminal } from './render.js';

const TIMEOUT = 60_000;
let service: OcrService;

beforeAll(() => {
  service = createOcrService({ enabled: true, timeoutMs: 30_000 });
});
afterAll(async () => {
  await service.close();
});

function textOf(outcome: OcrOutcome): string {
  if (outcome.kind !== 'text') throw new Error(`expected text, got ${JSON.stringify(outcome)}`);
  return outcome.text;
}

const pastes = await loadSet('fixture');

describe('the language data ships in node_modules', () => {
  it('langPath is a local folder holding eng.traineddata.gz', () => {
    expect(existsSync(join(englishLangPath(), 'eng.traineddata.gz'))).toBe(true);
  });
});

describe('rendered screenshots of the fixture pastes, judged like their text', () => {
  it('has ~15 representative pastes', () => expect(pastes?.length).toBeGreaterThanOrEqual(15));
  // Paste i in look i mod 7; the first 7 as PNG, the next 7 as JPEG q70, then PNG again:
  // every look is read in both formats.
  const cases = pastes!.map((item, i) => ({ item, i, look: LOOKS[i % LOOKS.length]!, format: Math.floor(i / LOOKS.length) % 2 === 1 ? ('jpeg' as const) : ('png' as const) }));

  it.each(cases.map((c) => [c.item.id, c.look.name, c.format, c] as const))(
    '%s in %s (%s)',
    async (_id, _look, _format, { item, i, look, format }) => {
      const screen = screenFor(item, look, i);
      expect(screen, 'the fixture paste can be drawn').not.toBeNull();
      const image = await renderTerminal(screen!.rows.join('\n'), look, { format, quality: 70 });
      const text = textOf(await service.read(image));
      expect(judge(text), `OCR read:\n${text}`).toEqual(screen!.expected);
    },
    TIMEOUT,
  );
});

describe('committed PNG fixtures (labels.jsonl, eval.mjs python-images format)', () => {
  const labels = readFileSync(join(FIXTURE_DIR, 'labels.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { image: string; verdict: string; version: string | null });

  it('are small files', () => {
    expect(labels.length).toBeGreaterThanOrEqual(5);
    for (const { image } of labels) expect(readFileSync(join(FIXTURE_DIR, image)).length).toBeLessThan(100_000);
  });

  it.each(labels.map((l) => [l.image, l] as const))(
    '%s',
    async (_name, label) => {
      const text = textOf(await service.read(readFileSync(join(FIXTURE_DIR, label.image))));
      const expected: Judged = { verdict: label.verdict, version: label.version };
      expect(judge(text), `OCR read:\n${text}`).toEqual(expected);
    },
    TIMEOUT,
  );
});

describe('formats', () => {
  const frame = (text: string) => renderTerminal(text, lookByName('macos-dark-2x'));

  it(
    'an animated GIF is read from its first frame only',
    async () => {
      const first = await frame('jane@mbp ~ % python3 --version\nPython 3.12.4');
      const second = await frame('jane@mbp ~ % python --version\nPython 2.7.5');
      const gif = await sharp([first, second], { join: { animated: true } }).gif().toBuffer();
      expect((await sharp(gif).metadata()).pages).toBe(2);
      expect(judge(textOf(await service.read(gif)))).toEqual({ verdict: 'ok', version: '3.12.4' });
    },
    TIMEOUT,
  );

  it(
    'an animated WebP is read from its first frame only',
    async () => {
      const first = await frame('jane@mbp ~ % python3 --version\nPython 3.10.12');
      const second = await frame('jane@mbp ~ % python3 --version\nPython 3.13.1');
      const webp = await sharp([first, second], { join: { animated: true } }).webp().toBuffer();
      expect(judge(textOf(await service.read(webp)))).toEqual({ verdict: 'too-old', version: '3.10.12' });
    },
    TIMEOUT,
  );

  it(
    'a screenshot with a transparent window shadow (macOS window capture) is read',
    async () => {
      const shot = await frame('jane@mbp ~ % python3 --version\nPython 3.11.9');
      const meta = await sharp(shot).metadata();
      const framed = await sharp({ create: { width: meta.width + 80, height: meta.height + 80, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
        .composite([{ input: shot, left: 40, top: 30 }])
        .png()
        .toBuffer();
      expect(judge(textOf(await service.read(framed)))).toEqual({ verdict: 'ok', version: '3.11.9' });
    },
    TIMEOUT,
  );
});

describe('hostile images with the real engine', () => {
  it('a truncated PNG is rejected as broken, and the next image is read', async () => {
    const png = await renderTerminal('Python 3.12.4', lookByName('cmd-black'));
    expect(await service.read(png.subarray(0, Math.floor(png.length * 0.6)))).toEqual({ kind: 'rejected', reason: REASONS.broken });
    expect(judge(textOf(await service.read(png)))).toEqual({ verdict: 'ok', version: '3.12.4' });
  }, TIMEOUT);

  it('a 30000x30000 PNG header is rejected without starting a worker', async () => {
    const fresh = createOcrService({ enabled: true });
    expect(await fresh.read(pngWithHeader(30_000, 30_000))).toEqual({ kind: 'rejected', reason: REASONS.tooManyPixels });
    expect(fresh.stats()).toMatchObject({ started: 0, workers: 0 });
    await fresh.close();
  });

  it('reading wrote no traineddata cache into the working directory', () => {
    expect(existsSync(join(process.cwd(), 'eng.traineddata'))).toBe(false);
    expect(existsSync(join(ROOT, 'eng.traineddata'))).toBe(false);
  });
});
