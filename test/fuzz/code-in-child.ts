// Codes UNIT repeated COUNT times in a plain Node process (default stack size, as the CLI and API
// run), for regressions that depend on it: vitest's worker threads have a larger stack.
// Usage: tsx test/fuzz/code-in-child.ts UNIT COUNT → prints "ok" or the error, exits 0 or 1.
import { createCoder } from '../../src/apps/create-coder.ts';

const [unit, count] = [process.argv[2], Number(process.argv[3])];
try {
  createCoder({ overlays: [] }).code({ id: 'child', text: unit.repeat(count) });
  console.log('ok');
} catch (e) {
  console.log(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
  process.exit(1);
}
