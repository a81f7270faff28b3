// One coding thread of a thread pool: loads a coder, answers {input, explain} with {result}, one
// article at a time (the pool holds each to its time limit and terminates a thread that overruns).
import { parentPort } from 'node:worker_threads';
import { DyadError } from '../../core/errors.ts';
import type { ArticleInput } from '../../core/types.ts';
import { createCoder } from '../create-coder.ts';
import { explainTrail } from '../explain-trail.ts';
import { toCodedArticle } from '../to-coded-article.ts';
import { codeOne, type ExplainResult } from './code-pool.ts';

function explainOne(coder: ReturnType<typeof createCoder>, input: ArticleInput): ExplainResult {
  try {
    const doc = coder.analyse(input);
    return { ok: true, article: toCodedArticle(doc), explain: explainTrail(doc) };
  } catch (e) {
    return { ok: false, error: (e as Error).message, ...(e instanceof DyadError ? { code: e.code } : {}) };
  }
}

function load(): ReturnType<typeof createCoder> | null {
  try {
    return createCoder();
  } catch (e) {
    // e.g. E_DICT_INVALID: the pool reports it as the command would without threads
    parentPort?.postMessage({ failed: { message: (e as Error).message, ...(e instanceof DyadError ? { code: e.code } : {}) } });
    return null;
  }
}

const port = parentPort;
const coder = port ? load() : null;
if (port && coder) {
  port.postMessage({ ready: coder.fingerprint });
  port.on('message', (m: { input: ArticleInput; explain?: boolean }) => {
    port.postMessage({ result: m.explain ? explainOne(coder, m.input) : codeOne(coder, m.input) });
  });
}
