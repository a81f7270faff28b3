// Read-only routes over the store: events, one event with its context, clusters, articles, stats.
import type { Hono } from 'hono';
import type { StoredEvent } from '../../adapters/store/store.ts';
import { DyadError } from '../../core/errors.ts';
import type { CodedArticle } from '../../core/types.ts';
import { articleListSchema, explainFlagSchema, idSchema } from './aggregate-query-schema.ts';
import type { ApiOptions, ExplainArticle } from './api-options.ts';
import { parseEventQuery, parseQuery } from './event-query-schema.ts';
import { sendJson } from './json-response.ts';
import { parseParam } from './parse-param.ts';
import { storedInput } from '../stored-input.ts';

const summary = (a: CodedArticle) => ({
  id: a.id,
  published: a.published,
  title: a.title ?? null,
  url: a.url ?? null,
  outlet: a.outlet ?? null,
});


export function readRoutes(app: Hono, opts: ApiOptions): void {
  const { store } = opts;
  const explainer = (): ExplainArticle => {
    if (!opts.explain) throw new DyadError('E_NOT_CONFIGURED', 'this server has no coding pipeline to explain with');
    return opts.explain;
  };
  const articleOr404 = async (id: string) => {
    const article = await store.getArticle(parseParam(idSchema, id, 'id'));
    if (!article) throw new DyadError('E_NOT_FOUND', 'no such article');
    return article;
  };

  app.get('/health', (c) => sendJson(c, { status: 'ok' }));
  app.get('/stats', async (c) => sendJson(c, await store.stats()));
  app.get('/events', async (c) => sendJson(c, await store.queryEvents(parseEventQuery(c))));

  // The event, its article (summary), its cluster and, on request, the decision trail of its
  // sentence, recomputed from the stored article text by the current pipeline.
  app.get('/events/:id', async (c) => {
    const { explain } = parseQuery(explainFlagSchema, c);
    const event: StoredEvent | null = await store.getEvent(parseParam(idSchema, c.req.param('id'), 'id'));
    if (!event) throw new DyadError('E_NOT_FOUND', 'no such event');
    const article = await store.getArticle(event.article_id);
    const cluster = event.cluster_id ? await store.getCluster(event.cluster_id) : null;
    const body: Record<string, unknown> = { ...event, article: article ? summary(article) : null, cluster };
    if (explain && article) {
      const trail = (await explainer()(storedInput(article))).explain;
      const sentence =
        trail.sentences.find((s) => s.lines.some((l) => l.event === event.id)) ??
        trail.sentences.find((s) => s.start <= event.evidence.start && event.evidence.start < s.end) ??
        null;
      body.explain = { sentence, pipeline: opts.pipeline ?? null, samePipeline: opts.pipeline === event.pipeline };
    }
    return sendJson(c, body);
  });

  app.get('/clusters/:id', async (c) => {
    const cluster = await store.getCluster(parseParam(idSchema, c.req.param('id'), 'id'));
    if (!cluster) throw new DyadError('E_NOT_FOUND', 'no such cluster');
    return sendJson(c, cluster);
  });

  app.get('/articles', async (c) => sendJson(c, await store.listArticles(parseQuery(articleListSchema, c))));
  app.get('/articles/:id', async (c) => {
    const { explain } = parseQuery(explainFlagSchema, c);
    const article = await articleOr404(c.req.param('id'));
    if (!explain) return sendJson(c, article);
    return sendJson(c, { ...article, explain: (await explainer()(storedInput(article))).explain });
  });
}
