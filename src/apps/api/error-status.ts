// The one place where error codes become HTTP statuses. A new code fails to compile until it is here.
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../../core/errors.ts';

export const ERROR_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  E_INPUT_JSON: 400,
  E_INPUT_SHAPE: 400,
  E_INPUT_TOO_LARGE: 413,
  E_INPUT_EMPTY: 400,
  E_INPUT_ENCODING: 415,
  E_DICT_INVALID: 500,
  E_PIPELINE_CONTRACT: 500,
  E_NOT_FOUND: 404,
  E_UNAUTHORIZED: 401,
  E_FORBIDDEN: 403,
  E_NOT_CONFIGURED: 501,
  E_BAD_REQUEST: 400,
  E_FETCH_FORBIDDEN: 403,
  E_FETCH_TIMEOUT: 504,
  E_FETCH_TOO_LARGE: 413,
  E_FETCH_TYPE: 415,
  E_FETCH_STATUS: 502,
  E_FETCH_FAILED: 502,
  E_FEED_INVALID: 422,
  E_STORE_CONFIG: 500,
  E_STORE_BUSY: 503,
  E_STORE_FULL: 507,
  // the article itself is the problem: sending it again will not help
  E_CODE_TIMEOUT: 422,
  E_INTERNAL: 500,
};

/** For errors thrown by Hono itself (HTTPException), which carry a status but no code. */
export function codeForStatus(status: number): ErrorCode {
  if (status === 413) return 'E_INPUT_TOO_LARGE';
  if (status === 401) return 'E_UNAUTHORIZED';
  if (status === 403) return 'E_FORBIDDEN';
  if (status === 404) return 'E_NOT_FOUND';
  return status >= 400 && status < 500 ? 'E_BAD_REQUEST' : 'E_INTERNAL';
}
