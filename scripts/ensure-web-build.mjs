// Builds the web app when web/dist is missing or older than its sources, so that `npm start` and
// `npm test` work on a fresh clone without a separate build step.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'web', 'dist', 'index.html');

function newest(dir) {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(newest(path.join(root, 'web')), newest(path.join(root, 'common')));
if (fs.existsSync(dist) && fs.statSync(dist).mtimeMs >= sources) process.exit(0);
console.log('构建前端 (vite build) …');
execFileSync(
  process.execPath,
  [
    path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--config',
    'web/vite.config.ts',
    '--logLevel',
    'warn',
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
);

// Compress the build once, at the highest levels, so the server sends .br/.gz files as they are
// (@fastify/static preCompressed) instead of compressing every request.
function precompress(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) precompress(p);
    else if (/\.(js|css|html|svg|json|txt)$/.test(entry.name) && fs.statSync(p).size > 1024) {
      const body = fs.readFileSync(p);
      fs.writeFileSync(
        `${p}.br`,
        zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
      fs.writeFileSync(`${p}.gz`, zlib.gzipSync(body, { level: 9 }));
    }
  }
}
precompress(path.join(root, 'web', 'dist'));
