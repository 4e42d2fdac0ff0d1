/**
 * The OCR engine behind the service: one Tesseract (tesseract.js, WebAssembly in a worker thread)
 * per slot, English LSTM data read from the `@tesseract.js-data/eng` package in node_modules.
 * Nothing is fetched at run time: `langPath` is a local folder, the wasm core comes from the
 * `tesseract.js-core` package, and `cacheMethod: 'none'` stops tesseract.js from reading or
 * writing an `eng.traineddata` cache file in the working directory.
 *
 * The service sees only `OcrEngine`, so tests can inject a slow or crashing engine.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM } from 'tesseract.js';
import type { Logger } from '../logger.js';

export interface Recognized {
  text: string;
  /** Tesseract's mean word confidence, 0-100. */
  confidence: number;
}

export interface OcrEngine {
  recognize(png: Buffer): Promise<Recognized>;
  /** Stops the engine at once, abandoning any job it is running. */
  terminate(): Promise<void>;
}

export type EngineFactory = () => Promise<OcrEngine>;

const require = createRequire(import.meta.url);

/**
 * The LSTM-only "best_int" English model (2.9 MB gzipped): the same data tesseract.js would
 * download for an LSTM-only worker, and a third of the size of the folder that adds the legacy engine.
 */
export function englishLangPath(): string {
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

export interface TesseractOptions {
  langPath?: string;
  logger?: Logger;
}

export function tesseractEngine(opts: TesseractOptions = {}): EngineFactory {
  return async () => {
    const logger = opts.logger;
    const worker = await createWorker('eng', OEM.LSTM_ONLY, {
      langPath: opts.langPath ?? englishLangPath(),
      gzip: true,
      cacheMethod: 'none',
      // Without a handler, tesseract.js rethrows a failed job inside its message listener,
      // which would be an uncaught exception in the bot.
      errorHandler: (e: unknown) => logger?.warn('ocr: tesseract job failed', { error: String(e) }),
    });
    // A dead worker thread (wasm abort, out of memory) emits 'error'; with no listener Node
    // would rethrow it in the main thread. The service's time limit then recycles the slot.
    const thread = (worker as unknown as { worker?: NodeJS.EventEmitter }).worker;
    thread?.on('error', (e: unknown) => logger?.error('ocr: tesseract worker thread died', { error: String(e) }));
    await worker.setParameters({
      // Terminal text is one left-aligned column; page segmentation "single column" keeps its
      // lines in order and does not look for multi-column layout.
      tessedit_pageseg_mode: PSM.SINGLE_COLUMN,
      // Screenshots carry no resolution; say 300 dpi so Tesseract does not guess (and warn).
      user_defined_dpi: '300',
      preserve_interword_spaces: '1',
      // Tesseract's own diagnostics ("Detected 7 diacritics", resolution warnings) would go
      // to the bot's stderr between its log lines.
      debug_file: '/dev/null',
    });
    return {
      async recognize(png: Buffer): Promise<Recognized> {
        const { data } = await worker.recognize(png);
        return { text: data.text, confidence: data.confidence };
      },
      async terminate(): Promise<void> {
        await worker.terminate();
      },
    };
  };
}
