// Is an article with this link already stored, as a text or as a copy? Asked before a page is
// fetched, so links seen before (in any tracking/AMP/redirect form) are never fetched again.
import type { Store } from '../../adapters/store/store.ts';
import { canonicalUrl } from '../../ingest/canonical-url.ts';
import { reportId } from './report-id.ts';

export async function isKnownUrl(store: Store, url: string): Promise<boolean> {
  const c = canonicalUrl(url);
  if (!c) return false;
  const [hit] = await store.findDuplicates([{ id: reportId({ text: '' }, c), fingerprint: { canonicalUrl: c, contentHash: '-', minhash: null, bands: [] } }]);
  return hit !== null && (hit.kind === 'id' || hit.kind === 'url');
}

