import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_RIVALS, judgeConfidence, MIN_COVERAGE, NAMED, NARRATIVE_MIN_LEAD, STORY_NAME_LEAD, UNKNOWN_WORDS_TOLERATED_FROM, type ConfidenceInput } from '../../src/search/confidence.js';

const sure: ConfidenceInput = { topicWords: 2, coverage: 1, onlyTypoMatches: false, ownMatch: true, strongMatch: true, salient: true, unknownWords: 0, quotedUnknown: 0, rivals: 0, named: 1, otherOs: false, narrative: false, namedInFull: false, lead: Infinity, otherCommand: false };

describe('the confidence rule', () => {
  it('is sure when every topic word is found in the section itself', () => {
    expect(judgeConfidence(sure)).toEqual({ confident: true, reason: 'ok' });
  });

  it.each<[string, Partial<ConfidenceInput>, string]>([
    ['no topic words at all', { topicWords: 0 }, 'no-topic-words'],
    ['nothing matched', { coverage: 0 }, 'no-match'],
    ['under the coverage floor', { coverage: MIN_COVERAGE - 0.01 }, 'low-coverage'],
    ['only typo repairs matched', { onlyTypoMatches: true }, 'typos-only'],
    ['only a parent heading matched', { ownMatch: false }, 'parent-only'],
    ['partly covered by words in passing', { coverage: 0.7, strongMatch: false }, 'partial-text-only'],
    ['several words, all only in passing', { topicWords: 2, coverage: 1, strongMatch: false }, 'partial-text-only'],
    ['half covered with a foreign word', { coverage: 0.5, unknownWords: 1 }, 'unknown-words'],
    ['a name the student quoted is one the knowledge never uses, however well the rest is covered', { coverage: 0.75, quotedUnknown: 1 }, 'unknown-words'],
    ['one word, mentioned in passing', { topicWords: 1, salient: false }, 'incidental'],
    ['several sections answer as well and none is named', { rivals: AMBIGUOUS_RIVALS, named: NAMED - 0.01 }, 'ambiguous'],
    ['a pasted error says a command is missing that the best section does not go by', { otherCommand: true }, 'other-command'],
    ['a comparison whose best section does not go by both things compared', { comparedUnnamed: true }, 'comparison'],
    ['a short question asking when, whose best section says nothing of dates or times', { asksWhenUnanswered: true }, 'asks-when'],
  ])('is unsure when %s', (_label, change, reason) => {
    expect(judgeConfidence({ ...sure, ...change })).toEqual({ confident: false, reason });
  });

  it('does not let a long message that names a section excuse a quoted name the knowledge never uses', () => {
    const story = { ...sure, narrative: true, namedInFull: true, lead: STORY_NAME_LEAD, coverage: 0.3, strongMatch: false };
    expect(judgeConfidence({ ...story, quotedUnknown: 1 })).toEqual({ confident: false, reason: 'unknown-words' });
  });

  it('leaves one word in passing to the one-word rule (salience)', () => {
    expect(judgeConfidence({ ...sure, topicWords: 1, strongMatch: false }).confident).toBe(true);
  });

  it('answers the section the question names even when others match as well', () => {
    expect(judgeConfidence({ ...sure, rivals: AMBIGUOUS_RIVALS + 3, named: NAMED }).confident).toBe(true);
  });

  it('answers a vague question when only one other section comes close', () => {
    expect(judgeConfidence({ ...sure, rivals: AMBIGUOUS_RIVALS - 1, named: 0 }).confident).toBe(true);
  });

  it('answers a long message that says a section\'s whole name and clearly prefers it, however much story surrounds it', () => {
    const story = { ...sure, narrative: true, namedInFull: true, lead: STORY_NAME_LEAD, coverage: 0.3, strongMatch: false, unknownWords: 2 };
    expect(judgeConfidence(story)).toEqual({ confident: true, reason: 'ok' });
    expect(judgeConfidence({ ...story, lead: STORY_NAME_LEAD - 0.01 })).toEqual({ confident: false, reason: 'low-coverage' });
    expect(judgeConfidence({ ...story, namedInFull: false })).toEqual({ confident: false, reason: 'low-coverage' });
    // A short question is measured by coverage alone: saying a name is what short questions do.
    expect(judgeConfidence({ ...story, narrative: false })).toEqual({ confident: false, reason: 'low-coverage' });
    // Naming a section does not excuse typo-only or parent-only matches.
    expect(judgeConfidence({ ...story, ownMatch: false })).toEqual({ confident: false, reason: 'parent-only' });
  });

  it('is unsure of a long message whose best section barely leads the next, and leaves short questions to the other rules', () => {
    const story = { ...sure, narrative: true, lead: NARRATIVE_MIN_LEAD - 0.01 };
    expect(judgeConfidence(story)).toEqual({ confident: false, reason: 'close-call' });
    expect(judgeConfidence({ ...story, lead: NARRATIVE_MIN_LEAD })).toEqual({ confident: true, reason: 'ok' });
    expect(judgeConfidence({ ...story, narrative: false })).toEqual({ confident: true, reason: 'ok' });
  });

  it('tolerates a filler word the pages never use once most of the question is covered', () => {
    expect(judgeConfidence({ ...sure, coverage: UNKNOWN_WORDS_TOLERATED_FROM, unknownWords: 1 }).confident).toBe(true);
  });
});
