import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePaste } from '../../src/python/analyze.js';
import { cleanPaste, MAX_LINE, MAX_LINES } from '../../src/python/clean.js';
import { osButtons } from '../../commands/python-check/choose-os.js';
import { composePythonReply } from '../../commands/python-check/reply.js';
import { OSES, VERSIONS_OK, VERDICTS, type PasteAnalysis } from './helpers.js';

function assertValid(a: PasteAnalysis): void {
  expect(VERDICTS).toContain(a.verdict);
  expect([...OSES, 'unknown']).toContain(a.os);
  expect(typeof a.meets).toBe('boolean');
  expect(Array.isArray(a.missingCommands)).toBe(true);
  if (a.verdict === 'ok') expect(a.meets).toBe(true);
  if (a.verdict !== 'ok' && a.verdict !== 'prerelease') expect(a.meets).toBe(false);
  if (a.version !== null) expect(a.version).toMatch(VERSIONS_OK);
}

const judge = (paste: string) => analyzePaste(paste, { requirement: '>=3.11' });

/** Fragments real pastes are made of, to build adversarial mixtures from. */
const FRAGMENTS = [
  'Python ', '3.', '12', '.4', 'rc1', '+', ' (main, ', '[Clang ', '] on ', 'darwin', 'win32', 'linux', '\n', ' ', '\t',
  '```', '>', '> ', '>>> ', '$ ', '% ', '~ % ', 'PS C:\\> ', 'C:\\Users\\x>', 'user@host:~$ ', "'", '"', '`', '\u001b[0m', '\u001b]0;',
  'zsh: command not found: ', 'python', 'python3', 'py', ' -0', ' --version', ' -V:3.12 *', 'bash: ', ': command not found',
  "'python' is not recognized as an internal or external command", "The term 'python' is not recognized as the name of a cmdlet",
  'Python was not found; run without arguments to install from the Microsoft Store', "Command 'python' not found",
  'pip 23.2.1 from /x (python 3.9)', '(set by /Users/x/.pyenv/version)', '\r', '\u200b', '\ud800', '\udfff', '\u0000', '*', '(', ')',
  // the shapes of real reports: sentences, template fields and hints, told errors
  "I'm using python ", ' returns ', ' says ', ' but ', ', ', 'Python version: ', '### Python version\n', 'OS: ', '- ', '.x',
  '.final.0', '[e.g. ', ']', "/usr/bin/env: 'python': No such file or directory", ' is not recognized', 'Windows 11', 'WSL',
  'macOS 14.6', '\uff1a', 'PM> ', '~> ', 'Python Launcher for Windows Version ', 'should I install ', ' or newer', '+',
];

describe('analyzePaste never throws and always returns a valid verdict', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => assertValid(judge(s))),
      { numRuns: 500 },
    );
  });

  it('on any unicode / full code-unit string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1000 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 500 }), (a, b) => {
        assertValid(judge(a + b));
      }),
      { numRuns: 300 },
    );
  });

  it('on mixtures of paste fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 200 }), (parts) => assertValid(judge(parts.join('')))),
      { numRuns: 1000 },
    );
  });

  it('with any requirement string and os option', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.string({ maxLength: 200 }), fc.constantFrom(undefined, ...OSES), (req, paste, os) => {
        const a = analyzePaste(`Python 3.12.1\n${paste}`, { requirement: req, ...(os ? { os } : {}) });
        assertValid(a);
        if (os) expect(a.os).toBe(os);
      }),
      { numRuns: 300 },
    );
  });

  it('a version line after arbitrary noise lines is still found', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }).filter((s) => !/python|\d/i.test(s)), { maxLength: 20 }), (noise) => {
        const a = judge([...noise, 'Python 3.12.4'].join('\n'));
        expect(a.verdict).toBe('ok');
        expect(a.version).toBe('3.12.4');
      }),
      { numRuns: 200 },
    );
  });

  it('reply composition never throws either', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), fc.constantFrom(undefined, ...OSES), (parts, os) => {
        const paste = parts.join('');
        const a = analyzePaste(paste, { requirement: '>=3.11', ...(os ? { os } : {}) });
        const reply = composePythonReply(a, () => undefined, osButtons(paste));
        expect(reply.kind).toBe('python');
        expect(reply.title?.length ?? 0).toBeLessThanOrEqual(256);
      }),
      { numRuns: 300 },
    );
  });
});

describe('adversarial inputs complete with a valid verdict', () => {
  const cases: [string, string][] = [
    ['100 KB of "Python 3."', 'Python 3.'.repeat(12_000)],
    ['100 KB of quotes', "'".repeat(100_000)],
    ['a*100000 + !', `${'a'.repeat(100_000)}!`],
    ['nested fences', `${'```\n'.repeat(5_000)}Python 3.12.4\n${'```\n'.repeat(5_000)}`],
    ['fence-in-fence inline', '`'.repeat(50_000)],
    ['quote markers', '> '.repeat(50_000)],
    ['many prompts', 'PS C:\\> '.repeat(12_000)],
    ['long cmd prompt', `C:\\${'a\\'.repeat(40_000)}`],
    ['user@host soup', '@:'.repeat(50_000)],
    ['percent soup', '~ % '.repeat(25_000)],
    ['ANSI soup', '\u001b['.repeat(50_000)],
    ['OSC without terminator', `\u001b]${'x'.repeat(100_000)}`],
    ['not-found spam', 'zsh: command not found: python\n'.repeat(40_000)],
    ['version spam', 'Python 3.12.4\n'.repeat(20_000)],
    ['digits and dots', '3.'.repeat(50_000)],
    ['lone surrogates', '\ud800'.repeat(50_000)],
    ['NUL bytes', '\u0000'.repeat(100_000)],
    ['1 MB', 'x'.repeat(1_000_000)],
    ['many short lines', 'a\n'.repeat(200_000)],
    ['python and spaces', `python${' '.repeat(100_000)}3.12`],
    ['says spam', 'says '.repeat(20_000)],
    ['py -0 spam', ' -V:3.12 *\n'.repeat(20_000)],
    ['told-version lines', 'python3 -V prints 3.9.6\n'.repeat(4_200)],
    ['told-error spam', 'python3 gives command not found '.repeat(3_200)],
    ['template fields', 'Python version: 3.12.1\n### Python version\nOS: Windows 11 WSL macOS\n'.repeat(1_700)],
    ['template hints', '[e.g. '.repeat(17_000)],
    ['clause spam', ', and but '.repeat(10_000)],
    ['mentions', "I'm using python 3.12 but python 3.11 or newer, ".repeat(2_100)],
  ];
  it.each(cases)('%s', (_name, paste) => {
    assertValid(judge(paste));
  });

  it('cleaning is bounded in lines and line length', () => {
    const lines = cleanPaste(`${'y'.repeat(5_000)}\n`.repeat(20));
    expect(lines.every((l) => l.length <= MAX_LINE)).toBe(true);
    expect(cleanPaste('z\n'.repeat(50_000)).length).toBeLessThanOrEqual(MAX_LINES);
  });
});
