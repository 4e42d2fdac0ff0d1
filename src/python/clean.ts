/**
 * Normalise a raw paste into plain lines: strip terminal colour codes, markdown fences and quotes,
 * invisible characters, and split run-together single-line pastes at known boundaries.
 * All limits here bound the work the rest of the pipeline does.
 */
import { withoutChatMarkup } from '../text/chat-markup.js';
import { SPLITTERS } from './rules.js';

/** Characters of the paste that are inspected at all. */
export const MAX_CHARS = 100_000;
/** Lines inspected after cleaning. */
export const MAX_LINES = 4_000;
/** Characters of each line inspected. */
export const MAX_LINE = 1_000;

// ANSI/VT escapes: CSI (ESC [ params intermediates final), OSC (ESC ] ... BEL|ST), two-char escapes.
// Each is a single bounded character class run: no nested quantifiers.
const CSI = /\x1b\[[0-?]{0,64}[ -/]{0,8}[@-~]/g;
const C1_CSI = /\x9b[0-?]{0,64}[ -/]{0,8}[@-~]/g;
const OSC = /\x1b\][^\x07\x1b]{0,2048}(?:\x07|\x1b\\)/g;
const ESC2 = /\x1b[@-_]?/g;
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
/**
 * Fullwidth ASCII forms (U+FF01-U+FF5E), typed by CJK input methods: `bash：python3: command not found`
 * reads as `bash:python3: ...` once folded to ASCII.
 */
const FULLWIDTH = /[\uff01-\uff5e]/g;
const foldFullwidth = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);
/** A markdown fence line: ``` or ~~~ optionally followed by a language tag only. */
const FENCE_ONLY = /^(?:`{3,}|~{3,})[\w+#.-]{0,30}$/;
/** Discord/email quote markers (`> `, `>>> `), also the Python REPL prompt. */
const QUOTE = /^>{1,3}(?: |$)/;
/** An arrow written before output to point at it: `-> Python 3.8.10`, `=> Python 3.12.1`, `→ 3.11.4`. */
const OUTPUT_ARROW = /^(?:-{1,2}>|={1,2}>|[→⇒])\s{0,3}(?=\S)/;
/** Shell environment prefixes: `(base) `, `(.venv) `. */
const ENV_PREFIX = /^\([^()\s]{1,60}\)\s{1,4}/;
/**
 * Markdown list bullets (`- Python 3.12.1`, `• OS: macOS 14`). A `*` is kept before a digit: it
 * marks the active entry of `pyenv versions` (`* 3.12.1`). `-V:3.12` and `-3.9-64` (py -0) have no
 * space after the dash and are kept too.
 */
const BULLET = /^(?:[-•]|\*(?=\s{1,4}\D))\s{1,4}/;
/** A version with a wildcard patch ("python 3.10.x", "3.11.*") means that minor version. */
const VERSION_WILDCARD = /\b(\d{1,2}\.\d{1,3})\.[xX*](?![\w.])/g;
/**
 * sys.version_info joined with dots, as `conda info` prints it ("python version : 3.12.4.final.0",
 * "3.13.0.candidate.1"): read as the version it is (3.12.4, 3.13.0rc1).
 */
const VERSION_INFO_DOTTED = /\b(\d{1,2}\.\d{1,3}\.\d{1,3})\.(final|alpha|beta|candidate)\.(\d{1,3})\b/gi;
const LEVEL_TAG: Record<string, string> = { alpha: 'a', beta: 'b', candidate: 'rc' };
/**
 * A prerelease tag spelled out after a full release, as distributions and people write it
 * ("python-3.10.0_beta2", "3.13.0-beta.1", "3.12.0 alpha 3", "3.11.0 release candidate 1"): read as
 * Python writes it (3.10.0b2). Only after a three-part release, so "Flask 2.0 beta" stays prose.
 */
const SPELLED_TAG = /\b(\d{1,2}\.\d{1,3}\.\d{1,3})[-_ ]?(alpha|beta|rc|release candidate)[-_. ]?(\d{1,3})\b/gi;
const SPELLED_LEVEL: Record<string, string> = { alpha: 'a', beta: 'b', rc: 'rc', 'release candidate': 'rc' };
const spelledToVersion = (_m: string, release: string, level: string, serial: string): string => `${release}${SPELLED_LEVEL[level.toLowerCase()] ?? ''}${serial}`;
const dottedToVersion = (_m: string, release: string, level: string, serial: string): string => {
  const tag = LEVEL_TAG[level.toLowerCase()];
  return tag ? `${release}${tag}${serial}` : release;
};
/**
 * The version after the word Python with a decimal comma, as people on European keyboards type it
 * ("python version is 2,7", "Python 3,11", with its patch "Python 3,7.4"): read with a dot. Only right after "python" (with
 * "version" and "is" between at most), so a list ("steps 2,7") stays a list.
 */
const DECIMAL_COMMA = /\b(python3?(?:\s{1,3}version)?(?:\s{1,3}(?:is|=|:))?\s{1,3})(\d),(\d{1,2}(?:\.\d{1,3})?)(?![\d,]|\.\d)/gi;
/**
 * A build number after a full release, as some Windows installers and package lists show it
 * ("Python 3.11.1.80716"): the release is what Python reports. Only right after "python", since
 * four-part numbers elsewhere are other programs' versions or addresses.
 */
const BUILD_SUFFIX = /\b(python\s{1,3}v?\d{1,2}\.\d{1,3}\.\d{1,3})\.\d{3,6}(?![\d.])/gi;

/**
 * A template's answer left in its braces ("Python version: { python3.11 }", "OS: { Windows}"):
 * the braces are the template's, the answer the reporter's.
 */
const BRACED_ANSWER = /(:\s{0,4})\{\s{0,4}([^{}]{1,60}?)\s{0,4}\}/g;

/**
 * Issue-template hints left in the filled-in text: `[e.g. Mac OS 14.4.1, Fedora Linux 40]`,
 * `[output of python --version]`. They are the template's words, not the reporter's.
 */
const TEMPLATE_HINT = /\[(?:e\.\s?g\.?|eg\.?|ex\.|example:?|output of)\s[^\]]{0,300}\]|\((?:e\.\s?g\.?|eg\.?)\s[^)]{0,300}\)/gi;

/** One logical line of the paste, at most `max` characters of it. */
export function cleanLine(raw: string, max: number = MAX_LINE): string {
  let line = raw.length > max ? raw.slice(0, max) : raw;
  line = line.replace(ODD_SPACE, ' ').trim();
  for (let i = 0; i < 5 && QUOTE.test(line); i++) line = line.replace(QUOTE, '').trim();
  if (FENCE_ONLY.test(line)) return '';
  line = line.replace(/`/g, '').replace(/\*\*|__|~~|\|\|/g, '').trim();
  for (let i = 0; i < 3 && QUOTE.test(line); i++) line = line.replace(QUOTE, '').trim();
  line = line.replace(OUTPUT_ARROW, '');
  line = line.replace(TEMPLATE_HINT, ' ').trim();
  line = line.replace(BRACED_ANSWER, '$1$2');
  line = line.replace(VERSION_WILDCARD, '$1');
  line = line.replace(DECIMAL_COMMA, '$1$2.$3');
  line = line.replace(BUILD_SUFFIX, '$1');
  line = line.replace(VERSION_INFO_DOTTED, dottedToVersion);
  line = line.replace(SPELLED_TAG, spelledToVersion);
  for (let i = 0; i < 3 && BULLET.test(line); i++) line = line.replace(BULLET, '').trim();
  line = line.replace(ENV_PREFIX, '');
  return line.trim();
}

/** Text-level normalisation before splitting into lines. */
export function normalizeText(paste: string): string {
  let text = paste.length > MAX_CHARS ? paste.slice(0, MAX_CHARS) : paste;
  text = text
    .replace(OSC, '')
    .replace(CSI, '')
    .replace(C1_CSI, '')
    .replace(ESC2, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(ZERO_WIDTH, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(FULLWIDTH, foldFullwidth);
  return withoutChatMarkup(text);
}

/** Break a run-together line (a multi-line paste flattened into one) at known boundaries. */
export function splitRunTogether(line: string): string[] {
  let text = line;
  for (const splitter of SPLITTERS) text = text.replace(splitter, '\n');
  return text.split('\n');
}

/** The paste as cleaned, non-empty lines (bounded in count and length). */
export function cleanPaste(paste: string): string[] {
  const out: string[] = [];
  const rawLines = normalizeText(paste).split('\n', MAX_LINES);
  for (const raw of rawLines) {
    // Split a flattened line before truncating it, so a long one-line session is not cut short.
    const first = cleanLine(raw, MAX_CHARS);
    if (!first) continue;
    for (const piece of splitRunTogether(first)) {
      const line = cleanLine(piece);
      if (line) out.push(line);
      if (out.length >= MAX_LINES) return out;
    }
  }
  return out;
}
