import { describe, expect, it } from 'vitest';
import { looksLikePython } from '../../src/ocr/looks-like.js';
import { repairTerminalText, REPAIRS } from '../../src/ocr/repair.js';
import { judge } from './corpus.js';

/** [as OCR read it, as repaired]: the confusions issue 12 names, each in the context it needs. */
const FIXED: [string, string][] = [
  // Version numbers after "Python": O→0, l/I/|→1, S→5, B→8, comma or middle dot for the dot.
  ['Python 3.1O.4', 'Python 3.10.4'],
  ['Python 3.1l.4', 'Python 3.11.4'],
  ['Python 3.I2.1', 'Python 3.12.1'],
  ['Python 3.|3.0', 'Python 3.13.0'],
  ['Python 3.9.l3', 'Python 3.9.13'],
  ['Python 3.S', 'Python 3.5'],
  ['Python 3.B.10', 'Python 3.8.10'],
  ['Python 3,12,4', 'Python 3.12.4'],
  ['Python 3.12·4', 'Python 3.12.4'],
  ['Python 3.12.0rcl', 'Python 3.12.0rc1'],
  ['Python 3.13.0bI', 'Python 3.13.0b1'],
  // CPython pre-releases have one digit; a second is a stray stroke.
  ['Python 3.13.0rc11', 'Python 3.13.0rc1'],
  ['Python 3.13.0rc1l', 'Python 3.13.0rc1'],
  // The word Python itself, when a version follows it.
  ['Pyth0n 3.11.2', 'Python 3.11.2'],
  ['Pythen 3.11.2', 'Python 3.11.2'],
  ['Pvthon 3.12.7', 'Python 3.12.7'],
  // The command before a version flag.
  ['jane@mbp ~ % pythen --version', 'jane@mbp ~ % python --version'],
  ['jane@mbp ~ % pyth0n3 --version', 'jane@mbp ~ % python3 --version'],
  ['$ python3 —version', '$ python3 --version'],
  ['$ python3 -—version', '$ python3 --version'],
  ['$ python --versi0n', '$ python --version'],
  ['PS C:\\> Pythen -V', 'PS C:\\> Python -V'],
  ['$ python3.l2 --version', '$ python3.12 --version'],
  ['C:\\> py -3.l2 --version', 'C:\\> py -3.12 --version'],
  // py -0 list lines, pyenv's "set by", a system path's leading slash.
  [' -Vv:3.11          Python 3.11 (64-bit)', ' -V:3.11          Python 3.11 (64-bit)'],
  ['-v:3.11 *        Python 3.11 (64-bit)', '-V:3.11 *        Python 3.11 (64-bit)'],
  ['3.11.4 (set hy /Users/jane/.pyenv/version)', '3.11.4 (set by /Users/jane/.pyenv/version)'],
  ['3.1l.4 (set bv PYENV_VERSION)', '3.11.4 (set by PYENV_VERSION)'],
  ['-bash: fusr/bin/python: No such file or directory', '-bash: /usr/bin/python: No such file or directory'],
  ['$ lopt/homebrew/bin/python3 --version', '$ /opt/homebrew/bin/python3 --version'],
  // macOS read with digits.
  ['macOS 14 (mac05 Sonoma)', 'macOS 14 (macOS Sonoma)'],
  ['mac0S Ventura', 'macOS Ventura'],
  // The underscore OCR drops in sys.version_info.
  ['>>> sys.version info', '>>> sys.version_info'],
  ['sys.version _info(major=3, minor=10)', 'sys.version_info(major=3, minor=10)'],
  // cmd's quotes around the command name, read as other quote marks.
  ["\"python' is not recognized as an internal or external command,", "'python' is not recognized as an internal or external command,"],
  ['‘python’ is not recognized as an internal or external command,', "'python' is not recognized as an internal or external command,"],
  ["'python' 1s not recognized as an internal or external command,", "'python' is not recognized as an internal or external command,"],
  ['C:\\>python --version\npython’ is not recognized as an internal or external command,', "C:\\>python --version\n'python' is not recognized as an internal or external command,"],
];

/** Text that must come back exactly as read: the same letters outside a version or command context. */
const KEPT: string[] = [
  'Python 3.12.4',
  'Python Software Foundation',
  'Python is great',
  'Install package python3.11',
  'Installed Pythons found by py Launcher for Windows',
  'ls -l /usr/local/bin | grep SOS',
  'LISTEN 0.0.0.0:8080',
  'Build 5.3.0 BOOST',
  'error: Microsoft Visual C++ 14.0 or greater is required.',
  'The term \'python\' is not recognized as the name of a cmdlet',
  'jane@Janes-MacBook-Pro ~ % python3 --version',
  'Python 3.11.4 (main, Jul  5 2023, 08:54:11) [Clang 14.0.6 ] on darwin',
  'Python 3.12.0rc1',
  'OS: macOS 14.5',
  'Version 10.0.22631.3880',
  'Python 3.11.4.',
  'ls -l ~/projects/usr/bin',
  'self/usr/local',
  'flask 3.0.3 (set hy accident)',
  '-vvv: verbose',
  ' -V:3.12 *        Python 3.12 (64-bit)',
];

describe('repairTerminalText', () => {
  it.each(FIXED)('%j → %j', (read, repaired) => {
    expect(repairTerminalText(read)).toBe(repaired);
  });

  it.each(KEPT)('keeps %j as read', (text) => {
    expect(repairTerminalText(text)).toBe(text);
  });

  it('repairs inside a whole session and leaves the other lines alone', () => {
    const read = 'jane@mbp ~ % pyth0n3 —version\nPythen 3.1l.9\njane@mbp ~ % ls -l\ntotal 8 SOS';
    expect(repairTerminalText(read)).toBe('jane@mbp ~ % python3 --version\nPython 3.11.9\njane@mbp ~ % ls -l\ntotal 8 SOS');
  });

  it('is idempotent', () => {
    for (const [read] of FIXED) expect(repairTerminalText(repairTerminalText(read))).toBe(repairTerminalText(read));
  });

  it('changes what the paste judge says exactly where the misread broke it', () => {
    // The judge cannot read these as read; after repair it gives the verdict of the real text.
    expect(judge('Python 3.1l.4').verdict).not.toBe('ok');
    expect(judge(repairTerminalText('Python 3.1l.4'))).toEqual({ verdict: 'ok', version: '3.11.4' });
    expect(judge(repairTerminalText('Pyth0n 3.9.l3'))).toEqual({ verdict: 'too-old', version: '3.9.13' });
  });

  it('every table row is exercised by a case above', () => {
    const used = new Set<string>();
    for (const [read] of FIXED) for (const r of REPAIRS) if (new RegExp(r.pattern.source, r.pattern.flags).test(read)) used.add(r.name);
    expect([...used].sort()).toEqual(REPAIRS.map((r) => r.name).sort());
  });
});

describe('looksLikePython: whether a second OCR pass is needed', () => {
  it.each([
    'Python 3.12.4',
    'jane@mbp ~ % python3 --version\nPython 3.9.6',
    'zsh: command not found: python',
    "'python' is not recognized as an internal or external command,",
    '* 3.10.14',
    "'3.12.4 (main, Jun  6 2024, 18:26:44) [Clang 15.0.0]'",
    'python                    3.11.5               h955ad1f_0',
    ' -V:3.12 *        Python 3.12 (64-bit)',
  ])('yes: %j', (text) => {
    expect(looksLikePython(text)).toBe(true);
  });

  it.each(['', 'jane@mbp ~ % python3 --version\nPythan Shoah al', 'PROBLEMS OUTPUT DEBUG CONSOLE TERMINAL', 'Version 10.0.22631.3880 Microsoft Windows', 'hello'])(
    'no: %j',
    (text) => {
      expect(looksLikePython(text)).toBe(false);
    },
  );
});
