// Aggregates over the events matching a filter: counts per day or week (by quad class or CAMEO
// root), Goldstein sums per period, top dyads, event locations.
import type { Hono } from 'hono';
import { dyadQuerySchema, goldsteinQuerySchema, periodQuerySchema, placeQuerySchema } from './aggregate-query-schema.ts';
import type { ApiOptions } from './api-options.ts';
import { parseEventFilter, parseQuery } from './event-query-schema.ts';
import { sendJson } from './json-response.ts';

export function aggregateRoutes(app: Hono, { store }: ApiOptions): void {
  app.get('/aggregates/daily', async (c) => sendJson(c, { counts: await store.countByDay(parseEventFilter(c)) }));
  app.get('/aggregates/counts', async (c) => {
    const { period, by, ...filter } = parseQuery(periodQuerySchema, c);
    return sendJson(c, { period, by, counts: await store.countByPeriod(filter, { period, by }) });
  });
  app.get('/aggregates/goldstein', async (c) => {
    const { period, ...filter } = parseQuery(goldsteinQuerySchema, c);
    const rows = await store.countByPeriod(filter, { period, by: 'none' });
    const sums = rows.map(({ period: p, n, goldstein }) => ({ period: p, n, goldstein, mean: Math.round((goldstein / n) * 100) / 100 }));
    return sendJson(c, { period, sums });
  });
  app.get('/aggregates/places', async (c) => {
    const { limit, ...filter } = parseQuery(placeQuerySchema, c);
    return sendJson(c, { places: await store.countByPlace(filter, limit) });
  });
  app.get('/aggregates/dyads', async (c) => {
    const { limit, codeLength, ...filter } = parseQuery(dyadQuerySchema, c);
    return sendJson(c, { dyads: await store.topDyads(filter, { limit, codeLength }) });
  });
}
