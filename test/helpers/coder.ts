import { type Coder, createCoder } from '../../src/apps/create-coder.ts';

let shared: Coder | null = null;

/** One coder for the whole test run: compiling the dictionaries once keeps the suite fast. */
export function testCoder(): Coder {
  shared ??= createCoder({ overlays: [] });
  return shared;
}
