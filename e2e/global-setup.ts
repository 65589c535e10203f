// Starts Jianfu for the browser journeys: the real CLI (`main.ts serve`) in demo mode on a free port, with
// a throwaway SQLite file — one server per journey file running at once. The journeys talk to it like a
// user's browser would.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyDemoSnapshot } from '../server/src/testing/demo-snapshot.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrls: string[];
    chromium: string | null;
  }
}

export const CHROMIUM = process.env.JIANFU_CHROMIUM ?? '/usr/bin/chromium';

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

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  // The demo loads before the server answers: minutes on a loaded 2-core machine.
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer in time:\n${log()}`);
}

/** How many journey files run at once, each against its own server (a copy of the same demo). */
export const JOURNEY_SERVERS = Math.max(1, Number(process.env.JIANFU_E2E_SERVERS ?? 2));

interface Server {
  baseUrl: string;
  stop(): Promise<void>;
}

async function startServer(snapshotDir: string): Promise<Server> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-e2e-'));
  copyDemoSnapshot(dataDir, snapshotDir);
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      JIANFU_DATA_DIR: dataDir,
      JIANFU_DEMO: '1',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  return {
    baseUrl,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = fs.existsSync(CHROMIUM) ? CHROMIUM : null;
  project.provide('chromium', chromium);
  // A developer without Chromium sees the journeys skipped with the reason; CI must not go green that way.
  if (!chromium && process.env.CI && !['0', 'false'].includes(process.env.CI)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the browser journeys cannot run. Install Debian's chromium and fonts-wqy-microhei (apt-get install chromium fonts-wqy-microhei), or set JIANFU_CHROMIUM.`,
    );
  }
  if (!chromium) {
    project.provide('baseUrls', []);
    return async () => undefined;
  }
  // The demo is loaded once (in CI: the run's snapshot, which the benchmarks copy too; the first server's
  // synchronous copy loads it) and each server starts on its own copy, so journeys running side by side
  // never see each other's writes.
  const ownSnapshot = process.env.JIANFU_DEMO_SNAPSHOT ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-demo-'));
  const snapshotDir = process.env.JIANFU_DEMO_SNAPSHOT ?? ownSnapshot!;
  const servers = await Promise.all(Array.from({ length: JOURNEY_SERVERS }, () => startServer(snapshotDir)));
  project.provide(
    'baseUrls',
    servers.map((s) => s.baseUrl),
  );
  return async () => {
    await Promise.all(servers.map((s) => s.stop()));
    if (ownSnapshot) fs.rmSync(ownSnapshot, { recursive: true, force: true });
  };
}
