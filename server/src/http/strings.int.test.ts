// Bad text and wrong shapes are refused at the edge with a 422 naming the field, on both databases.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../testing/harness.js';

describeEachDatabase(
  'text and types at the edge',
  (env) => {
    it('refuses a lone surrogate or a NUL in a JSON body, naming the field', async () => {
      for (const raw of ['{"username":"ok\\ud800ok","password":"x"}', '{"username":"a\\u0000b","password":"x"}']) {
        const res = await env().app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'content-type': 'application/json' },
          payload: raw,
        });
        expect(res.statusCode, raw).toBe(422);
        expect(res.headers['content-type']).toContain('problem+json');
        expect(res.json().errors).toEqual([
          expect.objectContaining({ field: 'username', reason: 'invalid_characters' }),
        ]);
      }
    });

    it('refuses a NUL in a query instead of ignoring the filter', async () => {
      const res = await env().anon.get('/api/v1/orgs?q=%00');
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([expect.objectContaining({ field: 'q', reason: 'invalid_characters' })]);
      const surrogate = await env().anon.get('/api/v1/public/admissions/%ED%A0%80');
      expect(surrogate.statusCode).toBeLessThan(500);
    });

    it('stores text normalised (NFC), so the same name is one string', async () => {
      const d = await env().build.district();
      const worker = (await env().build.worker(d.communities[0])).agent;
      const res = await worker.post('/api/v1/informal-demands', {
        departmentCode: d.department('minzheng'),
        occurredOn: env().dates.today(),
        channel: 'phone',
        content: 'Cafe\u0301 电话要求报送名单',
        estimatedMinutes: 30,
        anonymous: false,
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().content).toBe('Caf\u00e9 电话要求报送名单');
    });

    it('never takes a one-item array for a scalar', async () => {
      const d = await env().build.district();
      const officer = (await env().build.officer(d)).agent;
      for (const field of ['minutesPerOccurrence', 'occurrencesPerYear', 'ledgerFields']) {
        const res = await officer.post('/api/v1/admissions/precheck', { title: '探访', [field]: [120] });
        expect(res.statusCode, field).toBe(422);
        expect(res.json().errors).toEqual([expect.objectContaining({ field })]);
      }
    });
  },
  { demo: false },
);
