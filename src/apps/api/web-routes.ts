// The dashboard: the files Vite built into dist/web, served by the API's own process. Hashed assets
// are cached for good; index.html is revalidated so a rebuild shows at once.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/** True when the directory holds a built dashboard. */
export const hasDashboard = (webRoot: string | undefined): webRoot is string =>
  webRoot !== undefined && existsSync(join(webRoot, 'index.html'));

export function webRoutes(app: Hono, webRoot: string): void {
  const assets = serveStatic({ root: webRoot });
  app.get('/assets/*', async (c, next) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return assets(c, next);
  });
  app.get('/favicon.svg', serveStatic({ root: webRoot, path: 'favicon.svg' }));
  const index = serveStatic({ root: webRoot, path: 'index.html' });
  app.get('/', async (c, next) => {
    c.header('Cache-Control', 'no-cache');
    return index(c, next);
  });
}
