import { ASKING_PHRASES } from './message.js';
import { expansionsOf, normalize, OS_WORDS, rawTokens, term } from './text.js';

/**
 * Messages that are not questions for the knowledge: thanks, "same here", "any update?", and
 * text mostly in a script the knowledge is not written in. In a help channel these must never get
 * a confident answer (a thank-you answered with "Make the plain python command work" is noise),
 * and they are not worth a TA's time in /unanswered.
 */

const ASKS = new RegExp(String.raw`\?|\b(?:${ASKING_PHRASES}|please help|any idea)\b`, 'i');
const ACK = /\b(?:thanks?|thank you|thx|ty|cheers|that worked|it worked|works now|working now|it works|solved|fixed it|fixed itself|(?:fix(?:es|ed)|resolved) (?:the|this|that|my) (?:issue|problem|error)|nvm|never ?mind|got it|perfect|awesome|great,? thanks)\b/i;
/** Follow-ups that add no new detail: "same problem", "+1", "any update?", "has this been fixed yet?". */
const FOLLOW_UP = /^(?:\W*(?:\+1|me too|same(?: here| issue| problem| for me)?|any (?:update|news|progress)s?|bump|has this been (?:fixed|resolved|solved)(?: yet)?|is there (?:any|an) update|i have the same (?:problem|issue|error)(?:\.? ?please help)?)\W*)+$/i;

/**
 * Replies in a thread point back at someone else's problem ("I have the same problem in mac too",
 * "hello, I also have this question, have you solved it?"). Such a reply says nothing the
 * thread's first post did not: besides the pointing back it holds only words about the thread
 * itself (problem, question, fix), function words and at most the OS or a version number.
 */
const REFERS_BACK = /\b(?:same|too|also|anyone|anybody|someone|have you|did you|were you|any (?:solution|fix|luck))\b|\+1/i;
const THREAD_WORDS = new Set(
  `problem problems issue issues error errors question questions solution solutions answer answers fix fixed fixes
  find found solve solved resolve resolved happening happen happens facing face having seeing experiencing luck figure figured
  guys everyone anybody somebody bro man mate sir friend`.split(/\s+/).filter(Boolean),
);
const FOLLOW_UP_MAX_WORDS = 20;

function isFollowUp(text: string, words: number): boolean {
  if (words > FOLLOW_UP_MAX_WORDS || !REFERS_BACK.test(text)) return false;
  return rawTokens(normalize(text)).every((token) => {
    if (THREAD_WORDS.has(token) || /\d/.test(token)) return true;
    const t = term(token);
    return t === null || OS_WORDS.has(t) || expansionsOf(t).some(([broader]) => OS_WORDS.has(broader));
  });
}

/**
 * A short remark about what was said before ("This is true for all models", "that applies to
 * Windows too"): a demonstrative subject, a statement, no question and no trouble reported.
 */
const REMARK = /^\W*(?:this|that|it|which)(?:'s| is| was| seems| looks| applies| happens| holds| goes)\b/i;
const TROUBLE = /\b(?:not|no|never|error|errors|fail\w*|broken|break\w*|crash\w*|stuck|wrong|missing|issue|problem|can'?t|cannot|won'?t|doesn'?t|isn'?t|unable)\b/i;
const REMARK_MAX_WORDS = 12;

function isRemark(text: string, words: number): boolean {
  return words <= REMARK_MAX_WORDS && REMARK.test(text) && !ASKS.test(text) && !TROUBLE.test(text);
}

export type MessageKind = 'question' | 'chat' | 'foreign-script';

export function messageKind(message: string): MessageKind {
  const text = message.trim();
  if (foreignScriptShare(text) >= FOREIGN_SHARE) return 'foreign-script';
  const words = text.split(/\s+/).length;
  if (FOLLOW_UP.test(text) || isFollowUp(text, words) || isRemark(text, words)) return 'chat';
  // "It works fine on my old laptop" inside a long report is not a thank-you.
  if (ACK.test(text) && !ASKS.test(text) && words <= ACK_MAX_WORDS) return 'chat';
  return 'question';
}

const ACK_MAX_WORDS = 25;

/** From this share of letters outside the Latin script, the bot cannot read the message well. */
const FOREIGN_SHARE = 0.3;

function foreignScriptShare(text: string): number {
  const sample = text.slice(0, 4000);
  // Two regex scans instead of a regex test per character: this runs on every question.
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const other = (sample.match(/\p{L}/gu)?.length ?? 0) - latin;
  return latin + other === 0 ? 0 : other / (latin + other);
}
