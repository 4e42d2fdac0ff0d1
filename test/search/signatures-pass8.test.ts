/**
 * The eighth signature pass: PowerShell's wording for a venv that is not there, pip's --user inside
 * a venv and its network failures, Ollama's damaged download, Hugging Face's rate limit and refused
 * tokens, Homebrew's installer without an administrator, Apple's developer-tool stubs, VS Code's
 * shell command on a Mac and Debian 13's missing add-apt-repository, each written here
 * the way the tool prints it (wording checked in the tool's source, see the commit messages) and
 * pasted the way students paste it. Each must be answered confidently by the section that declares
 * it; the look-alikes below are other failures in nearly the same words and must be left to the
 * ranking.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../src/search/index.js';
import { firstAnswer, fullIndex, signatureAnswer } from '../helpers/knowledge.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await fullIndex();
});

const answer = (q: string) => firstAnswer(index, q);

const SHELLS = 'PowerShell or Command Prompt: commands that differ';
const VENV = 'Create a virtual environment with venv';
const HF = 'ilab model download asks for a Hugging Face token';
const BREW_PYTHON = 'Install Python 3.12 on macOS with Homebrew';
const CLT = 'xcrun: error: invalid active developer path: reinstall the Command Line Tools';
const NETWORK = 'Corporate laptop: proxy and blocked downloads for pip, Ollama and Hugging Face';
const CODE_MAC = 'Add the code command to PATH on a Mac';
const NO_PACKAGE = 'No python3.11 or python3.12 package: Debian 13, Ubuntu 26.04 and other distributions';
const PULL = 'Pull the Granite lab model with Ollama before the workshop';

describe('eighth-pass error pastes reach the section that answers them', () => {
  it.each([
    // PowerShell reads `.venv\Scripts\activate` as a command from a module named .venv when the folder is not there.
    [
      "PS C:\\Users\\ana\\workshop> .venv\\Scripts\\activate\n.venv\\Scripts\\activate : The module '.venv' could not be loaded. For more information, run 'Import-Module .venv'.\nAt line:1 char:1\n+ .venv\\Scripts\\activate\n+ ~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : ObjectNotFound: (.venv\\Scripts\\activate:String) [], CommandNotFoundException\n    + FullyQualifiedErrorId : CouldNotAutoLoadModule",
      SHELLS,
    ],
    // The console wraps the line, and a venv named venv gives its own name.
    ["venv\\Scripts\\activate : The module 'venv' could not be loaded. For more information, run\n'Import-Module venv'.\nwhat am I doing wrong?", SHELLS],
    // Retyped from a screenshot, quotes and line breaks garbled.
    ['why cant the venv load\nvenv\\Scripts\\activate.bat : The module \'venv\' could not\nbe loaded. For more information, run "Import-Module\nvenv\'', SHELLS],
    // --user typed inside an active venv.
    ["(.venv) ana@mac workshop % pip install --user open-webui\nERROR: Can not perform a '--user' install. User site-packages are not visible in this virtualenv.", VENV],
    // Ollama's check of a downloaded layer against its sha256.
    [
      "% ollama pull granite3.1-dense:8b\npulling manifest\npulling 8f7b2c1d4e5a... 100% \u2595\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u2588\u258f 5.0 GB\nverifying sha256 digest\nError: digest mismatch, file must be downloaded again: want sha256:8f7b2c1d4e5a, got sha256:e3b0c44298fc",
      PULL,
    ],
    ['PS C:\\Users\\ana> ollama run granite3.1-dense:8b\nError: digest mismatch, file must be downloaded again: want sha256:1a64, got sha256:5eef', PULL],
    // Hugging Face's rate limit, as requests (older huggingface_hub) and as httpx (1.x) word it.
    [
      "(.venv) $ ilab model download\nDownloading model from Hugging Face: instructlab/granite-7b-lab-GGUF@main to /home/ana/.cache/instructlab/models...\nhuggingface_hub.errors.HfHubHTTPError: 429 Client Error: Too Many Requests for url: https://huggingface.co/api/models/instructlab/granite-7b-lab-GGUF/revision/main",
      HF,
    ],
    ['HfHubHTTPError: 429 Too Many Requests for url: https://huggingface.co/api/models/instructlab/merlinite-7b-lab-GGUF.\nRetry after 55 seconds (0/500 requests remaining in current 300s window).', HF],
    // Homebrew's installer on a standard account, or after three mistyped passwords.
    [
      'ana@MacBook-Air ~ % /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"\n==> Checking for `sudo` access (which may request your password)...\nPassword:\nSorry, try again.\nPassword:\nSorry, try again.\nPassword:\nsudo: 3 incorrect password attempts\nNeed sudo access on macOS (e.g. the user ana needs to be an Administrator)!',
      BREW_PYTHON,
    ],
    ['==> Checking for `sudo` access (which may request your password)...\nSorry, user ana may not run sudo on MacBook-Pro.\nNeed sudo access on macOS (e.g. the user ana needs to be an Administrator)!\nits a school laptop', BREW_PYTHON],
    // Older huggingface-cli login checking a rejected or garbled token against whoami-v2.
    [
      "(.venv) PS C:\\Users\\ana\\instructlab> huggingface-cli login\nEnter your token (input will not be visible):\nAdd token as git credential? (Y/n) n\nTraceback (most recent call last):\n  File \"C:\\Users\\ana\\instructlab\\.venv\\Lib\\site-packages\\huggingface_hub\\utils\\_http.py\", line 406, in hf_raise_for_status\n    response.raise_for_status()\nrequests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://huggingface.co/api/whoami-v2",
      HF,
    ],
    ['huggingface_hub.utils._errors.HfHubHTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/whoami-v2 (Request ID: Root=1-65b3bba1-06df10c1)\n\nInvalid username or password.', HF],
    // Apple's stubs for python3, git and make on a Mac without the Command Line Tools, in both macOS wordings.
    ['ana@MacBook-Air ~ % python3 --version\nxcode-select: note: No developer tools were found, requesting install.\nIf developer tools are located at a non-default location on disk, use `sudo xcode-select --switch path/to/Xcode.app` to specify the Xcode that you wish to use for command line developer tools, and cancel the installation dialog.', CLT],
    ["% git --version\nxcode-select: note: no developer tools were found at '/Applications/Xcode.app', requesting install. Choose an option in the dialog to download the command line developer tools.", CLT],
    // pip retrying while the name of PyPI cannot be looked up, in each system's resolver words.
    [
      "(.venv) PS C:\\Users\\ana\\workshop> pip install open-webui\nWARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x0000016A4D41CD60>: Failed to establish a new connection: [Errno 11001] getaddrinfo failed')': /simple/open-webui/",
      NETWORK,
    ],
    ["WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f35053cfb00>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/instructlab/\nERROR: Could not find a version that satisfies the requirement instructlab (from versions: none)", NETWORK],
    ["Failed to establish a new connection: [Errno -2] Name or service not known')': /simple/pip/", NETWORK],
    ["(.venv) ana@mac workshop % pip install open-webui\nWARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x104f2a0d0>: Failed to establish a new connection: [Errno 8] nodename nor servname provided, or not known')': /simple/open-webui/", NETWORK],
    // Other Windows resolver codes, and offline pip naming open-webui too: the network error is the longer signature.
    ["WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x000001EA9B810820>: Failed to establish a new connection: [Errno 11004] getaddrinfo failed')': /simple/open-webui/", NETWORK],
    [
      "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x0000016A4D41CD60>: Failed to establish a new connection: [Errno 11001] getaddrinfo failed')': /simple/open-webui/\nERROR: Could not find a version that satisfies the requirement open-webui (from versions: none)\nERROR: No matching distribution found for open-webui",
      NETWORK,
    ],
    // VS Code's Shell Command when the administrator prompt is cancelled or refused.
    ["I ran Shell Command: Install 'code' command in PATH and it popped up: Unable to install the shell command '/usr/local/bin/code'.", CODE_MAC],
    ["vscode on my macbook says Unable to install the shell command '/usr/local/bin/code'. then code . still says zsh: command not found: code", CODE_MAC],
    // Debian 13 following the Ubuntu PPA steps: the package that brings add-apt-repository is gone.
    [
      "ana@debian:~$ sudo apt install software-properties-common\nReading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\nE: Unable to locate package software-properties-common",
      NO_PACKAGE,
    ],
  ])('%s', (paste, heading) => {
    expect(answer(paste)).toEqual(signatureAnswer(heading));
  });
});

describe('eighth-pass look-alikes are left to the ranking', () => {
  it.each([
    // Another module PowerShell cannot load is no missing venv.
    "Import-Module : The specified module 'PSReadLine' was not loaded because no valid module file was found in any module directory.",
    "The module 'Az' could not be loaded. For more information, run 'Import-Module Az'.",
    // conda's own site-packages message is no pip fallback.
    'EnvironmentNotWritableError: The current user does not have write permissions to the target environment.',
    // pip's fallback to the user folder is a notice that comes with other errors: the ranking reads those.
    'pip3 install open-webui\nDefaulting to user installation because normal site-packages is not writeable\nERROR: Ignored the following versions that require a different python version: 0.1.124 Requires-Python <3.12.0a1,>=3.11',
    // pip's hash check of a requirements file is another tool's mismatch.
    'ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes.',
    // Another site's rate limit is not Hugging Face's.
    'requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.github.com/repos/instructlab/taxonomy',
    // Linux's sudo refusal is not Homebrew's installer on a Mac.
    'ana is not in the sudoers file.  This incident will be reported.',
    // A 401 from another service's API is not a Hugging Face token.
    'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.openai.com/v1/models',
    // Xcode itself missing for xcodebuild is another message, about a full Xcode.
    "xcode-select: error: tool 'xcodebuild' requires Xcode, but active developer directory '/Library/Developer/CommandLineTools' is a command line tools instance",
    // apt's own resolver failure names no Python errno.
    "Err:1 http://archive.ubuntu.com/ubuntu noble InRelease\n  Temporary failure resolving 'archive.ubuntu.com'",
    // A refused connection is a server that is not running, not a name lookup.
    "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPConnection object at 0x7f0>: Failed to establish a new connection: [Errno 111] Connection refused')': /simple/pip/\nthe install failed",
    // VS Code failing to install an extension is not its shell command.
    "Unable to install extension 'ms-python.python' as it is not compatible with VS Code '1.80.0'.",
    // Another package apt cannot find is not the PPA's helper.
    'E: Unable to locate package software-properties-gtk',
    // npm's global folder not writable is another tool's permission error.
    "npm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/open-webui'",
  ])('%s', (paste) => {
    expect(answer(paste).reason).not.toBe('error-signature');
  });
});
