// What leaves the server: compressed and cacheable web assets, pages under a strict CSP, API answers
// never stored, and proxies believed only when configured.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { describeEachDatabase } from '../testing/harness.js';
import type { Config } from '../config.js';
import { TEST_CITY, TEST_PASSWORD } from '../testing/builders.js';

const ASSET = 'index-Ab12Cd34.js';
const script = `console.log(${JSON.stringify('减负'.repeat(4000))});\n`;

let webDist: string;

beforeAll(() => {
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-web-'));
  fs.mkdirSync(path.join(webDist, 'assets'));
  fs.writeFileSync(
    path.join(webDist, 'index.html'),
    `<!doctype html><script type="module" src="/assets/${ASSET}"></script>`,
  );
  fs.writeFileSync(path.join(webDist, 'assets', ASSET), script);
  fs.writeFileSync(path.join(webDist, 'assets', `${ASSET}.br`), zlib.brotliCompressSync(script));
  fs.writeFileSync(path.join(webDist, 'assets', `${ASSET}.gz`), zlib.gzipSync(script));
});

afterAll(() => fs.rmSync(webDist, { recursive: true, force: true }));

describeEachDatabase(
  'delivery and security headers',
  (env) => {
    let app: FastifyInstance;
    const withConfig = async (patch: Partial<Config>) => {
      const a = await buildApp({ ...env().ctx, config: { ...env().ctx.config, webDist, ...patch } });
      await a.ready();
      return a;
    };
    beforeAll(async () => {
      app = await withConfig({});
    });
    afterAll(async () => app.close());

    it('serves the page under a strict CSP, never cached, not frameable', async () => {
      const page = await app.inject({ method: 'GET', url: '/inbox' });
      expect(page.statusCode).toBe(200);
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['referrer-policy']).toBe('same-origin');
    });

    it('sends hashed assets precompressed and cacheable for a year', async () => {
      const br = await app.inject({
        method: 'GET',
        url: `/assets/${ASSET}`,
        headers: { 'accept-encoding': 'br, gzip' },
      });
      expect(br.statusCode).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(script);
      expect(br.rawPayload.length).toBeLessThan(script.length / 10);
      const plain = await app.inject({
        method: 'GET',
        url: `/assets/${ASSET}`,
        headers: { 'accept-encoding': 'identity' },
      });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(script);
    });

    it('compresses large API answers and tells browsers and proxies not to keep them', async () => {
      const docs = await app.inject({ method: 'GET', url: '/api/docs/json', headers: { 'accept-encoding': 'gzip' } });
      expect(docs.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(zlib.gunzipSync(docs.rawPayload).toString()).openapi).toMatch(/^3\./);
      const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me' });
      expect(me.statusCode).toBe(401);
      expect(me.headers['cache-control']).toBe('no-store');
      expect(me.headers['x-content-type-options']).toBe('nosniff');
    });

    it('marks the session cookie Secure when the request came over HTTPS from a trusted proxy', async () => {
      await env().build.district();
      const { username } = await env().build.account('admin', TEST_CITY.code);
      const password = TEST_PASSWORD;
      const login = (a: FastifyInstance) =>
        a.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'x-forwarded-proto': 'https' },
          payload: { username, password },
        });
      const proxied = await withConfig({ trustProxy: ['127.0.0.1'] });
      try {
        const secure = await login(proxied);
        expect(secure.statusCode, secure.body).toBe(200);
        expect(String(secure.headers['set-cookie'])).toMatch(/;\s*Secure/i);
      } finally {
        await proxied.close();
      }
      // The same header from an untrusted client changes nothing (plain HTTP: no Secure flag).
      const direct = await login(app);
      expect(direct.statusCode).toBe(200);
      expect(String(direct.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
    });
    // Last: it uses up the loopback address's login attempts for this app's process.
    it('believes X-Forwarded-* only from a configured proxy: the login throttle is per real address', async () => {
      // 30 failures per address in 15 minutes; a client rotating X-Forwarded-For is still one address.
      const attempt = (i: number) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'x-forwarded-for': `203.0.113.${i}` },
          payload: { username: `nobody${i}`, password: 'wrong-password' },
        });
      const codes: number[] = [];
      for (let i = 0; i < 31; i++) codes.push((await attempt(i)).statusCode);
      expect(codes.slice(0, 30).every((c) => c === 401)).toBe(true);
      expect(codes[30]).toBe(429);
    });
  },
  { demo: false },
);
