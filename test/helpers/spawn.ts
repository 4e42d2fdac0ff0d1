import { spawn } from 'node:child_process';

export const ROOT = new URL('../../', import.meta.url).pathname;
const TSX = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's entry points with tsx, feeding `input` on stdin. */
export function runEntry(entry: string, args: string[], input: string, env: Record<string, string> = {}, cwd = ROOT): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [entry.startsWith('/') ? entry : ROOT + entry, ...args], {
      cwd,
      env: { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}
