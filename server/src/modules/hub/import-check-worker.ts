// The dry run's checking thread (started by import-checker.ts): checks the batches of rows it is sent, in
// the order they come, and answers each with its CheckedRows. Its first message is the run's CheckSetup.
import { parentPort } from 'node:worker_threads';
import { checkRows, type CheckSetup } from './import-check.js';
import type { CheckRequest } from './import-checker.js';

let setup: CheckSetup | null = null;

parentPort!.on('message', (m: { setup: CheckSetup } | CheckRequest) => {
  if ('setup' in m) {
    setup = m.setup;
    return;
  }
  const result = checkRows(setup!, m.rowNos, m.cells, m.encode);
  parentPort!.postMessage({ id: m.id, result }, [result.bad.buffer]);
});
