// Entry for `npm run bench -- <name> [size]`: runs one benchmark script from bench/. Every bench takes
// `small`, the size CI runs (.ci/run) so that none can rot; import takes a row count, load seconds and
// users, cold-start a number of runs.
const name = process.argv[2];
const SMALL_SIZE: Record<string, string[]> = { import: ['2000'], load: ['10', '10'], 'cold-start': ['1'] };
if (process.argv[3] === 'small' && SMALL_SIZE[name]) process.argv.splice(3, 1, ...SMALL_SIZE[name]);
const benches: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  'org-import': () => import('./org-import.js'),
  'matcher-eval': () => import('./matcher-eval.js'),
  'matcher-speed': () => import('./matcher-speed.js'),
  'matcher-semantics': () => import('./matcher-semantics.js'),
  import: () => import('./import.js'),
  ledger: () => import('./ledger.js'),
  city: () => import('./city.js'),
  burden: () => import('./burden.js'),
  load: () => import('./load.js'),
  'cold-start': () => import('./cold-start.js'),
};
if (!name || !benches[name]) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join(' | ')}> [small | size]`);
  process.exit(2);
}
await (await benches[name]()).run();
