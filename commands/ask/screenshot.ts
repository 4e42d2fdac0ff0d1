/**
 * A screenshot sent to the bot (an @mention, a DM, a help-channel post, the "Find pre-work answer"
 * menu, the console's /image): read it, then send its text where it belongs. A Python version or a
 * "python not found" goes to the paste judge (verdict and fix); anything else, an error such as
 * `'code' is not recognized…` above all, goes to the same search as /ask. Every reply starts with
 * what was read, so a misread is visible.
 */
import type { CommandContext } from '../../src/framework/command.js';
import { readImages, unreadReply, withReadLead, type ImagesRead } from '../../src/framework/images.js';
import { boundedText, MAX_QUESTION, type ImageInput } from '../../src/framework/options.js';
import type { Reply } from '../../src/framework/reply.js';
import { analyzePaste } from '../../src/python/analyze.js';
import { judgeReadText } from '../python-check/screenshot.js';
import { answerHelpPost, askQuestion, findAnswerReply } from './answer.js';

/** Where the screenshot came from: it decides who sees the reply and when the bot stays quiet. */
export type ScreenshotSource = 'question' | 'help-post' | 'menu';

export type ScreenshotRoute = 'python-check' | 'ask';

const typedText = boundedText(MAX_QUESTION);

/** A message with this many words or fewer is about its image; a longer one may stand on its own. */
const LITTLE_TEXT_WORDS = 30;

/**
 * The images of a message worth reading: all of them when the message has no or little text, or
 * when its words alone find no sure answer; none when the student explained in words the search
 * already answers (each read costs a second of CPU shared by every student).
 */
export function imagesToRead(text: string, images: readonly ImageInput[] | undefined, ctx: CommandContext): readonly ImageInput[] {
  if (!images?.length) return [];
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words <= LITTLE_TEXT_WORDS) return images;
  return ctx.services.knowledge().search(text, 1).confident ? [] : images;
}

/**
 * The judge's verdict decides, not `looksLikePython`: that test is deliberately loose (it only
 * decides whether OCR tries a second pass), and calls `'code' is not recognized` Python-looking,
 * where the judge knows it is another command and the VS Code answer is wanted.
 */
export function routeOf(ocrText: string, ctx: CommandContext): ScreenshotRoute {
  return analyzePaste(ocrText, { requirement: ctx.services.config.PYTHON_REQUIREMENT, pythonPaste: false }).verdict === 'unrecognized' ? 'ask' : 'python-check';
}

/** The question searched for: what the screenshot says, then the words typed with it. */
function questionOf(ocrText: string, typed: string): string {
  return [ocrText, typed.trim()].filter(Boolean).join('\n');
}

/** The verdict belongs to whoever posted the screenshot: on the message menu, the student, not the TA. */
function posterContext(ctx: CommandContext, source: ScreenshotSource): CommandContext {
  const author = source === 'menu' ? ctx.target?.author : undefined;
  return author ? { ...ctx, invoker: { id: author.id, name: author.name, isTA: false } } : ctx;
}

function searchReply(question: string, ctx: CommandContext, source: ScreenshotSource): Reply | null {
  if (source === 'help-post') return answerHelpPost(question, ctx);
  if (source === 'menu') return findAnswerReply(question, ctx);
  return askQuestion(question, { visibility: 'public', top: 3 }, ctx);
}

/** Nothing read: the one line saying why, or, when words came with the image, the answer to them. */
function unread(read: Extract<ImagesRead, { ok: false }>, typed: string, ctx: CommandContext, source: ScreenshotSource): Reply | null {
  // A student can fix a refused or rejected image; busy, off or broken reading is not theirs to fix.
  const theirs = read.failure === 'rejected' || read.failure === 'refused';
  // Checked first, so words with no sure answer ("help?") are not logged as an unanswered question.
  if (typed.trim() && ctx.services.knowledge().search(typed, 1).confident) {
    const answer = searchReply(typed, ctx, source);
    if (answer) return source === 'help-post' && !theirs ? answer : { ...answer, lead: [read.line, answer.lead].filter(Boolean).join('\n') };
  }
  // A help channel belongs to the TAs: the bot speaks there only when it has something useful.
  if (source === 'help-post' && !theirs) return null;
  return unreadReply(read, source === 'menu' ? 'private' : 'public');
}

/** Reads the images and answers from their text (null: a help post the bot is not sure about). */
export function answerScreenshot(typed: string, images: readonly ImageInput[], ctx: CommandContext, source: 'help-post'): Promise<Reply | null>;
export function answerScreenshot(typed: string, images: readonly ImageInput[], ctx: CommandContext, source: 'question' | 'menu'): Promise<Reply>;
export async function answerScreenshot(typed: string, images: readonly ImageInput[], ctx: CommandContext, source: ScreenshotSource): Promise<Reply | null> {
  const words = typedText.parse(typed);
  const read = await readImages(images, ctx.services);
  if (!read.ok) return unread(read, words, ctx, source);
  const route = routeOf(read.text, ctx);
  if (route === 'python-check') {
    const reply = judgeReadText(read.text, words, undefined, posterContext(ctx, source));
    return { ...reply, visibility: 'public', data: { ...reply.data, route } };
  }
  const reply = searchReply(questionOf(read.text, words), ctx, source);
  if (!reply) return null;
  return { ...withReadLead(reply, read.text), data: { ...reply.data, ocrText: read.text, route } };
}

/**
 * `ask --image` (CLI) and /ask with an image: always the search, so the JSON line keeps /ask's
 * contract (`query`, `confident`, `results`) and adds `ocrText`.
 */
export async function askScreenshot(typed: string, images: readonly ImageInput[], visibility: Reply['visibility'], top: number, ctx: CommandContext): Promise<Reply> {
  const read = await readImages(images, ctx.services);
  if (!read.ok) {
    const unread = unreadReply(read, 'private');
    return { ...unread, data: { query: typed, confident: false, results: [], ...unread.data } };
  }
  const reply = askQuestion(questionOf(read.text, typed), { visibility, top }, ctx);
  return { ...withReadLead(reply, read.text), data: { ...reply.data, ocrText: read.text } };
}
