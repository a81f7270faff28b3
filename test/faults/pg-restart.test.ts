// Fault: PostgreSQL restarted (immediate shutdown: every connection cut mid-transaction, crash
// recovery at start) while two `dyad worker` processes code queued batches into it. The failed
// batches are retried by BullMQ; saving is idempotent; so every article ends up stored exactly once.
// Runs a private PostgreSQL and Redis (private-services.ts); skips with a message without the binaries.
import { afterAll, describe, expect, it } from 'vitest';
import { expectStoredOnce, midRun, type Scenario, servicesMissing, startScenario, stopScenario } from './private-services.ts';

const N = 400;
let s: Scenario | undefined;
afterAll(() => stopScenario(s));

describe.skipIf(servicesMissing !== null)('PostgreSQL restarted while workers run', () => {
  it('ends with every article stored once: none missing, none doubled', async () => {
    s = await startScenario({ n: N, batch: 20 });
    const scenario = s;
    // restart once some batches are committed and others are queued or in flight
    await midRun(scenario);
    scenario.pg.restart('immediate', 1500);

    expect(await scenario.ingest.exit, scenario.ingest.stderr()).toBe(0);
    expect(scenario.ingest.stderr()).toContain('all processed');
    const logs = scenario.workers.map((w) => w.stderr()).join('');
    // the restart really hit the workers: some batch failed and was retried
    expect(logs).toMatch(/job \S+ failed \(attempt 1 of 5\)/);
    // and waited for the database instead of using up the retries
    expect(logs).toContain('database unreachable; waiting for it');
    expect(logs).not.toMatch(/attempt 3 of 5/);
    // no worker died of it
    expect(scenario.workers.map((w) => w.child.exitCode)).toEqual([null, null]);
    expect(logs).not.toContain('Unhandled');
    if (process.env.DYAD_FAULT_DEBUG) (await import('node:fs')).writeFileSync(process.env.DYAD_FAULT_DEBUG, `${logs}\n---ingest\n${scenario.ingest.stderr()}\n`);
    await expectStoredOnce(scenario);
  }, 300_000);
});
