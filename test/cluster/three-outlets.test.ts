// One event reported by three outlets in their own words, coded by the real pipeline: one cluster
// with three reports, three articles, three independent sources and the earliest as first reporter;
// a wire copy of one of them adds an article but not a source. The counts reach the GDELT export
// (NumMentions / NumSources / NumArticles) and the API (GET /clusters/:id, GET /events/:id).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/store/sqlite-store.ts';
import type { Store, StoredEvent } from '../../src/adapters/store/store.ts';
import { createApi } from '../../src/apps/api/index.ts';
import { inProcessPool } from '../../src/apps/ingest/code-pool.ts';
import { readSources } from '../../src/apps/ingest/read-sources.ts';
import { runIngest } from '../../src/apps/ingest/run-ingest.ts';
import { loadActorKinds } from '../../src/exports/actor-kinds.ts';
import { GDELT_COLUMNS } from '../../src/exports/gdelt-columns.ts';
import { gdeltExport } from '../../src/exports/gdelt-export.ts';
import { testCoder } from '../helpers/coder.ts';

const REPORTS = [
  { outlet: 'Minsk Herald', published: '2020-08-16T09:10:00Z', url: 'https://herald.example/minsk-detentions', text: 'MINSK - Belarusian riot police detained dozens of protesters in Minsk on Sunday, witnesses said, as crowds marched against President Alexander Lukashenko for a second weekend.' },
  { outlet: 'Baltic Courier', published: '2020-08-16T13:30:00Z', url: 'https://courier.example/belarus-arrests', text: 'Police in Belarus arrested scores of demonstrators in Minsk on Sunday after a rally against the disputed election result.' },
  { outlet: 'Rights Monitor', published: '2020-08-17T07:45:00Z', url: 'https://monitor.example/viasna-count', text: 'Belarusian police detained more than 100 protesters in Minsk on Sunday, the Viasna rights group said on Monday.' },
];
const COPY = { ...REPORTS[1], outlet: 'Wire Reprints', url: 'https://reprints.example/belarus' };

describe('clustering one event reported by three outlets', () => {
  let store: Store;
  let detention: StoredEvent[];
  beforeAll(async () => {
    store = openSqliteStore(':memory:');
    const jsonl = [...REPORTS, COPY].map((r) => JSON.stringify(r)).join('\n');
    const r = await runIngest(readSources(['-'], { stdin: () => jsonl }), { store, pool: inProcessPool(testCoder()) });
    expect(r).toMatchObject({ new: 3, copies: 1, bad: 0 });
    detention = (await store.queryEvents({ cameo: '17', limit: 100 })).events;
  });
  afterAll(() => store.close());

  it('puts the three detention reports in one cluster', () => {
    expect(detention).toHaveLength(3);
    expect(new Set(detention.map((e) => e.cluster_id)).size).toBe(1);
    for (const e of detention) expect(e).toMatchObject({ source: { code: 'BLRCOP' }, target: { code: 'BLRCVL' }, date: '2020-08-16' });
  });

  it('counts reports, articles (the copy included), independent sources and the first reporter', async () => {
    const c = await store.getCluster(detention[0].cluster_id!);
    expect(c).toMatchObject({ root: '17', day: '2020-08-16', num_mentions: 4, num_articles: 4, num_sources: 3 });
    expect(c?.reports).toHaveLength(3);
    expect(c?.first_reporter).toMatchObject({ outlet: 'Minsk Herald', url: 'https://herald.example/minsk-detentions' });
    expect(c?.articles.map((a) => [a.outlet, a.copy_of !== null])).toEqual([
      ['Minsk Herald', false],
      ['Baltic Courier', false],
      ['Wire Reprints', true],
      ['Rights Monitor', false],
    ]);
    for (const e of detention) expect(e).toMatchObject({ num_mentions: 4, num_articles: 4, num_sources: 3 });
  });

  it('writes the counts into the GDELT export', async () => {
    const lines: string[] = [];
    await gdeltExport(store.iterateEvents({ cameo: '17' }), (l) => void lines.push(l), { actorKinds: loadActorKinds(), now: new Date('2020-08-18T00:00:00Z') });
    const rows = lines.join('').trim().split('\n').map((l) => l.split('\t'));
    const col = (name: string) => GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number]);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toHaveLength(61);
      expect([row[col('NumMentions')], row[col('NumSources')], row[col('NumArticles')]]).toEqual(['4', '3', '4']);
    }
  });

  it('serves the cluster over the API', async () => {
    const app = createApi({ store, log: () => {} });
    const id = detention[0].cluster_id!;
    const res = await app.request(`/api/clusters/${encodeURIComponent(id)}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id, num_articles: 4, num_sources: 3, first_reporter: { outlet: 'Minsk Herald' } });
    const event = await (await app.request(`/api/events/${encodeURIComponent(detention[2].id)}`)).json();
    expect(event).toMatchObject({ cluster_id: id, num_sources: 3, cluster: { id, num_mentions: 4 } });
    expect((await app.request('/api/clusters/no-such-cluster')).status).toBe(404);
  });
});
