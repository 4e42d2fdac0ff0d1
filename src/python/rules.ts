/**
 * Data tables that drive the paste scanner. To teach the parser a new kind of paste, add a test
 * case and one row here; the scanning code walks these tables and has no per-shell if-chains.
 *
 * Every pattern is applied to one cleaned line of at most MAX_LINE characters. Quantifiers are
 * bounded and never nested, so no pattern can backtrack catastrophically.
 */
import { anyOf, LOCALIZED_COMMAND_NOT_FOUND, LOCALIZED_NOT_RECOGNIZED } from '../text/not-found-phrases.js';
import type { KnownOs } from './types.js';
import { VERSION_SOURCE } from './version.js';

/** A shell prompt at the start of a line; what follows it is the command the user typed. */
export interface PromptRule {
  name: string;
  /** Anchored at ^; match[0] is the prompt itself. */
  pattern: RegExp;
  /** The operating system this prompt shape suggests, if any. */
  os: KnownOs | null;
  weight: number;
}

export const PROMPTS: readonly PromptRule[] = [
  // PS C:\Users\x>
  { name: 'powershell', pattern: /^PS [^>]{1,200}>\s?/, os: 'windows', weight: 6 },
  // C:\Users\x>
  { name: 'cmd', pattern: /^[A-Za-z]:\\[^>]{0,200}>\s?/, os: 'windows', weight: 5 },
  // user@host:~$ (bash on Debian/Ubuntu/Fedora-style) and the root variant with #
  // (Raspberry Pi OS and some Debian prompts put a space before the $: pi@raspberrypi:~ $)
  { name: 'user-at-host-colon', pattern: /^[\w.-]{1,64}@[\w.-]{1,64}:[^$#\s]{0,200} ?[$#] ?/, os: 'linux', weight: 5 },
  // [user@host ~]$ (Fedora/RHEL)
  { name: 'bracketed', pattern: /^\[[\w.-]{1,64}@[\w.-]{1,64} [^\]]{0,200}\][$#] ?/, os: 'linux', weight: 5 },
  // user@MacBook-Pro ~ % (zsh default on macOS)
  { name: 'zsh-user', pattern: /^[\w.-]{1,64}@[\w.-]{1,64} {1,3}[^%\s]{0,200} {1,3}% ?/, os: 'macos', weight: 5 },
  // ~ %   ~/project %
  { name: 'zsh-path', pattern: /^[~/][^%\s]{0,200} {1,3}% ?/, os: 'macos', weight: 4 },
  // MacBook-Pro:~ user$ (bash on older macOS)
  { name: 'mac-bash', pattern: /^[\w.-]{1,64}:[^$\s]{0,200} [\w.-]{1,64}\$ ?/, os: 'macos', weight: 4 },
  // oh-my-zsh: ➜  ~ / ➜  project git:(main) ✗
  { name: 'oh-my-zsh', pattern: /^➜ {1,4}[^\s]{0,200} {1,4}(?:git:\([^)]{0,100}\) {1,4}(?:✗ {1,4})?)?/, os: 'macos', weight: 2 },
  // % (zsh)
  { name: 'percent', pattern: /^% /, os: 'macos', weight: 2 },
  // PM> (the Package Manager Console inside Visual Studio, a PowerShell host)
  { name: 'package-manager-console', pattern: /^PM>\s?/, os: 'windows', weight: 6 },
  // ~$  ~/x $
  { name: 'tilde-dollar', pattern: /^~[^$\s]{0,200} ?\$ ?/, os: null, weight: 0 },
  // $  and starship ❯ / λ
  { name: 'dollar', pattern: /^\$ ?(?=\S)/, os: null, weight: 0 },
  { name: 'arrow', pattern: /^[❯λ»] ?/, os: null, weight: 0 },
  // nushell: ~> (or ~/x>)
  { name: 'nushell', pattern: /^~[^>\s]{0,200}> ?(?=\S)/, os: null, weight: 0 },
];

/**
 * Programs people name in sentences, Python's own commands among them. Told errors and told
 * versions belong to the last one named before them ("pip says command not found" is pip's).
 */
export const PROGRAM_NAMES =
  /\b(python(?:\d{1,2}(?:\.\d{1,3})?)?|py|pip\d{0,2}(?:\.\d{1,3})?|pyenv|conda|node|npm|brew|git|code|java|uv|poetry|ollama|ilab|docker|winget|choco|scoop|nvm|rustc|go)(?:\.exe)?\b/gi;

/** A Python command named in a sentence (python, python3, python3.12, py), as group 1 of the rules that tell one. */
const TOLD_PYTHON = String.raw`((?:python|py)(?:\d{1,2}(?:\.\d{1,3})?)?)`;

/** "No such file or directory" as glibc prints it in English, Chinese, German, French, Spanish, Portuguese and Russian. */
const NO_SUCH_FILE = String.raw`No such file or directory|没有那个文件或目录|Datei oder Verzeichnis nicht gefunden|Aucun fichier ou dossier de ce type|No existe el archivo o el directorio|Arquivo ou diretório inexistente|Нет такого файла или каталога`;

/** A message saying a command does not exist. */
export interface NotFoundRule {
  name: string;
  pattern: RegExp;
  /** Capture group holding the missing command; 0 when the message does not name it. */
  group: number;
  /** Command assumed when the message does not name it and no command line precedes it. */
  defaultCommand?: string;
  /**
   * For an error told in a sentence ("I typed python --version and got command not found"): the
   * command is the last program this pattern finds in the NARRATION_WINDOW characters before the
   * message; the rule applies only when one is found there. Such a rule is `told`.
   */
  namedBefore?: RegExp;
  /** Told in a sentence: the command is a name there ("Python"), reported in lower case as typed. */
  told?: boolean;
  os: KnownOs | null;
  weight: number;
}

export const NOT_FOUND: readonly NotFoundRule[] = [
  { name: 'zsh', pattern: /zsh: command not found: ([^\s'"]{1,200})/i, group: 1, os: 'macos', weight: 4 },
  // zsh's message with the "zsh: " prefix left out of the paste, or raised inside a function or
  // startup file, where zsh names the function and line instead: "(anon):16: command not found: python"
  { name: 'zsh-bare', pattern: /(?:^|:\d{1,6}: )command not found: ([^\s'"]{1,200})/i, group: 1, os: 'macos', weight: 2 },
  { name: 'zsh-no-such-file', pattern: /zsh: no such file or directory: ([^\s'"]{1,200})/i, group: 1, os: 'macos', weight: 4 },
  {
    name: 'windows-store-alias',
    // today's text, and Windows 10's older "Python was not found but can be installed from the Microsoft Store: https://...",
    // also retyped loosely ("python not found run without arguments to install from the Microsoft Store")
    pattern: /Python (?:was )?not found[;,.]? {0,2}(?:run without arguments to install|but can be installed) from the Microsoft Store/i,
    group: 0,
    defaultCommand: 'python',
    os: 'windows',
    weight: 8,
  },
  // the same message on a Spanish Windows ("No se encontró Python; ejecuta sin argumentos para
  // instalar desde Microsoft Store ..."), also as a console in another code page garbles the
  // accent ("No se encontr¾ Python")
  {
    name: 'windows-store-alias-es',
    pattern: /\bNo se encontr\S{1,2} Python\b|\bsin argumentos para instalar desde (?:la )?Microsoft Store/i,
    group: 0,
    defaultCommand: 'python',
    os: 'windows',
    weight: 8,
  },
  // the Store alias's first words, told: 'python --version gives "Python was not found"'
  { name: 'windows-store-told', pattern: /\bPython was not found\b/i, group: 0, defaultCommand: 'python', os: 'windows', weight: 4 },
  // the same told in other words, or translated back by the student from a localized Windows:
  // "Python couldn't be found. Start the shortcut without arguments ..."
  {
    name: 'python-not-found-told',
    pattern: new RegExp(String.raw`\b${TOLD_PYTHON} (?:(?:couldn't|could not|can't|cannot) be|is not|isn't) found\b`, 'i'),
    group: 1,
    told: true,
    os: null,
    weight: 0,
  },
  // the Store alias as it behaves, told with the Store as object or subject: "typing python opens
  // the Microsoft Store", "when I typed `python` ... the store popped up instead"
  {
    name: 'store-opens-told',
    pattern: new RegExp(
      [
        String.raw`\b(?:opens?|opened|opening|launch(?:es|ed)?|takes me to|redirects? (?:me )?to)\s{1,3}(?:up\s{1,3})?(?:the\s{1,3})?(?:Microsoft|MS|Windows)\s{1,3}Store\b`,
        String.raw`\b(?:the\s{1,3})?(?:Microsoft\s{1,3}|MS\s{1,3}|Windows\s{1,3})?Store\s{1,3}(?:app\s{1,3})?(?:pops? up|popped up|opens|opened|came up|comes up|shows up|showed up|appears|appeared)\b`,
      ].join('|'),
      'i',
    ),
    group: 0,
    namedBefore: PROGRAM_NAMES,
    told: true,
    os: 'windows',
    weight: 4,
  },
  // told after a verb of showing: "it says python version not found", "gives 'python3 not found'"
  {
    name: 'narrated-not-found',
    pattern: new RegExp(String.raw`\b(?:says?|said|shows?|showed|gives?|gave|got|getting|returns?|returned)\s{1,3}["'\u201c]?${TOLD_PYTHON}(?: version)?(?: is| was)? not found\b`, 'i'),
    group: 1,
    told: true,
    os: null,
    weight: 0,
  },
  // cmd.exe; retyped by hand it loses its quotes or swaps the words ("as external or internal command")
  { name: 'cmd', pattern: /'([^']{1,200})' is not recogni[sz]ed as (?:an? )?(?:internal|external)\b/i, group: 1, os: 'windows', weight: 6 },
  { name: 'cmd-unquoted', pattern: /(?:^|\s)([\w.-]{1,40}) is not recogni[sz]ed as (?:an? )?(?:internal|external)\b/i, group: 1, os: 'windows', weight: 6 },
  { name: 'powershell', pattern: /The term '([^']{1,200})' is not recogni[sz]ed as (?:the |a )?name of a cmdlet/i, group: 1, os: 'windows', weight: 6 },
  // The category line of the same error record, which PowerShell never wraps even when it wraps
  // the sentence above at the console's width ("is not\nrecognized"); a long path is elided with "...":
  // "+ CategoryInfo : ObjectNotFound: (C:/Users/ana/...n310/python.exe:String) [], CommandNotFoundException"
  { name: 'powershell-category', pattern: /\bObjectNotFound: \(((?:[^\s()]{0,200}[/\\])?python[\w.]{0,10}):String\)/i, group: 1, os: 'windows', weight: 6 },
  { name: 'ubuntu', pattern: /^Command '([^']{1,200})' not found/i, group: 1, os: 'linux', weight: 7 },
  // Ubuntu's command-not-found before 16.04 (still on WSL's first images): "The program 'python' is
  // currently not installed. You can install it by typing: ..." or "... can be found in the following packages:"
  { name: 'ubuntu-old', pattern: /^The program '([^']{1,200})' (?:is currently not installed|can be found in the following packages)/i, group: 1, os: 'linux', weight: 7 },
  // cmd.exe and PowerShell in other languages (not-found-phrases.ts): students paste what their Windows prints
  {
    name: 'cmd-localized',
    pattern: new RegExp(String.raw`["'«]\s?([^\s"'«»]{1,40})\s?["'»]\s?(?:${anyOf(LOCALIZED_NOT_RECOGNIZED)})`, 'i'),
    group: 1,
    os: 'windows',
    weight: 6,
  },
  // the same retyped without the quotes, as students writing Chinese, Japanese or Korean often do
  // ("python3不是内部或外部命令"); the sentence after it still says as what, so it is not a program's own message
  {
    name: 'cmd-localized-unquoted',
    pattern: new RegExp(String.raw`(?<![\w.-])([\w.-]{1,40})\s?(?:${anyOf(LOCALIZED_NOT_RECOGNIZED)})`, 'i'),
    group: 1,
    os: 'windows',
    weight: 6,
  },
  { name: 'cmd-german', pattern: /Der Befehl ["'«]?([^\s"'«»]{1,40})["'»]? ist entweder falsch geschrieben/i, group: 1, os: 'windows', weight: 6 },
  {
    name: 'powershell-localized',
    pattern: /(?:Die Benennung|Le terme|El término|O termo|Il termine)\s?["'«]\s?([^\s"'«»]{1,40})\s?["'»]\s?(?:wurde nicht|n'est pas reconnu|no se reconoce|não é reconhecido|non è riconosciuto)/i,
    group: 1,
    os: 'windows',
    weight: 6,
  },
  // a venv whose base Python was removed or moved: No Python at '"C:\...\Python39\python.exe'
  { name: 'venv-base-missing', pattern: /^No Python at ['"]{1,2}([^'"]{1,200})['"]/i, group: 1, os: 'windows', weight: 6 },
  // pip.exe and other launchers whose Python is gone: Fatal error in launcher: Unable to create process using '"C:\...\python.exe" ...'
  { name: 'launcher-process', pattern: /Unable to create process using ['"]{1,2}([^'"]{0,200}python[\w.]{0,10})['"]/i, group: 1, os: 'windows', weight: 6 },
  // the py launcher finding no (or not the requested) Python: "No suitable Python runtime found",
  // older "No installed Python found!", "Requested Python version (3.12) is not installed"
  {
    name: 'py-launcher-none',
    pattern: /^(?:No suitable Python runtime found|No installed Pythons? found|Requested Python version \([\d.]{1,10}\) (?:is )?not installed|Python [\d.]{1,10} not found!)/i,
    group: 0,
    defaultCommand: 'py',
    os: 'windows',
    weight: 6,
  },
  // `where python` in cmd when nothing matches
  { name: 'where-none', pattern: /^INFO: Could not find files for the given pattern/i, group: 0, defaultCommand: 'python', os: 'windows', weight: 6 },
  // `which python3` on Fedora/RHEL: "/usr/bin/which: no python3 in (/usr/local/bin:/usr/bin)"
  { name: 'which-none', pattern: /\bwhich: no ([\w.-]{1,40}) in \(/i, group: 1, os: 'linux', weight: 4 },
  // zsh's `which python` / `type python`: "python not found"
  { name: 'zsh-which', pattern: /^((?:python|py)[\w.]{0,6}) not found\s*$/i, group: 1, os: 'macos', weight: 2 },
  { name: 'fish', pattern: /fish: Unknown command:? '?([^\s']{1,200})'?/i, group: 1, os: null, weight: 0 },
  // dash: "sh: 1: python: not found", "/bin/sh: 1: python: not found", also quoted inside a sentence
  { name: 'dash', pattern: /(?:^|[\s"'(])(?:[\w./-]{1,40}: )?\d{1,6}: ([\w./-]{1,200}): not found\b/i, group: 1, os: 'linux', weight: 6 },
  // bash: "python: command not found", "bash: python: command not found", "-bash: line 1: python: command not found"
  // (the space after the shell's name goes missing when the colon was typed as a fullwidth ：)
  { name: 'bash', pattern: /^(?:-?[\w.-]{1,20}: ?)?(?:line \d{1,6}: )?([\w./\\-]{1,200}): command not found/i, group: 1, os: null, weight: 0 },
  // env in a script's #! line: GNU "/usr/bin/env: 'python': No such file or directory", BSD/macOS
  // "env: python2: No such file or directory"; usually quoted inside a sentence
  {
    name: 'env-shebang',
    pattern: new RegExp(String.raw`(?:^|[\s"'(])(?:\/usr)?(?:\/bin\/)?env: {0,2}'?([\w./-]{1,200})'? {0,2}: (?:${NO_SUCH_FILE})`, 'i'),
    group: 1,
    os: null,
    weight: 0,
  },
  // bash and Ubuntu's handler in other languages (not-found-phrases.ts)
  {
    name: 'bash-localized',
    pattern: new RegExp(String.raw`^(?:-?[\w.-]{1,20}: ?)?(?:line \d{1,6}: )?([\w./\\-]{1,200}): (?:${anyOf(LOCALIZED_COMMAND_NOT_FOUND)})`, 'i'),
    group: 1,
    os: null,
    weight: 0,
  },
  { name: 'ubuntu-localized', pattern: /^(?:Der Befehl|La commande|No se ha encontrado la orden|O comando|找不到命令)\s?["'«]\s?([^\s"'«»]{1,40})\s?["'»]/i, group: 1, os: 'linux', weight: 7 },
  // a script whose #! interpreter is gone (often pip3 after a Homebrew Python upgrade):
  // "zsh: /usr/local/bin/pip3: bad interpreter: /usr/local/opt/python@3.9/bin/python3.9: no such file or directory"
  { name: 'bad-interpreter', pattern: /bad interpreter: ([^\s:]{0,200}python[\w.]{0,10}): no such file or directory/i, group: 1, os: null, weight: 0 },
  // bash names the interpreter before its complaint, a path or a bare command:
  // "bash: ./x.py: /usr/bin/python: bad interpreter: No such file or directory", "bash: ./y: python3: bad interpreter: ..."
  { name: 'bash-bad-interpreter', pattern: /: ((?:[^\s:]{0,200}[/\\])?python[\w.]{0,10}): bad interpreter: no such file or directory/i, group: 1, os: null, weight: 0 },
  // an app that runs scripts with a set interpreter finding it gone: "The interpreter '/usr/bin/python' could not be found."
  {
    name: 'interpreter-missing',
    pattern: /\binterpreter:? ["']((?:[^\s"']{0,200}[/\\])?python[\w.]{0,10}(?:\.exe)?)["'] (?:could not be found|was not found|not found|does not exist|is missing)/i,
    group: 1,
    os: null,
    weight: 0,
  },
  // busybox/ash: "sh: python3: not found"
  { name: 'ash', pattern: /^-?[\w./-]{1,40}: ([\w./-]{1,200}): not found\s*$/i, group: 1, os: null, weight: 0 },
  { name: 'no-such-file', pattern: /^(?:-?[\w.-]{1,20}: )?(?:line \d{1,6}: )?(\/[\w./-]{1,200}): No such file or directory\s*$/i, group: 1, os: null, weight: 0 },
  {
    name: 'xcode-clt-stub',
    pattern: /xcode-select: note: No developer tools were found|xcrun: error: invalid active developer path/i,
    group: 0,
    defaultCommand: 'python3',
    os: 'macos',
    weight: 6,
  },
  // Told with the command after the verb: "my terminal does not recognize python3 command",
  // "Windows doesn't recognize 'py'". Only a Python command is taken: "doesn't recognize my GPU" is not one.
  {
    name: 'narrated-object',
    pattern: new RegExp(String.raw`\b(?:does not|doesn't|did not|didn't|do not|don't|cannot|can't|won't|could not|couldn't) recogni[sz]e (?:the )?["']?${TOLD_PYTHON}["']?(?= command\b|[\s.,;!?]|$)`, 'i'),
    group: 1,
    os: null,
    weight: 0,
  },
  // Told rather than pasted: "ran 'python --version' and got "command not found"", "says python is
  // not recognized". Last in the table: any real message on the line is matched above first.
  {
    name: 'narrated',
    pattern: /\bcommand not found\b|\bis not recogni[sz]ed\b|\bisn't recogni[sz]ed\b|\bnot recogni[sz]ed as\b|\bunknown command\b/i,
    group: 0,
    namedBefore: PROGRAM_NAMES,
    told: true,
    os: null,
    weight: 0,
  },
];

/** How far before a narrated error message (`namedBefore`) the command is looked for. */
export const NARRATION_WINDOW = 60;

/** A line (or part of one) that says which operating system the paste came from. */
export interface OsSignal {
  pattern: RegExp;
  os: KnownOs;
  /** The interactive REPL banner's platform (`] on darwin`) outweighs everything else combined. */
  weight: number;
}

/** macOS release names people give instead of a number ("Big Sur", "on Sonoma 14.5"). */
const MACOS_NAMES = String.raw`Tahoe|Sequoia|Sonoma|Ventura|Monterey|Big Sur|Catalina|Mojave|High Sierra|El Capitan|Yosemite`;
/** Linux distributions and their families, as people name them. */
const LINUX_NAMES = String.raw`Ubuntu|Kubuntu|Xubuntu|Debian|Fedora|Red ?Hat|RHEL|CentOS|Rocky Linux|AlmaLinux|Arch ?Linux|EndeavourOS|Garuda|Manjaro|Linux Mint|Pop!_OS|openSUSE|SUSE|Kali|Raspb?ian|Raspberry Pi OS|Gentoo|NixOS|elementary OS|Zorin|Alpine|Slackware|Void Linux|Mageia|Linux Lite`;

export const OS_SIGNALS: readonly OsSignal[] = [
  // Only the interactive REPL banner (and pip debug, below) names the platform, after the compiler tag:
  // "Python 3.12.4 (main, ...) [Clang 15.0.0 (clang-1500.3.9.4)] on darwin". `python -VV` stops at
  // the compiler tag, so the tags below carry the OS for -VV output.
  { pattern: /\]\s{0,4}on darwin\b/i, os: 'macos', weight: 100 },
  { pattern: /\]\s{0,4}on win32\b/i, os: 'windows', weight: 100 },
  { pattern: /\]\s{0,4}on linux\b/i, os: 'linux', weight: 100 },
  // `pip debug` (asked for by issue templates) names the same platform on a line of its own: "sys.platform: linux"
  { pattern: /^sys\.platform:\s{0,4}darwin\b/i, os: 'macos', weight: 100 },
  { pattern: /^sys\.platform:\s{0,4}win32\b/i, os: 'windows', weight: 100 },
  { pattern: /^sys\.platform:\s{0,4}linux\b/i, os: 'linux', weight: 100 },
  // -VV compiler tags: [MSC v.1929 64 bit (AMD64)] is python.org's Windows build
  { pattern: /\[MSC v\.\d/i, os: 'windows', weight: 8 },
  // Apple's clang identifies itself: [Clang 15.0.0 (clang-1500.3.9.4)]
  { pattern: /\[Clang [^\]]{0,80}\(clang-\d/i, os: 'macos', weight: 8 },
  // Plain clang builds are usually macOS, but conda and python-build-standalone use it on Linux too.
  { pattern: /\[Clang\b/i, os: 'macos', weight: 3 },
  { pattern: /\[GCC\b/i, os: 'linux', weight: 3 },
  // A bash prompt's user@host:~ (or :/path) even when the paste was split before its $ (pi@raspberrypi:~ $)
  { pattern: /^[\w.-]{1,64}@[\w.-]{1,64}:(?:~|\/)/, os: 'linux', weight: 4 },
  { pattern: /(?<!\/[A-Za-z]|[A-Za-z]:)\/Users\//, os: 'macos', weight: 5 },
  { pattern: /\/opt\/homebrew\b|\/usr\/local\/Cellar\b|\/Library\/Frameworks\/Python\.framework|\/Library\/Developer\/CommandLineTools/i, os: 'macos', weight: 6 },
  // the OS named in the text: "macOS 14.6", "Mac OS X", "MacOSX" (installer names), a release name;
  // its version may be run into it ("OSX10.9.3", "Sonoma14.5")
  { pattern: new RegExp(String.raw`\bmac ?os(?: ?x)?(?![a-z])|\bOS ?X(?![a-z])|\b(?:${MACOS_NAMES})(?![a-z])|\bdarwin\b`, 'i'), os: 'macos', weight: 5 },
  // macOS-only things: installer files, terminal apps
  { pattern: /\.(?:dmg|pkg)\b|\biTerm2?\b|\bTerminal\.app\b|~\/Library\/|(?:^|[\s"'])\/Applications\//i, os: 'macos', weight: 3 },
  // sw_vers prints "ProductName: macOS" (or "Mac OS X")
  { pattern: /\bsw_vers\b/i, os: 'macos', weight: 5 },
  // the machine: "my Mac", "MacBook Pro", "Apple M2 Pro", "M1 Max" (Apple silicon chips)
  { pattern: /\bMacBook|\biMac\b|\bMac-?mini|\bMac-?Studio|\bMac(?:'s)?\b|\bApple silicon\b/i, os: 'macos', weight: 4 },
  { pattern: /(?:\bApple |\b)M[1-5](?: ?(?:Pro|Max|Ultra))?\b(?![.\d])/, os: 'macos', weight: 4 },
  { pattern: /\bbrew (?:install|upgrade|info|list|doctor)\b|\bHomebrew\b|\bMacPorts\b|\bXcode\b/i, os: 'macos', weight: 2 },
  { pattern: /\.zshrc\b|\.zprofile\b/, os: 'macos', weight: 2 },
  { pattern: /\bxcode-select\b|\bxcrun\b/i, os: 'macos', weight: 5 },
  { pattern: /(?:^|[\s"'(=])[A-Za-z]:\\/, os: 'windows', weight: 5 },
  // drive paths written with forward slashes: C:/Users/x, c:/Program Files
  { pattern: /(?:^|[\s"'(=])[A-Za-z]:\/(?:Users|Program|Python|Windows|ProgramData)\b/i, os: 'windows', weight: 5 },
  { pattern: /\bwin_amd64\b|\bwin32\b|\bwin64\b/i, os: 'windows', weight: 4 },
  // upper case is Windows' name for the architecture ("(AMD64)", "(ARM64)" in an MSC tag); Debian
  // says amd64 and macOS arm64
  { pattern: /\bAMD64\b|\bARM64\b/, os: 'windows', weight: 4 },
  { pattern: /\.exe\b/i, os: 'windows', weight: 3 },
  // PowerShell's error record; its field names stay English in every language ("In riga:1 car:1 ... CategoryInfo")
  { pattern: /\bCategoryInfo\s{0,4}:|\bFullyQualifiedErrorId\s{0,4}:/, os: 'windows', weight: 6 },
  { pattern: /\bWindowsApps\b|Microsoft Windows \[Version|\bWindows PowerShell\b|\bPowerShell\b|\bAppData\\/i, os: 'windows', weight: 5 },
  // the OS named in the text: "Windows 11", "on windows", "Python Launcher for Windows", "Win10"
  { pattern: /\bWindows(?![a-z]| Subsystem)|\bWin ?(?:7|8|8\.1|10|11)\b/i, os: 'windows', weight: 6 },
  // Windows-only things: %VARS%, $env:, scripts and installers, Program Files, its package managers
  { pattern: /%(?:PATH|USERPROFILE|APPDATA|LOCALAPPDATA|ProgramFiles|USERNAME|HOMEPATH)%|\$env:|\.(?:ps1|bat|cmd|msi)\b|\bProgram Files\b/i, os: 'windows', weight: 4 },
  { pattern: /\bMicrosoft Store\b|\bwinget\b|\bchoco(?:latey)? install\b|\bscoop install\b|\bAnaconda Prompt\b|\bMSYS2\b|\bCygwin\b/i, os: 'windows', weight: 4 },
  // the shell named: "in my cmd", "Command Prompt" (or "promt"), cmd.exe
  { pattern: /\bcmd(?:\.exe)?\b|\bcommand prom(?:p?t|pth)\b/i, os: 'windows', weight: 3 },
  { pattern: /\bMINGW(?:32|64)\b|\bGit Bash\b/i, os: 'windows', weight: 6 },
  { pattern: /is not recogni[sz]ed as (?:an? )?(?:internal|external)\b|is not recogni[sz]ed as (?:the |a )?name of a cmdlet/i, os: 'windows', weight: 6 },
  // the py launcher
  { pattern: /(?:^|[\s>])py(?:\.exe)? {1,4}(?:-[0-9V]|-h\b|--help\b|--version\b|--list\b|list\b|install\b)/i, os: 'windows', weight: 4 },
  { pattern: /Installed Pythons found by py Launcher/i, os: 'windows', weight: 8 },
  // the Python Install Manager's own name
  { pattern: /\bpymanager\b/i, os: 'windows', weight: 4 },
  { pattern: /\bsudo (?:apt|apt-get|dnf|yum|zypper|pacman)\b|\bapt(?:-get)? install\b|\bdnf install\b|\bapt update\b/i, os: 'linux', weight: 4 },
  { pattern: /(?:^|[\s:'"=])\/home\/[\w.-]/, os: 'linux', weight: 4 },
  { pattern: /\/usr\/lib\/python3\/dist-packages|\b(?:x86_64|aarch64)-linux-gnu\b|\bmanylinux/i, os: 'linux', weight: 4 },
  { pattern: new RegExp(String.raw`\b(?:${LINUX_NAMES})(?![a-z])|\bLinux\b|\bRaspberry Pi\b|\bChrome ?OS\b|\bChromebook\b`, 'i'), os: 'linux', weight: 5 },
  // distribution codenames (Ubuntu, Debian) and hosted notebooks that run Linux
  { pattern: /\b(?:jammy|noble|focal|bionic|xenial|bookworm|bullseye|buster|trixie)\b|\bGoogle Colab\b|\bColab\b/i, os: 'linux', weight: 4 },
  // "Arch" alone, capitalised as the distribution is ("Using Arch and pacman"); not a field's "Arch:" (the CPU)
  { pattern: /\bArch\b(?!\s{0,2}[:=])/, os: 'linux', weight: 4 },
  { pattern: /\b(?:yum|zypper|pacman|apk add|snap install|lsb_release)\b|\bdeadsnakes\b|\/etc\/os-release|\.(?:deb|rpm)\b|\.(?:fc\d{2}|el[6-9])\.(?:x86_64|aarch64|noarch)\b/i, os: 'linux', weight: 3 },
  // WSL is Linux for the workshop's commands, however often Windows is named beside it
  { pattern: /\bWSL2?\b|\bWindows Subsystem for Linux\b|(?:^|[\s:'"=])\/mnt\/[a-z]\//i, os: 'linux', weight: 12 },
  { pattern: /Install package '[^']{1,100}' to provide command/i, os: 'linux', weight: 6 },
  // Ubuntu's command-not-found lists the packages by archive component: "'python3' from package 'python3-minimal' (main)"
  { pattern: /\bfrom package '[^']{1,100}' \((?:main|universe|restricted|multiverse)\)/i, os: 'linux', weight: 6 },
  // Arch's AUR helper querying or installing: "yay -Qi python", "yay -S python311"
  { pattern: /\byay -[SQR][a-z]{0,3}\b/, os: 'linux', weight: 4 },
];

/**
 * OS names people mistype ("Ubutu 22.04", "Debain 12", "Windwos 11"). A word one edit away from
 * one of these (a letter added, dropped, changed, or two neighbours swapped; same first letter;
 * five letters or more) counts only when that OS's own kind of version number follows it, or when
 * it is the answer of an OS field: a typo alone is too weak to name an OS.
 */
export interface OsTypoRule {
  /** The name, lower case. */
  name: string;
  os: KnownOs;
  /** The release number this OS uses, tested on the text right after the word. */
  release: RegExp;
}

/** A release number ends where no further digit or dotted digit follows. */
const END = String.raw`(?!\d|\.\d)`;
export const OS_TYPO_NAMES: readonly OsTypoRule[] = [
  // Ubuntu and its flavours number releases YY.MM, always April or October
  ...['ubuntu', 'kubuntu', 'xubuntu'].map((name) => ({ name, os: 'linux' as const, release: new RegExp(String.raw`^\s{0,2}\d{2}\.(?:04|10)${END}`) })),
  { name: 'debian', os: 'linux', release: new RegExp(String.raw`^\s{0,2}(?:[7-9]|1\d)(?:\.\d{1,2})?${END}`) },
  { name: 'fedora', os: 'linux', release: new RegExp(String.raw`^\s{0,2}[1-4]\d${END}`) },
  { name: 'centos', os: 'linux', release: new RegExp(String.raw`^\s{0,2}(?:[5-9](?:\.\d{1,2})?${END}|Stream\b)`, 'i') },
  { name: 'windows', os: 'windows', release: /^\s{0,2}(?:7|8(?:\.1)?|10|11|XP|Vista)(?!\w|\.\d)/i },
  { name: 'macos', os: 'macos', release: new RegExp(String.raw`^\s{0,2}(?:1[0-5]|2[6-9])(?:\.\d{1,2}){0,2}${END}`) },
];
/**
 * English words one edit from a name above (from SUBTLEX-US, plus a few it lacks): "a window 10
 * feet away" is not Windows. Ordinary words are never read as an OS however a number follows.
 */
export const NOT_OS_TYPOS: ReadonlySet<string> = new Set([
  'window', 'widows', 'winnows', 'fedoras', 'cents', 'cantos', 'macros', 'machos', 'maces', 'manos', 'makos',
]);
/** OS_TYPO_NAMES with a version after it: a little less than the name spelled right. */
export const OS_TYPO_WEIGHT = 4;

/**
 * An issue-template field naming the OS ("OS: macOS 14.6", "- OS Version: Fedora Linux 40",
 * "Operating System : Ubuntu 24.04", "### OS version" with the answer on the next line). The OS
 * signals found in its value count OS_FIELD_WEIGHT more: it is the reporter's own answer.
 */
export const OS_FIELD =
  /^(?:#{1,6}\s{0,4})?(?:(?:OS|Operating System|Platform|System)(?:\s{1,4}(?:name|version|name and version|info(?:rmation)?))?|(?:what|which) (?:OS|operating system)(?: (?:are you|do you|is)[\w\s]{0,30})?\??)\s{0,4}(?::\s{0,4}(.{1,200})|$)/i;
export const OS_FIELD_WEIGHT = 10;

/**
 * Boundaries at which a line that a chat client flattened ("~ % python3 --version Python 3.9.6")
 * is broken back into lines. Each matches the whitespace to replace with a newline.
 */
export const SPLITTERS: readonly RegExp[] = [
  // after a version flag, before the version it printed
  /(?<=\s-(?:-version|VV?))\s{1,8}(?=python\s{1,5}\d)/gi,
  // after "says:", "output:", "got" ..., before a version report; not after a log level's colon,
  // which starts the same message ("WARNING: Python 2.7 is not recommended.")
  /(?<=(?:(?<!\b(?:WARNING|DEPRECATION|ERROR|NOTE|INFO)):|\b(?:says|said|shows|showed|get|got|returns|returned|prints|printed|output|outputs|gives|gave)))\s{1,8}(?=python\s{1,5}\d)/gi,
  // before a prompt in mid-line
  /\s{1,8}(?=PS [A-Za-z]:\\)/g,
  /(?<!PS)\s{1,8}(?=[A-Za-z]:\\[^\s>]{0,100}>)/g,
  /\s{1,8}(?=~\/?[^\s%$]{0,100} ?[%$] )/g,
  /\s{1,8}(?=[\w.-]{1,64}@[\w.-]{1,64}(?::[~/]| ~ ?%))/g,
  /\s{1,8}(?=[$%] (?:python|py|pyenv|pip)[\w.]{0,8}\b)/gi,
  // before an error message in mid-line
  /(?<!\bThe term)\s{1,8}(?=(?:zsh: command not found|-?bash: |fish: Unknown command|'[\w.-]{1,40}' is not recogni[sz]ed|The term '|Python was not found;|Command '[\w.-]{1,40}' not found))/g,
  // after a not-found message, before the next command
  /(?<=command not found: [\w.-]{1,40})\s{1,8}(?=(?:python|py)[\w.]{0,8}(?:\.exe)?\s{1,4}-)/gi,
  /(?<=(?:batch file\.|Manage App Execution Aliases\.|command not found))\s{1,8}(?=\S)/gi,
];

/** Tails allowed after `Python X.Y.Z` for the line to count as a version report. */
export const VERSION_TAILS: readonly RegExp[] = [
  /^[.!]?$/,
  /^\+?\s{0,4}\(/, // -VV / REPL banner build info, "(64-bit)"
  /^\s{1,4}(?:\(?(?:64|32)[- ]?bit\)?|x64|x86|amd64|arm64|aarch64)\b/i, // VS Code's interpreter picker: "Python 3.12.1 64-bit", "x64"
  /^\s{1,4}[/•·]\s/, // an environment list: "Python 3.10.12 / pip 22.0.2"
  /^\s{0,4}::/, // conda: ":: Anaconda, Inc."
  /^\s{0,4}\|/, // old conda banner: "|Anaconda, Inc.| (default, ...)"
  /^\s{0,4}\[/, // build tag without date
  /^\s{0,4}on \w{1,20}/, // "on darwin"
  /^\s{0,4}experimental free-threading build/i,
  // chat after a clear separator: "Python 3.13.0 — am I good to go?", "Python 3.12.4, is that ok"
  /^\s{0,4}(?:[—–,;?]|-\s)/,
  /^\s{2,40}[\w.-]{1,60}(?:\s{1,40}[\w.-]{1,60})?\s*$/, // `conda list python` row: build string, channel
];

/** Entries in `py -0`, `py list`, `pyenv versions`: versions installed, not necessarily in use. */
export interface ListRule {
  name: string;
  pattern: RegExp;
  /** Group with the version. */
  version: number;
  /** Group that is `*` when the entry is the default/active one. */
  star: number;
  /** The list this shape belongs to; null when the shape alone is distinctive. */
  needsMode: 'pyenv' | 'pyenv-active' | null;
  /** Command that runs this entry (`$v` is replaced by major.minor), or null. */
  command: string | null;
  /**
   * When the entry is the Python actually in use (judged like a `Python X.Y` line): `always`
   * (`pyenv version`), `star` (the starred `pyenv versions` entry), `never` (launcher lists:
   * any entry can be run with `py -X.Y`).
   */
  active: 'always' | 'star' | 'never';
}

export const LIST_RULES: readonly ListRule[] = [
  // py -0 / py -0p (launcher 3.11+):  -V:3.12 *        Python 3.12 (64-bit)
  { name: 'py-0', pattern: /^-V:(?:PythonCore\/)?(\d{1,2}\.\d{1,3})[\w.-]{0,12}(?:\s{1,40}(\*))?/, version: 1, star: 2, needsMode: null, command: 'py -$v', active: 'never' },
  // py -0 (older launchers):  -3.9-64 *
  { name: 'py-0-old', pattern: /^-(\d{1,2}\.\d{1,3})(?:-(?:32|64|arm64))?(?:\s{1,40}(\*))?(?:\s|$)/, version: 1, star: 2, needsMode: null, command: 'py -$v', active: 'never' },
  // py list (Python Install Manager):  3.13[-64]   *  Python 3.13.5   PythonCore ...
  { name: 'py-list', pattern: /^\d{1,2}\.\d{1,3}[\w.[\]-]{0,16}\s{1,40}(?:(\*)\s{1,40})?Python (\d{1,2}\.\d{1,3}\.\d{1,3}(?:(?:a|b|rc)\d{1,3})?)/, version: 2, star: 1, needsMode: null, command: 'py -$v', active: 'never' },
  // pyenv version / versions:  * 3.11.4 (set by /Users/x/.pyenv/version)
  { name: 'pyenv-set-by', pattern: /^(\*)?\s{0,4}(\d{1,2}\.\d{1,3}(?:\.\d{1,3})?(?:(?:a|b|rc)\d{1,3})?)\s{1,4}\(set by [^)]{0,300}\)\s*$/, version: 2, star: 1, needsMode: null, command: null, active: 'always' },
  // pyenv versions: "  3.12.1" / "* 3.12.1"
  { name: 'pyenv-versions', pattern: /^(\*)?\s{0,4}(\d{1,2}\.\d{1,3}(?:\.\d{1,3})?(?:(?:a|b|rc)\d{1,3})?)\s*$/, version: 2, star: 1, needsMode: 'pyenv', command: null, active: 'star' },
  // pyenv global / local / shell / version-name print the selected version alone: "3.12.1"
  { name: 'pyenv-selected', pattern: /^()(\d{1,2}\.\d{1,3}(?:\.\d{1,3})?(?:(?:a|b|rc)\d{1,3})?)\s*$/, version: 2, star: 1, needsMode: 'pyenv-active', command: null, active: 'always' },
];

/** Commands whose output is a list of installed Pythons. */
export const LIST_COMMANDS: readonly { pattern: RegExp; mode: 'py' | 'pyenv' | 'pyenv-active' }[] = [
  { pattern: /^(?:py|pymanager)(?:\.exe)?\s{1,4}(?:-0p?|--list(?:-paths)?|list)\b/i, mode: 'py' },
  { pattern: /^pyenv\s{1,4}(?:global|local|shell|version-name)\b/i, mode: 'pyenv-active' },
  { pattern: /^pyenv\s{1,4}versions?\b/i, mode: 'pyenv' },
];

/**
 * Issue-template fields for the Python version: "Python version: 3.11.9", "- python: 3.10",
 * "**Python Version** = 3.12", "python_version: 3.11", a markdown table row "| Python | 3.12.1 |". (`Python version : Python 3.10.17` is split at the colon and read as
 * a version line.)
 */
export const PYTHON_FIELD = new RegExp(
  String.raw`^(?:#{1,6}\s{0,4}|\|\s{0,4})?(?:python3?(?:[\s_]{1,4}(?:version|ver\.?))?(?:\s{1,3}(?:used|installed|in use))?(?:\s{1,3}\([^()]{1,80}\))?|version of python)\s{0,4}[:=|]\s{0,4}(?:python\s{0,4})?v?${VERSION_SOURCE}(?=$|[\s,;!?)(\]|]|\.(?:\s|$))`,
  'i',
);
/**
 * pip refusing a package names the Python it runs on: "ERROR: Package 'x' requires a different
 * Python: 3.9.6 not in '>=3.10'".
 */
export const PIP_REFUSED = new RegExp(String.raw`requires a different Python: ${VERSION_SOURCE} not in\b`, 'i');
/**
 * Warnings a program prints about the Python it runs on, naming its version: the Python 2.7 that
 * macOS shipped ("WARNING: Python 2.7 is not recommended. This version is included in macOS for
 * compatibility with legacy software.") and pip on an end-of-life Python ("DEPRECATION: Python 3.6
 * reached the end of its life on December 23rd, 2021."), or a program refusing it ("You are using
 * Python 2.7, but …"). Ranked with pip's word.
 */
export const RUNTIME_WARNINGS: readonly RegExp[] = [
  new RegExp(String.raw`^WARNING: Python ${VERSION_SOURCE} is not recommended\b`, 'i'),
  new RegExp(String.raw`^DEPRECATION: Python ${VERSION_SOURCE} reached the end of its life\b`, 'i'),
  // Programs that check the Python they run on and refuse it: "ERROR: You are using Python 2.7, but
  // OK requires Python 3.3 or higher."
  new RegExp(String.raw`\bYou are using Python ${VERSION_SOURCE}(?=[,.;:!]?\s|[,.;:!]?$)`, 'i'),
  // pipenv names only the number: "Your Pipfile requires python_version 3.9, but you are using 3.8.10"
  new RegExp(String.raw`\brequires python(?:_version)? \d{1,2}\.\d{1,3}\S{0,10},? but you(?: are|'re) (?:using|running) ${VERSION_SOURCE}(?=[,.;:!]?\s|[,.;:!]?$)`, 'i'),
];
/** Poetry refusing the active Python: "Current Python version (3.11.2) is not allowed by the project (^3.8,<3.11)." */
export const POETRY_REFUSED = new RegExp(String.raw`Current Python version \(${VERSION_SOURCE}\) is not allowed\b`, 'i');
/**
 * The field with no separator, the version ending the line: "- Python Version 3.13", "python version
 * 3.11.0a5", "Python version is 3.12.1". Read before commands, as `python version` would otherwise be one. Nothing may follow the
 * version: "Python version 3.11 (or newer) is required" is not a field.
 */
export const PYTHON_FIELD_UNMARKED = new RegExp(
  String.raw`^python3?[\s_]{1,4}(?:version|ver\.?)\s{1,4}(?:is\s{1,3})?v?${VERSION_SOURCE}\.?$`,
  'i',
);
/**
 * The same field as a heading, its answer on the next line: "### Python version" then "3.8.5",
 * CPython's "### CPython versions tested on:" then "3.12", or with the template's note on when to
 * answer ("### Python Version (if running from source)"), or asked ("## Python Version?").
 */
export const PYTHON_FIELD_HEADING =
  /^(?:#{1,6}\s{0,4})?(?:c?python3?\s{1,4}versions?(?:\s{1,3}(?:used|installed|in use|tested(?: on)?))?(?:\s{1,3}\([^()]{1,80}\))?\s{0,4}[:?]?|(?:what|which) (?:version of python|python version) (?:are you|do you|is)[\w\s]{0,30}\??)$/i;
/** The answer under such a heading: "3.8.5", "Python 3.12", "3.11.4 (64-bit)". */
export const FIELD_ANSWER = new RegExp(String.raw`^(?:python\s{1,4})?v?${VERSION_SOURCE}(?:\s{1,4}\(.{0,100})?$`, 'i');

/*
 * Versions told in sentences. Two strengths: what a Python command was *told* to print ("python
 * --version returns 2.7.5", "all I see is Python 3.8.3", "the output is python 2.7.10"), and the
 * reporter's Python *mentioned* ("I'm using python 3.9", "my current python is Python 3.12.0a4",
 * "The python version is 3.11.2", "Windows 11, Python 3.10.x"). A told version outranks a mention
 * ("I installed 3.10 but python --version says 2.7.16"). Anything a requirement, a plan or a
 * question could have said ("needs Python 3.11 or newer", "should I install Python 3.12") is not
 * the reporter's Python.
 */
/** Output verbs, then filler words, then the version (with or without the word Python). */
export const TOLD_VERSION = new RegExp(
  String.raw`(?:\b(?:returns?|returned|gives?|gave|gets?|got|getting|says?|said|shows?|showed|shown|showing|prints?|printed|printing|outputs?|displays?|displayed|reports?|reported|tells me|see|answers?|answered|responds?|responded|reads?)\b|\boutput\b|(?:--version|\s-VV?)\s{0,3}(?=is\b|=>|[=:]|->|→)` +
    // the same told in Spanish, Portuguese, French, German and Chinese
    String.raw`|\b(?:aparece|sale|muestra|dice|devuelve|mostra|diz|retorna|affiche|indique|renvoie|zeigt)\b|显示|输出|返回)` +
    String.raw`(?:\s{0,3}(?:is|was|me|it|back|as|that|la|el|le|a|que|es|é|est|ist|:|=>|=|->|→)(?![\w])){0,3}\s{0,3}["']?\s{0,2}(python\s{1,3}|version\s{1,3})?v?${VERSION_SOURCE}`,
  'gi',
);
/**
 * The same told with the verb after what was shown, as Japanese puts it: "`python3 -V` なら
 * `Python 3.5.1` が表示されます" (is displayed), "3.8.10 と出ます" (comes out). Groups as in
 * TOLD_VERSION: the word Python, then the version.
 */
export const TOLD_BEFORE_VERB = new RegExp(String.raw`(python\s{0,3})?v?${VERSION_SOURCE}\s{0,3}["']?\s{0,3}(?:が|と)\s{0,2}(?:表示|出力|出て|出ま|出る|返)`, 'gi');
/**
 * The reporter's Python named: "python 3.9", "Python v3.11.4", "python version 3.10.3", "Python
 * latest version - 3.11", "python is Python 3.12.0a4", "python3 is 3.9.6". Other shapes ("Python,
 * which is the 3.11.0", "my Python (3.11.4)", "py 3.12") are left to the last-resort tied reading.
 * A link word (`link`: "is", ":") makes the mention a statement by itself; otherwise it needs a cue
 * before it. `python3` (the command's name) needs the link word. The version
 * is the last group.
 */
export const MENTIONED_VERSION = new RegExp(
  String.raw`\b(?:C|Py)?python(?<three>3)?(?:'s)?(?:\s{1,3}(?:latest|current|default|installed|newest))?(?:\s{1,3}version)?(?<link>\s{1,3}(?:is|was|=|:|-)|\s{0,2}[=:-])?\s{1,3}(?:python\s{1,3})?v?${VERSION_SOURCE}`,
  'gi',
);
/**
 * Where a clause starts: what came before it says nothing about this mention. A cause ("due to",
 * "because of") states a fact whatever the sentence failed to do ("can't install due to Python 3.8").
 */
export const CLAUSE_START = /(?:[.;!?](?=\s)|[,(。、]|\s[/•·]\s|\bbut\b|\band\b|\bhowever\b|\bwhile\b|\bwhereas\b|\bthough\b|\bunlike\b|\bdue to\b|\bbecause(?: of)?\b)/gi;
/** How many characters before a mention are read for cue and exclusion words. */
export const PROSE_WINDOW = 60;
/** Whole words of `list`, for languages with accented letters (`\b` sees only ASCII letters). */
const words = (list: string): string => String.raw`(?<![\p{L}'])(?:${list})(?![\p{L}])`;
/** "installed" in Spanish, Portuguese, French, German and Italian, after a mention: "Python 3.12.1 installiert". */
const OTHER_INSTALLED = "instalado|instalada|installé|installée|installiert|installato|installata";
/**
 * Need, require, want, should, recommend, at least, and negation in Spanish, Portuguese, French, German and Italian: "necesito
 * Python 3.11", "il faut Python 3.12", "ich brauche Python 3.11", "non ho Python 3.12".
 */
const OTHER_EXCLUSIONS = words(
  "necesito|necesita|necesario|requiere|requisito|quiero|debería|recomienda|mínimo|preciso|precisa|necessário|requer|quero|deveria|recomenda|besoin|faut|nécessite|requiert|veux|voudrais|devrais|recommande|brauche|braucht|benötigt|erfordert|möchte|sollte|empfohlen|mindestens|serve|bisogno|richiede|voglio|dovrei|consiglia|almeno|não|pas|nicht|kein|keine|non",
);
/**
 * Words before a mention (in its clause) that make it the reporter's own Python. First person and
 * possession are strong ("I'm using Python 3.10.4"); the rest only place a Python in the story
 * ("execute the script with Python 3.9", "Fedora 39 (which installs python 3.12)") and lose to a
 * strong mention anywhere in the paste.
 */
export const PROSE_STRONG_CUES = new RegExp(
  String.raw`\b(?:I|I'm|Im|I've|Ive|my|me|mine|we|we're|our|have|has|had|having|got|installed|downloaded|upgraded|updated|switched|current(?:ly)?|it's|its)\b|-installed\b|我|安装|使用|默认|自带|当前`,
  'iu',
);
/** Cue words that say a Python was installed, not that it runs: such a mention loses to a not-found error. */
export const INSTALL_CUES = new RegExp(String.raw`\b(?:installed|install|installs|installing|downloaded|download)\b|-installed\b|安装|安裝|インストール|설치|${words(`instalé|instalei|${OTHER_INSTALLED}`)}`, 'iu');
export const PROSE_WEAK_CUES = /\b(?:using|use|used|uses|running|run|runs|ran|on|with|for|default|install|installs|ships|shipped)\b/i;
/** Negation words: among PROSE_EXCLUSIONS, but see NEGATED_TARGET. */
export const NEGATIONS = /\b(?:not|no|don't|doesn't|didn't|can't|cannot|isn't|wasn't|aren't|weren't|won't)\b/gi;
/**
 * A clause that ends in "for" or "on", with a word between it and any negation: the negation is
 * about something for (or on) the Python named next ("no wheel for", "cannot be installed on"),
 * not about having that Python ("not on Python 3.12" denies it).
 */
export const NEGATED_TARGET = /(?<!\b(?:not|no|n't)\s{1,3})\b(?:for|on)\s{1,3}$/i;
/**
 * A failure told of the reporter's own Python: "it doesn't work with Python 3.12.0", "won't install
 * on Python 3.13", "fails to build under 3.12". Negated, "works with" is not a compatibility claim
 * ("works with Python 3.8+") but what happened on that Python.
 */
export const FAILED_ON = /\b(?:doesn't|does not|didn't|did not|won't|will not|can't|cannot|isn't|not)\s{1,3}(?:work|run|install|build|compile|start|load)(?:ing)?\s{1,3}(?:with|on|under|in)\s{1,3}(?:python\s{0,3})?$/i;
/**
 * The same in Chinese and Japanese (need, require, please, suggest, recommend, must, at least,
 * minimum, want (想), plan, support, "want to"). Japanese puts the verb last, so these are also read
 * after a mention in such a sentence ("3.12をインストールしたい": want to install 3.12).
 */
const CJK_EXCLUSIONS = /需要|要求|请|請|建议|建議|推荐|推薦|必须|必須|至少|最低|想|打算|支持|兼容|必要|推奨|対応|予定|したい|つもり/;
/**
 * Words before a mention (in its clause) that make it a requirement, a plan, a doubt or a question.
 * "to install" (download, upgrade, switch) is what one means to do ("too lazy to install Python
 * 3.12", "it says to download 3.11"), unless the sentence says it was done ("used pyenv to install
 * 3.10.11", "managed to install").
 */
export const PROSE_EXCLUSIONS = new RegExp(
  String.raw`(?<![\w@])@[\w-]{1,39}\b|\b(?:need|needs|needed|require[sd]?|requirement|should|must|recommend\w*|suggest\w*|support\w*|minimum|at least|want|wants|wanted|wish|plan\w*|going to|will|would|I'll|I'd|gonna|let me|tr(?:y|ying|ied) to get|(?<!\b(?:used|using)\s{1,3}[\w.-]{1,20}\s{1,3}|\bmanaged\s{1,3}|\b(?:was|were) able\s{1,3})to (?:install|download|upgrade|update|switch)\b(?!.{0,60}\b(?:with|under|using)\s{1,3}(?:python\s{0,3})?$)|how (?:do|can|to|should)|instead of|he|she|they|someone|somebody|others|(?:my|a) (?:friend|colleague|coworker|teammate|classmate)s?|docs?|documentation|expects?|expected|compatible|works? (?:with|on)|not|no|don't|doesn't|didn't|can't|cannot|isn't|wasn't|aren't|weren't|won't|without|than|below|above|older|newer|if|whether|does|do|is it|is there|are|wait|waiting)\b|[<>]=?|~=` +
    String.raw`|${CJK_EXCLUSIONS.source}|${OTHER_EXCLUSIONS}`,
  'iu',
);
/**
 * What may follow a mention that makes it a range, not a version: "3.11+", "3.11 or newer", "3.10-3.12",
 * "3.10或更高版本", "3.10以上"; or a feature of that version, not the reporter's ("Python 3.12 support");
 * or one offered or tried and not had ("Version 3.9.1 is available", "to 'python3 3.9.1' failed").
 */
export const PROSE_AFTER_EXCLUSIONS = /^(?:\+|\s{0,3}(?:or|and|to)\s{1,3}(?:newer|later|higher|above|greater|up|\d)|\s{0,3}(?:-|–|to)\s{0,3}\d|\s{0,3}(?:is|are)\s{1,3}(?:required|needed|recommended|supported|the minimum)|\s{0,3}\?|\s{0,3}(?:support|compatibility)\b|['"]?\s{0,3}(?:failed|is (?:now )?available)\b|\s{0,3}(?:或|及|以上|以降|以下|至|から))/i;
/** Right after a mention ("is" optional): one of `english`, or "installed" in the other languages read. */
const afterMention = (english: string): RegExp => new RegExp(String.raw`^\s{0,3}(?:is\s{1,3})?(?:(?:${english})\b|${words(OTHER_INSTALLED)})`, 'iu');
/** "installed" after a mention: a Python said installed, not shown running ("I have Python 2.7 installed"). */
export const INSTALLED_AFTER = afterMention('installed');
/** What may follow a mention that makes it the reporter's: "Python 3.12.4 installed via Homebrew", "Python 3.12 here". */
export const PROSE_AFTER_CUES = afterMention('installed|in use|active|here');
/**
 * After a mention, a setting that only places it ("Python 3.8.1 under macOS 10.15", "Python 3.12 on
 * Windows"): a weak cue. The thing it names ("the python 3.9.1 package") is left to the tied reading.
 */
export const PROSE_AFTER_WEAK_CUES = /^\s{0,3}(?:on|under|in|via|from|with)\s/i;
/** Words that say a number is a version, in the languages told versions are read in. */
export const VERSION_WORD = /\bversions?\b|\bversión\b|\bversão\b|版本/i;
/** How many told/mentioned candidates of one line are examined at most. */
export const MAX_PROSE_MATCHES = 20;
/**
 * A Python written with its command name in a first-person sentence: "I'm using Python3.12",
 * "I have python3.11 installed". Only strong cues count (a bare `python3.11` is a command), and not
 * when a flag or an error follows it, nor inside a path (/usr/local/bin/python2.7).
 */
export const GLUED_MENTION = /(?<![/\\\w.@-])python(\d\.\d{1,2}(?:\.\d{1,3})?)(?![\w.]|\s{0,2}(?:-|:))/gi;
/** A bare version that can only be Python's: 2.7 or 3.x, with an optional patch number. */
const BARE_VERSION = String.raw`2\.7(?:\.\d{1,3})?|3\.\d{1,2}(?:\.\d{1,3})?`;
/** Not followed by more of a version, a word or a "+" (a range). */
const BARE_END = String.raw`(?![\w+]|\.\d)`;
/**
 * A bare Python-shaped version placed in the reporter's setup, group 1 (or 2) the version. Weakest
 * of all mentions, and taken only when the text was given as a Python paste or speaks of Python
 * somewhere (analyze.ts):
 * - right after a setup word: "a pip install with 3.13", "upgraded to 3.12", "I have 3.11.4",
 *   "the default one installed (2.7.16)", "installed version 3.10"; "Django 3.2" is not preceded
 *   by such a word;
 * - said to be installed or the default: "but 3.7.4 is installed";
 * - what it printed, told in a reply to the check: "it says 3.8.10", "shows me 3.9", "its 3.9",
 *   "ver 3.11.2" (the check asks for what `python --version` printed; people answer in words);
 *   "it", "terminal" or nothing says it, not another program ("pyenv global says 3.12.1"); the same
 *   opening a reply in Spanish, Portuguese, French or German ("me sale 3.8.10", "aparece 3.9.6");
 * - in Chinese, where no word boundary separates the cue from the number: after "to", "use",
 *   "installed", "switch to" ("回退到3.10", "改用3.11"), or before "版本" (version: "2.7版本").
 */
export const BARE_MENTIONS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:with|to|on|using|use|installed|have|has|get|got|running|run)(?:\s{1,3}(?:version\s{1,3})?|\s{0,2}\(\s{0,2})v?(${BARE_VERSION}(?:(?:a|b|rc)\d{1,3})?)${BARE_END}`, 'gi'),
  new RegExp(String.raw`(?<![\w.])v?(${BARE_VERSION})\s{1,3}(?:is|was)\s{1,3}(?:installed|the default)\b`, 'gi'),
  new RegExp(String.raw`(?:(?:^\s{0,3}|\b(?:it|that|this|terminal|console|output|now|still)\s{1,3})(?:says?|said|shows?|showed|gives?|gave|returns?|returned|prints?|printed|displays?|displayed)(?:\s{1,3}me)?|^\s{0,3}(?:it'?s|it is|its|ver\.?)|^\s{0,3}(?:(?:me|lo|la)\s{1,3})?(?:sale|dice|aparece|muestra|mostra|diz|affiche|zeigt))\s{1,3}["'\u201c\u2018]?v?(${BARE_VERSION}(?:(?:a|b|rc)\d{1,3})?)${BARE_END}`, 'gi'),
  new RegExp(String.raw`(?:到|用|装了?|换成)\s{0,2}v?(${BARE_VERSION})${BARE_END}|(?<![\w.])(${BARE_VERSION})\s{0,2}版本`, 'g'),
];
/**
 * The reporter saying which version is theirs, group 1 (or 2) the version: "my version is 3.12.10",
 * "the version I have is 3.11.4", "3.5.1, which is the version I have", and the same in Spanish and
 * Portuguese ("la versión que tengo es 3.12.10", "(La versión que yo utilizaba era la 3.12.10)",
 * "a versão que eu uso é 3.11.2", "3.5.1 (que es la versión que tengo)"). As strong as a version
 * named with Python: it is the answer to the check, even beside the versions a course asks for.
 */
export const OWN_VERSION = new RegExp(
  String.raw`(?:\b(?:my\s{1,3}(?:current\s{1,3})?version|the\s{1,3}(?:current\s{1,3})?version\s{1,3}(?:that\s{1,3})?i(?:\s{1,3}am|'m)?\s{1,3}(?:have|use|using|installed|got))\s{1,3}(?:is|was)` +
    String.raw`|\b(?:mi|minha)\s{1,3}(?:versi[oó]n|vers[aã]o)\s{1,3}(?:es|era|é|e)` +
    String.raw`|\b(?:la|a)\s{1,3}(?:versi[oó]n|vers[aã]o)\s{1,3}(?:que|q)\s{1,3}(?:yo\s{1,3}|eu\s{1,3})?(?:tengo|tenía|tenia|uso|usaba|utilizo|utilizaba|instalé|instale|tenho|usava|instalei)\s{1,3}(?:es|era|é|e))` +
    String.raw`(?:\s{1,3}(?:la|a))?\s{1,3}v?(${BARE_VERSION})${BARE_END}` +
    String.raw`|(?<![\w.])v?(${BARE_VERSION})${BARE_END}\s{0,3}[,(]?\s{0,3}(?:which|that|que)\s{1,3}(?:is|es|é)\s{1,3}(?:the|la|a)\s{1,3}(?:versi[oó]n|vers[aã]o)\s{1,3}(?:(?:that\s{1,3})?i\s{1,3}(?:have|use)|que\s{1,3}(?:tengo|uso|utilizo|tenho))`,
  'gi',
);
/**
 * A Python's version inside a path or file name: python.org's installers and archives
 * ("python-3.12.4-amd64.exe", "python-3.8.10-macosx10.9.pkg", "Python-3.12.4.tgz",
 * "python-3.12.4-embed-amd64.zip") and folders named after them (WinPython's
 * "\\python-3.13.0b1.amd64\\Lib"). The version is group 1, the rest of the name group 2; a name
 * with no rest ("python-3.12.4 " in prose) counts only as a folder, a separator after it. Only the
 * `python-` prefix with a full dotted version counts: a folder like `Python312` or `python3.12`
 * does not say which release it holds, and "python-dateutil-2.8.2" is another package.
 */
export const PATH_VERSION = new RegExp(
  String.raw`(?<![\w.-])python-(\d\.\d{1,2}\.\d{1,3}(?:(?:a|b|rc)\d{1,3})?)` +
    String.raw`((?:[-.](?:amd64|arm64|win32|win64|x86_64|embed|macosx?\d{0,2}(?:\.\d{1,2})?)){0,3}(?:\.(?:exe|msi|pkg|dmg|tgz|zip|tar\.(?:gz|xz|bz2)))?)` +
    // then a path separator (a folder), or the end of the name (which code requires to have a tail)
    String.raw`(?=[/\\"'\s),;:]|\.(?:\s|$)|$)`,
  'gi',
);
/** The rest of such a name when it is an installer or an archive: what was downloaded, not what runs. */
export const INSTALLER_NAME = /\.(?:exe|msi|pkg|dmg|tgz|zip|tar\.(?:gz|xz|bz2))$/i;
/**
 * The last-resort reading (see tiedVersion in scan.ts): every version token on a line, with the word
 * Python run into it when it is ("python3.8", "python-3.10.0", "/usr/lib/python3.11"; group `glue`).
 * The version is the last group.
 */
export const TIED_TOKEN = new RegExp(String.raw`(?:(?<glue>\b(?:c?python|py)-?)|(?<![\w.]))v?${VERSION_SOURCE}`, 'gi');
/**
 * The word Python near a version, as people write it in any language (the Latin name, katakana,
 * hangul, Cyrillic), also run into letters of a language written without spaces ("パソコンのPythonは");
 * not a file ending in .py ("setup.py 3.12") nor python.org.
 */
export const PYTHON_WORD = /(?<![A-Za-zА-я\d./\\_-])(?:c?python[23]?|py|パイソン|파이썬|питон[а-я]{0,3})(?![A-Za-zА-я]|\.\p{L})/iu;
/** How many characters before and after a version the word Python ties it to Python. */
export const TIE_BEFORE = 60;
export const TIE_AFTER = 40;
/**
 * The name right before a version, past a version word ("Django 3.2", "sybil-2.0.1", "Python
 * versión 3.3.5"): group 1 the name, group 2 what joins it to the version.
 */
export const VERSION_OWNER = /([\p{L}][\p{L}\d+]{0,30})(-|_|\s{1,3})(?:(?:version|versión|versão|ver\.?)\s{1,3})?v?$/iu;
/** The paste speaks of Python: a bare version elsewhere in it may be Python's. */
export const SPEAKS_OF_PYTHON = /\bpython|\bpy\s{1,3}-/i;
/**
 * A package manager's line for the system python3 package (not python3-pip and friends): apt list
 * "python3/jammy-updates,now 3.10.6-1~22.04 amd64 [installed]", dpkg -l "ii  python3  3.10.6-1~22.04",
 * apt "python3 is already the newest version (3.12.3-0ubuntu2)", dnf "Package python3-3.12.4-1.fc40
 * .x86_64 is already installed" (dnf5 quotes the name), rpm -q "python3-3.12.4-1.fc40.x86_64", Homebrew "python@3.12 3.12.4 is already installed". It is the
 * python3 that distribution runs, ranked with pip's word.
 */
export const PACKAGE_LINES: readonly RegExp[] = [
  /^python3(?:\.\d{1,2})?\/[\w,.-]{1,100}\s{1,4}(\d{1,2}\.\d{1,3}\.\d{1,3})[\w.~+:-]{0,40}\s.{0,100}\[installed/i,
  /^ii\s{1,4}python3(?:\.\d{1,2})?(?::\w{1,10})?\s{1,40}(\d{1,2}\.\d{1,3}\.\d{1,3})/,
  /^python3(?:\.\d{1,2})? is already the newest version \((\d{1,2}\.\d{1,3}\.\d{1,3})/i,
  // dnf (dnf5 quotes the name)
  /^Package ["']?python3(?:\.\d{1,2})?-(\d{1,2}\.\d{1,3}\.\d{1,3})-[\w.]{1,40}["']? is already installed/i,
  // rpm -q python3: the package's full name alone, "python3-3.12.4-1.fc40.x86_64"
  /^python3(?:\.\d{1,2})?-(\d{1,2}\.\d{1,3}\.\d{1,3})-\w{1,20}\.[\w.]{1,30}\.(?:x86_64|aarch64|i686|armv7hl|ppc64le|s390x|noarch)$/,
  /\bpython(?:3|@\d{1,2}\.\d{1,3}) (\d{1,2}\.\d{1,3}\.\d{1,3})(?:_\d{1,3})? (?:is )?already installed/i,
];
/**
 * A package manager's record for the python package, one field a line: `pacman -Qi python` / `yay
 * -Qi python` and `dnf info python3` ("Name : python" then "Version : 3.13.1-1"), `apt show python3`
 * ("Package: python3" then "Version: 3.10.6-1~22.04"). The name line opens it; the version line
 * right after it answers.
 */
export const PACKAGE_RECORD_NAME = /^(?:Name|Package)\s{0,20}:\s{0,4}python3?(?:\.\d{1,2})?$/i;
export const PACKAGE_RECORD_VERSION = /^Version\s{0,20}:\s{0,4}(?:\d{1,3}:)?(\d{1,2}\.\d{1,3}\.\d{1,3})(?:[-~+][\w.~+-]{0,40})?$/i;
/**
 * `type`/`command -V` showing a Python command found: "python3 is /usr/bin/python3",
 * "python3 is hashed (/usr/local/bin/python3)". A Python the reporter only names still counts
 * beside another command's not-found error when such a command is shown working.
 */
export const FOUND_COMMAND = /^((?:python|py)[\w.]{0,6}) is (?:hashed \()?(?:\/|[A-Za-z]:\\)/i;
