/**
 * Writes the committed screenshot fixtures: test/fixtures/screenshots/*.png and labels.jsonl in
 * the format of `node ../shared/tools/eval.mjs python-images DIR` ({image, verdict, version,
 * meets}), labels from the paste judge on the paste's text. Run by hand when the set changes:
 *
 *   npm run fixtures:screenshots
 *
 * Also writes the non-Python screenshots in ask/ (below).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { analyzePaste } from '../../src/python/analyze.js';
import { DEFAULT_REQUIREMENT } from '../../src/python/judge.js';
import { fullIndex } from '../helpers/knowledge.js';
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

/**
 * Screenshots of errors that are not about Python, for the screenshot routing (they go to /ask's
 * search): test/fixtures/screenshots/ask/, labels `{image, text, section}` where `section` is what
 * the search answers for the text the screenshot shows.
 */
export const ASK_COMMITTED: { name: string; look: string; text: string }[] = [
  { name: 'code-not-recognized', look: 'cmd-black', text: "C:\\Users\\ana>code .\n'code' is not recognized as an internal or external command,\noperable program or batch file.\n\nC:\\Users\\ana>" },
  { name: 'zsh-code-not-found', look: 'macos-dark-2x', text: 'jane@Janes-MacBook-Pro ~ % code .\nzsh: command not found: code\njane@Janes-MacBook-Pro ~ %' },
];

async function askFixtures(): Promise<void> {
  const index = await fullIndex();
  const dir = join(FIXTURE_DIR, 'ask');
  mkdirSync(dir, { recursive: true });
  const labels: string[] = [];
  for (const { name, look: lookName, text } of ASK_COMMITTED) {
    const png = await sharp(await renderTerminal(text, lookByName(lookName))).png({ palette: true, colours: 64 }).toBuffer();
    const image = `${lookName}--${name}.png`;
    writeFileSync(join(dir, image), png);
    const result = index.search(text, 1);
    if (!result.confident || !result.hits[0]) throw new Error(`the search is not sure about ${name}: not a useful fixture`);
    labels.push(JSON.stringify({ image, text, section: result.hits[0].section.id }));
    process.stdout.write(`ask/${image} ${png.length} bytes ${result.hits[0].section.id}\n`);
  }
  writeFileSync(join(dir, 'labels.jsonl'), `${labels.join('\n')}\n`);
}

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
  await askFixtures();
}

await main();
