/** The semver verdict for one Python version against the workshop requirement. */
import { gtr, satisfies, validRange } from 'semver';
import type { Verdict } from './types.js';
import { finalRelease, type PyVersion } from './version.js';

export const DEFAULT_REQUIREMENT = '>=3.11';

export interface Judgement {
  verdict: Extract<Verdict, 'ok' | 'too-old' | 'python2' | 'prerelease'>;
  meets: boolean;
  /** The version is above the range (e.g. 3.13 against `>=3.11 <3.13`); the verdict stays too-old. */
  tooNew: boolean;
}

/** The requirement as a semver range; an unparsable one falls back to the default. */
export function effectiveRequirement(requirement: string | undefined): string {
  const req = typeof requirement === 'string' ? requirement.trim() : '';
  try {
    if (req && req.length <= 200 && validRange(req) !== null) return req;
  } catch {
    // fall through
  }
  return DEFAULT_REQUIREMENT;
}

/**
 * `3.12` is judged as 3.12.0 and `3.13.0rc1` as its final release 3.13.0: semver would treat a
 * prerelease as below every stable release of a range and a two-part version as invalid.
 */
export function judgeVersion(v: PyVersion, requirement: string): Judgement {
  if (v.major === 2) return { verdict: 'python2', meets: false, tooNew: false };
  const release = finalRelease(v);
  let meets: boolean;
  let tooNew = false;
  try {
    meets = satisfies(release, requirement);
    tooNew = !meets && gtr(release, requirement);
  } catch {
    meets = false;
  }
  if (v.pre) return { verdict: 'prerelease', meets, tooNew };
  return { verdict: meets ? 'ok' : 'too-old', meets, tooNew };
}
