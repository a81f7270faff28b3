// Opaque keyset cursor: the (day, id) of the last event of a page, as base64url JSON.
import { DyadError } from '../../core/errors.ts';

export interface CursorKey {
  day: string;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.day, key.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') {
    throw new DyadError('E_BAD_REQUEST', 'invalid cursor');
  }
  return { day: parsed[0], id: parsed[1] };
}
