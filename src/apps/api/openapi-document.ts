// The OpenAPI 3.1 document served at /openapi.json. Query parameters and request bodies are generated
// from the same zod schemas the routes validate with, so the document cannot drift from the checks.
import { z } from 'zod';
import { ERRORS } from '../../core/errors.ts';
import {
  actorCodeSchema,
  actorListSchema,
  articleListSchema,
  dyadQuerySchema,
  explainFlagSchema,
  goldsteinQuerySchema,
  periodQuerySchema,
  placeQuerySchema,
} from './aggregate-query-schema.ts';
import { articleInputSchema, ingestInputSchema } from './article-input-schema.ts';
import { eventFilterSchema, eventQuerySchema } from './event-query-schema.ts';

type Json = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType): Json => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  return rest;
};

function queryParams(schema: z.ZodType): Json[] {
  const s = jsonSchema(schema) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => ({
    name,
    in: 'query',
    required: (s.required ?? []).includes(name),
    schema: prop,
  }));
}

const pathParam = (name: string, schema: z.ZodType = z.string().min(1).max(512)) => ({ name, in: 'path', required: true, schema: jsonSchema(schema) });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), json(ref('Error'), `error (${s})`)]));
const stream = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: 'string' } } } });
const obj = (properties: Json, required: string[] = Object.keys(properties)) => ({ type: 'object', properties, required });
const arrayOf = (items: Json) => ({ type: 'array', items });
const num = { type: 'number' };
const str = { type: 'string' };
const nullable = (schema: Json) => ({ anyOf: [schema, { type: 'null' }] });

function get(summary: string, parameters: Json[], ok: Json, ...errs: number[]): Json {
  return { get: { summary, parameters, responses: { '200': ok, ...errors(...errs, 500) } } };
}

const COMPONENTS = {
  schemas: {
    Error: obj({
      error: obj({ code: { type: 'string', enum: Object.keys(ERRORS) }, message: str, details: {} }, ['code', 'message']),
    }),
    Event: {
      type: 'object',
      description: 'an EVENT of ../shared/spec/records.md plus article_id and article_url',
      properties: {
        id: str, sentence: num, evidence: obj({ start: num, end: num, text: str }), cameo: str, root: str,
        quad_class: num, goldstein: num, modality: str, negated: { type: 'boolean' }, date: nullable(str),
        source: nullable({ type: 'object' }), target: nullable({ type: 'object' }), claim: nullable({ type: 'object' }),
        location: nullable({ type: 'object' }), rule: str, pipeline: str, article_id: str, article_url: nullable(str),
      },
      required: ['id', 'evidence', 'cameo', 'root', 'quad_class', 'goldstein', 'modality', 'article_id'],
    },
    EventPage: obj({ events: arrayOf(ref('Event')), nextCursor: nullable(str) }),
    Article: {
      type: 'object',
      description: 'a coded article of ../shared/spec/records.md: text, sentences, mentions, attributions, events, messages',
      properties: { id: str, published: nullable(str), text: str, sentences: arrayOf({}), mentions: arrayOf({}), attributions: arrayOf({}), events: arrayOf(ref('Event')), messages: arrayOf({}) },
      required: ['id', 'text', 'sentences', 'mentions', 'attributions', 'events', 'messages'],
    },
    ExplainTrail: { type: 'object', description: 'the decision trail per sentence (dyad explain as data)' },
    PeriodCount: obj({ period: nullable(str), key: nullable(str), n: num, goldstein: num }),
    PlaceCount: obj({ name: str, country: str, lat: num, lon: num, n: num, goldstein: num }),
    DyadCount: obj({ source: str, target: str, n: num, goldstein: num }),
    ActorCount: obj({ code: str, asSource: num, asTarget: num, n: num }),
  },
  securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
};

export function openApiDocument(version: string): Json {
  const filters = queryParams(eventFilterSchema);
  const explainParam = queryParams(explainFlagSchema);
  const article = { type: 'object', properties: {}, ...jsonSchema(articleInputSchema) };
  return {
    openapi: '3.1.0',
    info: { title: 'Dyad event API', version, description: 'Political events coded from news text. Every path also answers without the /api prefix.' },
    servers: [{ url: '/api' }],
    components: COMPONENTS,
    paths: {
      '/health': get('liveness', [], json(obj({ status: str }))),
      '/stats': get('article and event counts', [], json(obj({ articles: num, events: num }))),
      '/openapi.json': get('this document', [], json({ type: 'object' })),
      '/events': get('events matching the filters, ordered by (date, id), cursor-paginated', queryParams(eventQuerySchema), json(ref('EventPage')), 400),
      '/events/{id}': get(
        'one event with its article summary, cluster and (explain=true) the decision trail of its sentence',
        [pathParam('id'), ...explainParam],
        json({ allOf: [ref('Event'), { type: 'object', properties: { article: {}, cluster: {}, explain: {} } }] }),
        400, 404, 501,
      ),
      '/clusters/{id}': get('one cluster: the reports of the same event, with GDELT-style counts', [pathParam('id')], json({ type: 'object' }), 400, 404),
      '/articles': get('article summaries in id order, cursor-paginated', queryParams(articleListSchema), json(obj({ articles: arrayOf({ type: 'object' }), nextCursor: nullable(str) })), 400),
      '/articles/{id}': get('one article with its text and all layers (explain=true adds the trail)', [pathParam('id'), ...explainParam], json(ref('Article')), 400, 404, 501),
      '/actors': get('actor codes on matching events, most frequent first', queryParams(actorListSchema), json(obj({ actors: arrayOf(ref('ActorCount')) })), 400),
      '/actors/{code}': get('one actor code: counts, names, top partners', [pathParam('code', actorCodeSchema)], json({ type: 'object' }), 400, 404),
      '/aggregates/daily': get('counts per day and quad class', filters, json(obj({ counts: arrayOf({ type: 'object' }) })), 400),
      '/aggregates/counts': get('counts and Goldstein sums per day or week, by quad class or CAMEO root', queryParams(periodQuerySchema), json(obj({ period: str, by: str, counts: arrayOf(ref('PeriodCount')) })), 400),
      '/aggregates/goldstein': get('Goldstein sums and means per day or week', queryParams(goldsteinQuerySchema), json(obj({ period: str, sums: arrayOf({ type: 'object' }) })), 400),
      '/aggregates/dyads': get('most frequent (source, target) pairs', queryParams(dyadQuerySchema), json(obj({ dyads: arrayOf(ref('DyadCount')) })), 400),
      '/aggregates/places': get('event locations with coordinates and their counts', queryParams(placeQuerySchema), json(obj({ places: arrayOf(ref('PlaceCount')) })), 400),
      '/export.jsonl': get('matching events, one JSON per line (streamed)', filters, stream('application/x-ndjson', 'JSONL'), 400),
      '/export.csv': get('matching events as CSV (streamed)', filters, stream('text/csv', 'CSV'), 400),
      '/export.gdelt': get('matching events as GDELT 2.0 event TSV, 61 columns (streamed)', filters, stream('text/tab-separated-values', 'TSV'), 400),
      '/code': {
        post: {
          summary: 'code posted text on the fly (nothing is saved); explain=true adds the decision trail',
          parameters: explainParam,
          requestBody: { required: true, content: { 'application/json': { schema: article } } },
          responses: { '200': json(ref('Article')), ...errors(400, 413, 422, 501, 500) },
        },
      },
      '/ingest': {
        post: {
          summary: 'code and save an article posted as text, or fetched from its url',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(ingestInputSchema) } } },
          responses: {
            '201': json(obj({ id: str, inserted: { type: 'boolean' }, events: num }), 'saved (new)'),
            '200': json(obj({ id: str, inserted: { type: 'boolean' }, events: num }), 'saved (replaced)'),
            ...errors(400, 401, 403, 413, 422, 501, 500, 503, 507),
          },
        },
      },
    },
  };
}
