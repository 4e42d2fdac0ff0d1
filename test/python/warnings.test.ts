import { describe, expect, it } from 'vitest';
import { analyzePaste } from '../../src/python/analyze.js';

const notes = [
  { when: '>=3.13', text: 'Open WebUI does not install on Python 3.13 or newer yet.' },
  { when: '>=3.12', text: 'InstructLab is tested on Python 3.11.' },
];
const judge = (paste: string) => analyzePaste(paste, { requirement: '>=3.11', notes });

describe('tool notes become warnings for versions that meet the workshop but not a tool', () => {
  it('adds every note whose range holds the version, in order', () => {
    expect(judge('Python 3.14.0').warnings).toEqual([notes[0]!.text, notes[1]!.text]);
    expect(judge('Python 3.12.7').warnings).toEqual([notes[1]!.text]);
    expect(judge('Python 3.11.9').warnings).toEqual([]);
  });

  it('keeps the verdict: a warned version still meets the requirement', () => {
    const r = judge('Python 3.13.1');
    expect(r.verdict).toBe('ok');
    expect(r.meets).toBe(true);
  });

  it('judges a pre-release by its final release, and warns nothing for versions that fail', () => {
    expect(judge('Python 3.13.0rc1').warnings).toEqual([notes[0]!.text, notes[1]!.text]);
    expect(judge('Python 3.10.4').warnings).toEqual([]);
    expect(judge('zsh: command not found: python').warnings).toEqual([]);
  });

  it('ignores a note with a broken range instead of failing the paste', () => {
    const r = analyzePaste('Python 3.13.1', { requirement: '>=3.11', notes: [{ when: 'not a range', text: 'x' }] });
    expect(r.verdict).toBe('ok');
    expect(r.warnings).toEqual([]);
  });
});
