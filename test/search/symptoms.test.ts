/**
 * Students describe a problem by its symptom, not by the section's name: the model forgets, the
 * import fails after pip said it installed. Each question here reached a wrong section (some
 * confidently) or stayed unsure before its section described the symptom in those words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../src/search/index.js';
import { firstAnswer, fullIndex } from '../helpers/knowledge.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await fullIndex();
});

const confidently = (heading: string) => ({ heading, reason: 'ok', confident: true });

const LIMITS = 'Limits of LLMs: hallucination, context window, training cutoff';
const PIP_MISMATCH = 'pip installs packages for a different Python';
const TERMINAL = 'Open a terminal on a Mac, Windows or Linux';

describe('a symptom, told the way students tell it, reaches the section that answers it', () => {
  it.each([
    // an LLM's limits, told by what the student sees
    ['the model forgets what I told it earlier in a long chat', LIMITS],
    ['why does the model say it is 2023 and not know the latest version', LIMITS],
    ['my model keeps forgetting the start of the conversation in ollama', LIMITS],
    ["the ai gave me links that don't exist", LIMITS],
    // pip and python that do not match, told by the failing import
    ['pip install worked but import fails', PIP_MISMATCH],
    ['No module named numpy even though pip says Requirement already satisfied', PIP_MISMATCH],
    ['pip says requirement already satisfied but import numpy fails with ModuleNotFoundError', PIP_MISMATCH],
    // VS Code that cannot find Python, with and without WSL
    ["vs code can't find my python interpreter", 'Select the Python interpreter or venv in VS Code'],
    ["vs code can't find python in wsl", 'VS Code and WSL: open the folder from the WSL terminal'],
    // a first-time student asking where to type the commands
    ['how do i open terminal on mac', TERMINAL],
    ['how to open powershell', TERMINAL],
    ['where do i type these commands', TERMINAL],
    ['how do i open the command prompt on windows', TERMINAL],
    ['open vs code from the terminal on mac', 'Open VS Code from the Mac Terminal'],
  ])('%s -> %s', (q, heading) => {
    expect(firstAnswer(index, q)).toEqual(confidently(heading));
  });
});

describe('"update" as a verb asks to upgrade', () => {
  it('answers "update python" with the upgrade steps for that system', () => {
    expect(firstAnswer(index, 'how do i update python on windows')).toEqual(confidently('Python too old on Windows'));
  });

  it('does not send "update pip" to a section about a macOS update', () => {
    expect(firstAnswer(index, 'how to update pip')).toMatchObject({ confident: false });
  });

  it('still reads "any update?" as a follow-up', () => {
    expect(firstAnswer(index, 'any update?')).toMatchObject({ reason: 'chat', confident: false });
  });
});
