/**
 * A pasted shell error names the command that is missing; a section about another missing command
 * shares every other word of it ("ilab: command not found" for "source: command not found"), so
 * without a section that goes by that command the bot says it is not sure.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../src/search/index.js';
import { firstAnswer, fullIndex } from '../helpers/knowledge.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await fullIndex();
});

describe('a missing command the knowledge has no section for', () => {
  it.each(['source: command not found', '-bash: mkvirtualenv: command not found'])('%s stays unsure', (q) => {
    expect(firstAnswer(index, q)).toMatchObject({ reason: 'other-command', confident: false });
  });

  it('a command said missing in words is not answered with the page of another command', () => {
    // The pip page mentions python3, "not recognized", PATH and macOS, but is about pip.
    expect(firstAnswer(index, 'in Mac python3 command is not recognised, do I have to edit path variable?')).toMatchObject({ confident: false });
    // A Windows shell's own message is the shell's, not the student's words: pyenv-win is not the
    // macOS/Linux pyenv whose "pyenv: command not found" the knowledge declares.
    const pyenvWin = "cmd still not recognising it\n'pyenv' is not recognized as an internal or external command,\noperable program or batch file.";
    expect(index.search(pyenvWin).reason).not.toBe('error-signature');
  });

  it('reads "not recognised" said of a command in words, not of a program', () => {
    expect(firstAnswer(index, 'brew not recognised on apple silicon')).toMatchObject({ heading: 'Where Homebrew lives on Apple silicon and Intel Macs', reason: 'error-signature' });
    expect(index.search('my brew is not recognized by the linter').reason).not.toBe('error-signature');
  });

  it('counts a command by the name the question expands it to: py is the Python launcher', () => {
    expect(firstAnswer(index, 'zsh: command not found: py')).toMatchObject({ heading: 'zsh: command not found: python on a Mac', confident: true });
  });

  it('still answers a missing command a section goes by', () => {
    expect(firstAnswer(index, 'I get bash: pip3: command not found when I try to install')).toEqual({ heading: 'pip: command not found', reason: 'error-signature', confident: true });
  });
});
