import type { NewRecord, StoreRecord } from './types.js';

/** The record as stored: the fields the feature gave and the time the store kept it. */
export function stamp(record: NewRecord, at: Date): StoreRecord {
  return { ...record, at: at.toISOString() };
}
