import { describe, expect, it } from 'vitest';
import type { ExplainArticle } from '../../src/apps/api/index.ts';
import { fakeCode, postJson, setup, TOKEN } from './api-helpers.ts';

const auth = { Authorization: `Bearer ${TOKEN}` };
const fakeExplain: ExplainArticle = (input) => ({
  article: fakeCode(input),
  explain: { id: 'x', published: null, focus: null, sentences: [{ index: 0, start: 0, end: input.text.length, text: input.text, lines: [{ kind: 'note', text: 'explained' }] }] },
});

describe('api: POST /code?explain and POST /ingest {url}', () => {
  it('POST /code?explain=true returns the article and its trail, script tags escaped', async () => {
    const { app } = await setup({ explain: fakeExplain });
    const text = 'Russia <script>alert(1)</script> offered help.';
    const res = await app.request('/api/code?explain=true', postJson({ text }));
    expect(res.status).toBe(200);
    const raw = await res.text();
    expect(raw).not.toMatch(/[<>]/);
    const body = JSON.parse(raw);
    expect(body.text).toBe(text);
    expect(body.explain.sentences[0].lines).toEqual([{ kind: 'note', text: 'explained' }]);
  });

  it.each([
    ['explain without a pipeline', '/api/code?explain=true', {}, { text: 'x' }, 501, 'E_NOT_CONFIGURED'],
    ['an unknown query option', '/api/code?save=1', {}, { text: 'x' }, 400, 'E_BAD_REQUEST'],
    ['a url to fetch without a fetcher', '/api/ingest', auth, { url: 'https://n.example/a' }, 501, 'E_NOT_CONFIGURED'],
    ['neither text nor url', '/api/ingest', auth, { title: 'x' }, 400, 'E_INPUT_SHAPE'],
    ['a javascript: url', '/api/ingest', auth, { url: 'javascript:alert(1)' }, 400, 'E_INPUT_SHAPE'],
    ['a file: url', '/api/ingest', auth, { url: 'file:///etc/passwd' }, 400, 'E_INPUT_SHAPE'],
    ['a url that is a number', '/api/ingest', auth, { url: 7 }, 400, 'E_INPUT_SHAPE'],
    ['blank text with a url', '/api/ingest', auth, { text: ' ', url: 'https://n.example/a' }, 400, 'E_INPUT_EMPTY'],
    ['no token', '/api/ingest', {}, { url: 'https://n.example/a' }, 401, 'E_UNAUTHORIZED'],
  ])('%s is %i', async (_name, path, headers, body, status, code) => {
    const { app } = await setup();
    const res = await app.request(path, postJson(body, headers));
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
  });

  it('POST /ingest {url} fetches, codes and saves; posted fields win over fetched ones', async () => {
    const fetched: string[] = [];
    const { app, store } = await setup({
      fetchArticle: async (url) => {
        fetched.push(url);
        return { text: 'Belarus expelled diplomats.', title: 'From the page', published: '2020-09-02', url };
      },
    });
    const res = await app.request('/api/ingest', postJson({ url: 'https://n.example/x', id: 'u1', title: 'Posted' }, auth));
    expect(res.status).toBe(201);
    expect(fetched).toEqual(['https://n.example/x']);
    const saved = await store.getArticle('u1');
    expect(saved).toMatchObject({ text: 'Belarus expelled diplomats.', published: '2020-09-02', url: 'https://n.example/x' });
  });

  it('a fetcher failure is a 500 without details', async () => {
    const { app, errors } = await setup({
      fetchArticle: async () => {
        throw new Error('ECONNREFUSED 10.0.0.1');
      },
    });
    const res = await app.request('/api/ingest', postJson({ url: 'https://n.example/x' }, auth));
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('10.0.0.1');
    expect(errors).toHaveLength(1);
  });
});
