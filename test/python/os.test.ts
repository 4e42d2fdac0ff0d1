import { describe, expect, it } from 'vitest';
import { analyzePaste } from '../../src/python/analyze.js';
import { mistypedOses, oneEditApart } from '../../src/python/os.js';
import type { KnownOs, Os } from '../../src/python/types.js';

const infer = (paste: string, os?: KnownOs) => analyzePaste(paste, { requirement: '>=3.11', ...(os ? { os } : {}) });

describe('OS inference', () => {
  const cases: [string, string, Os][] = [
    // Only the REPL banner prints the platform after the compiler tag; -VV prints the tag alone.
    ['REPL banner on darwin', 'Python 3.12.1 (main) [GCC 12] on darwin', 'macos'],
    ['REPL banner on linux beats Clang', 'Python 3.12.4 (main, Jun 12 2024) [Clang 18.1.8 ] on linux', 'linux'],
    ['REPL banner on win32 beats a /Users path', 'Python 3.12.4 [MSC v.1940 64 bit (AMD64)] on win32\n/Users/x', 'windows'],
    ['-VV MSC tag', 'Python 3.12.4 (tags/v3.12.4:8e8a4ba, Jun  6 2024, 19:30:16) [MSC v.1940 64 bit (AMD64)]', 'windows'],
    ['-VV Apple clang tag', 'Python 3.9.6 (default, Aug  9 2024, 14:24:13) [Clang 16.0.0 (clang-1600.0.26.3)]', 'macos'],
    ['"on linux" in prose is not the banner', 'Python 3.12.4 (main) [Clang 15.0.0 (clang-1500.3.9.4)]\nsame result on linux', 'macos'],
    ['Windows named with its version', '$ python --version\nPython 3.12.4\n(this is on Windows 11)', 'windows'],
    ['Windows named alone', 'in a windows terminal python -V gives nothing', 'windows'],
    ['macOS release name', '$ python3 --version\nPython 3.8.2\non Big Sur', 'macos'],
    ['Mac OS spelled with a space', 'Mac OS 15.1, python3 --version prints Python 3.9.6', 'macos'],
    ['Apple silicon chip', 'M2 Pro, 16 GB\n$ python3 -V\nPython 3.9.6', 'macos'],
    ['"my mac"', 'on my mac python3 -V prints Python 3.9.6', 'macos'],
    ['WSL beats the Windows it runs on', 'WSL2 on Windows 11:\n$ python3 --version\nPython 3.10.12', 'linux'],
    ['Linux distribution named', 'Linux Mint 21.3 here\n$ python3 -V\nPython 3.10.12', 'linux'],
    ['cmd named', 'in cmd: python --version\nPython 3.12.0', 'windows'],
    ['Package Manager Console prompt', 'PM> python --version\nPython 3.11.2', 'windows'],
    ['OS field of an issue template beats a mention', '### OS\n\nUbuntu 24.04\n\n### Notes\nsame on my MacBook with macOS Sonoma', 'linux'],
    ['OS field with a colon', '- OS: macOS 14.6\n- Shell: bash on Ubuntu box over ssh', 'macos'],
    ['lower-case arm64 is not Windows', '$ uname -m\narm64', 'unknown'],
    ['OSX without a space', 'Running OSX 10.15\n$ python3 -V\nPython 3.8.2', 'macos'],
    ['a macOS installer package', 'installed it from python-3.12.4-macos11.pkg', 'macos'],
    ['Win10', 'Win10 x64, python -V says Python 3.8.10', 'windows'],
    ['PowerShell $env:', '> $env:Path -split ";"\n> python -V', 'windows'],
    ['Program Files in a Git Bash path', '"/c/Program Files/Python312/python" --version', 'windows'],
    ['Chromebook', 'on my Chromebook (Linux dev environment)', 'linux'],
    ['a WSL mount path', 'sam@LAPTOP:/mnt/d/work$ python3 -V', 'linux'],
    ['sw_vers', '$ sw_vers\nProductVersion:\t14.5', 'macos'],
    ['a drive path with forward slashes', 'c:/Users/x/venv/Scripts/python -V', 'windows'],
    ['a ~/Library path', 'ls ~/Library/Python/3.9/bin', 'macos'],
    ['a .deb package', 'installed python3.12_3.12.3-1_amd64.deb by hand', 'linux'],
    ['ArchLinux written as one word', 'ArchLinux box, python3 -V gives 3.12.6', 'linux'],
    ['Arch alone, capitalised', 'I run Arch with a tiling WM', 'linux'],
    ['an Arch: field is the CPU, not the distribution', 'Arch: arm64\nOS: unknown', 'unknown'],
    ['lower-case arch is a word, not the distribution', 'which arch is this build for?', 'unknown'],
    ['pacman -Syu', 'after sudo pacman -Syu the venv broke', 'linux'],
    ['pacman named alone', 'pacman gave me version 3.3.2', 'linux'],
    ['Red Hat written as one word', 'i am using redhat 5.4 with python 2.7', 'linux'],
    ["dash's not-found outweighs a quoted sentence about Windows", 'On ubuntu:14.04 docker\n/bin/sh: 1: python: not found\nthe docs say the shell form runs cmd /S /C on Windows', 'linux'],
    ['Raspbian misspelt without its b', 'Raspian OS comes with python 3.9 out the box.', 'linux'],
    ["pip debug's platform line", 'sys.version: 3.11.4 (main, Jul  2 2023, 11:17:16) [Clang 14.0.7]\nsys.platform: linux', 'linux'],
    ["pip debug's platform on a Mac", 'sys.platform: darwin', 'macos'],
    ['Manjaro in a prompt', '[kim@kim-manjaro ~]$ python -V', 'linux'],
    ["PowerShell's error record in another language", "In Zeile:1 Zeichen:1\n+ pyhton\n    + CategoryInfo          : ObjectNotFound: (pyhton:String) [], CommandNotFoundException\n    + FullyQualifiedErrorId : CommandNotFoundException", 'windows'],
    ['Ubuntu run into its version', 'Ubuntu22.04, python3 -V: Python 3.10.12', 'linux'],
    ['a distribution codename', 'python3/focal-updates 3.8.2-0ubuntu2 amd64', 'linux'],
    ['Google Colab', 'in Google Colab !python --version prints Python 3.10.12', 'linux'],
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
    // a mistyped OS name counts with its kind of release number after it, or as an OS field's answer
    ['a dropped letter before an Ubuntu release', 'I have Ubutu 22.04 installed\nMy Python version is 3.10.12', 'linux'],
    ['swapped letters before a Debian release', 'Debain 12, python3 -V: Python 3.11.2', 'linux'],
    ['a mistyped Windows with its version', 'Windwos 11\npython --version\nPython 3.12.1', 'windows'],
    ['a mistyped macOS with its version', 'mcaOS 14.5, python3 -V says Python 3.9.6', 'macos'],
    ['a mistyped Fedora glued to its release', 'Fedroa40: Python 3.12.4', 'linux'],
    ['a mistyped OS as the answer of an OS field', 'OS: Ubutu\nPython: 3.10', 'linux'],
    ['a mistyped name beside the real one of another OS', 'Windwos 11 VM, but this is on macOS 14', 'macos'],
    ['a mistyped name without a release number is not an OS', 'I have Ubutu installed, Python 3.10.12', 'unknown'],
    ['a mistyped name with the wrong kind of number is not an OS', 'Windos 2 runs python 3.12', 'unknown'],
    ['an Ubuntu typo with a month Ubuntu never releases in', 'ubunto 22.05 python 3.10', 'unknown'],
    ['"window" with a number is the English word', 'the window 10 pixels wide shows Python 3.12', 'unknown'],
    ['"fedoras" with a number is the English word', 'we sold fedoras 30 times, python 3.12', 'unknown'],
    ['"macros" with a number is the English word', 'my macros 14 run on python 3.12', 'unknown'],
    ['"cents" with a number is the English word', '50 cents 7 times, python 3.12', 'unknown'],
    ['a typo with another first letter is not an OS', 'Gedora 40 python 3.12', 'unknown'],
    ['two edits away is not an OS', 'Ubtnu 22.04 python 3.10', 'unknown'],
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

describe('mistyped OS names', () => {
  it('knows one edit from none and from two', () => {
    expect(oneEditApart('ubutu', 'ubuntu')).toBe(true); // dropped
    expect(oneEditApart('ubunntu', 'ubuntu')).toBe(true); // added
    expect(oneEditApart('fedara', 'fedora')).toBe(true); // changed
    expect(oneEditApart('debain', 'debian')).toBe(true); // swapped
    expect(oneEditApart('debian', 'debian')).toBe(false);
    expect(oneEditApart('dbeain', 'debian')).toBe(false);
    expect(oneEditApart('ubtnu', 'ubuntu')).toBe(false);
    expect(oneEditApart('fedoras', 'fedora')).toBe(true); // an English word: NOT_OS_TYPOS keeps it out
  });
  it('reads a mistyped name only before its release number, or first in an OS field', () => {
    expect(mistypedOses('Hi, I have Ubutu 22.04 installed')).toEqual(['linux']);
    expect(mistypedOses('Hi, I have Ubutu installed')).toEqual([]);
    expect(mistypedOses('Ubutu', true)).toEqual(['linux']);
    expect(mistypedOses('my Ubutu box', true)).toEqual([]);
    expect(mistypedOses('Windos XP and Debain 9')).toEqual(['windows', 'linux']);
    expect(mistypedOses('Windows 11')).toEqual([]); // spelled right: the OS signals read it
    expect(mistypedOses('window 10, fedoras 30, cents 7, macros 14')).toEqual([]);
  });
});
