import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../logger.js';
import { KnowledgeDirError, loadKnowledge, type LoadedKnowledge } from '../knowledge/load.js';
import type { KnowledgeProblem } from '../knowledge/types.js';
import { KnowledgeIndex } from './index.js';

export interface ReloadOutcome {
  swapped: boolean;
  problems: KnowledgeProblem[];
  sections: number;
}

/**
 * Owns the index that serves answers. A reload builds the new index beside the old one and swaps
 * only when the new knowledge has no errors, so a half-saved or broken file never takes answers
 * away from students.
 */
export class KnowledgeService {
  private index: KnowledgeIndex;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reloading: Promise<ReloadOutcome> | null = null;
  private pending = false;

  private constructor(
    readonly dir: string,
    private readonly logger: Logger,
    loaded: LoadedKnowledge,
  ) {
    this.index = KnowledgeIndex.build(loaded.sections);
  }

  /** Loads the folder; a missing or empty folder is an error, file problems are only reported. */
  static async open(dir: string, logger: Logger): Promise<KnowledgeService> {
    const loaded = await loadKnowledge(dir);
    if (!loaded.sections.length) {
      throw new KnowledgeDirError(`knowledge folder "${dir}" has no markdown sections: add .md files to it or set KNOWLEDGE_DIR to the right folder`);
    }
    reportProblems(logger, loaded.problems);
    return new KnowledgeService(dir, logger, loaded);
  }

  current(): KnowledgeIndex {
    return this.index;
  }

  async reload(): Promise<ReloadOutcome> {
    // Coalesce bursts of file events: one reload at a time, and one more if changes came meanwhile.
    if (this.reloading) {
      this.pending = true;
      return this.reloading;
    }
    this.reloading = this.reloadOnce().finally(() => {
      this.reloading = null;
      if (this.pending) {
        this.pending = false;
        void this.reload();
      }
    });
    return this.reloading;
  }

  private async reloadOnce(): Promise<ReloadOutcome> {
    let loaded: LoadedKnowledge;
    try {
      loaded = await loadKnowledge(this.dir);
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

  /** Re-indexes shortly after any change under the folder (edits, new files, deletions). */
  watch(debounceMs = 150): void {
    if (this.watcher) return;
    try {
      this.watcher = watch(this.dir, { recursive: true }, () => {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.reload(), debounceMs);
      });
      this.watcher.on('error', (err) => this.logger.warn('knowledge watcher stopped', { error: err.message }));
    } catch (err) {
      this.logger.warn('cannot watch the knowledge folder; edits need a restart', { error: (err as Error).message });
    }
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = null;
  }
}

function reportProblems(logger: Logger, problems: KnowledgeProblem[]): void {
  for (const p of problems) {
    const log = p.severity === 'error' ? logger.error : logger.warn;
    log(`knowledge ${p.severity}: ${p.source}:${p.line}: ${p.message}`);
  }
}
