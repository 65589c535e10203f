// The demo's staffing story (issue 16's "done when"): 蜀山区's table shows every community of 五里墩街道
// against the three standards, and 家家景园社区 (5,000 households) gets a grid plan of about 300
// households a grid, buildings whole, which adopted replaces the demo's grids; its grid worker 陈晓雯
// (worker.jiajia) then sees her grid.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';

const WULIDUN = '340104006';
const JIAJIA = '340104006005';

describeEachDatabase(
  'staffing in the demo',
  (env) => {
    it('shows required vs actual for every community of 五里墩街道', async () => {
      const street = await env().login('street.wulidun');
      const r = await street.get(`/api/v1/staffing/orgs/${WULIDUN}/children`);
      expect(r.statusCode, r.body).toBe(200);
      const items = r.json().items as {
        org: { code: string };
        households: number;
        staff: number | null;
        required: { per10k: number; gridWorkers: number; wisn: number };
        wisnRatio: number | null;
      }[];
      expect(items).toHaveLength(6);
      for (const c of items) {
        expect(c.households, c.org.code).toBeGreaterThan(1000);
        expect(c.staff, c.org.code).not.toBeNull();
        expect(c.required.per10k).toBeGreaterThan(0);
        expect(c.required.gridWorkers).toBeGreaterThan(0);
        expect(c.required.wisn).toBeGreaterThan(0);
        expect(c.wisnRatio).not.toBeNull();
      }
      expect(items.find((c) => c.org.code === JIAJIA)!.households).toBe(5000);
      const district = await (await env().login('dept.shushan.minzheng')).get('/api/v1/staffing/orgs/340104/children');
      expect(district.json().items.find((s: { org: { code: string } }) => s.org.code === WULIDUN).households).toBe(
        items.reduce((n, c) => n + c.households, 0),
      );
    });

    it('counts 家家景园社区 from its demo roster (9 in post, 5 certified); its worker reads it, cannot edit', async () => {
      const worker = await env().login('worker.jiajia');
      const roster = (await worker.get(`/api/v1/communities/${JIAJIA}/roster`)).json();
      expect(roster.total).toBe(9);
      expect(roster.canEdit).toBe(false);
      expect(roster.items.every((e: { isDemo: boolean }) => e.isDemo)).toBe(true);
      const row = (await worker.get(`/api/v1/staffing/orgs/${JIAJIA}`)).json();
      expect(row.staff).toBe(9);
      expect(row.staffSource).toBe('roster');
      expect(row.certifiedShare).toBe(0.556);
      expect(row.byPost.grid_worker).toBe(3);
    });

    it('plans 家家景园社区 in grids of 300 ± 20 %, buildings whole, and adopting it replaces the grids', async () => {
      const street = await env().login('street.wulidun');
      const r = await street.post(`/api/v1/communities/${JIAJIA}/grid-plans`, { householdsPerGrid: 300 });
      expect(r.statusCode, r.body).toBe(201);
      const plan = r.json() as { id: number; grids: { code: string; households: number; buildings: string[] }[] };
      expect(plan.grids.reduce((n, g) => n + g.households, 0)).toBe(5000);
      for (const g of plan.grids) {
        expect(g.households).toBeGreaterThanOrEqual(240);
        expect(g.households).toBeLessThanOrEqual(360);
      }
      const buildings = plan.grids.flatMap((g) => g.buildings);
      expect(new Set(buildings).size).toBe(buildings.length);

      expect((await street.post(`/api/v1/communities/${JIAJIA}/grid-plans/${plan.id}/adopt`)).statusCode).toBe(200);
      const worker = await env().login('worker.jiajia');
      const seen = (await worker.get(`/api/v1/communities/${JIAJIA}/grid-plans`)).json();
      expect(seen.currentGrids.map((g: { code: string }) => g.code)).toEqual(plan.grids.map((g) => g.code));
      expect(seen.currentGrids.map((g: { households: number }) => g.households)).toEqual(
        plan.grids.map((g) => g.households),
      );
      // She is the grid worker of 第1网格 in the roster: after the new plan she sees it as hers.
      const mine = seen.currentGrids.filter((g: { mine: boolean }) => g.mine);
      expect(mine.map((g: { code: string; workers: string[] }) => [g.code, g.workers])).toEqual([
        [`${JIAJIA}001`, ['陈晓雯']],
      ]);
      const myGrid = (await worker.get('/api/v1/staffing/my-grid')).json();
      expect(myGrid).toMatchObject({ grid: { code: `${JIAJIA}001`, name: '第1网格' } });
      expect(myGrid.workers).toEqual([{ name: '陈晓雯', post: 'grid_worker' }]);
      // 李桂兰 (resident.demo) sees the grid her home moved to, and nothing else of staffing.
      const resident = await env().login('resident.demo');
      const home = (await resident.get('/api/v1/staffing/my-grid')).json();
      expect(plan.grids.map((g) => g.code)).toContain(home.grid.code);
      expect((await resident.get(`/api/v1/communities/${JIAJIA}/grid-plans`)).statusCode).toBe(403);
      // 5,000 households, above the default band of 3,000: a split along the grids in two parts.
      expect(seen.imbalanced).toBe(false);
      expect(seen.split).toHaveLength(2);
      expect(seen.split.flatMap((p: { grids: string[] }) => p.grids)).toEqual(plan.grids.map((g) => g.code));
    });
  },
  { population: true },
);
