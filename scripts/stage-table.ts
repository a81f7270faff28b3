// Prints the requires/assigns table of the default pipeline as markdown, for docs/architecture.md.
// The rows come from the stage objects themselves (name, requires, assigns) in the order of
// src/presets/default.ts; "what it does" is that file's comment on each line.
//
//   npx tsx scripts/stage-table.ts
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultStages } from '../src/presets/default.ts';

const PRESET = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'presets', 'default.ts');

/** The trailing comments of the stage list in presets/default.ts, one per stage line. */
function presetComments(): string[] {
  const body = readFileSync(PRESET, 'utf8').split('return [')[1] ?? '';
  return [...body.matchAll(/^\s*[\w.()]+,\s*\/\/\s*(.*)$/gm)].map((m) => m[1].trim());
}

const cell = (s: string) => s.replace(/\|/g, '\\|');
const layers = (names: readonly string[]) => (names.length ? names.map((n) => `\`${n}\``).join(', ') : '—');

export function stageTable(): string {
  const stages = defaultStages();
  const comments = presetComments();
  const notes = comments.length === stages.length ? comments : stages.map(() => '');
  const rows = stages.map((s, i) => `| ${i + 1} | \`${s.name}\` | ${layers(s.requires)} | ${layers(s.assigns)} | ${cell(notes[i])} |`);
  return ['| # | stage | requires | assigns | what it does |', '|---|---|---|---|---|', ...rows].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.stdout.write(`${stageTable()}\n`);
