// Actors: the codes seen on events with their counts, and one code with its names and partners.
import type { Hono } from 'hono';
import { DyadError } from '../../core/errors.ts';
import { actorCodeSchema, actorListSchema } from './aggregate-query-schema.ts';
import type { ApiOptions } from './api-options.ts';
import { parseQuery } from './event-query-schema.ts';
import { sendJson } from './json-response.ts';
import { parseParam } from './parse-param.ts';

export function actorRoutes(app: Hono, { store }: ApiOptions): void {
  app.get('/actors', async (c) => {
    const { prefix, limit, ...filter } = parseQuery(actorListSchema, c);
    return sendJson(c, { actors: await store.listActors(filter, { prefix, limit }) });
  });
  app.get('/actors/:code', async (c) => {
    const code = parseParam(actorCodeSchema, c.req.param('code'), 'code');
    const actor = await store.getActor(code);
    if (!actor) throw new DyadError('E_NOT_FOUND', 'no event has this actor code');
    const [asSource, asTarget] = await Promise.all([
      store.topDyads({ source: code }, { limit: 10 }),
      store.topDyads({ target: code }, { limit: 10 }),
    ]);
    return sendJson(c, { ...actor, partners: { asSource, asTarget } });
  });
}
