import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/knowledge/types.js';
import { analyzePaste } from '../../src/python/analyze.js';
import { osButtons } from '../../commands/python-check/choose-os.js';
import { composePythonReply, excerpt, FIELD_MAX, missingKeyLine } from '../../commands/python-check/reply.js';
import type { PasteAnalysis } from '../../src/python/types.js';

function section(key: string, text: string): Section {
  const id = key.replace(/\//g, '-');
  return { id, source: key.startsWith('python/recheck') ? 'python-check.md' : 'python.md', headings: ['Python', key], depth: 2, text, line: 1, aliases: [], keywords: [], topicKeywords: [], replyKeys: [key], errors: [], sources: [], pythonWarnings: [] };
}

const KEYS = [
  ...['not-found', 'too-old', 'python2', 'prerelease', 'ok'].flatMap((v) => ['macos', 'windows', 'linux'].map((os) => `python/${v}/${os}`)),
  'python/recheck/macos',
  'python/recheck/windows',
  'python/recheck/linux',
  'python/unrecognized',
];
const KNOWLEDGE = new Map(KEYS.map((k) => [k, section(k, `TEXT(${k})`)]));
const lookup = (key: string) => KNOWLEDGE.get(key);
const FIX_312 = section('fix-312', 'TEXT(install 3.12 beside it)');
const FIX_311 = section('fix-311', 'TEXT(make the InstructLab venv with 3.11)');
const NOTES = [
  { when: '>=3.13', text: 'Open WebUI does not install on 3.13 or newer.', fix: FIX_312 },
  { when: '>=3.12', text: 'InstructLab wants 3.11.', fix: FIX_311 },
];
const reply = (paste: string, os?: 'macos' | 'windows' | 'linux', look = lookup, notes = NOTES) =>
  composePythonReply(analyzePaste(paste, { requirement: '>=3.11', notes, ...(os ? { os } : {}) }), look, osButtons(paste), notes);

describe('composePythonReply', () => {
  it('ok: verdict line with the version, the command to use, the OS section, and the tool notes that apply', () => {
    const r = reply('~ % python --version\nzsh: command not found: python\n~ % python3 --version\nPython 3.12.4');
    expect(r.kind).toBe('python');
    expect(r.visibility).toBe('private');
    expect(r.title).toBe('⚠️ Python 3.12.4 meets the workshop requirement (>=3.11), but not every workshop tool');
    expect(r.body).toContain('From now on use `python3`');
    expect(r.body).toContain('`python`');
    expect(r.body).toContain('TEXT(python/ok/macos)');
    expect(r.body).toContain('⚠️ InstructLab wants 3.11.');
    expect(r.body).toContain('TEXT(make the InstructLab venv with 3.11)');
    expect(r.body).not.toContain('Open WebUI');
    expect(r.body).not.toContain('recheck');
    expect(r.sectionId).toBe('python-ok-macos');
    expect(r.data).toMatchObject({ verdict: 'ok', version: '3.12.4', os: 'macos', meets: true, command: 'python3', warnings: ['InstructLab wants 3.11.'], fixSections: ['python-ok-macos', 'fix-311'] });
    expect(r.buttons).toBeUndefined();
  });

  it('says nothing more when organizers delete the notes', () => {
    const r = reply('Python 3.13.1', 'linux', lookup, []);
    expect(r.title).toBe('✅ Python 3.13.1 meets the workshop requirement (>=3.11)');
    expect(r.body).toBe('TEXT(python/ok/linux)');
    expect(r.data).toMatchObject({ warnings: [] });
  });

  it('no tool note for 3.11', () => {
    const r = reply('Python 3.11.9', 'linux');
    expect(r.title).toBe('✅ Python 3.11.9 meets the workshop requirement (>=3.11)');
    expect(r.body).toBe('TEXT(python/ok/linux)');
  });

  it('every note for 3.14, each fix shown once', () => {
    const r = reply('Python 3.14.0', 'windows');
    expect(r.body.match(/⚠️/g)).toHaveLength(2);
    expect(r.body).toContain('TEXT(install 3.12 beside it)');
    expect(r.body).toContain('TEXT(make the InstructLab venv with 3.11)');
    expect(r.data).toMatchObject({ warnings: ['Open WebUI does not install on 3.13 or newer.', 'InstructLab wants 3.11.'] });
  });

  it('the notes for a 3.13 pre-release that meets, with the prerelease fix', () => {
    const r = reply('Python 3.13.0rc1', 'windows');
    expect(r.title).toContain('3.13.0rc1');
    expect(r.title).toContain('pre-release');
    expect(r.body).toContain('TEXT(python/prerelease/windows)');
    expect(r.body).toContain('⚠️ Open WebUI does not install on 3.13 or newer.');
  });

  it('too-old: verdict line, fix and recheck for the OS', () => {
    const r = reply('Python 3.9.6', 'macos');
    expect(r.title).toBe('❌ Python 3.9.6 is too old: the workshop needs >=3.11');
    expect(r.body).toContain('TEXT(python/too-old/macos)');
    expect(r.body).toContain('TEXT(python/recheck/macos)');
    expect(r.body).not.toContain('From now on');
    expect(r.source).toBe('python.md, python-check.md');
  });

  it('not-found: fix for the inferred OS', () => {
    const r = reply("'python' is not recognized as an internal or external command,\noperable program or batch file.");
    expect(r.title).toBe("❌ Python isn't installed or isn't on your PATH");
    expect(r.body).toContain('TEXT(python/not-found/windows)');
    expect(r.body).toContain('TEXT(python/recheck/windows)');
    expect(r.data).toMatchObject({ verdict: 'not-found', os: 'windows', meets: false, version: null });
  });

  it('not-found for a misspelt command: the spelling first, then the fix', () => {
    const r = reply('zsh: command not found: pyhton3');
    expect(r.body).toContain('Your terminal could not find `pyhton3`.');
    expect(r.body).toContain('`pyhton3` looks like `python3`. Run `python3 --version`');
    expect(r.body.indexOf('looks like')).toBeLessThan(r.body.indexOf('TEXT(python/not-found/macos)'));
    expect(r.data).toMatchObject({ verdict: 'not-found', os: 'macos' });
  });

  it('no spelling hint for a Python command that is really missing', () => {
    expect(reply('zsh: command not found: python3').body).not.toContain('spelling');
  });

  it('python2 reply', () => {
    const r = reply('Python 2.7.18', 'linux');
    expect(r.title).toContain('2.7.18');
    expect(r.body).toContain('TEXT(python/python2/linux)');
  });

  it('unknown OS: one field per OS, and a button per OS carrying the paste', () => {
    const paste = 'bash: python: command not found';
    const r = reply(paste);
    expect(r.fields?.map((f) => f.name)).toEqual(['macOS', 'Windows', 'Linux']);
    expect(r.fields?.[1]?.value).toBe('TEXT(python/not-found/windows)');
    expect(r.buttons?.map((b) => [b.component.id, b.args, b.label])).toEqual([
      ['choose-os', { paste, os: 'macos' }, 'macOS'],
      ['choose-os', { paste, os: 'windows' }, 'Windows'],
      ['choose-os', { paste, os: 'linux' }, 'Linux'],
    ]);
    expect(r.body).not.toContain('recheck');
    expect((r.data as { fixSections: string[] }).fixSections).toEqual(['python-not-found-macos', 'python-not-found-windows', 'python-not-found-linux']);
  });

  it('unknown OS with an ok verdict needs no OS choice', () => {
    const r = reply('Python 3.12.4');
    expect(r.buttons).toBeUndefined();
    expect(r.fields).toBeUndefined();
    expect(r.body).toContain('⚠️ InstructLab wants 3.11.');
  });

  it('unrecognized uses the unrecognized section', () => {
    const r = reply('v20.11.0');
    expect(r.title).toContain("couldn't find a Python version");
    expect(r.body).toBe('TEXT(python/unrecognized)');
    expect(r.sectionId).toBe('python-unrecognized');
    expect(r.buttons).toBeUndefined();
  });

  it('a missing key is one neutral line, not a crash', () => {
    const r = reply('Python 3.9.6', 'macos', () => undefined);
    expect(r.body).toContain(missingKeyLine('python/too-old/macos'));
    expect(missingKeyLine('python/too-old/macos')).toBe('(No fix text found in knowledge for python/too-old/macos.)');
    expect(r.body).toContain(missingKeyLine('python/recheck/macos'));
    expect(r.sectionId).toBeUndefined();
    expect(r.source).toBeUndefined();
    expect(r.data).toMatchObject({ fixSections: [] });
  });

  it('a throwing lookup is treated as a missing key', () => {
    const r = reply('Python 3.9.6', 'linux', () => {
      throw new Error('index not ready');
    });
    expect(r.body).toContain(missingKeyLine('python/too-old/linux'));
  });

  it('unknown-OS fields are trimmed to 1024 characters at a line boundary, fences closed', () => {
    const long = ['Install Homebrew:', '```bash', ...Array.from({ length: 80 }, (_, i) => `brew install thing-${i}`), '```', 'Then reopen the terminal.'].join('\n');
    const r = reply('bash: python: command not found', undefined, (key) => section(key, long));
    for (const f of r.fields ?? []) {
      expect(f.value.length).toBeLessThanOrEqual(FIELD_MAX);
      expect(long.startsWith(f.value.split('\n').slice(0, -2).join('\n'))).toBe(true);
      expect((f.value.match(/```/g) ?? []).length % 2).toBe(0);
    }
  });

  it('excerpt keeps short text whole and cuts a single huge line', () => {
    expect(excerpt('  short  ')).toBe('short');
    const cut = excerpt('word '.repeat(1000));
    expect(cut.length).toBeLessThanOrEqual(FIELD_MAX);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('too-new versions say so', () => {
    const a: PasteAnalysis = { ...analyzePaste('Python 3.13.1', { requirement: '>=3.11 <3.13', os: 'linux' }) };
    expect(a).toMatchObject({ verdict: 'too-old', meets: false, tooNew: true });
    expect(composePythonReply(a, lookup).title).toBe('❌ Python 3.13.1 is newer than the workshop supports (>=3.11 <3.13)');
  });

  it('the title stays within 256 characters', () => {
    const a = analyzePaste('Python 3.12.4', { requirement: `>=3.11 ${'|| >=3.11 '.repeat(40)}` });
    expect(composePythonReply(a, lookup).title?.length).toBeLessThanOrEqual(256);
  });
});
