// Query-string schemas of the aggregate, actor, article-list and detail routes: the event filters
// plus each route's own options. Strict: an unknown parameter is a 400, not silently ignored.
import { z } from 'zod';
import { eventFilterSchema } from './event-query-schema.ts';

const limit = (max: number) => z.coerce.number().int().min(1).max(max).optional();
const flag = z.enum(['true', 'false', '1', '0']).transform((s) => s === 'true' || s === '1');

export const periodQuerySchema = eventFilterSchema.extend({
  period: z.enum(['day', 'week']).default('day'),
  by: z.enum(['quad_class', 'root', 'none']).default('quad_class'),
});

export const goldsteinQuerySchema = eventFilterSchema.extend({
  period: z.enum(['day', 'week']).default('day'),
});

export const dyadQuerySchema = eventFilterSchema.extend({
  limit: limit(500),
  codeLength: z.coerce.number().int().min(3).max(60).optional(),
});

export const placeQuerySchema = eventFilterSchema.extend({
  limit: limit(5000),
});

export const actorListSchema = eventFilterSchema.extend({
  prefix: z.string().regex(/^[A-Za-z]{1,60}$/, 'expected the start of a CAMEO actor code (letters)').optional(),
  limit: limit(1000),
});

export const actorCodeSchema = z.string().regex(/^[A-Za-z]{1,60}$/, 'expected a CAMEO actor code (letters)');

export const articleListSchema = z.strictObject({
  limit: limit(1000),
  cursor: z.string().min(1).max(1000).optional(),
});

export const explainFlagSchema = z.strictObject({
  explain: flag.optional(),
});

export const idSchema = z.string().min(1).max(512);
