// 居民服务 · 证明事项: the public guide of a community's certificates (its district's list nearest, the
// city's above), the guide a reviewer writes, and residents' reports of bodies that asked for a forbidden
// certificate — counted per asking body for the 减负办, never naming who reported. Each test builds its own
// district of 试验市 and publishes a list for it.
import { expect, it } from 'vitest';
import { addDays } from '#common/dates.js';
import type { CertificateGuide, CertificatesView, ForbiddenAsksView } from '#common/api/certificates.js';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import type { ItemValues } from '../catalogue/repository.js';

const cert = (
  code: string,
  allowed: boolean,
  name: string,
  description: string,
  departmentKind: string | null = null,
): ItemValues => ({
  code,
  listType: allowed ? 'cert_allowed' : 'cert_forbidden',
  name,
  description,
  legalBasis: allowed ? '《中华人民共和国民法典》' : '民发〔2020〕20号',
  departmentKind,
  objectKind: 'certificate',
  frequency: 'as_needed',
  occurrencesPerYear: allowed ? 1 : 0,
  standardMinutes: allowed ? 30 : 0,
  effectiveFrom: null,
  effectiveTo: null,
});

const LIST: ItemValues[] = [
  cert('ZM-K-001', true, '居住情况证明', '在本社区实际居住、申领居住证等有限情形。'),
  cert(
    'ZM-B-001',
    false,
    '亲属关系证明',
    '户口簿能够体现亲属关系的，以户口簿为准；不能体现的，由公安机关核实。',
    'gongan',
  ),
  cert('ZM-B-002', false, '居民收入证明', '由用人单位或人社部门出具。', 'renshe'),
];

const GUIDE = {
  whoMayAsk: '在本社区实际居住的居民',
  materials: ['居民身份证', ' 租房合同 '],
  steps: ['在线申请', '社区核对居住信息', '出具证明'],
  timeLimitDays: 3,
  sample: '兹证明……',
  contact: '社区党群服务中心',
};

async function district(env: TestEnv) {
  const d = await env.build.district({ communities: 2 });
  await env.build.catalogue(d.code, [LIST]);
  return d;
}

describeEachDatabase('certificates', (env) => {
  it('shows anyone, without login, what a community may issue and, for the rest, where to go instead', async () => {
    const d = await district(env());
    const community = d.communities[0];
    const res = await env().anon.get(`/api/v1/public/certificates?org=${community}`);
    expect(res.statusCode).toBe(200);
    const view = res.json<CertificatesView>();
    expect(view.org.code).toBe(community);
    expect(view.allowed.map((c) => c.name)).toEqual(['居住情况证明']);
    const kin = view.forbidden.find((c) => c.code === 'ZM-B-001')!;
    expect(kin).toMatchObject({
      jurisdiction: d.code,
      allowed: false,
      summary: '户口簿能够体现亲属关系的，以户口簿为准。',
    });
    // The department that checks it instead is the resident's own district's.
    expect(kin.departmentName).toContain(d.name);

    const guide = (
      await env().anon.get(`/api/v1/public/certificates/${d.code}/ZM-B-001?org=${community}`)
    ).json<CertificateGuide>();
    expect(guide).toMatchObject({ allowed: false, feeYuan: 0, legalBasis: '民发〔2020〕20号' });
    expect(guide.instead).toContain('公安机关核实');

    const search = (
      await env().anon.get(`/api/v1/public/certificates?org=${community}&q=收入`)
    ).json<CertificatesView>();
    expect([...search.allowed, ...search.forbidden].map((c) => c.name)).toEqual(['居民收入证明']);

    expect((await env().anon.get(`/api/v1/public/certificates/${d.code}/ZM-X-404`)).json()).toMatchObject({
      code: 'certificate_not_found',
    });
    expect((await env().anon.get('/api/v1/public/certificates?org=990199')).statusCode).toBe(404);
  });

  it('lets the district’s reviewer write a guide, and no one else', async () => {
    const d = await district(env());
    const reviewer = await env().build.reviewer(d);
    const url = `/api/v1/certificates/${d.code}/ZM-K-001/guide`;
    const put = await reviewer.agent.request('PUT', url, GUIDE);
    expect(put.statusCode).toBe(200);
    expect(put.json<CertificateGuide>().guide).toMatchObject({
      materials: ['居民身份证', '租房合同'],
      timeLimitDays: 3,
    });
    const read = (await env().anon.get(`/api/v1/public/certificates/${d.code}/ZM-K-001`)).json<CertificateGuide>();
    expect(read.guide?.steps).toEqual(GUIDE.steps);

    const other = await env().build.district();
    const outsider = await env().build.reviewer(other);
    expect((await outsider.agent.request('PUT', url, GUIDE)).statusCode).toBe(403);
    const worker = await env().build.worker(d.communities[0]);
    expect((await worker.agent.request('PUT', url, GUIDE)).statusCode).toBe(403);
    const bad = await reviewer.agent.request('PUT', url, { ...GUIDE, timeLimitDays: 61 });
    expect(bad.statusCode).toBe(422);
    expect(JSON.stringify(bad.json())).toContain('timeLimitDays');
  });

  it('records a resident’s report of a body asking for a forbidden certificate and counts it per body, without the reporter', async () => {
    const d = await district(env());
    const [home, neighbour] = d.communities;
    const today = env().dates.today();
    const resident = await env().build.account('resident', home);
    const worker = await env().build.worker(neighbour);
    const ask = (askerName: string, code = 'ZM-B-001', askedOn = addDays(today, -3)) => ({
      jurisdiction: d.code,
      code,
      askerKind: 'bank',
      askerName,
      askedOn,
    });
    const first = await resident.agent.post('/api/v1/certificates/forbidden-asks', ask('某银行 支行'));
    expect(first.statusCode).toBe(201);
    // She gets the guidance at once.
    expect(first.json<{ guide: CertificateGuide }>().guide.instead).toContain('户口簿');
    expect((await worker.agent.post('/api/v1/certificates/forbidden-asks', ask(' 某银行  支行'))).statusCode).toBe(201);
    expect(
      (await resident.agent.post('/api/v1/certificates/forbidden-asks', ask('某银行 支行', 'ZM-B-002'))).statusCode,
    ).toBe(201);

    // An allowed certificate is not a forbidden ask; a date ahead of today is refused.
    const allowed = await resident.agent.post('/api/v1/certificates/forbidden-asks', ask('某银行', 'ZM-K-001'));
    expect(allowed.json()).toMatchObject({ code: 'certificate_not_forbidden' });
    const future = await resident.agent.post(
      '/api/v1/certificates/forbidden-asks',
      ask('某银行', 'ZM-B-001', addDays(today, 1)),
    );
    expect(future.statusCode).toBe(422);
    expect(JSON.stringify(future.json())).toContain('askedOn');

    const reviewer = await env().build.reviewer(d);
    // The 减负办 sees the count among its to-dos, beside the burden alerts.
    const todo = (await reviewer.agent.get('/api/v1/me/todo')).json<{ items: { kind: string; count: number }[] }>();
    expect(todo.items.find((i) => i.kind === 'forbidden_asks')?.count).toBe(3);
    const res = await reviewer.agent.get(`/api/v1/certificates/forbidden-asks?org=${d.code}`);
    expect(res.statusCode).toBe(200);
    const view = res.json<ForbiddenAsksView>();
    expect(view.total).toBe(3);
    expect(view.bodies).toEqual([
      expect.objectContaining({
        askerKind: 'bank',
        askerName: '某银行 支行',
        reports: 3,
        communities: 2,
        items: [
          { code: 'ZM-B-001', name: '亲属关系证明', reports: 2 },
          { code: 'ZM-B-002', name: '居民收入证明', reports: 1 },
        ],
      }),
    ]);
    expect(JSON.stringify(view)).not.toContain(resident.username);

    // A street sees its own communities; a department and another district's reviewer are refused.
    const street = await env().build.streetOfficer(d.streets[0].code);
    expect(
      (await street.agent.get(`/api/v1/certificates/forbidden-asks?org=${d.streets[0].code}`)).json<ForbiddenAsksView>()
        .total,
    ).toBe(3);
    const officer = await env().build.officer(d);
    expect((await officer.agent.get(`/api/v1/certificates/forbidden-asks?org=${d.code}`)).statusCode).toBe(403);
    const outsider = await env().build.reviewer(await env().build.district());
    expect((await outsider.agent.get(`/api/v1/certificates/forbidden-asks?org=${d.code}`)).statusCode).toBe(403);
    // Nobody but residents and workers reports.
    expect((await reviewer.agent.post('/api/v1/certificates/forbidden-asks', ask('某银行'))).statusCode).toBe(403);
  });
});
