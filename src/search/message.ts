import { anyOf, COMMAND_QUOTES, LOCALIZED_COMMAND_NOT_FOUND, LOCALIZED_NOT_RECOGNIZED } from '../text/not-found-phrases.js';
import type { QueryWord } from './text.js';
/**
 * Reads a student's message the way a TA does before searching: real messages are narratives
 * ("I followed the steps, then typed code . and got …, how do I fix this?") with pasted terminal
 * output, issue-template labels and links. Each part gets a salience: the question itself and the
 * command a shell says is missing weigh most, the story around them less, template labels, links
 * and the words of the error template ("is not recognized as the name of a cmdlet") least.
 * Short questions are left as they are: everything in them is the question.
 */

export interface MessagePart {
  text: string;
  salience: number;
  /** Terminal output: words the knowledge never uses here are paths, user names and noise. */
  output: boolean;
}

export interface MessageFocus {
  parts: MessagePart[];
  /** Commands the pasted output says do not exist (`code`, `pip`, `python3`). */
  missingCommands: string[];
  /** Whether the message was long enough to be read as a narrative. */
  narrative: boolean;
}

/** Up to this many words a message is a question, not a narrative. */
const SHORT_MESSAGE_WORDS = 14;
const MAX_MESSAGE = 4000;

export const SALIENCE = {
  missingCommand: 2,
  question: 1,
  output: 0.6,
  story: 0.5,
  template: 0.15,
} as const;

const CMD = "[\\w][\\w.+-]*";
const Q = "['\"\u2018\u2019]";
const WORD_START = '(?<![\\w.+-])';
/**
 * Shell and OS messages that a command does not exist, by the shell that prints them; group 1 is
 * the command. The shell matters: "zsh: command not found" is a Mac, "is not recognized" Windows.
 */
const NOT_FOUND: readonly { shell: ShellKind; pattern: RegExp }[] = [
  { shell: 'zsh', pattern: new RegExp(`command not found:\\s*(${CMD})`, 'gi') },
  // A command starts where a word starts: matching from inside one would rescan it from every
  // character (quadratic on a long pasted token).
  { shell: 'bash', pattern: new RegExp(`${WORD_START}(${CMD})\\s?:\\s*(?:command not found|${anyOf(LOCALIZED_COMMAND_NOT_FOUND)})`, 'gi') },
  // Debian and Ubuntu run scripts with dash as /bin/sh, which says "sh: 1: python: not found": the
  // same missing command on the same Linux as bash's message.
  { shell: 'bash', pattern: new RegExp(`${WORD_START}(?:/bin/)?(?:sh|dash): \\d+: (${CMD}): not found`, 'gi') },
  // cmd and PowerShell: "'python' is not recognized as an internal or external command",
  // "The term 'python' is not recognized as the name of a cmdlet"; retyped without the quotes
  // only with the rest of the sentence, so "python is not recognized by VS Code" is not one.
  { shell: 'windows', pattern: new RegExp(`${Q}(${CMD})${Q} is not recogni[sz]ed`, 'gi') },
  { shell: 'windows', pattern: new RegExp(`${WORD_START}(${CMD}) is not recogni[sz]ed as (?:an internal or external command|the name of a cmdlet)`, 'gi') },
  // The same on a Windows in another language: cmd's and PowerShell's sentence in the common
  // locales (quoted, or retyped without the quotes: "python3不是内部或外部命令"), and PowerShell's
  // category line, whose enum names are never translated.
  { shell: 'windows', pattern: new RegExp(`(?:[${COMMAND_QUOTES}]|${WORD_START})(${CMD})[${COMMAND_QUOTES}]?\\s*(?:${anyOf(LOCALIZED_NOT_RECOGNIZED)})`, 'gi') },
  { shell: 'windows', pattern: new RegExp(`ObjectNotFound:\\s*\\((${CMD}):String\\)`, 'gi') },
  { shell: 'ubuntu', pattern: new RegExp(`command ${Q}(${CMD})${Q} not found`, 'gi') },
  { shell: 'env', pattern: new RegExp(`env: ${Q}?(${CMD})${Q}?: no such file or directory`, 'gi') },
];

export type ShellKind = 'zsh' | 'bash' | 'windows' | 'ubuntu' | 'env';

export interface ShellError {
  shell: ShellKind;
  command: string;
}

/** The boilerplate of those messages, which every not-found error shares. */
const ERROR_TEMPLATE =
  /\b(?:is not recogni[sz]ed as (?:an internal or external command|the name of a cmdlet, function, script file, or operable program)|operable program or batch file|check the spelling of the name, or if a path was included, verify that the path is correct and try again|command not found|no such file or directory|at line:\d+ char:\d+|categoryinfo\s*:.*|fullyqualifiederrorid\s*:.*|\+ ~+)/gi;

const PROMPT = /^(?:\(?[\w.-]+\)?\s+)?(?:[$%#>]|PS [A-Z]:\\[^>]*>|[A-Z]:\\[^>]*>|[\w.-]+@[\w.-]+[^$%#]*[$%#]|➜)\s/;
const OUTPUT_HINT = /(?:error|exception|traceback|warning:|not found|not recogni[sz]ed|no such file|could not|cannot|can't|failed|denied|refused|\bat line\b|^\s*file "|^\s*\w+error\b|[A-Z]:\\|\/usr\/|\/opt\/|\/library\/|~\/|\.py\b|\.exe\b|\.ps1\b)/i;
/**
 * An issue-template label at the start of a line: a markdown heading ("### Expected Behavior") or
 * a bold label ("**Operating System:**"). Group 1 is the label; what follows on the line is
 * the answer to it, read like any other text. A heading's label ends at "?" or ":", or after a
 * few words: chat flattens a template onto one line ("### What happened? Ollama serve works…").
 */
const TEMPLATE_LABEL = /^\s*(?:[-*]\s*)?(#{1,6}\s+(?:[^?:\n]*?[?:]|(?:\S+\s+){0,2}\S+)|\*\*[^*]+\*\*:?)\s*/;
/** Where a flattened template starts another label: " ### Operating System", " **OS:**". */
const INLINE_LABEL = /\s+(?=#{1,6}\s|[-*]\s+\*\*[^*]+\*\*|\*\*[^*]+:\*\*)/g;
const QUESTION_START = /^(?:how|what|why|where|which|when|who|can|could|is|are|does|do|did|should|would|will|any|anyone|has|have|am)\b/i;
/** Phrases that ask for help in any message, a chat line as much as a long report (chat.ts reads them too). */
export const ASKING_PHRASES = String.raw`how (?:do|can|to|should)|is there a way|not able to|unable to|can ?not|can't|cant|doesn't work|does not work|won't|isn't working|not working|what should i`;
/** A sentence that asks: those phrases, trouble told after the fact ("I wasn't able to"), or the words for help. */
const ASKING = new RegExp(String.raw`\?|\b(?:${ASKING_PHRASES}|couldn't|could not|wasn't able to|didn't work|did not work|help|fix|resolve|solve)\b`, 'i');
const URL = /\bhttps?:\/\/\S+/gi;
/** A fenced block, closed or running to the end of the message. */
const FENCED = /(```|~~~)[\s\S]*?(?:\1|$)/g;

export function focusMessage(message: string): MessageFocus {
  const text = message.slice(0, MAX_MESSAGE);
  const missingCommands = findMissingCommands(text);
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words <= SHORT_MESSAGE_WORDS) {
    return { parts: [{ text, salience: SALIENCE.question, output: false }], missingCommands, narrative: false };
  }
  const parts: MessagePart[] = [];
  for (const cmd of missingCommands) parts.push({ text: cmd, salience: SALIENCE.missingCommand, output: false });
  // Fenced blocks are pasted output even when chat flattened them onto one line.
  const prose = text.replace(URL, ' ').replace(FENCED, (block) => {
    for (const line of block.replace(/^(```|~~~)\w*|(```|~~~)$/g, '').split(/\r?\n/)) if (line.trim()) pushOutput(parts, line.trim(), true);
    return '\n';
  });
  for (const rawLine of prose.replace(INLINE_LABEL, '\n').split(/\r?\n/)) {
    let line = rawLine.trim();
    if (!line) continue;
    if (PROMPT.test(line) && !ASKING.test(line)) {
      pushOutput(parts, line, true);
      continue;
    }
    const label = TEMPLATE_LABEL.exec(line);
    if (label) {
      parts.push({ text: label[1]!, salience: SALIENCE.template, output: false });
      line = line.slice(label[0].length);
      if (!line) continue;
      if (PROMPT.test(line) && !ASKING.test(line)) {
        pushOutput(parts, line, true);
        continue;
      }
    }
    for (const sentence of sentences(line)) {
      const asks = ASKING.test(sentence) || QUESTION_START.test(sentence);
      if (OUTPUT_HINT.test(sentence) && !asks) pushOutput(parts, sentence, false);
      else parts.push({ text: sentence, salience: asks ? SALIENCE.question : SALIENCE.story, output: false });
    }
  }
  return { parts, missingCommands, narrative: true };
}

/**
 * Output with its error boilerplate split off (kept, but barely weighed). Only text pasted as
 * output (a fenced block, a prompt line) is `pasted`: there, words the knowledge never uses are
 * paths and names; an error quoted inside a sentence keeps all its words.
 */
function pushOutput(parts: MessagePart[], line: string, pasted: boolean): void {
  const rest = line.replace(ERROR_TEMPLATE, (m) => {
    parts.push({ text: m, salience: SALIENCE.template, output: pasted });
    return ' ';
  });
  if (rest.trim()) parts.push({ text: rest, salience: SALIENCE.output, output: pasted });
}

/** A one-line message pasted from chat often holds several sentences; a path's dots are not ends. */
function sentences(line: string): string[] {
  return line.split(/(?<=[a-z)\]"'`][.!?])\s+|(?<=[?!])\s+/i).map((s) => s.trim()).filter(Boolean);
}

/** Every "command not found" a text holds, with the shell that said it. */
export function findShellErrors(text: string): ShellError[] {
  const out: ShellError[] = [];
  const seen = new Set<string>();
  for (const { shell, pattern } of NOT_FOUND) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const command = m[1]!.toLowerCase().replace(/[.]+$/, '');
      // "zsh: command not found" has the shell, not the command, before the colon.
      if (!command || SHELLS.has(command) || seen.has(`${shell} ${command}`)) continue;
      seen.add(`${shell} ${command}`);
      out.push({ shell, command });
    }
  }
  return out;
}

/**
 * Commands a student says are missing in their own words, without a shell's message around them:
 * "it shows that brew not found", "brew command not found", "'ilab' was not found", "python3
 * command is not recognised".
 * Any word could stand there ("model not found", "file not found"), so only the given commands
 * (those the knowledge declares a not-found error for) count.
 */
export function findCommandsSaidMissing(text: string, commands: { has(command: string): boolean }): string[] {
  const out = new Set<string>();
  for (const pattern of SAID_MISSING) {
    for (const m of text.matchAll(pattern)) {
      const command = m[1]!.toLowerCase();
      if (commands.has(command)) out.add(command);
    }
  }
  return [...out];
}

const DETERMINERS = 'my|your|our|his|her|their|its|the|this|that|a|an';
const SAID_MISSING = [
  new RegExp(`${WORD_START}${Q}?(${CMD})${Q}?(?::\\s*| command | )(?:is |was )?not found\\b`, 'gi'),
  // "brew not recognised", "the python3 command is not recognized", "'code' was not recognised": a
  // bare name with an article or possessive before it is not a command ("my code is not
  // recognized by the linter" is about a program); cmd's and PowerShell's own sentence ("... as an
  // internal or external command") is left to findShellErrors, which reads its shell.
  ...[`${Q}(${CMD})${Q}(?: command)?`, `(${CMD}) command`, `(?<!\\b(?:${DETERMINERS}) )(${CMD})`].map(
    (name) => new RegExp(`${WORD_START}${name} (?:is |was )?not recogni[sz]ed\\b(?! as (?:an?|the) )`, 'gi'),
  ),
];

export function findMissingCommands(text: string): string[] {
  return [...new Set(findShellErrors(text).map((e) => e.command))];
}

const SHELLS = new Set(['zsh', 'bash', '-bash', 'sh', 'fish', 'sudo', 'ksh', 'dash']);

/**
 * The message's words with their salience: each word once, at the most salient place it occurs
 * (a word in the question and in the story counts as asked).
 */
export interface MessageWords {
  words: QueryWord[];
  /** The question sentences (or the whole message when none stands out), for name matching. */
  focusText: string;
  narrative: boolean;
  /** Whether some sentence asks something (a question, "how do I", "not able to"). */
  asks: boolean;
  /** Whether the message says anything in words besides pasted output and template labels. */
  prose: boolean;
  /** Terms of single names the student put in quotes or backticks ('_tkinter', `pandas`). */
  quoted: Set<string>;
  /** Terms of the commands pasted shell errors say do not exist (`source`, `git`). */
  missing: string[];
}

/** One name in quotes or backticks: what the student points at, a module, a package, a command. */
const QUOTED_NAME = /[`'"\u2018\u201c]([^\s`'"\u2018\u2019\u201c\u201d]{2,60})[`'"\u2019\u201d]/g;

export function messageWords(message: string, analyse: (text: string) => QueryWord[]): MessageWords {
  const focus = focusMessage(message);
  const byTerm = new Map<string, QueryWord>();
  for (const part of focus.parts) {
    for (const w of analyse(part.text)) {
      const seen = byTerm.get(w.term);
      if (!seen) byTerm.set(w.term, { ...w, salience: part.salience, output: part.output });
      else {
        seen.salience = Math.max(seen.salience, part.salience);
        seen.output = seen.output && part.output;
      }
    }
  }
  const words = [...byTerm.values()];
  if (!words.some((w) => w.role === 'topic')) for (const w of words) if (w.role === 'context') w.role = 'topic';
  const asked = focus.parts.filter((p) => p.salience >= SALIENCE.question).map((p) => p.text);
  return {
    words,
    focusText: asked.length ? asked.join(' ') : message,
    narrative: focus.narrative,
    asks: focus.parts.some((p) => p.salience === SALIENCE.question),
    prose: focus.parts.some((p) => !p.output && p.salience > SALIENCE.template && p.salience !== SALIENCE.missingCommand),
    quoted: new Set([...message.slice(0, MAX_MESSAGE).matchAll(QUOTED_NAME)].flatMap((m) => analyse(m[1]!).map((w) => w.term))),
    missing: focus.missingCommands.flatMap((c) => analyse(c).map((w) => w.term)),
  };
}

/**
 * The two things a question compares: "difference between Ollama and InstructLab", "rag vs fine
 * tuning", "python versus python3", "compare conda with venv". Only a page that goes by both
 * answers it; one that names one of them says nothing of how they differ.
 */
const COMPARISON = [
  /\bdifferen(?:ce|ces|t)\s+between\s+(.{2,40}?)\s+and\s+(.{2,40}?)(?=[?.!,;]|$)/i,
  /\bcompare\s+(.{2,40}?)\s+(?:and|with|to)\s+(.{2,40}?)(?=[?.!,;]|$)/i,
  /(?:^|[\s(])([\w.+#-]{2,30}(?:\s[\w.+#-]{2,30})?)\s+(?:vs\.?|versus)\s+([\w.+#-]{2,30}(?:\s[\w.+#-]{2,30})?)(?=[\s?.!,;)]|$)/i,
];

export function comparedPair(question: string): [string, string] | null {
  for (const pattern of COMPARISON) {
    const m = pattern.exec(question);
    // "VS Code" is a name, not a comparison: "vs" right before "code".
    if (m && !/^code\b/i.test(m[2]!)) return [m[1]!, m[2]!];
  }
  return null;
}

/** A question asking when: "when does the workshop start", "what time is the session". */
const ASKS_WHEN = /(?:^|[.?!]\s+)when\s+(?:does|do|is|are|will|did|was|were|should|can|would)\b|\bwhat time\b/i;

export function asksWhen(question: string): boolean {
  return ASKS_WHEN.test(question);
}
