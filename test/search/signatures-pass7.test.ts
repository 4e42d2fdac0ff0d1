/**
 * The seventh signature pass: error output from apt and the deadsnakes PPA, pyenv's build
 * warnings, Homebrew's formula names and links, pip on Windows' path limit, a full disk and
 * Hugging Face's login, each written here the way the tool prints it (wording
 * checked in the tool's source, see the commit messages) and pasted the way students paste it.
 * Each must be answered confidently by the section that declares it; the look-alikes below are
 * other failures in nearly the same words and must be left to the ranking.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../src/search/index.js';
import { firstAnswer, fullIndex, signatureAnswer } from '../helpers/knowledge.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await fullIndex();
});

const answer = (q: string) => firstAnswer(index, q);

const DEADSNAKES = 'Install Python 3.12 or 3.11 on Ubuntu with the deadsnakes PPA';
const PYENV_BUILD = 'pyenv install fails to build Python';
const BREW_PYTHON = 'Install Python 3.12 on macOS with Homebrew';
const WINDOWS_INSTALLER = 'Install Python on Windows with the python.org installer';
const DISK = 'Disk space and memory needed for InstructLab';
const HF = 'ilab model download asks for a Hugging Face token';

describe('seventh-pass error pastes reach the section that answers them', () => {
  it.each([
    // add-apt-repository missing on a minimal Ubuntu, through sudo and through Ubuntu's hint.
    ['ana@ubuntu:~$ sudo add-apt-repository ppa:deadsnakes/ppa\nsudo: add-apt-repository: command not found', DEADSNAKES],
    ["ana@ubuntu:~$ add-apt-repository ppa:deadsnakes/ppa\nCommand 'add-apt-repository' not found, but can be installed with:\nsudo apt install software-properties-common\nshould I do that?", DEADSNAKES],
    // apt busy with another apt (unattended upgrades on a fresh Ubuntu), in each lock's words.
    [
      'ana@ubuntu:~$ sudo apt install python3.12 python3.12-venv\nE: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 2417 (unattended-upgr)\nN: Be aware that removing the lock file is not a solution and may break your system.\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?',
      DEADSNAKES,
    ],
    ['Waiting for cache lock: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 3051 (unattended-upgr)... 42s\nit has been stuck on this for ages', DEADSNAKES],
    ['E: Could not get lock /var/lib/dpkg/lock. It is held by process 3051 (apt)\nN: Be aware that removing the lock file is not a solution and may break your system.', DEADSNAKES],
    [
      'ana@ubuntu:~$ sudo apt update\nReading package lists... Done\nE: Could not get lock /var/lib/apt/lists/lock. It is held by process 1893 (apt-get)\nN: Be aware that removing the lock file is not a solution and may break your system.\nE: Unable to lock directory /var/lib/apt/lists/',
      DEADSNAKES,
    ],
    // pyenv's builds without a library: warnings at install, the import failing later.
    [
      '~ % pyenv install 3.12.7\nDownloading Python-3.12.7.tar.xz...\n-> https://www.python.org/ftp/python/3.12.7/Python-3.12.7.tar.xz\nInstalling Python-3.12.7...\nWARNING: The Python sqlite3 extension was not compiled. Missing the SQLite3 lib?\nInstalled Python-3.12.7 to /home/ana/.pyenv/versions/3.12.7\nis that warning a problem?',
      PYENV_BUILD,
    ],
    ['Installing Python-3.12.7...\nWARNING: The Python bz2 extension was not compiled. Missing the bzip2 lib?\nWARNING: The Python readline extension was not compiled. Missing the GNU readline lib?', PYENV_BUILD],
    [
      'Installing Python-3.11.10...\nERROR: The Python ssl extension was not compiled. Missing the OpenSSL lib?\n\nPlease consult to the Wiki page to fix the problem.\nhttps://github.com/pyenv/pyenv/wiki/Common-build-problems',
      PYENV_BUILD,
    ],
    [
      '(.venv) $ open-webui serve\nTraceback (most recent call last):\n  File "/home/ana/.pyenv/versions/3.12.7/lib/python3.12/sqlite3/__init__.py", line 57, in <module>\n    from sqlite3.dbapi2 import *\n  File "/home/ana/.pyenv/versions/3.12.7/lib/python3.12/sqlite3/dbapi2.py", line 27, in <module>\n    from _sqlite3 import *\nModuleNotFoundError: No module named \'_sqlite3\'',
      PYENV_BUILD,
    ],
    // The versioned command name typed as a formula name.
    ['% brew install python3.12\nWarning: No available formula with the name "python3.12". Did you mean python@3.12?', BREW_PYTHON],
    ['brew install python3.11\nError: No available formula with the name "python3.11".\n==> Searching for similarly named formulae and casks...', BREW_PYTHON],
    // Homebrew's link step blocked by python.org's links on an Intel Mac.
    [
      "==> Pouring python@3.12--3.12.8.sonoma.bottle.tar.gz\nError: The `brew link` step did not complete successfully\nThe formula built, but is not symlinked into /usr/local\nCould not symlink bin/2to3-3.12\nTarget /usr/local/bin/2to3-3.12\nalready exists. You may want to remove it:\n  rm '/usr/local/bin/2to3-3.12'\n\nTo force the link and overwrite all conflicting files:\n  brew link --overwrite python@3.12",
      BREW_PYTHON,
    ],
    ['Could not symlink bin/2to3-3.11\nTarget /usr/local/bin/2to3-3.11\nalready exists.', BREW_PYTHON],
    // pip on Windows past the 260-character path limit.
    [
      "PS C:\\Users\\ana> pip install open-webui\nERROR: Could not install packages due to an OSError: [Errno 2] No such file or directory: 'C:\\\\Users\\\\ana\\\\AppData\\\\Local\\\\Packages\\\\PythonSoftwareFoundation.Python.3.12_qbz5n2kfra8p0\\\\LocalCache\\\\local-packages\\\\Python312\\\\site-packages\\\\open_webui\\\\static\\\\pyodide\\\\fonts\\\\a-very-long-file-name.woff2'\nHINT: This error might have occurred since this system does not have Windows Long Path support enabled. You can find information on how to enable this at https://pip.pypa.io/warnings/enable-long-paths",
      WINDOWS_INSTALLER,
    ],
    // A full disk, from pip.
    ['(.venv) $ pip install instructlab\n...\nERROR: Could not install packages due to an OSError: [Errno 28] No space left on device', DISK],
    // A pasted token Hugging Face rejects.
    ['(.venv) $ hf auth login\nEnter your token (input will not be visible):\nhuggingface_hub.errors.HfHubHTTPError: Invalid user token.', HF],
  ])('%s', (paste, heading) => {
    expect(answer(paste)).toEqual(signatureAnswer(heading));
  });
});

describe('seventh-pass look-alikes are left to the ranking', () => {
  it.each([
    // Another command missing is not add-apt-repository.
    'sudo: apt-add-repo: command not found',
    // Open WebUI's own database error names sqlite3 but is no missing module.
    'sqlite3.OperationalError: no such table: config',
    // A pip package tried as a formula is not the @ in python@3.12.
    '% brew install instructlab\nWarning: No available formula with the name "instructlab".',
    // The Ollama app's own link in the way is not Python's.
    'Could not symlink bin/ollama\nTarget /usr/local/bin/ollama\nalready exists.',
    // One name longer than 255 characters fails with long paths enabled too.
    'HINT: This error might be caused by a file or folder name exceeding 255 characters, which is a Windows limitation even if long paths are enabled.',
    // ENOSPC from file watchers is a limit on watchers, not a full disk.
    "Error: ENOSPC: System limit for number of file watchers reached, watch '/home/ana/workshop'",
    // Without Python's errno the words come from any program, here another project's script.
    'when I run download.sh it says "no space left on device", how much space does it need?',
  ])('%s', (paste) => {
    expect(answer(paste).reason).not.toBe('error-signature');
  });
});
