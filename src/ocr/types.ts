/** What one OCR read can come to. The service resolves to one of these and never throws. */
export type OcrOutcome =
  | {
      kind: 'text';
      /** The text read, after `repairTerminalText`, blank lines dropped. */
      text: string;
      /** Tesseract's text as read, before repairs. */
      rawText: string;
      /** Tesseract's mean word confidence, 0-100. */
      confidence: number;
      /** Processing time (decode, pre-processing, every pass), not counting time waiting in the queue. */
      ms: number;
      /** OCR passes run: 1, or 2 when the first read no Python-looking line. */
      passes: number;
    }
  /** The image broke a rule (type, size, pixels, damaged): `reason` is one line for the student. */
  | { kind: 'rejected'; reason: string }
  /** Every worker is busy and the queue is full: ask to try again in a minute. */
  | { kind: 'busy' }
  /** The image took longer than the time limit; its worker was replaced. */
  | { kind: 'timeout'; ms: number }
  /** OCR is turned off (OCR=off). */
  | { kind: 'disabled' }
  /** The engine failed (or the service was closed); not the student's fault. */
  | { kind: 'failed'; reason: string };

export interface OcrReadOptions {
  /**
   * Whether a pass's text is good enough to stop after it. Default: `looksLikePython` (a version
   * near a python word, a bare version line, or a not-found error).
   */
  accept?: (text: string) => boolean;
}

export interface OcrStats {
  enabled: boolean;
  concurrency: number;
  queueLimit: number;
  /** Engines started and alive now. */
  workers: number;
  running: number;
  queued: number;
  /** Outcome counts since start. */
  read: number;
  rejected: number;
  busy: number;
  timeouts: number;
  failed: number;
  /** Engines started since start (first start and every replacement after a timeout or failure). */
  started: number;
}

export interface OcrService {
  read(bytes: Uint8Array, opts?: OcrReadOptions): Promise<OcrOutcome>;
  stats(): OcrStats;
  /** Stops every worker; queued reads resolve as failed; later reads too. */
  close(): Promise<void>;
}
