// Streams one line per item through `write`, batching lines into chunks of about 64 KiB.
import type { Source, Write } from './export-types.ts';

const CHUNK = 64 * 1024;

/** Returns the number of items written (the header line, if any, is not counted). */
export async function writeLines<T>(
  items: Source<T>,
  toLine: (item: T) => string,
  write: Write,
  opts: { header?: string; eol?: string } = {},
): Promise<number> {
  const eol = opts.eol ?? '\n';
  let buffer = opts.header !== undefined ? opts.header + eol : '';
  let n = 0;
  for await (const item of items) {
    buffer += toLine(item) + eol;
    n++;
    if (buffer.length >= CHUNK) {
      await write(buffer);
      buffer = '';
    }
  }
  if (buffer.length > 0) await write(buffer);
  return n;
}
