// Fault: one of two `dyad worker` processes killed with SIGKILL while it holds a batch (after it
// reported a batch, it has taken the next one). Its PostgreSQL transaction dies with it; its job's
// lock runs out (DYAD_QUEUE_LOCK_MS, 4 s here) and the other worker's stalled-job check queues it
// again. Every article must end up stored exactly once. Private PostgreSQL and Redis (private-services.ts).
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { until } from './fault-helpers.ts';
import { expectStoredOnce, type Scenario, servicesMissing, startScenario, stopScenario } from './private-services.ts';

const N = 400;
let s: Scenario | undefined;
afterAll(() => stopScenario(s));

const batchesDone = (log: string) => (log.match(/dyad worker: \d+ article\(s\)/g) ?? []).length;

describe.skipIf(servicesMissing !== null)('a worker killed (SIGKILL) mid-batch', () => {
  it('ends with every article stored once: none missing, none doubled', async () => {
    s = await startScenario({ n: N, batch: 20 });
    const scenario = s;
    const [victim, survivor] = scenario.workers;
    // the victim has saved a batch and, the queue being full, taken the next one straight away
    await until(() => batchesDone(victim.stderr()) >= 1 || scenario.ingest.child.exitCode !== null, "the victim's first batch", 180_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(scenario.ingest.child.exitCode, 'the run was over before the kill').toBeNull();
    victim.child.kill('SIGKILL');
    await victim.exit;

    expect(await scenario.ingest.exit, scenario.ingest.stderr()).toBe(0);
    expect(scenario.ingest.stderr()).toContain('all processed');
    const logs = survivor.stderr();
    if (process.env.DYAD_FAULT_DEBUG) writeFileSync(process.env.DYAD_FAULT_DEBUG, `${victim.stderr()}\n---survivor\n${logs}\n---ingest\n${scenario.ingest.stderr()}\n`);
    // the batch the victim held was taken back from it
    expect(logs).toMatch(/job \S+ stalled/);
    expect(survivor.child.exitCode).toBeNull();
    await expectStoredOnce(scenario);
  }, 300_000);
});
