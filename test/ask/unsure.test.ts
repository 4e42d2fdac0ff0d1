import { beforeAll, describe, expect, it } from 'vitest';
import { answerFromSearch } from '../../commands/ask/answer.js';
import type { KnowledgeIndex } from '../../src/search/index.js';
import { fullIndex } from '../helpers/knowledge.js';

let full: KnowledgeIndex;
beforeAll(async () => {
  full = await fullIndex();
});

describe('the unsure reply', () => {
  it('asks for the operating system when the steps differ by it, listing the nearest topics', () => {
    const reply = answerFromSearch(full.search('how to install vs code', 5), 'public');
    expect(reply.kind).toBe('unsure');
    expect(reply.body).toMatch(/depends on your operating system/);
    expect(reply.fields?.[0]?.value).toMatch(/Windows/);
    expect(reply.fields?.[0]?.value).toMatch(/macOS/);
    expect(reply.buttons?.map((b) => b.label)).toEqual(['macOS', 'Windows', 'Linux', 'Ask a TA']);
  });

  it('says plainly that nothing clearly answers a vague question', () => {
    const reply = answerFromSearch(full.search('how do i uninstall python', 5), 'public');
    expect(reply.kind).toBe('unsure');
    expect(reply.body).toMatch(/couldn't find a pre-work section that clearly answers/);
    expect(reply.buttons?.map((b) => b.label)).toEqual(['Ask a TA']);
  });

  it('says the pages hold no schedule when asked when the workshop starts', () => {
    const reply = answerFromSearch(full.search('when does the workshop start', 5), 'public');
    expect(reply.kind).toBe('unsure');
    expect(reply.body).toMatch(/don't give the workshop's schedule/);
    expect(reply.buttons?.map((b) => b.label)).toEqual(['Ask a TA']);
  });
});
