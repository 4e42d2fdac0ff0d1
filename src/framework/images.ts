/**
 * Reading the images a user gave (screenshots of a terminal), the same way whatever brought them:
 * an attachment is checked from what the chat service says about it, downloaded only from the
 * service's CDN (the OCR engine's `fetchAttachment`), then read by the one OCR service of the
 * process. Never throws: every failure becomes one line for the user.
 */
import { checkAttachment, fetchAttachment, type FetchOptions } from '../ocr/fetch.js';
import type { OcrOutcome } from '../ocr/types.js';
import type { ImageInput, Reply, Services } from './contracts.js';
import { notice } from './reply.js';
import { quoteUserText } from './safe-text.js';

/** Why nothing was read: an OCR outcome other than text, a download refused, or an image with no text. */
export type ReadFailure = Exclude<OcrOutcome['kind'], 'text'> | 'refused' | 'empty';

export type ImagesRead =
  | {
      ok: true;
      /** The text of every image read, in order, separated by a blank line. */
      text: string;
      /** Images read. */
      images: number;
    }
  | { ok: false; failure: ReadFailure; line: string };

/** What the user reads when nothing could be read; a rejected or refused image says why itself. */
export const READ_LINES: Readonly<Record<Exclude<ReadFailure, 'rejected' | 'refused'>, string>> = {
  busy: "I'm reading other screenshots right now, try again in a minute (or paste the text).",
  timeout: 'That screenshot took too long to read. Please crop it to the terminal window and send it again, or paste the text.',
  disabled: 'Screenshots are turned off here: paste the text instead.',
  failed: "Something went wrong on my side reading that screenshot. Please paste the text instead, or try again later.",
  empty: "I couldn't find any text in that image. Please send a screenshot of your terminal, or paste the text.",
};

export interface ReadOptions {
  /** Tests inject a fetch that records what was asked for. */
  fetchImpl?: FetchOptions['fetchImpl'];
}

/** What reading needs of the services: the OCR service, the extra CDN origin, a logger. */
type ReadServices = Pick<Services, 'ocr' | 'logger'> & { config: Pick<Services['config'], 'DISCORD_CDN_URL'> };

async function bytesOf(image: ImageInput, services: ReadServices, opts: ReadOptions): Promise<Uint8Array | { line: string }> {
  if (image.kind === 'bytes') return image.bytes;
  const cdnBase = services.config.DISCORD_CDN_URL;
  // What Discord says first (host, type, size, pixels): a refusal here costs no download.
  const pre = checkAttachment({ url: image.url, content_type: image.contentType, size: image.size, width: image.width, height: image.height }, { cdnBase });
  if (!pre.ok) {
    services.logger.info('screenshot refused before download', { reason: pre.reason });
    return { line: pre.reason };
  }
  const fetched = await fetchAttachment(image.url, { cdnBase, fetchImpl: opts.fetchImpl });
  if (!fetched.ok) {
    services.logger.info('screenshot not downloaded', { detail: fetched.detail });
    return { line: fetched.reason };
  }
  return fetched.bytes;
}

function lineFor(outcome: Exclude<OcrOutcome, { kind: 'text' }>): string {
  return outcome.kind === 'rejected' ? outcome.reason : READ_LINES[outcome.kind];
}

/**
 * Reads each image in turn (the OCR queue is small and shared by every student, so one message
 * never takes more than one place in it at a time). Succeeds when any image held text; otherwise
 * the first image's failure is the answer.
 */
export async function readImages(images: readonly ImageInput[], services: ReadServices, opts: ReadOptions = {}): Promise<ImagesRead> {
  // Off: nothing is downloaded only to be refused.
  if (images.length && !services.ocr?.stats().enabled) return { ok: false, failure: 'disabled', line: READ_LINES.disabled };
  const texts: string[] = [];
  let first: { failure: ReadFailure; line: string } | undefined;
  for (const image of images) {
    const bytes = await bytesOf(image, services, opts);
    if (!(bytes instanceof Uint8Array)) {
      first ??= { failure: 'refused', line: bytes.line };
      continue;
    }
    const outcome: OcrOutcome = services.ocr ? await services.ocr.read(bytes) : { kind: 'disabled' };
    if (outcome.kind === 'text') {
      services.logger.debug('screenshot read', { ms: outcome.ms, passes: outcome.passes, confidence: Math.round(outcome.confidence) });
      if (outcome.text.trim()) texts.push(outcome.text.trim());
      else first ??= { failure: 'empty', line: READ_LINES.empty };
      continue;
    }
    if (outcome.kind === 'failed' || outcome.kind === 'timeout') services.logger.warn('screenshot not read', { outcome: outcome.kind, ...(outcome.kind === 'failed' ? { reason: outcome.reason } : {}) });
    first ??= { failure: outcome.kind, line: lineFor(outcome) };
  }
  if (texts.length) return { ok: true, text: texts.join('\n\n'), images: texts.length };
  return { ok: false, ...(first ?? { failure: 'empty', line: READ_LINES.empty }) };
}

/** Lines of the text read that the "I read" line shows; the rest is counted. */
const LEAD_LINES = 4;
/** Characters of the text read that the "I read" line shows at most. */
const LEAD_CHARS = 240;

/**
 * The line every reply to a screenshot starts with, so a misread is visible: the last lines read
 * (a terminal's answer, and a traceback's error, are at the bottom; its top is often the window
 * title), quoted as user text (never a ping or a link), bounded.
 */
export function readLead(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const earlier = Math.max(0, lines.length - LEAD_LINES);
  const shown = quoteUserText(lines.slice(earlier).join(' ⏎ '), LEAD_CHARS);
  const more = earlier ? `(${earlier} earlier line${earlier === 1 ? '' : 's'}) ` : '';
  return `I read: ${more}“${shown}”`;
}

/** A reply that starts with what was read, before any lead it already had. */
export function withReadLead(reply: Reply, text: string): Reply {
  return { ...reply, lead: [readLead(text), reply.lead].filter(Boolean).join('\n') };
}

/** The one line a user gets when nothing could be read; `data` says why, for the CLI and tests. */
export function unreadReply(read: Extract<ImagesRead, { ok: false }>, visibility: Reply['visibility']): Reply {
  return { ...notice(read.line, visibility), data: { ocrText: '', ocrError: read.failure } };
}
