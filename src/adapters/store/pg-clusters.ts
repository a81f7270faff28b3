// Event clustering on PostgreSQL: the same rules as sqlite-clusters.ts (ingest/cluster-key.ts), with
// the candidates of all a batch's events fetched in one query. Runs inside the ingest lock.
import type { PoolClient } from 'pg';
import type { EventRecord } from '../../core/types.ts';
import { actorBlocks, betterMatch, type ClusterKey, clusterKey, dayWindow, sameEvent } from '../../ingest/cluster-key.ts';
import { type ClusterCopy, type ClusterText, clusterCounts } from './cluster-counts.ts';
import type { Cluster, ClusterReport } from './ingest-types.ts';

interface ClusterRow extends ClusterKey {
  id: string;
}

/** Clusters the events of these articles are in now. */
export async function pgClustersOf(client: PoolClient, articleIds: readonly string[]): Promise<string[]> {
  if (articleIds.length === 0) return [];
  const r = await client.query<{ cluster_id: string }>('SELECT DISTINCT cluster_id FROM events WHERE article_id = ANY($1::text[]) AND cluster_id IS NOT NULL', [articleIds]);
  return r.rows.map((x) => x.cluster_id);
}

export interface Assigned {
  /** every cluster an event joined or started */
  readonly touched: Set<string>;
  /** clusters started here that nothing else joined: their default counts (1, 1, 1) are right if their article is new */
  readonly lonely: Map<string, string>;
}

const blockKey = (root: string, side: 's' | 't', block: string) => `${root}|${side}|${block}`;

/**
 * Puts every unclustered event of these articles (in this order, each article's events in order)
 * into the best compatible cluster, or starts one: five statements for the whole batch. Runs under
 * the ingest lock, so no other transaction assigns at the same time.
 */
export async function pgAssign(client: PoolClient, articles: readonly { id: string; events: readonly EventRecord[] }[]): Promise<Assigned> {
  const touched = new Set<string>();
  const lonely = new Map<string, string>();
  if (articles.length === 0) return { touched, lonely };
  const pendingRows = await client.query<{ id: string }>('SELECT id FROM events WHERE article_id = ANY($1::text[]) AND cluster_id IS NULL', [articles.map((a) => a.id)]);
  const pending = new Set(pendingRows.rows.map((r) => r.id));
  const todo: { e: EventRecord; k: ClusterKey; article: string }[] = [];
  for (const a of articles) for (const e of a.events) if (pending.delete(e.id)) todo.push({ e, k: clusterKey(e), article: a.id });
  if (todo.length === 0) return { touched, lonely };
  // every candidate of every event in two index lookups: (root, block, day window) on each side
  const side = (s: 's' | 't') => {
    const roots: string[] = [];
    const blocks: string[] = [];
    const lo: string[] = [];
    const hi: string[] = [];
    for (const { k } of todo) {
      const b = s === 's' ? actorBlocks(k).source : actorBlocks(k).target;
      if (k.day === '' || !b) continue;
      const [l, h] = dayWindow(k.day);
      roots.push(k.root);
      blocks.push(b);
      lo.push(l);
      hi.push(h);
    }
    return [roots, blocks, lo, hi];
  };
  const found = await client.query<ClusterRow>(
    `SELECT DISTINCT c.id, c.root, c.day, c.source_code AS source, c.target_code AS target, c.country, c.place, c.lat, c.lon FROM clusters c JOIN (
       SELECT k.root, k.block, min(k.lo) AS lo, max(k.hi) AS hi, k.side FROM (
         SELECT *, 's' AS side FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(root, block, lo, hi)
         UNION ALL SELECT *, 't' FROM unnest($5::text[], $6::text[], $7::text[], $8::text[]) AS v(root, block, lo, hi)
       ) k GROUP BY k.root, k.block, k.side
     ) w ON c.root = w.root AND c.day >= w.lo AND c.day <= w.hi AND ((w.side = 's' AND c.src_block = w.block) OR (w.side = 't' AND c.tgt_block = w.block))`,
    [...side('s'), ...side('t')],
  );
  // candidates by (root, side, block); clusters started in this batch join the index
  const index = new Map<string, ClusterRow[]>();
  const put = (c: ClusterRow) => {
    const b = actorBlocks(c);
    for (const key of [b.source && blockKey(c.root, 's', b.source), b.target && blockKey(c.root, 't', b.target)]) {
      if (!key) continue;
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
  };
  const seen = new Set<string>();
  for (const r of found.rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    put({ id: r.id, root: r.root, day: r.day, source: r.source, target: r.target, country: r.country, place: r.place, lat: r.lat, lon: r.lon });
  }
  const created: ClusterRow[] = [];
  const earlier = new Map<string, string>();
  const eventIds: string[] = [];
  const clusterIds: string[] = [];
  for (const { e, k, article } of todo) {
    let best: ClusterRow | null = null;
    const b = actorBlocks(k);
    const candidates = new Set([...(b.source ? (index.get(blockKey(k.root, 's', b.source)) ?? []) : []), ...(b.target ? (index.get(blockKey(k.root, 't', b.target)) ?? []) : [])]);
    for (const c of candidates) if (sameEvent(k, c) && betterMatch(k, c, best)) best = c;
    if (best) {
      if (k.day && best.day && k.day < best.day) {
        earlier.set(best.id, k.day);
        (best as { day: string }).day = k.day;
      }
      lonely.delete(best.id);
      touched.add(best.id);
      clusterIds.push(best.id);
    } else {
      const row: ClusterRow = { id: e.id, ...k };
      created.push(row);
      put(row);
      lonely.set(row.id, article);
      touched.add(row.id);
      clusterIds.push(row.id);
    }
    eventIds.push(e.id);
  }
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
  if (earlier.size) await client.query("UPDATE clusters c SET day = u.day FROM unnest($1::text[], $2::text[]) AS u(id, day) WHERE c.id = u.id AND c.day <> '' AND c.day > u.day", [[...earlier.keys()], [...earlier.values()]]);
  await client.query('UPDATE events e SET cluster_id = u.cluster FROM unnest($1::text[], $2::text[]) AS u(id, cluster) WHERE e.id = u.id', [eventIds, clusterIds]);
  return { touched, lonely };
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
