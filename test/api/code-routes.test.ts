import { describe, expect, it } from 'vitest';
import { postJson, setup, TOKEN } from './api-helpers.ts';

const auth = { Authorization: `Bearer ${TOKEN}` };

describe('api: POST /code', () => {
  it('codes an article and returns it as JSON', async () => {
    const { app, store } = await setup();
    const res = await app.request('/code', postJson({ id: 'c1', text: 'Russia offered help.', published: '2020-08-16' }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ id: 'c1', published: '2020-08-16' });
    expect(body.events[0].evidence.text).toBe('Russia offered help.');
    expect(await store.hasArticle('c1')).toBe(false);
  });

  it('returns script tags in posted text as escaped JSON data, never markup', async () => {
    const { app } = await setup();
    const text = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const res = await app.request('/code', postJson({ text }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const raw = await res.text();
    expect(raw).not.toMatch(/[<>]/);
    expect(raw).toContain('\\u003cscript\\u003e');
    expect(JSON.parse(raw).text).toBe(text);
  });

  it.each([
    ['text is a number', { text: 42 }, 'E_INPUT_SHAPE'],
    ['text missing', { title: 'x' }, 'E_INPUT_SHAPE'],
    ['body is an array', [{ text: 'x' }], 'E_INPUT_SHAPE'],
    ['published is an object', { text: 'x', published: { d: 1 } }, 'E_INPUT_SHAPE'],
    ['id is empty', { text: 'x', id: '' }, 'E_INPUT_SHAPE'],
    ['text is blank', { text: '  \n ' }, 'E_INPUT_EMPTY'],
    ['not JSON', '{"text": ', 'E_INPUT_JSON'],
    ['empty body', '', 'E_INPUT_JSON'],
  ])('400 when %s', async (_name, body, code) => {
    const { app } = await setup();
    const res = await app.request('/code', postJson(body));
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe(code);
  });

  it.each([
    ['with Content-Length', true],
    ['streamed, no Content-Length', false],
  ])('413 for a body over 2 MB (%s)', async (_name, withLength) => {
    const { app } = await setup();
    const body = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) });
    const headers: Record<string, string> = withLength ? { 'Content-Length': String(Buffer.byteLength(body)) } : {};
    const res = await app.request('/code', postJson(body, headers));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('E_INPUT_TOO_LARGE');
  });

  it('a body just under the limit is accepted', async () => {
    const { app } = await setup({ maxBodyBytes: 1000 });
    expect((await app.request('/code', postJson({ text: 'y'.repeat(900) }))).status).toBe(200);
    expect((await app.request('/code', postJson({ text: 'y'.repeat(1000) }))).status).toBe(413);
  });

  it('501 when the server has no coder', async () => {
    const { app } = await setup({ code: undefined });
    const res = await app.request('/code', postJson({ text: 'x' }));
    expect(res.status).toBe(501);
    expect((await res.json()).error.code).toBe('E_NOT_CONFIGURED');
  });

  it('a coder that throws is a 500 without details', async () => {
    const { app, errors } = await setup({
      code: () => {
        throw new Error('secret internals at /home/x');
      },
    });
    const res = await app.request('/code', postJson({ text: 'x' }));
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('secret');
    expect(errors).toHaveLength(1);
  });
});

describe('api: POST /ingest', () => {
  it('codes and saves with a valid token; re-ingesting is idempotent', async () => {
    const { app, store } = await setup();
    const body = { id: 'i1', text: 'Belarus expelled diplomats.', published: '2020-09-01', url: 'https://n.example/i1' };
    const first = await app.request('/ingest', postJson(body, auth));
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ id: 'i1', inserted: true, events: 1 });
    const again = await app.request('/ingest', postJson(body, auth));
    expect(again.status).toBe(200);
    expect((await again.json()).inserted).toBe(false);
    expect(await store.stats()).toEqual({ articles: 3, events: 4 });
    const saved = await (await app.request('/articles/i1')).json();
    expect(saved.url).toBe('https://n.example/i1');
  });

  it.each([
    ['no header', {}],
    ['wrong token', { Authorization: 'Bearer nope' }],
    ['wrong scheme', { Authorization: `Basic ${TOKEN}` }],
    ['token as prefix', { Authorization: `Bearer ${TOKEN}x` }],
  ])('401 with %s', async (_name, headers) => {
    const { app, store } = await setup();
    const res = await app.request('/ingest', postJson({ text: 'x' }, headers));
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect((await res.json()).error.code).toBe('E_UNAUTHORIZED');
    expect((await store.stats()).articles).toBe(2);
  });

  it('403 when the server has no token configured, whatever is sent', async () => {
    const { app } = await setup({ token: undefined });
    const res = await app.request('/ingest', postJson({ text: 'x' }, auth));
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('E_FORBIDDEN');
  });

  it('checks the token before reading a huge body', async () => {
    const { app } = await setup();
    const res = await app.request('/ingest', postJson('x'.repeat(3 * 1024 * 1024)));
    expect(res.status).toBe(401);
  });

  it('validates the body after the token', async () => {
    const { app } = await setup();
    const res = await app.request('/ingest', postJson({ text: ['x'] }, auth));
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('E_INPUT_SHAPE');
  });
});
