// The one error handler: every failure leaves as {error: {code, message[, details]}}.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DyadError, ERRORS, type ErrorCode } from '../../core/errors.ts';
import { codeForStatus, ERROR_STATUS } from './error-status.ts';
import { sendJson } from './json-response.ts';

export function errorResponse(c: Context, code: ErrorCode, message: string, details?: unknown): Response {
  const status = ERROR_STATUS[code];
  if (code === 'E_UNAUTHORIZED') c.header('WWW-Authenticate', 'Bearer');
  // another writer held the store's lock for longer than this server waits: worth trying again soon
  if (code === 'E_STORE_BUSY') c.header('Retry-After', '5');
  const body = details === undefined ? { code, message } : { code, message, details };
  return sendJson(c, { error: body }, status);
}

export function makeOnError(log: (err: unknown) => void) {
  return (err: Error, c: Context): Response => {
    if (err instanceof DyadError) {
      if (ERROR_STATUS[err.code] >= 500) log(err);
      return errorResponse(c, err.code, err.message, err.detail);
    }
    if (err instanceof HTTPException) {
      const code = codeForStatus(err.status);
      return errorResponse(c, code, ERRORS[code]);
    }
    // unexpected: report it here, tell the client nothing about internals
    log(err);
    return errorResponse(c, 'E_INTERNAL', ERRORS.E_INTERNAL);
  };
}
