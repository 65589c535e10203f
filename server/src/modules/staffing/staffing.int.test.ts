// Staffing (定人定岗) through the API, on builders: the staffing table (the three standards, the WISN
// figure moving with admitted hours), standards inherited from the district, who may read and plan,
// and a grid plan proposed from the hub's households and adopted in one transaction.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import type { ResidentSpec } from '../../testing/households.js';
import { describeEachDatabase } from '../../testing/harness.js';

interface Row {
  org: { code: string; name: string; level: string };
  residents: number;
  households: number;
  staff: number | null;
  required: { per10k: number; gridWorkers: number; wisn: number };
  gap: number | null;
  wisnRatio: number | null;
  sizeBand: string | null;
  burdenHoursPerMonth: number;
}
interface OrgReply extends Row {
  wisn: { items: { key: string; hoursPerYear: number }[]; workloadHours: number; availableHoursPerWorker: number };
  standardFrom: { code: string; version: number } | null;
}
interface Plan {
  id: number;
  status: string;
  version: number | null;
  households: number;
  residents: number;
  outsideTolerance: number;
  grids: {
    code: string;
    name: string;
    households: number;
    residents: number;
    elderlyAlone: number;
    buildings: string[];
  }[];
}

/** n families of two, every fifth an elderly person living alone instead. */
const families = (n: number): ResidentSpec[][] =>
  Array.from({ length: n }, (_, i) =>
    i % 5 === 0
      ? [{ name: `独居${i}`, gender: 'female', age: 78, values: { living_alone: 'true' } }]
      : [
          { name: `户主${i}`, gender: 'male', age: 45 },
          { name: `配偶${i}`, gender: 'female', age: 43, relation: '10' },
        ],
  );

describeEachDatabase(
  'staffing',
  (env) => {
    it('shows required vs actual by the three standards, and the WISN figure rises when an admission adds hours', async () => {
      const d = await env().build.district({ streets: 1, communities: 3 });
      const [first, second] = d.communities;
      await env().build.households(first, families(100));
      await env().build.households(second, families(10));
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      expect(
        (
          await street.request('PUT', '/api/v1/burden/capacity', {
            items: [
              { community: first, staff: 2 },
              { community: d.communities[2], staff: 4 },
            ],
          })
        ).statusCode,
      ).toBe(204);
      const minzheng = (await env().build.officer(d)).agent;

      const get = async (url: string) => {
        const r = await minzheng.get(url);
        expect(r.statusCode, r.body).toBe(200);
        return r.json();
      };
      const before = (await get(`/api/v1/staffing/orgs/${first}`)) as OrgReply;
      expect(before.residents).toBe(180);
      expect(before.households).toBe(100);
      expect(before.staff).toBe(2);
      expect(before.required.per10k).toBe(0.3); // 180 ÷ 10,000 × 18, one decimal
      expect(before.required.gridWorkers).toBe(1);
      expect(before.required.wisn).toBeGreaterThan(0);
      expect(before.wisnRatio).toBeCloseTo(2 / before.required.wisn, 1);
      expect(before.sizeBand).toBe('below');
      expect(before.standardFrom).toBeNull(); // the national defaults
      expect(before.wisn.items.map((i) => i.key)).toContain('vulnerable_assistance');

      // The street: one row per community, the sums on the street's own row.
      const children = (await get(`/api/v1/staffing/orgs/${d.streets[0].code}/children`)).items as Row[];
      expect(children.map((c) => c.org.code)).toEqual(d.streets[0].communities);
      expect(children[1].staff).toBeNull();
      const streetRow = (await get(`/api/v1/staffing/orgs/${d.streets[0].code}`)) as Row;
      expect(streetRow.households).toBe(110);
      // The third community has staff but no population in the hub: counted, never compared.
      expect(children[2].gap).toBeNull();
      expect(children[2].sizeBand).toBeNull();
      expect(streetRow.staff).toBe(6);
      expect((streetRow as Row & { populationMissing: number }).populationMissing).toBe(1);
      expect(streetRow.gap).toBe(
        Math.round((2 - Math.max(before.required.per10k, before.required.gridWorkers, before.required.wisn)) * 10) / 10,
      );
      expect((await get(`/api/v1/staffing/orgs/${d.code}/children`)).items).toHaveLength(1);

      // Admitted work measured by 负担监测 adds hours; the WISN requirement follows.
      await env().build.admission(d, { frequency: 'weekly', minutesPerOccurrence: 600, decidedDaysAgo: 70 });
      await env().ctx.services.burden.drain();
      const after = (await get(`/api/v1/staffing/orgs/${first}`)) as OrgReply;
      expect(after.burdenHoursPerMonth).toBeGreaterThan(before.burdenHoursPerMonth);
      expect(after.required.wisn).toBeGreaterThan(before.required.wisn);
      expect(after.wisnRatio!).toBeLessThan(before.wisnRatio!);
      expect(after.wisn.items.find((i) => i.key === 'admitted_work')!.hoursPerYear).toBeGreaterThan(0);
      expect(after.required.per10k).toBe(before.required.per10k);

      // The table as XLSX: the street's own row, then its communities.
      const xlsx = await minzheng.get(`/api/v1/staffing/orgs/${d.streets[0].code}/export.xlsx`);
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('定人定岗')!;
      expect(sheet.getCell(3, 2).value).toBe(d.streets[0].code);
      expect(sheet.getCell(4, 2).value).toBe(first);
      expect(sheet.getCell(4, 6).value).toBe(2);
      expect(sheet.rowCount).toBe(2 + 1 + 3);
    });

    it("counts a recorded 议事会 as the community's own service work, never as burden from above", async () => {
      const d = await env().build.district({ streets: 1, communities: 1 });
      const [home] = d.communities;
      await env().build.households(home, families(20));
      const minzheng = (await env().build.officer(d)).agent;
      const worker = (await env().build.worker(home)).agent;
      const burdenOf = async () =>
        (await env().anon.get(`/api/v1/public/burden?org=${home}`)).json<{ totalHours: number }>().totalHours;
      const read = async () => (await minzheng.get(`/api/v1/staffing/orgs/${home}`)).json<OrgReply>();
      const own = (r: OrgReply) => r.wisn.items.find((i) => i.key === 'deliberation_meetings')!.hoursPerYear;
      const before = await read();
      const burdenBefore = await burdenOf();
      expect(own(before)).toBe(0);

      const topic = await worker.post(`/api/v1/communities/${home}/topics`, {
        title: '小区公共收益用于更换路灯',
        description: '广告位收益约 3 万元。',
        category: 'public_income',
      });
      expect(topic.statusCode, topic.body).toBe(201);
      const meeting = await worker.post(`/api/v1/communities/${home}/meetings`, {
        heldOn: env().dates.today(),
        place: '社区议事厅',
        online: false,
        topicIds: [topic.json<{ id: number }>().id],
        participants: [{ type: 'resident_rep', count: 7, names: '' }],
        minutes: '同意提交居民表决。',
        opinions: '',
      });
      expect(meeting.statusCode, meeting.body).toBe(201);
      await env().ctx.services.burden.drain();

      const after = await read();
      expect(own(after)).toBe(4); // one meeting at the default 240 minutes
      expect(after.wisn.items.find((i) => i.key === 'deliberation_topics')!.hoursPerYear).toBe(2);
      expect(after.wisn.workloadHours).toBeCloseTo(before.wisn.workloadHours + 6, 1);
      expect(after.required.wisn).toBeGreaterThanOrEqual(before.required.wisn);
      // 负担监测 does not move: neither the staffing table's admitted hours nor the public burden figure.
      expect(after.burdenHoursPerMonth).toBe(before.burdenHoursPerMonth);
      expect(after.wisn.items.find((i) => i.key === 'admitted_work')!.hoursPerYear).toBe(0);
      expect(await burdenOf()).toBe(burdenBefore);
    });

    it('versions a district standard that its communities inherit; refuses a standard of 0 or less', async () => {
      const d = await env().build.district({ streets: 1, communities: 1 });
      const community = d.communities[0];
      await env().build.households(community, families(20));
      const minzheng = (await env().build.officer(d)).agent;
      for (const bad of [0, -3]) {
        const r = await minzheng.request('PUT', `/api/v1/staffing/standards/${d.code}`, { workersPer10k: bad });
        expect(r.statusCode).toBe(422);
        expect(r.json().errors.map((f: { field: string }) => f.field)).toContain('workersPer10k');
      }
      const band = await minzheng.request('PUT', `/api/v1/staffing/standards/${d.code}`, { sizeBandMin: 5000 });
      expect(band.statusCode).toBe(422);
      expect(band.json().errors[0].field).toBe('sizeBandMax');
      const street = await minzheng.request('PUT', `/api/v1/staffing/standards/${d.streets[0].code}`, {
        workersPer10k: 20,
      });
      expect(street.statusCode).toBe(422);
      expect(street.json().errors[0]).toMatchObject({ field: 'code', reason: 'not_a_jurisdiction' });
      // Another department of the district may not set it.
      const weijian = (await env().build.officer(d, 'weijian')).agent;
      expect(
        (await weijian.request('PUT', `/api/v1/staffing/standards/${d.code}`, { workersPer10k: 20 })).statusCode,
      ).toBe(403);

      const put = await minzheng.request('PUT', `/api/v1/staffing/standards/${d.code}`, { workersPer10k: 25 });
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json().versions).toHaveLength(1);
      expect(put.json().canEdit).toBe(true);
      const again = await minzheng.request('PUT', `/api/v1/staffing/standards/${d.code}`, {
        householdsPerGridWorker: 20,
      });
      expect(again.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
      expect(again.json().standard).toMatchObject({ workersPer10k: 25, householdsPerGridWorker: 20 });

      const inherited = (await minzheng.get(`/api/v1/staffing/standards/${community}`)).json();
      expect(inherited.from).toMatchObject({ code: d.code, version: 2 });
      expect(inherited.canEdit).toBe(false);
      const row = (await minzheng.get(`/api/v1/staffing/orgs/${community}`)).json() as OrgReply;
      expect(row.required.per10k).toBe(Math.round((36 / 10000) * 25 * 10) / 10);
      expect(row.required.gridWorkers).toBe(1); // 20 households, 20 a grid worker
    });

    it('lets street officers and 民政 plan, reviewers and the community read, others not', async () => {
      const d = await env().build.district({ streets: 1, communities: 2 });
      const other = await env().build.district({ streets: 1, communities: 1 });
      const [mine, neighbour] = d.communities;
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      const reviewer = (await env().build.reviewer(d)).agent;
      const worker = (await env().build.worker(mine)).agent;
      const outsider = (await env().build.streetOfficer(other.streets[0].code)).agent;

      expect((await reviewer.get(`/api/v1/staffing/orgs/${d.code}`)).statusCode).toBe(200);
      expect((await worker.get(`/api/v1/staffing/orgs/${mine}`)).statusCode).toBe(200);
      expect((await worker.get(`/api/v1/communities/${mine}/grid-plans`)).json().canPlan).toBe(false);
      expect((await worker.get(`/api/v1/staffing/orgs/${neighbour}`)).statusCode).toBe(403);
      expect((await worker.get(`/api/v1/staffing/orgs/${d.streets[0].code}`)).statusCode).toBe(403);
      expect((await worker.post(`/api/v1/communities/${mine}/grid-plans`, { householdsPerGrid: 300 })).statusCode).toBe(
        403,
      );
      expect(
        (await reviewer.post(`/api/v1/communities/${mine}/grid-plans`, { householdsPerGrid: 300 })).statusCode,
      ).toBe(403);
      for (const url of [
        `/api/v1/staffing/orgs/${d.code}`,
        `/api/v1/staffing/orgs/${mine}/children`,
        `/api/v1/communities/${mine}/grid-plans`,
      ])
        expect((await outsider.get(url)).statusCode, url).toBe(403);
      const out = await outsider.post(`/api/v1/communities/${mine}/grid-plans`, { householdsPerGrid: 300 });
      expect(out.statusCode).toBe(403);
      expect(out.json().code).toBe('out_of_scope');

      // Bad input names its field.
      for (const n of [49, 1001]) {
        const r = await street.post(`/api/v1/communities/${mine}/grid-plans`, { householdsPerGrid: n });
        expect(r.statusCode).toBe(422);
        expect(r.json().errors[0].field).toBe('householdsPerGrid');
      }
      const notCommunity = await street.post(`/api/v1/communities/${d.streets[0].code}/grid-plans`, {
        householdsPerGrid: 300,
      });
      expect(notCommunity.statusCode).toBe(422);
      expect(notCommunity.json().errors[0]).toMatchObject({ field: 'code', reason: 'not_a_community' });
      expect((await street.get('/api/v1/staffing/orgs/990199')).statusCode).toBe(404);
      // A community the hub holds no households of gets no plan (an empty one would remove its grids).
      const empty = await street.post(`/api/v1/communities/${mine}/grid-plans`, { householdsPerGrid: 300 });
      expect(empty.statusCode).toBe(409);
      expect(empty.json().code).toBe('grid_plan_no_households');
    });

    it('proposes grids of whole buildings from the hub and adopts them in place of the old grids', async () => {
      const d = await env().build.district({ streets: 1, communities: 1 });
      const community = d.communities[0];
      const old = await env().build.grids([{ code: community, name: '翠竹社区' }], 5);
      await env().build.households(community, families(120), { grid: old[0] });
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;

      const r = await street.post(`/api/v1/communities/${community}/grid-plans`, { householdsPerGrid: 60 });
      expect(r.statusCode, r.body).toBe(201);
      const plan = r.json() as Plan;
      expect(plan.status).toBe('proposed');
      expect(plan.households).toBe(120);
      expect(plan.grids.reduce((n, g) => n + g.households, 0)).toBe(120);
      expect(plan.grids.reduce((n, g) => n + g.residents, 0)).toBe(plan.residents);
      expect(plan.grids.reduce((n, g) => n + g.elderlyAlone, 0)).toBe(24);
      const buildings = plan.grids.flatMap((g) => g.buildings);
      expect(new Set(buildings).size).toBe(buildings.length); // no building in two grids
      expect(plan.grids.map((g) => g.name)).toEqual(plan.grids.map((_, i) => `第${i + 1}网格`));
      expect(plan.outsideTolerance).toBe(0);

      const adopted = await street.post(`/api/v1/communities/${community}/grid-plans/${plan.id}/adopt`);
      expect(adopted.statusCode, adopted.body).toBe(200);
      expect(adopted.json()).toMatchObject({ status: 'adopted', version: 1 });
      const state = (await street.get(`/api/v1/communities/${community}/grid-plans`)).json();
      expect(state.currentGrids.map((g: { code: string }) => g.code)).toEqual(plan.grids.map((g) => g.code));
      expect(state.currentGrids.map((g: { households: number }) => g.households)).toEqual(
        plan.grids.map((g) => g.households),
      );
      expect(state.households).toBe(120);
      const tree = await env().ctx.services.orgs.gridsOf(community);
      expect(tree).toHaveLength(plan.grids.length);

      expect((await street.post(`/api/v1/communities/${community}/grid-plans/${plan.id}/adopt`)).statusCode).toBe(409);
      expect((await street.post(`/api/v1/communities/${community}/grid-plans/999999/adopt`)).statusCode).toBe(404);
      const next = (
        await street.post(`/api/v1/communities/${community}/grid-plans`, { householdsPerGrid: 120 })
      ).json();
      await street.post(`/api/v1/communities/${community}/grid-plans/${next.id}/adopt`);
      const plans = (await street.get(`/api/v1/communities/${community}/grid-plans`)).json().plans as Plan[];
      expect(plans.map((p) => [p.status, p.version])).toEqual([
        ['adopted', 2],
        ['superseded', 1],
      ]);
      expect(await env().ctx.services.orgs.gridsOf(community)).toHaveLength(1);
    });
  },
  { demo: false },
);
