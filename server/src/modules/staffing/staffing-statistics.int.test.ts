// Staffing beyond the table's basics, on builders: official statistics a data steward enters where the
// hub has no population (used and shown as such, refused when bad or out of scope), the pay-grade ladder
// (三岗十八级) in the versioned standard with staff by post and grade, the distribution of households per
// worker, and one's own grid — a resident's by her record, a worker's by her roster entry.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';

const person = (name: string, over: Record<string, unknown> = {}) => ({
  name,
  post: 'full_time',
  certificate: 'none',
  hiredOn: '2020-03-01',
  ...over,
});

describeEachDatabase(
  'staffing: official statistics, the pay-grade ladder, my grid',
  (env) => {
    it('a steward enters official statistics for a community the hub has no population for; the table says so', async () => {
      const d = await env().build.district({ streets: 1, communities: 2 });
      const [counted, empty] = d.communities;
      await env().build.households(counted, [[{ name: '张三', gender: 'male', age: 40 }]]);
      const steward = (await env().build.steward(d.code)).agent;
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      const body = {
        residents: 6200,
        households: 2400,
        source: '区统计局2025年统计年报',
        asOf: env().dates.daysFromToday(-30),
      };

      const before = (await steward.get(`/api/v1/staffing/orgs/${empty}`)).json();
      expect(before.households).toBe(0);
      expect(before.populationMissing).toBe(1);
      expect(before.official).toBeNull();

      const put = await steward.request('PUT', `/api/v1/staffing/orgs/${empty}/statistics`, body);
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json()).toMatchObject({ residents: 6200, households: 2400, inUse: true });

      const after = (await street.get(`/api/v1/staffing/orgs/${empty}`)).json();
      expect(after).toMatchObject({
        residents: 6200,
        households: 2400,
        populationMissing: 0,
        populationSource: 'official',
        official: { source: '区统计局2025年统计年报', asOf: body.asOf },
      });
      expect(after.required.gridWorkers).toBe(8); // 2,400 ÷ 300
      expect(after.required.per10k).toBe(11.2); // 6,200 × 18 ÷ 10,000
      const streetRow = (await street.get(`/api/v1/staffing/orgs/${d.streets[0].code}`)).json();
      expect(streetRow).toMatchObject({ populationSource: 'mixed', officialCommunities: 1, households: 2401 });

      // The XLSX says where each community's population comes from (column 16).
      const xlsx = await street.get(`/api/v1/staffing/orgs/${d.streets[0].code}/export.xlsx`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('定人定岗')!;
      expect(sheet.getCell(2, 16).value).toBe('人口来源');
      expect(sheet.getCell(4, 16).value).toBe('一表通');
      expect(sheet.getCell(5, 16).value).toBe(`官方统计：区统计局2025年统计年报（${body.asOf}）`);

      // The hub's figures win where it has any: the steward's entry is kept but not used.
      const kept = await steward.request('PUT', `/api/v1/staffing/orgs/${counted}/statistics`, body);
      expect(kept.json().inUse).toBe(false);
      expect((await street.get(`/api/v1/staffing/orgs/${counted}`)).json()).toMatchObject({
        households: 1,
        populationSource: 'hub',
        official: null,
      });
    });

    it('refuses official statistics that are bad (422 naming the field), not a community, or out of scope', async () => {
      const d = await env().build.district({ streets: 1, communities: 1 });
      const other = await env().build.district({ streets: 1, communities: 1 });
      const community = d.communities[0];
      const steward = (await env().build.steward(d.code)).agent;
      const url = `/api/v1/staffing/orgs/${community}/statistics`;
      const ok = {
        residents: 3000,
        households: 1000,
        source: '第七次全国人口普查',
        asOf: env().dates.daysFromToday(-1),
      };
      const fieldsOf = async (body: object) => {
        const r = await steward.request('PUT', url, body);
        expect(r.statusCode, r.body).toBe(422);
        return (r.json().errors as { field: string }[]).map((e) => e.field);
      };
      expect(await fieldsOf({ ...ok, residents: 0 })).toContain('residents');
      expect(await fieldsOf({ ...ok, households: 5000 })).toEqual(['households']); // more households than people
      expect(await fieldsOf({ ...ok, asOf: env().dates.daysFromToday(3) })).toEqual(['asOf']);
      expect(await fieldsOf({ ...ok, source: '  ' })).toEqual(['source']);
      const street = await steward.request('PUT', `/api/v1/staffing/orgs/${d.streets[0].code}/statistics`, ok);
      expect(street.statusCode).toBe(422);
      expect(street.json().errors[0]).toMatchObject({ field: 'code' });

      const outside = (await env().build.steward(other.code)).agent;
      const r = await outside.request('PUT', url, ok);
      expect(r.statusCode).toBe(403);
      expect(r.json().code).toBe('out_of_scope');
      const officer = (await env().build.streetOfficer(d.streets[0].code)).agent;
      expect((await officer.request('PUT', url, ok)).statusCode).toBe(403);
    });

    it('keeps the pay-grade ladder in the versioned standard and counts staff by post and grade', async () => {
      const d = await env().build.district({ streets: 1, communities: 1 });
      const community = d.communities[0];
      const minzheng = (await env().build.officer(d)).agent;
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      const roster = `/api/v1/communities/${community}/roster`;
      for (const p of [
        person('书记甲', { post: 'secretary', postLevel: 1, grade: 4, certificate: 'social_worker' }),
        person('委员乙', { post: 'member', postLevel: 2, grade: 9 }),
        person('网格员丙', { post: 'grid_worker', postLevel: 3, grade: 18 }),
        person('新人丁', {}),
      ])
        expect((await street.post(roster, p)).statusCode).toBe(201);

      const standard = (await minzheng.get(`/api/v1/staffing/standards/${d.code}`)).json();
      expect(standard.standard.payLadder.name).toBe('三岗十八级');
      const row = (await street.get(`/api/v1/staffing/orgs/${community}`)).json();
      expect(row.ladderName).toBe('三岗十八级');
      expect(row.byLevel).toEqual({ '0': 1, '1': 1, '2': 1, '3': 1 });
      expect(row.byGrade).toEqual([
        { grade: 4, n: 1 },
        { grade: 9, n: 1 },
        { grade: 18, n: 1 },
      ]);
      // 3,200 base; 150 a grade above 18; post allowances 1,200 / 800 / 400; 社会工作师 300.
      expect(row.monthlyPay).toBe(3200 + 14 * 150 + 1200 + 300 + (3200 + 9 * 150 + 800) + (3200 + 400));

      // 民政 raises the third post's allowance: a new version, the pay follows.
      const ladder = standard.standard.payLadder;
      const posts = ladder.posts.map((p: { level: number }) => (p.level === 3 ? { ...p, postAllowance: 600 } : p));
      const put = await minzheng.request('PUT', `/api/v1/staffing/standards/${d.code}`, {
        payLadder: { ...ladder, posts },
      });
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json().versions).toHaveLength(1);
      expect((await street.get(`/api/v1/staffing/orgs/${community}`)).json().monthlyPay).toBe(row.monthlyPay + 200);

      // A ladder with a gap between its posts' grades: 422 naming the post.
      const gap = ladder.posts.map((p: { level: number; gradeFrom: number }) =>
        p.level === 2 ? { ...p, gradeFrom: 8 } : p,
      );
      const bad = await minzheng.request('PUT', `/api/v1/staffing/standards/${d.code}`, {
        payLadder: { ...ladder, posts: gap },
      });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'payLadder.posts.1.gradeFrom' })]);
    });

    it('charts households per person in post over the communities of a street', async () => {
      const d = await env().build.district({ streets: 1, communities: 2 });
      const [a, b] = d.communities;
      await env().build.households(
        a,
        Array.from({ length: 30 }, (_, i) => [{ name: `居民${i}`, gender: 'male' as const, age: 40 }]),
      );
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      await street.request('PUT', '/api/v1/burden/capacity', {
        items: [
          { community: a, staff: 1 },
          { community: b, staff: 3 },
        ],
      });
      const row = (await street.get(`/api/v1/staffing/orgs/${d.streets[0].code}`)).json();
      // Only the community with both households and staff: 30 households for 1 person.
      expect(row.householdsPerWorker[0]).toEqual({ from: 0, to: 100, communities: 1 });
      expect(row.householdsPerWorker.reduce((n: number, x: { communities: number }) => n + x.communities, 0)).toBe(1);
    });

    it('shows a resident her grid and its grid worker, and a worker linked in the roster her own grid', async () => {
      const d = await env().build.district({ streets: 1, communities: 1 });
      const community = d.communities[0];
      const [grid, other] = await env().build.grids([{ code: community, name: '翠竹社区' }], 2);
      const [home] = await env().build.households(community, [[{ name: '李四', gender: 'female', age: 36 }]], {
        grid,
      });
      const resident = (await env().build.resident(community, home.residents[0])).agent;
      const worker = await env().build.worker(community, '王网格');
      const workerId = (await env().ctx.services.accounts.actingAs(worker.username)).id;
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      const roster = `/api/v1/communities/${community}/roster`;

      expect((await resident.get('/api/v1/staffing/my-grid')).json()).toMatchObject({
        grid: { code: grid },
        workers: [],
      });
      // Linking to an account that is not one of the community's workers: 422 naming the field.
      const wrong = await street.post(
        roster,
        person('王网格', { post: 'grid_worker', gridCode: grid, userId: 999999 }),
      );
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json().errors[0]).toMatchObject({ field: 'userId' });
      const page = (await street.get(roster)).json();
      expect(page.accounts).toEqual([{ id: workerId, name: '王网格' }]);
      const added = await street.post(
        roster,
        person('王网格', { post: 'grid_worker', gridCode: grid, userId: workerId }),
      );
      expect(added.statusCode, added.body).toBe(201);
      expect(added.json().account).toEqual({ id: workerId, name: '王网格' });
      await street.post(roster, person('赵网格', { post: 'grid_worker', gridCode: other }));

      const mine = (await resident.get('/api/v1/staffing/my-grid')).json();
      expect(mine).toEqual({
        community: { code: community, name: expect.any(String) },
        grid: { code: grid, name: '第1网格' },
        workers: [{ name: '王网格', post: 'grid_worker' }],
      });
      expect((await worker.agent.get('/api/v1/staffing/my-grid')).json().grid.code).toBe(grid);
      const plans = (await worker.agent.get(`/api/v1/communities/${community}/grid-plans`)).json();
      expect(
        plans.currentGrids.map((g: { code: string; workers: string[]; mine: boolean }) => [g.code, g.workers, g.mine]),
      ).toEqual([
        [grid, ['王网格'], true],
        [other, ['赵网格'], false],
      ]);
      // Residents see nothing else of staffing.
      expect((await resident.get(`/api/v1/staffing/orgs/${community}`)).statusCode).toBe(403);
    });
  },
  { demo: false },
);
