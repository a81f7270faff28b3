import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/adapters/html/extract-article.ts';
import { contentHash, fingerprint, NEAR_DUPLICATE_THRESHOLD } from '../../src/ingest/fingerprint.ts';
import { BANDS, minhash, similarity } from '../../src/ingest/minhash.ts';

const page = (name: string) => extractArticle(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'))!.text;

describe('near-duplicate fingerprints', () => {
  const planet = page('wire-daily-planet.html');
  const courier = page('wire-morning-courier.html');
  const star = page('wire-evening-star.html');
  const other = page('other-story.html');

  it.each<[string, string, string, boolean]>([
    ['wire copy, other boilerplate (Planet / Courier)', planet, courier, true],
    ['wire copy, other boilerplate (Planet / Star)', planet, star, true],
    ['wire copy, other boilerplate (Courier / Star)', courier, star, true],
    ['a different story on the same subject', planet, other, false],
  ])('%s', (_name, a, b, same) => {
    const s = similarity(minhash(a)!, minhash(b)!);
    if (same) expect(s).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    else expect(s).toBeLessThan(0.2);
    // copies share at least one LSH band, so the store finds them as candidates
    const fa = fingerprint(a);
    const fb = fingerprint(b);
    expect(fa.bands).toHaveLength(BANDS);
    if (same) expect(fa.bands.some((k) => fb.bands.includes(k))).toBe(true);
  });

  it('has no signature for a text too short to judge', () => {
    expect(minhash('Police detained ten people.')).toBeNull();
    expect(fingerprint('Police detained ten people.').bands).toEqual([]);
  });

  it('hashes content ignoring case, spacing and punctuation only', () => {
    expect(contentHash('Police  detained\nten people.')).toBe(contentHash('police detained ten people'));
    expect(contentHash('Police detained ten people.')).not.toBe(contentHash('Police detained eleven people.'));
  });
});
