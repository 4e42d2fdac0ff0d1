/**
 * Pins the facts in knowledge/ that students follow literally and that the 2026-11 fact-check
 * found wrong before (../shared/docs/factcheck-2026-11.md, row numbers in the test names).
 * These read the markdown itself, not search results, so a wrong sentence fails here even if
 * no question happens to retrieve it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validRange } from 'semver';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { KNOWLEDGE_DIR } from '../helpers/knowledge.js';

type Os = 'macos' | 'windows' | 'linux';

interface Block {
  lang: string;
  lines: string[];
}

interface Sect {
  file: string;
  heading: string;
  /** Prose and code of the section, as written. */
  text: string;
  blocks: Block[];
}

interface KFile {
  name: string;
  raw: string;
  meta: Record<string, unknown>;
  /** True when the front-matter opens with --- and parses. */
  hasFrontMatter: boolean;
  sections: Sect[];
}

/** The workshop's own page: its body is the seed, byte for byte, and cannot be edited here. */
const WORKSHOP_PAGE = 'pre-work.md';

function loadFiles(): KFile[] {
  return readdirSync(KNOWLEDGE_DIR)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(KNOWLEDGE_DIR, name), 'utf8');
      const fm = /^---\n([\s\S]*?)\n---\n/.exec(raw);
      const meta = fm ? ((parseYaml(fm[1]!) ?? {}) as Record<string, unknown>) : {};
      return { name, raw, meta, hasFrontMatter: !!fm, sections: splitSections(name, fm ? raw.slice(fm[0].length) : raw) };
    });
}

/** Headings and fenced blocks by line: the files are plain markdown, and a `#` inside a fence is code. */
function splitSections(file: string, body: string): Sect[] {
  const out: Sect[] = [];
  let cur: Sect = { file, heading: '', text: '', blocks: [] };
  let fence: Block | null = null;
  for (const line of body.split('\n')) {
    const f = /^```(\S*)\s*$/.exec(line);
    if (f) {
      if (fence) {
        cur.blocks.push(fence);
        fence = null;
      } else fence = { lang: f[1]!.toLowerCase(), lines: [] };
      cur.text += `${line}\n`;
      continue;
    }
    if (fence) {
      fence.lines.push(line);
      cur.text += `${line}\n`;
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      out.push(cur);
      cur = { file, heading: h[2]!.trim(), text: '', blocks: [] };
      continue;
    }
    cur.text += `${line}\n`;
  }
  out.push(cur);
  return out.filter((s) => s.heading || s.text.trim());
}

const files = loadFiles();
const editable = files.filter((f) => f.name !== WORKSHOP_PAGE);
const sections = editable.flatMap((f) => f.sections);
const allText = editable.map((f) => f.raw).join('\n');
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const sentences = (text: string) => text.replace(/\n(?!\n)/g, ' ').split(/(?<=[.!?]["')*]*)\s+|\n\n+/);
const where = (s: Sect) => `${s.file} › ${s.heading}`;

describe('the recommendation: Python 3.12 (or 3.11), and why (rows 1, 2, 50)', () => {
  it('never states InstructLab support as "3.10 and 3.11" (v0.26 dropped 3.10)', () => {
    expect(allText).not.toMatch(/3\.10 (and|or) 3\.11/);
  });

  it('the workshop-version section recommends 3.12 or 3.11 and names the tools that refuse 3.13+', () => {
    const s = sections.find((x) => x.heading === 'Which Python version the workshop needs')!;
    expect(s.text).toMatch(/Install Python 3\.12 \(or 3\.11\)/);
    expect(s.text).toMatch(/Open WebUI/);
    expect(s.text).toMatch(/InstructLab/);
    expect(s.text).toMatch(/0\.17/);
  });

  it('every section that creates a venv for Open WebUI or InstructLab uses 3.12 or 3.11, never a bare python3.13+', () => {
    for (const s of sections.filter((x) => /open-webui|instructlab/i.test(x.blocks.flatMap((b) => b.lines).join('\n')))) {
      for (const line of s.blocks.flatMap((b) => b.lines).filter((l) => /-m venv|uv venv/.test(l))) {
        expect(line, where(s)).toMatch(/3\.1[12]/);
      }
    }
  });
});

describe('Homebrew python@3.12 links only python3.12 (rows 6, 7, 8)', () => {
  it('no answer tells the student "or python3" as the command to check or use', () => {
    for (const s of sections) expect(s.text, where(s)).not.toMatch(/\bor\s+`?python3`?(?![.\d\w-])/i);
  });

  it('no answer claims Homebrew adds a plain python3 for python@3.12', () => {
    expect(allText).not.toMatch(/usually `?python3`?\)/);
  });

  it('every section that runs brew install python@3.12 tells the student to use python3.12', () => {
    const brewing = sections.filter((s) => s.blocks.some((b) => b.lines.some((l) => /^brew install python@3\.12\b/.test(l.trim()))));
    expect(brewing.length).toBeGreaterThan(3);
    for (const s of brewing) expect(s.text, where(s)).toMatch(/python3\.12 (--version|-m venv)/);
  });

  it('the Homebrew installer never shares a code block with the next brew command, and the shellenv step is given', () => {
    for (const s of sections) {
      for (const b of s.blocks) {
        const installs = b.lines.some((l) => l.includes('Homebrew/install/HEAD/install.sh'));
        if (installs) expect(b.lines.filter((l) => /^brew\s/.test(l.trim())), where(s)).toEqual([]);
      }
      if (s.text.includes('Homebrew/install/HEAD/install.sh')) expect(s.text, where(s)).toMatch(/brew shellenv/);
    }
  });
});

describe('Windows commands that exist on Windows (rows 9, 28, 29)', () => {
  const windowsBlocks = sections.flatMap((s) => s.blocks.filter((b) => WINDOWS_LANGS.has(b.lang)).map((b) => ({ s, b })));

  it('no python3.11 / python3.12 command in a Windows (PowerShell or cmd) block', () => {
    expect(windowsBlocks.length).toBeGreaterThan(10);
    for (const { s, b } of windowsBlocks) for (const l of b.lines) expect(l, where(s)).not.toMatch(/\bpython3(\.\d+)?\b/);
  });

  it('Windows venvs are made with the py launcher or python, never python3.x -m venv', () => {
    for (const f of editable.filter((x) => osOfFile(x.name) === 'windows')) {
      for (const s of f.sections) {
        const prose = s.text.replace(/```[\s\S]*?```/g, '');
        expect(prose, where(s)).not.toMatch(/python3\.\d+ -m venv/);
      }
    }
  });

  it('"where python" is only given for cmd; PowerShell gets where.exe', () => {
    for (const s of sections) {
      for (const sentence of sentences(s.text).filter((x) => /`where python`/.test(x))) expect(sentence, where(s)).toMatch(/\bcmd\b|prints nothing/);
    }
  });

  it('App execution aliases: only the App Installer entries are switched off', () => {
    let advised = 0;
    for (const s of sections) {
      for (const sentence of sentences(s.text)) {
        if (/alias/i.test(sentence) && /(switch|turn) off/i.test(sentence)) {
          advised++;
          expect(sentence, where(s)).toMatch(/App Installer/);
        }
        if (/Python \(default\)|Python install manager/i.test(sentence)) expect(sentence, where(s)).not.toMatch(/(switch|turn)\w* off|disable/i);
      }
    }
    expect(advised).toBeGreaterThan(0);
  });
});

describe('python.org installers stop at 3.11.9 and 3.12.10 (rows 4, 5)', () => {
  it('a 3.11.10+ or 3.12.11+ version is only named to say it has no installer', () => {
    for (const s of sections) {
      for (const sentence of sentences(s.text).filter((x) => /\b3\.11\.(1\d|[2-9]\d)\b|\b3\.12\.(1[1-9]|[2-9]\d)\b/.test(x))) {
        expect(sentence, where(s)).toMatch(/source-only|No installers|Failed to find a suitable install/);
      }
    }
  });

  it('every paragraph that sends the student to a python.org 3.11/3.12 installer names 3.12.10 or 3.11.9', () => {
    let checked = 0;
    for (const s of sections) {
      for (const p of s.text.split(/\n\n+/)) {
        // A sentence that names a python.org installer and a 3.11/3.12 version sends the student there.
        if (sentences(p).some((x) => /python\.org/.test(x) && /\binstaller\b/i.test(x) && /(?<![\w-])3\.1[12]\b/.test(x))) {
          checked++;
          expect(p, where(s)).toMatch(/3\.12\.10|3\.11\.9|Install Manager/);
        }
      }
    }
    expect(checked).toBeGreaterThan(2);
  });
});

describe('other facts a student follows literally', () => {
  it('python -VV is not said to print the platform (row 12)', () => {
    const s = sections.find((x) => x.heading === 'Show build details with python -VV')!;
    expect(s.text).toMatch(/\[Clang/);
    expect(s.text).not.toMatch(/on (darwin|win32|linux)\b/);
  });

  it('InstructLab disk: the README minimum of 250 GB is given wherever 60 GB is (row 13)', () => {
    const withSixty = sections.filter((s) => /60 ?GB/.test(s.text));
    expect(withSixty.length).toBeGreaterThan(0);
    for (const s of withSixty) expect(s.text, where(s)).toMatch(/250 GB/);
  });

  it('ilab model download: three ~4.4 GB models and the Hugging Face token (row 14)', () => {
    const s = sections.find((x) => x.heading === 'Download, serve and chat with a model using ilab')!;
    expect(s.text).toMatch(/4\.4 GB/);
    expect(s.text).toMatch(/Mistral/);
    expect(sections.some((x) => /--hf-token/.test(x.text) && /HF_TOKEN/.test(x.text))).toBe(true);
  });

  it('brew install ollama always comes with a way to start the server (row 26)', () => {
    const brewing = sections.filter((s) => /brew install ollama\b/.test(s.text));
    expect(brewing.length).toBeGreaterThan(0);
    for (const s of brewing) expect(s.text, where(s)).toMatch(/brew services start ollama|ollama serve/);
  });

  it('Granite 4.1 is named as the current line (row 24)', () => {
    const s = sections.find((x) => x.file === 'granite.md' && /^Granite releases/.test(x.heading))!;
    expect(s.text).toMatch(/Granite 4\.1/);
    expect(s.heading).toMatch(/4\.1/);
  });

  it('one venv name: every command creates or activates .venv, never venv (row 49)', () => {
    for (const s of sections) {
      for (const line of s.blocks.flatMap((b) => b.lines)) {
        if (/-m venv\b|^uv venv\b/.test(line.trim())) expect(line.trim().split(/\s+/).at(-1), where(s)).toBe('.venv');
      }
      expect(s.text, where(s)).not.toMatch(/(?<![.\w])venv[\\/](bin|Scripts)[\\/]/);
    }
  });
});

describe('front-matter as data', () => {
  it('every file lists its primary sources and a quoted review date (issue 11, build item 3)', () => {
    for (const f of files) {
      expect(f.hasFrontMatter, f.name).toBe(true);
      const sources = f.meta.sources as unknown[];
      expect(Array.isArray(sources) && sources.length > 0, f.name).toBe(true);
      for (const u of sources) expect(String(u), f.name).toMatch(/^https:\/\/\S+$/);
      expect(f.raw, f.name).toMatch(/^reviewed: "\d{4}-\d{2}-\d{2}"$/m);
    }
  });

  it('python-warnings: valid semver ranges, a text, and a fix heading that exists in the same file', () => {
    const holders = files.filter((f) => f.meta['python-warnings'] !== undefined);
    // Each warning lives with its fix: Open WebUI's in the Python page, InstructLab's in its own.
    expect(holders.map((f) => f.name).sort()).toEqual(['instructlab-platforms.md', 'python-general.md']);
    const all: { when: string; text: string }[] = [];
    for (const holder of holders) {
      const warnings = holder.meta['python-warnings'] as { when: string; text: string; fix: string }[];
      const headings = new Set(holder.sections.map((s) => s.heading));
      for (const w of warnings) {
        expect(validRange(w.when), w.when).not.toBeNull();
        expect(w.text.length).toBeGreaterThan(40);
        expect(headings.has(w.fix), w.fix).toBe(true);
        all.push(w);
      }
    }
    expect(all.map((w) => w.when).sort()).toEqual(['>=3.12', '>=3.13']);
    expect(all.find((w) => w.when === '>=3.13')!.text).toMatch(/Open WebUI/);
    expect(all.find((w) => w.when === '>=3.12')!.text).toMatch(/InstructLab.*3\.11/);
  });

  it('the old python/instructlab-note reply key is gone (the note is data now)', () => {
    for (const f of files) expect(Object.keys((f.meta.replies as object | undefined) ?? {}), f.name).not.toContain('python/instructlab-note');
  });

  const claims = editable.flatMap((f) =>
    Object.entries((f.meta.sections ?? {}) as Record<string, { errors?: unknown }>).flatMap(([heading, m]) =>
      (Array.isArray(m?.errors) ? m.errors : []).map((e) => ({ file: f.name, heading, error: String(e) })),
    ),
  );

  it('error signatures are short literal fragments that appear in their own section', () => {
    expect(claims.length).toBeGreaterThan(40);
    for (const c of claims) {
      expect(c.error.trim().length, c.error).toBeGreaterThan(8);
      expect(c.error.length, c.error).toBeLessThan(100);
      const s = sections.find((x) => x.file === c.file && x.heading === c.heading);
      expect(s, `${c.file} › ${c.heading}`).toBeDefined();
      expect(norm(s!.text), `${c.file} › ${c.heading}: ${c.error}`).toContain(norm(c.error));
    }
  });

  it('no two sections claim overlapping error signatures (a message matching one would match both)', () => {
    for (const a of claims) {
      for (const b of claims) {
        if (a.file === b.file && a.heading === b.heading) continue;
        expect(norm(b.error).includes(norm(a.error)), `"${a.error}" (${a.heading}) inside "${b.error}" (${b.heading})`).toBe(false);
      }
    }
  });
});

/**
 * Every fenced command line starts with a command that exists on the OS the section is for.
 * A block's OS: PowerShell/cmd blocks are Windows; other blocks take the OS their heading names
 * (WSL means Linux), else their file's OS; blocks in general files may be macOS or Linux.
 */
const WINDOWS_LANGS = new Set(['powershell', 'ps1', 'pwsh', 'cmd', 'bat']);
const COMMON = ['cd', 'mkdir', 'python', 'pip', 'code', 'ollama', 'ilab', 'open-webui', 'conda', 'uv', 'deactivate'];
const UNIX = [...COMMON, 'python3', 'python3.11', 'python3.12', 'source', 'echo', 'eval', 'export', 'curl', 'which', 'file', 'pyenv', '/bin/bash', 'sudo'];
const ALLOWED: Record<Os, Set<string>> = {
  macos: new Set([...UNIX, 'brew', 'xcode-select', 'arch']),
  linux: new Set([...UNIX, 'systemctl']),
  windows: new Set([...COMMON, 'py', 'winget', 'wsl', 'where.exe', 'get-command', 'set-executionpolicy', 'powershell', '.venv\\scripts\\activate']),
};
/** What may follow sudo: the package and service tools of the Linux guides. */
const SUDO_OK = new Set(['apt', 'dnf', 'snap', 'add-apt-repository', 'rpm', 'systemctl']);

function osOfFile(name: string): Os | null {
  if (/macos/.test(name)) return 'macos';
  if (/windows/.test(name)) return 'windows';
  if (/linux/.test(name)) return 'linux';
  return null;
}

function osOfHeading(heading: string): Os | null {
  if (/\bWSL/i.test(heading)) return 'linux';
  if (/\b(Windows|PowerShell|Command Prompt)\b/i.test(heading)) return 'windows';
  if (/\b(Mac|macOS|Homebrew|Apple silicon)\b/i.test(heading)) return 'macos';
  if (/\b(Linux|Ubuntu|Debian|Fedora)\b/i.test(heading)) return 'linux';
  return null;
}

function blockOses(s: Sect, b: Block): Os[] {
  if (WINDOWS_LANGS.has(b.lang)) return ['windows'];
  const os = osOfHeading(s.heading) ?? osOfFile(s.file);
  if (os === 'windows') return []; // a shell block in a Windows-only section: no OS can run it
  return os ? [os] : ['macos', 'linux'];
}

/** First word of a command line, after any leading VAR=value assignments. */
function firstWord(line: string): string {
  const words = line.trim().split(/\s+/);
  while (words.length > 1 && /^[A-Z_][A-Z0-9_]*=/.test(words[0]!)) words.shift();
  return words[0]!.toLowerCase();
}

describe('fenced command blocks use commands that exist on their OS', () => {
  const cases = sections.flatMap((s) => s.blocks.filter((b) => b.lang !== 'text').map((b) => ({ s, b })));

  it('finds blocks for every OS', () => {
    const seen = new Set(cases.flatMap(({ s, b }) => blockOses(s, b)));
    expect([...seen].sort()).toEqual(['linux', 'macos', 'windows']);
  });

  it.each(cases.map(({ s, b }) => [`${where(s)} [${b.lang || 'plain'}] ${b.lines[0]}`, s, b] as const))('%s', (_name, s, b) => {
    const oses = blockOses(s, b);
    expect(oses.length, 'a shell block in a Windows section').toBeGreaterThan(0);
    for (const line of b.lines.filter((l) => l.trim() && !l.trim().startsWith('#'))) {
      const word = firstWord(line);
      const ok = oses.some((os) => ALLOWED[os].has(word));
      expect(ok, `"${word}" (line "${line.trim()}") is not a command on ${oses.join('/')}`).toBe(true);
      if (word === 'sudo') {
        const next = line.trim().split(/\s+/)[1] ?? '';
        expect(SUDO_OK.has(next), `sudo ${next}`).toBe(true);
        expect(oses, `sudo in ${where(s)}`).toContain('linux');
      }
    }
  });
});
