/**
 * The tenth signature pass, each written here the way the tool prints it (wording checked in the
 * tool's source or in public pastes, see the commit messages) and pasted the way students paste it:
 * - pip's PEP 668 refusal named by its override option ("--break-system-packages").
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

describe('tenth-pass error pastes reach the section that answers them', () => {
  it.each([
    // pip's PEP 668 note names its override; students quote the option more than the error.
    [
      'ana@ubuntu:~$ pip install open-webui\nnote: If you believe this is a mistake, please contact your Python installation or OS distribution provider. You can override this, at the risk of breaking your Python installation or OS, by passing --break-system-packages.\nhint: See PEP 668 for the detailed specification.',
      PEP668,
    ],
    ['pip wont install anything on ubuntu 24, a friend said to just add --break-system-packages, is that ok for the workshop?', PEP668],
    ['on my mac brew python: pip3 install ollama --break-system-packages worked but now im scared i broke something', PEP668],
  ])('%s', (paste, heading) => {
    expect(answer(paste)).toEqual(signatureAnswer(heading));
  });
});

describe('tenth-pass look-alikes are left to the ranking', () => {
  it.each([
    // Broken system packages in other words are not pip's PEP 668 option.
    'sudo apt autoremove broke system packages and now the terminal will not open',
    'E: Unable to correct problems, you have held broken packages.',
  ])('%s', (paste) => {
    expect(answer(paste).reason).not.toBe('error-signature');
  });
});
