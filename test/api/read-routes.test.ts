import { describe, expect, it } from 'vitest';
import { postJson, setup } from './api-helpers.ts';

describe('api: read routes', () => {
  it('GET / describes the API as JSON, not HTML', async () => {
    const { app } = await setup();
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.message).toMatch(/dashboard is not built/);
    expect(body.routes).toContain('GET /health');
    expect(body.openapi).toBe('/api/openapi.json');
  });

  it('GET /health', async () => {
    const { app } = await setup();
    expect(await (await app.request('/health')).json()).toEqual({ status: 'ok' });
  });

  it.each([
    ['/'],
    ['/health'],
    ['/events?limit=abc'],
    ['/nope'],
    ['/export.csv'],
    ['/code'],
  ])('security headers on %s', async (path) => {
    const { app } = await setup();
    const res = await app.request(path, path === '/code' ? postJson('{') : undefined);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('GET /events lists with filters and pages with the cursor', async () => {
    const { app } = await setup();
    const all = await (await app.request('/events')).json();
    expect(all.events.map((e: { id: string }) => e.id)).toEqual(['a1:e0', 'a1:e1', 'a2:e0']);
    expect(all.nextCursor).toBeNull();
    const first = await (await app.request('/events?limit=2')).json();
    const rest = await (await app.request(`/events?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)).json();
    expect([...first.events, ...rest.events]).toEqual(all.events);
    const filtered = await (await app.request('/events?actor=BLRC&cameo=19&quadClass=4&from=2020-08-01&to=2020-08-31&q=protesters')).json();
    expect(filtered.events.map((e: { id: string }) => e.id)).toEqual(['a1:e1']);
    expect(filtered.events[0]).toMatchObject({ article_id: 'a1', article_url: 'https://example.org/a1', cameo: '190' });
  });

  it.each([
    ['limit is not a number', '/events?limit=abc', 'limit'],
    ['limit above the maximum', '/events?limit=5000', 'limit'],
    ['limit zero', '/events?limit=0', 'limit'],
    ['quadClass out of range', '/events?quadClass=7', 'quadClass'],
    ['bad date', '/events?from=2020-13-45', 'from'],
    ['date-ish text', '/events?to=yesterday', 'to'],
    ['cameo with letters', '/events?cameo=19a', 'cameo'],
    ['SQL in an actor code', "/events?actor=RUS'%20OR%201=1--", 'actor'],
    ['unknown modality', '/events?modality=maybe', 'modality'],
    ['unknown parameter', '/events?quad_class=1', ''],
    ['filters on aggregates too', '/aggregates/daily?from=nope', 'from'],
    ['filters on exports too', '/export.csv?cameo=x', 'cameo'],
  ])('400 when %s', async (_name, path, field) => {
    const { app } = await setup();
    const res = await app.request(path);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('E_BAD_REQUEST');
    expect(body.error.details.map((d: { path: string }) => d.path)).toContain(field);
  });

  it('400 with a stable code for a forged cursor', async () => {
    const { app } = await setup();
    const res = await app.request('/events?cursor=not-a-cursor');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('E_BAD_REQUEST');
  });

  it('SQL-looking full-text queries are data', async () => {
    const { app, store } = await setup();
    const res = await app.request(`/events?q=${encodeURIComponent("'); DROP TABLE events; --")}`);
    expect(res.status).toBe(200);
    expect((await store.stats()).events).toBe(3);
  });

  it('GET /events/:id and /articles/:id, 404 for unknown ids', async () => {
    const { app } = await setup();
    const event = await (await app.request('/events/a1%3Ae1')).json();
    expect(event).toMatchObject({ id: 'a1:e1', article_id: 'a1', cameo: '190' });
    const article = await (await app.request('/articles/a1')).json();
    expect(article.events).toHaveLength(2);
    expect(article.mentions).toHaveLength(2);
    for (const path of ['/events/nope', '/articles/nope', '/no/such/route']) {
      const res = await app.request(path);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('E_NOT_FOUND');
    }
  });

  it('GET /stats and /aggregates/daily', async () => {
    const { app } = await setup();
    expect(await (await app.request('/stats')).json()).toEqual({ articles: 2, events: 3 });
    const daily = await (await app.request('/aggregates/daily?actor=BLR')).json();
    expect(daily.counts).toEqual([
      { day: '2020-08-14', quad_class: 1, n: 1 },
      { day: '2020-08-15', quad_class: 4, n: 1 },
      { day: '2020-08-16', quad_class: 3, n: 1 },
    ]);
  });

  it('a store failure is a 500 with no internals, reported to the log', async () => {
    const { app, store, errors } = await setup();
    await store.close();
    const res = await app.request('/stats');
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toEqual({ error: { code: 'E_INTERNAL', message: 'an internal error' } });
    expect(errors).toHaveLength(1);
  });
});
