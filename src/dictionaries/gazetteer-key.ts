// How place names are keyed: one normalisation shared by the index and the lookups, so that
// "São Paulo" / "Sao Paulo", "St. Petersburg" / "Saint Petersburg" and "Tel  Aviv" meet.

/** Lower-case, strip diacritics, unify apostrophes and whitespace, expand "St." to "saint". */
export function placeKey(name: string): string {
  // the common case, plain ASCII letters and spaces, needs no Unicode normalisation
  if (/^[A-Za-z][a-z]*( [A-Za-z][a-z]*)*$/.test(name) && !/^(st|St) /.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^st\.? (?=\p{L})/u, 'saint ')
    .trim();
}

/**
 * An upper bound of the number of tokens a tokenizer makes of `name`: words and numbers are one
 * token each, every other non-space character may be its own ("Ivano-Frankivsk" → 3).
 */
export function tokenCount(name: string): number {
  return name.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)?.length ?? 0;
}
