// The Hono app: security headers on every response, the JSON API under /api (and, for clients of
// the first version, at the same paths without /api), the dashboard at /, one onError, JSON 404s.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { actorRoutes } from './actor-routes.ts';
import { aggregateRoutes } from './aggregate-routes.ts';
import type { ApiOptions } from './api-options.ts';
import { codeRoutes } from './code-routes.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import { exportRoutes } from './export-routes.ts';
import { sendJson } from './json-response.ts';
import { errorResponse, makeOnError } from './on-error.ts';
import { openApiDocument } from './openapi-document.ts';
import { readRoutes } from './read-routes.ts';
import { hasDashboard, webRoutes } from './web-routes.ts';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'package.json');
const VERSION: string = JSON.parse(readFileSync(PACKAGE, 'utf8')).version;

/** "GET /events/:id" lines, from the OpenAPI paths. */
function routeList(doc: Record<string, unknown>): string[] {
  const paths = doc.paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
  );
}

export function createApi(opts: ApiOptions): Hono {
  const doc = openApiDocument(VERSION);
  const web = hasDashboard(opts.webRoot);
  const describe = {
    name: 'dyad',
    version: VERSION,
    message: web
      ? 'Dyad event API. Every route is under /api and, for older clients, also without the prefix. The dashboard is at /.'
      : 'Dyad event API. Every route is under /api and also without the prefix. The dashboard is not built: run `npm run build:web`.',
    openapi: '/api/openapi.json',
    routes: routeList(doc),
  };

  const api = new Hono();
  readRoutes(api, opts);
  actorRoutes(api, opts);
  aggregateRoutes(api, opts);
  exportRoutes(api, opts);
  codeRoutes(api, opts);
  api.get('/openapi.json', (c) => sendJson(c, doc));

  const app = new Hono();
  app.use('*', secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, xContentTypeOptions: 'nosniff', xFrameOptions: 'DENY' }));
  app.get('/api', (c) => sendJson(c, describe));
  app.route('/api', api);
  app.route('/', api);
  if (web) webRoutes(app, opts.webRoot as string);
  else app.get('/', (c) => sendJson(c, describe));
  app.notFound((c) => errorResponse(c, 'E_NOT_FOUND', 'no such route'));
  app.onError(makeOnError(opts.log ?? console.error));
  return app;
}
