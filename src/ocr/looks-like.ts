/**
 * Whether OCR text holds something the paste judge can use: a Python version next to a python
 * word, a bare version line (pyenv, `sys.version`), or a "not found" error. Decides whether a
 * second, slower OCR pass is worth running; deliberately loose (the judge decides the verdict).
 */

/** A version number: 2.x or 3.x with a minor part. */
const VERSION = /(?:^|[^\w.])[23]\.\d{1,2}\b/;
const PYTHON_CONTEXT = /python|\bpy\b|pyenv|conda|version/i;
const BARE_VERSION_LINE = /^[\s*'"(>]*[23]\.\d{1,2}(?:\.\d{1,3})?(?:(?:a|b|rc)\d+)?\b/;
const MISSING = /not found|not recognized|no such file|cannot find|is not installed|unknown command/i;

export function looksLikePython(text: string): boolean {
  for (const line of text.split('\n')) {
    if (MISSING.test(line)) return true;
    if (VERSION.test(line) && PYTHON_CONTEXT.test(line)) return true;
    if (BARE_VERSION_LINE.test(line)) return true;
  }
  return false;
}
