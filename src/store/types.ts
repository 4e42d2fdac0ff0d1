import type { Os, Verdict } from '../python/types.js';

export interface VerdictRecord {
  type: 'verdict';
  at: string;
  userId: string;
  userName: string;
  verdict: Verdict;
  version: string | null;
  os: Os;
  meets: boolean;
  /** Tool notes for a version that meets the workshop but not one of its tools; absent in records written before them. */
  warnings?: string[];
}

export interface UnansweredRecord {
  type: 'unanswered';
  at: string;
  userId: string;
  query: string;
}

export interface FeedbackRecord {
  type: 'feedback';
  at: string;
  userId: string;
  sectionId: string;
  query: string;
  helpful: boolean;
}

/** A TA took a question off /unanswered; asked again later, it comes back. */
export interface DismissedRecord {
  type: 'dismissed';
  at: string;
  userId: string;
  query: string;
}

export type StoreRecord = VerdictRecord | UnansweredRecord | FeedbackRecord | DismissedRecord;

/** A record as a feature hands it over; the store stamps the time. */
export type NewRecord = StoreRecord extends infer R ? (R extends StoreRecord ? Omit<R, 'at'> : never) : never;

export interface OpenQuestion {
  query: string;
  count: number;
  /** Why it is on the list: the bot could not answer, or a student marked the answer 👎. */
  kind: 'unanswered' | 'unhelpful';
  sectionId?: string;
  lastAt: string;
}

/** The key two spellings of one question share ("Parking?" and "parking?"). */
export function questionKey(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Where feedback, unanswered questions and the latest /check-python verdicts live. */
export interface Store {
  /** Stamps the record with the current time, keeps it, and returns it as kept. */
  record(record: NewRecord): StoreRecord;
  latestVerdicts(): VerdictRecord[];
  /** One student's latest verdict (their system, for questions that depend on it). */
  latestVerdictOf(userId: string): VerdictRecord | undefined;
  openQuestions(limit: number): OpenQuestion[];
  close(): void;
}
