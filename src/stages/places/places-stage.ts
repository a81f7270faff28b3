// Stage places.gazetteer.v1: place names in every sentence, resolved to one gazetteer entry with
// the article's other places and demonyms as context.
import type { Stage } from '../../core/stage.ts';
import { isLowerCaseText, startsUpper } from '../../core/text-case.ts';
import type { LocatedPlaceMention } from './choose-location.ts';
import type { Gazetteer } from '../../dictionaries/gazetteer.ts';
import { type ContextCue, choosePlace, cuesOf } from './disambiguate.ts';
import { findPlaces, type PlaceMatch } from './find-places.ts';

export { chooseLocation, type LocatedPlaceMention } from './choose-location.ts';

/** Nouns of a settlement a demonym may qualify: "the north Lebanese port", "the Libyan capital". */
const PLACE_NOUNS = new Set(['port', 'city', 'town', 'capital', 'village', 'township']);

/** An article is "lower-cased" (IndiaPoliceEvents) when under 0.5 % of its letters are capitals. */
export const isLowerCased = isLowerCaseText;

export function createPlacesStage(): Stage<{ gazetteer: Gazetteer }> {
  return {
    name: 'places.gazetteer.v1',
    requires: ['tokens', 'sentences'],
    assigns: ['places'],
    run(doc, { gazetteer }) {
      const tokens = doc.layers.tokens ?? [];
      const lower = isLowerCased(doc.text);
      const matches: PlaceMatch[] = [];
      // no spread: one sentence can hold more place names than a call has room for arguments
      for (const s of doc.layers.sentences ?? []) for (const m of findPlaces(doc.text, tokens, s, gazetteer, lower)) matches.push(m);
      const cues: ContextCue[] = matches.flatMap(cuesOf);
      // sentence → the country of "the Lebanese port", "a Libyan city" written in it
      const placeNamed = new Map<number, string>();
      // "Georgian", "Russians": demonyms name a country without being a place
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (!lower && !startsUpper(t.text)) continue;
        const country = gazetteer.demonym(t.lower) ?? (t.lower.endsWith('s') ? gazetteer.demonym(t.lower.slice(0, -1)) : undefined);
        if (country === undefined) continue;
        cues.push({ source: `demonym:${t.lower}`, country });
        const next = tokens[i + 1];
        if (next && next.sentence === t.sentence && PLACE_NOUNS.has(next.lower)) placeNamed.set(t.sentence, country);
      }
      const places: LocatedPlaceMention[] = matches.map((m, k) => {
        const next = matches[k + 1];
        const qualifier = next && /^\s*,?\s*$/.test(doc.text.slice(m.end, next.start)) ? next : undefined;
        const p = choosePlace(m, cues, qualifier, placeNamed.get(tokens[m.first].sentence));
        return {
          start: m.start,
          end: m.end,
          text: m.text,
          sentence: tokens[m.first].sentence,
          name: p.name,
          country: p.country,
          lat: p.lat,
          lon: p.lon,
          precision: p.precision,
          locative: m.eventLocative,
        };
      });
      return { places };
    },
  };
}
