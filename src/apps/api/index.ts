// Public surface of the API app.
export type { ApiOptions, CodeArticle, ExplainArticle, ExplainedArticle, FetchArticle } from './api-options.ts';
export { createApi } from './create-api.ts';
export { pooledCoding } from './pooled-coding.ts';
export { type RunningApi, serveApi } from './serve.ts';
