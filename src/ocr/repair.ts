/**
 * Fixes the character confusions OCR makes in terminal text, only where a version number, a
 * python command or an OS name is expected, and leaves every other character as read (a repair
 * applied everywhere would turn "Install" into "1nstall"). Pure and table-driven: one row per
 * confusion, each with the context it needs.
 */

/** Letters OCR reads in place of digits inside a number. */
const DIGIT_FOR: Readonly<Record<string, string>> = {
  O: '0',
  o: '0',
  D: '0',
  Q: '0',
  l: '1',
  I: '1',
  i: '1',
  '|': '1',
  '!': '1',
  ']': '1',
  S: '5',
  s: '5',
  B: '8',
  Z: '2',
  z: '2',
  g: '9',
};
/** A digit, or a character OCR puts in a digit's place. */
const D = "[0-9OoDQlIi|!\\]SsBZzg]";
/** Separators inside a version: a dot, or a comma or middle dot read for it. */
const SEP = '[.,·]';

const digits = (s: string): string => s.replace(/./g, (c) => DIGIT_FOR[c] ?? c);

/**
 * A version token: major, minor and optional micro (1-3 characters each) and an optional
 * pre-release suffix. The major must be a real digit or a confusable followed by a separator,
 * so words ("Python Software") never match.
 */
const VERSION = `(${D}${SEP}${D}{1,3}(?:${SEP}${D}{1,3})?)((?:a|b|rc)${D}{1,2})?(?![\\w.])`;
/** Pre-release numbers of CPython are one digit (a1-a7, b1-b4, rc1-rc3): a second one is a stray stroke. */

function fixVersion(core: string, suffix: string | undefined): string {
  const fixedCore = digits(core).replace(/[,·]/g, '.');
  if (!suffix) return fixedCore;
  const m = /^(rc|a|b)(.*)$/.exec(suffix)!;
  return `${fixedCore}${m[1]}${digits(m[2]!).slice(0, 1)}`;
}

interface Repair {
  /** What it fixes, for tests and debugging. */
  name: string;
  pattern: RegExp;
  replace: (match: string, ...groups: (string | undefined)[]) => string;
}

/** The word Python as OCR misreads it (o→0/e, y→v, t→f/l, h→b). Case kept from the first letter. */
const PYTHON_WORD = '[Pp][yv][tfl][hb][o0e]n';

export const REPAIRS: readonly Repair[] = [
  {
    // "Python 3.1l.4", "Pyth0n 3.9.l3", "Python 3,12,4": the version line python --version prints.
    name: 'version after Python',
    pattern: new RegExp(`\\b(${PYTHON_WORD})(\\s+)${VERSION}`, 'g'),
    replace: (_m, word, space, core, suffix) => `${word![0] === 'p' ? 'python' : 'Python'}${space}${fixVersion(core!, suffix)}`,
  },
  {
    // "pythen --version", "pyth0n3 -V": the command a student typed before the version line.
    name: 'python command before a version flag',
    pattern: new RegExp(`\\b(${PYTHON_WORD})(3(?:${SEP}${D}{1,2})?)?(\\s+)(?:-{1,2}|[—–]|-[—–])\\s?(vers[i1l][o0]n|V{1,2}\\b)`, 'g'),
    replace: (_m, word, three, space, flag) =>
      `${word![0] === 'P' ? 'Python' : 'python'}${three ? digits(three).replace(/[,·]/g, '.') : ''}${space}${flag!.startsWith('V') ? `-${flag}` : '--version'}`,
  },
  {
    // "py -3.l2", "py -0" is left alone: the Windows launcher with a version flag.
    name: 'py launcher version flag',
    pattern: new RegExp(`\\b(py)(\\s+)-(${D}${SEP}${D}{1,2})(?![\\w.])`, 'g'),
    replace: (_m, py, space, v) => `${py}${space}-${digits(v!).replace(/[,·]/g, '.')}`,
  },
  {
    // " -Vv:3.11", " -v:3.11": the list lines of `py -0` (Windows launcher).
    name: 'py -0 list line',
    pattern: new RegExp(`^(\\s*)-[Vv]{1,3}\\s?:(?=\\s?${D}${SEP}${D})`, 'gm'),
    replace: (_m, indent) => `${indent}-V:`,
  },
  {
    // "3.11.4 (set hy /Users/jane/.pyenv/version)": the version and "set by" of `pyenv version`.
    name: 'pyenv version line',
    pattern: new RegExp(`^(\\s*\\*?\\s*)(${D}${SEP}${D}{1,2}(?:${SEP}${D}{1,3})?)(\\s+\\()set\\s?[hb][yv]\\b`, 'gm'),
    replace: (_m, lead, version, paren) => `${lead}${fixVersion(version!, undefined)}${paren}set by`,
  },
  {
    // "-bash: fusr/bin/python: No such file", "lopt/homebrew/bin": the leading slash of a system path read as f, l or |.
    name: 'leading slash of a path',
    pattern: /(^|[\s:'"])[fl|I](?=(?:usr|opt|bin|Library|Users|home)\/)/gm,
    replace: (_m, before) => `${before}/`,
  },
  {
    // "mac05", "mac0S", "macO5": the S and O of macOS read as digits.
    name: 'macOS',
    pattern: /\bmac[O0][S5]\b/g,
    replace: () => 'macOS',
  },
  {
    // "sys.version info", "sys.version _info": OCR drops or detaches the underscore.
    name: 'sys.version_info',
    pattern: /\bsys\.version\s?_?\s?info\b/g,
    replace: () => 'sys.version_info',
  },
  {
    // "python' is not recognized", ‘python’ 1s not recognized, python’ is not recognized: cmd
    // quotes the command name with two straight single quotes; OCR reads either as a double or
    // curly quote, or drops the first at the start of the line.
    name: "cmd's quotes around a command",
    pattern: /(?:[‘’'"`´]|^)([\w.-]+)[‘’'"`´]\s+(?:is|[1lI|]s)(?=\s+not recognized)/gm,
    replace: (_m, command) => `'${command}' is`,
  },
];

/** Applies every repair in order; text outside their contexts is returned exactly as read. */
export function repairTerminalText(text: string): string {
  let out = text;
  for (const r of REPAIRS) out = out.replace(r.pattern, r.replace as (m: string, ...g: string[]) => string);
  return out;
}
