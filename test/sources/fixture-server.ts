// A local HTTP server for fetch tests: 127.0.0.1 only, routes from a table, every request recorded,
// and a bounded number of requests (past the bound it answers 503 and stops listening).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureRoute {
  readonly status?: number;
  readonly type?: string;
  readonly body?: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly port: number;
  readonly requests: { path: string; headers: IncomingMessage['headers'] }[];
  url(path: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(routes: Record<string, FixtureRoute | RouteHandler>, maxRequests = 200): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', headers: req.headers });
    if (requests.length > maxRequests) {
      res.writeHead(503).end('request budget exhausted');
      server.close();
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof route === 'function') {
      route(req, res);
      return;
    }
    res.writeHead(route.status ?? 200, { ...(route.type ? { 'content-type': route.type } : {}), ...route.headers });
    res.end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    requests,
    url: (path) => `${origin}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
