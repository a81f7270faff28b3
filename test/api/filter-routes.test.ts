import { describe, expect, it } from 'vitest';
import { ids, setupRich } from './rich-fixture.ts';

describe('api: event filters', () => {
  it.each([
    ['country', 'country=BLR', ['r1:e0', 'r1:e1']],
    ['country, lower case', 'country=blr', ['r1:e0', 'r1:e1']],
    ['place, any case', 'place=MINSK', ['r1:e0', 'r1:e1']],
    ['claimed-by prefix', 'claimedBy=USA', ['r1:e1']],
    ['claimed-by full code', 'claimedBy=UKRGOV', ['r2:e0']],
    ['CAMEO root', 'root=19', ['r1:e1', 'r2:e0']],
    ['CAMEO code prefix', 'cameo=03', ['r1:e0']],
    ['bounding box', 'bbox=20,45,40,60', ['r1:e0', 'r1:e1', 'r2:e0']],
    ['bounding box across the antimeridian', 'bbox=170,-30,-170,0', ['r2:e1']],
    ['actor prefix on either side, undated first', 'actor=RUS', ['r2:e2', 'r1:e0', 'r1:e2', 'r2:e0']],
    ['source and target', 'source=RUS&target=BLR', ['r2:e2', 'r1:e0']],
    ['modality and country', 'modality=reported&country=UKR', ['r2:e0']],
    ['date range, inclusive', 'from=2020-08-17&to=2020-08-20', ['r1:e2', 'r2:e0']],
    ['quad class', 'quadClass=4', ['r1:e1', 'r2:e0']],
    ['no match', 'country=FRA', []],
  ])('%s: /events?%s', async (_name, query, expected) => {
    const { app } = await setupRich();
    const res = await app.request(`/api/events?${query}`);
    expect(res.status).toBe(200);
    expect(ids(await res.json())).toEqual(expected);
  });

  it.each([
    ['a bbox with three numbers', 'bbox=1,2,3', 'bbox'],
    ['a bbox with words', 'bbox=a,b,c,d', 'bbox'],
    ['a bbox upside down', 'bbox=0,50,10,40', 'bbox'],
    ['a bbox off the globe', 'bbox=200,0,10,10', 'bbox'],
    ['a country name', 'country=BELARUS', 'country'],
    ['a country with digits', 'country=B1R', 'country'],
    ['a one-digit root', 'root=1', 'root'],
    ['a full code as root', 'root=190', 'root'],
    ['claimedBy with digits', 'claimedBy=US1', 'claimedBy'],
    ['an empty place', 'place=', 'place'],
    ['a huge full-text query', `q=${'x'.repeat(501)}`, 'q'],
    ['an array of limits', 'limit=1&limit=2', 'limit'],
    ['SQL in claimedBy', `claimedBy=${encodeURIComponent("USA' OR '1'='1")}`, 'claimedBy'],
  ])('400 for %s', async (_name, query, field) => {
    const { app } = await setupRich();
    const res = await app.request(`/api/events?${query}`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('E_BAD_REQUEST');
    expect(body.error.details.map((d: { path: string }) => d.path)).toContain(field);
  });

  it.each([
    ['place', "place=x' OR '1'='1"],
    ['place with a statement', 'place=Minsk"; DROP TABLE events; --'],
    ['full text with FTS operators', 'q=minsk OR NEAR(a b) "unbalanced'],
    ['full text with a column filter', 'q=evidence:Russia*'],
  ])('SQL-looking %s is data, not SQL', async (_name, query) => {
    const { app, store } = await setupRich();
    const res = await app.request(`/api/events?${query.replace(/ /g, '%20').replace(/"/g, '%22')}`);
    expect(res.status).toBe(200);
    expect((await store.stats()).events).toBe(6);
  });

  it('a script tag in a filter comes back escaped, never as markup', async () => {
    const { app } = await setupRich();
    const res = await app.request(`/api/events?country=${encodeURIComponent('<script>')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/[<>]/);
  });

  it('pages through a filtered query with the cursor', async () => {
    const { app } = await setupRich();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/events?actor=RUS&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await (await app.request(url)).json();
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['r2:e2', 'r1:e0', 'r1:e2', 'r2:e0']);
  });
});
