/** A progress line on stderr for batches, drawn only when stderr is a terminal. */
export interface Progress {
  tick(ok: boolean): void;
  done(): void;
}

export function createProgress(label: string, enabled = process.stderr.isTTY === true): Progress {
  let ok = 0;
  let bad = 0;
  let last = 0;
  const started = Date.now();
  const draw = () => {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? Math.round((ok + bad) / secs) : 0;
    process.stderr.write(`\r${label}: ${ok} done, ${bad} skipped, ${rate}/s   `);
  };
  return {
    tick(success) {
      if (success) ok++;
      else bad++;
      const now = Date.now();
      if (enabled && now - last > 100) {
        last = now;
        draw();
      }
    },
    done() {
      if (enabled) draw();
      if (enabled || bad || ok + bad > 1) process.stderr.write(`${enabled ? '\n' : ''}${label}: ${ok} done, ${bad} skipped\n`);
    },
  };
}
