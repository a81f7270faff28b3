// What article dedup compares: canonical URL, a hash of the normalised text, a MinHash signature and
// its LSH band keys. Computed once per article before coding, so duplicates are never coded.
import { createHash } from 'node:crypto';
import { canonicalUrl } from './canonical-url.ts';
import { bandKeys, minhashOf, shingleHashes, words } from './minhash.ts';

export interface ArticleFingerprint {
  readonly canonicalUrl: string | null;
  /** SHA-256 (hex, 32 digits) of the text's words, lower-cased, punctuation and spacing ignored */
  readonly contentHash: string;
  /** null when the text is too short for near-duplicate detection */
  readonly minhash: Uint32Array | null;
  readonly bands: readonly string[];
}

/** Two signatures at least this similar are one text (wire copies with different boilerplate). */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

const hashWords = (w: readonly string[]) => createHash('sha256').update(w.join(' ')).digest('hex').slice(0, 32);

export function contentHash(text: string): string {
  return hashWords(words(text));
}

export function fingerprint(text: string, url?: string | null): ArticleFingerprint {
  const w = words(text);
  const sig = minhashOf(shingleHashes(w));
  return { canonicalUrl: canonicalUrl(url), contentHash: hashWords(w), minhash: sig, bands: sig ? bandKeys(sig) : [] };
}
