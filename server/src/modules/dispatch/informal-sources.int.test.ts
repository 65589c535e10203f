// Informal demands can name any source above the community (issue 12 §6): the street office and its
// internal offices, the district's and the city's departments, or "other" in the worker's own words —
// and burden accounting counts each against that source.
import { expect, it } from 'vitest';
import { describeEachDatabase, type Agent, type TestEnv } from '../../testing/harness.js';

async function record(env: TestEnv, worker: Agent, departmentCode: string, extra: Record<string, unknown> = {}) {
  return worker.post('/api/v1/informal-demands', {
    departmentCode,
    occurredOn: env.dates.today(),
    channel: 'chat_group',
    content: '街道工作群要求当天报送辖区出租房屋名单',
    estimatedMinutes: 120,
    anonymous: false,
    ...extra,
  });
}

describeEachDatabase(
  'informal demands from any source above the community',
  (env) => {
    it('lists the street office and its offices among the sources a worker can name', async () => {
      const d = await env().build.district({ streets: 1, communities: 2 });
      const worker = (await env().build.worker(d.communities[0])).agent;
      const offices = (await worker.get(`/api/v1/orgs/${d.streets[0].code}/departments`)).json();
      expect(offices.map((o: { name: string }) => o.name)).toEqual(
        expect.arrayContaining([`${d.streets[0].name}办事处`, `${d.streets[0].name}党政办公室`]),
      );
    });

    it('records a demand of the street office and one of its offices, counted against them', async () => {
      const d = await env().build.district({ streets: 2, communities: 2 });
      const street = d.streets[0];
      const worker = (await env().build.worker(street.communities[0], '陈晓雯')).agent;
      const office = await record(env(), worker, `${street.code}-banshichu`);
      expect(office.statusCode, office.body).toBe(201);
      expect(office.json().department).toEqual({ code: `${street.code}-banshichu`, name: `${street.name}办事处` });
      const pingan = await record(env(), worker, `${street.code}-pingan`, { sourceNote: '平安办王主任电话' });
      expect(pingan.statusCode, pingan.body).toBe(201);
      expect(pingan.json()).toMatchObject({ sourceNote: '平安办王主任电话' });

      // Another street's office is not above this community.
      const elsewhere = await record(env(), worker, `${d.streets[1].code}-banshichu`);
      expect(elsewhere.statusCode).toBe(422);
      expect(elsewhere.json().errors).toEqual([expect.objectContaining({ field: 'departmentCode' })]);

      const reviewer = (await env().build.reviewer(d)).agent;
      const summary = (await reviewer.get('/api/v1/informal-demands/summary')).json();
      expect(
        summary.find((s: { department: { code: string } }) => s.department.code === `${street.code}-banshichu`),
      ).toMatchObject({ entries: 1, hours: 2 });
      // Burden: the worker's month shows the hours under the street office, without a number.
      await env().ctx.services.burden.recompute();
      const events = (
        await worker.get(`/api/v1/burden/events?community=${street.communities[0]}&month=${env().dates.month()}`)
      ).json();
      const informal = events.filter((e: { source: string }) => e.source === 'informal');
      expect(informal.map((e: { department: { name: string } }) => e.department.name).sort()).toEqual(
        [`${street.name}办事处`, `${street.name}平安建设办公室`].sort(),
      );
      // The street sees what concerns its communities.
      const officer = (await env().build.account('street_officer', street.code)).agent;
      expect((await officer.get('/api/v1/informal-demands')).json().total).toBe(2);
    });

    it('takes "other" only with a note, and counts it against the district’s 其他单位', async () => {
      const d = await env().build.district();
      const worker = (await env().build.worker(d.communities[0])).agent;
      const bare = await record(env(), worker, 'other');
      expect(bare.statusCode).toBe(422);
      expect(bare.json().errors).toEqual([expect.objectContaining({ field: 'sourceNote', reason: 'required' })]);
      const res = await record(env(), worker, 'other', { sourceNote: '自称区创文办的工作人员，未留单位' });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        department: { code: `${d.code}-other`, name: `${d.name}其他单位` },
        sourceNote: '自称区创文办的工作人员，未留单位',
      });
      // Counted, but never offered as a department to choose.
      const listed = (await worker.get(`/api/v1/orgs/${d.code}/departments`)).json();
      expect(listed.find((x: { code: string }) => x.code === `${d.code}-other`)?.active ?? false).toBe(false);
      const again = await record(env(), worker, 'other', { sourceNote: '社区群里转来的通知' });
      expect(again.json().department.code).toBe(`${d.code}-other`);
    });
  },
  { demo: false },
);
