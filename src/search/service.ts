import { mkdirSync, watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../logger.js';
import { KnowledgeDirError, type LoadedKnowledge } from '../knowledge/load.js';
import type { KnowledgeProblem } from '../knowledge/types.js';
import { LearnedFolder, type LearnedFile } from '../store/learned.js';
import { KnowledgeIndex } from './index.js';
import { loadAllKnowledge } from './sources.js';

export interface ReloadOutcome {
  swapped: boolean;
  problems: KnowledgeProblem[];
  sections: number;
}

export interface KnowledgeOptions {
  /** The folder of answers TAs saved (DATA_DIR/learned), indexed beside the knowledge folder. */
  learnedDir?: string;
}

/**
 * Answers TAs saved: written to their folder first (atomically), indexed second. A crash between
 * the two loses nothing: the file is there, and the next start (or reload) indexes it.
 */
export interface LearnedAnswers {
  list(): Promise<LearnedFile[]>;
  /** A file name not taken yet for this stem. */
  freeName(stem: string): Promise<string>;
  /** Writes the file, then reloads the index; the outcome says whether it serves answers yet. */
  save(name: string, content: string): Promise<ReloadOutcome>;
  /** Removes the file and reloads; null when there was no such file. */
  remove(name: string): Promise<ReloadOutcome | null>;
}

/**
 * Owns the index that serves answers. A reload builds the new index beside the old one and swaps
 * only when the new knowledge has no errors, so a half-saved or broken file never takes answers
 * away from students.
 */
export class KnowledgeService {
  private index: KnowledgeIndex;
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | null = null;
  private reloading: Promise<ReloadOutcome> | null = null;
  private next: Promise<ReloadOutcome> | null = null;

  /** Answers TAs saved, when a folder for them was given (the bot and console; not the CLI). */
  readonly learned: LearnedAnswers | undefined;
  private readonly folder: LearnedFolder | null;

  private constructor(
    readonly dir: string,
    private readonly logger: Logger,
    loaded: LoadedKnowledge,
    folder: LearnedFolder | null,
  ) {
    this.index = KnowledgeIndex.build(loaded.sections);
    this.folder = folder;
    this.learned = folder ? this.learnedAnswers(folder) : undefined;
  }

  /** Loads the folder (and the saved answers); a missing or empty folder is an error, file problems are only reported. */
  static async open(dir: string, logger: Logger, options: KnowledgeOptions = {}): Promise<KnowledgeService> {
    const folder = options.learnedDir ? new LearnedFolder(options.learnedDir) : null;
    const loaded = await loadAllKnowledge(dir, folder);
    if (!loaded.sections.length) {
      throw new KnowledgeDirError(`knowledge folder "${dir}" has no markdown sections: add .md files to it or set KNOWLEDGE_DIR to the right folder`);
    }
    reportProblems(logger, loaded.problems);
    return new KnowledgeService(dir, logger, loaded, folder);
  }

  private learnedAnswers(folder: LearnedFolder): LearnedAnswers {
    return {
      list: () => folder.list(),
      freeName: (stem) => folder.freeName(stem),
      save: async (name, content) => {
        await folder.write(name, content);
        this.logger.info('learned answer saved', { file: name });
        return this.reload();
      },
      remove: async (name) => {
        if (!(await folder.remove(name))) return null;
        this.logger.info('learned answer removed', { file: name });
        return this.reload();
      },
    };
  }

  current(): KnowledgeIndex {
    return this.index;
  }

  async reload(): Promise<ReloadOutcome> {
    // One reload at a time. One already running may have read the folders before the change that
    // asks for this one, so a caller then gets the next reload, which bursts of changes share.
    if (this.reloading) {
      this.next ??= this.reloading.then(() => {
        this.next = null;
        return this.reload();
      });
      return this.next;
    }
    this.reloading = this.reloadOnce().finally(() => {
      this.reloading = null;
    });
    return this.reloading;
  }

  private async reloadOnce(): Promise<ReloadOutcome> {
    let loaded: LoadedKnowledge;
    try {
      loaded = await loadAllKnowledge(this.dir, this.folder);
    } catch (err) {
      this.logger.error('knowledge reload failed; still serving the previous index', { error: (err as Error).message });
      return { swapped: false, problems: [], sections: this.index.size };
    }
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    reportProblems(this.logger, loaded.problems);
    if (errors.length || !loaded.sections.length) {
      this.logger.error('knowledge has errors; still serving the previous index until they are fixed', { errors: errors.length });
      return { swapped: false, problems: loaded.problems, sections: this.index.size };
    }
    this.index = KnowledgeIndex.build(loaded.sections);
    this.logger.info('knowledge reloaded', { files: loaded.files.length, sections: loaded.sections.length });
    return { swapped: true, problems: loaded.problems, sections: loaded.sections.length };
  }

  /**
   * Re-indexes shortly after any change under the folder (edits, new files, deletions), and under
   * the saved-answers folder (a hand edit or removal there is picked up the same way).
   */
  watch(debounceMs = 150): void {
    if (this.watchers.length) return;
    const onChange = () => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload(), debounceMs);
    };
    const folders = [this.dir, ...(this.folder ? [this.folder.dir] : [])];
    for (const dir of folders) {
      try {
        // The saved-answers folder may not exist before the first answer is saved.
        if (dir !== this.dir) mkdirSync(dir, { recursive: true });
        const watcher = watch(dir, { recursive: true }, onChange);
        watcher.on('error', (err) => this.logger.warn('knowledge watcher stopped', { folder: dir, error: err.message }));
        this.watchers.push(watcher);
      } catch (err) {
        this.logger.warn('cannot watch a knowledge folder; edits there need a restart', { folder: dir, error: (err as Error).message });
      }
    }
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers) w.close();
    this.watchers = [];
  }
}

function reportProblems(logger: Logger, problems: KnowledgeProblem[]): void {
  for (const p of problems) {
    const log = p.severity === 'error' ? logger.error : logger.warn;
    log(`knowledge ${p.severity}: ${p.source}:${p.line}: ${p.message}`);
  }
}
