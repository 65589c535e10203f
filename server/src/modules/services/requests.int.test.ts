// 证明事项 online: a resident asks for a certificate her community may issue; the community's worker sees
// it with the resident's hub record beside it (ID masked), issues it as a PDF with a verification code, and
// anyone checks the code; a forbidden certificate is refused with its guidance; nobody else decides.
import { expect, it } from 'vitest';
import type { CertificateRequestView, CommunityRequestView, VerifyView } from '#common/api/certificates.js';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import type { ItemValues } from '../catalogue/repository.js';
import { updateTopic } from '../deliberation/repository.js';

const cert = (code: string, allowed: boolean, name: string, description: string): ItemValues => ({
  code,
  listType: allowed ? 'cert_allowed' : 'cert_forbidden',
  name,
  description,
  legalBasis: '',
  departmentKind: allowed ? null : 'gongan',
  objectKind: 'certificate',
  frequency: 'as_needed',
  occurrencesPerYear: allowed ? 1 : 0,
  standardMinutes: allowed ? 30 : 0,
  effectiveFrom: null,
  effectiveTo: null,
});

async function setting(env: TestEnv) {
  const d = await env.build.district({ communities: 2 });
  await env.build.catalogue(d.code, [
    [
      cert('ZM-K-004', true, '居住情况证明', '在本社区实际居住、申领居住证等有限情形。'),
      cert('ZM-B-001', false, '亲属关系证明', '以户口簿为准；不能体现的，由公安机关核实。'),
    ],
  ]);
  const [home, other] = d.communities;
  const household = await env.build.household(home, [{ name: '王秀英', gender: 'female', age: 67 }]);
  const resident = await env.build.resident(home, household.residents[0]);
  const worker = await env.build.worker(home);
  return { d, home, other, resident, worker, person: household.residents[0] };
}

describeEachDatabase('certificate requests', (env) => {
  it('a resident asks, her worker checks the record and issues a PDF, and anyone verifies the code', async () => {
    const { d, home, resident, worker, person } = await setting(env());
    const asked = await resident.agent.post('/api/v1/me/certificate-requests', {
      jurisdiction: d.code,
      code: 'ZM-K-004',
      purpose: '申领居住证',
    });
    expect(asked.statusCode).toBe(201);
    const request = asked.json<CertificateRequestView>();
    expect(request).toMatchObject({ status: 'submitted', name: '居住情况证明', verifyCode: null });

    // The worker's to-do counts it, and her list shows the record beside it, the ID number masked.
    const todo = (await worker.agent.get('/api/v1/me/todo')).json<{ items: { kind: string; count: number }[] }>();
    expect(todo.items.find((i) => i.kind === 'certificate_requests')?.count).toBe(1);
    const list = (await worker.agent.get(`/api/v1/communities/${home}/certificate-requests?status=submitted`)).json<
      CommunityRequestView[]
    >();
    expect(list).toHaveLength(1);
    expect(list[0].record).toMatchObject({ subjectId: person.id, name: '王秀英' });
    expect(list[0].record!.key).not.toBe(person.idNumber);
    expect(list[0].record!.facts.map((f) => f.name).join()).toContain('户号');

    const issued = await worker.agent.post(`/api/v1/certificate-requests/${request.id}/decision`, {
      decision: 'issue',
      text: '自 2019 年 3 月起在本社区实际居住。',
    });
    expect(issued.statusCode).toBe(200);
    const done = issued.json<CertificateRequestView>();
    expect(done.status).toBe('issued');
    expect(done.verifyCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    // Decided once: a second decision is refused.
    expect(
      (
        await worker.agent.post(`/api/v1/certificate-requests/${request.id}/decision`, {
          decision: 'decline',
          text: '重复',
        })
      ).statusCode,
    ).toBe(409);

    const pdf = await resident.agent.get(`/api/v1/certificate-requests/${request.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeLessThan(200_000); // the font is embedded as a subset
    // The download is in the trail, fingerprinted as sent.
    expect(pdf.headers['x-file-sha256']).toMatch(/^[0-9a-f]{64}$/);

    const check = (await env().anon.get(`/api/v1/public/certificates/verify/${done.verifyCode}`)).json<VerifyView>();
    expect(check).toMatchObject({ valid: true, state: 'valid', name: '居住情况证明', holder: '王**' });
    expect(check.validUntil! > env().dates.today()).toBe(true);
    expect((await env().anon.get('/api/v1/public/certificates/verify/ABCD-EFGH')).json<VerifyView>().state).toBe(
      'unknown',
    );

    // She sees it issued, and was told.
    const mine = (await resident.agent.get('/api/v1/me/certificate-requests')).json<CertificateRequestView[]>();
    expect(mine[0]).toMatchObject({ id: request.id, status: 'issued' });
    const bell = (await resident.agent.get('/api/v1/me/notifications')).json<{
      items: { kind: string; text: string }[];
    }>();
    expect(bell.items[0]).toMatchObject({ kind: 'certificate_decided' });
    expect(bell.items[0].text).toContain('已开具');
  });

  it('cites a decided 议事协商 topic of the community; refuses one undecided or of another community', async () => {
    const { d, home, other, resident, worker } = await setting(env());
    const request = (
      await resident.agent.post('/api/v1/me/certificate-requests', {
        jurisdiction: d.code,
        code: 'ZM-K-004',
        purpose: '加装电梯补贴申请',
      })
    ).json<CertificateRequestView>();
    const raise = async (agent: typeof worker.agent, community: string, title: string) =>
      (
        await agent.post(`/api/v1/communities/${community}/topics`, {
          title,
          description: '经居民议事会协商。',
          category: 'elevator',
        })
      ).json<{ id: number }>().id;
    const here = await raise(worker.agent, home, '3 号楼加装电梯');
    const there = await raise((await env().build.worker(other)).agent, other, '别处的议题');
    // The meeting and the vote are the deliberation tests'; here the topics are simply decided.
    const decide = (id: number) =>
      updateTopic(env().ctx.database.db, id, ['tabled'], { status: 'decided', updated_at: env().dates.today() });
    await decide(there);
    const issue = (topicId: number) =>
      worker.agent.post(`/api/v1/certificate-requests/${request.id}/decision`, {
        decision: 'issue',
        text: '所在楼栋经居民议事协商同意加装电梯。',
        topicId,
      });

    const undecided = await issue(here);
    expect(undecided.statusCode).toBe(422);
    expect(undecided.json()).toMatchObject({ errors: [{ field: 'topicId', reason: 'topic_not_decided' }] });
    const elsewhere = await issue(there);
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json()).toMatchObject({ errors: [{ field: 'topicId', reason: 'other_community' }] });
    expect((await issue(999999)).statusCode).toBe(422);

    await decide(here);
    const issued = await issue(here);
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json<CertificateRequestView>()).toMatchObject({
      status: 'issued',
      topic: { id: here, title: '3 号楼加装电梯' },
    });
    const mine = (await resident.agent.get('/api/v1/me/certificate-requests')).json<CertificateRequestView[]>();
    expect(mine[0].topic).toEqual({ id: here, title: '3 号楼加装电梯' });
  });

  it('refuses a forbidden certificate with its guidance, and keeps other communities and roles out', async () => {
    const { d, other, resident, worker } = await setting(env());
    const forbidden = await resident.agent.post('/api/v1/me/certificate-requests', {
      jurisdiction: d.code,
      code: 'ZM-B-001',
      purpose: '银行开户',
    });
    expect(forbidden.statusCode).toBe(422);
    expect(forbidden.json()).toMatchObject({ code: 'certificate_forbidden' });
    expect(JSON.stringify(forbidden.json())).toContain('户口簿');

    const ok = (
      await resident.agent.post('/api/v1/me/certificate-requests', {
        jurisdiction: d.code,
        code: 'ZM-K-004',
        purpose: '入学',
      })
    ).json<CertificateRequestView>();
    const neighbour = await env().build.worker(other);
    expect(
      (
        await neighbour.agent.post(`/api/v1/certificate-requests/${ok.id}/decision`, {
          decision: 'issue',
          text: '在本社区居住。',
        })
      ).statusCode,
    ).toBe(403);
    expect((await neighbour.agent.get(`/api/v1/certificate-requests/${ok.id}/pdf`)).statusCode).toBe(403);
    expect((await neighbour.agent.get(`/api/v1/communities/${d.communities[0]}/certificate-requests`)).statusCode).toBe(
      403,
    );
    const short = await worker.agent.post(`/api/v1/certificate-requests/${ok.id}/decision`, {
      decision: 'decline',
      text: '',
    });
    expect(short.statusCode).toBe(422);

    const declined = await worker.agent.post(`/api/v1/certificate-requests/${ok.id}/decision`, {
      decision: 'decline',
      text: '系统中未查到本社区居住记录，请携带租房合同到社区核实。',
    });
    expect(declined.json<CertificateRequestView>()).toMatchObject({ status: 'declined', verifyCode: null });
    expect((await resident.agent.get(`/api/v1/certificate-requests/${ok.id}/pdf`)).statusCode).toBe(404);
  });
});
