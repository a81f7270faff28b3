// Query-string schemas for /events, the aggregates and the exports, checked with safeParse.
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

const degrees = /^-?\d{1,3}(\.\d+)?$/;
// "west,south,east,north" in degrees; west > east is a box across the antimeridian
const bbox = z
  .string()
  .refine((s) => s.split(',').length === 4 && s.split(',').every((p) => degrees.test(p.trim())), 'expected west,south,east,north in degrees')
  .transform((s) => s.split(',').map(Number) as [number, number, number, number])
  .refine(([w, s, e, n]) => [w, e].every((x) => x >= -180 && x <= 180) && [s, n].every((y) => y >= -90 && y <= 90) && s <= n, 'longitudes in [-180, 180], latitudes in [-90, 90], south <= north');

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
  root: z.string().regex(/^\d{2}$/, 'expected a CAMEO root, 2 digits').optional(),
  country: z.string().regex(/^[A-Za-z]{3}$/, 'expected an ISO 3166 alpha-3 code').transform((s) => s.toUpperCase()).optional(),
  place: z.string().min(1).max(200).optional(),
  claimedBy: actorCode.optional(),
  bbox: bbox.optional(),
});

export const eventQuerySchema = eventFilterSchema.extend({
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  cursor: z.string().min(1).max(1000).optional(),
});

export function issues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

export function parseQuery<T>(schema: z.ZodType<T>, c: Context): T {
  // a repeated parameter (?limit=1&limit=2) is ambiguous: refuse it rather than pick one
  const repeated = Object.entries(c.req.queries()).filter(([, values]) => values.length > 1);
  if (repeated.length) {
    throw new DyadError('E_BAD_REQUEST', 'a query parameter is repeated', repeated.map(([path]) => ({ path, message: 'given more than once' })));
  }
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw new DyadError('E_BAD_REQUEST', 'invalid query parameters', issues(result.error));
  return result.data;
}

export const parseEventFilter = (c: Context): EventFilter => parseQuery(eventFilterSchema, c);
export const parseEventQuery = (c: Context): EventQuery => parseQuery(eventQuerySchema, c);
