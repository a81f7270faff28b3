import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageTable } from '../scripts/stage-table.ts';
import { ROOT } from '../src/apps/create-coder.ts';

// docs/architecture.md pastes the output of scripts/stage-table.ts; re-run the script when a stage
// or its contract changes.
describe('docs/architecture.md', () => {
  it('has the current requires/assigns table of the default pipeline', () => {
    expect(readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8')).toContain(stageTable());
  });
  it('the table lists every stage of the preset with its contract', () => {
    const rows = stageTable().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(7);
    expect(rows[0]).toMatch(/^\| 1 \| `segment\.wink\.v1` \| — \| `tokens`, `sentences` \| .+ \|$/);
  });
});
