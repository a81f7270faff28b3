// Politeness around a Fetcher: at most `perHost` requests at once to one host, a minimum interval
// between requests to it with random jitter (so many feeds on one host do not fire in lock-step), and
// a per-host back-off after 429/503 or a failure (Retry-After when the server gives one).
import type { Fetcher } from '../../adapters/fetch/fetcher.ts';
import { DyadError } from '../../core/errors.ts';

export interface PoliteOptions {
  /** default 1 */
  readonly perHost?: number;
  /** default 1000 ms */
  readonly intervalMs?: number;
  /** up to this much extra delay, at random; default 500 ms */
  readonly jitterMs?: number;
  /** first back-off; doubles per consecutive failure up to maxBackoffMs; default 5 s */
  readonly backoffMs?: number;
  /** default 15 min */
  readonly maxBackoffMs?: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

interface HostState {
  active: number;
  waiting: (() => void)[];
  nextAt: number;
  failures: number;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Seconds or an HTTP date, in ms from now; null when absent or unreadable. */
export function retryAfterMs(value: unknown, now: number): number | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

export function politeFetcher(inner: Fetcher, o: PoliteOptions = {}): Fetcher {
  const perHost = o.perHost ?? 1;
  const interval = o.intervalMs ?? 1000;
  const jitter = o.jitterMs ?? 500;
  const backoff = o.backoffMs ?? 5000;
  const maxBackoff = o.maxBackoffMs ?? 15 * 60_000;
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? defaultSleep;
  const random = o.random ?? Math.random;
  const hosts = new Map<string, HostState>();

  const stateOf = (host: string) => {
    let s = hosts.get(host);
    if (!s) hosts.set(host, (s = { active: 0, waiting: [], nextAt: 0, failures: 0 }));
    return s;
  };

  return async (url, options) => {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      return inner(url, options);
    }
    const s = stateOf(host);
    while (s.active >= perHost) await new Promise<void>((r) => s.waiting.push(r));
    s.active++;
    try {
      const wait = s.nextAt - now();
      if (wait > 0) await sleep(wait);
      s.nextAt = now() + interval + Math.floor(random() * jitter);
      try {
        const res = await inner(url, options);
        s.failures = 0;
        return res;
      } catch (e) {
        const status = e instanceof DyadError ? (e.detail as { status?: number } | undefined)?.status : undefined;
        const transient = e instanceof DyadError && (e.code === 'E_FETCH_TIMEOUT' || e.code === 'E_FETCH_FAILED' || status === 429 || status === 503);
        if (transient) {
          s.failures++;
          const told = retryAfterMs((e as DyadError).detail && ((e as DyadError).detail as { retryAfter?: unknown }).retryAfter, now());
          const delay = Math.min(maxBackoff, told ?? backoff * 2 ** (s.failures - 1));
          s.nextAt = Math.max(s.nextAt, now() + delay);
        }
        throw e;
      }
    } finally {
      s.active--;
      s.waiting.shift()?.();
    }
  };
}
