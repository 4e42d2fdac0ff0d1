import { Aggregate } from './aggregate.js';
import { stamp } from './stamp.js';
import type { Store } from './types.js';

/** A store that forgets on exit: the CLI uses it so evaluation runs leave no files behind. */
export function createMemoryStore(now: () => Date = () => new Date()): Store {
  const aggregate = new Aggregate();
  return {
    record(input) {
      const record = stamp(input, now());
      aggregate.add(record);
      return record;
    },
    latestVerdicts: () => aggregate.latestVerdicts(),
    latestVerdictOf: (userId) => aggregate.latestVerdictOf(userId),
    openQuestions: (limit: number) => aggregate.openQuestions(limit),
    close: () => {},
  };
}
