/**
 * Typo repair for question words missing from the index vocabulary. Uses optimal string
 * alignment distance (a swap of two letters costs 1, so "pyhton" is one step from "python"),
 * and only for words of 4+ letters: short words ("pc", "vs") would otherwise turn into noise
 * ("pc" -> "pip").
 */
export function maxTypos(length: number): number {
  if (length < 4) return 0;
  return length >= 8 ? 2 : 1;
}

export function correct(word: string, vocabulary: Map<string, number>, lengthBuckets: Map<number, string[]>, minFrequency = 0): string | null {
  const limit = maxTypos(word.length);
  if (limit === 0 || /\d/.test(word)) return null;
  let best: string | null = null;
  let bestDistance = limit + 1;
  let bestFrequency = -1;
  for (let len = word.length - limit; len <= word.length + limit; len++) {
    for (const candidate of lengthBuckets.get(len) ?? []) {
      // A typo rarely changes the first letter; requiring it keeps the search cheap and precise.
      if (candidate.charCodeAt(0) !== word.charCodeAt(0) || candidate === word) continue;
      if ((vocabulary.get(candidate) ?? 0) < minFrequency) continue;
      // The cap sits one above the best so far, so a tie is measured exactly, not abandoned.
      const d = distance(word, candidate, Math.min(bestDistance, limit) + 1);
      if (d > limit) continue;
      const frequency = vocabulary.get(candidate) ?? 0;
      if (d < bestDistance || (d === bestDistance && frequency > bestFrequency)) {
        best = candidate;
        bestDistance = d;
        bestFrequency = frequency;
      }
    }
  }
  return bestDistance <= limit ? best : null;
}

/** Optimal string alignment distance, abandoning early once it cannot beat `ceiling`. */
export function distance(a: string, b: string, ceiling: number): number {
  if (Math.abs(a.length - b.length) >= ceiling) return ceiling;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= ceiling) return ceiling;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * A word cut short or over-long against the pages' vocabulary: "prereqs" for prerequisites (the
 * most frequent term it starts), or "configur" for config (the longest term starting it, when
 * that term covers most of the word). Only for 4+ letters, where a prefix still says something.
 */
export function completePrefix(word: string, vocabulary: Map<string, number>): string | null {
  if (word.length < 4 || /\d/.test(word)) return null;
  let best: string | null = null;
  let bestFrequency = 0;
  let stem: string | null = null;
  for (const [candidate, frequency] of vocabulary) {
    if (candidate.length > word.length && candidate.startsWith(word) && frequency > bestFrequency) {
      best = candidate;
      bestFrequency = frequency;
    } else if (candidate.length >= 5 && candidate.length < word.length && candidate.length >= 0.7 * word.length && word.startsWith(candidate)) {
      if (!stem || candidate.length > stem.length) stem = candidate;
    }
  }
  return best ?? stem;
}
