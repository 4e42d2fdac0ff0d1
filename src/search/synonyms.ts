/**
 * Domain vocabulary. Two kinds, on purpose:
 * - PHRASES and EQUIVALENT terms are rewritten the same way in documents and questions, because
 *   they are true synonyms ("VS Code" is "Visual Studio Code").
 * - EXPANSIONS are added to questions only, at a lower weight, because they are broader than the
 *   word typed ("Ubuntu" is a Linux, but "Linux" is not always Ubuntu).
 */

/** Multi-word names collapsed to one token before tokenizing (documents and questions). */
export const PHRASES: [RegExp, string][] = [
  [/\bvisual[\s_-]*studio[\s_-]*code\b/g, ' vscode '],
  [/\bvs[\s_-]*code\b/g, ' vscode '],
  [/\blarge[\s_-]+language[\s_-]+models?\b/g, ' llm '],
  [/\bmac[\s_-]?os(?:[\s_-]?x)?\b/g, ' macos '],
  [/\bpre[\s_-]?work\b/g, ' prework '],
  [/\binstruct[\s_-]+lab\b/g, ' instructlab '],
  // "virtual env", "virtual environments", and the common misspelling "virtual enviroment"
  [/\bvirtual[\s_-]+env[a-z]*\b/g, ' venv '],
  [/\bhugging[\s_-]?face\b/g, ' huggingface '],
  [/\bopen[\s_-]?web[\s_-]?ui\b/g, ' openwebui '],
  [/\banything[\s_-]?llm\b/g, ' anythingllm '],
  [/\bexecution[\s_-]*polic(?:y|ies)\b/g, ' executionpolicy '],
  [/\bcommand[\s_-]+prompt\b/g, ' cmd '],
  [/\b(?:python[\s_-]+)?install[\s_-]+manager\b/g, ' installmanager '],
  [/\bapp[\s_-]+execution[\s_-]+alias(?:es)?\b/g, ' appexecutionalias alias '],
  [/\bwindows[\s_-]+subsystem[\s_-]+for[\s_-]+linux\b/g, ' wsl '],
];

/** Single terms (after stemming) that mean the same thing; left side rewritten to right side. */
export const EQUIVALENT = new Map<string, string>([
  ['mac', 'macos'],
  ['macbook', 'macos'],
  ['macbookpro', 'macos'],
  ['imac', 'macos'],
  ['osx', 'macos'],
  ['homebrew', 'brew'],
  ['virtualenv', 'venv'],
  ['pc', 'windows'],
  ['win', 'windows'],
  ['win10', 'windows'],
  ['win11', 'windows'],
  ['pwsh', 'powershell'],
  // WSL 2 is the WSL every current Windows installs; pages and students use both names for it.
  ['wsl2', 'wsl'],
  ['ilab', 'instructlab'],
  ['llms', 'llm'],
  ['vsc', 'vscode'],
  ['anaconda', 'conda'],
  ['miniconda', 'conda'],
  // Units as students abbreviate them ("4hrs", "30 mins"), stemmed.
  ['hr', 'hour'],
  ['hrs', 'hour'],
  ['min', 'minut'],
  ['sec', 'second'],
  ['gig', 'gb'],
]);

/** Question-side only: a typed term also looks for these broader terms at the given weight. */
export const EXPANSIONS = new Map<string, [string, number][]>([
  ['ubuntu', [['linux', 0.6]]],
  ['debian', [['linux', 0.6]]],
  ['fedora', [['linux', 0.6]]],
  ['mint', [['linux', 0.6]]],
  ['rhel', [['linux', 0.6]]],
  ['arch', [['linux', 0.5]]],
  ['apple', [['macos', 0.6]]],
  // Tools and messages that only exist on one operating system point to it.
  ...osHints('windows', ['winget', 'powershell', 'cmd', 'exe', 'msi']),
  ...osHints('macos', ['brew', 'zsh', 'xcode', 'dmg', 'finder']),
  ...osHints('linux', ['apt', 'dnf', 'snap', 'deb', 'rpm', 'wsl']),
  ['ide', [['vscode', 0.6], ['editor', 0.6]]],
  // JetBrains IDEs go by their product names.
  ['pycharm', [['jetbrains', 0.6]]],
  ['intellij', [['jetbrains', 0.6], ['pycharm', 0.5]]],
  ['editor', [['vscode', 0.6], ['ide', 0.6]]],
  ['download', [['install', 0.6]]],
  ['setup', [['install', 0.6]]],
  // "update python" asks to upgrade it (the pages say upgrade); "upgrade pip" is "pip install --upgrade".
  ['updat', [['upgrad', 0.5]]],
  ['upgrad', [['updat', 0.5]]],
  ['python3', [['python', 0.6]]],
  ['py', [['python', 0.5]]],
  ['prerequisit', [['prework', 0.7]]],
  ['prereq', [['prework', 0.7]]],
  ['prep', [['prework', 0.7]]],
  ['prepar', [['prework', 0.7]]],
  ['checklist', [['prework', 0.7]]],
  ['beforehand', [['prework', 0.7]]],
  ['ahead', [['prework', 0.5]]],
  ['requir', [['version', 0.4]]],
  ['minimum', [['version', 0.4]]],
  ['error', [['troubleshoot', 0.4]]],
  ['problem', [['troubleshoot', 0.4]]],
  ['fix', [['troubleshoot', 0.4]]],
  ['model', [['llm', 0.4]]],
  ['llm', [['model', 0.4]]],
]);

/** The workshop's Python requirement asked in plain words, which several phrases below are read as. */
const REQUIREMENT_QUESTION = ' which python version does the workshop need ';

/** Question-side phrases: "before the workshop" asks for the pre-work checklist. */
export const QUESTION_PHRASES: [RegExp, string][] = [
  [/\bbefore\s+(?:the\s+|a\s+|this\s+)?(?:workshop|session|class|lab|event|course)(?:\s+(?:starts?|begins?|starting|beginning))?\b/g, ' prework '],
  [/\bbefore\s+(?:day\s+one|day\s+1|the\s+first\s+day|we\s+(?:start|begin|get\s+started)|it\s+(?:starts|begins)|(?:we\s+)?kick\s*off)\b/g, ' prework '],
  [/\bset[\s_-]*up\b/g, ' setup '],
  // "what version of python should I use / install / download", "which python version is
  // required": in a workshop that asks for the workshop's requirement (not "what version is
  // installed", which asks how to check). Read as that question in plain words.
  [
    /\b(?:what|which)\s+(?:version\s+of\s+python3?|python3?\s+version)\s+(?:(?:should|must|shall|do|does|would|can)\s+(?:i|we|you|one|they|students?)\s+(?:use|install|download|get|need|choose|pick|have\s+to\s+(?:use|install|download))|(?:should|must)\s+(?:be\s+)?(?:used|installed|downloaded)|(?:is|are)\s+(?:needed|required|recommended|necessary)|to\s+(?:use|install|download)|(?:do|does)\s+(?:the|this|our)\s+(?:workshop|course|class|lab|exercise|project)\s+(?:use|need|require))\b/g,
    REQUIREMENT_QUESTION,
  ],
  // The same asked in Chinese or Japanese: "需要安装什么python版本？" (which Python version to
  // install?), "用哪个版本的python" (which version of Python to use?), "Pythonのバージョンは何" (what is
  // the Python version?). Such messages are never answered on their own (foreign script), but the
  // nearest topics they are offered should start with the requirement.
  // (Japanese kana are matched as normalize() leaves them: decomposed, NFKD.)
  [
    new RegExp(`(?:什么|哪个|哪一个|哪种)\\s*(?:python3?\\s*)?版本|用\\s*哪个\\s*版本|${'(?:ヴァージョン|バージョン)は(?:何|どれ)'.normalize('NFKD')}`, 'g'),
    REQUIREMENT_QUESTION,
  ],
  // "is python 3.11 ok?", "is 3.10 fine", "can I use python 3.12", "will 3.13 work": whether a
  // version will do for the workshop, whatever else a page says about that version.
  [
    /\b(?:(?:is|are|will|would|does)\s+(?:python\s*)?\d\.\d{1,2}(?:\.\d{1,3})?\s+(?:ok|okay|fine|enough|good|alright|acceptable|sufficient|compatible|(?:going\s+to\s+)?work)|(?:can|could|may|should)\s+(?:i|we)\s+(?:still\s+)?(?:use|keep|stay\s+(?:on|with)|go\s+with|work\s+with)\s+(?:python\s*)?\d\.\d{1,2}(?:\.\d{1,3})?)\b/g,
    ` $& ${REQUIREMENT_QUESTION} `,
  ],
  // "when did 3.12 come out" asks for a release date
  [/\bc[ao]me\s+out\b/g, ' release date '],
];

function osHints(os: string, words: string[]): [string, [string, number][]][] {
  return words.map((w) => [w, [[os, 0.5]]]);
}
