/**
 * /check-python speed: pastes per second on the dev pastes (the bare analyser, and the whole
 * command: input validation, analysis, reply composed from knowledge/ sections), and the time per
 * 100 KB adversarial input (design.md: "well under a millisecond per KB", never throws).
 */
import type { AnyCommand } from '../src/framework/registry.js';
import { contextFor, createServices, runCommand } from '../src/framework/run.js';
import { KnowledgeIndex } from '../src/search/index.js';
import { silentLogger } from '../src/logger.js';
import { createMemoryStore } from '../src/store/memory.js';
import { analyzePaste } from '../src/python/analyze.js';
import type { Section } from '../src/knowledge/types.js';
import { median, nowUs, prng } from './stats.js';

export interface PythonBench {
  pastes: number;
  analyzePerSec: number;
  commandPerSec: number;
  adversarial: { name: string; kb: number; msMedian: number; msMax: number; verdict: string }[];
}

const KB100 = 100 * 1024;
const fill = (unit: string): string => unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100);

/** Inputs built to hit the slow paths of a line scanner: huge lines, many lines, escapes, near-misses. */
function adversarialInputs(): { name: string; text: string }[] {
  const rand = prng(7);
  const alphabet = 'Python 3.12.4\n\x1b[]()>`~$%#:;\'"\\/|\u200b\u00a0é漢🙂0123456789.rcabdevpost';
  let noise = '';
  while (noise.length < KB100) noise += alphabet[Math.floor(rand() * alphabet.length)];
  return [
    { name: 'one 100 KB line of letters', text: fill('a') },
    { name: '100 KB of newlines', text: fill('\n') },
    { name: '"Python " repeated, no version', text: fill('Python ') },
    { name: 'one dotted number 3.3.3.3...', text: `Python ${fill('3.')}` },
    { name: '"Python 3.12.4" on 7,000 lines', text: fill('Python 3.12.4\n') },
    { name: 'unterminated ANSI escapes', text: fill('\x1b[0;1;31;42;') },
    { name: 'nested quotes and fences', text: fill('> >>> ```py\n> ~~~\n') },
    { name: 'PowerShell not-recognized session', text: fill("PS C:\\Users\\x> python --version\npython : The term 'python' is not recognized as the name of a cmdlet\n") },
    { name: 'env prefixes and prompts', text: fill('(base) (.venv) user@host ~ % python3 -V\n') },
    { name: 'zero-width chars between digits', text: fill('3\u200b.\u200b1\u200b2\u200b') },
    { name: 'seeded random bytes', text: noise.slice(0, KB100) },
  ];
}

function rate(run: (paste: string) => unknown, pastes: readonly string[], ms: number): number {
  for (let i = 0; i < 200; i++) run(pastes[i % pastes.length]!);
  let done = 0;
  const t0 = nowUs();
  const until = t0 + ms * 1000;
  while (nowUs() < until) {
    for (const p of pastes) run(p);
    done += pastes.length;
  }
  return done / ((nowUs() - t0) / 1e6);
}

export async function runPythonBench(pastes: readonly string[], command: AnyCommand, sections: readonly Section[]): Promise<PythonBench> {
  const options = { requirement: '>=3.11' };
  const analyzePerSec = rate((p) => analyzePaste(p, options), pastes, 1000);
  const index = KnowledgeIndex.build(sections);
  const services = createServices({ current: () => index }, { PYTHON_REQUIREMENT: '>=3.11', TA_ROLE_ID: undefined }, createMemoryStore(), silentLogger);
  const ctx = contextFor(services, { id: 'bench', name: 'bench', isTA: false });
  // runCommand is async only in form (the handler is synchronous); await each so errors surface.
  const syncCommand = (p: string): Promise<unknown> => runCommand(command, { paste: p }, ctx);
  for (let i = 0; i < 200; i++) await syncCommand(pastes[i % pastes.length]!);
  let done = 0;
  const t0 = nowUs();
  while (nowUs() - t0 < 1e6) {
    for (const p of pastes) await syncCommand(p);
    done += pastes.length;
  }
  const commandPerSec = done / ((nowUs() - t0) / 1e6);

  const adversarial = adversarialInputs().map(({ name, text }) => {
    const times: number[] = [];
    let verdict = '';
    for (let i = 0; i < 7; i++) {
      const start = nowUs();
      verdict = analyzePaste(text, options).verdict;
      times.push((nowUs() - start) / 1000);
    }
    return { name, kb: text.length / 1024, msMedian: median(times), msMax: Math.max(...times), verdict };
  });
  return { pastes: pastes.length, analyzePerSec, commandPerSec, adversarial };
}
