// Synthetic coded articles for the API benchmark: seeded, so every run builds the same store.
// Skewed like real event data: a few actors (USA, RUS, CHN …) and codes dominate, most events are
// asserted, some are claimed, two thirds have a place; articles come roughly in date order.
import type { CodedArticle, EventRecord, Modality } from '../src/core/types.ts';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COUNTRIES = ['USA', 'RUS', 'CHN', 'UKR', 'GBR', 'FRA', 'DEU', 'IRN', 'ISR', 'TUR', 'IND', 'PAK', 'JPN', 'KOR', 'PRK', 'SYR', 'IRQ', 'AFG', 'BLR', 'POL', 'SAU', 'EGY', 'NGA', 'ZAF', 'BRA', 'MEX', 'VEN', 'COL', 'ARM', 'AZE', 'LTU', 'EST', 'LVA', 'GEO', 'SRB', 'HUN', 'ITA', 'ESP', 'CAN', 'AUS'];
const SECTORS = ['', 'GOV', 'GOV', 'MIL', 'COP', 'CVL', 'OPP', 'BUS', 'MED'];
// [code, root, quad class, Goldstein]
const CODES: [string, string, number, number][] = [
  ['010', '01', 1, 0], ['020', '02', 1, 3], ['036', '03', 1, 4], ['040', '04', 1, 1], ['042', '04', 1, 1.9], ['043', '04', 1, 2.8],
  ['046', '04', 1, 7], ['051', '05', 1, 3.4], ['057', '05', 1, 8], ['061', '06', 2, 6.4], ['071', '07', 2, 7.4], ['081', '08', 2, 5],
  ['090', '09', 1, -2], ['111', '11', 3, -2], ['112', '11', 3, -2], ['120', '12', 3, -4], ['130', '13', 3, -4.4], ['138', '13', 3, -7],
  ['141', '14', 3, -6.5], ['145', '14', 4, -7.5], ['160', '16', 3, -4], ['161', '16', 3, -4], ['163', '16', 4, -8], ['173', '17', 4, -5],
  ['175', '17', 4, -9], ['180', '18', 4, -9], ['190', '19', 4, -10], ['193', '19', 4, -10], ['195', '19', 4, -10], ['200', '20', 4, -10],
];
const MODALITIES: Modality[] = ['asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'reported', 'intended', 'threatened', 'future'];
const WORDS = ['talks', 'border', 'troops', 'sanctions', 'protest', 'election', 'minister', 'ceasefire', 'aid', 'embassy', 'drone', 'strike', 'summit', 'trade', 'police', 'arrest', 'parliament', 'army', 'refugees', 'pipeline'];

/** Zipf-like pick: low indexes much more often. */
const skewed = (r: () => number, n: number) => Math.min(n - 1, Math.floor(n * r() ** 2.2));

interface City {
  name: string;
  country: string;
  lat: number;
  lon: number;
}

function cities(r: () => number): City[] {
  return COUNTRIES.flatMap((country, i) =>
    Array.from({ length: 8 }, (_, k) => ({
      name: `${country[0]}${country.slice(1).toLowerCase()}city${k}`,
      country,
      lat: Math.round((-50 + ((i * 37) % 110) + r() * 8) * 1000) / 1000,
      lon: Math.round((-170 + ((i * 83) % 340) + r() * 8) * 1000) / 1000,
    })),
  );
}

export interface SyntheticOptions {
  articles: number;
  eventsPerArticle: number;
  days: number;
  firstDay: string;
  seed?: number;
}

/** Yields articles in batches (each article with eventsPerArticle events). */
export function* syntheticArticles(o: SyntheticOptions, batch = 500): Generator<CodedArticle[]> {
  const r = rng(o.seed ?? 42);
  const places = cities(r);
  const t0 = Date.parse(`${o.firstDay}T00:00:00Z`);
  const actor = () => `${COUNTRIES[skewed(r, COUNTRIES.length)]}${SECTORS[Math.floor(r() * SECTORS.length)]}`;
  let out: CodedArticle[] = [];
  for (let a = 0; a < o.articles; a++) {
    const id = `s${a.toString(36).padStart(6, '0')}`;
    // news arrives roughly in date order: the article's day follows its position, give or take 3 days
    const k = Math.min(o.days - 1, Math.max(0, Math.floor((a / o.articles) * o.days + (r() - 0.5) * 6)));
    const day = new Date(t0 + k * 86_400_000).toISOString().slice(0, 10);
    const events: EventRecord[] = [];
    const sentences: string[] = [];
    let offset = 0;
    for (let n = 0; n < o.eventsPerArticle; n++) {
      const [cameo, root, quad, goldstein] = CODES[skewed(r, CODES.length)];
      const src = actor();
      const tgt = actor();
      const place = r() < 0.66 ? places[Math.floor(r() * places.length)] : null;
      const modality = MODALITIES[Math.floor(r() * MODALITIES.length)];
      const words = `${WORDS[Math.floor(r() * WORDS.length)]} ${WORDS[Math.floor(r() * WORDS.length)]}`;
      const text = `${src} acted on ${tgt} over ${words}${place ? ` in ${place.name}` : ''}.`;
      const start = offset;
      sentences.push(text);
      offset += text.length + 1;
      events.push({
        id: `${id}:${n}`,
        sentence: n,
        evidence: { start, end: start + text.length, text },
        trigger: { start: start + src.length + 1, end: start + src.length + 6, text: 'acted' },
        source: { start, end: start + src.length, text: src, code: src, entity: null },
        target: { start: start + src.length + 10, end: start + src.length + 10 + tgt.length, text: tgt, code: tgt, entity: null },
        cameo,
        root,
        quad_class: quad,
        goldstein,
        plover: { type: null, mode: null },
        modality,
        negated: false,
        claim: modality === 'reported' ? { by: { start, end: start + 3, text: 'x', code: actor() }, cue: 'said' } : null,
        date: day,
        date_type: 'publication',
        location: place ? { ...place, precision: 'city' } : null,
        rule: 'bench.synthetic',
        pipeline: 'dyad@bench',
      });
    }
    out.push({
      id,
      published: day,
      title: `Synthetic ${id}`,
      url: `https://bench.example/${id}`,
      outlet: `Outlet ${a % 50}`,
      text: sentences.join(' '),
      sentences: [],
      mentions: [],
      attributions: [],
      events,
      messages: [],
    });
    if (out.length >= batch) {
      yield out;
      out = [];
    }
  }
  if (out.length) yield out;
}
