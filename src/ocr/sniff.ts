/**
 * What an image really is, from its first bytes (never from the content type a client claims),
 * and its pixel size from the header alone, so an oversized image is refused before any decoder
 * allocates a pixel buffer for it. Pure, bounded: reads at most the JPEG segment chain.
 */

export type ImageFormat = 'png' | 'jpeg' | 'webp' | 'gif';

export interface Sniffed {
  format: ImageFormat;
  /** Pixel size from the header; null when the header is cut short or malformed. */
  width: number | null;
  height: number | null;
}

const u16be = (b: Uint8Array, i: number): number => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number): number => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const ascii = (b: Uint8Array, i: number, n: number): string => String.fromCharCode(...b.subarray(i, i + n));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(b: Uint8Array): [number, number] | null {
  // The first chunk must be IHDR: length (4) "IHDR" (4) width (4) height (4).
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return null;
  return [u32be(b, 16), u32be(b, 20)];
}

/** JPEG start-of-frame markers (baseline, progressive, lossless, arithmetic), which carry the size. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegSize(b: Uint8Array): [number, number] | null {
  let i = 2;
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    // Markers without a length: TEM, RSTn.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame header
    const length = u16be(b, i + 2);
    if (length < 2) return null;
    if (SOF.has(marker)) {
      if (i + 9 > b.length) return null;
      return [u16be(b, i + 7), u16be(b, i + 5)];
    }
    i += 2 + length;
  }
  return null;
}

function gifSize(b: Uint8Array): [number, number] | null {
  // Logical screen descriptor right after the 6-byte signature; libvips decodes at this size.
  if (b.length < 10) return null;
  return [u16le(b, 6), u16le(b, 8)];
}

function webpSize(b: Uint8Array): [number, number] | null {
  if (b.length < 30) return null;
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ') {
    // Lossy: 3-byte frame tag, start code 9d 01 2a, then 14-bit width and height.
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    return [u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff];
  }
  if (chunk === 'VP8L') {
    // Lossless: signature 0x2f, then width-1 and height-1 as 14-bit fields.
    if (b[20] !== 0x2f) return null;
    const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0;
    return [(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1];
  }
  if (chunk === 'VP8X') {
    // Extended (animation, alpha): canvas width-1 and height-1 as 24-bit fields.
    return [u24le(b, 24) + 1, u24le(b, 27) + 1];
  }
  return null;
}

/** The format by magic bytes, or null for anything that is not PNG, JPEG, WebP or GIF. */
export function sniffImage(bytes: Uint8Array): Sniffed | null {
  const b = bytes;
  let format: ImageFormat | null = null;
  if (b.length >= 8 && PNG_SIGNATURE.every((x, i) => b[i] === x)) format = 'png';
  else if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) format = 'jpeg';
  else if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) format = 'gif';
  else if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') format = 'webp';
  if (!format) return null;
  const size = format === 'png' ? pngSize(b) : format === 'jpeg' ? jpegSize(b) : format === 'gif' ? gifSize(b) : webpSize(b);
  return { format, width: size?.[0] ?? null, height: size?.[1] ?? null };
}
