// Fault: Redis killed (SIGKILL) and started again while two `dyad worker` processes take batches from
// it and `dyad ingest --wait` waits on it. Redis runs with persistence as docs/deploy.md asks
// (appendonly, every write logged before it is acknowledged), so the queue survives; workers and the
// enqueuer reconnect; a job whose lock ran out meanwhile is processed again and saved idempotently.
// Every article must end up stored exactly once. Private PostgreSQL and Redis (private-services.ts).
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { expectStoredOnce, midRun, type Scenario, servicesMissing, startScenario, stopScenario } from './private-services.ts';

const N = 400;
let s: Scenario | undefined;
afterAll(() => stopScenario(s));

describe.skipIf(servicesMissing !== null)('Redis restarted while workers run', () => {
  it('ends with every article stored once: none missing, none doubled', async () => {
    s = await startScenario({ n: N, batch: 20 });
    const scenario = s;
    await midRun(scenario);
    scenario.redis.kill9AndRestart(1500);

    expect(await scenario.ingest.exit, scenario.ingest.stderr()).toBe(0);
    expect(scenario.ingest.stderr()).toContain('all processed');
    const logs = scenario.workers.map((w) => w.stderr()).join('');
    expect(scenario.workers.map((w) => w.child.exitCode)).toEqual([null, null]);
    expect(logs).not.toContain('Unhandled');
    if (process.env.DYAD_FAULT_DEBUG) writeFileSync(process.env.DYAD_FAULT_DEBUG, `${logs}\n---ingest\n${scenario.ingest.stderr()}\n`);
    await expectStoredOnce(scenario);
  }, 300_000);
});
