import { describe, expect, it } from 'vitest';
import { analyzePaste } from '../../src/python/analyze.js';
import { DEFAULT_REQUIREMENT, effectiveRequirement, judgeVersion } from '../../src/python/judge.js';
import { compareVersions, parseVersion, pythonInvocation, isPythonCommand } from '../../src/python/version.js';

function judge(version: string, requirement = '>=3.11') {
  const v = parseVersion(version);
  if (!v) throw new Error(`unparsable ${version}`);
  return judgeVersion(v, requirement);
}

describe('semver judgement', () => {
  it.each([
    ['3.12', '>=3.11', 'ok', true],
    ['3.11', '>=3.11', 'ok', true],
    ['3.11.0', '>=3.11', 'ok', true],
    ['3.10.99', '>=3.11', 'too-old', false],
    ['3.10', '>=3.11', 'too-old', false],
    ['3.2', '>=3.11', 'too-old', false],
    ['3.12.0rc1', '>=3.11', 'prerelease', true],
    ['3.11.0rc1', '>=3.11', 'prerelease', true],
    ['3.10.0b1', '>=3.11', 'prerelease', false],
    ['3.14.0a2', '>=3.11', 'prerelease', true],
    ['3.0c1', '>=3.11', 'prerelease', false],
    ['3.11.9', '>=3.12', 'too-old', false],
    ['3.12.0', '>=3.12', 'ok', true],
    ['3.12', '^3.11', 'ok', true],
    ['3.11.2', '~3.11', 'ok', true],
    ['3.12.1', '~3.11', 'too-old', false],
    ['2.7.18', '>=3.11', 'python2', false],
    ['2.7', '>=2.7', 'python2', false],
    ['3.12.4+', '>=3.11', 'ok', true],
  ] as const)('%s against %s → %s', (version, requirement, verdict, meets) => {
    expect(judge(version, requirement)).toMatchObject({ verdict, meets });
  });

  it('flags a version above the range as too new, keeping the too-old verdict', () => {
    expect(judge('3.13.1', '>=3.11 <3.13')).toEqual({ verdict: 'too-old', meets: false, tooNew: true });
    expect(judge('4.0', '^3.11')).toMatchObject({ tooNew: true });
    expect(judge('3.9', '>=3.11').tooNew).toBe(false);
  });

  it('falls back to the default requirement for an invalid range', () => {
    expect(effectiveRequirement('not a range')).toBe(DEFAULT_REQUIREMENT);
    expect(effectiveRequirement('')).toBe(DEFAULT_REQUIREMENT);
    expect(effectiveRequirement('>=3.12')).toBe('>=3.12');
    expect(analyzePaste('Python 3.11.1', { requirement: '???' })).toMatchObject({ verdict: 'ok', requirement: DEFAULT_REQUIREMENT });
  });

  it('reports the requirement judged against', () => {
    expect(analyzePaste('Python 3.12.1', { requirement: '^3.11' }).requirement).toBe('^3.11');
  });
});

describe('version tokens and commands', () => {
  it('parses the shapes pastes use', () => {
    expect(parseVersion('3.13.0rc1')).toMatchObject({ major: 3, minor: 13, patch: 0, pre: { tag: 'rc', num: 1 } });
    expect(parseVersion('3.12')).toMatchObject({ major: 3, minor: 12, patch: null, pre: null });
    expect(parseVersion('3.0c1')?.pre).toEqual({ tag: 'rc', num: 1 });
    expect(parseVersion('v20.11.0')).toBeNull();
    expect(parseVersion('3')).toBeNull();
  });
  it('orders pre-releases before the final release', () => {
    const v = (s: string) => parseVersion(s)!;
    expect(compareVersions(v('3.13.0rc1'), v('3.13.0'))).toBeLessThan(0);
    expect(compareVersions(v('3.13.0b3'), v('3.13.0rc1'))).toBeLessThan(0);
    expect(compareVersions(v('3.12'), v('3.12.0'))).toBe(0);
    expect(compareVersions(v('3.9.18'), v('3.10.0'))).toBeLessThan(0);
  });
  it('extracts the python invocation from a typed command', () => {
    expect(pythonInvocation('python3 --version')).toBe('python3');
    expect(pythonInvocation('python3.11 -V')).toBe('python3.11');
    expect(pythonInvocation('py -3.12 --version')).toBe('py -3.12');
    expect(pythonInvocation('py -V:3.13 --version')).toBe('py -V:3.13');
    expect(pythonInvocation('python.exe -VV')).toBe('python.exe');
    expect(pythonInvocation('/opt/homebrew/bin/python3 --version')).toBe('/opt/homebrew/bin/python3');
    expect(pythonInvocation('node -v')).toBeNull();
    expect(pythonInvocation('pyenv version')).toBeNull();
  });
  it('knows which commands are Pythons', () => {
    for (const c of ['python', 'python3', 'python3.12', 'py', 'PY.EXE', '/usr/bin/python3', 'python3.13t']) expect(isPythonCommand(c)).toBe(true);
    for (const c of ['node', 'pip', 'pyenv', 'pythonista', 'git']) expect(isPythonCommand(c)).toBe(false);
  });
});
