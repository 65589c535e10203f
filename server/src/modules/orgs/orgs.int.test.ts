import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';

describeEachDatabase('org tree', (env) => {
  it('shows 家家景园社区 with its display name, official name and path', async () => {
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
    const city = (await env().anon.get('/api/v1/orgs/3401')).json();
    expect(city.childCount).toBe(12);
    expect(city.counts).toMatchObject({ district: 12, street: 160, community: 1773 });
    const street = (await env().anon.get('/api/v1/orgs/340104006')).json();
    expect(street.childCount).toBe(6);
    expect(street.counts.community).toBe(6);
    expect(street.counts.grid).toBeGreaterThan(20);
  });

  it('lists children in code order, with paging', async () => {
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
    const byInitials = (await env().anon.get('/api/v1/orgs?q=jjjy')).json();
    expect(byInitials.items[0]).toMatchObject({ code: '340104006005', name: '家家景园社区' });
    expect(byInitials.items[0].pathNames).toEqual(['安徽省', '合肥市', '蜀山区', '五里墩街道']);
    const byName = (await env().anon.get(`/api/v1/orgs?q=${encodeURIComponent('五里墩')}`)).json();
    expect(byName.items[0]).toMatchObject({ code: '340104006', level: 'street' });
    const byCode = (await env().anon.get('/api/v1/orgs?q=340104006')).json();
    expect(byCode.total).toBe(1 + 6 + 54); // the street, its 6 communities and their 54 demo grids
    const withinLevel = (
      await env().anon.get(`/api/v1/orgs?q=${encodeURIComponent('社区')}&within=340104006&level=community`)
    ).json();
    expect(withinLevel.total).toBe(6);
  });

  it('treats a search term literally (no LIKE wildcards)', async () => {
    const res = (await env().anon.get(`/api/v1/orgs?q=${encodeURIComponent('%')}`)).json();
    expect(res.total).toBe(0);
  });

  it('answers 404 problem+json for an unknown or malformed code', async () => {
    for (const code of ['340104999999', '12345']) {
      const res = await env().anon.get(`/api/v1/orgs/${code}`);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 404, code: 'org_not_found', title: '找不到该行政区划代码' });
    }
  });

  it('gives each district and the city the standard departments with a 减负办', async () => {
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
    const officer = await env().login('dept.shushan.minzheng');
    const own = await officer.get('/api/v1/orgs/340104/profile');
    expect(own.statusCode).toBe(200);
    expect(own.json().staff.map((s: { username: string }) => s.username)).toContain('reviewer.shushan');
    const other = await officer.get('/api/v1/orgs/340111/profile');
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'out_of_scope', title: '超出您的管辖范围' });
  });

  it('lets a community worker see its own community and street, but not a neighbouring community', async () => {
    const worker = await env().login('worker.jiajia');
    expect((await worker.get('/api/v1/orgs/340104006005/profile')).statusCode).toBe(200);
    const street = (await worker.get('/api/v1/orgs/340104006/profile')).json();
    expect(street.staff).toBeNull(); // the street's own accounts are not the worker's business
    expect((await worker.get('/api/v1/orgs/340104006006/profile')).statusCode).toBe(403);
    expect((await env().anon.get('/api/v1/orgs/340104006005/profile')).statusCode).toBe(401);
  });

  it('lets only an admin add and rename departments', async () => {
    const officer = await env().login('dept.shushan.minzheng');
    expect(
      (await officer.post('/api/v1/orgs/340104/departments', { kind: 'xinfang', shortName: '信访局' })).statusCode,
    ).toBe(403);
    const admin = await env().login('admin');
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
});
