import { Aggregate } from './aggregate.js';
import type { Store, StoreRecord } from './types.js';

/** A store that forgets on exit: the CLI uses it so evaluation runs leave no files behind. */
export function createMemoryStore(): Store {
  const aggregate = new Aggregate();
  return {
    append: (record: StoreRecord) => aggregate.add(record),
    latestVerdicts: () => aggregate.latestVerdicts(),
    openQuestions: (limit: number) => aggregate.openQuestions(limit),
    close: () => {},
  };
}
