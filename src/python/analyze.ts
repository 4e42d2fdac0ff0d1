/**
 * Judge a pasted `python --version` (or a whole terminal session) against the workshop requirement.
 * Pure, never throws, bounded work: see clean.ts for the limits.
 */
import { cleanPaste } from './clean.js';
import { effectiveRequirement, judgeVersion } from './judge.js';
import { inferOs, isKnownOs } from './os.js';
import { SPEAKS_OF_PYTHON } from './rules.js';
import { preciseVersion, scanLines, type ScanResult, type VersionReport } from './scan.js';
import type { KnownOs, PasteAnalysis, ToolNote } from './types.js';
import { compareVersions, finalRelease, reportedVersion } from './version.js';
import { satisfies } from 'semver';

export interface AnalyzeOptions {
  /** semver range, e.g. ">=3.11" (an invalid range falls back to the default). */
  requirement: string;
  /** The user's explicit OS; wins over inference. */
  os?: KnownOs;
  /** Tool notes; those whose range holds the judged version become `warnings`. */
  notes?: readonly ToolNote[];
  /**
   * Whether the text was given as what the student's Python says (/check-python, the CLI), so a
   * version it places in their setup is Python's even when the word Python never appears
   * ("Switched back to 3.11 and everything worked fine."). False for text that may be about
   * anything, such as a screenshot being routed: there a bare "to 3.2" needs the word Python.
   */
  pythonPaste?: boolean;
}

/** The slips among the missing commands, each once; nothing when there are none. */
function misspeltOf(scan: ScanResult): Pick<PasteAnalysis, 'misspelt'> {
  const seen = new Map<string, string>();
  for (const n of scan.notFound) if (n.meant && !seen.has(n.command)) seen.set(n.command, n.meant);
  return seen.size ? { misspelt: [...seen].map(([typed, meant]) => ({ typed, meant })) } : {};
}

function meetsRange(report: VersionReport, requirement: string): boolean {
  try {
    return satisfies(finalRelease(report.version), requirement);
  } catch {
    return false;
  }
}

/**
 * From a list of installed Pythons (`py -0`, `py list`), the one to use: the default (starred)
 * one when it is a stable release that meets the requirement, since plain `py` and `python` run
 * it; else the newest stable release that meets it, else the newest stable, else the newest.
 */
function bestListed(list: readonly VersionReport[], requirement: string): VersionReport | undefined {
  const newest = (xs: readonly VersionReport[]): VersionReport | undefined =>
    xs.reduce<VersionReport | undefined>((best, r) => (!best || compareVersions(r.version, best.version) > 0 ? r : best), undefined);
  const stable = list.filter((r) => !r.version.pre);
  const meeting = stable.filter((r) => meetsRange(r, requirement));
  return meeting.find((r) => r.star) ?? newest(meeting) ?? newest(stable) ?? newest(list);
}

/**
 * The Python the paste shows answering, by the strongest kind of evidence it holds: the last
 * version Python printed (`Python X.Y` line, sys.version, a bare version after a python command),
 * else the last issue-template field, else pyenv's active version (a shim's claim, weaker than what
 * python printed), else the best of a listing, else the Python pip says it runs on (or the
 * python3 package a package manager shows), else the last
 * version a sentence tells a Python command printed, else the last the reporter names as theirs
 * (a mention with only a weak cue after those, then a bare version in a sentence if the text is a
 * Python paste or speaks of Python at all, and last of all a version only its nearness to the
 * word Python, its glued name or its prerelease tag ties to Python).
 */
export function pickReport(scan: ScanResult, requirement: string, speaksOfPython = true): VersionReport | undefined {
  const last = (...sources: VersionReport['source'][]): VersionReport | undefined => {
    const xs = scan.reports.filter((r) => sources.includes(r.source) && !r.weak);
    return xs[xs.length - 1];
  };
  const weak = scan.reports.filter((r) => r.weak && !r.bare && !r.tied);
  const bare = speaksOfPython ? scan.reports.filter((r) => r.bare) : [];
  const tied = scan.reports.filter((r) => r.tied);
  return (
    last('version-line', 'sys-version', 'bare') ??
    last('field') ??
    last('pyenv') ??
    bestListed(scan.reports.filter((r) => r.source === 'list'), requirement) ??
    last('pip', 'package') ??
    last('told') ??
    last('mentioned') ??
    weak[weak.length - 1] ??
    bare[bare.length - 1] ??
    tied[tied.length - 1]
  );
}

/**
 * The notes whose range holds the version. A pre-release is judged as its final release (a
 * 3.13 beta will not install Open WebUI either); a bad range in a note never breaks the verdict.
 */
function notesFor(report: VersionReport, notes: readonly ToolNote[]): string[] {
  const release = finalRelease(report.version);
  return notes.filter((note) => {
    try {
      return satisfies(release, note.when);
    } catch {
      return false;
    }
  }).map((note) => note.text);
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/** `options` is optional for untyped callers: a missing one judges against the default requirement. */
export function analyzePaste(paste: string, options?: AnalyzeOptions): PasteAnalysis {
  const requirement = effectiveRequirement(options?.requirement);
  const givenOs = isKnownOs(options?.os) ? options.os : null;
  const fallback: PasteAnalysis = {
    verdict: 'unrecognized',
    version: null,
    os: givenOs ?? 'unknown',
    osSource: givenOs ? 'given' : 'unknown',
    meets: false,
    command: null,
    missingCommands: [],
    requirement,
    warnings: [],
  };
  try {
    const lines = cleanPaste(typeof paste === 'string' ? paste : '');
    const scan = scanLines(lines);
    const inferred = givenOs ? null : inferOs(lines, scan).os;
    const base: PasteAnalysis = {
      ...fallback,
      os: givenOs ?? inferred ?? 'unknown',
      osSource: givenOs ? 'given' : inferred && inferred !== 'unknown' ? 'inferred' : 'unknown',
      missingCommands: unique(scan.notFound.map((n) => n.command)),
      ...misspeltOf(scan),
    };
    const picked = pickReport(scan, requirement, options?.pythonPaste !== false || lines.some((line) => SPEAKS_OF_PYTHON.test(line)));
    // A Python the reporter says they installed ("I installed 3.14"), or one only talked about
    // (a weak cue, a bare number, a tied one: "same with 3.15"), is not one that answers when the paste shows
    // its command not found: the missing command is what to fix. Unless the paste shows another
    // Python command working (`python3 is /usr/bin/python3`). A Python stated as theirs ("my
    // Python version is 3.10.12") is judged whatever else fails.
    // pyenv's active version is a claim about what its shim would run: the shell's not-found
    // shows it does not.
    const talkedAbout = (picked?.source === 'mentioned' && (picked.installed === true || picked.weak === true)) || picked?.source === 'pyenv';
    const unanswered = talkedAbout && scan.notFound.length > 0 && scan.found.length === 0;
    // "Python 3.10" said once and "3.10.11" written elsewhere are one Python: report it in full.
    const precise = picked && !unanswered ? preciseVersion(lines, picked.version) : null;
    const report = unanswered ? undefined : picked && precise ? { ...picked, version: precise } : picked;
    if (report) {
      const judged = judgeVersion(report.version, requirement);
      return {
        ...base,
        verdict: judged.verdict,
        version: reportedVersion(report.version),
        meets: judged.meets,
        command: report.command,
        source: report.source,
        warnings: judged.meets ? notesFor(report, options?.notes ?? []) : [],
        ...(judged.tooNew ? { tooNew: true } : {}),
      };
    }
    if (scan.notFound.length) return { ...base, verdict: 'not-found' };
    return base;
  } catch {
    return fallback;
  }
}
