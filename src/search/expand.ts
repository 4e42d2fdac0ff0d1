import { completePrefix, correct, distance, maxTypos } from './spell.js';
import { UNSTEMMED } from './stem.js';
import type { TermStats } from './stats.js';
import { expansionsOf, OS_WORDS, type QueryWord } from './text.js';

export interface Variant {
  term: string;
  weight: number;
  typo: boolean;
}

/** A word of the question with the index terms that stand for it (itself, typo fix, synonyms). */
export interface WordGroup {
  word: QueryWord;
  variants: Variant[];
  /** Added by the engine, not typed by the user (the faint "what" of a bare topic). */
  implicit?: boolean;
}

const QUESTION_WORD_WEIGHT = 0.6;
const CONTEXT_WORD_WEIGHT = 0.3;
/** A bare topic ("instructlab", "granite models") asks what it is: a faint "what" breaks ties. */
const IMPLICIT_WHAT_WEIGHT = 0.1;
const TYPO_WEIGHT = 0.7;
/** A word the knowledge uses at most this often may itself be a typo in the pages. */
const RARE = 2;

/** Each question word with its variants, weighted by role; a bare topic gets a faint "what". */
export function expandWords(words: QueryWord[], stats: TermStats): WordGroup[] {
  const namesOs = words.some((w) => OS_WORDS.has(w.term));
  const implicit: WordGroup[] = words.some((w) => w.role === 'question')
    ? []
    : [{ word: { raw: 'what', term: 'what', role: 'question', salience: 1 }, implicit: true, variants: [{ term: 'what', weight: IMPLICIT_WHAT_WEIGHT, typo: false }] }];
  return implicit.concat(
    words.map((word) => {
      const weight = (word.role === 'question' ? QUESTION_WORD_WEIGHT : word.role === 'context' || word.role === 'trouble' ? CONTEXT_WORD_WEIGHT : 1) * word.salience;
      const variants: Variant[] = [{ term: word.term, weight, typo: false }];
      if (word.role === 'topic') {
        const fixed = repair(word, stats);
        if (fixed) variants.push({ term: fixed, weight: TYPO_WEIGHT, typo: true });
        // "granite 4" means the 4.0 release the pages name.
        if (/^\d{1,2}$/.test(word.term)) variants.push({ term: `${word.term}.0`, weight: 1, typo: false });
      }
      for (const v of [...variants]) {
        for (const [broader, w] of expansionsOf(v.term)) {
          // A tool's OS hint (brew -> macOS) only helps when the question names no OS itself.
          if (namesOs && OS_WORDS.has(broader)) continue;
          variants.push({ term: broader, weight: v.weight * w, typo: v.typo });
        }
      }
      return { word, variants };
    }),
  );
}

/**
 * The word the student probably meant: a typo fix or the completion of a truncated word for
 * words the knowledge never uses, and for words it uses only once or twice (a typo in the
 * pages themselves, "InstrucLab") the far more common word one edit away.
 */
function repair({ raw, term }: QueryWord, stats: TermStats): string | null {
  const frequency = stats.vocabulary.get(term) ?? 0;
  if (frequency === 0) return correctUnstemmed(raw, term, stats) ?? correct(term, stats.vocabulary, stats.byLength) ?? completePrefix(term, stats.vocabulary);
  if (frequency <= RARE) return correct(term, stats.vocabulary, stats.byLength, frequency * 3);
  return null;
}

/**
 * A typo of a word the stemmer keeps whole ("windows") is stemmed like any word and lands beside
 * another ("windwos" -> "windwo", one edit from "window"); as typed it is one swap from "windows".
 */
function correctUnstemmed(raw: string, term: string, stats: TermStats): string | null {
  if (raw === term) return null;
  const limit = maxTypos(raw.length);
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const word of UNSTEMMED) {
    if (word.charCodeAt(0) !== raw.charCodeAt(0) || !stats.vocabulary.has(word)) continue;
    const d = distance(raw, word, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [word, d];
  }
  return best;
}
