// Public surface of the API app.
export type { ApiOptions, CodeArticle } from './api-options.ts';
export { createApi } from './create-api.ts';
export { type RunningApi, serveApi } from './serve.ts';
