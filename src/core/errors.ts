// One catalogue of stable error codes. HTTP statuses and CLI exit codes map from these in one place each.

export const ERRORS = {
  E_INPUT_JSON: 'a line is not valid JSON',
  E_INPUT_SHAPE: 'a record does not have the expected fields',
  E_INPUT_TOO_LARGE: 'input is larger than the configured limit',
  E_INPUT_EMPTY: 'input has no text',
  E_INPUT_ENCODING: 'input is not text in an encoding Dyad reads (UTF-8, UTF-16 with a byte-order mark, Windows-1252)',
  E_DICT_INVALID: 'a dictionary file does not validate',
  E_PIPELINE_CONTRACT: 'a stage requires a layer that no earlier stage assigns, or assigns an undeclared one',
  E_NOT_FOUND: 'no such record',
  E_UNAUTHORIZED: 'a valid token is required',
  E_FORBIDDEN: 'this action is disabled on this server',
  E_NOT_CONFIGURED: 'this feature is not configured on this server',
  E_BAD_REQUEST: 'the request is not valid',
  E_FETCH_FORBIDDEN: 'the address is not allowed (loopback, private, link-local or not http/https)',
  E_FETCH_TIMEOUT: 'the fetch took longer than the configured limit',
  E_FETCH_TOO_LARGE: 'the response body is larger than the configured limit',
  E_FETCH_TYPE: 'the response has a content type that is not accepted here',
  E_FETCH_STATUS: 'the server answered with an error status',
  E_FETCH_FAILED: 'the fetch failed (DNS, connection, TLS or too many redirects)',
  E_FEED_INVALID: 'the feed is not RSS, Atom or RDF, or declares entities',
  E_STORE_CONFIG: 'the store or queue configuration is not valid',
  E_STORE_BUSY: 'the store is locked by another connection and stayed locked longer than the configured wait',
  E_STORE_FULL: 'the store has no room left (disk full, or its configured size limit reached)',
  E_CODE_TIMEOUT: 'coding the article took longer than the configured time limit',
  E_INTERNAL: 'an internal error',
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class DyadError extends Error {
  readonly code: ErrorCode;
  readonly detail?: unknown;
  constructor(code: ErrorCode, message?: string, detail?: unknown) {
    super(message ?? ERRORS[code]);
    this.code = code;
    this.detail = detail;
  }
}
