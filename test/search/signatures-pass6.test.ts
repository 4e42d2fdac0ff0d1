/**
 * The sixth signature pass: error output from the pre-work tools (pip building llama-cpp-python,
 * zsh globbing an extra, Ollama's installer and downloads, Homebrew, uv, pyenv, the VS Code
 * debugger, the Hugging Face CLI), each written here the way the tool prints it (wording checked
 * in the tool's source, see the commit messages) and pasted the way students paste it. Each must
 * be answered confidently by the section that declares it; the look-alikes below are other
 * failures in nearly the same words and must be left to the ranking.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../src/search/index.js';
import { firstAnswer, fullIndex, signatureAnswer } from '../helpers/knowledge.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await fullIndex();
});

const answer = (q: string) => firstAnswer(index, q);

const INSTALL_ILAB = 'Install InstructLab with pip in a virtual environment';
const INSTALL_OLLAMA = 'Install Ollama to run models locally';
const PULL = 'Pull the Granite lab model with Ollama before the workshop';
const CORPORATE = 'Corporate laptop: proxy and blocked downloads for pip, Ollama and Hugging Face';
const VSCODE_BREW = 'Install VS Code on macOS with Homebrew';
const HOMEBREW = 'Where Homebrew lives on Apple silicon and Intel Macs';
const UV = 'Install Python with uv';
const MANAGERS = 'Python version managers: pyenv, conda and uv';
const PIP_OTHER = 'pip installs packages for a different Python';
const VENV = 'Create a virtual environment with venv';
const INTERPRETER = 'Select the Python interpreter or venv in VS Code';
const HF = 'ilab model download asks for a Hugging Face token';

describe('sixth-pass error pastes reach the section that answers them', () => {
  it.each([
    // zsh expands the unquoted extra before pip runs.
    ['following the old README on my M2\n(.venv) % pip install instructlab[mps]\nzsh: no matches found: instructlab[mps]', INSTALL_ILAB],
    // pip compiling llama-cpp-python with no compiler: the name as InstructLab requires it...
    [
      '(.venv) $ pip install instructlab\n...\nBuilding wheel for llama_cpp_python (pyproject.toml) ... error\n  error: subprocess-exited-with-error\n  *** CMake build failed\n  note: This error originates from a subprocess, and is likely not a problem with pip.\n  ERROR: Failed building wheel for llama_cpp_python\nerror: failed-wheel-build-for-install\n\n× Failed to build installable wheels for some pyproject.toml based projects\n╰─> llama_cpp_python',
      INSTALL_ILAB,
    ],
    // ...as a direct install names it...
    [
      'pip install llama-cpp-python fails on ubuntu\n      CMake Error: CMAKE_CXX_COMPILER not set, after EnableLanguage\n      *** CMake configuration failed\n      [end of output]\n  ERROR: Failed building wheel for llama-cpp-python\nhelp',
      INSTALL_ILAB,
    ],
    // ...and the last line of an older pip, in both spellings.
    ['only the end of it:\nFailed to build llama_cpp_python\nERROR: Could not build wheels for llama_cpp_python, which is required to install pyproject.toml-based projects', INSTALL_ILAB],
    ['ERROR: Could not build wheels for llama-cpp-python, which is required to install pyproject.toml-based projects\nwhat compiler do I need?', INSTALL_ILAB],
    // Ollama's Linux installer finishing without a GPU it can use.
    [
      'ana@ubuntu:~$ curl -fsSL https://ollama.com/install.sh | sh\n>>> Installing ollama to /usr/local\n>>> Downloading Linux amd64 bundle\n######################################################################## 100.0%\n>>> Creating ollama user...\n>>> Enabling and starting ollama service...\n>>> The Ollama API is now available at 127.0.0.1:11434.\n>>> Install complete. Run "ollama" from the command line.\nWARNING: No NVIDIA/AMD GPU detected. Ollama will run in CPU-only mode.\nis that a problem for the workshop?',
      INSTALL_OLLAMA,
    ],
    // A pull that keeps breaking off.
    [
      '% ollama pull granite3.1-dense:8b\npulling manifest\npulling 1f7ab3c2e9d4...  61% ▕██████████       ▏ 3.0 GB/4.9 GB  1.2 MB/s  26m10s\nError: max retries exceeded: unexpected EOF',
      PULL,
    ],
    ['Error: max retries exceeded: Get "https://dd20bb891979d25aebc8bec07b2b3bbc.r2.cloudflarestorage.com/ollama/docker/registry/v2/blobs/sha256/1f/1f7ab3": read tcp 10.0.0.7:51512->104.18.8.90:443: read: connection reset by peer', PULL],
    // TLS inspection on a company network.
    [
      'C:\\Users\\ana>ollama pull granite3.1-dense:8b\npulling manifest\nError: pull model manifest: Get "https://registry.ollama.ai/v2/library/granite3.1-dense/manifests/8b": tls: failed to verify certificate: x509: certificate signed by unknown authority',
      CORPORATE,
    ],
    // Old guides' brew cask, in each Homebrew's wording.
    ["% brew cask install visual-studio-code\nError: `brew cask` is no longer a `brew` command. Use `brew <command> --cask` instead.", VSCODE_BREW],
    ['$ brew cask install visual-studio-code\nError: Unknown command: cask', VSCODE_BREW],
    ['brew cask install visual-studio-code\nError: Invalid usage: Unknown command: brew cask', VSCODE_BREW],
    // Homebrew's folders owned by someone else.
    [
      '% brew install python@3.12\nError: The following directories are not writable by your user:\n/usr/local/share/man/man8\n/usr/local/share/zsh\n\nYou should change the ownership of these directories to your user.\n  sudo chown -R ana /usr/local/share/man/man8 /usr/local/share/zsh\n\nAnd make sure that your user has write permission.\n  chmod u+w /usr/local/share/man/man8 /usr/local/share/zsh',
      HOMEBREW,
    ],
    // uv pip outside any venv.
    ['~/workshop % uv pip install open-webui\nerror: No virtual environment found; run `uv venv` to create an environment, or pass `--system` to install into a non-virtual environment', UV],
    // pyenv not installed, or not loaded by this shell.
    ['ana@fedora:~$ pyenv install 3.12\nbash: pyenv: command not found', MANAGERS],
    ['installed it with brew yesterday\n% pyenv global 3.12\nzsh: command not found: pyenv', MANAGERS],
    // pip refusing to replace itself on Windows.
    [
      'PS C:\\Users\\ana\\workshop> pip install --upgrade pip\nRequirement already satisfied: pip in c:\\users\\ana\\appdata\\local\\programs\\python\\python312\\lib\\site-packages (24.0)\nCollecting pip\n  Using cached pip-25.2-py3-none-any.whl.metadata (4.7 kB)\nERROR: To modify pip, please run the following command:\nC:\\Users\\ana\\AppData\\Local\\Programs\\Python\\Python312\\python.exe -m pip install --upgrade pip',
      PIP_OTHER,
    ],
    // pip into a Python the student does not own, outside a venv.
    [
      '$ pip3 install open-webui\nInstalling collected packages: typing-extensions, ...\nERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: \'/usr/local/lib/python3.12/site-packages/typing_extensions.py\'\nConsider using the `--user` option or check the permissions.',
      VENV,
    ],
    // The debugger's pop-up for a Python that does not run.
    ['Pressing F5 in VS Code only shows a pop-up: "The Python path in your debug configuration is invalid." with an Open launch.json button', INTERPRETER],
    // Hugging Face's CLI: old name retired, new one missing.
    ['(.venv) % huggingface-cli login\n`huggingface-cli` is deprecated and no longer works. Use `hf` instead.', HF],
    ['ana@ubuntu:~/instructlab$ hf auth login\nbash: hf: command not found', HF],
    ['% hf auth login\nzsh: command not found: hf', HF],
    ["C:\\Users\\ana>hf auth login\n'hf' is not recognized as an internal or external command,\noperable program or batch file.", HF],
    ["PS C:\\Users\\ana> hf auth login\nhf : The term 'hf' is not recognized as the name of a cmdlet, function, script file, or operable program.", HF],
  ])('%s', (paste, heading) => {
    expect(answer(paste)).toEqual(signatureAnswer(heading));
  });
});

describe('sixth-pass look-alikes are left to the ranking', () => {
  it.each([
    // zsh's same glob error for another package's extra is not InstructLab's install.
    '% pip install open-webui[all]\nzsh: no matches found: open-webui[all]',
    // A successful llama-cpp-python build names the package too.
    'Building wheel for llama-cpp-python (pyproject.toml) ... done\nSuccessfully built llama-cpp-python\nSuccessfully installed llama-cpp-python-0.3.6',
    'Building wheel for llama_cpp_python (pyproject.toml) ... done\n  Created wheel for llama_cpp_python: filename=llama_cpp_python-0.3.6-cp311-cp311-macosx_14_0_arm64.whl\nSuccessfully built llama_cpp_python',
    // Another package failing to build is not llama-cpp-python.
    'ERROR: Failed building wheel for chroma-hnswlib\nFailed to build chroma-hnswlib',
    // urllib3's retries (here Hugging Face unreachable) are not an Ollama pull.
    "requests.exceptions.ConnectionError: (MaxRetryError(\"HTTPSConnectionPool(host='huggingface.co', port=443): Max retries exceeded with url: /api/models/ibm-granite/granite-3.1-8b-instruct\"), '(Request ID: 5c1e)')",
    // Another certificate error is not an unknown authority.
    'Error: pull model manifest: Get "https://registry.ollama.ai/v2/library/granite3.1-dense/manifests/8b": tls: failed to verify certificate: x509: certificate has expired or is not yet valid',
    // A mistyped brew command is not the removed cask command.
    '% brew instal python@3.12\nError: Unknown command: brew instal',
    // brew doctor's missing folders are not unwritable ones.
    'Warning: The following directories do not exist:\n/usr/local/sbin',
    // uv without a matching Python is not uv without a venv.
    'error: No interpreter found for Python 3.12 in virtual environments, managed installations, or search path',
    // A pyenv plugin command missing is not pyenv missing.
    "pyenv: no such command `virtualenv'",
    // Inside a venv pip only says to check the permissions: the venv fix would not help.
    "ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: '/home/ana/workshop/.venv/lib/python3.12/site-packages/six.py'\nCheck the permissions.",
    // Another command whose name starts with hf is not the hf CLI.
    'zsh: command not found: hf_transfer',
  ])('%s', (paste) => {
    expect(answer(paste).reason).not.toBe('error-signature');
  });
});
