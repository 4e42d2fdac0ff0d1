/** Python version strings and command names as they appear in pastes. */
import { distance } from '../search/spell.js';

export interface PyVersion {
  /** As written in the paste ("3.12", "3.13.0rc1", "3.12.4+"; in a sentence "3.11+" is a range). */
  raw: string;
  major: number;
  minor: number;
  patch: number | null;
  /** Pre-release tag: a (alpha), b (beta), rc (release candidate; old `c` is read as rc). */
  pre: { tag: 'a' | 'b' | 'rc'; num: number } | null;
}

/**
 * Source of a version token: major.minor[.patch][a|b|c|rc N][+]; not followed by more version.
 * The tag may also follow a hyphen, as tags and templates write it ("3.11.0-rc1", "3.13-b2"); then
 * its number is required, so an architecture suffix ("3.12.4-amd64", "-V:3.12-arm64") is not a tag.
 * People also write a release candidate after a space ("3.11 rc2", as a template answer); only
 * "rc" with its number, since a spaced "a" or "b" is a word.
 * A trailing `t` names the free-threaded build of that release ("3.13t", "3.14.0t"), the same
 * version for the workshop's requirement.
 */
export const VERSION_SOURCE = String.raw`(\d{1,2}\.\d{1,3}(?:\.\d{1,3})?(?:(?:a|b|c|rc)\d{0,3}|-(?:a|b|rc)\d{1,3}| rc\d{1,2})?t?\+?)(?![\w+]|\.\d)`;

const PARTS = /^(\d{1,2})\.(\d{1,3})(?:\.(\d{1,3}))?(?:[- ]?(a|b|c|rc)(\d{0,3}))?t?\+?$/i;

/** Parse one version token (as matched by VERSION_SOURCE); null if it is not one. */
export function parseVersion(raw: string): PyVersion | null {
  const m = PARTS.exec(raw.trim());
  if (!m) return null;
  const tag = m[4]?.toLowerCase();
  return {
    // "3.11.0-rc1" is reported as Python writes it, "3.11.0rc1"
    raw: raw.trim().replace(/[- ](?=(?:a|b|rc)\d)/i, ''),
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: m[3] === undefined ? null : Number(m[3]),
    pre: tag ? { tag: tag === 'c' ? 'rc' : (tag as 'a' | 'b' | 'rc'), num: Number(m[5] || '0') } : null,
  };
}

/**
 * The version as reported to the student: the release without the marks of how it was built. A
 * local build's "+" ("Python 3.13.0rc3+ (heads/3.13:...)") and the free-threaded "t" ("3.13t")
 * name the same release, and people giving their version leave them out (every labelled paste
 * in eval/ that holds one does).
 */
export function reportedVersion(v: PyVersion): string {
  return v.raw.replace(/t?\+?$/i, '');
}

/** major.minor.patch of the final release this version is (or will be). */
export function finalRelease(v: PyVersion): string {
  return `${v.major}.${v.minor}.${v.patch ?? 0}`;
}

/** Orders versions: by final release, then pre-releases before the final. */
export function compareVersions(a: PyVersion, b: PyVersion): number {
  const keyA = [a.major, a.minor, a.patch ?? 0];
  const keyB = [b.major, b.minor, b.patch ?? 0];
  for (let i = 0; i < 3; i++) {
    const d = (keyA[i] ?? 0) - (keyB[i] ?? 0);
    if (d !== 0) return d;
  }
  if (!a.pre && !b.pre) return 0;
  if (!a.pre) return 1;
  if (!b.pre) return -1;
  const order = { a: 0, b: 1, rc: 2 } as const;
  return order[a.pre.tag] - order[b.pre.tag] || a.pre.num - b.pre.num;
}

const PYTHON_EXE = /^(?:python(?:\d{1,2}(?:\.\d{1,3})?t?)?|pythonw|py)(?:\.exe)?$/i;

/** The file name of a command path (`/usr/bin/python3` → `python3`, `C:\x\python.exe` → `python.exe`). */
export function commandBase(cmd: string): string {
  const parts = cmd.split(/[/\\]/);
  return parts[parts.length - 1] ?? cmd;
}

/** Whether a command runs a Python: python, python3, python3.12, py, with or without path/.exe. */
export function isPythonCommand(cmd: string): boolean {
  return PYTHON_EXE.test(commandBase(cmd.trim()));
}

/**
 * The Python command a slip of the keys was meant to be ("pyhton3" -> python3, "pyton",
 * "phyton"): a name of 4-8 letters starting with p, within two edits of "python" (a swap counts
 * one), with the version digits kept. Null for real Python commands and for anything else.
 */
export function misspeltPython(cmd: string): string | null {
  const base = commandBase(cmd.trim()).toLowerCase().replace(/\.exe$/, '');
  const m = /^(p[a-z]{3,7})(\d{1,2}(?:\.\d{1,3})?)?$/.exec(base);
  if (!m?.[1] || isPythonCommand(base)) return null;
  return distance(m[1], 'python', 3) <= 2 ? `python${m[2] ?? ''}` : null;
}

/**
 * The Python invocation at the start of a typed command: `python3`, `python3.11`, `py -3.12`,
 * `/opt/homebrew/bin/python3`. Null when the command does not start with a Python executable.
 */
const INVOCATION = /^((?:[\w.~:/\\-]{0,200}[/\\])?(?:python(?:\d{1,2}(?:\.\d{1,3})?t?)?|pythonw|py)(?:\.exe)?)(?:\s{1,4}(-\d{1,2}(?:\.\d{1,3})?(?:-(?:32|64|arm64))?|-V:[\w./-]{1,40}))?(?=\s|$)/i;

export function pythonInvocation(command: string): string | null {
  const m = INVOCATION.exec(command.trim());
  if (!m || !m[1]) return null;
  const exe = m[1];
  const selector = m[2];
  if (selector && commandBase(exe).toLowerCase().replace(/\.exe$/, '') === 'py') return `${exe} ${selector}`;
  return exe;
}
