// Event clustering on SQLite: each new event joins the best compatible cluster (same root, ±1 day,
// compatible actors and place) or starts its own; counts are recomputed for every cluster a
// transaction touched. Candidates come from an index on (root, actor block, day), so a lookup reads
// only clusters that share a country/IGO block on the source or the target side.
import type { Database } from 'better-sqlite3';
import type { EventRecord } from '../../core/types.ts';
import { actorBlocks, betterMatch, type ClusterKey, clusterKey, dayWindow, sameEvent } from '../../ingest/cluster-key.ts';
import { type ClusterCopy, type ClusterText, clusterCounts } from './cluster-counts.ts';
import type { Cluster, ClusterReport } from './ingest-types.ts';

interface ClusterRow extends ClusterKey {
  id: string;
}

export interface SqliteClusters {
  /** clusters the article's events are in now (they need recounting if the article changes) */
  clustersOf(articleId: string): string[];
  /**
   * Chooses a cluster for every event of the article not in one yet, before the events are saved
   * (a new cluster's row is written now); the save writes each event with its cluster.
   */
  assign(articleId: string, events: readonly EventRecord[]): Map<string, string>;
  /**
   * Before an article is saved: the clusters it is in now are marked for recounting and its new
   * events get theirs (assign); every cluster either way is added to `touched`. Returns assign's map.
   */
  beforeSave(articleId: string, events: readonly EventRecord[], touched: Set<string>): Map<string, string>;
  /** these clusters gained reports another way (copies of their texts): recount them */
  dirty(ids: Iterable<string>): void;
  recount(ids: Iterable<string>): void;
  get(id: string): Cluster | null;
}

export function sqliteClusters(db: Database): SqliteClusters {
  const ofArticle = db.prepare('SELECT DISTINCT cluster_id FROM events WHERE article_id = ? AND cluster_id IS NOT NULL').pluck();
  const clustered = db.prepare('SELECT id FROM events WHERE article_id = ? AND cluster_id IS NOT NULL').pluck();
  const cols = 'id, root, day, source_code AS source, target_code AS target, country, place, lat, lon';
  const bySource = db.prepare(`SELECT ${cols} FROM clusters WHERE root = ? AND src_block = ? AND day >= ? AND day <= ?`);
  const byTarget = db.prepare(`SELECT ${cols} FROM clusters WHERE root = ? AND tgt_block = ? AND day >= ? AND day <= ?`);
  const insert = db.prepare(`INSERT INTO clusters (id, root, day, source_code, target_code, src_block, tgt_block, country, place, lat, lon)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`);
  const earlier = db.prepare("UPDATE clusters SET day = ? WHERE id = ? AND day <> '' AND day > ?");
  const textsOf = db.prepare(`SELECT e.article_id, count(*) AS mentions, coalesce(a.source_key, 'article:' || a.id) AS source_key,
      a.outlet, a.url, a.published FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ? GROUP BY e.article_id`);
  const copiesOf = db.prepare(`SELECT c.id, c.article_id, c.outlet, c.url, c.published FROM article_copies c
      WHERE c.article_id IN (SELECT DISTINCT article_id FROM events WHERE cluster_id = ?)`);
  const update = db.prepare('UPDATE clusters SET num_mentions = ?, num_articles = ?, num_sources = ?, first_article = ? WHERE id = ?');
  const drop = db.prepare('DELETE FROM clusters WHERE id = ?');
  const row = db.prepare('SELECT id, root, day, source_code, target_code, country FROM clusters WHERE id = ?');
  const reports = db.prepare(`SELECT id AS event_id, article_id, cameo, nullif(day, '') AS date, evidence FROM events
      WHERE cluster_id = ? ORDER BY day, id`);

  // Clusters started in this transaction that nothing joined since have the defaults (1, 1, 1) right
  // already, as long as their article has one event in them: recounting them is skipped.
  const fresh = new Map<string, number>();
  const joined = new Set<string>();

  function candidates(k: ClusterKey): ClusterRow[] {
    if (k.day === '') return [];
    const [lo, hi] = dayWindow(k.day);
    const blocks = actorBlocks(k);
    const found = new Map<string, ClusterRow>();
    if (blocks.source) for (const r of bySource.all(k.root, blocks.source, lo, hi) as ClusterRow[]) found.set(r.id, r);
    if (blocks.target) for (const r of byTarget.all(k.root, blocks.target, lo, hi) as ClusterRow[]) found.set(r.id, r);
    return [...found.values()];
  }

  const api: SqliteClusters = {
    clustersOf: (articleId) => ofArticle.all(articleId) as string[],
    assign(articleId, events) {
      const done = new Set(clustered.all(articleId) as string[]);
      const chosen = new Map<string, string>();
      for (const e of events) {
        if (done.has(e.id) || chosen.has(e.id)) continue;
        const k = clusterKey(e);
        let best: ClusterRow | null = null;
        for (const c of candidates(k)) if (sameEvent(k, c) && betterMatch(k, c, best)) best = c;
        let id: string;
        if (best) {
          id = best.id;
          joined.add(id);
          if (k.day) earlier.run(k.day, id, k.day);
        } else {
          id = e.id;
          fresh.set(id, 1);
          const b = actorBlocks(k);
          insert.run(id, k.root, k.day, k.source, k.target, b.source, b.target, k.country, k.place, k.lat, k.lon);
        }
        chosen.set(e.id, id);
      }
      return chosen;
    },
    beforeSave(articleId, events, touched) {
      const old = api.clustersOf(articleId);
      api.dirty(old);
      const chosen = api.assign(articleId, events);
      for (const id of [...old, ...chosen.values()]) touched.add(id);
      return chosen;
    },
    dirty(ids) {
      for (const id of ids) joined.add(id);
    },
    recount(ids) {
      const skip = new Set([...fresh.keys()].filter((id) => !joined.has(id)));
      fresh.clear();
      joined.clear();
      for (const id of new Set(ids)) {
        if (skip.has(id)) continue;
        const texts = textsOf.all(id) as ClusterText[];
        if (texts.length === 0) {
          drop.run(id);
          continue;
        }
        const c = clusterCounts(texts, copiesOf.all(id) as ClusterCopy[]);
        update.run(c.num_mentions, c.num_articles, c.num_sources, c.articles[0]?.article_id ?? null, id);
      }
    },
    get(id) {
      const r = row.get(id) as { id: string; root: string; day: string; source_code: string | null; target_code: string | null; country: string | null } | undefined;
      if (!r) return null;
      const c = clusterCounts(textsOf.all(id) as ClusterText[], copiesOf.all(id) as ClusterCopy[]);
      return {
        ...r,
        num_mentions: c.num_mentions,
        num_articles: c.num_articles,
        num_sources: c.num_sources,
        first_reporter: c.articles[0] ?? null,
        reports: reports.all(id) as ClusterReport[],
        articles: c.articles,
      };
    },
  };
  return api;
}
