// The fetch policy from the environment, validated with zod: private addresses stay refused unless
// DYAD_FETCH_ALLOW_PRIVATE=1 or the origin is listed in DYAD_FETCH_ALLOW (comma-separated).
import { z } from 'zod';
import type { FetchPolicy } from '../../adapters/fetch/safe-fetch.ts';
import { DyadError } from '../../core/errors.ts';

const Env = z.object({
  DYAD_FETCH_ALLOW_PRIVATE: z.enum(['0', '1', 'true', 'false', '']).optional(),
  DYAD_FETCH_ALLOW: z.string().optional(),
  DYAD_FETCH_MAX_BYTES: z.coerce.number().int().positive().optional(),
  DYAD_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
});

export function fetchPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): FetchPolicy {
  const r = Env.safeParse(env);
  if (!r.success) throw new DyadError('E_STORE_CONFIG', `fetch settings: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const origins = (r.data.DYAD_FETCH_ALLOW ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      try {
        return new URL(s).origin;
      } catch {
        throw new DyadError('E_STORE_CONFIG', `DYAD_FETCH_ALLOW: not an origin: ${s}`);
      }
    });
  return {
    allowPrivate: r.data.DYAD_FETCH_ALLOW_PRIVATE === '1' || r.data.DYAD_FETCH_ALLOW_PRIVATE === 'true',
    allowOrigins: origins,
    maxBytes: r.data.DYAD_FETCH_MAX_BYTES,
    timeoutMs: r.data.DYAD_FETCH_TIMEOUT_MS,
  };
}
