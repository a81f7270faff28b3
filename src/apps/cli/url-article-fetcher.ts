// POST /ingest {url}: the page fetched with the same guarded fetcher as `dyad ingest <url>` (no
// private addresses unless DYAD_FETCH_ALLOW says so, size and time limits, polite per host) and its
// article extracted with Readability.
import { createSafeFetcher } from '../../adapters/fetch/safe-fetch.ts';
import type { FetchArticle } from '../api/index.ts';
import { fetchArticle } from '../ingest/fetch-article.ts';
import { fetchPolicyFromEnv } from '../ingest/fetch-policy-from-env.ts';
import { politeFetcher } from '../ingest/polite-fetcher.ts';

export function urlArticleFetcher(): FetchArticle {
  const fetcher = politeFetcher(createSafeFetcher(fetchPolicyFromEnv()));
  return (url) => fetchArticle(fetcher, url);
}
