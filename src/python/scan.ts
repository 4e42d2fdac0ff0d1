/**
 * Walk cleaned lines once and collect what the paste shows: commands typed at prompts, Python
 * versions reported (and by which command), lists of installed Pythons, and "not found" errors.
 */
import { LIST_COMMANDS, LIST_RULES, NARRATION_WINDOW, NOT_FOUND, PROMPTS, VERSION_TAILS, type NotFoundRule, type PromptRule } from './rules.js';
import { commandBase, isPythonCommand, parseVersion, pythonInvocation, VERSION_SOURCE, type PyVersion } from './version.js';

/** Where a version came from, strongest first. */
export type ReportSource = 'version-line' | 'sys-version' | 'pyenv' | 'bare' | 'list' | 'pip';

export interface VersionReport {
  line: number;
  version: PyVersion;
  source: ReportSource;
  /** The Python command that printed it, when the paste shows the command. */
  command: string | null;
  /** List entries: whether the list marks it as the default. */
  star: boolean;
}

export interface NotFoundReport {
  line: number;
  /** The missing command as the message names it (`python`, `python3`, `py`). */
  command: string;
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
}

/** A command typed without a visible prompt: a known program followed by flags or a subcommand. */
const BARE_COMMAND =
  /^(?:[\w.~:/\\-]{0,200}[/\\])?(?:python(?:\d{1,2}(?:\.\d{1,3})?t?)?|pythonw|py|pyenv|pip\d{0,2}(?:\.\d{1,3})?|conda|uv|which|where|brew|winget|sudo|apt|apt-get|dnf|node|java|go)(?:\.exe)?(?:\s{1,4}(?:-|(?:versions?|list|install|python\d?|--version)\b).{0,1000})?$/i;

/** A lone path (`where python` output) is not a command even when it ends in python.exe. */
const isLonePath = (line: string): boolean => !/\s/.test(line) && /[/\\]/.test(line);

const VERSION_LINE = new RegExp(String.raw`^python\s{1,30}v?${VERSION_SOURCE}(.{0,1000})$`, 'i');
const SYS_VERSION = new RegExp(String.raw`^['"]${VERSION_SOURCE}\s{1,4}[(|]`);
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
    if (rule.namedBefore) {
      const named = lastNamed(line.slice(Math.max(0, m.index - NARRATION_WINDOW), m.index), rule.namedBefore);
      if (named === null) continue;
      return { rule, command: commandBase(named) };
    }
    const named = rule.group > 0 ? m[rule.group] : undefined;
    const command = named ?? (current && isPythonCommand(current) ? current : (rule.defaultCommand ?? 'python'));
    return { rule, command: commandBase(command) };
  }
  return null;
}

function matchVersion(line: string, current: string | null, mode: 'py' | 'pyenv' | null): Omit<VersionReport, 'line'> | null {
  const v = VERSION_LINE.exec(line);
  if (v && v[1] !== undefined) {
    const tail = v[2] ?? '';
    const parsed = parseVersion(v[1]);
    if (parsed && VERSION_TAILS.some((t) => t.test(tail))) return { version: parsed, source: 'version-line', command: current, star: false };
    return null;
  }
  const sys = SYS_VERSION.exec(line);
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
  return null;
}

const INSTALLED_HEADER = /^Installed Pythons found by py Launcher/i;

export function scanLines(lines: readonly string[]): ScanResult {
  const result: ScanResult = { reports: [], notFound: [], errorRules: [], prompts: [] };
  /** The Python invocation of the last command typed, if it was one. */
  let current: string | null = null;
  /** Whether the output being read is a list of installed Pythons. */
  let mode: 'py' | 'pyenv' | null = null;

  lines.forEach((line, index) => {
    const prompt = matchPrompt(line);
    if (prompt) {
      if (!result.prompts.includes(prompt.rule)) result.prompts.push(prompt.rule);
      if (!prompt.rest) return;
    }
    const commandText = prompt ? prompt.rest : BARE_COMMAND.test(line) && !isLonePath(line) ? line : null;
    if (commandText !== null) {
      current = pythonInvocation(commandText);
      mode = LIST_COMMANDS.find((c) => c.pattern.test(commandText))?.mode ?? null;
      return;
    }
    if (INSTALLED_HEADER.test(line)) {
      mode = 'py';
      return;
    }
    const missing = matchNotFound(line, current);
    if (missing) {
      if (!result.errorRules.includes(missing.rule)) result.errorRules.push(missing.rule);
      if (isPythonCommand(missing.command)) result.notFound.push({ line: index, command: missing.command, rule: missing.rule });
      // The command failed: what follows is not its output.
      current = null;
      mode = null;
      return;
    }
    const report = matchVersion(line, current, mode);
    if (report) result.reports.push({ line: index, ...report });
  });
  return result;
}
