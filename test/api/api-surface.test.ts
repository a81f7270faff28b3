import { describe, expect, it } from 'vitest';
import { postJson, setup } from './api-helpers.ts';

describe('api: one surface under /api and at the old paths, described by /openapi.json', () => {
  it.each([
    ['/health'],
    ['/stats'],
    ['/events?limit=2'],
    ['/events/a1%3Ae0'],
    ['/articles'],
    ['/articles/a1'],
    ['/actors'],
    ['/actors/RUS'],
    ['/aggregates/daily'],
    ['/aggregates/counts?period=week'],
    ['/aggregates/goldstein'],
    ['/aggregates/dyads'],
    ['/aggregates/places'],
    ['/export.jsonl'],
    ['/export.csv'],
    ['/export.gdelt'],
    ['/openapi.json'],
  ])('GET %s answers the same with and without /api', async (path) => {
    const { app } = await setup();
    const [a, b] = await Promise.all([app.request(`/api${path}`), app.request(path)]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(await a.text()).toBe(await b.text());
  });

  it('POST /api/code works like POST /code', async () => {
    const { app } = await setup();
    const res = await app.request('/api/code', postJson({ id: 'c1', text: 'Russia offered help.' }));
    expect(res.status).toBe(200);
    expect((await res.json()).id).toBe('c1');
  });

  it('every route of the app is in the OpenAPI document, and every documented path is routed', async () => {
    const { app } = await setup();
    const doc = await (await app.request('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\.1/);
    const documented = new Set(
      Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)),
    );
    const routed = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path.slice(4).replace(/:(\w+)/g, '{$1}')}`),
    );
    expect([...routed].sort()).toEqual([...documented].sort());
  });

  it('the document lists every event filter as a query parameter of /events', async () => {
    const { app } = await setup();
    const doc = await (await app.request('/openapi.json')).json();
    const names = doc.paths['/events'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['from', 'to', 'actor', 'source', 'target', 'cameo', 'root', 'quadClass', 'modality', 'claimedBy', 'country', 'place', 'bbox', 'q', 'limit', 'cursor']));
  });

  it('GET /api describes the API', async () => {
    const { app } = await setup();
    const body = await (await app.request('/api')).json();
    expect(body.routes).toEqual(expect.arrayContaining(['GET /events/:id', 'POST /ingest', 'GET /openapi.json']));
  });

  it('every response carries a strict Content-Security-Policy', async () => {
    const { app } = await setup();
    const csp = (await app.request('/api/health')).headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "require-trusted-types-for 'script'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });
});
