import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setup } from './api-helpers.ts';

describe('api: the dashboard is served beside the API', () => {
  let webRoot: string;
  beforeAll(() => {
    webRoot = mkdtempSync(join(tmpdir(), 'dyad-webroot-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Dyad</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(webRoot, 'secret.txt'), 'not an asset');
  });
  afterAll(() => rmSync(webRoot, { recursive: true, force: true }));

  it('GET / is the dashboard page, revalidated, under the strict CSP', async () => {
    const { app } = await setup({ webRoot });
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('/assets/app.js');
  });

  it('GET /assets/* serves the hashed files, cached for good', async () => {
    const { app } = await setup({ webRoot });
    const res = await app.request('/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toMatch(/immutable/);
  });

  it.each([
    ['a missing asset', '/assets/nope.js'],
    ['a dot-dot path', '/assets/../secret.txt'],
    ['an encoded dot-dot path', '/assets/%2e%2e/secret.txt'],
    ['an encoded slash', '/assets/..%2fsecret.txt'],
    ['a file outside assets', '/secret.txt'],
    ['a file of the server', '/assets/../../package.json'],
  ])('404 JSON for %s', async (_name, path) => {
    const { app } = await setup({ webRoot });
    const res = await app.request(path);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('E_NOT_FOUND');
  });

  it('the API keeps its JSON routes, with and without /api', async () => {
    const { app } = await setup({ webRoot });
    for (const path of ['/api', '/api/stats', '/stats', '/events']) {
      const res = await app.request(path);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
    }
  });

  it('a webRoot without a build falls back to the JSON description at /', async () => {
    const { app } = await setup({ webRoot: join(webRoot, 'assets') });
    expect((await app.request('/')).headers.get('content-type')).toMatch(/^application\/json/);
  });
});
