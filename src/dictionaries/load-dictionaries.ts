import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { type LineError, readJsonlFile } from './read-jsonl.ts';
import { ActorEntry, ContextEntry, PatternEntry, StatementEntry } from './schema.ts';

/** Where one entry was read, before overlays replace entries by id: `dyad actors check` needs it. */
export interface EntryOrigin {
  readonly id: string;
  /** actor entry type ("person", "igo" …), "pattern" or "statement" */
  readonly type: string;
  readonly file: string;
  /** 0 = the shipped dictionaries, 1… = the overlay directories in order */
  readonly layer: number;
}

export interface RawDictionaries {
  readonly actors: ActorEntry[];
  readonly patterns: PatternEntry[];
  readonly statements: StatementEntry[];
  readonly context: ContextEntry[];
  readonly errors: LineError[];
  /** sha256 over every file's name and content: the dictionary version recorded on events */
  readonly hash: string;
  readonly files: string[];
  /** every entry read, in reading order, including those a later entry with the same id replaced */
  readonly origins: EntryOrigin[];
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
  const statements = new Map<string, StatementEntry>();
  const context = new Map<string, ContextEntry>();
  const errors: LineError[] = [];
  const files: string[] = [];
  const origins: EntryOrigin[] = [];
  // Codebook tables and word lists shape the coding too: they are part of the dictionary version.
  for (const sub of ['reference', 'lexicon', 'attributions']) {
    const d = join(root, sub);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) hash.update(`${sub}/${f}`).update(readFileSync(join(d, f)));
  }
  // One reader for every kind of data file: validate, keep by id (an overlay replaces), record origin.
  const read = <T extends { id: string }>(dir: string, layer: number, sub: string, schema: z.ZodType<T>, keep: Map<string, T>, type: (e: T) => EntryOrigin['type'] | null) => {
    for (const file of jsonlFiles(join(dir, sub))) {
      const r = readJsonlFile(file, schema);
      for (const e of r.entries) {
        keep.set(e.id, e);
        const t = type(e);
        if (t) origins.push({ id: e.id, type: t, file, layer });
      }
      errors.push(...r.errors);
      hash.update(file.slice(dir.length)).update(r.raw);
      files.push(file);
    }
  };
  [root, ...overlays].forEach((dir, layer) => {
    read(dir, layer, 'actors', ActorEntry, actors, (e) => e.type);
    read(dir, layer, 'verbs', PatternEntry, patterns, () => 'pattern');
    read(dir, layer, 'context', ContextEntry, context, () => null);
    read(dir, layer, 'statements', StatementEntry, statements, () => 'statement');
  });
  return { actors: [...actors.values()], patterns: [...patterns.values()], statements: [...statements.values()], context: [...context.values()], errors, hash: hash.digest('hex'), files, origins };
}
