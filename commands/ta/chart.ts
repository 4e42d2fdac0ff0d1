import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { OS_LABELS, STATUS_LABELS, STATUSES, type ReadinessTable, type Status } from './readiness.js';

/** Colours per status; each segment also carries its number, so colour is never the only cue. */
const COLORS: Record<Status, string> = { ready: '#15803d', warnings: '#d97706', 'too-old': '#dc2626', 'not-found': '#4b5563', other: '#7c3aed' };

const WIDTH = 640;
const PAD = 16;
const LABEL_W = 110;
const BAR_H = 28;
const GAP = 14;
const LEGEND_H = 28;
const FONT = 'DejaVu Sans';

/**
 * The readiness counts as horizontal stacked bars, one per operating system, drawn as SVG and
 * rendered to PNG offline by resvg with a font shipped in an npm package (no system fonts, no
 * network). The same numbers are in the reply's text for screen readers.
 */
export function readinessSvg(table: ReadinessTable): string {
  const shown = STATUSES.filter((s) => s !== 'other' || table.total.other > 0);
  const rows = table.byOs;
  const height = PAD * 2 + LEGEND_H + GAP + Math.max(1, rows.length) * (BAR_H + GAP);
  const barX = PAD + LABEL_W;
  const barW = WIDTH - barX - PAD - 40;
  const max = Math.max(1, ...rows.map((r) => STATUSES.reduce((n, s) => n + r.counts[s], 0)));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" font-size="14">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
  ];
  let x = PAD;
  for (const s of shown) {
    const label = STATUS_LABELS[s];
    out.push(`<rect x="${x}" y="${PAD + 6}" width="14" height="14" fill="${COLORS[s]}"/>`, `<text x="${x + 20}" y="${PAD + 18}" fill="#111827">${label}</text>`);
    x += 20 + label.length * 7.8 + 22;
  }
  rows.forEach((row, i) => {
    const y = PAD + LEGEND_H + GAP + i * (BAR_H + GAP);
    out.push(`<text x="${PAD}" y="${y + 19}" fill="#111827" font-weight="bold">${OS_LABELS[row.os]}</text>`);
    let at = barX;
    let total = 0;
    for (const s of STATUSES) {
      const n = row.counts[s];
      if (!n) continue;
      total += n;
      const w = (n / max) * barW;
      out.push(`<rect x="${at.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H}" fill="${COLORS[s]}"/>`);
      if (w >= 22) out.push(`<text x="${(at + w / 2).toFixed(1)}" y="${y + 19}" fill="#ffffff" text-anchor="middle" font-weight="bold">${n}</text>`);
      at += w;
    }
    out.push(`<text x="${(at + 6).toFixed(1)}" y="${y + 19}" fill="#374151">${total}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

let fontFiles: string[] | undefined;

export function readinessPng(table: ReadinessTable): Uint8Array {
  const resolve = createRequire(import.meta.url).resolve;
  fontFiles ??= ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => resolve(`dejavu-fonts-ttf/ttf/${f}`));
  const resvg = new Resvg(readinessSvg(table), {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT },
    fitTo: { mode: 'zoom', value: 2 },
  });
  return resvg.render().asPng();
}
