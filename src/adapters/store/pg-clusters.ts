// Event clustering on PostgreSQL: the same rules as sqlite-clusters.ts (ingest/cluster-key.ts), with
// the candidates of all an article's events fetched in one query. Runs inside the ingest lock.
import type { PoolClient } from 'pg';
import type { EventRecord } from '../../core/types.ts';
import { actorBlocks, type ClusterKey, clusterKey, dayWindow, matchScore, sameEvent } from '../../ingest/cluster-key.ts';
import { type ClusterCopy, type ClusterText, clusterCounts } from './cluster-counts.ts';
import type { Cluster, ClusterReport } from './ingest-types.ts';

interface ClusterRow extends ClusterKey {
  id: string;
}

const COLS = 'id, root, day, source_code AS source, target_code AS target, country, place, lat, lon';

export async function pgClustersOf(client: PoolClient, articleId: string): Promise<string[]> {
  const r = await client.query<{ cluster_id: string }>('SELECT DISTINCT cluster_id FROM events WHERE article_id = $1 AND cluster_id IS NOT NULL', [articleId]);
  return r.rows.map((x) => x.cluster_id);
}

export async function pgAssign(client: PoolClient, articleId: string, events: readonly EventRecord[]): Promise<string[]> {
  const pendingRows = await client.query<{ id: string }>('SELECT id FROM events WHERE article_id = $1 AND cluster_id IS NULL', [articleId]);
  const pending = new Set(pendingRows.rows.map((r) => r.id));
  const todo = events.filter((e) => pending.has(e.id)).map((e) => ({ e, k: clusterKey(e) }));
  if (todo.length === 0) return [];
  // every candidate for every event of the article in one round trip
  const conds: string[] = [];
  const params: unknown[] = [];
  for (const { k } of todo) {
    if (k.day === '') continue;
    const [lo, hi] = dayWindow(k.day);
    const b = actorBlocks(k);
    if (b.source) {
      params.push(k.root, b.source, lo, hi);
      conds.push(`(root = $${params.length - 3} AND src_block = $${params.length - 2} AND day >= $${params.length - 1} AND day <= $${params.length})`);
    }
    if (b.target) {
      params.push(k.root, b.target, lo, hi);
      conds.push(`(root = $${params.length - 3} AND tgt_block = $${params.length - 2} AND day >= $${params.length - 1} AND day <= $${params.length})`);
    }
  }
  const found: ClusterRow[] = conds.length ? (await client.query<ClusterRow>(`SELECT ${COLS} FROM clusters WHERE ${conds.join(' OR ')}`, params)).rows : [];
  const touched: string[] = [];
  const created: ClusterRow[] = [];
  const earlier = new Map<string, string>();
  for (const { e, k } of todo) {
    let best: ClusterRow | null = null;
    for (const c of found) if (sameEvent(k, c) && (!best || matchScore(k, c) > matchScore(k, best))) best = c;
    if (best) {
      if (k.day && best.day && k.day < best.day && (earlier.get(best.id) ?? best.day) > k.day) earlier.set(best.id, k.day);
      touched.push(best.id);
    } else {
      const row = { id: e.id, ...k };
      created.push(row);
      // a later event of the same article may join the cluster it starts
      found.push(row);
      touched.push(e.id);
    }
  }
  // three statements for the whole article, whatever its number of events
  if (created.length) {
    const cols = (f: (r: ClusterRow) => unknown) => created.map(f);
    await client.query(
      `INSERT INTO clusters (id, root, day, source_code, target_code, src_block, tgt_block, country, place, lat, lon)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::float8[], $11::float8[])
       ON CONFLICT (id) DO NOTHING`,
      [
        cols((r) => r.id), cols((r) => r.root), cols((r) => r.day), cols((r) => r.source), cols((r) => r.target),
        cols((r) => actorBlocks(r).source), cols((r) => actorBlocks(r).target), cols((r) => r.country), cols((r) => r.place), cols((r) => r.lat), cols((r) => r.lon),
      ],
    );
  }
  if (earlier.size) await client.query('UPDATE clusters c SET day = u.day FROM unnest($1::text[], $2::text[]) AS u(id, day) WHERE c.id = u.id', [[...earlier.keys()], [...earlier.values()]]);
  await client.query('UPDATE events e SET cluster_id = u.cluster FROM unnest($1::text[], $2::text[]) AS u(id, cluster) WHERE e.id = u.id', [todo.map((t) => t.e.id), touched]);
  return touched;
}

async function parts(client: PoolClient, id: string): Promise<{ texts: ClusterText[]; copies: ClusterCopy[] }> {
  const texts = await client.query<ClusterText>(
    `SELECT e.article_id, count(*)::int AS mentions, coalesce(a.source_key, 'article:' || a.id) AS source_key, a.outlet, a.url, a.published
     FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = $1 GROUP BY e.article_id, a.id`,
    [id],
  );
  const copies = await client.query<ClusterCopy>(
    'SELECT c.id, c.article_id, c.outlet, c.url, c.published FROM article_copies c WHERE c.article_id IN (SELECT DISTINCT article_id FROM events WHERE cluster_id = $1)',
    [id],
  );
  return { texts: texts.rows, copies: copies.rows };
}

/**
 * Recounts the touched clusters in two statements: the counts of cluster-counts.ts written in SQL
 * (mentions × (1 + copies), articles, distinct source keys of the texts); empty clusters go.
 */
export async function pgRecount(client: PoolClient, ids: Iterable<string>): Promise<void> {
  const list = [...new Set(ids)];
  if (list.length === 0) return;
  await client.query(
    `WITH texts AS (
       SELECT e.cluster_id, e.article_id, count(*) AS mentions, coalesce(a.source_key, 'article:' || a.id) AS source_key,
         (SELECT count(*) FROM article_copies c WHERE c.article_id = e.article_id) AS copies
       FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ANY($1::text[]) GROUP BY e.cluster_id, e.article_id, a.id
     ), sums AS (
       SELECT cluster_id, sum(mentions * (1 + copies))::int AS m, sum(1 + copies)::int AS n, count(DISTINCT source_key)::int AS s FROM texts GROUP BY cluster_id
     )
     UPDATE clusters c SET num_mentions = sums.m, num_articles = sums.n, num_sources = sums.s FROM sums WHERE c.id = sums.cluster_id`,
    [list],
  );
  await client.query('DELETE FROM clusters c WHERE c.id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM events e WHERE e.cluster_id = c.id)', [list]);
}

export async function pgGetCluster(client: PoolClient, id: string): Promise<Cluster | null> {
  const row = await client.query<{ id: string; root: string; day: string; source_code: string | null; target_code: string | null; country: string | null }>(
    'SELECT id, root, day, source_code, target_code, country FROM clusters WHERE id = $1',
    [id],
  );
  if (!row.rows[0]) return null;
  const { texts, copies } = await parts(client, id);
  const c = clusterCounts(texts, copies);
  const reports = await client.query<ClusterReport>("SELECT id AS event_id, article_id, cameo, nullif(day, '') AS date, evidence FROM events WHERE cluster_id = $1 ORDER BY day, id", [id]);
  return { ...row.rows[0], num_mentions: c.num_mentions, num_articles: c.num_articles, num_sources: c.num_sources, first_reporter: c.articles[0] ?? null, reports: reports.rows, articles: c.articles };
}
