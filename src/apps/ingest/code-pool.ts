// Codes batches of articles, in this thread or spread over worker threads (one coder each), keeping
// input order. An article that fails to code comes back as an error, never takes the batch down.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleInput, CodedArticle } from '../../core/types.ts';
import type { Coder } from '../create-coder.ts';

export type CodeResult = { ok: true; article: CodedArticle } | { ok: false; error: string };

export interface CodePool {
  readonly fingerprint: string;
  code(inputs: readonly ArticleInput[]): Promise<CodeResult[]>;
  close(): Promise<void>;
}

export function codeOne(coder: Pick<Coder, 'code'>, input: ArticleInput): CodeResult {
  try {
    return { ok: true, article: coder.code(input) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
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

interface Pending {
  resolve: (r: CodeResult[]) => void;
  reject: (e: Error) => void;
}

/** `threads` workers, each loading its own coder; resolves once all are ready. */
export async function threadPool(threads = Math.max(1, availableParallelism())): Promise<CodePool> {
  const entry = new URL('./code-thread-entry.mjs', import.meta.url);
  const workers: { w: Worker; pending: Map<number, Pending> }[] = [];
  let seq = 0;
  const ready: Promise<string>[] = [];
  for (let i = 0; i < threads; i++) {
    const w = new Worker(entry);
    const pending = new Map<number, Pending>();
    ready.push(
      new Promise((resolve, reject) => {
        w.once('error', reject);
        w.once('message', (m: { ready: string }) => resolve(m.ready));
      }),
    );
    w.on('message', (m: { id?: number; results?: CodeResult[] }) => {
      if (m.id === undefined) return;
      const p = pending.get(m.id);
      pending.delete(m.id);
      p?.resolve(m.results ?? []);
    });
    w.on('error', (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
    workers.push({ w, pending });
  }
  const fingerprints = await Promise.all(ready);
  const send = (k: number, inputs: readonly ArticleInput[]) =>
    new Promise<CodeResult[]>((resolve, reject) => {
      const id = seq++;
      workers[k].pending.set(id, { resolve, reject });
      workers[k].w.postMessage({ id, inputs });
    });
  return {
    fingerprint: fingerprints[0],
    async code(inputs) {
      // contiguous slices, so results come back in input order
      const size = Math.ceil(inputs.length / workers.length);
      const parts = await Promise.all(workers.map((_, k) => (k * size < inputs.length ? send(k, inputs.slice(k * size, (k + 1) * size)) : Promise.resolve([]))));
      return parts.flat();
    },
    async close() {
      await Promise.all(workers.map(({ w }) => w.terminate()));
    },
  };
}
