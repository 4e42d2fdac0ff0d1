import { Collection, type Attachment } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_FILE_BYTES, messageText, textFilesOf } from '../../src/adapters/discord/message-text.js';
import { MAX_QUESTION } from '../../src/framework/options.js';
import { silentLogger } from '../../src/logger.js';

const CDN = 'https://cdn.discordapp.com/attachments/1/2';

function attachment(name: string, contentType: string | null, size = 100, url = `${CDN}/${name}`): Attachment {
  return { id: name, name, contentType, size, url } as unknown as Attachment;
}

function message(content: string, ...files: Attachment[]) {
  return { content, attachments: new Collection(files.map((f) => [f.id, f])) };
}

/** A CDN that serves the given bodies by file name and records what was asked. */
function cdn(bodies: Record<string, string | Uint8Array>) {
  const asked: string[] = [];
  const fetchImpl = ((input: string) => {
    asked.push(input);
    const body = bodies[input.split('/').pop()!];
    return Promise.resolve(body === undefined ? new Response('gone', { status: 404 }) : new Response(body, { status: 200 }));
  }) as typeof fetch;
  return { asked, opts: { logger: silentLogger, fetchImpl } };
}

describe('textFilesOf', () => {
  it("takes Discord's message.txt and plain-text logs, not images, zips or scripts", () => {
    const files = textFilesOf(
      message(
        '',
        attachment('message.txt', 'text/plain; charset=utf-8'),
        attachment('shot.png', 'image/png'),
        attachment('logs.zip', 'application/zip'),
        attachment('install.sh', 'text/x-sh'),
        attachment('pip.log', null),
      ).attachments,
    ).map((a) => a.name);
    expect(files).toEqual(['message.txt', 'pip.log']);
  });
});

describe('messageText', () => {
  it('is the typed text when there is no text file, without a download', async () => {
    const { asked, opts } = cdn({});
    expect(await messageText(message('how do I install vs code?', attachment('shot.png', 'image/png')), opts)).toBe('how do I install vs code?');
    expect(asked).toEqual([]);
  });

  it('puts a long paste sent as message.txt back after the words typed with it', async () => {
    const { opts } = cdn({ 'message.txt': "zsh: command not found: code\n" });
    expect(await messageText(message('help', attachment('message.txt', 'text/plain; charset=utf-8')), opts)).toBe('help\nzsh: command not found: code');
  });

  it('keeps the end of a long log, where the error is, within one message', async () => {
    const log = `$ pip install instructlab\n${'  Downloading some-package-1.0.tar.gz (12 kB)\n'.repeat(400)}ERROR: Could not build wheels for llama-cpp-python`;
    const { opts } = cdn({ 'message.txt': log });
    const text = await messageText(message('', attachment('message.txt', 'text/plain')), opts);
    expect(text.length).toBeLessThanOrEqual(MAX_QUESTION);
    expect(text.startsWith('$ pip install instructlab')).toBe(true);
    expect(text.endsWith('ERROR: Could not build wheels for llama-cpp-python')).toBe(true);
  });

  it('leaves out what cannot be read: off the CDN, too large, missing or binary', async () => {
    const { asked, opts } = cdn({ 'bin.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1]) });
    const files = [
      attachment('elsewhere.txt', 'text/plain', 100, 'https://example.com/elsewhere.txt'),
      attachment('huge.txt', 'text/plain', MAX_TEXT_FILE_BYTES + 1),
    ];
    expect(await messageText(message('python --version', ...files), opts)).toBe('python --version');
    expect(await messageText(message('still here', attachment('gone.txt', 'text/plain'), attachment('bin.txt', 'text/plain')), opts)).toBe('still here');
    // Neither the other host nor the file Discord says is too large was asked for.
    expect(asked.some((u) => u.includes('example.com') || u.includes('huge.txt'))).toBe(false);
  });
});
