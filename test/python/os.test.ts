import { describe, expect, it } from 'vitest';
import { analyzePaste } from '../../src/python/analyze.js';
import type { KnownOs, Os } from '../../src/python/types.js';

const infer = (paste: string, os?: KnownOs) => analyzePaste(paste, { requirement: '>=3.11', ...(os ? { os } : {}) });

describe('OS inference', () => {
  const cases: [string, string, Os][] = [
    ['on darwin', 'Python 3.12.1 (main) [GCC 12] on darwin', 'macos'],
    ['on linux beats Clang', 'Python 3.12.4 (main, Jun 12 2024) [Clang 18.1.8 ] on linux', 'linux'],
    ['on win32 beats a /Users path', 'Python 3.12.4 [MSC v.1940 64 bit (AMD64)] on win32\n/Users/x', 'windows'],
    ['plain Clang leans macOS', 'Python 3.11.4 (main, Jul  5 2023, 08:54:11) [Clang 14.0.6 ]', 'macos'],
    ['GCC leans Linux', 'Python 3.11.4 (main) [GCC 11.2.0]', 'linux'],
    ['zsh error', 'zsh: command not found: python3', 'macos'],
    ['% prompt', '% python3 --version\nPython 3.12.0', 'macos'],
    ['/Users path', '3.11.4 (set by /Users/jane/.pyenv/version)', 'macos'],
    ['/opt/homebrew', '$ which python3\n/opt/homebrew/bin/python3', 'macos'],
    ['MacBook host', 'jane@Janes-MacBook-Air ~ % python3 -V', 'macos'],
    ['C:\\ prompt', 'C:\\Users\\x>python -V\nPython 3.12.4', 'windows'],
    ['PS prompt', 'PS C:\\> py --version\nPython 3.13.0', 'windows'],
    ['not recognized', "'python3' is not recognized as an internal or external command,", 'windows'],
    ['Store message', 'Python was not found; run without arguments to install from the Microsoft Store', 'windows'],
    ['py launcher', 'py -0\n -V:3.12 *  Python 3.12 (64-bit)', 'windows'],
    ['Ubuntu command not found', "Command 'python' not found, did you mean:", 'linux'],
    ['apt', '$ sudo apt install python3.11\n$ python3.11 --version\nPython 3.11.9', 'linux'],
    ['/home path', 'pip 24.0 from /home/sam/.local/lib/python3.12/site-packages/pip (python 3.12)', 'linux'],
    ['user@host:~$', 'sam@box:~$ python3 --version\nPython 3.12.3', 'linux'],
    ['git-bash /c/Users is not macOS', 'amir@PC MINGW64 /c/Users/amir\n$ python --version\nPython 3.12.1', 'windows'],
    ['bash error alone is unknown', 'bash: python: command not found', 'unknown'],
    ['bare version is unknown', 'Python 3.12.4', 'unknown'],
    ['fish is unknown', 'fish: Unknown command: python', 'unknown'],
    ['empty is unknown', '', 'unknown'],
  ];
  it.each(cases)('%s', (_name, paste, os) => {
    const a = infer(paste);
    expect(a.os).toBe(os);
    expect(a.osSource).toBe(os === 'unknown' ? 'unknown' : 'inferred');
  });

  it('the caller’s os wins over strong evidence', () => {
    const a = infer('Python 3.12.1 (main) [Clang 15] on darwin', 'linux');
    expect(a.os).toBe('linux');
    expect(a.osSource).toBe('given');
  });

  it('a given os is kept for unrecognized and empty pastes', () => {
    expect(infer('', 'windows')).toMatchObject({ os: 'windows', osSource: 'given', verdict: 'unrecognized' });
  });

  it('an invalid os option is ignored, not trusted', () => {
    const a = analyzePaste('zsh: command not found: python', { requirement: '>=3.11', os: 'beos' as KnownOs });
    expect(a).toMatchObject({ os: 'macos', osSource: 'inferred' });
  });
});
