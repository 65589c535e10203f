// Entry for `npm run bench -- <name>`: runs one benchmark script from bench/.
const name = process.argv[2];
const benches: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  'org-import': () => import('./org-import.js'),
  'matcher-eval': () => import('./matcher-eval.js'),
  'matcher-speed': () => import('./matcher-speed.js'),
  import: () => import('./import.js'),
  ledger: () => import('./ledger.js'),
  burden: () => import('./burden.js'),
  load: () => import('./load.js'),
  'cold-start': () => import('./cold-start.js'),
};
if (!name || !benches[name]) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join(' | ')}>`);
  process.exit(2);
}
await (await benches[name]()).run();
