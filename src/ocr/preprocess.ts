/**
 * Turns a screenshot into what Tesseract reads best: dark text on a light background, text lines
 * tall enough for its LSTM model, contrast stretched; optionally binarised (the second pass).
 *
 * Terminal screenshots are mostly dark themes at 1x (text ~9 px cap height) or Retina 2x.
 * Tesseract expects dark-on-light text around 20-40 px high, so the text height is measured
 * (runs of rows holding ink, against the most common grey, which is the terminal background) and
 * the image scaled to reach it. All decoding goes through sharp with `limitInputPixels`, first
 * frame only, so an image that lied in its header still cannot exhaust memory.
 */
import sharp from 'sharp';
import { MAX_IMAGE_PIXELS } from './limits.js';

export interface Gray {
  data: Buffer;
  width: number;
  height: number;
}

export interface Layout {
  /** The most common grey level: the terminal's background. */
  background: number;
  /** The median grey of the pixels that clearly differ from the background: the text. */
  ink: number;
  /** Light text on a dark background (to be inverted). */
  dark: boolean;
  /** Median height in px of the bands of rows that hold text, or null when no band was found. */
  lineHeight: number | null;
}

export interface PassOptions {
  /** Binarise at this level (0-255) after normalising; omit for a grey image. */
  threshold?: number;
  /** The text-band height to scale to, in px. */
  targetLineHeight?: number;
}

export interface Prepared {
  png: Buffer;
  width: number;
  height: number;
  scale: number;
  layout: Layout;
}

/** Text bands are scaled to about this height (a ~30 px cap height for typical terminal fonts). */
export const TARGET_LINE_HEIGHT = 40;
/** Never scale up more than this, nor past this many output pixels: bounds OCR time. */
const MAX_SCALE = 4;
const MAX_OUTPUT_PIXELS = 12_000_000;
const MARGIN = 20;
/** A row holds ink when a pixel differs from the background by more than this. */
const INK_DELTA = 64;

/** Decodes the first frame to one grey channel, transparency flattened onto white. Throws on a broken image. */
export async function decodeGray(bytes: Uint8Array, maxPixels = MAX_IMAGE_PIXELS): Promise<Gray> {
  const { data, info } = await sharp(bytes, { limitInputPixels: maxPixels, pages: 1, failOn: 'error' })
    .flatten({ background: '#ffffff' })
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`expected 1 channel, got ${info.channels}`);
  return { data, width: info.width, height: info.height };
}

/** Background level, dark or light theme, and the height of the text lines. */
export function analyseLayout(gray: Gray): Layout {
  const { data, width, height } = gray;
  const histogram = new Uint32Array(256);
  for (let i = 0; i < data.length; i++) histogram[data[i]!]!++;
  let background = 0;
  for (let v = 1; v < 256; v++) if (histogram[v]! > histogram[background]!) background = v;
  const dark = background < 128;
  // Median of the pixels on the far side of the background (darker on a light theme, lighter on a dark one).
  let inkCount = 0;
  for (let v = 0; v < 256; v++) if (dark ? v > background + INK_DELTA : v < background - INK_DELTA) inkCount += histogram[v]!;
  let ink = dark ? 255 : 0;
  if (inkCount > 0) {
    let seen = 0;
    for (let v = 0; v < 256; v++) {
      if (!(dark ? v > background + INK_DELTA : v < background - INK_DELTA)) continue;
      seen += histogram[v]!;
      if (seen * 2 >= inkCount) {
        ink = v;
        break;
      }
    }
  }

  // Rows holding ink, then the lengths of the runs of such rows (text lines and chrome bars).
  const runs: number[] = [];
  let run = 0;
  for (let y = 0; y < height; y++) {
    let ink = 0;
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const d = data[row + x]! - background;
      if (d > INK_DELTA || d < -INK_DELTA) {
        ink++;
        if (ink >= 2) break;
      }
    }
    if (ink >= 2) run++;
    else if (run > 0) {
      runs.push(run);
      run = 0;
    }
  }
  if (run > 0) runs.push(run);
  // Bands of 1-3 px are rules and borders, and a band taller than a fifth of the image is a
  // picture or a block of touching lines; neither says how tall the text is.
  const text = runs.filter((r) => r >= 4 && r <= Math.max(8, height / 5)).sort((a, b) => a - b);
  const lineHeight = text.length ? text[Math.floor(text.length / 2)]! : null;
  return { background, ink, dark, lineHeight };
}

/** The scale factor that brings the text bands to `target` px, within the limits. */
export function scaleFor(layout: Layout, width: number, height: number, target = TARGET_LINE_HEIGHT): number {
  const wanted = layout.lineHeight ? target / layout.lineHeight : 1;
  const byPixels = Math.sqrt(MAX_OUTPUT_PIXELS / Math.max(1, width * height));
  // Only enlarge (shrinking text costs accuracy more than time), and not by less than 20 %.
  const scale = Math.min(wanted, MAX_SCALE, byPixels);
  return scale < 1.2 ? 1 : scale;
}

/**
 * A lookup table that makes the text black and the background white: inverts a dark theme and
 * stretches the ink..background range to 0..255 (clamped), so coloured prompts and low-contrast
 * themes (Solarized) come out as plain dark-on-light text.
 */
export function contrastTable(layout: Layout): Uint8Array {
  const table = new Uint8Array(256);
  const lo = layout.ink;
  const hi = layout.background;
  const span = hi - lo || (layout.dark ? -1 : 1);
  for (let v = 0; v < 256; v++) {
    const t = Math.round(((v - lo) / span) * 255);
    table[v] = t < 0 ? 0 : t > 255 ? 255 : t;
  }
  return table;
}

/** One OCR input: contrast mapped, scaled, optionally binarised; PNG without compression (it is decoded at once). */
export async function preparePass(gray: Gray, layout: Layout, opts: PassOptions = {}): Promise<Prepared> {
  const scale = scaleFor(layout, gray.width, gray.height, opts.targetLineHeight);
  const table = contrastTable(layout);
  const mapped = Buffer.allocUnsafe(gray.data.length);
  for (let i = 0; i < mapped.length; i++) mapped[i] = table[gray.data[i]!]!;
  let img = sharp(mapped, { raw: { width: gray.width, height: gray.height, channels: 1 } });
  const width = Math.round(gray.width * scale);
  const height = Math.round(gray.height * scale);
  if (scale !== 1) img = img.resize({ width, height, kernel: 'cubic' });
  if (opts.threshold !== undefined) img = img.threshold(opts.threshold, { grayscale: true });
  // A white margin: text touching the image edge (a tight crop) makes Tesseract invent characters there.
  img = img.extend({ top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, background: { r: 255, g: 255, b: 255 } });
  const png = await img.png({ compressionLevel: 0 }).toBuffer();
  return { png, width: width + 2 * MARGIN, height: height + 2 * MARGIN, scale, layout };
}
