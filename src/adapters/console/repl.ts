import { homedir } from 'node:os';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandContext } from '../../framework/command.js';
import type { Registry } from '../../framework/registry.js';
import { runCommand } from '../../framework/run.js';
import { OSES } from '../../python/types.js';
import { readImageFile } from './image-file.js';
import { renderText } from './render.js';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  registry: Registry;
  ctx: CommandContext;
  /** Whether a person is typing (prompts and the OS question) or a pipe is feeding lines. */
  interactive: boolean;
}

const HELP = `Type a question to search the pre-work, or a command:
  /topics [page]             the outline of what I can answer
  /check-python [paste]      judge \`python --version\` output; without a paste, paste lines and end with an empty line
  /os macos|windows|linux    set your OS for /check-python fixes
  /image PATH                read a screenshot (PNG, JPEG, WebP, GIF), as if sent to the bot on Discord
  /unanswered                questions I could not answer, grouped (TA view)
  /learned                   answers TAs saved (TA view; export: npm run cli -- export learned)
  /prework-status            who has checked Python and with what result (TA view)
  /help                      this list
  /quit                      leave`;

/**
 * A terminal front end over the same commands Discord uses. With a pipe on stdin it answers one
 * line at a time and resolves when the input ends.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output, registry, ctx, interactive } = options;
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity });
  const say = (text: string): void => void output.write(text + '\n');
  let os: string | undefined;
  // Held in an object because handleLine (a nested function) switches paste mode on.
  const paste: { lines: string[] | null } = { lines: null };

  const run = async (name: string, raw: Record<string, unknown>) => {
    const command = registry.command(name);
    if (!command) return say(`Unknown command /${name}. Type /help for the list.`);
    const reply = await runCommand(command, raw, ctx);
    say(renderText(reply) + '\n');
    // Buttons that re-run the command with an option set (the OS under /check-python) become a question.
    const reruns = (reply.buttons ?? []).flatMap((b) => (b.rerun ? [b.rerun] : []));
    const option = reruns[0]?.option;
    if (interactive && option === 'os' && !os) {
      const answer = (await question(rl, `Which OS are you on? (${reruns.map((r) => r.value).join('/')}, Enter to skip) `)).trim().toLowerCase();
      if (reruns.some((r) => r.value === answer)) {
        os = answer;
        await run(name, { ...raw, os });
      }
    }
  };

  if (interactive) rl.setPrompt('prework> ');
  if (interactive) rl.prompt();
  for await (const line of rl) {
    if (paste.lines) {
      if (line.trim()) {
        paste.lines.push(line);
        continue;
      }
      const text = paste.lines.join('\n');
      paste.lines = null;
      await run('check-python', { paste: text, os });
    } else {
      const done = await handleLine(line.trim());
      if (done) break;
    }
    if (interactive) rl.prompt();
  }
  if (paste.lines?.length) await run('check-python', { paste: paste.lines.join('\n'), os });
  rl.close();

  /** `/image PATH`: the screenshot is read and answered as a direct message with only that image would be. */
  async function readImage(arg: string): Promise<void> {
    const path = arg.replace(/^(["'])(.*)\1$/, '$2').replace(/^~(?=$|\/)/, homedir());
    if (!path) return say('Say /image PATH, e.g. /image ~/Desktop/terminal.png');
    const image = await readImageFile(path);
    if ('error' in image) return say(image.error);
    if (!registry.messages) return say('No feature answers screenshots here.');
    try {
      say(renderText(await registry.messages.question('', ctx, [image])) + '\n');
    } catch (err) {
      ctx.services.logger.error('reading a screenshot failed', { error: err as Error });
      say('Something went wrong on my side reading that screenshot.');
    }
  }

  async function handleLine(line: string): Promise<boolean> {
    if (!line) return false;
    if (!line.startsWith('/')) {
      await run('ask', { question: line });
      return false;
    }
    const [name = '', ...rest] = line.slice(1).split(/\s+/);
    const arg = line.slice(1 + name.length).trim();
    switch (name.toLowerCase()) {
      case 'quit':
      case 'exit':
        return true;
      case 'help':
        say(HELP);
        return false;
      case 'os':
        os = OSES.find((o) => o === arg.toLowerCase());
        say(os ? `OK, /check-python will give fixes for ${os}.` : `Say ${OSES.map((o) => `/os ${o}`).join(', ')}.`);
        return false;
      case 'topics':
        await run('topics', { page: Number.parseInt(rest[0] ?? '1', 10) || 1 });
        return false;
      case 'check-python':
        if (arg) await run('check-python', { paste: arg, os });
        else {
          paste.lines = [];
          if (interactive) say('Paste what your terminal printed, then press Enter on an empty line.');
        }
        return false;
      case 'ask':
        await run('ask', { question: arg });
        return false;
      case 'image':
        await readImage(arg);
        return false;
      default:
        await run(name.toLowerCase(), {});
        return false;
    }
  }
}

function question(rl: Interface, prompt: string): Promise<string> {
  return new Promise((resolve) => rl.question(prompt, resolve));
}
