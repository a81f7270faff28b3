import type { Mention } from '../../core/types.ts';
import type { SentenceContext } from './assign-actors.ts';
import type { Trigger } from './find-triggers.ts';

// Codes for acts done together: meetings, talks, agreements, ceasefires.
const SYMMETRIC = /^(04[0-6]|057|0871|03[0-9]?|06[0-2])/;

export function symmetricCode(cameo: string): boolean {
  return SYMMETRIC.test(cameo) && !cameo.startsWith('045');
}

/** "Russia has told Lukashenko it is ready to offer military help": the one told is the recipient. */
export function recipientOfTell(c: SentenceContext, tr: Trigger): Mention | null {
  for (let k = tr.first - 1; k >= c.s.first; k--) {
    if (c.tokens[k].lemma === 'tell' || c.tokens[k].lemma === 'assure' || c.tokens[k].lemma === 'inform') {
      return c.mentions.find((m) => m.first > k && m.first <= k + 2) ?? null;
    }
  }
  return null;
}
