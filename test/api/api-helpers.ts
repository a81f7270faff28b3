// Builds an API over an in-memory store with a fake coder (no model, no dictionaries).
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import type { Store } from '../../src/adapters/store/store.ts';
import { type ApiOptions, createApi } from '../../src/apps/api/index.ts';
import { contentId } from '../../src/core/pipeline.ts';
import type { ArticleInput, CodedArticle } from '../../src/core/types.ts';
import { makeArticle } from '../store/fixtures.ts';

/** Codes any text as one 042 event whose evidence is the text itself. */
export function fakeCode(input: ArticleInput): CodedArticle {
  const id = input.id ?? contentId(input.text);
  return makeArticle(id, [{ n: 0, evidence: input.text, date: input.published ?? null }], {
    text: input.text,
    published: input.published ?? null,
    url: input.url,
  });
}

export const TOKEN = 's3cret-token';

export async function setup(opts: Partial<ApiOptions> = {}) {
  const store: Store = openSqliteStore(':memory:');
  await store.saveArticle(
    makeArticle('a1', [
      { n: 0, cameo: '0332', date: '2020-08-14', evidence: 'Russia offered military assistance.' },
      { n: 1, cameo: '190', source: 'BLRCOP', target: 'BLRCVL', date: '2020-08-15', evidence: 'Police fired at protesters, "hard".' },
    ]),
    'p1',
  );
  await store.saveArticle(makeArticle('a2', [{ n: 0, cameo: '111', source: 'USAGOV', date: '2020-08-16' }]), 'p1');
  const errors: unknown[] = [];
  const app = createApi({ store, code: fakeCode, token: TOKEN, log: (e) => errors.push(e), ...opts });
  return { app, store, errors };
}

export const postJson = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
