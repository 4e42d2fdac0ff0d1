import { questionKey, type OpenQuestion, type StoreRecord, type VerdictRecord } from './types.js';

/**
 * In-memory view of the records, bounded so a flood of distinct questions cannot grow memory
 * without limit: past MAX_QUESTIONS the least recently seen question is forgotten (it stays in
 * the file).
 */
export const MAX_QUESTIONS = 2000;
export const MAX_USERS = 20000;

export class Aggregate {
  private readonly verdicts = new Map<string, VerdictRecord>();
  private readonly questions = new Map<string, OpenQuestion>();

  add(record: StoreRecord): void {
    if (record.type === 'verdict') {
      this.verdicts.delete(record.userId);
      this.verdicts.set(record.userId, record);
      trim(this.verdicts, MAX_USERS);
      return;
    }
    if (record.type === 'feedback' && record.helpful) return;
    if (record.type === 'dismissed') {
      // Every entry of that question goes, whatever put it on the list; asked again, it starts anew.
      const dismissed = questionKey(record.query);
      for (const key of [...this.questions.keys()]) if (key.endsWith(`\u0000${dismissed}`)) this.questions.delete(key);
      return;
    }
    const kind = record.type === 'unanswered' ? 'unanswered' : 'unhelpful';
    const sectionId = record.type === 'feedback' ? record.sectionId : undefined;
    const key = `${kind}\u0000${sectionId ?? ''}\u0000${questionKey(record.query)}`;
    const previous = this.questions.get(key);
    this.questions.delete(key);
    this.questions.set(key, {
      query: record.query,
      kind,
      sectionId,
      count: (previous?.count ?? 0) + 1,
      lastAt: record.at,
    });
    trim(this.questions, MAX_QUESTIONS);
  }

  latestVerdicts(): VerdictRecord[] {
    return [...this.verdicts.values()];
  }

  latestVerdictOf(userId: string): VerdictRecord | undefined {
    return this.verdicts.get(userId);
  }

  openQuestions(limit: number): OpenQuestion[] {
    return [...this.questions.values()]
      .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt))
      .slice(0, limit);
  }
}

function trim<K, V>(map: Map<K, V>, max: number): void {
  while (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done) return;
    map.delete(oldest.value);
  }
}
