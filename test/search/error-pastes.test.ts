/**
 * Error output as the tools print it (wording checked in each tool's source or in public pastes,
 * see the commit messages of the knowledge/ front-matter `errors:` lists), pasted the way students
 * paste it: inside a sentence or a terminal transcript. Each must be answered, confidently, by the
 * section whose front-matter claims it; and look-alike messages from other tools must not be,
 * because a signature match answers publicly without ranking.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../src/search/index.js';
import { firstAnswer, fullIndex, signatureAnswer } from '../helpers/knowledge.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await fullIndex();
});

const answer = (q: string) => firstAnswer(index, q);

describe('pasted errors reach the section that answers them', () => {
  it.each([
    [
      'PS C:\\Users\\ana> python --version\nNo se encontr\u00f3 Python; ejecuta sin argumentos para instalar desde Microsoft Store o deshabilita este acceso directo en Configuraci\u00f3n > Administrar alias de ejecuci\u00f3n de la aplicaci\u00f3n.',
      'Python was not found and the Microsoft Store opens',
    ],
    [
      'tried the install command from the site on my macbook\n% curl -fsSL https://ollama.com/install.sh | sh\nERROR: This script is intended to run on Linux only.',
      'Install Ollama to run models locally',
    ],
    [
      '. : No se puede cargar el archivo C:\\Users\\ana\\venv\\Scripts\\Activate.ps1 porque la ejecución de scripts está deshabilitada en este sistema. Para obtener más información, consulta el tema about_Execution_Policies en https:/go.microsoft.com/fwlink/?LinkID=135170.\n    + CategoryInfo          : ErrorDeSeguridad: (:) [], PSSecurityException',
      'PowerShell says running scripts is disabled when activating a venv',
    ],
    [
      'Original error was: dlopen(/Users/me/env/lib/python3.10/site-packages/numpy/core/_multiarray_umath.cpython-310-darwin.so, 2): no suitable image found.  Did find:\n\t/Users/me/env/lib/python3.10/site-packages/numpy/core/_multiarray_umath.cpython-310-darwin.so: mach-o, but wrong architecture',
      'incompatible architecture on Apple silicon: Terminal or Python running under Rosetta',
    ],
    [
      'huggingface_hub.errors.GatedRepoError: 401 Client Error.\nCannot access gated repo for url https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/main/config.json.\nAccess to model meta-llama/Llama-3.1-8B is restricted. You must have access to it and be authenticated to access it. Please log in.',
      'ilab model download asks for a Hugging Face token',
    ],
    [
      'Access to model mistralai/Mistral-7B-Instruct-v0.2 is restricted and you are not in the authorized list. Visit https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.2 to ask for access.',
      'ilab model download asks for a Hugging Face token',
    ],
    [
      'openai.BadRequestError: Error code: 400 - {\'error\': {\'message\': "This model\'s maximum context length is 4096 tokens. However, you requested 4200 tokens", \'code\': \'context_length_exceeded\'}}',
      'Limits of LLMs: hallucination, context window, training cutoff',
    ],
    [
      '$ ilab taxonomy diff\nERROR 2025-03-05 23:03:23,516 instructlab.schema.taxonomy:134: qna.yaml:12:1 too many blank lines (1 > 0) (empty-lines)\nReading taxonomy failed with the following error: 1 total errors found across 1 taxonomy files!',
      'Check taxonomy changes with ilab taxonomy diff',
    ],
    ['my ilab data generate says Error connecting to the server: [Errno 61] Connection refused on my Mac', 'Generate synthetic data and train with ilab'],
    [
      'pulling manifest\nError: pull model manifest: Get "https://registry.ollama.ai/v2/library/granite3.1-dense/manifests/8b": dial tcp: lookup registry.ollama.ai: no such host',
      'Corporate laptop: proxy and blocked downloads for pip, Ollama and Hugging Face',
    ],
    ['Unable to connect to local Ollama instance. Ollama may not be running', 'Ollama says could not connect: start the Ollama server'],
    ['$ ollama serve\nError: listen tcp 127.0.0.1:11434: bind: address already in use', 'Ollama says could not connect: start the Ollama server'],
    [
      'Error: listen tcp 127.0.0.1:11434: bind: Only one usage of each socket address (protocol/network address/port) is normally permitted.',
      'Ollama says could not connect: start the Ollama server',
    ],
    ['ollama._types.ResponseError: model "granite3.1-dense:8b" not found, try pulling it first (status code: 404)', 'Pull the Granite lab model with Ollama before the workshop'],
    ['ollama run granite3.1-dense\npulling manifest\nError: pull model manifest: file does not exist', 'Pull the Granite lab model with Ollama before the workshop'],
    ['==> Installation successful!\nWarning: /opt/homebrew/bin is not in your PATH.', 'Where Homebrew lives on Apple silicon and Intel Macs'],
    ['(base) % conda activate workshop\nCondaError: Run \'conda init\' before \'conda activate\'', 'Use conda for the workshop Python'],
    ['I installed miniforge but zsh: command not found: conda', 'Use conda for the workshop Python'],
    // A signature ending in a dot claims every patch release: ilab prints its full version.
    ['(venv) $ ilab --version\nilab, version 0.17.2\n(venv) $ ilab model list\nError: No such command', 'Python versions supported by InstructLab'],
    ['Collecting instructlab\n  Downloading instructlab-0.17.1-py3-none-any.whl (143 kB)', 'Python versions supported by InstructLab'],
    ["rj@Red:~/pycoinnet$ python3 -m venv env/\nError: Command '['/home/rj/pycoinnet/env/bin/python3', '-Im', 'ensurepip', '--upgrade', '--default-pip']' returned non-zero exit status 1", 'ensurepip is not available when creating a venv'],
    ["(base) C:\\Users\\ana> conda activate workshop\nCommandNotFoundError: Your shell has not been properly configured to use 'conda activate'.", 'Use conda for the workshop Python'],
    ['npm run start\n> node server.js\nsh: 1: python: not found', 'Python command not found on Linux'],
    ["pyenv: version `3.12.7' is not installed (set by /Users/ana/workshop/.python-version)", 'Python version managers: pyenv, conda and uv'],
    ['ana@ubuntu:~/workshop$ code .\nbash: code: command not found', 'The code command for opening folders and installing extensions'],
    [
      'Python 3.12.10 (main, Apr  8 2025) [MSC v.1943 64 bit (AMD64)] on win32\n>>> pip install open-webui\n  File "<stdin>", line 1\n    pip install open-webui\n        ^^^^^^^\nSyntaxError: invalid syntax',
      'SyntaxError or NameError: a terminal command typed at the Python >>> prompt',
    ],
    [
      'Python 3.12.4 (main) [Clang 15.0.0] on darwin\n>>> pip3 install requests\n  File "<stdin>", line 1\n    pip3 install requests\n         ^^^^^^^\nSyntaxError: invalid syntax',
      'SyntaxError or NameError: a terminal command typed at the Python >>> prompt',
    ],
    ['>>> python3 -m venv .venv\nSyntaxError: invalid syntax', 'SyntaxError or NameError: a terminal command typed at the Python >>> prompt'],
    // Pasted without the >>> line: Python's echo of the typed line still shows it.
    ['pip install -e . gives an error\n  File "<stdin>", line 1\n    pip install -e .\n        ^^^^^^^\nSyntaxError: invalid syntax', 'SyntaxError or NameError: a terminal command typed at the Python >>> prompt'],
    [
      ">>> python --version\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: name 'python' is not defined",
      'SyntaxError or NameError: a terminal command typed at the Python >>> prompt',
    ],
    [
      '(.venv) $ ilab model list\nSome ilab storage directories do not exist yet. Please run `ilab config init` before continuing.',
      'Initialise InstructLab with ilab config init',
    ],
    [
      '$ ilab model chat\n/home/ana/.cache/instructlab/models/granite-7b-lab-Q4_K_M.gguf does not exist. Please download model first.',
      'Download, serve and chat with a model using ilab',
    ],
    ['(.venv) % open-webui serve\nzsh: command not found: open-webui', 'Open WebUI in a Python 3.12 virtual environment'],
    [
      'VS Code keeps showing: No Python interpreter is selected. Please select a Python interpreter to enable features such as IntelliSense, linting, and debugging.',
      'Select the Python interpreter or venv in VS Code',
    ],
    [
      '% git clone https://github.com/instructlab/taxonomy.git\nxcrun: error: invalid active developer path (/Library/Developer/CommandLineTools), missing xcrun at: /Library/Developer/CommandLineTools/usr/bin/xcrun',
      'xcrun: error: invalid active developer path: reinstall the Command Line Tools',
    ],
    [
      // Also holds pip's certificate wording: the longer ssl-module signature must win.
      'WARNING: pip is configured with locations that require TLS/SSL, however the ssl module in Python is not available.\nCould not fetch URL https://pypi.org/simple/pip/: There was a problem confirming the ssl certificate: HTTPSConnectionPool(host=\'pypi.org\', port=443): Max retries exceeded with url: /simple/pip/ (Caused by SSLError("Can\'t connect to HTTPS URL because the SSL module is not available.")) - skipping',
      'pyenv install fails to build Python',
    ],
    [
      '$ pip install open-webui\nbash: /home/ana/workshop/.venv/bin/pip: /home/ana/old-workshop/.venv/bin/python3: bad interpreter: No such file or directory',
      'Create a virtual environment with venv',
    ],
    ['ana@ubuntu:~$ python3 -m pip install --upgrade pip\n/usr/bin/python3: No module named pip', 'pip: command not found'],
    ['I followed the guide on my mac and got\n% pip3 install open-webui\nzsh: command not found: pip3', 'pip: command not found'],
    [
      'open webui shows no models and the log says\nERROR [open_webui.routers.ollama] Connection error: Cannot connect to host localhost:11434 ssl:default [Connect call failed (\'127.0.0.1\', 11434)]',
      'Ollama says could not connect: start the Ollama server',
    ],
    ['ana@laptop:~/workshop$ source .venv/bin/activate\nbash: .venv/bin/activate: No such file or directory', 'Create a virtual environment with venv'],
    ['why does this happen?\n% source .venv/bin/activate\nsource: no such file or directory: .venv/bin/activate', 'Create a virtual environment with venv'],
    [
      "PS C:\\Users\\ana> .venv\\Scripts\\activate\n.venv\\Scripts\\activate : The term '.venv\\Scripts\\activate' is not recognized as the name of a cmdlet, function, script file, or operable program.",
      'Create a virtual environment with venv',
    ],
    [
      'PS C:\\Users\\ana\\workshop> pip install open-webui\nFatal error in launcher: Unable to create process using \'"C:\\Users\\ana\\old\\.venv\\Scripts\\python.exe"  "C:\\Users\\ana\\workshop\\.venv\\Scripts\\pip.exe" install open-webui\': The system cannot find the file specified.',
      'Create a virtual environment with venv',
    ],
    ["C:\\Users\\ana\\workshop>.venv/Scripts/activate\n'.venv' is not recognized as an internal or external command,\noperable program or batch file.", 'PowerShell or Command Prompt: commands that differ'],
    [
      "PS C:\\Users\\ana> winget install -e --id Python.Python.3.12\nwinget : The term 'winget' is not recognized as the name of a cmdlet, function, script file, or operable program.",
      'Install Python 3.12 on Windows with winget',
    ],
    ['PS C:\\Users\\ana> winget install -e --id Python.Python3.12\nNo package found matching input criteria.', 'Install Python 3.12 on Windows with winget'],
    ["C:\\Users\\ana\\workshop>python3.12 -m venv .venv\n'python3.12' is not recognized as an internal or external command,\noperable program or batch file.", 'The py launcher on Windows'],
    ['ana@ubuntu:~$ sudo apt install code\nReading package lists... Done\nBuilding dependency tree... Done\nE: Unable to locate package code', 'Install VS Code on Ubuntu or Debian with the .deb package'],
    [
      '$ sudo snap install code\nerror: This revision of snap "code" was published using classic confinement\n       and thus may perform arbitrary system changes outside of the security\n       sandbox that snaps are usually confined to, which may put your system at\n       risk.',
      'Install VS Code on Linux with snap',
    ],
    ["ana@ubuntu:~/workshop$ code .\nCommand 'code' not found, but can be installed with:\nsudo snap install code --classic", 'Install VS Code on Linux with snap'],
    ["(.venv) $ ilab init\nUsage: ilab [OPTIONS] COMMAND [ARGS]...\nTry 'ilab --help' for help.\n\nError: No such command 'init'.", 'Old ilab command names before version 0.17'],
    ['ana@MacBook-Air ~ % python3.12 -m venv .venv\nzsh: command not found: python3.12', 'Install Python 3.12 on macOS with Homebrew'],
    ["ana@ubuntu:~/instructlab$ python3.11 -m venv .venv\nCommand 'python3.11' not found, did you mean:\n  command 'python3.10' from deb python3.10", 'Install Python 3.12 or 3.11 on Ubuntu with the deadsnakes PPA'],
    // Fourth pass: Homebrew's own prefix checks (Library/Homebrew/install.rb).
    [
      'ana@MacBook-Air ~ % brew install python@3.12\nError: Cannot install under Rosetta 2 in ARM default prefix (/opt/homebrew)!\nTo rerun under ARM use:\n    arch -arm64 brew install ...\nTo install under x86_64, install Homebrew into /usr/local.',
      'incompatible architecture on Apple silicon: Terminal or Python running under Rosetta',
    ],
    [
      'my new M2 came from a migration and now brew says Error: Cannot install in Homebrew on ARM processor in Intel default prefix (/usr/local)!\nPlease create a new installation in /opt/homebrew using one of the "Alternative Installs"',
      'incompatible architecture on Apple silicon: Terminal or Python running under Rosetta',
    ],
    [
      'I ran the two Next steps lines\n% eval "$(/opt/homebrew/bin/brew shellenv)"\nzsh: no such file or directory: /opt/homebrew/bin/brew',
      'Where Homebrew lives on Apple silicon and Intel Macs',
    ],
    ['$ eval "$(/opt/homebrew/bin/brew shellenv)"\n-bash: /opt/homebrew/bin/brew: No such file or directory', 'Where Homebrew lives on Apple silicon and Intel Macs'],
    // CPython's venv: activate is read with source, not run; Windows paths on a Mac; the venv launcher's missing base Python.
    ['ana@MacBook-Air workshop % .venv/bin/activate\nzsh: permission denied: .venv/bin/activate', 'Create a virtual environment with venv'],
    ['ana@ubuntu:~/workshop$ .venv/bin/activate\nbash: .venv/bin/activate: Permission denied', 'Create a virtual environment with venv'],
    ['on my macbook I did python3 -m venv .venv and then\n$ .venv/Scripts/activate\n-bash: .venv/Scripts/activate: No such file or directory', 'Create a virtual environment with venv'],
    [
      'I copied my workshop folder to the new laptop\nPS C:\\Users\\ana\\workshop> .venv\\Scripts\\python.exe --version\nNo Python at \'"C:\\Users\\olduser\\AppData\\Local\\Programs\\Python\\Python312\\python.exe\'',
      'Create a virtual environment with venv',
    ],
    // pyenv's shim (libexec/pyenv-which) and python-build.
    [
      '$ python3.12 -m venv .venv\npyenv: python3.12: command not found\n\nThe `python3.12\' command exists in these Python versions:\n  3.12.7\n\nNote: See \'pyenv help global\' for tips on allowing both\n      python2 and python3 to be found.',
      'Python version managers: pyenv, conda and uv',
    ],
    [
      '$ pyenv install 3.12.9\npython-build: definition not found: 3.12.9\n\nSee all available versions with `pyenv install --list\'.',
      'Python version managers: pyenv, conda and uv',
    ],
    // conda's EnvironmentNameNotFound (conda/exceptions.py).
    [
      '(base) % conda activate workshop\nEnvironmentNameNotFound: Could not find conda environment: workshop\nYou can list all discoverable environments with `conda info --envs`.',
      'Use conda for the workshop Python',
    ],
    // uv installed, but the terminal predates it.
    ['I ran the uv install script and then\n% uv venv --python 3.12 --seed .venv\nzsh: command not found: uv', 'Install Python with uv'],
    [
      "PS C:\\Users\\ana\\workshop> uv venv --python 3.12 --seed .venv\nuv : The term 'uv' is not recognized as the name of a cmdlet, function, script file, or operable program.",
      'Install Python with uv',
    ],
    // The classic py launcher (CPython PC/launcher.c) with no Python installed.
    ['C:\\Users\\ana>py --version\nCan\'t find a Default Python.', 'The py launcher on Windows'],
    // InstructLab's backend check on a model that was never downloaded.
    [
      '% ilab model chat\nFailed to determine backend: Cannot determine which backend to use: Failed to determine whether the model is a GGUF format: [Errno 2] No such file or directory: \'/Users/ana/.cache/instructlab/models/granite-7b-lab-Q4_K_M.gguf\'',
      'Download, serve and chat with a model using ilab',
    ],
    // huggingface_hub with no token stored.
    [
      'huggingface_hub.errors.LocalTokenNotFoundError: Token is required (`token=True`), but no token found. You need to provide a token or be logged in to Hugging Face with `hf auth login` or `huggingface_hub.login`. See https://huggingface.co/settings/tokens.',
      'ilab model download asks for a Hugging Face token',
    ],
    // Go's Windows wording of "connection refused" for Ollama's port.
    [
      'PS C:\\Users\\ana> ollama run granite3.1-dense:8b\nError: Post "http://127.0.0.1:11434/api/show": dial tcp 127.0.0.1:11434: connectex: No connection could be made because the target machine actively refused it.',
      'Ollama says could not connect: start the Ollama server',
    ],
    // Pylance's unresolved-import diagnostics name their rule.
    ['VS Code underlines my import in yellow: Import "ollama" could not be resolved Pylance(reportMissingImports)', 'Select the Python interpreter or venv in VS Code'],
    ['Import "requests" could not be resolved from source Pylance(reportMissingModuleSource) but pip says it is installed', 'Select the Python interpreter or venv in VS Code'],
    // Set-ExecutionPolicy run without -Scope CurrentUser, and a policy IT has locked (PowerShell's resx strings).
    [
      "PS C:\\Users\\ana> Set-ExecutionPolicy RemoteSigned\nSet-ExecutionPolicy : Access to the registry key 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PowerShell\\1\\ShellIds\\Microsoft.PowerShell' is denied. To change the execution policy for the default (LocalMachine) scope, start Windows PowerShell with the \"Run as administrator\" option. To change the execution policy for the current user, run \"Set-ExecutionPolicy -Scope CurrentUser\".",
      'PowerShell says running scripts is disabled when activating a venv',
    ],
    [
      'Set-ExecutionPolicy : Windows PowerShell updated your execution policy successfully, but the setting is overridden by a policy defined at a more specific scope.  Due to the override, your shell will retain its current effective execution policy of AllSigned.',
      'PowerShell says running scripts is disabled when activating a venv',
    ],
    // The Python extension's pop-up on Run or F5 without an interpreter.
    ['When I press F5 VS Code says: You need to select a Python interpreter before you start debugging. Tip: click on "Select Interpreter" in the status bar.', 'Select the Python interpreter or venv in VS Code'],
    // A Rust package built from source because the Python is newer than its wheels.
    [
      "pip install -r requirements.txt\n      error: the configured Python interpreter version (3.14) is newer than PyO3's maximum supported version (3.13)\n      = help: please check if an updated version of PyO3 is available. Current version: 0.22.2\n  ERROR: Failed building wheel for pydantic-core",
      'Python 3.13 or 3.14 is too new for Open WebUI and InstructLab: install 3.12 beside it',
    ],
    // huggingface_hub: no such repo (or not allowed to see it), and a token the Hub rejects.
    [
      'huggingface_hub.errors.RepositoryNotFoundError: 401 Client Error. (Request ID: Root=1-67a1b2c3)\n\nRepository Not Found for url: https://huggingface.co/api/models/instructlab/granite-7b-lab-GGUF/revision/main.',
      'ilab model download asks for a Hugging Face token',
    ],
    [
      '401 Client Error: Unauthorized for url: https://huggingface.co/api/whoami-v2 {"error":"Invalid credentials in Authorization header"}',
      'ilab model download asks for a Hugging Face token',
    ],
    // Open WebUI's port taken, as asyncio words it on Linux/macOS and on Windows.
    [
      "(.venv) $ open-webui serve\nINFO:     Started server process [4242]\nERROR:    [Errno 48] error while attempting to bind on address ('0.0.0.0', 8080): address already in use",
      'Open WebUI in a Python 3.12 virtual environment',
    ],
    [
      "ERROR:    [Errno 10048] error while attempting to bind on address ('0.0.0.0', 8080): only one usage of each socket address (protocol/network address/port) is normally permitted",
      'Open WebUI in a Python 3.12 virtual environment',
    ],
    // winget's package list broken on a fresh Windows.
    [
      'PS C:\\Users\\ana> winget install -e --id Python.Python.3.12\nFailed in attempting to update the source: winget\nFailed when searching source: winget\nAn unexpected error occurred while executing the command:\n0x8a15000f : Data required by the source is missing',
      'Install Python 3.12 on Windows with winget',
    ],
    // Taxonomy checks as ilab data generate (instructlab-sdg) reports them.
    [
      '$ ilab data generate\nERROR 2024-07-30 10:12:01 instructlab.sdg.utils.taxonomy: compositional_skills/writing/qna.yaml:14:1 [error] wrong indentation: expected 4 but found 2 (indentation)\nSystemExit: 1 taxonomy files with errors! Exiting.',
      'Check taxonomy changes with ilab taxonomy diff',
    ],
    ['WARNING 2024-07-30 10:12:01 2 warnings (see above) due to taxonomy files that were not (fully) usable.', 'Check taxonomy changes with ilab taxonomy diff'],
    // InstructLab 0.17's wordings (what pip installs on a too-new Python).
    [
      "(venv) $ ilab chat\nError: `/Users/ana/.config/instructlab/config.yaml` does not exists, please run `ilab init` or point to a valid configuration file using `--config=<path>`.",
      'Initialise InstructLab with ilab config init',
    ],
    ['ilab chat\nFailed to start server: Model path does not exist: models/merlinite-7b-lab-Q4_K_M.gguf', 'Download, serve and chat with a model using ilab'],
    // Homebrew's Command Line Tools checks after a macOS upgrade.
    [
      "% brew install python@3.12\nError: Your Command Line Tools are too outdated.\nUpdate them from Software Update in System Settings.\n\nIf that doesn't show you any updates, run:\n  sudo rm -rf /Library/Developer/CommandLineTools\n  sudo xcode-select --install",
      'xcrun: error: invalid active developer path: reinstall the Command Line Tools',
    ],
    ['Warning: Your Command Line Tools (CLT) does not support macOS 15.\nIt is either outdated or was modified.', 'xcrun: error: invalid active developer path: reinstall the Command Line Tools'],
    ['Error: Xcode alone is not sufficient on Sonoma.\nInstall the Command Line Tools:\n  xcode-select --install', 'xcrun: error: invalid active developer path: reinstall the Command Line Tools'],
    // apt and dnf run on the distribution's python3; after it is switched their modules are missing.
    [
      '$ sudo update-alternatives --config python3\n$ sudo apt update\nTraceback (most recent call last):\n  File "/usr/lib/cnf-update-db", line 8, in <module>\n    from CommandNotFound.db.creator import DbCreator\n  File "/usr/lib/python3/dist-packages/CommandNotFound/db/creator.py", line 11, in <module>\n    import apt_pkg\nModuleNotFoundError: No module named \'apt_pkg\'',
      'Do not replace the system python3 on Linux',
    ],
    // venv is part of Python; pip finds no package by that name.
    ['$ python3 -m pip install venv\nERROR: Could not find a version that satisfies the requirement venv (from versions: none)\nERROR: No matching distribution found for venv', 'Create a virtual environment with venv'],
    ['$ sudo dnf install git\nTraceback (most recent call last):\n  File "/usr/bin/dnf", line 61, in <module>\n    from dnf.cli import main\nModuleNotFoundError: No module named \'dnf\'', 'Do not replace the system python3 on Linux'],
  ])('%s', (paste, heading) => {
    expect(answer(paste)).toEqual(signatureAnswer(heading));
  });
});

describe('look-alike messages from other tools are left to the ranking', () => {
  it.each([
    // A web app's generic wording: not InstructLab's "Error connecting to the server: [Errno ...]".
    'My React app shows "There was an error connecting to the server." after I deploy it',
    // pip prints this for any package whose Requires-Python excludes the running Python, too old as well as too new.
    'ERROR: Ignored the following versions that require a different python version: 2.0.0 Requires-Python >=3.10',
    // rbenv's message has the same shape as pyenv's.
    "rbenv: version `2.7.8' is not installed (set by /home/me/app/.ruby-version)",
    // A NameError for the student's own variable is a bug in their code, not a command typed at the prompt.
    ">>> print(total)\nNameError: name 'total' is not defined",
    // A script saved with Windows line endings: the shell's message, but not about Python.
    '-bash: ./install.sh: /bin/bash^M: bad interpreter: No such file or directory',
    // Another click tool's unknown command: only ilab's pre-0.17 names are InstructLab's.
    "$ flask db upgrade\nError: No such command 'db'.",
    // pip's own internals missing is a broken pip, not a Python without pip.
    "ModuleNotFoundError: No module named 'pip._internal'",
    // apt not finding another package is not the VS Code package.
    'E: Unable to locate package codium',
    // The same snap refusal for another snap is not about VS Code.
    '$ sudo snap install astral-uv\nerror: This revision of snap "astral-uv" was published using classic confinement and thus may\n       perform arbitrary system changes outside of the security sandbox that snaps are usually\n       confined to, which may put your system at risk.',
    // rbenv's shim says the same of Ruby versions; ruby-build has the same "definition not found".
    "rbenv: rake: command not found\n\nThe `rake' command exists in these Ruby versions:\n  3.2.2",
    'ruby-build: definition not found: 3.3.9',
    // Another port refused on Windows is not Ollama's server.
    'Error: Get "http://127.0.0.1:8080/health": dial tcp 127.0.0.1:8080: connectex: No connection could be made because the target machine actively refused it.',
    // Another script run instead of sourced, and another command missing that starts with "uv".
    'zsh: permission denied: ./install.sh',
    'zsh: command not found: uvicorn',
    // Saying so in prose is not the py launcher's message.
    "I can't find the default python on my Mac, which one does brew use?",
    // Another Homebrew path missing is not the Apple silicon prefix.
    'zsh: no such file or directory: /usr/local/bin/brew',
    // PyO3's same check for a Python that is too old is not the too-new fix.
    "error: the configured Python interpreter version (3.7) is lower than PyO3's minimum supported version (3.8)",
    // Git's missing repository is not Hugging Face's.
    "remote: Repository not found.\nfatal: repository 'https://github.com/instructlab/taxonomyy.git/' not found",
    // Another uvicorn app's taken port is not Open WebUI's 8080, also when retyped.
    "ERROR:    [Errno 98] error while attempting to bind on address ('127.0.0.1', 8000): address already in use",
    // winget's Store source skipped is only a warning, not a broken source.
    'Failed when searching source; results will not be included: msstore',
    // llama-cpp-python's own sentence from any app is not InstructLab's.
    'ValueError: Model path does not exist: ./models/llama-2-7b.gguf',
    // A project's own module named like apt's or dnf's is not the system tools' Python.
    "ModuleNotFoundError: No module named 'apt'",
    "ModuleNotFoundError: No module named 'dnfile'",
    // Another package whose name starts with venv.
    'ERROR: Could not find a version that satisfies the requirement venv-pack==0.9 (from versions: 0.2.0)',
    // Homebrew's check on a full Xcode install is not the Command Line Tools.
    'Warning: Your Xcode (14.2) at /Applications/Xcode.app is too outdated.\nPlease update to Xcode 15.4 (or delete it).',
    // A short signature retyped must keep its words: apt's "Unable to locate package code" is not
    // VS Code unable to locate an interpreter (only "package" is missing, and it says what failed).
    'Unable to locate python interpreter\nVisual studio code is unable to locate any python interpreters.',
  ])('%s', (paste) => {
    expect(answer(paste).reason).not.toBe('error-signature');
  });
});
