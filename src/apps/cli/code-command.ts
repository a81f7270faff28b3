import { createWriteStream } from 'node:fs';
import { createCoder } from '../create-coder.ts';
import { explainDoc } from './explain.ts';
import type { CliValues } from './main.ts';
import { createProgress } from './progress.ts';
import { readInputs } from './read-inputs.ts';

export function reportBad(origin: string, error: string): void {
  process.stderr.write(`dyad: ${origin}: ${error} (skipped)\n`);
}

/** `dyad code`: one coded article per JSON line; a bad record is reported and the batch goes on. */
export async function codeCommand(paths: string[], v: CliValues): Promise<number> {
  if (!paths.length) throw new Error('dyad code needs a file, directory or "-"');
  const coder = createCoder();
  const out = v.out ? createWriteStream(v.out) : process.stdout;
  const progress = createProgress('coded', process.stderr.isTTY === true && !v.quiet);
  let bad = 0;
  for (const path of paths) {
    for (const item of readInputs(path, { published: v.published })) {
      if (!item.ok) {
        reportBad(item.origin, item.error);
        bad++;
        progress.tick(false);
        continue;
      }
      const coded = coder.code(item.input);
      // an article left uncoded (not English) says so, as a bad record does
      for (const m of coded.messages) if (m.code === 'W001') process.stderr.write(`dyad: ${item.origin}: ${m.text}\n`);
      const line = `${JSON.stringify(coded)}\n`;
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
      progress.tick(true);
    }
  }
  progress.done();
  if (out !== process.stdout) await new Promise<void>((r) => out.end(() => r()));
  return bad ? 1 : 0;
}

/** `dyad explain`: the decision trail for each article of the input. */
export async function explainCommand(paths: string[], v: CliValues): Promise<number> {
  if (!paths.length) throw new Error('dyad explain needs a file');
  const coder = createCoder();
  for (const path of paths) {
    for (const item of readInputs(path, { published: v.published })) {
      if (!item.ok) {
        reportBad(item.origin, item.error);
        continue;
      }
      process.stdout.write(`${explainDoc(coder.analyse(item.input))}\n\n`);
    }
  }
  return 0;
}
