// The dashboard's only way to the server: same-origin JSON requests to /api. Errors come back as
// ApiError with the API's stable code.
import type { ActorCount, DyadCount, PeriodCount, PlaceCount } from '../../../adapters/store/analytics-queries.ts';
import type { EventPage, StoreStats, StoredEvent } from '../../../adapters/store/store.ts';
import type { ArticleInput, CodedArticle } from '../../../core/types.ts';
import type { ExplainSentence, ExplainTrail } from '../../explain-trail.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
}

export interface EventDetail extends StoredEvent {
  article: ArticleSummary | null;
  cluster: { id: string; articles?: unknown[]; reports?: unknown[] } | null;
  explain?: { sentence: ExplainSentence | null; pipeline: string | null; samePipeline: boolean };
}

export type ExplainedArticle = CodedArticle & { explain?: ExplainTrail };

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`/api${path}`, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'E_INTERNAL', err?.message ?? `HTTP ${res.status}`);
  }
  return body as T;
}

const qs = (params?: URLSearchParams) => (params && [...params].length ? `?${params}` : '');
const id = (s: string) => encodeURIComponent(s);

export const api = {
  stats: () => request<StoreStats>('/stats'),
  events: (params: URLSearchParams) => request<EventPage>(`/events${qs(params)}`),
  event: (eventId: string, explain = false) => request<EventDetail>(`/events/${id(eventId)}${explain ? '?explain=true' : ''}`),
  article: (articleId: string) => request<CodedArticle>(`/articles/${id(articleId)}`),
  counts: (params: URLSearchParams) => request<{ counts: PeriodCount[] }>(`/aggregates/counts${qs(params)}`),
  places: (params: URLSearchParams) => request<{ places: PlaceCount[] }>(`/aggregates/places${qs(params)}`),
  dyads: (params: URLSearchParams) => request<{ dyads: DyadCount[] }>(`/aggregates/dyads${qs(params)}`),
  actors: (params: URLSearchParams) => request<{ actors: ActorCount[] }>(`/actors${qs(params)}`),
  code: (input: ArticleInput, explain: boolean) =>
    request<ExplainedArticle>(`/code${explain ? '?explain=true' : ''}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    }),
};
