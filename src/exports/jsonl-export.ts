// JSONL: one record (a CodedArticle or an event) per line. JSON.stringify escapes \n and \r inside
// strings, so a record never spans lines.
import type { Source, Write } from './export-types.ts';
import { writeLines } from './write-lines.ts';

export function jsonlExport(records: Source<unknown>, write: Write): Promise<number> {
  return writeLines(records, (r) => JSON.stringify(r), write);
}
