/**
 * The ninth signature pass, each written here the way the tool prints it (wording checked in the
 * tool's source or in public pastes, see the commit messages) and pasted the way students paste it:
 * - Hugging Face: a fine-grained token without gated-repo access ("enable access to public gated
 *   repositories in your fine-grained token settings"), older huggingface_hub's login refusing a
 *   token ("Invalid token passed!"), and its name lookup failing ("Failed to resolve
 *   'huggingface.co'", under the corporate-network section);
 * - Python 3.13's prompt echoing a pip command ('"<python-input-0>", line 1 pip install');
 * - the venv activation typed with backslashes in bash or zsh ("venvScriptsactivate");
 * - Windows PowerShell 5.1 without && ("The token '&&' is not a valid statement separator") and
 *   with a curl that takes no -fsSL or -LsSf ("matches parameter name 'fsSL'", "... 'LsSf'");
 * - VS Code's User Installer started as administrator ("This User Installer is not meant to be run
 *   as an Administrator"), its .deb given to apt without ./ ("Unable to locate package code_") or
 *   from another folder ("Unsupported file ./code_"), and Homebrew's cask over a VS Code already in
 *   Applications ("already an App at '/Applications/Visual Studio Code.app'");
 * - apt run without sudo ("Could not open lock file /var/lib/dpkg/lock-frontend").
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

const HF = 'ilab model download asks for a Hugging Face token';
const NETWORK = 'Corporate laptop: proxy and blocked downloads for pip, Ollama and Hugging Face';
const PROMPT = 'SyntaxError or NameError: a terminal command typed at the Python >>> prompt';
const VENV = 'Create a virtual environment with venv';
const SHELLS = 'PowerShell or Command Prompt: commands that differ';
const VSCODE_INSTALLER = 'Install VS Code on Windows with the User Installer';
const VSCODE_DEB = 'Install VS Code on Ubuntu or Debian with the .deb package';
const DEADSNAKES = 'Install Python 3.12 or 3.11 on Ubuntu with the deadsnakes PPA';
const VSCODE_BREW = 'Install VS Code on macOS with Homebrew';

describe('ninth-pass error pastes reach the section that answers them', () => {
  it.each([
    // A fine-grained token without "Read access to contents of all public gated repos".
    [
      '(.venv) ana@ubuntu:~/instructlab$ ilab model download --repository mistralai/Mistral-7B-Instruct-v0.2 --hf-token hf_xxx\nhuggingface_hub.errors.HfHubHTTPError: 403 Forbidden: Please enable access to public gated repositories in your fine-grained token settings to view this repository.',
      HF,
    ],
    ['made a token like the guide said but now i get\n403 Forbidden: Please enable access to public gated repositories in your fine-grained\ntoken settings to view this repository.\nwhat setting??', HF],
    // Older huggingface_hub's login refusing a token that whoami does not accept.
    [
      '(.venv) ana@mac instructlab % huggingface-cli login\nEnter your token (input will not be visible):\nAdd token as git credential? (Y/n) n\nTraceback (most recent call last):\n  File "/Users/ana/instructlab/.venv/lib/python3.11/site-packages/huggingface_hub/_login.py", line 115, in login\n    raise ValueError("Invalid token passed!")\nValueError: Invalid token passed!',
      HF,
    ],
    ['i pasted my hf token and it says ValueError: Invalid token passed! i copied it from settings', HF],
    // urllib3 2's name-lookup failure under huggingface_hub, on Linux and on Windows.
    [
      "(.venv) $ ilab model download\nrequests.exceptions.ConnectionError: (MaxRetryError(\"HTTPSConnectionPool(host='huggingface.co', port=443): Max retries exceeded with url: /api/models/instructlab/granite-7b-lab-GGUF/revision/main (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f1c2a3b4d90>: Failed to resolve 'huggingface.co' ([Errno -3] Temporary failure in name resolution)\"))\"), '(Request ID: 1b2c)')",
      NETWORK,
    ],
    ["download fails on the campus wifi:\nNameResolutionError: <urllib3.connection.HTTPSConnection object at 0x00000144BD857610>: Failed to resolve 'huggingface.co' ([Errno 11002] getaddrinfo failed)", NETWORK],
    // Python 3.13's prompt names its input <python-input-0>; pasted without the >>> line.
    ['why does pip not work??\n  File "<python-input-0>", line 1\n    pip install open-webui\n        ^^^^^^^\nSyntaxError: invalid syntax', PROMPT],
    ['File "<python-input-0>", line 1 pip install instructlab ^^^^^^^ SyntaxError: invalid syntax', PROMPT],
    // The Windows activation typed in Git Bash (or bash, or zsh): the shell drops the backslashes.
    ['ana@LAPTOP-7Q MINGW64 ~/workshop\n$ .venv\\Scripts\\activate\nbash: .venvScriptsactivate: command not found', VENV],
    ['$ source .venv\\Scripts\\activate\nbash: .venvScriptsactivate: No such file or directory\nim in the git bash terminal in vscode', VENV],
    ['ana@MacBook-Air workshop % .venv\\Scripts\\activate\nzsh: command not found: .venvScriptsactivate', VENV],
    ['[root@vm ~]# venv\\Scripts\\activate\n-bash: venvScriptsactivate: command not found', VENV],
    // Windows PowerShell 5.1 has no && and its curl is Invoke-WebRequest.
    [
      "PS C:\\Users\\ana> mkdir workshop && cd workshop\nAt line:1 char:16\n+ mkdir workshop && cd workshop\n+                ~~\nThe token '&&' is not a valid statement separator in this version.\n    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException\n    + FullyQualifiedErrorId : InvalidEndOfLine",
      SHELLS,
    ],
    ["in the vscode terminal py -3.12 -m venv .venv && .venv\\Scripts\\activate gives The token '&&' is not a valid statement\nseparator in this version.", SHELLS],
    [
      "PS C:\\Users\\ana> curl -fsSL https://ollama.com/install.sh | sh\nInvoke-WebRequest : A parameter cannot be found that matches parameter name 'fsSL'.\nAt line:1 char:6\n+ curl -fsSL https://ollama.com/install.sh | sh\n+      ~~~~~\n    + CategoryInfo          : InvalidArgument: (:) [Invoke-WebRequest], ParameterBindingException\n    + FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.PowerShell.Commands.InvokeWebRequestCommand",
      SHELLS,
    ],
    ["trying to get uv on windows: curl -LsSf https://astral.sh/uv/install.sh | sh\nInvoke-WebRequest : A parameter cannot be found that matches parameter name 'LsSf'.", SHELLS],
    // VS Code's User Installer started with Run as administrator.
    [
      'installing vscode on my work laptop it says: This User Installer is not meant to be run as an Administrator. If you would like to install VS Code for all users in this system, download the System Installer instead from https://code.visualstudio.com. Are you sure you want to continue? should i press ok?',
      VSCODE_INSTALLER,
    ],
    ['VSCodeUserSetup-x64-1.96.2.exe\nThis User Installer is not meant to be run as an\nAdministrator.', VSCODE_INSTALLER],
    // apt given VS Code's .deb without ./, or from a folder that does not hold it.
    [
      "ana@ubuntu:~/Downloads$ sudo apt install code_1.96.2-1734607745_amd64.deb\nReading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\nE: Unable to locate package code_1.96.2-1734607745_amd64.deb\nE: Couldn't find any package by glob 'code_1.96.2-1734607745_amd64.deb'",
      VSCODE_DEB,
    ],
    ['i downloaded vscode for ubuntu and did sudo apt install ./code_*.deb\nReading package lists... Done\nE: Unsupported file ./code_*.deb given on commandline', VSCODE_DEB],
    // apt run without sudo.
    [
      'ana@ubuntu:~$ apt install python3.12 python3.12-venv\nE: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?',
      DEADSNAKES,
    ],
    ['E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission\ndenied) what does this mean, i typed the deadsnakes commands', DEADSNAKES],
    // Homebrew's cask over a VS Code already dragged into Applications.
    [
      "ana@MacBook-Air ~ % brew install --cask visual-studio-code\n==> Downloading https://update.code.visualstudio.com/1.96.2/darwin-arm64/stable\n==> Installing Cask visual-studio-code\nError: It seems there is already an App at '/Applications/Visual Studio Code.app'.\n==> Purging files for version 1.96.2 of Cask visual-studio-code",
      VSCODE_BREW,
    ],
    ["brew says Error: It seems there is already an App at '/Applications/Visual Studio\nCode.app'. what now", VSCODE_BREW],
  ])('%s', (paste, heading) => {
    expect(answer(paste)).toEqual(signatureAnswer(heading));
  });
});

describe('ninth-pass look-alikes are left to the ranking', () => {
  it.each([
    // A token refused by another site is not Hugging Face's fine-grained setting.
    'remote: Permission to ana/taxonomy.git denied to ana. Check the fine-grained token settings.',
    '403 Forbidden: Please enable access to public repositories in your token settings',
    // Other libraries' token errors are not Hugging Face's login.
    'jwt.exceptions.InvalidTokenError: Invalid token type',
    // Another host that cannot be looked up, and curl's own wording, are not huggingface_hub's.
    "NameResolutionError: <urllib3.connection.HTTPSConnection object at 0x7f93ef725670>: Failed to resolve 'api.openai.com' ([Errno -2] Name or service not known)",
    // A traceback from the 3.13 prompt for Python code is a Python error, not a terminal command.
    '>>> import numpy\nTraceback (most recent call last):\n  File "<python-input-0>", line 1, in <module>\n    import numpy\nModuleNotFoundError: No module named \'numpy\'',
    // Other missing commands and files are not the backslashes dropped from an activation.
    'bash: venv: command not found',
    'zsh: command not found: activate',
    'cat: notes.txt: No such file or directory',
    // Other options and parser errors are not the ones the workshop's copied lines hit.
    "Invoke-WebRequest : A parameter cannot be found that matches parameter name 'o-'.",
    "Install-Module : A parameter cannot be found that matches parameter name 'Scope'.",
    "Unexpected token 'install' in expression or statement.",
    // VS Code's update notice and another installer's refusal are not the User Installer's warning.
    'Updates are disabled because you are running the user-scope installation of VS Code as Administrator.',
    'This installer is not meant to be run on this version of Windows',
    // Another program's .deb is not VS Code's.
    'E: Unsupported file ./balena-etcher_2.1.0_amd64.deb given on commandline',
    // dpkg's lock held by another process is a busy lock, not a missing sudo.
    'dpkg: error: dpkg frontend lock was locked by another process with pid 2342',
    // Another app, or another artifact, already in place is not VS Code's app.
    "Error: It seems there is already an App at '/Applications/Ollama.app'.",
    "Error: It seems there is already a Binary at '/opt/homebrew/bin/code'.",
  ])('%s', (paste) => {
    expect(answer(paste).reason).not.toBe('error-signature');
  });
});
