// What the API takes from the coder: coding, coding with the decision trail, the fingerprint.
import type { ApiOptions } from '../api/index.ts';
import type { Coder } from '../create-coder.ts';
import { explainTrail } from '../explain-trail.ts';
import { toCodedArticle } from '../to-coded-article.ts';

export function coderApiOptions(coder: Coder): Pick<ApiOptions, 'code' | 'explain' | 'pipeline'> {
  return {
    code: coder.code,
    explain: (input) => {
      const doc = coder.analyse(input);
      return { article: toCodedArticle(doc), explain: explainTrail(doc) };
    },
    pipeline: coder.fingerprint,
  };
}
