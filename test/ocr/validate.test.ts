import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES, REASONS } from '../../src/ocr/limits.js';
import { sniffImage } from '../../src/ocr/sniff.js';
import { validateImage } from '../../src/ocr/validate.js';
import { pngWithHeader, solid } from './images.js';

describe('sniffImage: format from magic bytes, size from the header', () => {
  it.each([
    ['png', () => solid(321, 123).png().toBuffer()],
    ['jpeg (baseline)', () => solid(321, 123).jpeg().toBuffer()],
    ['jpeg (progressive)', () => solid(321, 123).jpeg({ progressive: true }).toBuffer()],
    ['webp (lossy VP8)', () => solid(321, 123).webp().toBuffer()],
    ['webp (lossless VP8L)', () => solid(321, 123).webp({ lossless: true }).toBuffer()],
    ['gif', () => solid(321, 123).gif().toBuffer()],
  ])('%s', async (name, make) => {
    const sniffed = sniffImage(await make());
    expect(sniffed).toEqual({ format: name.split(' ')[0], width: 321, height: 123 });
  });

  it('webp with alpha (VP8X extended header)', async () => {
    const bytes = await solid(300, 200).ensureAlpha(0.5).webp().toBuffer();
    expect(Buffer.from(bytes.subarray(12, 16)).toString('ascii')).toBe('VP8X');
    expect(sniffImage(bytes)).toEqual({ format: 'webp', width: 300, height: 200 });
  });

  it('ignores the name or claimed type: only bytes count', () => {
    expect(sniffImage(Buffer.from('<html><body>not an image</body></html>'))).toBeNull();
    expect(sniffImage(Buffer.from('%PDF-1.7\n'))).toBeNull();
    expect(sniffImage(Buffer.from('BM6\x00\x00\x00'))).toBeNull(); // BMP: not accepted
    expect(sniffImage(new Uint8Array(0))).toBeNull();
  });

  it('a JPEG cut before its frame header has no size', async () => {
    const jpeg = await solid(50, 50).jpeg().toBuffer();
    expect(sniffImage(jpeg.subarray(0, 20))).toEqual({ format: 'jpeg', width: null, height: null });
  });
});

describe('validateImage', () => {
  it('accepts a normal screenshot and reports its size', async () => {
    const png = await solid(800, 400).png().toBuffer();
    expect(validateImage(png)).toEqual({ ok: true, format: 'png', width: 800, height: 400 });
  });

  it('refuses non-image bytes as unsupported', () => {
    expect(validateImage(Buffer.from('#!/bin/sh\nrm -rf /\n'))).toEqual({ ok: false, reason: REASONS.unsupported });
  });

  it('refuses an empty file', () => {
    expect(validateImage(new Uint8Array(0))).toEqual({ ok: false, reason: REASONS.empty });
  });

  it('refuses a 30000x30000 PNG from its header (900 megapixels), before any decoding', () => {
    const bomb = pngWithHeader(30_000, 30_000);
    expect(bomb.length).toBeLessThan(2000);
    expect(validateImage(bomb)).toEqual({ ok: false, reason: REASONS.tooManyPixels });
  });

  it('accepts 25 megapixels exactly and refuses one row more', () => {
    expect(validateImage(pngWithHeader(5000, 5000)).ok).toBe(true);
    expect(validateImage(pngWithHeader(5000, 5001))).toEqual({ ok: false, reason: REASONS.tooManyPixels });
  });

  it('refuses an 11 MB file by its size, whatever it holds', () => {
    const big = Buffer.alloc(11 * 1024 * 1024);
    pngWithHeader(100, 100).copy(big);
    expect(big.length).toBeGreaterThan(MAX_IMAGE_BYTES);
    expect(validateImage(big)).toEqual({ ok: false, reason: REASONS.tooLarge });
  });

  it('refuses a header cut short as broken', async () => {
    const png = await solid(10, 10).png().toBuffer();
    expect(validateImage(png.subarray(0, 16))).toEqual({ ok: false, reason: REASONS.broken });
  });

  it('refuses a zero-size image as empty', () => {
    expect(validateImage(pngWithHeader(0, 100))).toEqual({ ok: false, reason: REASONS.empty });
  });

  it('every reason is one line a student can act on', () => {
    for (const reason of Object.values(REASONS)) {
      expect(reason).not.toContain('\n');
      expect(reason.length).toBeLessThan(160);
      expect(reason).toMatch(/\.$/);
    }
  });
});
