// The login page's JavaScript budget: what web/dist/index.html loads (its module script and
// modulepreload links) must stay under 600 KB before compression. Run after `vite build`.
import fs from 'node:fs';
import path from 'node:path';

const BUDGET = 600_000;
const dist = path.resolve(import.meta.dirname, '..', 'web', 'dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const sizes = files.map((f) => ({ file: f, bytes: fs.statSync(path.join(dist, f)).size }));
const total = sizes.reduce((n, s) => n + s.bytes, 0);
const line = `login page JavaScript: ${total.toLocaleString('en')} bytes in ${files.length} files (budget ${BUDGET.toLocaleString('en')})`;
if (total > BUDGET) {
  console.error(`${line}\n${sizes.map((s) => `  ${s.bytes.toLocaleString('en').padStart(9)}  ${s.file}`).join('\n')}`);
  process.exit(1);
}
console.log(line);
