// The Hono app: security headers on every response, routes, one onError, JSON 404s.
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { ApiOptions } from './api-options.ts';
import { codeRoutes } from './code-routes.ts';
import { exportRoutes } from './export-routes.ts';
import { errorResponse, makeOnError } from './on-error.ts';
import { readRoutes } from './read-routes.ts';

export function createApi(opts: ApiOptions): Hono {
  const app = new Hono();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'self'"], frameAncestors: ["'none'"] },
      xContentTypeOptions: 'nosniff',
    }),
  );
  readRoutes(app, opts);
  exportRoutes(app, opts);
  codeRoutes(app, opts);
  app.notFound((c) => errorResponse(c, 'E_NOT_FOUND', 'no such route'));
  app.onError(makeOnError(opts.log ?? console.error));
  return app;
}
