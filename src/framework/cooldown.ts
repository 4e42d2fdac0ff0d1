import { Lru } from './lru.js';

/**
 * Per-user token bucket: a student can fire a few commands in a row, then one every
 * `seconds`. One noisy user never slows anyone else; the state for 10,000 users is bounded.
 */
export class Cooldown {
  private readonly buckets = new Lru<string, { tokens: number; at: number }>(10_000);

  constructor(
    private readonly seconds: number,
    private readonly burst = 3,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one use; returns 0 when allowed, else the seconds to wait. */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const now = this.now();
    const bucket = this.buckets.get(userId) ?? { tokens: this.burst, at: now };
    const refilled = Math.min(this.burst, bucket.tokens + (now - bucket.at) / (this.seconds * 1000));
    if (refilled < 1) {
      this.buckets.set(userId, { tokens: refilled, at: now });
      return Math.ceil(((1 - refilled) * this.seconds * 1000) / 1000);
    }
    this.buckets.set(userId, { tokens: refilled - 1, at: now });
    return 0;
  }

  get trackedUsers(): number {
    return this.buckets.size;
  }
}
