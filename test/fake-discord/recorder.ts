/**
 * The request log and the waiting machinery: every wait has a timeout and fails with a readable
 * summary of what the fake actually saw, so a broken test fails loudly instead of hanging.
 */

/** One HTTP request received by the fake, as seen by the test. */
export interface RecordedRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** Path after `/api/v10`, URL-decoded (`/webhooks/1/tok/messages/@original`). */
  path: string;
  /** Path as received, including `/api/v10` and percent-encoding. */
  rawPath: string;
  /** Query parameters (last value wins). */
  query: Record<string, string>;
  /** Parsed JSON body, the parsed `payload_json` part of a multipart body, raw text, or undefined. */
  body: unknown;
  /** Files of a multipart body, with their bytes (tests read exports and images back). */
  files: { field: string; filename: string; contentType: string; size: number; data: Buffer }[];
  /** Lower-case request headers; `authorization` is removed (see `authorized`). */
  headers: Record<string, string>;
  /** Whether an `Authorization` header was present. */
  authorized: boolean;
  /** Date.now() when the request arrived. */
  at: number;
  /** HTTP status the fake answered with. */
  status: number;
  /** JSON the fake answered with (undefined for 204). */
  response: unknown;
  /** Set when an injected fault (failNext) produced the response. */
  fault?: 'fail';
  /** Set when the request matched no route (it is also in `misses`). */
  miss?: boolean;
}

/** A predicate-based waiter on fake-discord state. */
interface Waiter {
  check: () => boolean;
  cancel: (reason: Error) => void;
}

/**
 * Re-evaluates pending waits whenever the fake's state changes (a request is answered, a gateway
 * event is sent or received).
 */
export class WaitHub {
  private readonly waiters = new Set<Waiter>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly describeState: () => string) {}

  /**
   * Resolves with the first non-undefined value of `probe()`, re-checked on every state change.
   * Rejects after `timeoutMs` with `label` and a summary of recent activity.
   */
  until<T>(probe: () => T | undefined, timeoutMs: number, label: string): Promise<T> {
    let first: T | undefined;
    try {
      first = probe();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (first !== undefined) return Promise.resolve(first);
    if (this.closed) return Promise.reject(new Error(`fake-discord closed while waiting for ${label}`));
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        check: () => {
          let value: T | undefined;
          try {
            value = probe();
          } catch (error) {
            finish();
            reject(error instanceof Error ? error : new Error(String(error)));
            return true;
          }
          if (value === undefined) return false;
          finish();
          resolve(value);
          return true;
        },
        cancel: (reason) => {
          finish();
          reject(reason);
        },
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`fake-discord: timed out after ${timeoutMs} ms waiting for ${label}.\n${this.describeState()}`));
      }, timeoutMs);
      // State outside the fake (e.g. the bot's own variables) changes without a notify(): poll too.
      const poll = setInterval(() => waiter.check(), 20);
      const finish = (): void => {
        clearTimeout(timer);
        clearInterval(poll);
        this.timers.delete(timer);
        this.timers.delete(poll);
        this.waiters.delete(waiter);
      };
      this.timers.add(timer);
      this.timers.add(poll);
      this.waiters.add(waiter);
    });
  }

  /** Call after any state change. */
  notify(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  /** Rejects every pending wait and clears its timer so the process can exit. */
  close(): void {
    this.closed = true;
    for (const waiter of [...this.waiters]) waiter.cancel(new Error('fake-discord was closed while a wait was pending'));
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

/** One line per request, for timeout messages. */
export function summarizeRequests(requests: readonly RecordedRequest[], count = 15): string {
  if (requests.length === 0) return '  (no REST requests)';
  return requests
    .slice(-count)
    .map((r) => {
      const body = r.body === undefined ? '' : ` ${truncate(JSON.stringify(r.body), 160)}`;
      return `  ${r.method} ${r.path}${formatQuery(r.query)} -> ${r.status}${r.fault ? ' (injected)' : ''}${r.miss ? ' (MISS)' : ''}${body}`;
    })
    .join('\n');
}

function formatQuery(query: Record<string, string>): string {
  const entries = Object.entries(query);
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}...` : text;
}
