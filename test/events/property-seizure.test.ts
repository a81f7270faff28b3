import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/apps/create-coder.ts';

const coder = createCoder();
const coded = (text: string) => coder.code({ id: 't', text, published: '2022-03-02' }).events.map((e) => `${e.cameo} ${e.source?.text ?? ''}`);

describe('seizing or damaging property (171)', () => {
  it('stealing property is seizing it, like looting', () => {
    expect(coded('Militants stole the railway in Syria.')).toEqual(['171 Militants']);
  });
  it('a plural the lemmatiser leaves alone still names the explosives made harmless', () => {
    expect(coded('Yemeni soldiers defused hundreds of landmines in Taiz.')).toEqual(['171 Yemeni soldiers']);
  });
});

describe('property destroyed in a riot (145)', () => {
  it('civilians looting or burning property riot', () => {
    expect(coded('Rioters looted shops in Lagos.')).toEqual(['145 Rioters']);
    expect(coded("Protesters torched the governor's office in Basra.")).toEqual(['145 Protesters']);
  });
  it('a crowd ransacking shops riots', () => {
    expect(coded('Rioters ransacked shops in Lagos.')).toEqual(['145 Rioters']);
  });
  it('armed men burning property destroy it (1712)', () => {
    expect(coded('Armed men burned Christian homes in central Nigeria.')).toEqual(['1712 Armed men']);
  });
});
