// How coding time grows with the input, for the shapes that once made it quadratic (the fuzz
// suite's time regressions): ms per KB at 32 KB and at 256 KB, and their ratio (1 is linear, 8
// would be quadratic).
import type { Coder } from '../src/apps/create-coder.ts';

const SHAPES: readonly (readonly [string, string])[] = [
  ['many short sentences', 'Russia. '],
  ['one sentence, no full stop', 'Russia attacked Ukraine '],
  ['one run without spaces', 'a'],
  ['quotes, pronouns, dates', 'Putin said Russia attacked Ukraine on Monday. He said "we will win," according to police in Kyiv. '],
];

function msPerKb(coder: Coder, text: string): number {
  const t = performance.now();
  coder.code({ id: 'scaling', text, published: '2020-08-16' });
  return (performance.now() - t) / (text.length / 1024);
}

export function scalingLines(coder: Coder): string[] {
  return SHAPES.map(([name, unit]) => {
    const small = unit.repeat(Math.ceil((32 * 1024) / unit.length));
    msPerKb(coder, small); // warm-up
    const a = msPerKb(coder, small);
    const b = msPerKb(coder, unit.repeat(Math.ceil((256 * 1024) / unit.length)));
    return `scaling, ${name}: ${a.toFixed(2)} ms/KB at 32 KB, ${b.toFixed(2)} at 256 KB (growth ${(b / a).toFixed(2)})`;
  });
}
