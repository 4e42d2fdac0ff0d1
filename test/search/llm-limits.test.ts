/**
 * How students describe an LLM's limits: by the symptom (it forgets, it invents, it does not know
 * what is new), not by the words hallucination, context window or training cutoff. Each of these
 * reached a wrong section, confidently for the first two, before the section described the symptoms.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from '../../src/search/index.js';
import { firstAnswer, fullIndex } from '../helpers/knowledge.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await fullIndex();
});

const LIMITS = 'Limits of LLMs: hallucination, context window, training cutoff';

describe('symptoms of an LLM\'s limits reach the section on them', () => {
  it.each([
    'the model forgets what I told it earlier in a long chat',
    'why does the model say it is 2023 and not know the latest version',
    'my model keeps forgetting the start of the conversation in ollama',
    "the ai gave me links that don't exist",
  ])('%s', (q) => {
    expect(firstAnswer(index, q)).toEqual({ heading: LIMITS, reason: 'ok', confident: true });
  });
});
