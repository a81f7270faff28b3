// The POST body of /code and /ingest: one ArticleInput as JSON, checked with safeParse. /ingest also
// takes {url} alone, to be fetched by the server.
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

export const ingestInputSchema = articleInputSchema.extend({
  text: z.string().optional(),
  url: z.string().max(4000).regex(/^https?:\/\/[^\s]+$/i, 'expected an http(s) URL').optional(),
});

export type IngestInput = z.infer<typeof ingestInputSchema>;

async function readJson(c: Context): Promise<unknown> {
  try {
    return JSON.parse(await c.req.text());
  } catch {
    throw new DyadError('E_INPUT_JSON', 'the request body is not valid JSON');
  }
}

function checked<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new DyadError('E_INPUT_SHAPE', 'the body is not an article', issues(result.error));
  return result.data;
}

export async function readArticleInput(c: Context): Promise<ArticleInput> {
  const input = checked(articleInputSchema, await readJson(c));
  if (input.text.trim() === '') throw new DyadError('E_INPUT_EMPTY');
  return input;
}

/** An article with text, or only a URL (text undefined) for the server to fetch. */
export async function readIngestInput(c: Context): Promise<IngestInput> {
  const input = checked(ingestInputSchema, await readJson(c));
  if (input.text === undefined && input.url === undefined) {
    throw new DyadError('E_INPUT_SHAPE', 'the body needs text or a url', [{ path: 'text', message: 'text or url is required' }]);
  }
  if (input.text !== undefined && input.text.trim() === '') throw new DyadError('E_INPUT_EMPTY');
  return input;
}
