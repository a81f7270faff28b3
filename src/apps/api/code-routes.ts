// POST /code codes one article and returns it; POST /ingest (token required) also saves it.
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DyadError } from '../../core/errors.ts';
import type { CodedArticle } from '../../core/types.ts';
import { type ApiOptions, type CodeArticle, DEFAULT_MAX_BODY_BYTES } from './api-options.ts';
import { readArticleInput } from './article-input-schema.ts';
import { bearerToken } from './bearer-token.ts';
import { sendJson } from './json-response.ts';

export function codeRoutes(app: Hono, opts: ApiOptions): void {
  const maxSize = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const limit = bodyLimit({
    maxSize,
    onError: () => {
      throw new DyadError('E_INPUT_TOO_LARGE', `the body is larger than ${maxSize} bytes`);
    },
  });
  const coder = (): CodeArticle => {
    if (!opts.code) throw new DyadError('E_NOT_CONFIGURED', 'this server has no coding pipeline');
    return opts.code;
  };

  app.post('/code', limit, async (c) => {
    const code = coder();
    return sendJson(c, await code(await readArticleInput(c)));
  });

  // the token is checked before the body is read
  app.post('/ingest', bearerToken(opts.token), limit, async (c) => {
    const code = coder();
    const article: CodedArticle = await code(await readArticleInput(c));
    const pipeline = opts.pipeline ?? article.events[0]?.pipeline ?? 'unknown';
    const { inserted } = await opts.store.saveArticle(article, pipeline);
    return sendJson(c, { id: article.id, inserted, events: article.events.length }, inserted ? 201 : 200);
  });
}
