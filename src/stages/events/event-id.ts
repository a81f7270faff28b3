import { createHash } from 'node:crypto';

/** Stable id of an event: the same article, sentence, actors and code always give the same id. */
export function eventId(articleId: string, sentence: number, source: string | null, target: string | null, cameo: string, rule: string): string {
  return createHash('sha256')
    .update([articleId, sentence, source ?? '', target ?? '', cameo, rule].join('\u0001'))
    .digest('hex')
    .slice(0, 20);
}
