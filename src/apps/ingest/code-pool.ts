// Codes batches of articles, in this thread or spread over worker threads (one coder each), keeping
// input order. An article that fails to code comes back as an error, never takes the batch down.
//
// Coding is synchronous and some inputs take minutes (docs/reliability.md), so the thread pool holds
// each article to a time limit: a thread still coding one when its limit runs out is terminated, the
// article comes back as E_CODE_TIMEOUT, and a fresh thread (a fresh coder: ~0.5 s) takes its place.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DyadError, type ErrorCode } from '../../core/errors.ts';
import type { ArticleInput, CodedArticle } from '../../core/types.ts';
import { type Coder, createCoder } from '../create-coder.ts';
import type { ExplainTrail } from '../explain-trail.ts';

export type CodeResult = { ok: true; article: CodedArticle } | { ok: false; error: string; code?: ErrorCode };
export type ExplainResult = { ok: true; article: CodedArticle; explain: ExplainTrail } | { ok: false; error: string; code?: ErrorCode };

export interface CodePool {
  readonly fingerprint: string;
  code(inputs: readonly ArticleInput[]): Promise<CodeResult[]>;
  /** coding with the decision trail (thread pools only) */
  explain?(input: ArticleInput): Promise<ExplainResult>;
  close(): Promise<void>;
}

/**
 * Articles posted to one coding thread at a time: enough to keep it coding through a batch save
 * (~0.2–0.25 s on the main thread, which cannot hand out work meanwhile) — with 2 the threads idled
 * while a batch was saved (ingest of the corpus on 2 warm threads: 188 → ~235 articles/s with 32);
 * once an article took ~2.3 ms to code, 32 lasted ~75 ms (~268 → ~284 articles/s with 96, three
 * interleaved runs each). A time limit still starts per article.
 */
const IN_FLIGHT = 96;

/** Default time limit for coding one article on a thread pool (DYAD_CODE_TIMEOUT_MS). */
export const DEFAULT_CODE_TIMEOUT_MS = 30_000;

/** DYAD_CODE_TIMEOUT_MS: ms one article may take to code; 0 turns the limit off (coding in the calling thread). */
export function codeTimeLimit(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DYAD_CODE_TIMEOUT_MS;
  if (raw === undefined || raw === '') return DEFAULT_CODE_TIMEOUT_MS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 86_400_000) throw new DyadError('E_BAD_REQUEST', `DYAD_CODE_TIMEOUT_MS must be a whole number of milliseconds from 0 (no limit) to 86400000, got "${raw}"`);
  return n;
}

export function timeoutMessage(ms: number): string {
  return `coding took longer than the time limit of ${ms} ms per article (DYAD_CODE_TIMEOUT_MS); the article was not coded`;
}

export function codeOne(coder: Pick<Coder, 'code'>, input: ArticleInput): CodeResult {
  try {
    return { ok: true, article: coder.code(input) };
  } catch (e) {
    return { ok: false, error: (e as Error).message, ...(e instanceof DyadError ? { code: e.code } : {}) };
  }
}

export function inProcessPool(coder: Pick<Coder, 'code' | 'fingerprint'>): CodePool {
  return {
    fingerprint: coder.fingerprint,
    async code(inputs) {
      return inputs.map((i) => codeOne(coder, i));
    },
    async close() {},
  };
}

export interface ThreadPoolOptions {
  /** coding threads; default the number of cores */
  readonly threads?: number;
  /** ms one article may take; 0 or absent: no limit */
  readonly timeLimitMs?: number;
}

interface Task {
  readonly input: ArticleInput;
  readonly explain: boolean;
  readonly resolve: (r: ExplainResult | CodeResult) => void;
}

interface Slot {
  readonly w: Worker;
  ready: boolean;
  /** posted to the thread, in order; the first is the one it is coding (its messages queue the rest) */
  readonly tasks: Task[];
  /** the time limit of tasks[0] */
  timer: NodeJS.Timeout | null;
  /** terminated by the pool (time limit, close): its exit is expected */
  retired: boolean;
}

/**
 * `threads` workers, each loading its own coder, taking articles (up to IN_FLIGHT at a time) from a shared queue;
 * resolves once all are ready. With a time limit, an article that takes longer comes back as
 * E_CODE_TIMEOUT and its thread is replaced.
 */
export async function threadPool(o: ThreadPoolOptions | number = {}): Promise<CodePool> {
  const opts = typeof o === 'number' ? { threads: o } : o;
  const threads = Math.max(1, opts.threads ?? availableParallelism());
  const limit = opts.timeLimitMs ?? 0;
  const entry = new URL('./code-thread-entry.mjs', import.meta.url);
  const slots = new Set<Slot>();
  const queue: Task[] = [];
  let closed = false;
  let broken: string | null = null;

  const failAll = (error: string) => {
    for (const t of queue.splice(0)) t.resolve({ ok: false, error, code: 'E_INTERNAL' });
  };

  // Each thread holds up to IN_FLIGHT articles: the next ones wait in its message queue, so it
  // codes on while this thread is busy (saving a batch) instead of idling until it is handed one.
  const pump = () => {
    for (const s of slots) {
      if (!s.ready || s.retired) continue;
      while (s.tasks.length < IN_FLIGHT) {
        const task = queue.shift();
        if (!task) return;
        s.tasks.push(task);
        s.w.postMessage({ input: task.input, explain: task.explain });
        if (s.tasks.length === 1) arm(s);
      }
    }
  };

  /**
   * Starts the time limit of the slot's first article. It starts when the previous article's result
   * is seen here, which may be later than the thread began it, never earlier: a limit is never cut short.
   */
  const arm = (s: Slot) => {
    const task = s.tasks[0];
    if (limit <= 0 || !task) return;
    s.timer = setTimeout(() => {
      s.timer = null;
      s.tasks.shift();
      task.resolve({ ok: false, error: timeoutMessage(limit), code: 'E_CODE_TIMEOUT' });
      requeue(s);
      retire(s);
      if (!closed) start().catch(() => {});
      pump();
    }, limit);
  };

  /** The articles a lost thread had waiting go back to the front of the queue, in order. */
  const requeue = (s: Slot) => {
    queue.unshift(...s.tasks.splice(0));
  };

  const retire = (s: Slot) => {
    s.retired = true;
    if (s.timer) clearTimeout(s.timer);
    s.timer = null;
    slots.delete(s);
    void s.w.terminate();
  };

  /** One more thread; resolves with its coder's fingerprint once it is ready. */
  const start = (): Promise<string> =>
    new Promise((resolve, reject) => {
      const s: Slot = { w: new Worker(entry), ready: false, tasks: [], timer: null, retired: false };
      slots.add(s);
      s.w.on('message', (m: { ready?: string; result?: ExplainResult; failed?: { message: string; code?: ErrorCode } }) => {
        if (m.failed) {
          // its coder could not be built (a bad dictionary): the pool cannot start
          const e = new DyadError(m.failed.code ?? 'E_INTERNAL', m.failed.message);
          broken = e.message;
          s.retired = true;
          slots.delete(s);
          void s.w.terminate();
          reject(e);
          if (![...slots].some((x) => x.ready)) failAll(`no coding thread could start: ${e.message}`);
          return;
        }
        if (m.ready !== undefined) {
          s.ready = true;
          resolve(m.ready);
          pump();
          return;
        }
        const task = s.tasks.shift();
        if (s.timer) clearTimeout(s.timer);
        s.timer = null;
        task?.resolve(m.result ?? { ok: false, error: 'the coding thread sent no result', code: 'E_INTERNAL' });
        arm(s);
        pump();
      });
      const lost = (why: string) => {
        if (s.retired) return;
        const task = s.tasks.shift();
        requeue(s);
        retire(s);
        if (!s.ready) {
          // a thread that cannot even load its coder will not do better the next time
          broken = why;
          reject(new Error(why));
          if (![...slots].some((x) => x.ready)) failAll(`no coding thread could start: ${why}`);
          return;
        }
        task?.resolve({ ok: false, error: `the coding thread failed: ${why}`, code: 'E_INTERNAL' });
        if (!closed && !broken) start().catch(() => {});
        pump();
      };
      s.w.on('error', (e) => lost(e.message));
      s.w.on('exit', (code) => lost(`it exited with code ${code}`));
    });

  let fingerprints: string[];
  try {
    fingerprints = await Promise.all(Array.from({ length: threads }, start));
  } catch (e) {
    closed = true;
    for (const s of slots) s.retired = true;
    await Promise.all([...slots].map((s) => s.w.terminate()));
    throw e;
  }
  const submit = (input: ArticleInput, explain: boolean) =>
    new Promise<ExplainResult | CodeResult>((resolve) => {
      if (closed) return resolve({ ok: false, error: 'the coding pool is closed', code: 'E_INTERNAL' });
      if (broken && ![...slots].some((x) => x.ready)) return resolve({ ok: false, error: `no coding thread could start: ${broken}`, code: 'E_INTERNAL' });
      queue.push({ input, explain, resolve });
      pump();
    });
  return {
    fingerprint: fingerprints[0],
    async code(inputs) {
      return (await Promise.all(inputs.map((i) => submit(i, false)))) as CodeResult[];
    },
    async explain(input) {
      return (await submit(input, true)) as ExplainResult;
    },
    async close() {
      closed = true;
      failAll('the coding pool is closed');
      await Promise.all(
        [...slots].map((s) => {
          s.retired = true;
          if (s.timer) clearTimeout(s.timer);
          for (const t of s.tasks.splice(0)) t.resolve({ ok: false, error: 'the coding pool is closed', code: 'E_INTERNAL' });
          return s.w.terminate();
        }),
      );
      slots.clear();
    },
  };
}

/**
 * The pool a command codes with: worker threads when there are several or when articles have a time
 * limit (a thread can be stopped, a call in this thread cannot), else a coder in this thread.
 */
export async function makeCodePool(threads: number, timeLimitMs: number = codeTimeLimit()): Promise<CodePool> {
  return threads > 1 || timeLimitMs > 0 ? threadPool({ threads, timeLimitMs }) : inProcessPool(createCoder());
}
