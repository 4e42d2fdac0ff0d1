import './env.js';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parseConfig } from './config.js';
import { readImageFile } from './adapters/console/image-file.js';
import { renderText } from './adapters/console/render.js';
import type { CommandContext } from './framework/command.js';
import type { ImageInput } from './framework/options.js';
import { loadFeatures } from './framework/registry.js';
import { contextFor, createServices, runCommand } from './framework/run.js';
import { KnowledgeService } from './search/service.js';
import { createLogger } from './logger.js';
import { createOcrService } from './ocr/service.js';
import { OSES } from './python/types.js';
import { createMemoryStore } from './store/memory.js';
import { readJsonlStore } from './store/jsonl.js';
import { LearnedFolder, learnedDir } from './store/learned.js';
import { exportLearned } from '../commands/ta/export-learned.js';
import { readinessCsv } from '../commands/ta/readiness.js';

const USAGE = `usage:
  npm run --silent cli -- ask [--json] [--top N] [--knowledge DIR] [--batch | --image FILE...]
      one question per input line; with --batch each line is a JSON string (a whole message);
      with --image (repeatable) the question is what the screenshots say, plus stdin if any
  npm run --silent cli -- check-python [--json] [--os macos|windows|linux] [--batch | --image FILE...]
      without --batch all of stdin is one paste; with --batch each line is a JSON string;
      with --image the paste is read from the screenshots (JSON adds "ocrText")
  npm run --silent cli -- export learned|readiness
      the answers TAs saved (DATA_DIR/learned) as one knowledge file, or each student's latest
      /check-python as CSV: the files /learned and /prework-status attach`;

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === 'export') return exportData(rest);
  const { values } = parseArgs({
    args: rest,
    options: {
      json: { type: 'boolean', default: false },
      top: { type: 'string', default: '3' },
      knowledge: { type: 'string' },
      os: { type: 'string' },
      batch: { type: 'boolean', default: false },
      image: { type: 'string', multiple: true },
    },
    strict: true,
  });
  if ((verb !== 'ask' && verb !== 'check-python') || (values.image?.length && values.batch)) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const images: ImageInput[] = [];
  for (const path of values.image ?? []) {
    const image = await readImageFile(path);
    if ('error' in image) {
      process.stderr.write(image.error + '\n');
      return 2;
    }
    images.push(image);
  }
  const config = parseConfig();
  // stdout is the contract; everything else, warnings included, goes to stderr.
  const logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN ?? ''] });
  const knowledge = await KnowledgeService.open(values.knowledge ?? config.KNOWLEDGE_DIR, logger);
  // Its worker starts only if an image is given, and must be stopped for the process to end.
  const ocr = createOcrService({ enabled: config.OCR, concurrency: config.OCR_CONCURRENCY, logger });
  try {
    const services = createServices(knowledge, config, createMemoryStore(), logger, ocr);
    return await run(verb, values, images, contextFor(services, { id: 'cli', name: 'cli', isTA: true }));
  } finally {
    await ocr.close();
  }
}

interface Flags {
  json: boolean;
  top: string;
  os?: string;
  batch: boolean;
}

async function run(verb: 'ask' | 'check-python', values: Flags, images: ImageInput[], ctx: CommandContext): Promise<number> {
  const registry = await loadFeatures();
  const command = registry.command(verb);
  if (!command) throw new Error(`no ${verb} command is registered`);
  const print = (line: string) => process.stdout.write(line + '\n');

  if (verb === 'ask' && images.length) {
    const top = Math.min(Math.max(Number.parseInt(values.top, 10) || 3, 1), 25);
    const question = (await typedText()).trim();
    const reply = await runCommand(command, { question, top, image: images }, ctx);
    print(values.json ? JSON.stringify(reply.data ?? { query: question, confident: false, results: [] }) : renderText(reply) + '\n');
    return reply.data?.ocrError ? 1 : 0;
  }
  if (verb === 'ask') {
    const top = Math.min(Math.max(Number.parseInt(values.top, 10) || 3, 1), 25);
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      const question = values.batch ? parseBatchLine(line) : line;
      const reply = await runCommand(command, { question, top }, ctx);
      print(values.json ? JSON.stringify(reply.data ?? { query: question, confident: false, results: [] }) : renderText(reply) + '\n');
    }
    return 0;
  }

  const os = values.os?.toLowerCase();
  if (os !== undefined && !OSES.some((o) => o === os)) {
    process.stderr.write(`--os must be ${OSES.slice(0, -1).join(', ')} or ${OSES.at(-1)} (got "${values.os}")\n`);
    return 2;
  }
  const judge = async (paste: string) => {
    const reply = await runCommand(command, { paste, os }, ctx);
    return values.json ? JSON.stringify({ ...reply.data, reply: renderText(reply) }) : renderText(reply);
  };
  if (images.length) {
    const reply = await runCommand(command, { paste: await typedText(), os, image: images }, ctx);
    print(values.json ? JSON.stringify({ ...reply.data, reply: renderText(reply) }) : renderText(reply));
    return reply.data?.ocrError ? 1 : 0;
  }
  if (values.batch) {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      print(await judge(parseBatchLine(line)));
    }
    return 0;
  }
  print(await judge(await readAll(process.stdin)));
  return 0;
}

/** Text typed with screenshots: stdin when something is piped in; a terminal is not waited on. */
async function typedText(): Promise<string> {
  return (process.stdin.isTTY as boolean | undefined) === true ? '' : readAll(process.stdin);
}

/** `export learned|readiness`: reads DATA_DIR as the bot left it (writing nothing) and prints the file. */
async function exportData(args: string[]): Promise<number> {
  const what = args[0];
  if (args.length !== 1 || (what !== 'learned' && what !== 'readiness')) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const config = parseConfig();
  const logger = createLogger({ level: 'warn', secrets: [config.DISCORD_TOKEN ?? ''] });
  if (what === 'learned') {
    const files = await new LearnedFolder(learnedDir(config.DATA_DIR)).list();
    if (!files.length) process.stderr.write(`no saved answers in ${learnedDir(config.DATA_DIR)}\n`);
    else process.stdout.write(exportLearned(files));
    return 0;
  }
  const latest = readJsonlStore(config.DATA_DIR, logger).latestVerdicts();
  if (!latest.length) process.stderr.write(`no /check-python results in ${config.DATA_DIR}\n`);
  process.stdout.write(readinessCsv(latest));
  return 0;
}

/** A batch line is a JSON string; anything else is judged as the raw line rather than dropped. */
function parseBatchLine(line: string): string {
  try {
    const value = JSON.parse(line) as unknown;
    return typeof value === 'string' ? value : line;
  } catch {
    return line;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
