// Path parameters checked with safeParse like every other input.
import type { z } from 'zod';
import { DyadError } from '../../core/errors.ts';
import { issues } from './event-query-schema.ts';

export function parseParam<T>(schema: z.ZodType<T>, value: string, name: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new DyadError('E_BAD_REQUEST', `invalid path parameter ${name}`, issues(result.error).map((i) => ({ ...i, path: name })));
  }
  return result.data;
}
