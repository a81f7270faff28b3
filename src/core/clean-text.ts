/**
 * Cleaning never changes the text's length: offsets must point into the text exactly as given.
 * Control characters (other than tab and newlines) become spaces; lone surrogates become U+FFFD.
 */
export function cleanText(raw: string): string {
  const c = raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ');
  const wellFormed = (c as unknown as { toWellFormed?: () => string }).toWellFormed;
  return wellFormed ? wellFormed.call(c) : c;
}
