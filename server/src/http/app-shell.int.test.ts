// The page a community worker's phone gets for /inbox carries her open work, drawn on the server, so she
// reads what is due before the scripts arrive; nobody else's page carries it, and it is never cached.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { describeEachDatabase } from '../testing/harness.js';

const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script>
<link rel="stylesheet" crossorigin href="/assets/index-Ef56Gh78.css"></head><body><div id="root"></div></body></html>`;

let webDist: string;
beforeAll(() => {
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-web-'));
  fs.writeFileSync(path.join(webDist, 'index.html'), INDEX);
});
afterAll(() => fs.rmSync(webDist, { recursive: true, force: true }));

describeEachDatabase(
  'the inbox preview in the page',
  (env) => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await buildApp({ ...env().ctx, config: { ...env().ctx.config, webDist } });
      await app.ready();
    });
    afterAll(async () => app.close());

    it('shows a worker her open work, escaped, and to nobody else', async () => {
      const d = await env().build.district({ streets: 1, communities: 2 });
      const officer = await env().build.officer(d);
      const admission = await env().build.admission(d);
      const title = '汛期物资清点 <b>&</b>';
      const sent = await officer.agent.post('/api/v1/dispatches', {
        admissionId: admission.id,
        title,
        instructions: '清点本社区应急物资。',
        dueDate: env().dates.daysFromToday(10),
        targets: { type: 'communities', codes: [d.communities[0]] },
      });
      expect(sent.statusCode, sent.body).toBe(201);
      const worker = await env().build.account('community_worker', d.communities[0]!);
      const neighbour = await env().build.account('community_worker', d.communities[1]!);

      const page = (cookie: string | null, url = '/inbox', lang?: string) =>
        app.inject({
          method: 'GET',
          url,
          headers: { ...(cookie ? { cookie } : {}), ...(lang ? { 'accept-language': lang } : {}) },
        });

      const mine = await page(worker.agent.cookie);
      expect(mine.statusCode).toBe(200);
      expect(mine.headers['cache-control']).toBe('private, no-store');
      expect(mine.body).toContain('社区待办');
      expect(mine.body).toContain('汛期物资清点 &lt;b&gt;&amp;&lt;/b&gt;');
      expect(mine.body).not.toContain('<b>&</b>');
      expect(mine.body).toContain(`完成期限 ${env().dates.daysFromToday(10)}`);
      expect(mine.body).toContain('新派发');
      // The stylesheet moves below the preview, so it no longer holds back the first paint.
      expect(mine.body.indexOf('id="shell-preview"')).toBeLessThan(mine.body.indexOf('rel="stylesheet"'));
      expect(mine.body.indexOf('rel="stylesheet"')).toBeGreaterThan(mine.body.indexOf('<div id="root">'));
      expect((await page(worker.agent.cookie, '/inbox', 'en-GB,en;q=0.9')).body).toContain('Community inbox');

      // Another community's worker, the department officer, a stranger and another page: the plain page.
      for (const other of [
        await page(neighbour.agent.cookie),
        await page(officer.agent.cookie),
        await page(null),
        await page(worker.agent.cookie, '/forms'),
      ]) {
        expect(other.statusCode).toBe(200);
        expect(other.body).toBe(INDEX);
        expect(other.headers['cache-control']).toBe('no-cache');
      }
    });
  },
  { demo: false },
);
