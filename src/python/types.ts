export const VERDICTS = ['ok', 'too-old', 'python2', 'prerelease', 'not-found', 'unrecognized'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const OSES = ['macos', 'windows', 'linux'] as const;
export type KnownOs = (typeof OSES)[number];
export type Os = KnownOs | 'unknown';
/** How each operating system is named to students (buttons, field names). */
export const OS_LABELS: Readonly<Record<KnownOs, string>> = { macos: 'macOS', windows: 'Windows', linux: 'Linux' };

export interface PasteAnalysis {
  verdict: Verdict;
  /** The version as the paste gives it, without the word Python ("3.12.4", "3.12", "3.13.0rc1"). */
  version: string | null;
  /** Operating system: the caller's explicit choice wins, else inferred from the paste. */
  os: Os;
  /** Whether `os` came from the caller or was inferred (or is unknown). */
  osSource: 'given' | 'inferred' | 'unknown';
  /** Whether the Python seen satisfies the requirement (prerelease: whether its final release would). */
  meets: boolean;
  /** The command that produced the judged version when the paste shows it (`python3`, `py -3.12`), else null. */
  command: string | null;
  /** Commands the paste shows failing as "not found" (e.g. `python` before a working `python3`). */
  missingCommands: string[];
  /** Missing commands that are slips for a Python command, with the command meant (`pyhton3` -> `python3`). */
  misspelt?: { typed: string; meant: string }[];
  /** The requirement range judged against, e.g. ">=3.11". */
  requirement: string;
  /**
   * What the judged version came from: a `Python X.Y` line, `sys.version`, pyenv's active version,
   * a bare version printed by a python command (or sent alone), a list of installed Pythons
   * (`py -0`), pip, a package manager's python3 package, an issue-template field, or a sentence that tells what a Python command printed
   * (`told`) or names the reporter's Python (`mentioned`).
   */
  source?: 'version-line' | 'sys-version' | 'pyenv' | 'bare' | 'list' | 'pip' | 'package' | 'field' | 'told' | 'mentioned';
  /**
   * Notes for a version that meets the workshop requirement but not one of its tools (from the
   * organizers' `python-warnings`), in the order given; empty when none apply.
   */
  warnings: string[];
  /** Set when the version is above the range (e.g. 3.13 against `>=3.11 <3.13`); the verdict is still too-old. */
  tooNew?: boolean;
}

/** An organizer's note for Python versions in a range: "Open WebUI does not install on >=3.13". */
export interface ToolNote {
  /** semver range of Python versions the note applies to. */
  when: string;
  text: string;
}
