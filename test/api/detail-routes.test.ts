import { describe, expect, it } from 'vitest';
import type { ExplainArticle } from '../../src/apps/api/index.ts';
import { explainTrail } from '../../src/apps/explain-trail.ts';
import type { ArticleDoc } from '../../src/core/types.ts';
import { fakeCode } from './api-helpers.ts';
import { setupRich } from './rich-fixture.ts';

/** A fake explain: one sentence per stored article, with an event line for each coded event. */
const fakeExplain: ExplainArticle = (input) => {
  const article = fakeCode(input);
  const doc: ArticleDoc = {
    meta: { id: article.id, published: article.published },
    text: article.text,
    messages: [],
    layers: {
      sentences: [{ index: 0, start: 0, end: article.text.length, first: 0, last: 0 }],
      tokens: [],
      events: [{ ...article.events[0], id: 'r1:e1', sentence: 0 }],
    },
  };
  return { article, explain: explainTrail(doc) };
};

describe('api: one event, articles, actors', () => {
  it('GET /events/:id adds the article summary and the cluster', async () => {
    const { app } = await setupRich();
    const body = await (await app.request('/api/events/r1%3Ae1')).json();
    expect(body).toMatchObject({
      id: 'r1:e1',
      cameo: '190',
      evidence: { text: 'Sentence 1 of r1.' },
      claim: { by: { code: 'USAGOV' } },
      article: { id: 'r1', title: 'Title r1', url: 'https://example.org/r1', outlet: 'Example News', published: '2020-08-16' },
    });
    expect(body.cluster).toMatchObject({ id: body.cluster_id });
    expect(await (await app.request(`/api/clusters/${encodeURIComponent(body.cluster_id)}`)).json()).toEqual(body.cluster);
    expect(body.explain).toBeUndefined();
  });

  it('GET /events/:id?explain=true recomputes the trail of its sentence', async () => {
    const { app } = await setupRich({ explain: fakeExplain, pipeline: 'dyad@0.1.0+test' });
    const body = await (await app.request('/api/events/r1%3Ae1?explain=true')).json();
    expect(body.explain.samePipeline).toBe(true);
    expect(body.explain.sentence.index).toBe(0);
    expect(body.explain.sentence.lines.find((l: { kind: string }) => l.kind === 'event')).toMatchObject({ event: 'r1:e1' });
  });

  it.each([
    ['explain without a pipeline', '/api/events/r1%3Ae1?explain=1', 501, 'E_NOT_CONFIGURED'],
    ['article explain without a pipeline', '/api/articles/r1?explain=true', 501, 'E_NOT_CONFIGURED'],
    ['explain=yes', '/api/events/r1%3Ae1?explain=yes', 400, 'E_BAD_REQUEST'],
    ['an unknown option', '/api/events/r1%3Ae1?expand=all', 400, 'E_BAD_REQUEST'],
    ['an id of 600 characters', `/api/events/${'x'.repeat(600)}`, 400, 'E_BAD_REQUEST'],
    ['an unknown event', '/api/events/nope', 404, 'E_NOT_FOUND'],
    ['an unknown cluster', '/api/clusters/nope', 404, 'E_NOT_FOUND'],
    ['an unknown article', '/api/articles/nope', 404, 'E_NOT_FOUND'],
    ['an article id of 600 characters', `/api/articles/${'x'.repeat(600)}`, 400, 'E_BAD_REQUEST'],
    ['an actor code with digits', '/api/actors/RUS1', 400, 'E_BAD_REQUEST'],
    ['an unknown actor', '/api/actors/XYZ', 404, 'E_NOT_FOUND'],
    ['a forged article cursor', '/api/articles?cursor=abc', 400, 'E_BAD_REQUEST'],
    ['an article limit of zero', '/api/articles?limit=0', 400, 'E_BAD_REQUEST'],
    ['article filters that do not exist', '/api/articles?country=BLR', 400, 'E_BAD_REQUEST'],
    ['an actor prefix with SQL', "/api/actors?prefix=R'--", 400, 'E_BAD_REQUEST'],
    ['too many actors', '/api/actors?limit=1001', 400, 'E_BAD_REQUEST'],
  ])('%s: %s is %i', async (_name, path, status, code) => {
    const { app } = await setupRich();
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
  });

  it('GET /articles/:id has the text and every layer; explain=true adds the trail', async () => {
    const { app } = await setupRich({ explain: fakeExplain });
    const article = await (await app.request('/api/articles/r1')).json();
    expect(Object.keys(article)).toEqual(expect.arrayContaining(['text', 'sentences', 'mentions', 'attributions', 'events', 'messages']));
    expect(article.events).toHaveLength(3);
    const explained = await (await app.request('/api/articles/r1?explain=true')).json();
    expect(explained.explain.sentences).toHaveLength(1);
  });

  it('GET /articles pages through summaries in id order', async () => {
    const { app } = await setupRich();
    const first = await (await app.request('/api/articles?limit=1')).json();
    expect(first.articles).toEqual([
      { id: 'r1', published: '2020-08-16', title: 'Title r1', url: 'https://example.org/r1', outlet: 'Example News', events: 3 },
    ]);
    const second = await (await app.request(`/api/articles?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.articles.map((a: { id: string }) => a.id)).toEqual(['r2']);
    expect(second.nextCursor).toBeNull();
  });

  it.each([
    ['all actors, most frequent first', '', ['RUS', 'BLRGOV', 'BLRCOP', 'BLRCVL', 'FJI']],
    ['by prefix', '?prefix=BLR', ['BLRGOV', 'BLRCOP', 'BLRCVL']],
    ['with an event filter', '?country=USA', ['RUS', 'USAGOV']],
  ])('GET /actors %s', async (_name, query, codes) => {
    const { app } = await setupRich();
    const body = await (await app.request(`/api/actors${query}${query ? '&' : '?'}limit=5`)).json();
    expect(body.actors.map((a: { code: string }) => a.code)).toEqual(codes);
  });

  it('GET /actors/:code counts both sides and lists names and partners', async () => {
    const { app } = await setupRich();
    const body = await (await app.request('/api/actors/RUS')).json();
    expect(body).toMatchObject({ code: 'RUS', asSource: 2, asTarget: 1, n: 3, names: [{ text: 'Russia', n: 2 }, { text: 'Alexander Lukashenko', n: 1 }] });
    expect(body.partners.asSource).toEqual([{ source: 'RUS', target: 'BLRGOV', n: 2, goldstein: 3.8 }, { source: 'RUSMIL', target: 'UKR', n: 1, goldstein: -10 }]);
    expect(body.partners.asTarget).toEqual([{ source: 'USAGOV', target: 'RUS', n: 1, goldstein: -2 }]);
  });
});
