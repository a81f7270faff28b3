import type { Sentence, Token } from '../../core/types.ts';
import { wordFlags } from '../../core/word-flags.ts';

// Sentences that report no political event however many event verbs they contain: bylines, credits,
// and the lists of other stories' headlines a page puts under a story ("Related stories: 30 killed
// in village clash; minister visits riot-hit areas"). Read at the sentence's start (sticky, from s.start).
const BOILERPLATE = /\s*(by [A-Z][\w.'-]+( [A-Z][\w.'-]+)*,|reporting by|additional reporting|editing by|writing by|compiled by|photo:|image:|file photo|read more|click here|subscribe|sign up|follow us|related:|related stories|related articles|more stories|also read|see also|top stories|most read|full coverage|copyright|all rights reserved|\(reporting)/iy;
const SCORE = /\b\d{1,2}\s?[-–]\s?\d{1,2}\b(?!\s?(year|month|day|percent|%))/;
// words only sport uses (not "league", "premier" or "striker": the Arab League, China's premier, a hunger striker): one of them (or a score) makes a sentence a sports report when a second signal joins it
const SPORT_ONLY = new Set([
  'midfielder', 'goalkeeper', 'playoff', 'playoffs', 'inning', 'innings', 'wicket', 'wickets', 'touchdown', 'quarterback',
  'halftime', 'half-time', 'semifinal', 'semi-final', 'semifinals', 'semi-finals', 'quarterfinal', 'quarter-final', 'olympics',
  'olympic', 'nba', 'nfl', 'fifa', 'uefa', 'scoreline', 'tournament', 'championship', 'chess', 'tennis', 'football', 'soccer',
  'cricket', 'rugby', 'golf', 'basketball', 'baseball', 'hockey', 'athlete', 'athletes', 'relegation', 'grandmaster', 'fixture',
]);
// words sport shares with politics and war ("won a victory", "the final assault"): a second signal only
const SPORT_TOO = new Set([
  'match', 'goal', 'goals', 'score', 'scored', 'cup', 'coach', 'season', 'stadium', 'final', 'penalty', 'medal', 'grand', 'slam',
  'team', 'teams', 'squad', 'win', 'wins', 'won', 'victory', 'defeat', 'draw', 'beat', 'edge', 'champion', 'champions', 'league', 'premier',
  'fc', 'derby', 'striker', 'defender', 'referee', 'podium',
]);
// what happens around a game rather than in it, and the state dealing with sport: "police fired tear gas at
// football fans who rioted after the match", "the government banned the football federation from tournaments"
const INCIDENT = new Set([
  'police', 'riot', 'protest', 'arrest', 'kill', 'injure', 'stab', 'bomb', 'teargas', 'tear-gas', 'hooligan', 'hooligans',
  'government', 'minister', 'parliament', 'court', 'army', 'ban', 'sanction', 'boycott',
]);
const FILM = new Set(['film', 'movie', 'album', 'novel', 'episode', 'premiere', 'box-office', 'actor', 'actress', 'starring', 'sequel', 'box']);

// one lookup per token for the three lists
const NOISE_WORDS = wordFlags(SPORT_ONLY, SPORT_TOO, FILM);
const IS_SPORT_ONLY = 1;
const IS_SPORT_TOO = 2;
const IS_FILM = 4;

export type NoiseKind = 'boilerplate' | 'sports' | 'entertainment' | null;

/**
 * Sports reports ("beat Barcelona 3-1", "won the chess match"), reviews and wire boilerplate are not
 * political events. A sentence is sport when it has a word only sport uses (or a score) and one more
 * sports word: "Government forces won a decisive victory" has two shared words and stays, and so does
 * what police or rioters do around a game.
 */
export function noiseKind(tokens: readonly Token[], s: Sentence, text: string): NoiseKind {
  BOILERPLATE.lastIndex = s.start;
  if (BOILERPLATE.test(text) && BOILERPLATE.lastIndex <= s.end) return 'boilerplate';
  let only = 0;
  let too = 0;
  let film = 0;
  for (let k = s.first; k < s.last; k++) {
    const f = NOISE_WORDS.get(tokens[k].lower);
    if (f === undefined) continue;
    if (f & IS_SPORT_ONLY) only++;
    else if (f & IS_SPORT_TOO) too++;
    if (f & IS_FILM) film++;
  }
  // most sentences have no sports word at all: the score and what happens around a game are read only when one could matter
  if (only + too >= 1) {
    if (SCORE.test(text.slice(s.start, s.end))) only++;
    if (only >= 1 && only + too >= 2 && !aroundTheGame(tokens, s)) return 'sports';
  }
  if (film >= 2) return 'entertainment';
  return null;
}

function aroundTheGame(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.first; k < s.last; k++) if (INCIDENT.has(tokens[k].lower) || INCIDENT.has(tokens[k].lemma)) return true;
  return false;
}
