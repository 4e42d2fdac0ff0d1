import { stem } from './stem.js';
import { EQUIVALENT, EXPANSIONS, PHRASES, QUESTION_PHRASES } from './synonyms.js';
import { QUESTION_WORDS, STOP_WORDS } from './stopwords.js';

const MAX_INPUT = 4000;
const VERSION = /^\d+(?:\.\d+)+$/;
const NAME_WITH_VERSION = /^([a-z]+)(\d+(?:\.\d+)+)$/;
/** A quantity typed without its space ("4hrs", "32gb"): read as the number and the unit. */
const NUMBER_WITH_UNIT = /^(\d+(?:\.\d+)?)([a-z]+)$/;
const UNITS = new Set(['gb', 'mb', 'tb', 'kb', 'gig', 'gigs', 'hr', 'hrs', 'hour', 'hours', 'min', 'mins', 'minute', 'minutes', 'sec', 'secs', 'second', 'seconds', 'day', 'days', 'bit', 'core', 'cores']);

/** Every phrase in one alternation, so a text is scanned once rather than once per phrase. */
const ALL_PHRASES = new RegExp(PHRASES.map(([pattern]) => `(${pattern.source})`).join('|'), 'g');
const phraseReplacement = (...groups: unknown[]): string => {
  const index = groups.slice(1, PHRASES.length + 1).findIndex((g) => g !== undefined);
  return PHRASES[index]?.[1] ?? String(groups[0]);
};

/** Lower-cases, folds accents and rewrites multi-word names to single tokens. */
export function normalize(text: string, forQuestion = false): string {
  let s = text.slice(0, forQuestion ? MAX_INPUT : undefined);
  // Accents and invisible characters only need folding when the text has non-ASCII characters.
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize('NFKD').replace(/[\u0300-\u036f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '');
  s = s.toLowerCase().replace(/[’']/g, '');
  s = s.replace(ALL_PHRASES, phraseReplacement);
  if (forQuestion) for (const [pattern, replacement] of QUESTION_PHRASES) s = s.replace(pattern, replacement);
  return s;
}

/**
 * Raw tokens of normalized text. Dotted names keep their whole form and their parts
 * ("python.org" -> python.org, python, org), versions also give their major.minor
 * ("3.12.4" -> 3.12.4, 3.12), and a name glued to a version gives both ("python3.11").
 */
export function rawTokens(normalized: string): string[] {
  const out: string[] = [];
  const n = normalized.length;
  let i = 0;
  // A hand-rolled scan of [a-z0-9]+([.+#][a-z0-9]+)*: indexing reads every character of every
  // section, and this is several times faster than a global regex's match objects.
  while (i < n) {
    if (!isWordChar(normalized.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let special = false;
    while (i < n) {
      const c = normalized.charCodeAt(i);
      if (isWordChar(c)) {
        if (c < 97) special = true; // a digit
        i++;
      } else if ((c === 46 || c === 43 || c === 35) && i + 1 < n && isWordChar(normalized.charCodeAt(i + 1))) {
        special = true; // . + # joining two word parts
        i++;
      } else break;
    }
    const token = normalized.slice(start, i);
    const quantity = special ? NUMBER_WITH_UNIT.exec(token) : null;
    if (quantity && UNITS.has(quantity[2]!)) {
      out.push(quantity[1]!, quantity[2]!);
      continue;
    }
    out.push(token);
    if (special) pushParts(token, out);
  }
  return out;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The extra forms of a dotted name or version (see rawTokens). */
function pushParts(token: string, out: string[]): void {
  if (VERSION.test(token)) {
    const parts = token.split('.');
    if (parts.length > 2) out.push(`${parts[0]}.${parts[1]}`);
    return;
  }
  const glued = NAME_WITH_VERSION.exec(token);
  if (glued) {
    out.push(glued[1]!, glued[2]!);
    return;
  }
  if (/[.+#]/.test(token)) for (const part of token.split(/[.+#]/)) if (part) out.push(part);
}

/** Tokens repeat endlessly across sections; analysing each distinct one once keeps indexing fast. */
const TERM_CACHE = new Map<string, string | null>();
const TERM_CACHE_MAX = 100_000;

/** Maps one raw token to its index term, or null when it carries no meaning. */
export function term(token: string): string | null {
  const cached = TERM_CACHE.get(token);
  if (cached !== undefined) return cached;
  const result = analyseToken(token);
  if (TERM_CACHE.size >= TERM_CACHE_MAX) TERM_CACHE.clear();
  TERM_CACHE.set(token, result);
  return result;
}

function analyseToken(token: string): string | null {
  if (token.length > 40) return null;
  if (STOP_WORDS.has(token)) return null;
  if (token.length === 1 && !/\d/.test(token)) return null;
  const stemmed = stem(token);
  return EQUIVALENT.get(stemmed) ?? EQUIVALENT.get(token) ?? stemmed;
}

/** The index terms of a document field. */
export function documentTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of rawTokens(normalize(text))) {
    const t = term(token);
    if (t) out.push(t);
  }
  return out;
}

export interface QueryWord {
  /** The word as typed (after normalization). */
  raw: string;
  term: string;
  /**
   * `topic`: says what the question is about. `question`: what/why/how, which separate "What is
   * X" from "Why X" in headings but say nothing about the topic. `context`: words every question
   * here shares ("workshop"), weak unless nothing else is asked. `trouble`: "problem", "error",
   * "fixed": weak, and never the subject of a question.
   */
  role: 'topic' | 'question' | 'context' | 'trouble';
  /** An operating-system word: counts half toward coverage (see OS_WORDS). */
  qualifier?: boolean;
  /** How much this word says about what is asked (message.ts); 1 for every word of a short question. */
  salience: number;
  /** Seen only in pasted terminal output. */
  output?: boolean;
}

/**
 * Words that say something went wrong but not what ("same problem, please help", "has this
 * been fixed?"): they weigh like context words but never make a question about anything.
 */
const TROUBLE_WORDS = new Set(
  `problem problems issue issues error errors fix fixed fixes fixing solve solved solution resolve resolved
  work works worked working broken break breaks bug bugs trouble wrong happen happens happened happening
  same still yet again`.split(/\s+/).filter(Boolean),
);

/** Words that describe the setting of nearly every question students ask this bot. */
const CONTEXT_WORDS = new Set(['workshop', 'session', 'class', 'course', 'event', 'today', 'tomorrow']);

/**
 * Words that ask the same thing as a question word: "define LLM" and "instructlab meaning" ask
 * what it is, "benefits of instructlab" asks why, "the training pipeline" asks how it works.
 */
const ASKS = new Map<string, string>([
  ...['define', 'definition', 'meaning', 'mean', 'means', 'explain', 'overview', 'intro', 'introduction'].map((w) => [w, 'what'] as [string, string]),
  ...['benefit', 'benefits', 'purpose', 'point', 'advantage', 'advantages', 'reason', 'reasons', 'motivation', 'goal', 'goals'].map((w) => [w, 'why'] as [string, string]),
  ...['pipeline', 'workflow', 'mechanism', 'internals'].map((w) => [w, 'how'] as [string, string]),
]);

/** Operating-system words qualify a question ("install python on windows") more than they name its topic. */
export const OS_WORDS: ReadonlySet<string> = new Set(['windows', 'macos', 'linux']);

/** The meaningful words of a question, in order, without duplicates. */
export function questionWords(question: string): QueryWord[] {
  const seen = new Set<string>();
  const out: QueryWord[] = [];
  for (const rawToken of rawTokens(normalize(question, true))) {
    const token = ASKS.get(rawToken) ?? rawToken;
    const isQuestionWord = QUESTION_WORDS.has(token);
    const t = isQuestionWord ? token : term(token);
    if (!t || seen.has(t)) continue;
    seen.add(t);
    const role = isQuestionWord ? 'question' : CONTEXT_WORDS.has(token) ? 'context' : TROUBLE_WORDS.has(token) ? 'trouble' : 'topic';
    out.push({ raw: token, term: t, role, qualifier: OS_WORDS.has(t), salience: 1 });
  }
  // "workshop schedule" is about the schedule; "workshop" alone is about the workshop.
  if (!out.some((w) => w.role === 'topic')) for (const w of out) if (w.role === 'context') w.role = 'topic';
  return out;
}

/**
 * All words of a short name or question, stop words included, for comparing a question with a
 * heading as a whole: "what is an llm" names "What is an LLM?" better than "What can an LLM do?".
 */
export function nameTokens(text: string, forQuestion = false): Set<string> {
  const out = new Set<string>();
  for (const raw of rawTokens(normalize(text, forQuestion))) {
    if (raw.length > 40) continue;
    const token = forQuestion ? (ASKS.get(raw) ?? raw) : raw;
    // Stop words are kept here, so the term cache (which drops them) cannot be used as is.
    out.add(term(token) ?? stemmedName(token));
  }
  return out;
}

function stemmedName(token: string): string {
  const stemmed = stem(token);
  return EQUIVALENT.get(stemmed) ?? EQUIVALENT.get(token) ?? stemmed;
}

/**
 * Question-side expansions keyed and targeted by index terms: the table is written in plain
 * words ("vscode", "apple"), but the index holds stems ("vscod", "appl").
 */
const ANALYSED_EXPANSIONS = new Map(
  [...EXPANSIONS].map(([word, targets]) => [term(word) ?? word, targets.map(([target, weight]) => [term(target) ?? target, weight] as const)] as const),
);

export function expansionsOf(t: string): readonly (readonly [string, number])[] {
  return ANALYSED_EXPANSIONS.get(t) ?? [];
}
