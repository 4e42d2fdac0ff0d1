/**
 * Walk cleaned lines once and collect what the paste shows: commands typed at prompts, Python
 * versions reported (and by which command), lists of installed Pythons, and "not found" errors.
 */
import {
  BARE_MENTIONS,
  CLAUSE_START,
  FIELD_ANSWER,
  GLUED_MENTION,
  LIST_COMMANDS,
  LIST_RULES,
  MAX_PROSE_MATCHES,
  MENTIONED_VERSION,
  NARRATION_WINDOW,
  NEGATED_TARGET,
  FAILED_ON,
  NEGATIONS,
  NOT_FOUND,
  OWN_VERSION,
  PROGRAM_NAMES,
  PROMPTS,
  PYTHON_WORD,
  TIE_AFTER,
  TIE_BEFORE,
  TIED_TOKEN,
  VERSION_OWNER,
  PROSE_AFTER_CUES,
  PROSE_AFTER_EXCLUSIONS,
  PROSE_AFTER_WEAK_CUES,
  INSTALL_CUES,
  INSTALLED_AFTER,
  INSTALLER_NAME,
  PATH_VERSION,
  PROSE_STRONG_CUES,
  PROSE_WEAK_CUES,
  PROSE_EXCLUSIONS,
  PROSE_WINDOW,
  PIP_REFUSED,
  POETRY_REFUSED,
  FOUND_COMMAND,
  PYTHON_FIELD,
  PYTHON_FIELD_HEADING,
  PACKAGE_RECORD_NAME,
  PACKAGE_RECORD_VERSION,
  PYTHON_FIELD_UNMARKED,
  RUNTIME_WARNINGS,
  TOLD_BEFORE_VERB,
  TOLD_VERSION,
  VERSION_WORD,
  PACKAGE_LINES,
  VERSION_TAILS,
  type NotFoundRule,
  type PromptRule,
} from './rules.js';
import { commandBase, compareVersions, isPythonCommand, misspeltPython, parseVersion, pythonInvocation, VERSION_SOURCE, type PyVersion } from './version.js';

/**
 * Where a version came from: printed by Python (`version-line`, `sys-version`, `bare`), an
 * issue-template field (`field`), pyenv's active version, a list of installed Pythons, pip's
 * "(python 3.x)", a package manager's python3 package (`package`), or a sentence that tells what a Python command printed (`told`) or names the
 * reporter's Python (`mentioned`).
 */
export type ReportSource = 'version-line' | 'sys-version' | 'pyenv' | 'bare' | 'list' | 'pip' | 'package' | 'field' | 'told' | 'mentioned';

export interface VersionReport {
  line: number;
  version: PyVersion;
  source: ReportSource;
  /** The Python command that printed it, when the paste shows the command. */
  command: string | null;
  /** List entries: whether the list marks it as the default. */
  star: boolean;
  /** A mention that only a weak cue ties to the reporter; any other mention outranks it. */
  weak?: boolean;
  /** A bare version in a sentence: counts only when the paste speaks of Python, and last of all. */
  bare?: boolean;
  /** A mention of a Python installed ("I installed Python 3.12"), not of one that runs. */
  installed?: boolean;
  /** The last-resort reading: a Python-shaped version only its nearness to the word Python ties to Python. */
  tied?: boolean;
}

export interface NotFoundReport {
  line: number;
  /** The missing command as the message names it (`python`, `python3`, `py`, or a slip: `pyhton3`). */
  command: string;
  /** For a misspelt command, the Python command it was meant to be (`python3`). */
  meant?: string;
  rule: NotFoundRule;
}

export interface ScanResult {
  reports: VersionReport[];
  /** Not-found messages about Python commands. */
  notFound: NotFoundReport[];
  /** Every not-found rule that matched, whatever the command (OS evidence). */
  errorRules: NotFoundRule[];
  /** Every prompt shape seen (OS evidence). */
  prompts: PromptRule[];
  /** Python commands shown found (`python3 is /usr/bin/python3`). */
  found: string[];
}

/** A command typed without a visible prompt: a known program followed by flags or a subcommand. */
const BARE_COMMAND =
  /^(?:[\w.~:/\\-]{0,200}[/\\])?(?:python(?:\d{1,2}(?:\.\d{1,3})?t?)?|pythonw|py|pymanager|pyenv|pip\d{0,2}(?:\.\d{1,3})?|conda|uv|which|where|brew|winget|sudo|apt|apt-get|dnf|node|java|go)(?:\.exe)?(?:\s{1,4}(?:-|(?:versions?|list|install|python\d?|--version)\b).{0,1000})?$/i;

/**
 * A sentence that opens with a command and goes on to tell how it went ("pip install numpy fails
 * with Python3.11b4."): prose about the command, read like any other sentence.
 */
const TOLD_OUTCOME = /\s(?:fails?|failed|failing|works?|worked|doesn't|does not|won't|crashes|crashed|breaks|broke|(?:returns?|returned|gives?|gave|throws?|threw|shows?|showed)\s(?:me\s)?(?:(?:an?|the|this|that|following)\s)*errors?)\b/i;

/** A lone path (`where python` output) is not a command even when it ends in python.exe. */
const isLonePath = (line: string): boolean => !/\s/.test(line) && /[/\\]/.test(line);

const VERSION_LINE = new RegExp(String.raw`^python\s{1,30}v?${VERSION_SOURCE}(.{0,1000})$`, 'i');
const SYS_VERSION = new RegExp(String.raw`^['"]${VERSION_SOURCE}\s{1,4}[(|]`);
/**
 * `print(sys.version)` (python -c ...) prints it without quotes: "3.12.4 (main, Jun  6 2024, ...) [GCC 11.4.0]";
 * `pip debug`, which issue templates ask for, labels the same string: "sys.version: 3.11.4 (main, ...)".
 */
const SYS_VERSION_PRINTED = new RegExp(String.raw`^(?:sys\.version:\s{1,4})?${VERSION_SOURCE}\s{1,4}(?:\((?:main|default|tags\/|heads\/|v\d|\w{3} {1,2}\d)|\|)`);
const VERSION_INFO =
  /^sys\.version_info\(major=(\d{1,2}), minor=(\d{1,3}), micro=(\d{1,3}), releaselevel='(alpha|beta|candidate|final)', serial=(\d{1,3})\)/;
const BARE_VERSION = new RegExp(String.raw`^['"]?${VERSION_SOURCE}['"]?$`);
const PIP_LINE = /^pip\d{0,2}(?:\.\d{1,3})?\s{1,4}\d[\w.]{0,20}\s{1,4}from\s/i;
const PIP_PYTHON = new RegExp(String.raw`\(python\s{1,4}${VERSION_SOURCE}\)\s*$`, 'i');
const RELEASE_LEVEL: Record<string, string> = { alpha: 'a', beta: 'b', candidate: 'rc', final: '' };

function matchPrompt(line: string): { rule: PromptRule; rest: string } | null {
  for (const rule of PROMPTS) {
    const m = rule.pattern.exec(line);
    if (m) return { rule, rest: line.slice(m[0].length).trim() };
  }
  return null;
}

/** The last program named in the text before a narrated error, or null. */
function lastNamed(before: string, pattern: RegExp): string | null {
  let last: string | null = null;
  for (const m of before.matchAll(pattern)) last = m[1] ?? last;
  return last;
}

function matchNotFound(line: string, current: string | null): { rule: NotFoundRule; command: string } | null {
  for (const rule of NOT_FOUND) {
    const m = rule.pattern.exec(line);
    if (!m) continue;
    const named = rule.namedBefore ? lastNamed(line.slice(Math.max(0, m.index - NARRATION_WINDOW), m.index), rule.namedBefore) : rule.group > 0 ? m[rule.group] : undefined;
    if (named === null) continue;
    const command = commandBase(named ?? (current && isPythonCommand(current) ? current : (rule.defaultCommand ?? 'python')));
    // Told in a sentence, the name is capitalised as a name ("Python"), not as typed.
    return { rule, command: rule.told ? command.toLowerCase() : command };
  }
  return null;
}

function matchVersion(line: string, current: string | null, mode: ListMode | null): Omit<VersionReport, 'line'> | null {
  const v = VERSION_LINE.exec(line);
  if (v && v[1] !== undefined) {
    const tail = v[2] ?? '';
    const parsed = parseVersion(v[1]);
    // Right after a Python command, its output line may carry chat ("Python 3.12.1 but python
    // says ..."); elsewhere only known tails keep "Python 3.12 is what the docs say" out.
    if (parsed && (current !== null || VERSION_TAILS.some((t) => t.test(tail)))) {
      return { version: parsed, source: 'version-line', command: current, star: false };
    }
  }
  const sys = SYS_VERSION.exec(line) ?? SYS_VERSION_PRINTED.exec(line);
  if (sys && sys[1] !== undefined) {
    const parsed = parseVersion(sys[1]);
    if (parsed) return { version: parsed, source: 'sys-version', command: current, star: false };
  }
  const info = VERSION_INFO.exec(line);
  if (info) {
    const level = RELEASE_LEVEL[info[4] ?? 'final'] ?? '';
    const raw = `${info[1]}.${info[2]}.${info[3]}${level ? `${level}${info[5]}` : ''}`;
    const parsed = parseVersion(raw);
    if (parsed) return { version: parsed, source: 'sys-version', command: current, star: false };
  }
  for (const rule of LIST_RULES) {
    if (rule.needsMode !== null && rule.needsMode !== mode) continue;
    const m = rule.pattern.exec(line);
    const token = m?.[rule.version];
    if (!m || token === undefined) continue;
    const parsed = parseVersion(token);
    if (!parsed) continue;
    const star = m[rule.star] === '*';
    if (rule.active === 'always' || (rule.active === 'star' && star)) {
      return { version: parsed, source: 'pyenv', command: null, star };
    }
    const command = rule.command ? rule.command.replace('$v', `${parsed.major}.${parsed.minor}`) : null;
    return { version: parsed, source: 'list', command, star };
  }
  for (const pattern of PACKAGE_LINES) {
    const pkg = pattern.exec(line);
    const parsed = pkg?.[1] !== undefined ? parseVersion(pkg[1]) : null;
    if (parsed) return { version: parsed, source: 'package', command: null, star: false };
  }
  for (const pattern of RUNTIME_WARNINGS) {
    const warned = pattern.exec(line);
    const parsed = warned?.[1] !== undefined ? parseVersion(warned[1]) : null;
    if (parsed) return { version: parsed, source: 'pip', command: current, star: false };
  }
  const refused = PIP_REFUSED.exec(line) ?? POETRY_REFUSED.exec(line);
  const refusedVersion = refused?.[1] !== undefined ? parseVersion(refused[1]) : null;
  if (refusedVersion) return { version: refusedVersion, source: 'pip', command: current, star: false };
  if (PIP_LINE.test(line)) {
    const pip = PIP_PYTHON.exec(line);
    const parsed = pip?.[1] !== undefined ? parseVersion(pip[1]) : null;
    if (parsed) return { version: parsed, source: 'pip', command: current, star: false };
    return null;
  }
  if (current && mode === null) {
    const bare = BARE_VERSION.exec(line);
    const parsed = bare?.[1] !== undefined ? parseVersion(bare[1]) : null;
    if (parsed) return { version: parsed, source: 'bare', command: current, star: false };
  }
  return toldVersion(line, current) ?? mentionedVersion(line);
}

/** The clause of `text` that ends at its end: what follows the last clause boundary. */
function lastClause(text: string): string {
  let start = 0;
  for (const m of text.matchAll(CLAUSE_START)) start = m.index + m[0].length;
  return text.slice(start);
}

/** The end of a segment of an environment list ("Windows 11, Python 3.10 | pip 24"). */
const SEGMENT_END = /^\s*(?:[,;|)]|[/•·]\s|$)/;

/** Another version listed after a field's answer: ", 2.7.15", " and 3.12", " / 3.11". */
const MORE_VERSIONS = /^\s{0,3}(?:[,/&]|and\b|or\b)\s{0,3}(?:python\s{0,3})?v?\d{1,2}\.\d/i;

/** A script's first line naming its interpreter: `#!/usr/bin/env python3`, `#!/usr/bin/python2.6`. */
const SHEBANG = /^#!\s{0,2}\//;

/** A cheap test that a line holds anything version-like before the sentence patterns run. */
const HAS_VERSION = /\d\.\d/;

/** Prose versions are Python-shaped: a bare number in a sentence is only taken as 2.x or 3.x. */
const pythonShaped = (v: PyVersion): boolean => v.major === 2 || v.major === 3;

/** A release with its patch number (3.12.0), as a Python reports itself; a claim names a line (3.12). */
const FULL_RELEASE = /^\d{1,2}\.\d{1,3}\.\d/;

/** Whether a version found in a sentence is stated as the reporter's, not as a range or a plan. */
function statedAsIs(line: string, start: number, end: number, raw: string): boolean {
  if (raw.endsWith('+')) return false; // "3.11+" in a sentence is a range
  if (PROSE_AFTER_EXCLUSIONS.test(line.slice(end, end + 40))) return false;
  const clause = lastClause(line.slice(Math.max(0, start - PROSE_WINDOW), start));
  if (!PROSE_EXCLUSIONS.test(clause)) return true;
  // "it doesn't work with Python 3.12.0": what failed ran on the reporter's Python. Only a full
  // release says so; "does not work on python 3.13" is as often a claim about a whole line.
  if (FULL_RELEASE.test(raw) && FAILED_ON.test(clause) && !PROSE_EXCLUSIONS.test(clause.replace(FAILED_ON, ' '))) return true;
  // "no wheel for python 3.11", "it cannot be installed for Python 3.12": what the negation denies
  // is something for that Python, which is the reporter's ("not for Python 3.12" still denies it)
  return NEGATED_TARGET.test(clause) && !PROSE_EXCLUSIONS.test(clause.replace(NEGATIONS, ' '));
}

/**
 * A version a sentence tells a Python command printed ("python --version returns 2.7.5"); the last
 * one on the line. The command is the last program named before it, or the command typed on an
 * earlier line; another program's output ("pyenv global returns 2.7.8") is not Python's.
 */
function toldVersion(line: string, current: string | null): Omit<VersionReport, 'line'> | null {
  if (!HAS_VERSION.test(line)) return null;
  let found: Omit<VersionReport, 'line'> | null = null;
  let seen = 0;
  const matches = [...line.matchAll(TOLD_VERSION), ...line.matchAll(TOLD_BEFORE_VERB)].sort((a, b) => a.index - b.index);
  for (const m of matches) {
    if (++seen > MAX_PROSE_MATCHES) break;
    const token = m[m.length - 1];
    const parsed = token === undefined ? null : parseVersion(token);
    if (!parsed || !pythonShaped(parsed)) continue;
    const before = line.slice(Math.max(0, m.index - NARRATION_WINDOW - 20), m.index);
    const named = lastNamed(before, PROGRAM_NAMES);
    const subject = named ?? current;
    // Without a command to tell it, the sentence must say it is a (Python) version: "still says
    // version 2.7", "la version que tengo activa me aparece la 3.9.6".
    const saysVersion = m[1] !== undefined || VERSION_WORD.test(before);
    if (subject !== null ? !isPythonCommand(subject) : !saysVersion) continue;
    if (!statedAsIs(line, m.index, m.index + m[0].length, parsed.raw)) continue;
    found = { version: parsed, source: 'told', command: named === null ? current : null, star: false };
  }
  return found;
}

/**
 * The reporter's Python named in a sentence ("I'm using python 3.9", "the python version is
 * 3.11.2", "Windows 11, Python 3.10"); the last one on the line. It counts when a link word makes
 * it a statement, when a cue word precedes it in its clause, or when it stands alone between
 * separators (an environment list); never when the clause makes it a requirement or a question.
 */
function mentionedVersion(line: string): Omit<VersionReport, 'line'> | null {
  if (!HAS_VERSION.test(line)) return null;
  let found: Omit<VersionReport, 'line'> | null = null;
  let weakFound: Omit<VersionReport, 'line'> | null = null;
  let seen = 0;
  for (const m of line.matchAll(MENTIONED_VERSION)) {
    if (++seen > MAX_PROSE_MATCHES) break;
    const token = m[m.length - 1];
    const parsed = token === undefined ? null : parseVersion(token);
    if (!parsed || !pythonShaped(parsed)) continue;
    const end = m.index + m[0].length;
    if (!statedAsIs(line, m.index, end, parsed.raw)) continue;
    const clause = lastClause(line.slice(Math.max(0, m.index - PROSE_WINDOW), m.index));
    const linked = m.groups?.['link'] !== undefined;
    // "python3 3.9" is not a way people write it; "python3 version 3.9.6" is left to the tied reading
    if (m.groups?.['three'] !== undefined && !linked) continue;
    const after = line.slice(end, end + 40);
    const alone = clause.trim() === '' && SEGMENT_END.test(after);
    const installed = !linked && (INSTALL_CUES.test(clause) || INSTALLED_AFTER.test(after));
    if (linked || alone || PROSE_STRONG_CUES.test(clause) || PROSE_AFTER_CUES.test(after)) found = { version: parsed, source: 'mentioned', command: null, star: false, installed };
    else if (PROSE_WEAK_CUES.test(clause) || PROSE_AFTER_WEAK_CUES.test(after)) weakFound = { version: parsed, source: 'mentioned', command: null, star: false, weak: true };
  }
  if (!found) {
    seen = 0;
    for (const m of line.matchAll(GLUED_MENTION)) {
      if (++seen > MAX_PROSE_MATCHES) break;
      const parsed = m[1] === undefined ? null : parseVersion(m[1]);
      if (!parsed || !pythonShaped(parsed)) continue;
      if (!statedAsIs(line, m.index, m.index + m[0].length, parsed.raw)) continue;
      const clause = lastClause(line.slice(Math.max(0, m.index - PROSE_WINDOW), m.index));
      const after = line.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const alone = clause.trim() === '' && SEGMENT_END.test(after) && /[,;|]/.test(line);
      if (alone || PROSE_STRONG_CUES.test(clause) || PROSE_AFTER_CUES.test(after)) {
        found = { version: parsed, source: 'mentioned', command: null, star: false, installed: INSTALL_CUES.test(clause) };
      }
    }
  }
  if (!found) {
    for (const m of line.matchAll(OWN_VERSION)) {
      const parsed = parseVersion((m[1] ?? m[2])!);
      if (parsed) found = { version: parsed, source: 'mentioned', command: null, star: false };
    }
  }
  if (!found && !weakFound) weakFound = pathVersion(line);
  if (!found && !weakFound) {
    seen = 0;
    const mentions = BARE_MENTIONS.flatMap((pattern) => [...line.matchAll(pattern)]).sort((a, b) => a.index - b.index);
    for (const m of mentions) {
      if (++seen > MAX_PROSE_MATCHES) break;
      const token = m[1] ?? m[2];
      if (token === undefined) continue;
      const parsed = parseVersion(token);
      if (!parsed) continue;
      const start = m.index + m[0].indexOf(token);
      if (!statedAsIs(line, start, start + token.length, parsed.raw)) continue;
      weakFound = { version: parsed, source: 'mentioned', command: null, star: false, weak: true, bare: true };
    }
  }
  // a bare version after a setup word counts only in a Python paste (analyze.ts): one tied to
  // Python on the same line is the better reading
  if (found || (weakFound && !weakFound.bare)) return found ?? weakFound;
  return tiedVersion(line) ?? weakFound;
}

/**
 * The Python releases a version tied to Python only by nearness may be: 2.6-2.7 (older ones are
 * gone from any machine, while "flask 2.3.2" is common) and 3.0-3.19.
 */
const tiedShape = (v: PyVersion): boolean => (v.major === 2 && v.minor >= 6 && v.minor <= 7) || (v.major === 3 && v.minor <= 19);

/**
 * Whether the name right before a version (VERSION_OWNER) makes it another program's: a name
 * joined to it by a hyphen or underscore ("sybil-2.0.1"), a program of PROGRAM_NAMES, or a
 * capitalised name ("Django 3.2", "with Blender 3.6"). A verb opening a sentence ("Using 3.12")
 * is not a name.
 */
function ownedByOther(line: string, start: number): boolean {
  const from = Math.max(0, start - 40);
  const owner = VERSION_OWNER.exec(line.slice(from, start));
  const name = owner?.[1];
  if (!owner || name === undefined) return false;
  if (PYTHON_WORD.test(name) && PYTHON_WORD.exec(name)?.[0].length === name.length) return false;
  if (owner[2] === '-' || owner[2] === '_') return true;
  if (PROGRAM_NAME.test(name)) return !isPythonCommand(name);
  if (!/^\p{Lu}/u.test(name)) return false;
  // a capitalised word is a name ("Django 3.2"), unless a verb opens the sentence with it ("Using 3.12", "Tested 3.14.0b3")
  const lead = line.slice(0, from + owner.index).trimEnd();
  const opensSentence = lead === '' || /[.!?:;>#*([-]$/.test(lead);
  return !(opensSentence && /(?:ing|ed)$/i.test(name));
}

/**
 * The last resort, when nothing else on the line names a Python: a Python-shaped version the paste
 * ties to Python, by the word Python run into it ("python3.8", "python-3.10.0"), by the word Python
 * within TIE_BEFORE characters before or TIE_AFTER after it in any language ("python is disturbingly
 * old (3.5)", "Estoy usando Python versión 3.3.5"), or by a prerelease tag, which in these pastes
 * only Python-style versions carry ("tested with 3.14.0b3"); the last one on the line. Not when the
 * clause makes it a requirement, a plan or a range (statedAsIs), nor another program's version.
 * Weakest of all readings: anything else outranks it, and a not-found beats it.
 */
function tiedVersion(line: string): Omit<VersionReport, 'line'> | null {
  if (!HAS_VERSION.test(line)) return null;
  let found: Omit<VersionReport, 'line'> | null = null;
  let seen = 0;
  /** Where the previous version token ended, and whether it was excluded. */
  let previous = { end: -1, excluded: false };
  for (const m of line.matchAll(TIED_TOKEN)) {
    if (++seen > MAX_PROSE_MATCHES) break;
    const token = m[m.length - 1];
    const parsed = token === undefined ? null : parseVersion(token);
    const end = m.index + m[0].length;
    const start = end - (token?.length ?? 0);
    // a version listed right after another ("supports Python 3.10 and 3.11") shares its clause
    const listed = previous.end >= 0 && LIST_JOINER.test(line.slice(previous.end, start));
    const excluded = listed ? previous.excluded : !tiedHere(line, m.index, start, end, m.groups?.['glue'] !== undefined, parsed);
    previous = { end, excluded };
    if (!parsed || excluded) continue;
    found = { version: parsed, source: 'mentioned', command: null, star: false, weak: true, tied: true };
  }
  return found;
}

/** What may stand between two versions of one list: "3.10 and 3.11", "3.8, 3.9 or 3.10", "3.10/3.11". */
const LIST_JOINER = /^\s{0,3}(?:[,/&]|\band\b|\bor\b|,\s{0,3}(?:and|or)\b)\s{0,3}v?$/i;

/** Whether a token of TIED_TOKEN at `index` (its version from `start` to `end`) reads as the reporter's Python. */
function tiedHere(line: string, index: number, start: number, end: number, glued: boolean, parsed: PyVersion | null): boolean {
  if (!parsed || !tiedShape(parsed)) return false;
  if (glued) {
    // inside a path ("/usr/lib/python3.12/site-packages") it is a folder, and with a flag after it a command
    if (/[/\\]$/.test(line.slice(0, index)) || /^(?:\s{0,2}-|[/\\:])/.test(line.slice(end))) return false;
  } else {
    if (ownedByOther(line, start)) return false;
    const near = PYTHON_WORD.test(line.slice(Math.max(0, start - TIE_BEFORE), start)) || PYTHON_WORD.test(line.slice(end, end + TIE_AFTER));
    if (!near && parsed.pre === null) return false;
  }
  if (!statedAsIs(line, start, end, parsed.raw)) return false;
  // the rest of its clause may make it a requirement, a doubt or someone else's ("Python 3.12 is what
  // the docs say", "Python 3.14 packages are not on PyPI yet"), as Chinese and Japanese put a need or a plan
  // ("no" is left out: after a version it is as often Portuguese or Spanish "in the": "Python 3.9 no trabalho")
  const rest = line.slice(end, end + PROSE_WINDOW);
  const stop = AFTER_CLAUSE_END.exec(rest);
  // a version in a question is a doubt ("Is python 3.12 ok?")
  if (stop?.[0] === '?') return false;
  const after = rest.slice(0, stop?.index ?? rest.length).replace(/\bno\b/gi, ' ');
  return !PROSE_EXCLUSIONS.test(after);
}

/** Where the clause after a mention ends: a stop, or a "but" in the languages read ("j'ai Python 3.13.1 mais pip ne marche pas"). */
const AFTER_CLAUSE_END = /[.,;!?。、]|\b(?:but|however|though|mais|pero|aber|mas|ma)\b|但|けど|が、/i;

/**
 * A Python named by its release in a path or file name ("C:\\WPy64\\python-3.13.0b1.amd64\\Lib\\x.py",
 * "python-3.12.4-amd64.exe"); the last one on the line. It is as weak as a mention only a weak cue
 * ties to the reporter: anything the paste shows Python print, or the reporter state, outranks it.
 * An installer or archive is a Python downloaded, like one said to be installed.
 */
function pathVersion(line: string): Omit<VersionReport, 'line'> | null {
  let found: Omit<VersionReport, 'line'> | null = null;
  let seen = 0;
  for (const m of line.matchAll(PATH_VERSION)) {
    if (++seen > MAX_PROSE_MATCHES) break;
    const parsed = m[1] === undefined ? null : parseVersion(m[1]);
    const rest = m[2] ?? '';
    const next = line[m.index + m[0].length] ?? '';
    // a name with nothing after the version is a file name only as a folder on a path
    if (!parsed || (rest === '' && next !== '/' && next !== '\\')) continue;
    found = { version: parsed, source: 'mentioned', command: null, star: false, weak: true, installed: INSTALLER_NAME.test(rest) };
  }
  return found;
}

/** Every version-shaped token, not part of a longer number or word ("192.3.10.11", "py3.10.1"). */
const ANY_VERSION = new RegExp(String.raw`(?<![\w.])v?${VERSION_SOURCE}`, 'g');
/** The word right before a token, to tell whose version it is ("pip 3.10.1"). */
const WORD_BEFORE = /([A-Za-z][\w.-]{0,30})\s{0,3}$/;
const PROGRAM_NAME = new RegExp(String.raw`^(?:${PROGRAM_NAMES.source})$`, 'i');

/**
 * The same Python as `version` (major.minor without a patch) written out in full elsewhere in the
 * paste: "Python 3.10" here, "`3.10.11`" (or the prerelease "3.10rc1") there. Null unless exactly one such release appears
 * (3.10.11 and 3.10.12 would be two Pythons), each time stated as is (one written as "3.11.4 or
 * newer" or after a "need" makes it null); another program's version ("pip 3.10.1") is not one.
 * "3.1" and "3.10" never match.
 */
export function preciseVersion(lines: readonly string[], version: PyVersion): PyVersion | null {
  if (version.patch !== null || version.pre !== null) return null;
  let found: PyVersion | null = null;
  for (const line of lines) {
    if (!HAS_VERSION.test(line)) continue;
    let seen = 0;
    for (const m of line.matchAll(ANY_VERSION)) {
      if (++seen > MAX_PROSE_MATCHES) break;
      const parsed = m[1] === undefined ? null : parseVersion(m[1]);
      // "3.11rc1" says more than "3.11" too: which build of that line it is
      if (!parsed || (parsed.patch === null && parsed.pre === null) || parsed.major !== version.major || parsed.minor !== version.minor) continue;
      const owner = WORD_BEFORE.exec(line.slice(Math.max(0, m.index - 40), m.index))?.[1];
      if (owner !== undefined && PROGRAM_NAME.test(owner) && !isPythonCommand(owner)) continue;
      // a release of that line given as a range or a need makes the full one uncertain
      if (!statedAsIs(line, m.index, m.index + m[0].length, parsed.raw)) return null;
      if (found && compareVersions(found, parsed) !== 0) return null;
      found = parsed;
    }
  }
  return found;
}

type ListMode = (typeof LIST_COMMANDS)[number]['mode'];

const INSTALLED_HEADER = /^Installed Pythons found by py Launcher/i;

interface TwoLineRecord {
  opens: RegExp;
  /** Group 1 is the version. */
  answer: RegExp;
  source: ReportSource;
}

/**
 * Records whose answer stands on the line after the one that opens them: a package manager's
 * record of the python package (Name, then Version) and an issue template's Python-version
 * heading (then its answer).
 */
const TWO_LINE_RECORDS: readonly TwoLineRecord[] = [
  { opens: PACKAGE_RECORD_NAME, answer: PACKAGE_RECORD_VERSION, source: 'package' },
  { opens: PYTHON_FIELD_HEADING, answer: FIELD_ANSWER, source: 'field' },
];

export function scanLines(lines: readonly string[]): ScanResult {
  const result: ScanResult = { reports: [], notFound: [], errorRules: [], prompts: [], found: [] };
  /** The Python invocation of the last command typed, if it was one. */
  let current: string | null = null;
  /** Whether the output being read is a list of installed Pythons. */
  let mode: ListMode | null = null;
  /** The record the previous line opened, whose answer this line may be. */
  let awaiting: TwoLineRecord | null = null;

  lines.forEach((line, index) => {
    if (awaiting) {
      const { answer, source } = awaiting;
      awaiting = null;
      const m = answer.exec(line);
      const parsed = m?.[1] !== undefined ? parseVersion(m[1]) : null;
      if (parsed && pythonShaped(parsed)) {
        result.reports.push({ line: index, version: parsed, source, command: null, star: false });
        return;
      }
    }
    // A script's #! line names the interpreter the script asks for, not one the reporter has:
    // "#!/usr/bin/env python2.6 ... doesn't work on my system with python2.7".
    if (SHEBANG.test(line)) return;
    const opened = TWO_LINE_RECORDS.find((record) => record.opens.test(line));
    if (opened) {
      awaiting = opened;
      return;
    }
    // Before commands: "python version: 3.12.3" would otherwise read as a `python version` command.
    const field = PYTHON_FIELD.exec(line) ?? PYTHON_FIELD_UNMARKED.exec(line);
    const fieldVersion = field?.[1] !== undefined ? parseVersion(field[1]) : null;
    if (field && fieldVersion && pythonShaped(fieldVersion)) {
      // a field answered with several versions ("Python version: 3.7.0, 2.7.15") names the Pythons
      // the reporter has, not the one that answers: a mention of Pythons installed
      const several = MORE_VERSIONS.test(line.slice(field.index + field[0].length));
      result.reports.push(several ? { line: index, version: fieldVersion, source: 'mentioned', command: null, star: false, installed: true } : { line: index, version: fieldVersion, source: 'field', command: null, star: false });
      return;
    }
    const prompt = matchPrompt(line);
    if (prompt) {
      if (!result.prompts.includes(prompt.rule)) result.prompts.push(prompt.rule);
      if (!prompt.rest) return;
    }
    const commandText = prompt ? prompt.rest : BARE_COMMAND.test(line) && !isLonePath(line) && !TOLD_OUTCOME.test(line) ? line : null;
    if (commandText !== null) {
      current = pythonInvocation(commandText);
      mode = LIST_COMMANDS.find((c) => c.pattern.test(commandText))?.mode ?? null;
      // "python3 --version returns 3.9.6": a command with its output told on the same line
      const told = toldVersion(commandText, current);
      if (told) result.reports.push({ line: index, ...told });
      return;
    }
    const found = FOUND_COMMAND.exec(line);
    if (found?.[1] !== undefined) result.found.push(found[1]);
    if (INSTALLED_HEADER.test(line)) {
      mode = 'py';
      return;
    }
    // Read before a not-found message resets the command: a sentence may tell both
    // ("python3 --version gives Python 3.12.1 but python says command not found").
    const report = matchVersion(line, current, mode);
    const missing = matchNotFound(line, current);
    if (missing) {
      if (!result.errorRules.includes(missing.rule)) result.errorRules.push(missing.rule);
      // misspeltPython is null for a real Python command, and for anything that is no slip of one
      const meant = misspeltPython(missing.command);
      if (meant || isPythonCommand(missing.command)) result.notFound.push({ line: index, command: missing.command, rule: missing.rule, ...(meant ? { meant } : {}) });
      // The command failed: what follows is not its output. The line itself may still tell a
      // version in a sentence ("I get Python 3.10.3 but zsh: command not found: pip").
      current = null;
      mode = null;
    }
    if (report) result.reports.push({ line: index, ...report });
  });
  // A bare version sent as the whole answer ("3.11.4") is what the student's Python printed.
  if (result.reports.length === 0 && lines.length === 1) {
    const bare = BARE_VERSION.exec(lines[0] ?? '');
    const parsed = bare?.[1] !== undefined ? parseVersion(bare[1]) : null;
    if (parsed && pythonShaped(parsed)) result.reports.push({ line: 0, version: parsed, source: 'bare', command: null, star: false });
  }
  return result;
}
