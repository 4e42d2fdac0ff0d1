import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { analyseLayout, contrastTable, decodeGray, preparePass, scaleFor, TARGET_LINE_HEIGHT } from '../../src/ocr/preprocess.js';
import { lookByName, renderTerminal } from './render.js';

const SESSION = 'jane@mbp ~ % python3 --version\nPython 3.12.4\njane@mbp ~ % ';

describe('analyseLayout', () => {
  it.each([
    ['macos-dark-2x', true],
    ['cmd-black', true],
    ['powershell-blue', true],
    ['ubuntu-aubergine', true],
    ['vscode-dark', true],
    ['macos-light-2x', false],
    ['light-solarized', false],
  ])('%s: dark theme = %s', async (look, dark) => {
    const layout = analyseLayout(await decodeGray(await renderTerminal(SESSION, lookByName(look))));
    expect(layout.dark).toBe(dark);
    expect(Math.abs(layout.ink - layout.background)).toBeGreaterThan(64);
  });

  it('measures the text height: twice as tall on a 2x screenshot as at 1x', async () => {
    const oneX = analyseLayout(await decodeGray(await renderTerminal(SESSION, { ...lookByName('macos-dark-2x'), scale: 1 })));
    const twoX = analyseLayout(await decodeGray(await renderTerminal(SESSION, lookByName('macos-dark-2x'))));
    expect(oneX.lineHeight).toBeGreaterThanOrEqual(8);
    expect(oneX.lineHeight).toBeLessThanOrEqual(16);
    expect(twoX.lineHeight! / oneX.lineHeight!).toBeGreaterThan(1.7);
    expect(twoX.lineHeight! / oneX.lineHeight!).toBeLessThan(2.3);
  });

  it('finds no text band in a blank image', async () => {
    const blank = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#202020' } }).png().toBuffer();
    expect(analyseLayout(await decodeGray(blank)).lineHeight).toBeNull();
  });
});

describe('scaleFor', () => {
  const layout = (lineHeight: number | null) => ({ background: 0, ink: 255, dark: true, lineHeight });
  it('enlarges small text to the target height', () => expect(scaleFor(layout(10), 400, 200)).toBeCloseTo(TARGET_LINE_HEIGHT / 10));
  it('caps the factor at 4', () => expect(scaleFor(layout(4), 400, 200)).toBe(4));
  it('leaves text already near the target alone', () => expect(scaleFor(layout(36), 400, 200)).toBe(1));
  it('never shrinks', () => expect(scaleFor(layout(80), 400, 200)).toBe(1));
  it('leaves an image without text bands alone', () => expect(scaleFor(layout(null), 400, 200)).toBe(1));
  it('bounds the output pixels of a big image', () => {
    const s = scaleFor(layout(10), 3000, 2000);
    expect(3000 * 2000 * s * s).toBeLessThanOrEqual(12_000_001);
  });
});

describe('contrastTable', () => {
  it('dark theme: background to white, text to black', () => {
    const t = contrastTable({ background: 30, ink: 200, dark: true, lineHeight: 12 });
    expect(t[30]).toBe(255);
    expect(t[200]).toBe(0);
    expect(t[255]).toBe(0);
    expect(t[0]).toBe(255);
  });
  it('light theme: keeps dark-on-light, stretches the range', () => {
    const t = contrastTable({ background: 246, ink: 110, dark: false, lineHeight: 12 });
    expect(t[246]).toBe(255);
    expect(t[110]).toBe(0);
    expect(t[178]).toBeGreaterThan(100);
    expect(t[178]).toBeLessThan(155);
  });
});

describe('preparePass', () => {
  it('turns a dark 1x screenshot into larger dark-on-white text with a margin', async () => {
    const gray = await decodeGray(await renderTerminal(SESSION, lookByName('cmd-black')));
    const layout = analyseLayout(gray);
    const out = await preparePass(gray, layout);
    expect(out.scale).toBeGreaterThan(2);
    const { data, info } = await sharp(out.png).raw().toBuffer({ resolveWithObject: true });
    expect(info.width).toBe(out.width);
    const mean = data.reduce((a, v) => a + v, 0) / data.length;
    expect(mean).toBeGreaterThan(180); // mostly white now
    expect(data[0]).toBe(255); // the margin
  });

  it('binarises when asked', async () => {
    const gray = await decodeGray(await renderTerminal(SESSION, lookByName('light-solarized'), { format: 'jpeg', quality: 70 }));
    const out = await preparePass(gray, analyseLayout(gray), { threshold: 150 });
    const { data } = await sharp(out.png).raw().toBuffer({ resolveWithObject: true });
    expect(new Set(data).size).toBeLessThanOrEqual(2);
  });

  it('decodeGray refuses more pixels than the limit even when the header was not checked', async () => {
    const big = await sharp({ create: { width: 2000, height: 2000, channels: 3, background: '#000' } }).png().toBuffer();
    await expect(decodeGray(big, 1_000_000)).rejects.toThrow(/pixel limit/i);
  });
});
