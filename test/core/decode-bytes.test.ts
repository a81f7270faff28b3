import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/apps/cli/read-inputs.ts';
import { decodeBytes } from '../../src/core/decode-bytes.ts';

const TEXT = 'Russia said “outside forces” are trying to destabilise Belarus — again.';
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let k = 0; k + 1 < le.length; k += 2) [le[k], le[k + 1]] = [le[k + 1], le[k]];
  return le;
};

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeBytes(Buffer.from(TEXT), 'a')).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'a')).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte-order mark, either byte order', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'a')).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'a')).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('reads text that is not UTF-8 as Windows-1252 (curly quotes and dashes included)', () => {
    // “outside forces” — in Windows-1252: 0x93 … 0x94, 0x97; é is 0xE9
    const bytes = Buffer.from([...Buffer.from('Minsk '), 0x93, ...Buffer.from('outside forces'), 0x94, 0x20, 0x97, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    expect(decodeBytes(bytes, 'a')).toEqual({ text: 'Minsk “outside forces” — café', encoding: 'windows-1252' });
  });

  it('refuses bytes that look binary, naming the file and what it reads', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(() => decodeBytes(png, 'photo.txt')).toThrow(/photo\.txt: not text .*UTF-8, UTF-16 with a byte-order mark, or Windows-1252/);
  });

  it('in a directory, a binary file is reported and the other files are read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-decode-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 0, 0x41, 0]));
    writeFileSync(join(dir, 'in', 'b.txt'), Buffer.from([...Buffer.from('Police detained 12 protesters in Minsk, witnesses said '), 0x96, 0x20, 0x41]));
    const items = [...readInputs(join(dir, 'in'), {})];
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ ok: false, origin: join(dir, 'in', 'a.txt'), error: expect.stringContaining('not text') });
    expect(items[1]).toMatchObject({ ok: true, input: { id: 'b', text: 'Police detained 12 protesters in Minsk, witnesses said – A' } });
  });
});
