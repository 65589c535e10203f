// The real server as a child process (what `npm start` runs) with the Hefei demo, on a free port, for the
// benchmarks that talk HTTP to it.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { copyDemoSnapshot } from '../server/src/testing/demo-snapshot.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export async function startServer(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  // On SQLite in CI, a copy of the run's one demo load (the server then finds its demo steps done).
  if (env.JIANFU_DATA_DIR && !env.DATABASE_URL) copyDemoSnapshot(env.JIANFU_DATA_DIR);
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', 'serve'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', JIANFU_DEMO: '1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 900_000; // a PostgreSQL demo seed takes minutes on 2 cores
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer in time:\n${output}`);
}
