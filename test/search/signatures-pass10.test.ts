/**
 * The tenth signature pass, each written here the way the tool prints it (wording checked in the
 * tool's source or in public pastes, see the commit messages) and pasted the way students paste it:
 * - pip's PEP 668 refusal named by its override option ("--break-system-packages");
 * - pip falling back to InstructLab 0.17 for 'instructlab[mps]' ("does not provide the extra 'mps'");
 * - apt asked for pip under a name it does not have ("locate package python-pip", "locate package
 *   pip", "locate package pip3", Ubuntu 20.04's "'python-pip' has no" installation candidate);
 * - winget given a short name that fits several packages ("Multiple packages found matching input
 *   criteria");
 * - Ubuntu's software app refusing VS Code's .deb opened with a double-click ("install file: not
 *   supported", kept under five words so that only the copied message matches);
 * - huggingface_hub unable to reach the Hub with nothing cached ("trying to locate the file on the
 *   Hub"), under the corporate-network section;
 * - a Python 3 with no venv module at all ("/usr/bin/python3: No module named venv");
 * - the deadsnakes PPA added on a non-LTS Ubuntu, which it does not serve ("deadsnakes/ppa/ubuntu
 *   plucky", "deadsnakes/ppa/ubuntu questing").
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

const PEP668 = 'pip says error: externally-managed-environment';
const ILAB_PYTHON = 'Python versions supported by InstructLab';
const PIP = 'pip: command not found';
const WINGET = 'Install Python 3.12 on Windows with winget';
const VSCODE_DEB = 'Install VS Code on Ubuntu or Debian with the .deb package';
const NETWORK = 'Corporate laptop: proxy and blocked downloads for pip, Ollama and Hugging Face';
const ENSUREPIP = 'ensurepip is not available when creating a venv';
const DEADSNAKES = 'Install Python 3.12 or 3.11 on Ubuntu with the deadsnakes PPA';

describe('tenth-pass error pastes reach the section that answers them', () => {
  it.each([
    // pip's PEP 668 note names its override; students quote the option more than the error.
    [
      'ana@ubuntu:~$ pip install open-webui\nnote: If you believe this is a mistake, please contact your Python installation or OS distribution provider. You can override this, at the risk of breaking your Python installation or OS, by passing --break-system-packages.\nhint: See PEP 668 for the detailed specification.',
      PEP668,
    ],
    ['pip wont install anything on ubuntu 24, a friend said to just add --break-system-packages, is that ok for the workshop?', PEP668],
    ['on my mac brew python: pip3 install ollama --break-system-packages worked but now im scared i broke something', PEP668],
    // pip falling back to InstructLab 0.17, which has no mps extra, on a Python it cannot install on.
    [
      "(venv) ana@MacBook-Pro instructlab % pip install 'instructlab[mps]'\nCollecting instructlab[mps]\n  Using cached instructlab-0.17.2-py3-none-any.whl.metadata (16 kB)\nWARNING: instructlab 0.17.2 does not provide the extra 'mps'",
      ILAB_PYTHON,
    ],
    ['following the mac metal guide, pip says WARNING: instructlab 0.17.1 does not provide the extra\n\'mps\' and then ilab has no model command', ILAB_PYTHON],
    ['why does pip say instructlab 0.17.2 does not provide the extra mps on my m3 mac?', ILAB_PYTHON],
    // apt has pip only as python3-pip.
    [
      'ana@ubuntu:~$ sudo apt install python-pip\nReading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\nE: Unable to locate package python-pip',
      PIP,
    ],
    ['root@8fa9356600f6:/# apt-get install python3 pip3 -y\nReading package lists... Done\nE: Unable to locate package pip3', PIP],
    ['tried sudo apt install pip like google said and got E: Unable to locate package pip. whats the right name??', PIP],
    [
      'ana@focal:~$ sudo apt install python-pip\nPackage python-pip is not available, but is referred to by another package.\nThis may mean that the package is missing, has been obsoleted, or\nis only available from another source\n\nE: Package \'python-pip\' has no installation candidate',
      PIP,
    ],
    // winget given a name rather than an id.
    [
      'PS C:\\Users\\ana> winget install python\nMultiple packages found matching input criteria. Please refine the input.\nName        Id                 Source\n-----------------------------------------\nPython 3.12 Python.Python.3.12 winget\nPython 3.13 Python.Python.3.13 winget',
      WINGET,
    ],
    ['winget says Multiple packages found matching input\ncriteria. Please refine the input. i just want python 3.12', WINGET],
    ['when i type winget install python 3.12 it says multiple packages found matching the input criteria', WINGET],
    // The .deb opened in Ubuntu's software app rather than given to apt.
    [
      "1. Go to code.visualstudio.com/download\n2. Select the .deb 64 bit button.\n3. Open the downloaded file\n4. Click on the 'Ubuntu Software is Ready' button.\n5. Observe message 'Failed to Install file: not supported'.",
      VSCODE_DEB,
    ],
    ['double clicked code_1.96.2-1734607745_amd64.deb on ubuntu 22.04 and the app center says Failed to install file: not\nsupported ???', VSCODE_DEB],
    // huggingface_hub's download with no connection to the Hub and no cached copy.
    [
      '(venv) ana@ubuntu:~/instructlab$ ilab model download\n  File "/home/ana/instructlab/venv/lib/python3.11/site-packages/huggingface_hub/file_download.py", line 1648, in _raise_on_head_call_error\n    raise LocalEntryNotFoundError(\nhuggingface_hub.errors.LocalEntryNotFoundError: An error happened while trying to locate the file on the Hub and we cannot find the requested files in the local cache. Please check your connection and try again or make sure your Internet connection is on.',
      NETWORK,
    ],
    ['on the office wifi ilab model download ends with LocalEntryNotFoundError: An error happened while trying\nto locate the file on the Hub and we cannot find the requested files in the local\ncache.', NETWORK],
    ['ilab download says an error happened while trying to locate the file on the hub, check your connection? my internet works', NETWORK],
    // A slimmed-down Debian or Ubuntu Python 3 without its venv package.
    ['vscode@6f2c1a:/workspaces/workshop$ python3 -m venv .venv\n/usr/bin/python3: No module named venv', ENSUREPIP],
    ['in the dev container python3 -m venv .venv just says /usr/bin/python3: No module named venv. python3 --version is 3.12.3', ENSUREPIP],
    // The deadsnakes PPA on Ubuntu 25.04 and 25.10, which it does not serve.
    [
      "ana@ubuntu:~$ sudo add-apt-repository ppa:deadsnakes/ppa && sudo apt update\nHit:1 http://archive.ubuntu.com/ubuntu plucky InRelease\nIgn:2 https://ppa.launchpadcontent.net/deadsnakes/ppa/ubuntu plucky InRelease\nErr:3 https://ppa.launchpadcontent.net/deadsnakes/ppa/ubuntu plucky Release\n  404  Not Found [IP: 2620:2d:4000:1::81 443]\nE: The repository 'https://ppa.launchpadcontent.net/deadsnakes/ppa/ubuntu plucky Release' does not have a Release file.",
      DEADSNAKES,
    ],
    ["Error: The repository 'https://ppa.launchpadcontent.net/deadsnakes/ppa/ubuntu questing Release' does not\nhave a Release file.\non ubuntu 25.10, what now?", DEADSNAKES],
  ])('%s', (paste, heading) => {
    expect(answer(paste)).toEqual(signatureAnswer(heading));
  });
});

describe('tenth-pass look-alikes are left to the ranking', () => {
  it.each([
    // Broken system packages in other words are not pip's PEP 668 option.
    'sudo apt autoremove broke system packages and now the terminal will not open',
    'E: Unable to correct problems, you have held broken packages.',
    // Other packages' missing extras are not InstructLab's fallback.
    "WARNING: typer 0.12.3 does not provide the extra 'all'",
    "WARNING: torch 2.5.1 does not provide the extra 'cuda'",
    // Other packages apt cannot find, pip's own name among them, are not the wrong name for pip.
    'E: Unable to locate package pipx',
    'E: Unable to locate package pipewire',
    "E: Package 'python-virtualenv' has no installation candidate",
    // winget's other failures are not a name that fits several packages.
    'No applicable installer found; see logs for more details.',
    'Installer hash does not match; this cannot be overridden when running as admin',
    // The software app's other refusals, and other installs that are not supported, are not the .deb opened by double-click.
    'Failed to install file: authentication failed',
    'Failed to install extension: not supported',
    // Offline mode, and transformers' own cache message, are not the Hub out of reach.
    "LocalEntryNotFoundError: Cannot find the requested files in the disk cache and outgoing traffic has been disabled. To enable hf.co look-ups and downloads online, set 'local_files_only' to False.",
    "OSError: We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the cached files and it looks like gpt2 is not the path to a directory containing a file named config.json.",
    // Other modules missing from a Python 3 are not its venv package.
    '/usr/bin/python3: No module named virtualenv',
    '/usr/bin/python3: No module named uv',
    // The PPA on a release it serves, and another repository on a non-LTS release, are not deadsnakes left out.
    'Hit:5 https://ppa.launchpadcontent.net/deadsnakes/ppa/ubuntu noble InRelease',
    "E: The repository 'https://download.docker.com/linux/ubuntu plucky Release' does not have a Release file.",
  ])('%s', (paste) => {
    expect(answer(paste).reason).not.toBe('error-signature');
  });
});
