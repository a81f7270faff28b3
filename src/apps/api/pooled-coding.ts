// The API's coding on a thread pool: the event loop stays free for other requests while an article is
// coded, and an article that overruns the pool's time limit answers 422 E_CODE_TIMEOUT.
import { DyadError } from '../../core/errors.ts';
import type { CodePool } from '../ingest/code-pool.ts';
import type { ApiOptions } from './api-options.ts';

export function pooledCoding(pool: CodePool): Pick<ApiOptions, 'code' | 'explain' | 'pipeline'> {
  const explain = pool.explain?.bind(pool);
  return {
    async code(input) {
      const [r] = await pool.code([input]);
      if (!r.ok) throw new DyadError(r.code ?? 'E_INTERNAL', r.error);
      return r.article;
    },
    explain: explain
      ? async (input) => {
          const r = await explain(input);
          if (!r.ok) throw new DyadError(r.code ?? 'E_INTERNAL', r.error);
          return { article: r.article, explain: r.explain };
        }
      : undefined,
    pipeline: pool.fingerprint,
  };
}
