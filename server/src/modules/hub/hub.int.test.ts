// The data dictionary, the field matcher, and subjects with their facts, each test on its own district
// of 试验市 with a few households loaded through the hub (builders).
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';

describeEachDatabase(
  'data dictionary and matcher',
  (env) => {
    it('lists 120+ standard elements with national code lists', async () => {
      const steward = (await env().build.steward()).agent;
      const elements = (await steward.get('/api/v1/hub/elements')).json();
      expect(elements.length).toBeGreaterThanOrEqual(120);
      expect(elements.find((e: { code: string }) => e.code === 'id_number')).toMatchObject({
        name: '公民身份号码',
        validation: 'id_number',
        sensitivity: 'personal',
      });
      const lists = (await steward.get('/api/v1/hub/code-lists')).json();
      expect(lists.find((l: { id: string }) => l.id === 'ethnicity').items.length).toBeGreaterThanOrEqual(56);
      expect((await env().anon.get('/api/v1/hub/elements')).statusCode).toBe(401);
    });

    it('matches printed labels to elements in order, and form-only fields to none', async () => {
      const steward = (await env().build.steward()).agent;
      const labels = [
        '公民身份号码',
        '身份证号码(18位)',
        'D3.公民身份号码',
        '联系电话/手机',
        '户籍所在地',
        '现居住地址',
        '户主姓名',
        '申请理由',
        '审批意见',
        '签字',
        '盖章',
        '备注',
        '序号',
      ];
      const res = await steward.post('/api/v1/hub/match', { labels });
      expect(res.statusCode).toBe(200);
      const out = res.json() as { label: string; element: string | null; relation: string | null }[];
      expect(out.map((m) => m.label)).toEqual(labels);
      expect(out.slice(0, 3).map((m) => m.element)).toEqual(['id_number', 'id_number', 'id_number']);
      expect(out.slice(7).every((m) => m.element === null)).toBe(true);
      // 户主姓名 is the householder's 姓名, not a second element for the same fact.
      expect(out[6]).toMatchObject({ element: 'name', relation: 'householder', name: '姓名' });
      expect(out[0]).toMatchObject({ element: 'id_number', relation: null });
      const d = await env().build.district();
      const worker = (await env().build.worker(d.communities[0])).agent;
      expect((await worker.post('/api/v1/hub/match', { labels })).statusCode).toBe(403);
      const tooMany = await steward.post('/api/v1/hub/match', { labels: Array.from({ length: 1001 }, () => '姓名') });
      expect(tooMany.statusCode).toBe(422);
    });
  },
  { demo: false },
);

/**
 * A district whose first community has two grids and three households (seven residents) held by the
 * district's 公安分局; the second community is its neighbour in the same street.
 */
async function population(env: TestEnv) {
  const d = await env.build.district({ streets: 1, communities: 2 });
  const [community, neighbour] = d.communities;
  const grids = await env.build.grids([{ code: community, name: '翠竹社区' }], 2);
  const households = [
    await env.build.household(
      community,
      [
        { name: '王建国', gender: 'male', age: 58 },
        { name: '李秀英', gender: 'female', age: 56 },
        { name: '王磊', gender: 'male', age: 30, relation: '20' },
      ],
      { grid: grids[0] },
    ),
    await env.build.household(community, [{ name: '张桂兰', gender: 'female', age: 83, mobile: null }], {
      grid: grids[0],
    }),
    await env.build.household(
      community,
      [
        { name: '陈明', gender: 'male', age: 41 },
        { name: '刘芳', gender: 'female', age: 39 },
        { name: '陈欣', gender: 'female', age: 12, relation: '30', mobile: null },
      ],
      { grid: grids[1] },
    ),
  ];
  return { d, community, neighbour, grids, households };
}

describeEachDatabase(
  'subjects and facts',
  (env) => {
    it('lists a community’s residents to its worker, masked, paged', async () => {
      const { community, grids, households } = await population(env());
      const worker = (await env().build.worker(community)).agent;
      const res = await worker.get(`/api/v1/hub/subjects?community=${community}&type=resident&pageSize=5`);
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page.total).toBe(7);
      expect(page.items).toHaveLength(5);
      for (const item of page.items) expect(item.key).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      expect(page.items.find((i: { mobile: string | null }) => i.mobile)?.mobile).toMatch(/^1\d{2}\*{4}\d{4}$/);
      const rest = (await worker.get(`/api/v1/hub/subjects?community=${community}&type=resident&pageSize=5&page=2`))
        .json()
        .items.map((i: { id: number }) => i.id);
      const all = [...page.items.map((i: { id: number }) => i.id), ...rest].sort();
      expect(all).toEqual(
        households
          .flatMap((h) => h.residents.map((r) => r.id))
          .slice()
          .sort(),
      );
      const hh = (await worker.get(`/api/v1/hub/subjects?community=${community}&type=household&pageSize=10`)).json();
      expect(hh.total).toBe(3);
      // The grid by its name, as the 行政区划 tree shows it, not its 15-digit code.
      const first = hh.items.find((i: { id: number }) => i.id === households[0].id);
      expect(first).toMatchObject({ gridCode: grids[0], gridName: '第1网格' });
      expect(hh.items.find((i: { id: number }) => i.id === households[2].id)).toMatchObject({ gridName: '第2网格' });
    });

    it('refuses another community, departments and residents', async () => {
      const { d, community, neighbour } = await population(env());
      const worker = (await env().build.worker(community)).agent;
      expect((await worker.get(`/api/v1/hub/subjects?community=${neighbour}&type=resident`)).statusCode).toBe(403);
      const dept = (await env().build.officer(d)).agent;
      expect((await dept.get(`/api/v1/hub/subjects?community=${community}&type=resident`)).statusCode).toBe(403);
      const resident = (await env().build.account('resident', community)).agent;
      expect((await resident.get(`/api/v1/hub/subjects?community=${community}&type=resident`)).statusCode).toBe(403);
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      const seen = await street.get(`/api/v1/hub/subjects?community=${community}&type=resident&pageSize=1`);
      expect(seen.statusCode).toBe(200);
      expect(seen.json().total).toBe(7);
    });

    it('shows one resident with current values, their sources and code names', async () => {
      const { d, community, households } = await population(env());
      const worker = (await env().build.worker(community)).agent;
      const her = households[1].residents[0];
      // The community's own worker: ID number and phone masked until she states a reason.
      const detail = (await worker.get(`/api/v1/hub/subjects/${her.id}`)).json();
      expect(detail.masked).toBe(true);
      expect(detail.key).toContain('********');
      expect(JSON.stringify(detail)).not.toContain(her.idNumber);
      const fact = (r: { facts: { element: string; value: string | null }[] }, e: string) =>
        r.facts.find((f) => f.element === e)?.value;
      expect(fact(detail, 'id_number')).toContain('********');
      const mobile = fact(detail, 'mobile');
      if (mobile) expect(mobile).toContain('****');
      expect(fact(detail, 'residence_address')).not.toContain('****');
      const clear = (await worker.post('/api/v1/privacy/unmask', { subjectId: her.id, reason: '核实身份' })).json();
      expect(fact(clear, 'id_number')).toBe(her.idNumber);
      expect(her.idNumber).toMatch(new RegExp(`^${d.code}\\d{11}[\\dX]$`));
      const gender = detail.facts.find((f: { element: string }) => f.element === 'gender');
      expect(gender.value).toBe('女性');
      expect(gender.source).toContain(`${d.name}公安分局`);
      expect(detail.facts.find((f: { element: string }) => f.element === 'name').value).toBe('张桂兰');
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      const masked = (await street.get(`/api/v1/hub/subjects/${her.id}`)).json();
      expect(masked.masked).toBe(true);
      expect(masked.key).toContain('********');
      const other = (await env().build.officer(await env().build.district())).agent;
      expect((await other.get(`/api/v1/hub/subjects/${her.id}`)).statusCode).toBe(403);
    });
  },
  { demo: false },
);
