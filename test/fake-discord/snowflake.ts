/**
 * Snowflake ids for the fake Discord. Real Discord snowflakes encode a timestamp in the top 42 bits
 * (milliseconds since 2015-01-01), so ids generated here are 18-19 digit strings that discord.js
 * can turn back into a plausible `createdTimestamp`.
 */
const DISCORD_EPOCH = 1_420_070_400_000n;

export class SnowflakeGenerator {
  private increment = 0n;

  /** A fresh snowflake for "now" (unique within this generator). */
  next(at: number = Date.now()): string {
    this.increment = (this.increment + 1n) & 0xfffn;
    return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | this.increment).toString();
  }
}

/** Milliseconds since the Unix epoch encoded in a snowflake. */
export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** True when `value` looks like a Discord snowflake (17-19 digits). */
export function isSnowflake(value: string): boolean {
  return /^\d{17,19}$/.test(value);
}
