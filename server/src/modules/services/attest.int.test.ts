// 数据代替证明: a department asks the hub whether a resident lives in a community, belongs to a household,
// is alive — under a grant covering the element or with her consent — gets yes/no with the record's date,
// and she sees the check in 谁查看了我的数据. Without either, or for a neighbouring district's resident, nothing.
import { expect, it } from 'vitest';
import type { AttestReply } from '#common/api/certificates.js';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';

async function world(env: TestEnv) {
  const d = await env.build.district({ communities: 2 });
  const [home, other] = d.communities;
  const household = await env.build.household(home, [
    { name: '刘玉兰', gender: 'female', age: 70 },
    { name: '陈建国', gender: 'male', age: 72, relation: '10' },
  ]);
  const her = household.residents[0];
  const resident = await env.build.resident(home, her);
  const officer = await env.build.officer(d, 'renshe');
  const admission = await env.build.admission(d, { departmentKind: 'renshe' });
  return { d, home, other, household, her, resident, officer, admission };
}

describeEachDatabase('data instead of certificates', (env) => {
  it('answers yes or no from the hub under a grant or her consent, and she sees the check', async () => {
    const { d, home, other, household, her, resident, officer, admission } = await world(env());
    await env().build.grant(d.department('renshe'), admission.number, ['residence_address'], '就业补贴资格核验');
    const ask = (body: object) =>
      officer.agent.post('/api/v1/attestations', { idNumber: her.idNumber, purpose: '就业补贴资格核验', ...body });

    const lives = await ask({ question: 'resides_in', community: home, basis: 'grant' });
    expect(lives.statusCode, lives.body).toBe(200);
    expect(lives.json<AttestReply>()).toMatchObject({ answer: 'yes', question: 'resides_in' });
    expect(lives.json<AttestReply>().basis).toContain(admission.number);
    expect((await ask({ question: 'resides_in', community: other, basis: 'grant' })).json<AttestReply>().answer).toBe(
      'no',
    );

    // No grant for the household number: only with her consent.
    const noGrant = await ask({ question: 'household_member', householdNumber: household.number, basis: 'grant' });
    expect(noGrant.statusCode).toBe(422);
    expect(JSON.stringify(noGrant.json())).toContain('basis');
    const consent = await ask({
      question: 'household_member',
      householdNumber: household.number,
      basis: 'consent',
      consentRef: '申请表 2026-018',
    });
    expect(consent.json<AttestReply>()).toMatchObject({ answer: 'yes', basis: '本人同意：申请表 2026-018' });
    const alive = await ask({ question: 'alive', basis: 'consent', consentRef: '申请表 2026-018' });
    expect(alive.json<AttestReply>().answer).toBe('yes');

    // She sees who checked, for what.
    const log = (await resident.agent.get('/api/v1/me/access-log')).json<
      { action: string; purpose: string; count: number }[]
    >();
    const checks = log.filter((e) => e.action === 'attest');
    expect(checks.reduce((n, e) => n + e.count, 0)).toBe(4);
    expect(checks[0].purpose).toBe('就业补贴资格核验');
  });

  it('refuses bad questions and other roles, and knows nothing of another district’s residents', async () => {
    const { d, her, officer, admission, home } = await world(env());
    await env().build.grant(d.department('renshe'), admission.number, ['residence_address'], '就业补贴资格核验');
    const bad = await officer.agent.post('/api/v1/attestations', {
      idNumber: '340104199001011230',
      question: 'resides_in',
      basis: 'consent',
      purpose: '核验',
    });
    expect(bad.statusCode).toBe(422);
    const fields = JSON.stringify(bad.json());
    expect(fields).toContain('idNumber');
    expect(fields).toContain('community');
    expect(fields).toContain('consentRef');

    const worker = await env().build.worker(home);
    expect(
      (
        await worker.agent.post('/api/v1/attestations', {
          idNumber: her.idNumber,
          question: 'alive',
          basis: 'consent',
          consentRef: 'x',
          purpose: '核验',
        })
      ).statusCode,
    ).toBe(403);

    const elsewhere = await env().build.district();
    const outsider = await env().build.officer(elsewhere, 'renshe');
    const answer = await outsider.agent.post('/api/v1/attestations', {
      idNumber: her.idNumber,
      question: 'alive',
      basis: 'consent',
      consentRef: '申请表 1',
      purpose: '核验',
    });
    expect(answer.json<AttestReply>().answer).toBe('unknown');
  });
});
