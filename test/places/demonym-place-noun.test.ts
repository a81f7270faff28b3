import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const placeOf = (text: string, name: string) => coder.analyse({ id: 't', text, published: '2002-03-25' }).layers.places?.find((p) => p.text === name)?.country;

describe('a demonym naming a settlement in the same sentence qualifies an ambiguous place name', () => {
  it('"Tripoli … the north Lebanese port" is the Lebanese Tripoli', () => {
    expect(placeOf('Fighting raged in Tripoli as shells crashed into the north Lebanese port.', 'Tripoli')).toBe('LBN');
  });
  it('"Tripoli, the Libyan capital" and a bare "Tripoli" stay Libyan', () => {
    expect(placeOf('Fighting raged in Tripoli, the Libyan capital.', 'Tripoli')).toBe('LBY');
    expect(placeOf('Fighting raged in Tripoli.', 'Tripoli')).toBe('LBY');
  });
});
