/**
 * Renders terminal screenshots from text, offline and deterministically, for the OCR tests and
 * bench: an SVG (window chrome + one <text> per terminal row) rasterised by @resvg/resvg-js with
 * TTF fonts from npm packages only (system fonts are never loaded, so a clean CI machine or a
 * slim Docker image renders the same pixels as a developer's). JPEG variants go through sharp.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';

const require = createRequire(import.meta.url);

/** Monospace fonts that stand in for the ones real terminals use (see LOOKS). */
const FONTS = {
  /** Menlo (macOS Terminal) is derived from DejaVu Sans Mono; also Linux's usual `monospace`. */
  dejavu: { family: 'DejaVu Sans Mono', file: join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSansMono.ttf'), advance: 0.602 },
  /** Metric-compatible with Courier New / Liberation Mono: the look of older Windows consoles. */
  cousine: { family: 'Cousine', file: join(dirname(require.resolve('@expo-google-fonts/cousine/package.json')), '400Regular', 'Cousine_400Regular.ttf'), advance: 0.6 },
  /** A modern coding font like Cascadia Mono / Consolas (Windows Terminal, VS Code). */
  jetbrains: { family: 'JetBrains Mono', file: join(dirname(require.resolve('@expo-google-fonts/jetbrains-mono/package.json')), '400Regular', 'JetBrainsMono_400Regular.ttf'), advance: 0.6 },
  /** Ubuntu's default terminal font. */
  ubuntu: { family: 'Ubuntu Mono', file: join(dirname(require.resolve('@expo-google-fonts/ubuntu-mono/package.json')), '400Regular', 'UbuntuMono_400Regular.ttf'), advance: 0.5 },
} as const;
type FontKey = keyof typeof FONTS;

type Chrome = 'mac' | 'windows' | 'ubuntu' | 'vscode' | 'none';

export interface Look {
  name: string;
  /** Background, text, prompt colours. */
  bg: string;
  fg: string;
  prompt: string;
  /** Second prompt colour (path part of `user@host:~$`), when the theme has one. */
  path?: string;
  font: FontKey;
  /** Font size in CSS px at 1x. */
  size: number;
  /** Device pixel ratio: 2 for a Retina screenshot. */
  scale: number;
  /** Terminal width in columns: longer lines wrap, as in a real terminal. */
  cols: number;
  chrome: Chrome;
  title: string;
  /** Shell prompt put before `command` when a paste shows no prompt of its own. */
  shell: { prompt: string; command: string };
}

export const LOOKS: readonly Look[] = [
  {
    name: 'macos-dark-2x',
    bg: '#1e1e1e',
    fg: '#e6e6e6',
    prompt: '#e6e6e6',
    font: 'dejavu',
    size: 12,
    scale: 2,
    cols: 90,
    chrome: 'mac',
    title: 'jane — -zsh — 90×24',
    shell: { prompt: 'jane@Janes-MacBook-Pro ~ % ', command: 'python3 --version' },
  },
  {
    name: 'macos-light-2x',
    bg: '#ffffff',
    fg: '#000000',
    prompt: '#000000',
    font: 'dejavu',
    size: 12,
    scale: 2,
    cols: 90,
    chrome: 'mac',
    title: 'jane — -zsh — 90×24',
    shell: { prompt: 'jane@MacBook-Air ~ % ', command: 'python3 --version' },
  },
  {
    name: 'powershell-blue',
    bg: '#012456',
    fg: '#eeedf0',
    prompt: '#eeedf0',
    font: 'cousine',
    size: 16,
    scale: 1,
    cols: 100,
    chrome: 'windows',
    title: 'Windows PowerShell',
    shell: { prompt: 'PS C:\\Users\\jane> ', command: 'python --version' },
  },
  {
    name: 'cmd-black',
    bg: '#0c0c0c',
    fg: '#cccccc',
    prompt: '#cccccc',
    font: 'cousine',
    size: 16,
    scale: 1,
    cols: 100,
    chrome: 'windows',
    title: 'C:\\WINDOWS\\system32\\cmd.exe',
    shell: { prompt: 'C:\\Users\\jane>', command: 'python --version' },
  },
  {
    name: 'ubuntu-aubergine',
    bg: '#300a24',
    fg: '#ffffff',
    prompt: '#8ae234',
    path: '#729fcf',
    font: 'ubuntu',
    size: 17,
    scale: 1,
    cols: 100,
    chrome: 'ubuntu',
    title: 'jane@ubuntu: ~',
    shell: { prompt: 'jane@ubuntu:~$ ', command: 'python3 --version' },
  },
  {
    name: 'vscode-dark',
    bg: '#1e1e1e',
    fg: '#cccccc',
    prompt: '#cccccc',
    font: 'jetbrains',
    size: 13,
    scale: 1,
    cols: 110,
    chrome: 'vscode',
    title: 'TERMINAL',
    shell: { prompt: '(.venv) jane@laptop prework % ', command: 'python --version' },
  },
  {
    name: 'light-solarized',
    bg: '#fdf6e3',
    fg: '#586e75',
    prompt: '#268bd2',
    font: 'dejavu',
    size: 14,
    scale: 1,
    cols: 100,
    chrome: 'none',
    title: '',
    shell: { prompt: '$ ', command: 'python3 --version' },
  },
];

export type ImageFormat = 'png' | 'jpeg';

export interface RenderOptions {
  format?: ImageFormat;
  /** JPEG quality (the tests use 70, a typical chat-app recompression). */
  quality?: number;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A shell prompt at the start of a line (`user@host ~ % `, `PS C:\x> `, `C:\x>`, `~$ `). */
const PROMPT_RE = /^(?:\([^)]*\) )?(?:[\w.-]+@[\w.-]+(?::[^\s$#%]*| [^\s%$#]+)? ?[%$#] |PS [A-Z]:\\[^>]*> ?|[A-Z]:\\[^>]*>|~?\$ |[%#] )/;

/** Splits a terminal row into prompt and rest, so the prompt can take the theme's prompt colour. */
function promptSplit(row: string): [string, string] {
  const m = PROMPT_RE.exec(row);
  return m ? [m[0], row.slice(m[0].length)] : ['', row];
}

/** Terminal rows: each logical line hard-wrapped at `cols`, as a terminal window shows it. */
export function terminalRows(text: string, cols: number): string[] {
  const rows: string[] = [];
  for (const line of text.replace(/\t/g, '    ').split('\n')) {
    if (line.length === 0) rows.push('');
    for (let i = 0; i < line.length; i += cols) rows.push(line.slice(i, i + cols));
  }
  return rows;
}

/** Whether a paste already shows a shell prompt of its own. */
export const hasPrompt = (paste: string): boolean => paste.split('\n').some((l) => PROMPT_RE.test(l));

/** What the window shows for a paste: the paste as is if it has a prompt, else prompt + command, output, and a fresh prompt. */
export function screenText(paste: string, look: Look): string {
  if (hasPrompt(paste)) return paste;
  return `${look.shell.prompt}${look.shell.command}\n${paste}\n${look.shell.prompt}`;
}

function chromeSvg(look: Look, width: number): { svg: string; height: number } {
  const sans = FONTS.dejavu.family;
  switch (look.chrome) {
    case 'mac': {
      const h = 28;
      const lights = ['#ff5f57', '#febc2e', '#28c840']
        .map((c, i) => `<circle cx="${20 + i * 20}" cy="${h / 2}" r="6" fill="${c}"/>`)
        .join('');
      const barBg = look.bg === '#ffffff' ? '#ececec' : '#2d2d2d';
      const barFg = look.bg === '#ffffff' ? '#4d4d4d' : '#b0b0b0';
      return {
        height: h,
        svg:
          `<rect x="0" y="0" width="${width}" height="${h}" fill="${barBg}"/>${lights}` +
          `<text x="${width / 2}" y="${h / 2 + 4.5}" font-family="${sans}" font-size="13" fill="${barFg}" text-anchor="middle">${escapeXml(look.title)}</text>`,
      };
    }
    case 'windows': {
      const h = 31;
      const icons = ['—', '☐', '✕'].map((g, i) => `<text x="${width - 126 + i * 46}" y="20" font-family="${sans}" font-size="12" fill="#000000">${g}</text>`).join('');
      return {
        height: h,
        svg:
          `<rect x="0" y="0" width="${width}" height="${h}" fill="#ffffff"/>` +
          `<rect x="10" y="9" width="14" height="14" fill="${look.bg}"/>` +
          `<text x="34" y="20" font-family="${sans}" font-size="12" fill="#000000">${escapeXml(look.title)}</text>${icons}`,
      };
    }
    case 'ubuntu': {
      const h = 37;
      return {
        height: h,
        svg:
          `<rect x="0" y="0" width="${width}" height="${h}" fill="#2c2c2c"/>` +
          `<text x="${width / 2}" y="23" font-family="${sans}" font-size="13" font-weight="bold" fill="#ffffff" text-anchor="middle">${escapeXml(look.title)}</text>` +
          `<circle cx="${width - 20}" cy="18" r="10" fill="#e95420"/><text x="${width - 24}" y="22" font-family="${sans}" font-size="11" fill="#ffffff">×</text>`,
      };
    }
    case 'vscode': {
      const h = 35;
      const tabs = ['PROBLEMS', 'OUTPUT', 'DEBUG CONSOLE', 'TERMINAL', 'PORTS'];
      let x = 20;
      const parts: string[] = [];
      for (const t of tabs) {
        const active = t === 'TERMINAL';
        parts.push(`<text x="${x}" y="22" font-family="${sans}" font-size="11" fill="${active ? '#e7e7e7' : '#8f8f8f'}">${t}</text>`);
        if (active) parts.push(`<rect x="${x}" y="31" width="${t.length * 7.6}" height="1" fill="#e7e7e7"/>`);
        x += t.length * 7.6 + 24;
      }
      return {
        height: h,
        svg: `<rect x="0" y="0" width="${width}" height="${h}" fill="${look.bg}"/><rect x="0" y="0" width="${width}" height="1" fill="#444444"/>${parts.join('')}`,
      };
    }
    case 'none':
      return { height: 0, svg: '' };
  }
}

/** The SVG of one screenshot at 1x (the scale is applied when rasterising). */
export function terminalSvg(text: string, look: Look): { svg: string; width: number; height: number } {
  const font = FONTS[look.font];
  const rows = terminalRows(text, look.cols);
  const longest = Math.max(20, ...rows.map((r) => r.length));
  const charW = look.size * font.advance;
  const lineH = Math.round(look.size * 1.25);
  const pad = 10;
  const width = Math.ceil(Math.min(longest, look.cols) * charW + 2 * pad + 20);
  const chrome = chromeSvg(look, width);
  const height = chrome.height + pad * 2 + rows.length * lineH;
  const textRows = rows.map((row, i) => {
    const y = chrome.height + pad + (i + 1) * lineH - Math.round(lineH - look.size) / 2 - look.size * 0.2;
    const [prompt, rest] = promptSplit(row);
    const spans: string[] = [];
    if (prompt) {
      const colon = look.path ? prompt.indexOf(':') : -1;
      if (colon > 0) {
        const dollar = prompt.lastIndexOf('$');
        spans.push(`<tspan fill="${look.prompt}" font-weight="bold">${escapeXml(prompt.slice(0, colon))}</tspan>`);
        spans.push(`<tspan fill="${look.fg}">:</tspan>`);
        spans.push(`<tspan fill="${look.path}" font-weight="bold">${escapeXml(prompt.slice(colon + 1, dollar))}</tspan>`);
        spans.push(`<tspan fill="${look.fg}">${escapeXml(prompt.slice(dollar))}</tspan>`);
      } else {
        spans.push(`<tspan fill="${look.prompt}">${escapeXml(prompt)}</tspan>`);
      }
    }
    spans.push(`<tspan fill="${look.fg}">${escapeXml(rest)}</tspan>`);
    return `<text x="${pad}" y="${y.toFixed(1)}" xml:space="preserve">${spans.join('')}</text>`;
  });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="${look.bg}"/>${chrome.svg}` +
    `<g font-family="${font.family}" font-size="${look.size}">${textRows.join('')}</g></svg>`;
  return { svg, width, height };
}

const ALL_FONT_FILES = Object.values(FONTS).map((f) => f.file);

/** Renders `text` (exactly the rows the window shows) as a PNG or JPEG screenshot in `look`. */
export async function renderTerminal(text: string, look: Look, opts: RenderOptions = {}): Promise<Buffer> {
  const { svg, width } = terminalSvg(text, look);
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * look.scale) },
    font: { loadSystemFonts: false, fontFiles: ALL_FONT_FILES, defaultFontFamily: FONTS[look.font].family, monospaceFamily: FONTS[look.font].family },
  })
    .render()
    .asPng();
  if ((opts.format ?? 'png') === 'png') return png;
  return sharp(png).jpeg({ quality: opts.quality ?? 70 }).toBuffer();
}

/** Renders a paste as a student would screenshot it: prompt and command added when the paste has none. */
export function renderPaste(paste: string, look: Look, opts: RenderOptions = {}): Promise<Buffer> {
  return renderTerminal(screenText(paste, look), look, opts);
}

export const lookByName = (name: string): Look => {
  const look = LOOKS.find((l) => l.name === name);
  if (!look) throw new Error(`no look ${name}`);
  return look;
};
