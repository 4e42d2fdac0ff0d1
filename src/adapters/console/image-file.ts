import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImageInput } from '../../framework/options.js';
import { MAX_IMAGE_BYTES } from '../../ocr/limits.js';

/**
 * A screenshot file given to the console (`/image PATH`) or the CLI (`--image FILE`), as the
 * features take images. Reads one byte past the limit at most, so a huge file is refused by the
 * OCR engine's own size check without being read whole.
 */
export async function readImageFile(path: string): Promise<ImageInput | { error: string }> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (e) {
    return { error: `Cannot open ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  try {
    const info = await file.stat();
    if (!info.isFile()) return { error: `${path} is not a file` };
    const buffer = Buffer.alloc(Math.min(info.size, MAX_IMAGE_BYTES + 1));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return { kind: 'bytes', bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead), name: basename(path) };
  } catch (e) {
    return { error: `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  } finally {
    await file.close();
  }
}
