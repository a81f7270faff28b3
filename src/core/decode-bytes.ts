// Bytes of an input file to text. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded as
// such; other text is taken as Windows-1252, the legacy encoding of most English web pages (a
// superset of Latin-1 with curly quotes and dashes), and said so; bytes that look binary are refused.
import { DyadError } from './errors.ts';

export interface DecodedText {
  readonly text: string;
  /** the encoding it was decoded from */
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Share of NUL and other C0 control bytes (not tab, CR, LF, FF, ESC) in the first 8 KB past which bytes are binary. */
const BINARY_SHARE = 0.02;

export function decodeBytes(bytes: Uint8Array, origin: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  if (head.length && control / head.length > BINARY_SHARE) {
    throw new DyadError('E_INPUT_ENCODING', `${origin}: not text (${control} control bytes in the first ${head.length}); an article must be UTF-8, UTF-16 with a byte-order mark, or Windows-1252 text`);
  }
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Windows-1252 is Latin-1 except for 0x80–0x9F, which hold typographic characters; the five
// unassigned bytes stay C1 controls, as in the WHATWG encoding standard. (Node's TextDecoder
// without full ICU decodes "windows-1252" as Latin-1.)
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}
