import type { Attachment, Message, ReadonlyCollection } from 'discord.js';
import { headAndTail } from '../../framework/limits.js';
import { MAX_QUESTION } from '../../framework/options.js';
import type { Logger } from '../../logger.js';
import { fetchAttachment } from '../../ocr/fetch.js';
import type { BotContext } from './context.js';

/**
 * The whole text of a message as its author wrote it. Discord's client does not send a paste
 * longer than a message may be (2,000 characters): it attaches it as `message.txt` instead, so a
 * student's long traceback reaches the bot as a file and the message itself may be empty. Putting
 * that text back is the transport's job, like stripping the bot's mention: features then read a
 * long paste the way they read a typed one.
 */

/** Text files read per message: message.txt, and perhaps a log the student attached with it. */
const MAX_TEXT_FILES = 2;
/** Largest text file downloaded; a long paste is tens of kilobytes, anything bigger is not one. */
export const MAX_TEXT_FILE_BYTES = 256 * 1024;

/** File names of plain text, for attachments Discord sent without a content type. */
const TEXT_NAME = /\.(?:txt|log|text|out)$/i;

/** A plain-text attachment (message.txt, a .log), not an image, a zip or a script to run. */
function isTextFile(a: Attachment): boolean {
  if (a.contentType) return a.contentType.toLowerCase().startsWith('text/plain');
  return TEXT_NAME.test(a.name);
}

export function textFilesOf(attachments: ReadonlyCollection<string, Attachment>): Attachment[] {
  return [...attachments.values()].filter(isTextFile).slice(0, MAX_TEXT_FILES);
}

/** Bytes that are not text: NUL, or many characters that did not decode. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const undecoded = text.match(/\uFFFD/g)?.length ?? 0;
  return undecoded > 8 && undecoded > text.length / 100;
}

interface ReadOptions {
  cdnBase?: string;
  logger: Pick<Logger, 'info'>;
  fetchImpl?: typeof fetch;
}

/** Where the bot may download attachments from, and where it logs what it refused. */
export function readOptionsOf(ctx: Pick<BotContext, 'config' | 'logger'>): ReadOptions {
  return { cdnBase: ctx.config.DISCORD_CDN_URL, logger: ctx.logger };
}

/** One attachment's text, or null when it cannot be had (only Discord's CDN is asked; never throws). */
async function readTextFile(file: Attachment, opts: ReadOptions): Promise<string | null> {
  if (typeof file.size === 'number' && file.size > MAX_TEXT_FILE_BYTES) {
    opts.logger.info('text attachment too large', { size: file.size });
    return null;
  }
  const fetched = await fetchAttachment(file.url, { cdnBase: opts.cdnBase, maxBytes: MAX_TEXT_FILE_BYTES, fetchImpl: opts.fetchImpl });
  if (!fetched.ok) {
    opts.logger.info('text attachment not downloaded', { detail: fetched.detail });
    return null;
  }
  const text = new TextDecoder('utf-8').decode(fetched.bytes).replace(/^\uFEFF/, '');
  if (looksBinary(text)) {
    opts.logger.info('text attachment is not text', { bytes: fetched.bytes.byteLength });
    return null;
  }
  return text.trim() || null;
}

/**
 * The message's own text followed by its text files, as one message of at most MAX_QUESTION
 * characters: what was typed is kept whole, and a long file keeps its start and its end (where a
 * log says what failed). Files that cannot be read are left out; the typed text still counts.
 */
export async function messageText(message: Pick<Message, 'content' | 'attachments'>, opts: ReadOptions): Promise<string> {
  const files = textFilesOf(message.attachments);
  if (!files.length) return message.content;
  const texts = (await Promise.all(files.map((f) => readTextFile(f, opts)))).filter((t): t is string => t !== null);
  if (!texts.length) return message.content;
  const typed = message.content.trim();
  const room = MAX_QUESTION - (typed ? typed.length + 1 : 0);
  if (room <= 0) return message.content;
  const pasted = texts.join('\n\n');
  return [typed, headAndTail(pasted, room)].filter(Boolean).join('\n');
}
