import { describe, expect, it } from 'vitest';
import { messageKind } from '../../src/search/chat.js';
import { comparedPair, findMissingCommands, focusMessage, SALIENCE } from '../../src/search/message.js';

describe('missing commands in pasted shell errors', () => {
  it.each([
    ['zsh: command not found: code', ['code']],
    ['bash: python: command not found', ['python']],
    ["'pip' is not recognized as an internal or external command,\noperable program or batch file.", ['pip']],
    ["code : The term 'code' is not recognized as the name of a cmdlet, function, script file", ['code']],
    ["Command 'python' not found, did you mean:\n  command 'python3' from deb python3", ['python']],
    ["/usr/bin/env: 'python': No such file or directory", ['python']],
    ['sudo: python3.12: command not found', ['python3.12']],
    // dash, Debian's and Ubuntu's /bin/sh, from a script or an npm run.
    ['sh: 1: python: not found', ['python']],
    ['/bin/sh: 2: code: not found', ['code']],
    ['the model sh: 1 was not found', []],
    ['how do I install python on windows', []],
    // Windows in another language: cmd, PowerShell, and PowerShell's untranslated category line.
    ["'python' n\u2019est pas reconnu en tant que commande interne", ['python']],
    ['"pip" no se reconoce como un comando interno o externo,\nprograma o archivo por lotes ejecutable.', ['pip']],
    ['source : Die Benennung "source" wurde nicht als Name eines Cmdlet, einer Funktion erkannt.', ['source']],
    ["'node' \u4e0d\u662f\u5185\u90e8\u6216\u5916\u90e8\u547d\u4ee4\uff0c\u4e5f\u4e0d\u662f\u53ef\u8fd0\u884c\u7684\u7a0b\u5e8f", ['node']],
    ['    + CategoryInfo          : ObjectNotFound: (code:String) [], CommandNotFoundException', ['code']],
    // PowerShell in Chinese, Japanese and Korean names the command inside its sentence.
    ['code : \u65e0\u6cd5\u5c06\u201ccode\u201d\u9879\u8bc6\u522b\u4e3a cmdlet\u3001\u51fd\u6570\u3001\u811a\u672c\u6587\u4ef6', ['code']],
    ["git : \u7528\u8a9e 'git' \u306f\u3001\u30b3\u30de\u30f3\u30c9\u30ec\u30c3\u30c8\u3001\u95a2\u6570", ['git']],
    ["conda : 'conda' \uc6a9\uc5b4\uac00 cmdlet, \ud568\uc218, \uc2a4\ud06c\ub9bd\ud2b8 \ud30c\uc77c", ['conda']],
    // retyped without the quotes, or with only the opening one
    ['\u663e\u793a\u201cpython3\u4e0d\u662f\u5185\u90e8\u6216\u5916\u90e8\u547d\u4ee4\u201d', ['python3']],
    ['pip \u4e0d\u662f\u5185\u90e8\u6216\u5916\u90e8\u547d\u4ee4', ['pip']],
    // The same words about something else are not a missing command.
    ['bash: python3: Befehl nicht gefunden', ['python3']],
    ['bash: pip : commande introuvable', ['pip']],
    ['-bash: code: \u672a\u627e\u5230\u547d\u4ee4', ['code']],
    ['der Name "Python" wird nicht als Ziel verwendet', []],
    ['el "modelo" no se reconoce como v\u00e1lido', []],
    ['el modelo no se reconoce como v\u00e1lido', []],
    ['\u6a21\u578b\u65e0\u6cd5\u8bc6\u522b', []],
  ])('%j -> %j', (text, commands) => {
    expect(findMissingCommands(text)).toEqual(commands);
  });
});

describe('focusMessage', () => {
  it('leaves a short question whole', () => {
    const f = focusMessage('how do I install vs code on my mac');
    expect(f.narrative).toBe(false);
    expect(f.parts).toEqual([{ text: 'how do I install vs code on my mac', salience: SALIENCE.question, output: false }]);
  });

  it('weighs the question and the missing command over the story and the output', () => {
    const f = focusMessage(
      "I followed the setup guide step by step on my new laptop yesterday evening.\n```\nPS C:\\Users\\ana\\proj> code .\ncode : The term 'code' is not recognized as the name of a cmdlet, function, script file, or operable program.\n```\nHow do I fix this?",
    );
    expect(f.narrative).toBe(true);
    expect(f.missingCommands).toEqual(['code']);
    const salienceOf = (needle: string) => f.parts.find((p) => p.text.includes(needle))?.salience;
    expect(salienceOf('code')).toBe(SALIENCE.missingCommand);
    expect(salienceOf('How do I fix')).toBe(SALIENCE.question);
    expect(salienceOf('setup guide')).toBe(SALIENCE.story);
    expect(salienceOf('is not recognized as the name of a cmdlet')).toBe(SALIENCE.template);
    // Pasted output: its unknown words (user names, paths) may be dropped by the search.
    expect(f.parts.find((p) => p.text.includes('C:\\Users\\ana'))?.output).toBe(true);
  });

  it('reads a trouble told in the past tense as the question', () => {
    const f = focusMessage(
      'I created a virtual environment in my home directory and activated it. Then I launched visual code. However, I wasn\'t able to find it in the select interpreter options. I couldn\'t see it in the list either.',
    );
    const salienceOf = (needle: string) => f.parts.find((p) => p.text.includes(needle))?.salience;
    expect(salienceOf("wasn't able to find it")).toBe(SALIENCE.question);
    expect(salienceOf("couldn't see it")).toBe(SALIENCE.question);
    expect(salienceOf('launched visual code')).toBe(SALIENCE.story);
  });

  it('keeps an error quoted in a sentence as evidence, not as pasted output', () => {
    const f = focusMessage('My antivirus flags the count.exe that I built from count.py as a virus but it is clean, I ran it many times already');
    expect(f.parts.every((p) => !p.output)).toBe(true);
  });

  it('weighs issue-template labels least but reads their answers, even flattened onto one line', () => {
    const f = focusMessage('### Operating System Windows 11 ### What happened? Ollama serve is working but the model list stays empty in the app ### Steps to Reproduce open the app and pick Ollama');
    const templates = f.parts.filter((p) => p.salience === SALIENCE.template).map((p) => p.text);
    expect(templates).toContain('### What happened?');
    expect(templates).toContain('### Steps to Reproduce');
    expect(f.parts.some((p) => p.text.startsWith('Ollama serve is working') && p.salience >= SALIENCE.story)).toBe(true);
    expect(f.parts.some((p) => p.text === '11')).toBe(true);
  });

  it('never throws and stays bounded on hostile input', () => {
    expect(() => focusMessage('```'.repeat(5000) + '\n'.repeat(5000) + '🐍'.repeat(3000))).not.toThrow();
    expect(focusMessage('x '.repeat(100_000)).parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(4000);
  });
});

describe('messageKind', () => {
  it.each([
    ['Thank you so much! I installed python3 and it now works.', 'chat'],
    ['thanks guys :)', 'chat'],
    ['I have the same problem. Please help', 'chat'],
    ['Has this been fixed yet?', 'chat'],
    ['+1 same here', 'chat'],
    ['ok nvm it fixed itself', 'chat'],
    // A fix reported back, naming what fixed it: nothing to answer.
    ['Changing the parameter `num_ctx` for the Ollama model fixes the issue.', 'chat'],
    ['reinstalling python from python.org resolved the problem for me', 'chat'],
    ['that fixed the error but now pip fails, how do I fix that?', 'question'],
    // Replies that point back at the thread, with nothing of their own but the OS or a version.
    ['I have the same problem in mac too', 'chat'],
    ['hello, I also have this question, have you solved it?', 'chat'],
    ['me too on ubuntu 22.04', 'chat'],
    ['has anyone found a fix?', 'chat'],
    // A remark on what was said before: a demonstrative subject, a statement, no trouble.
    ['This is true for all models', 'chat'],
    ['that applies to windows too', 'chat'],
    ['It is not working', 'question'],
    ['This is the error I get: zsh: command not found: code', 'question'],
    ['which is the best model?', 'question'],
    // A reply that names what it is about is read as a question.
    ['I also get this error with pip on ubuntu', 'question'],
    ['does anyone know how to install python on mac?', 'question'],
    ['is vs code also needed?', 'question'],
    ['把原来装的python编译器删了，好用了，谢谢老师', 'foreign-script'],
    ['thanks, but how do I add python to PATH on windows?', 'question'],
    ['zsh: command not found: python', 'question'],
    [
      'I just installed WSL2 on my new laptop (it works fine on my old laptop) and connected VS Code to WSL:Ubuntu, but Select Kernel shows nothing at all and I cannot pick the python interpreter from my venv there.',
      'question',
    ],
  ])('%j is %s', (text, kind) => {
    expect(messageKind(text)).toBe(kind);
  });
});

describe('comparedPair', () => {
  it.each([
    ["what's the difference between instructlab and ollama?", ['instructlab', 'ollama']],
    ['rag vs fine tuning', ['rag', 'fine tuning']],
    ['python versus python3', ['python', 'python3']],
    ['compare conda with venv', ['conda', 'venv']],
  ])('reads the two things "%s" compares', (q, pair) => {
    expect(comparedPair(q)).toEqual(pair);
  });

  it.each(['how do I install vs code on windows', 'VS Code says python is not installed', 'what is the difference'])('finds no comparison in "%s"', (q) => {
    expect(comparedPair(q)).toBeNull();
  });
});
