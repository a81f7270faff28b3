import { beforeAll, describe, expect, it } from 'vitest';
import { createWinkNlp, type Nlp } from '../../src/adapters/nlp/wink.ts';
import type { ArticleDoc, PlaceMention, Token } from '../../src/core/types.ts';
import { type Gazetteer, loadGazetteer } from '../../src/dictionaries/gazetteer.ts';
import { chooseLocation, createPlacesStage } from '../../src/stages/places/places-stage.ts';

let nlp: Nlp;
let gazetteer: Gazetteer;
beforeAll(() => {
  nlp = createWinkNlp();
  gazetteer = loadGazetteer();
});

const stage = createPlacesStage();

function analyse(text: string): { places: readonly PlaceMention[]; tokens: readonly Token[] } {
  const layers = nlp.analyse(text);
  const doc: ArticleDoc = { meta: { id: 't', published: null }, text, layers, messages: [] };
  const places = stage.run(doc, { gazetteer }).places ?? [];
  for (const p of places) expect(text.slice(p.start, p.end)).toBe(p.text);
  return { places, tokens: layers.tokens };
}

const brief = (text: string) => analyse(text).places.map((p) => `${p.text}=${p.name}/${p.country}/${p.precision}`);

describe('places.gazetteer.v1', () => {
  it('declares its contract', () => {
    expect(stage).toMatchObject({ name: 'places.gazetteer.v1', requires: ['tokens', 'sentences'], assigns: ['places'] });
  });

  it.each([
    ['Protesters gathered in central Minsk on Sunday.', ['Minsk=Minsk/BLR/city']],
    ['police opened fire on a stone-pelting mob in godhra on thursday.', ['godhra=Godhra/IND/city']],
    ['Thousands of people rallied in Tbilisi against the foreign agents law.', ['Tbilisi=Tbilisi/GEO/city']],
    ['Rioters clashed with police in Paris suburbs.', ['Paris=Paris/FRA/city']],
    ['A tornado hit Paris, Texas, on Monday.', ['Paris=Paris/USA/city', 'Texas=Texas/USA/admin1']],
    ['Georgia has asked the European Union for help. Georgian troops stayed in Tbilisi.', ['Georgia=Georgia/GEO/country', 'Tbilisi=Tbilisi/GEO/city']],
    ['Georgia certified its election results. Voters queued for hours in Atlanta.', ['Georgia=Georgia/USA/admin1', 'Atlanta=Atlanta/USA/city']],
    ['Russia said Moscow would respond.', ['Russia=Russia/RUS/country', 'Moscow=Moscow/RUS/city']],
    ['Students in Moscow, Idaho, held a vigil.', ['Moscow=Moscow/USA/city', 'Idaho=Idaho/USA/admin1']],
    ['Israeli warplanes struck targets in the Gaza Strip overnight.', ['Gaza Strip=Gaza Strip/PSE/admin1']],
    ['Gunmen killed 12 villagers in northern Nigeria on Saturday.', ['Nigeria=Nigeria/NGA/country']],
    ['The United Nations launched an investigation into the killings in Darfur.', ['Darfur=Darfur/SDN/admin1']],
    ['Protests erupted in Sao Paulo and Kiev.', ['Sao Paulo=São Paulo/BRA/city', 'Kiev=Kyiv/UKR/city']],
    ['The U.S. and the UK imposed sanctions.', ['U.S.=United States/USA/country', 'UK=United Kingdom/GBR/country']],
    ['Xi Jinping met Vladimir Putin in Moscow on Monday.', ['Moscow=Moscow/RUS/city']],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    ['Will Smith said he was happy.'],
    ['Police opened fire on protesters.'],
    ['Tell us what you saw, and we will march.'],
    ['the police said the mob came from us and may return.'],
    ['Clinton said the Justice Department would act.'],
  ])('finds no place in %s', (text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('chooseLocation', () => {
  it('returns a Location record', () => {
    const { places } = analyse('Kenyan police arrested two journalists in Nairobi yesterday.');
    expect(chooseLocation(places, 0, 13, 21)).toMatchObject({ name: 'Nairobi', country: 'KEN', precision: 'city' });
  });

  const locate = (text: string, trigger: string) => {
    const { places, tokens } = analyse(text);
    const start = text.indexOf(trigger);
    const sentence = tokens.find((t) => t.start >= start)?.sentence ?? 0;
    // the places stage's own `locative` flag and the tokens must agree
    const byFlag = chooseLocation(places, sentence, start, start + trigger.length);
    const byTokens = chooseLocation(places, sentence, start, start + trigger.length, tokens);
    expect(byFlag).toEqual(byTokens);
    return byFlag?.name ?? null;
  };

  it.each([
    ['Kenyan police arrested two journalists in Nairobi yesterday.', 'arrested', 'Nairobi'],
    ['On Sunday, supporters gathered in central Minsk, Belarus.', 'gathered', 'Minsk'],
    ['Talks between Armenia and Azerbaijan in Brussels ended without agreement.', 'ended', 'Brussels'],
    ['Gunmen killed 12 villagers in northern Nigeria on Saturday.', 'killed', 'Nigeria'],
    ['Minsk threatened to retaliate against Lithuania.', 'threatened', null],
    ['Hungary will veto the aid package if Brussels does not release funds.', 'veto', null],
    ['Police in Minsk detained dozens. Protesters marched in Grodno.', 'detained', 'Minsk'],
    ['The delegation arrived from Moscow and met officials in Minsk.', 'met', 'Minsk'],
    ['The delegation arrived from Moscow.', 'arrived', null],
  ])('%s → %s', (text, trigger, expected) => {
    expect(locate(text, trigger)).toBe(expected);
  });
});
