// Runs the dry run's per-row checks (import-check.ts) on a thread of their own, so that on a machine with a
// second core the file's reading, the subject lookups and the staging go on while rows are validated.
//
// The thread runs a bundle of import-check-worker.ts and the pure modules it imports, made once per process
// by esbuild: the server runs TypeScript through tsx, whose hooks a worker thread does not inherit (and
// registering them in each thread costs ~0.3 s); the bundle runs in plain Node, under tsx, vitest or
// `npm start` alike.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckSetup, CheckedRows } from './import-check.js';

export interface CheckRequest {
  id: number;
  rowNos: Int32Array<ArrayBuffer>;
  cells: string[][];
  encode: boolean;
}

let source: Promise<string> | null = null;

function workerSource(): Promise<string> {
  if (!source) {
    const entry = fileURLToPath(new URL('./import-check-worker.ts', import.meta.url));
    source = import('esbuild')
      .then((esbuild) =>
        esbuild.build({
          entryPoints: [entry],
          bundle: true,
          format: 'esm',
          platform: 'node',
          target: 'node20',
          write: false,
          logLevel: 'silent',
        }),
      )
      .then((r) => r.outputFiles[0].text);
    source.catch(() => (source = null)); // tried again by the next dry run
  }
  return source;
}

/** Makes the bundle ahead of the first dry run (at upload: the steward checks the mapping meanwhile). */
export function prepareChecker(): void {
  workerSource().catch(() => undefined);
}

/** One dry run's checking thread: batches answered in the order they were sent. */
export class RowChecker {
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (r: CheckedRows) => void; reject: (e: unknown) => void }>();
  private failure: unknown = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (m: { id: number; result: CheckedRows }) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      w?.resolve(m.result);
    });
    const fail = (err: unknown) => {
      this.failure ??= err;
      for (const w of this.waiting.values()) w.reject(this.failure);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`import checker exited (${code})`)));
  }

  static async start(setup: CheckSetup): Promise<RowChecker> {
    const code = await workerSource();
    // No execArgv: the bundle needs none of the parent's loaders (tsx's, vitest's).
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { execArgv: [] });
    worker.postMessage({ setup });
    return new RowChecker(worker);
  }

  /** Batches sent and not yet answered. */
  get queued(): number {
    return this.waiting.size;
  }

  /** Checks a batch (`encode` false: no data JSON or fingerprint, the run already has a bad row). */
  check(rowNos: Int32Array<ArrayBuffer>, cells: string[][], encode: boolean): Promise<CheckedRows> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next++;
    const answer = new Promise<CheckedRows>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    const request: CheckRequest = { id, rowNos, cells, encode };
    this.worker.postMessage(request, [rowNos.buffer]);
    return answer;
  }

  async close(): Promise<void> {
    this.failure ??= new Error('import checker closed');
    await this.worker.terminate();
  }
}
