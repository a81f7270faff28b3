// MinHash over word 4-gram shingles, with LSH bands for candidate lookup. Two texts whose shingle sets
// have Jaccard similarity J agree on each signature slot with probability J; with 32 bands of 4 slots
// a pair at J = 0.5 shares at least one band with probability 0.87, at J = 0.6 with 0.99.

export const MINHASH_SLOTS = 128;
export const BAND_ROWS = 4;
export const BANDS = MINHASH_SLOTS / BAND_ROWS;
export const SHINGLE_WORDS = 4;
/** below this many shingles a text is too short to call anything a near-duplicate of it */
export const MIN_SHINGLES = 12;

/** 32-bit FNV-1a of a string. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a cheap bijective 32-bit mix. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// fixed seeds (from a fixed LCG) so signatures are comparable across runs and machines
const SEEDS = new Uint32Array(MINHASH_SLOTS);
for (let i = 0, s = 0x9e3779b9; i < MINHASH_SLOTS; i++) {
  s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
  SEEDS[i] = s;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-cased words, diacritics folded, punctuation dropped: boilerplate-insensitive tokens. */
export function words(text: string): string[] {
  // folding is only needed (and only paid for) when the text has non-ASCII characters
  const folded = NON_ASCII.test(text) ? text.normalize('NFKD').replace(/\p{M}+/gu, '') : text;
  return folded.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Distinct shingle hashes of a word list: each shingle hashed from its words' hashes, no strings built. */
export function shingleHashes(w: readonly string[]): Uint32Array {
  const wh = new Uint32Array(w.length);
  for (let i = 0; i < w.length; i++) wh[i] = fnv1a(w[i]);
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < SHINGLE_WORDS; k++) h = Math.imul(h ^ wh[i + k], 0x5bd1e995) ^ (h >>> 15);
    set.add(fmix32(h));
  }
  return Uint32Array.from(set);
}

export function shingles(text: string): Uint32Array {
  return shingleHashes(words(text));
}

/** The signature, or null when the text has too few shingles. */
export function minhash(text: string): Uint32Array | null {
  return minhashOf(shingles(text));
}

export function minhashOf(sh: Uint32Array): Uint32Array | null {
  if (sh.length < MIN_SHINGLES) return null;
  const sig = new Uint32Array(MINHASH_SLOTS).fill(0xffffffff);
  for (let i = 0; i < MINHASH_SLOTS; i++) {
    const seed = SEEDS[i];
    let min = 0xffffffff;
    for (let k = 0; k < sh.length; k++) {
      const v = fmix32(sh[k] ^ seed);
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

/** One key per band: "band index:hash of its slots". */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < BAND_ROWS; r++) h = fmix32(h ^ sig[b * BAND_ROWS + r]) ^ Math.imul(r + 1, 0x9e3779b9);
    keys.push(`${b}:${(h >>> 0).toString(36)}`);
  }
  return keys;
}

/** Estimated Jaccard similarity: the share of equal slots. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

export function signatureToBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function signatureFromBytes(buf: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf);
  return new Uint32Array(copy.buffer, 0, Math.floor(copy.byteLength / 4));
}
