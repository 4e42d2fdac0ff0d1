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

  it('counts a command by the name the question expands it to: py is the Python launcher', () => {
    expect(firstAnswer(index, 'zsh: command not found: py')).toMatchObject({ heading: 'zsh: command not found: python on a Mac', confident: true });
  });

  it('still answers a missing command a section goes by', () => {
    expect(firstAnswer(index, 'I get bash: pip3: command not found when I try to install')).toEqual({ heading: 'pip: command not found', reason: 'error-signature', confident: true });
  });
});
