// POST /code codes one article and returns it (with ?explain=true, also its decision trail);
// POST /ingest (token required) codes and saves an article posted as text or fetched from its URL.
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DyadError } from '../../core/errors.ts';
import type { ArticleInput, CodedArticle } from '../../core/types.ts';
import { explainFlagSchema } from './aggregate-query-schema.ts';
import { type ApiOptions, DEFAULT_MAX_BODY_BYTES } from './api-options.ts';
import { readArticleInput, readIngestInput } from './article-input-schema.ts';
import { bearerToken } from './bearer-token.ts';
import { parseQuery } from './event-query-schema.ts';
import { sendJson } from './json-response.ts';

export function codeRoutes(app: Hono, opts: ApiOptions): void {
  const maxSize = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const limit = bodyLimit({
    maxSize,
    onError: () => {
      throw new DyadError('E_INPUT_TOO_LARGE', `the body is larger than ${maxSize} bytes`);
    },
  });
  const configured = <T>(fn: T | undefined, what: string): T => {
    if (!fn) throw new DyadError('E_NOT_CONFIGURED', `this server has no ${what}`);
    return fn;
  };

  app.post('/code', limit, async (c) => {
    const { explain } = parseQuery(explainFlagSchema, c);
    if (explain) {
      const run = configured(opts.explain, 'coding pipeline to explain with');
      const { article, explain: trail } = await run(await readArticleInput(c));
      return sendJson(c, { ...article, explain: trail });
    }
    const code = configured(opts.code, 'coding pipeline');
    return sendJson(c, await code(await readArticleInput(c)));
  });

  // the token is checked before the body is read
  app.post('/ingest', bearerToken(opts.token), limit, async (c) => {
    const code = configured(opts.code, 'coding pipeline');
    const body = await readIngestInput(c);
    let input: ArticleInput;
    if (body.text !== undefined) input = { ...body, text: body.text };
    else {
      const fetched = await configured(opts.fetchArticle, 'article fetcher: post the text')(body.url as string);
      // what the client sent wins over what the page says
      input = { ...fetched, ...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) };
    }
    const article: CodedArticle = await code(input);
    const pipeline = opts.pipeline ?? article.events[0]?.pipeline ?? 'unknown';
    const { inserted } = await opts.store.saveArticle(article, pipeline);
    return sendJson(c, { id: article.id, inserted, events: article.events.length }, inserted ? 201 : 200);
  });
}
