import type { Sentence, Token } from '../../core/types.ts';

// Sentences that report no political event however many event verbs they contain.
const BOILERPLATE = /^\s*(by [A-Z][\w.'-]+( [A-Z][\w.'-]+)*,|reporting by|additional reporting|editing by|writing by|compiled by|photo:|image:|file photo|read more|click here|subscribe|sign up|follow us|related:|copyright|all rights reserved|\(reporting)/i;
const SCORE = /\b\d{1,2}\s?[-–]\s?\d{1,2}\b(?!\s?(year|month|day|percent|%))/;
const SPORTS = new Set([
  'match', 'goal', 'goals', 'scored', 'league', 'cup', 'striker', 'midfielder', 'goalkeeper', 'coach', 'season',
  'championship', 'tournament', 'fixture', 'playoff', 'playoffs', 'inning', 'innings', 'wicket', 'wickets',
  'touchdown', 'quarterback', 'halftime', 'half-time', 'stadium', 'derby', 'semifinal', 'semi-final', 'final',
  'referee', 'penalty', 'olympics', 'olympic', 'medal', 'grand', 'slam', 'nba', 'nfl', 'fifa', 'uefa', 'premier',
  'fc', 'team', 'teams', 'squad', 'score', 'scoreline', 'win', 'victory', 'defeat', 'draw', 'beat', 'beats', 'edged',
]);
const FILM = new Set(['film', 'movie', 'album', 'novel', 'episode', 'premiere', 'box-office', 'actor', 'actress', 'starring', 'sequel', 'box']);

export type NoiseKind = 'boilerplate' | 'sports' | 'entertainment' | null;

/**
 * Sports reports ("beat Barcelona 3-1"), reviews and wire boilerplate are not political events.
 * A sentence needs two sports signals (or a score and one) before it is dropped.
 */
export function noiseKind(tokens: readonly Token[], s: Sentence, text: string): NoiseKind {
  const raw = text.slice(s.start, s.end);
  if (BOILERPLATE.test(raw)) return 'boilerplate';
  let sports = SCORE.test(raw) ? 1 : 0;
  let film = 0;
  for (let k = s.first; k < s.last; k++) {
    if (SPORTS.has(tokens[k].lower)) sports++;
    if (FILM.has(tokens[k].lower)) film++;
  }
  if (sports >= 2) return 'sports';
  if (film >= 2) return 'entertainment';
  return null;
}
