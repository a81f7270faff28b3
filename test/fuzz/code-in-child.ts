// Codes a text in a fresh Node process, for regressions that depend on the process: its stack size
// (vitest's worker threads have a larger one than the CLI and the API) or what wink-nlp has seen
// before (its lexicon grows with every new token).
// Usage: tsx test/fuzz/code-in-child.ts TEXT [REPEAT]
// Codes TEXT repeated REPEAT times (default 1) twice and prints "same", "differs" or the error.
import { isDeepStrictEqual } from 'node:util';
import { createCoder } from '../../src/apps/create-coder.ts';

const text = process.argv[2].repeat(Number(process.argv[3] ?? 1));
try {
  const coder = createCoder({ overlays: [], anyLanguage: true });
  const input = { id: 'child', text, published: '2020-08-16' };
  const first = coder.code(input);
  console.log(isDeepStrictEqual(first, coder.code(input)) ? 'same' : 'differs');
} catch (e) {
  console.log(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
  process.exit(1);
}
