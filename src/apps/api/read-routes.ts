// Read-only routes over the store.
import type { Hono } from 'hono';
import { DyadError } from '../../core/errors.ts';
import type { ApiOptions } from './api-options.ts';
import { parseEventFilter, parseEventQuery } from './event-query-schema.ts';
import { sendJson } from './json-response.ts';

export const ROUTES = [
  'GET /health',
  'GET /events?from&to&actor&source&target&cameo&quadClass&modality&q&limit&cursor',
  'GET /events/:id',
  'GET /articles/:id',
  'GET /stats',
  'GET /aggregates/daily?(event filters)',
  'GET /export.jsonl?(event filters)',
  'GET /export.csv?(event filters)',
  'GET /export.gdelt?(event filters)',
  'POST /code {text, published?, id?, title?, url?, outlet?, language?}',
  'POST /ingest (Authorization: Bearer <token>) same body as /code',
];

export function readRoutes(app: Hono, { store }: ApiOptions): void {
  app.get('/', (c) =>
    sendJson(c, { name: 'dyad', message: 'Dyad event API. The dashboard comes later.', routes: ROUTES }),
  );
  app.get('/health', (c) => sendJson(c, { status: 'ok' }));
  app.get('/events', async (c) => sendJson(c, await store.queryEvents(parseEventQuery(c))));
  app.get('/events/:id', async (c) => {
    const event = await store.getEvent(c.req.param('id'));
    if (!event) throw new DyadError('E_NOT_FOUND', 'no such event');
    return sendJson(c, event);
  });
  app.get('/articles/:id', async (c) => {
    const article = await store.getArticle(c.req.param('id'));
    if (!article) throw new DyadError('E_NOT_FOUND', 'no such article');
    return sendJson(c, article);
  });
  app.get('/stats', async (c) => sendJson(c, await store.stats()));
  app.get('/aggregates/daily', async (c) => sendJson(c, { counts: await store.countByDay(parseEventFilter(c)) }));
}
