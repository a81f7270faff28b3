import { beforeAll, describe, expect, it } from 'vitest';
import { type Gazetteer, loadGazetteer, placeKey } from '../../src/dictionaries/gazetteer.ts';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteer();
});

describe('loadGazetteer', () => {
  it.each([
    ['minsk', 'Minsk', 'BLR', 'city'],
    ['georgia', 'Georgia', 'GEO', 'country'],
    ['paris', 'Paris', 'FRA', 'city'],
    ['moscow', 'Moscow', 'RUS', 'city'],
    ['washington', 'Washington, D.C.', 'USA', 'city'],
    ['gaza strip', 'Gaza Strip', 'PSE', 'admin1'],
    ['united states of america', 'United States', 'USA', 'country'],
    ['st. petersburg', 'Saint Petersburg', 'RUS', 'city'],
    ['khan yunis', 'Khān Yūnis', 'PSE', 'city'],
  ])('%s → %s (%s, %s) first', (name, expected, country, precision) => {
    expect(gaz.lookup(name)[0]).toMatchObject({ name: expected, country, precision });
  });

  it('keeps every candidate, heaviest first', () => {
    const moscows = gaz.lookup('moscow');
    expect(moscows.map((p) => p.country)).toContain('USA');
    expect(moscows.map((p) => p.weight)).toEqual([...moscows.map((p) => p.weight)].sort((a, b) => b - a));
    expect(gaz.lookup('georgia').map((p) => p.country)).toEqual(['GEO', 'USA']);
  });

  it('has countries, demonyms, abbreviations and a stoplist', () => {
    expect(gaz.country('BLR')).toMatchObject({ name: 'Belarus', precision: 'country' });
    expect(gaz.demonym('georgian')).toBe('GEO');
    expect(gaz.isAbbreviation('us')).toBe(true);
    expect(gaz.stopRule('police')).toBe('never');
    expect(gaz.stopRule('nice')).toBe('locative');
    expect(gaz.maxTokens).toBeGreaterThanOrEqual(3);
    expect(gaz.lookup('xyzzyville')).toEqual([]);
  });

  it('normalises keys', () => {
    expect(placeKey('  São   Paulo ')).toBe('sao paulo');
    expect(placeKey('St Petersburg')).toBe('saint petersburg');
  });
});
