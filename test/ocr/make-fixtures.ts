/**
 * Writes the committed screenshot fixtures: test/fixtures/screenshots/*.png and labels.jsonl in
 * the format of `node ../shared/tools/eval.mjs python-images DIR` ({image, verdict, version,
 * meets}), labels from the paste judge on the paste's text. Run by hand when the set changes:
 *
 *   npm run fixtures:screenshots
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { analyzePaste } from '../../src/python/analyze.js';
import { DEFAULT_REQUIREMENT } from '../../src/python/judge.js';
import { FIXTURE_DIR, loadSet, screenFor } from './corpus.js';
import { lookByName, renderTerminal } from './render.js';

/** Which fixture paste is drawn in which look: one per look, a mix of verdicts. */
export const COMMITTED: { paste: string; look: string }[] = [
  { paste: 'macos-zsh-python-missing-python3-is-the-', look: 'macos-dark-2x' },
  { paste: 'dev-2-python-3-10-4', look: 'macos-light-2x' },
  { paste: 'powershell-5-1-not-recognized', look: 'powershell-blue' },
  { paste: 'cmd-session-ok', look: 'cmd-black' },
  { paste: 'ubuntu-22-04-python-missing-python3-3-10', look: 'ubuntu-aubergine' },
  { paste: 'py-0-new-launcher-newest-meeting-wins', look: 'vscode-dark' },
  { paste: 'pyenv-versions-active-starred-3-10-is-to', look: 'light-solarized' },
];

async function main(): Promise<void> {
  const pastes = (await loadSet('fixture'))!;
  const labels: string[] = [];
  for (const { paste: id, look: lookName } of COMMITTED) {
    const item = pastes.find((p) => p.id === id);
    if (!item) throw new Error(`no fixture paste ${id}`);
    const look = lookByName(lookName);
    const screen = screenFor(item, look, 1);
    if (!screen) throw new Error(`${id} cannot be drawn in ${lookName}`);
    // Palette PNG (as many screenshot tools save) keeps each file far under 100 KB.
    const png = await sharp(await renderTerminal(screen.rows.join('\n'), look)).png({ palette: true, colours: 64 }).toBuffer();
    const image = `${lookName}--${id}.png`;
    writeFileSync(join(FIXTURE_DIR, image), png);
    const a = analyzePaste(item.paste, { requirement: DEFAULT_REQUIREMENT });
    labels.push(JSON.stringify({ image, verdict: a.verdict, version: a.version, meets: a.meets, paste: id }));
    process.stdout.write(`${image} ${png.length} bytes ${a.verdict} ${a.version}\n`);
  }
  writeFileSync(join(FIXTURE_DIR, 'labels.jsonl'), `${labels.join('\n')}\n`);
}

await main();
