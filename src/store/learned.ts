import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** One answer a TA saved: a markdown file in DATA_DIR/learned. */
export interface LearnedFile {
  /** File name inside the folder, e.g. `gpu-quota-on-the-cloud.md`. */
  name: string;
  content: string;
  modified: Date;
}

/** Where the bot keeps the answers TAs saved: beside its other data. */
export function learnedDir(dataDir: string): string {
  return join(dataDir, 'learned');
}

/** Names the bot writes: lower-case slug, `.md`. Anything else (a path, `..`) is refused. */
const NAME = /^[a-z0-9][a-z0-9-]{0,79}\.md$/;

export class LearnedNameError extends Error {}

/**
 * The folder of answers TAs saved during the workshop (DATA_DIR/learned). Each answer is one file,
 * written atomically: the text goes to a hidden temporary file in the same folder, is flushed to
 * disk, and is then renamed over the final name, so a crash leaves either the whole file or none
 * (the knowledge loader skips hidden files, so a leftover temporary file is never indexed).
 */
export class LearnedFolder {
  constructor(readonly dir: string) {}

  /** Every saved answer, oldest first; a missing folder is an empty one. */
  async list(): Promise<LearnedFile[]> {
    const names = await readdir(this.dir).catch((err: unknown) => {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [] as string[];
      throw err;
    });
    const files: LearnedFile[] = [];
    for (const name of names.filter((n) => NAME.test(n)).sort()) {
      const path = join(this.dir, name);
      const [content, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
      files.push({ name, content, modified: info.mtime });
    }
    return files.sort((a, b) => a.modified.getTime() - b.modified.getTime() || a.name.localeCompare(b.name));
  }

  /** A name not taken yet: `<stem>.md`, else `<stem>-2.md`, `<stem>-3.md`… */
  async freeName(stem: string): Promise<string> {
    const base = stem.slice(0, 70).replace(/-+$/, '') || 'answer';
    for (let n = 1; ; n++) {
      const name = n === 1 ? `${base}.md` : `${base}-${n}.md`;
      if (!(await exists(join(this.dir, checked(name))))) return name;
    }
  }

  /** Writes the file whole or not at all, and makes the rename itself durable. */
  async write(name: string, content: string): Promise<void> {
    checked(name);
    await mkdir(this.dir, { recursive: true });
    const temp = join(this.dir, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, join(this.dir, name));
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
    await syncDir(this.dir);
  }

  /** Removes a saved answer; false when it was not there. */
  async remove(name: string): Promise<boolean> {
    const path = join(this.dir, checked(name));
    if (!(await exists(path))) return false;
    await rm(path);
    await syncDir(this.dir);
    return true;
  }
}

function checked(name: string): string {
  if (!NAME.test(name)) throw new LearnedNameError(`"${name}" is not a learned-answer file name (lower-case letters, digits and hyphens, ending in .md)`);
  return name;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A rename is only durable once the folder itself is flushed (POSIX); some systems cannot, which is fine. */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some file systems refuse fsync on a directory; the rename still happened.
  }
}
