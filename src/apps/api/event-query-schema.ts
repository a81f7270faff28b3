// Query-string schemas for /events, /aggregates/daily and the exports, checked with safeParse.
import type { Context } from 'hono';
import { z } from 'zod';
import type { EventFilter, EventQuery } from '../../adapters/store/store.ts';
import { DyadError } from '../../core/errors.ts';
import type { Modality } from '../../core/types.ts';

// A Record so that a new modality fails to compile until it is accepted here.
const MODALITY: Record<Modality, true> = {
  asserted: true, intended: true, threatened: true, demanded: true, hypothetical: true, future: true, reported: true,
};

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a calendar date');
// CAMEO actor blocks are letters; ethnic codes are lower case
const actorCode = z.string().regex(/^[A-Za-z]{1,60}$/, 'expected a CAMEO actor code (letters)');

export const eventFilterSchema = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  actor: actorCode.optional(),
  source: actorCode.optional(),
  target: actorCode.optional(),
  cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO event code, 2 to 4 digits').optional(),
  quadClass: z.coerce.number().int().min(1).max(4).optional(),
  modality: z.enum(Object.keys(MODALITY) as [Modality, ...Modality[]]).optional(),
  q: z.string().min(1).max(500).optional(),
});

export const eventQuerySchema = eventFilterSchema.extend({
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  cursor: z.string().min(1).max(1000).optional(),
});

export function issues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

function parse<T>(schema: z.ZodType<T>, c: Context): T {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw new DyadError('E_BAD_REQUEST', 'invalid query parameters', issues(result.error));
  return result.data;
}

export const parseEventFilter = (c: Context): EventFilter => parse(eventFilterSchema, c);
export const parseEventQuery = (c: Context): EventQuery => parse(eventQuerySchema, c);
