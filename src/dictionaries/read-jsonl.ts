import { readFileSync } from 'node:fs';
import type { z } from 'zod';

export interface LineError {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Parses a JSONL data file line by line; a bad line is reported with its number and skipped. */
export function readJsonlFile<T extends z.ZodType>(
  file: string,
  schema: T,
): { entries: z.infer<T>[]; errors: LineError[]; raw: string } {
  const raw = readFileSync(file, 'utf8');
  const entries: z.infer<T>[] = [];
  const errors: LineError[] = [];
  raw.split('\n').forEach((text, i) => {
    if (!text.trim() || text.trimStart().startsWith('//')) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      errors.push({ file, line: i + 1, message: `not JSON: ${(e as Error).message}` });
      return;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) entries.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      errors.push({ file, line: i + 1, message: `${issue.path.join('.') || '(entry)'}: ${issue.message}` });
    }
  });
  return { entries, errors, raw };
}
