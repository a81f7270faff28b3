import { type Coder, createCoder } from '../../src/apps/create-coder.ts';

let shared: Coder | null = null;

/** One coder for the whole test run: compiling the dictionaries once keeps the suite fast. */
export function testCoder(): Coder {
  shared ??= createCoder({ overlays: [] });
  return shared;
}

let fuzzing: Coder | null = null;

/** The coder without its language gate, for the fuzz suite: every stage must survive any text. */
export function fuzzCoder(): Coder {
  fuzzing ??= createCoder({ overlays: [], anyLanguage: true });
  return fuzzing;
}
