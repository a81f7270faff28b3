import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type LineError, readJsonlFile } from './read-jsonl.ts';
import { ActorEntry, PatternEntry } from './schema.ts';

export interface RawDictionaries {
  readonly actors: ActorEntry[];
  readonly patterns: PatternEntry[];
  readonly errors: LineError[];
  /** sha256 over every file's name and content: the dictionary version recorded on events */
  readonly hash: string;
  readonly files: string[];
}

function jsonlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: false })
    .map(String)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Reads the shipped dictionaries and any user overlay directories (same layout: actors/, verbs/).
 * An overlay entry with the same id replaces the shipped one.
 */
export function loadDictionaries(root: string, overlays: readonly string[] = []): RawDictionaries {
  const hash = createHash('sha256');
  const actors = new Map<string, ActorEntry>();
  const patterns = new Map<string, PatternEntry>();
  const errors: LineError[] = [];
  const files: string[] = [];
  for (const dir of [root, ...overlays]) {
    for (const file of jsonlFiles(join(dir, 'actors'))) {
      const r = readJsonlFile(file, ActorEntry);
      for (const e of r.entries) actors.set(e.id, e);
      errors.push(...r.errors);
      hash.update(file.slice(dir.length)).update(r.raw);
      files.push(file);
    }
    for (const file of jsonlFiles(join(dir, 'verbs'))) {
      const r = readJsonlFile(file, PatternEntry);
      for (const e of r.entries) patterns.set(e.id, e);
      errors.push(...r.errors);
      hash.update(file.slice(dir.length)).update(r.raw);
      files.push(file);
    }
  }
  return { actors: [...actors.values()], patterns: [...patterns.values()], errors, hash: hash.digest('hex'), files };
}
