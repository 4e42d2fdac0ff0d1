import { describe, expect, it } from 'vitest';
import { headAndTail, safeCut, truncate, wellFormed } from '../../src/framework/limits.js';
import { boundedText } from '../../src/framework/options.js';

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('truncate', () => {
  it('keeps short text whole and marks a cut with an ellipsis within the limit', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
    expect(truncate('abcdefghij', 5, { ellipsis: '' })).toBe('abcde');
    expect(truncate('abcdefghij', 5, { keep: 'end' })).toBe('…ghij');
  });

  it('never cuts an emoji in two, at any limit, from either end', () => {
    const snakes = '🐍'.repeat(50);
    for (let max = 1; max <= 30; max++) {
      for (const keep of ['start', 'end'] as const) {
        const cut = truncate(snakes, max, { keep });
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut).not.toMatch(LONE);
      }
      expect(truncate(`a${snakes}`, max, { ellipsis: '' })).not.toMatch(LONE);
    }
  });

  it('repairs lone surrogates it is given', () => {
    expect(wellFormed('a\uD83Db')).toBe('a\uFFFDb');
    expect(truncate('\uDC0Dxyz', 10)).toBe('\uFFFDxyz');
  });

  it('safeCut moves off the middle of a pair and leaves other positions alone', () => {
    expect(safeCut('a🐍b', 2)).toBe(1);
    expect(safeCut('a🐍b', 3)).toBe(3);
    expect(safeCut('abc', 2)).toBe(2);
  });
});

describe('boundedText', () => {
  it('cuts untrusted input to its bound without splitting an emoji', () => {
    const schema = boundedText(501);
    const out = schema.parse('🐍'.repeat(3000));
    expect(out.length).toBeLessThanOrEqual(501);
    expect(out).not.toMatch(LONE);
  });
});

describe('headAndTail', () => {
  it('keeps a short text whole', () => {
    expect(headAndTail('pip install ilab', 100)).toBe('pip install ilab');
  });

  it('keeps the start and the end of a long log within the limit, the gap marked', () => {
    const log = `$ pip install instructlab\n${'Collecting something\n'.repeat(200)}ERROR: Failed building wheel for llama-cpp-python`;
    const cut = headAndTail(log, 300);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut.startsWith('$ pip install instructlab')).toBe(true);
    expect(cut.endsWith('ERROR: Failed building wheel for llama-cpp-python')).toBe(true);
    expect(cut).toContain('\n…\n');
  });

  it('never cuts an emoji in two at either end', () => {
    const text = '😀'.repeat(500);
    for (const max of [50, 51, 52, 53]) {
      const cut = headAndTail(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(LONE.test(cut)).toBe(false);
    }
  });
});
