/**
 * The checks an image passes before any decoder sees it: byte size, real format (magic bytes)
 * and pixel count from the header. Pure and cheap, so a hostile upload costs nothing to refuse.
 */
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, REASONS } from './limits.js';
import { sniffImage, type ImageFormat } from './sniff.js';

export type ImageCheck =
  | { ok: true; format: ImageFormat; width: number; height: number }
  | { ok: false; reason: string };

export interface ImageLimits {
  maxBytes?: number;
  maxPixels?: number;
}

export function validateImage(bytes: Uint8Array, limits: ImageLimits = {}): ImageCheck {
  const maxBytes = limits.maxBytes ?? MAX_IMAGE_BYTES;
  const maxPixels = limits.maxPixels ?? MAX_IMAGE_PIXELS;
  if (bytes.length === 0) return { ok: false, reason: REASONS.empty };
  if (bytes.length > maxBytes) return { ok: false, reason: REASONS.tooLarge };
  const sniffed = sniffImage(bytes);
  if (!sniffed) return { ok: false, reason: REASONS.unsupported };
  const { format, width, height } = sniffed;
  if (width === null || height === null) return { ok: false, reason: REASONS.broken };
  if (width === 0 || height === 0) return { ok: false, reason: REASONS.empty };
  if (width * height > maxPixels) return { ok: false, reason: REASONS.tooManyPixels };
  return { ok: true, format, width, height };
}
