/**
 * The OCR service: a pool of `concurrency` engines (tesseract.js workers), each started on the
 * first image it gets and reused after; a bounded queue in front (full → `busy`, at once); a time
 * limit per image (→ `timeout`, and that worker is replaced, so a stuck image cannot hold up the
 * next student). Images are checked before they are queued (type, bytes, header pixels), so a
 * hostile upload never reaches a decoder or takes a place in the queue. `read` never throws.
 */
import { performance } from 'node:perf_hooks';
import type { Logger } from '../logger.js';
import { tesseractEngine, type EngineFactory, type OcrEngine, type Recognized } from './engine.js';
import { DEFAULT_TIMEOUT_MS, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, REASONS } from './limits.js';
import { looksLikePython } from './looks-like.js';
import { analyseLayout, decodeGray, preparePass, type Gray, type PassOptions } from './preprocess.js';
import { repairTerminalText } from './repair.js';
import type { OcrOutcome, OcrReadOptions, OcrService, OcrStats } from './types.js';
import { validateImage } from './validate.js';

export interface OcrServiceOptions {
  /** false for OCR=off: every read resolves `{ kind: 'disabled' }` and no worker ever starts. */
  enabled: boolean;
  /** Workers run in parallel (OCR_CONCURRENCY). Each holds ~100 MB once warm. */
  concurrency?: number;
  /** Reads allowed to wait when every worker is busy; one more answers `busy`. */
  queueLimit?: number;
  /** Per-image time limit, from the moment a worker takes the image. */
  timeoutMs?: number;
  logger?: Logger;
  /** The engine each worker runs; tests inject slow or failing ones. Default: Tesseract. */
  engine?: EngineFactory;
  maxBytes?: number;
  maxPixels?: number;
  /** The passes tried in order, stopping at the first whose text is accepted. */
  passes?: readonly PassOptions[];
}

/**
 * First a grey pass (contrast-mapped, upscaled): the fast path, enough for most screenshots.
 * Then, only when it read nothing Python-looking, a binarised pass at a larger text size, which
 * recovers thin or JPEG-blurred text.
 */
export const DEFAULT_PASSES: readonly PassOptions[] = [{}, { threshold: 150, targetLineHeight: 52 }];
export const DEFAULT_QUEUE_LIMIT = 8;

interface Slot {
  id: number;
  engine: Promise<OcrEngine> | null;
  busy: boolean;
}

interface Job {
  bytes: Uint8Array;
  accept: (text: string) => boolean;
  resolve: (outcome: OcrOutcome) => void;
}

/** Tesseract's text without trailing spaces and blank lines (it separates blocks with them). */
const tidy = (text: string): string =>
  text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '')
    .join('\n');

class DecodeError extends Error {}

export function createOcrService(options: OcrServiceOptions): OcrService {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const queueLimit = Math.max(0, Math.floor(options.queueLimit ?? DEFAULT_QUEUE_LIMIT));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_IMAGE_BYTES;
  const maxPixels = options.maxPixels ?? MAX_IMAGE_PIXELS;
  const passes = options.passes?.length ? options.passes : DEFAULT_PASSES;
  const logger = options.logger;
  const makeEngine = options.engine ?? tesseractEngine({ logger });

  const slots: Slot[] = Array.from({ length: concurrency }, (_, id) => ({ id, engine: null, busy: false }));
  const queue: Job[] = [];
  let closed = false;
  const counts = { read: 0, rejected: 0, busy: 0, timeouts: 0, failed: 0, started: 0 };

  function engineOf(slot: Slot): Promise<OcrEngine> {
    if (!slot.engine) {
      counts.started++;
      const started = performance.now();
      slot.engine = makeEngine();
      slot.engine.then(
        () => logger?.info('ocr: worker ready', { slot: slot.id, ms: Math.round(performance.now() - started) }),
        () => {},
      );
    }
    return slot.engine;
  }

  /**
   * Drops a slot's engine (stuck, crashed) so the next image starts a fresh one. Only if the slot
   * still holds that engine: a job abandoned at its time limit may fail later, against an engine
   * already replaced, and must not take down the replacement.
   */
  function recycle(slot: Slot, old: Promise<OcrEngine>, why: string): void {
    if (slot.engine !== old) return;
    slot.engine = null;
    logger?.warn('ocr: replacing worker', { slot: slot.id, why });
    old.then((e) => e.terminate()).catch((e: unknown) => logger?.warn('ocr: worker did not stop cleanly', { slot: slot.id, error: String(e) }));
  }

  async function decode(bytes: Uint8Array): Promise<Gray> {
    try {
      return await decodeGray(bytes, maxPixels);
    } catch (e) {
      throw new DecodeError(String(e));
    }
  }

  /** Decode, then the passes in order until one is accepted; the best pass read otherwise. */
  async function process(engine: Promise<OcrEngine>, job: Job, started: number): Promise<OcrOutcome> {
    let gray: Gray;
    try {
      gray = await decode(job.bytes);
    } catch (e) {
      const pixels = /pixel limit/i.test(String(e));
      logger?.info('ocr: image rejected by the decoder', { error: String(e) });
      return { kind: 'rejected', reason: pixels ? REASONS.tooManyPixels : REASONS.broken };
    }
    const layout = analyseLayout(gray);
    const ocr = await engine;
    let best: (Recognized & { text: string; raw: string }) | null = null;
    let run = 0;
    for (const pass of passes) {
      run++;
      const prepared = await preparePass(gray, layout, pass);
      const read = await ocr.recognize(prepared.png);
      const raw = tidy(read.text);
      const text = tidy(repairTerminalText(read.text));
      const accepted = job.accept(text);
      if (!best || accepted || read.confidence > best.confidence) best = { text, raw, confidence: read.confidence };
      if (accepted) break;
    }
    const ms = Math.round(performance.now() - started);
    return { kind: 'text', text: best!.text, rawText: best!.raw, confidence: best!.confidence, ms, passes: run };
  }

  async function runJob(slot: Slot, job: Job): Promise<OcrOutcome> {
    const started = performance.now();
    const engine = engineOf(slot);
    engine.catch(() => {}); // awaited in process(); never an unhandled rejection while it decodes
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const work = process(engine, job, started).catch((e: unknown): OcrOutcome => {
      recycle(slot, engine, `engine error: ${String(e)}`);
      return { kind: 'failed', reason: String(e) };
    });
    const outcome = await Promise.race([work, limit]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      recycle(slot, engine, `over the ${timeoutMs} ms limit`);
      return { kind: 'timeout', ms: Math.round(performance.now() - started) };
    }
    return outcome;
  }

  function count(outcome: OcrOutcome): OcrOutcome {
    if (outcome.kind === 'text') counts.read++;
    else if (outcome.kind === 'rejected') counts.rejected++;
    else if (outcome.kind === 'busy') counts.busy++;
    else if (outcome.kind === 'timeout') counts.timeouts++;
    else if (outcome.kind === 'failed') counts.failed++;
    return outcome;
  }

  function pump(): void {
    for (;;) {
      const slot = slots.find((s) => !s.busy);
      if (!slot || queue.length === 0) return;
      const job = queue.shift()!;
      slot.busy = true;
      void runJob(slot, job).then((outcome) => {
        slot.busy = false;
        job.resolve(count(outcome));
        pump();
      });
    }
  }

  async function read(bytes: Uint8Array, opts: OcrReadOptions = {}): Promise<OcrOutcome> {
    try {
      if (closed) return count({ kind: 'failed', reason: 'OCR service closed' });
      if (!options.enabled) return { kind: 'disabled' };
      const check = validateImage(bytes, { maxBytes, maxPixels });
      if (!check.ok) return count({ kind: 'rejected', reason: check.reason });
      const idle = slots.some((s) => !s.busy);
      if (!idle && queue.length >= queueLimit) return count({ kind: 'busy' });
      const accept = opts.accept ?? looksLikePython;
      return await new Promise<OcrOutcome>((resolve) => {
        queue.push({ bytes, accept, resolve });
        pump();
      });
    } catch (e) {
      logger?.error('ocr: unexpected error', { error: e });
      return count({ kind: 'failed', reason: String(e) });
    }
  }

  return {
    read,
    stats(): OcrStats {
      return {
        enabled: options.enabled,
        concurrency,
        queueLimit,
        workers: slots.filter((s) => s.engine !== null).length,
        running: slots.filter((s) => s.busy).length,
        queued: queue.length,
        ...counts,
      };
    },
    async close(): Promise<void> {
      closed = true;
      for (const job of queue.splice(0)) job.resolve(count({ kind: 'failed', reason: 'OCR service closed' }));
      await Promise.all(
        slots.map(async (slot) => {
          const engine = slot.engine;
          slot.engine = null;
          if (!engine) return;
          try {
            await (await engine).terminate();
          } catch {
            // a worker that failed to start has nothing to stop
          }
        }),
      );
    },
  };
}
