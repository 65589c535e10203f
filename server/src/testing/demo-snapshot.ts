// The Hefei demo loaded once per CI run and copied for every server that needs one (the browser journeys,
// the benchmarks): loading it costs 30–45 s of CPU on this machine, copying it a fraction of a second.
// Only when JIANFU_DEMO_SNAPSHOT names a directory — CI makes a fresh one per run, so it never holds a
// demo an older version of the code loaded. Without it each server loads its own demo, as before.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Fills `dataDir` (a new, empty SQLite data directory) with a copy of the demo snapshot in `snapshotDir`
 * (by default the run's JIANFU_DEMO_SNAPSHOT), loading the snapshot first if it holds none yet. Returns
 * false when no snapshot directory is given.
 */
export function copyDemoSnapshot(
  dataDir: string,
  snapshotDir: string | undefined = process.env.JIANFU_DEMO_SNAPSHOT,
): boolean {
  if (!snapshotDir) return false;
  const ready = path.join(snapshotDir, 'ready');
  if (!fs.existsSync(ready)) {
    const data = path.join(snapshotDir, 'data');
    fs.rmSync(data, { recursive: true, force: true });
    // The real CLI, as `npm start` would load it: migrations, the dictionary, every demo step.
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts', 'seed'], {
      env: { ...process.env, JIANFU_DATA_DIR: data, JIANFU_DEMO: '1', DATABASE_URL: '', LOG_LEVEL: 'warn' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`loading the demo snapshot failed:\n${run.stdout}\n${run.stderr}`);
    fs.writeFileSync(ready, '');
  }
  fs.cpSync(path.join(snapshotDir, 'data'), dataDir, { recursive: true });
  return true;
}
