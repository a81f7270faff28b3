// Guards a route with a bearer token. No configured token means the route is disabled (403);
// a missing or wrong token is 401. Tokens are compared in constant time via their digests.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { DyadError } from '../../core/errors.ts';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function bearerToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    if (!expected) throw new DyadError('E_FORBIDDEN', 'ingest is disabled: the server has no token configured');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '');
    if (!m || !timingSafeEqual(digest(m[1]), expected)) throw new DyadError('E_UNAUTHORIZED');
    await next();
  };
}
