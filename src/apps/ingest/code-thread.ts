// One coding thread of a thread pool: loads a coder, answers {id, inputs} with {id, results}.
import { parentPort } from 'node:worker_threads';
import type { ArticleInput } from '../../core/types.ts';
import { createCoder } from '../create-coder.ts';
import { codeOne } from './code-pool.ts';

const port = parentPort;
if (port) {
  const coder = createCoder();
  port.postMessage({ ready: coder.fingerprint });
  port.on('message', (m: { id: number; inputs: ArticleInput[] }) => {
    port.postMessage({ id: m.id, results: m.inputs.map((i) => codeOne(coder, i)) });
  });
}
