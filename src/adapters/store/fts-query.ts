// Turns free text into a safe FTS5 query: every word becomes a quoted phrase, so FTS5 operators,
// quotes and column filters in user input are inert. "kiev troops*" → "kiev" "troops"*
const WORD = /[\p{L}\p{N}_]+\*?/gu;
const MAX_WORDS = 20;

/** Returns null when the text has no searchable word. */
export function toFtsQuery(q: string): string | null {
  const words = (q.match(WORD) ?? []).slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  return words
    .map((w) => (w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`))
    .join(' ');
}
