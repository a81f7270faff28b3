// The POST body of /code and /ingest: one ArticleInput as JSON, checked with safeParse.
import type { Context } from 'hono';
import { z } from 'zod';
import { DyadError } from '../../core/errors.ts';
import type { ArticleInput } from '../../core/types.ts';
import { issues } from './event-query-schema.ts';

const short = (max: number) => z.string().max(max).optional();

export const articleInputSchema = z.object({
  id: z.string().min(1).max(256).optional(),
  text: z.string(),
  published: short(64),
  title: short(2000),
  url: short(4000),
  outlet: short(500),
  language: short(35),
});

export async function readArticleInput(c: Context): Promise<ArticleInput> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw new DyadError('E_INPUT_JSON', 'the request body is not valid JSON');
  }
  const result = articleInputSchema.safeParse(body);
  if (!result.success) throw new DyadError('E_INPUT_SHAPE', 'the body is not an article', issues(result.error));
  if (result.data.text.trim() === '') throw new DyadError('E_INPUT_EMPTY');
  return result.data;
}
