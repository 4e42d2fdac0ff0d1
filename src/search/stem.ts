/**
 * A light English suffix stripper. It only has to map the forms students type onto the forms the
 * pre-work uses (install / installing / installation, model / models, create / created), applied
 * the same way to documents and queries, so over-stemming is harmless as long as it is consistent.
 */
const EXCEPTIONS = new Map<string, string>([
  ['windows', 'windows'],
  ['macos', 'macos'],
  ['os', 'os'],
  ['yes', 'yes'],
  ['this', 'this'],
  ['has', 'has'],
  ['was', 'was'],
  ['does', 'does'],
  ['python', 'python'],
  ['alias', 'alias'],
  ['canvas', 'canvas'],
]);

/** Words kept whole by the stemmer: a typo of one of them is stemmed as an ordinary word. */
export const UNSTEMMED: ReadonlySet<string> = new Set(EXCEPTIONS.keys());

export function stem(word: string): string {
  const known = EXCEPTIONS.get(word);
  if (known) return known;
  // Versions, commands with digits, and short words carry their meaning as they are.
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ingly', 'ing', 'edly', 'ed', 'ers', 'er', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      // installing -> install, but running -> run (undouble a final consonant pair)
      if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz|ff)$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}
