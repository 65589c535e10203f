// 社会组织与政府购买服务 through the API on both databases: a district's 民政 registers a social organisation
// (credit code checked), buys a service under its own admission number for two communities, the
// organisation's own account records activities, a covered community rates the month, the buyer accepts a
// milestone; progress and the hours moved off the communities are computed; the public sees the contract.
// Wrong codes, numbers, scopes and parties are refused with the codes a user would meet.
import { expect, it } from 'vitest';
import type { ContractDetail, PublicPurchasedServices, PublicSocialOrg, ShiftReply } from '#common/api/purchasing.js';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import { multipart } from '../../testing/multipart.js';
import { withCheckChar } from './credit-code.js';

interface Problem {
  code: string;
  errors?: { field: string; reason: string }[];
}

async function setting(env: TestEnv) {
  const d = await env.build.district({ streets: 2, communities: 2 });
  const [c1, c2] = d.streets[0].communities;
  const elsewhere = d.streets[1].communities[0];
  const officer = await env.build.officer(d); // 民政局
  const yingji = await env.build.officer(d, 'yingji');
  // 独居老人探访: monthly, 2 hours each time → 24 hours per community and year.
  const admission = await env.build.admission(d, {
    title: '独居老人定期探访',
    frequency: 'monthly',
    minutesPerOccurrence: 120,
    decidedDaysAgo: 200,
    scope: { type: 'streets', codes: [d.streets[0].code] },
  });
  const otherDept = await env.build.admission(d, { title: '汛期隐患排查', departmentKind: 'yingji' });
  const org = await env.build.socialOrg(d, '试验区康宁社会工作服务中心');
  const rival = await env.build.socialOrg(d, '试验区另一家社工站');
  const worker = await env.build.worker(c1);
  const neighbour = await env.build.worker(elsewhere);
  const startDate = env.dates.daysFromToday(-90);
  const body = {
    title: '五里墩独居老人探访关爱服务',
    admissionNumber: admission.number,
    socialOrgId: org.id,
    startDate,
    endDate: env.dates.termEnd(startDate, 12),
    budgetYuan: 180000,
    communities: [c1, c2],
    indicators: [
      {
        name: '每位独居老人每年探访 4 次',
        activityKind: 'visit' as const,
        basis: 'per_beneficiary_year' as const,
        target: 4,
        beneficiaries: 30,
      },
      { name: '开展集体活动 12 次', activityKind: 'group_activity' as const, basis: 'total' as const, target: 12 },
    ],
    milestones: [{ name: '中期验收', dueDate: env.dates.daysFromToday(60), amountYuan: 90000 }],
  };
  return { d, c1, c2, elsewhere, officer, yingji, admission, otherDept, org, rival, worker, neighbour, body };
}

describeEachDatabase(
  'purchased services',
  (env) => {
    it('registers an organisation with a valid credit code and refuses a wrong one, naming creditCode', async () => {
      const d = await env().build.district({ streets: 1, communities: 1 });
      const officer = await env().build.officer(d);
      const base = {
        name: '试验区阳光助老服务中心',
        type: 'social_service',
        registeredWith: `${d.name}民政局`,
        jurisdictionCode: d.code,
        grade: '4A',
        gradedOn: env().dates.daysFromToday(-300),
        serviceAreas: ['elderly', 'disabled'],
        contactName: '周敏',
        contactPhone: '0551-65550000',
      };
      const good = withCheckChar(`52${d.code}MJB00001`.padEnd(17, '0'));
      const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      const wrong = await officer.agent.post('/api/v1/social-orgs', { ...base, creditCode: bad });
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json<Problem>().errors).toEqual([
        expect.objectContaining({ field: 'creditCode', reason: 'credit_check' }),
      ]);
      const enterprise = await officer.agent.post('/api/v1/social-orgs', { ...base, creditCode: '91110000802100433B' });
      expect(enterprise.json<Problem>().errors?.[0]).toMatchObject({
        field: 'creditCode',
        reason: 'credit_not_civil_affairs',
      });
      const ok = await officer.agent.post('/api/v1/social-orgs', { ...base, creditCode: ` ${good.toLowerCase()} ` });
      expect(ok.statusCode).toBe(201);
      expect(ok.json<PublicSocialOrg>()).toMatchObject({ creditCode: good, grade: '4A' });
      const again = await officer.agent.post('/api/v1/social-orgs', { ...base, creditCode: good });
      expect(again.json<Problem>().code).toBe('credit_code_taken');

      // The public list: no contact person.
      const pub = await env().anon.get(`/api/v1/public/social-orgs?jurisdiction=${d.code}`);
      const items = pub.json<{ items: (PublicSocialOrg & { contactName?: string })[] }>().items;
      expect(items.map((o) => o.name)).toEqual(['试验区阳光助老服务中心']);
      expect(items[0].contactName).toBeUndefined();
      expect(items[0].contactPhone).toBe('0551-65550000');

      // A community worker registers nothing; another district's 民政 not here.
      const worker = await env().build.worker(d.communities[0]);
      expect((await worker.agent.post('/api/v1/social-orgs', base)).statusCode).toBe(403);
      const far = await env().build.officer(await env().build.district());
      const farRes = await far.agent.post('/api/v1/social-orgs', { ...base, creditCode: good });
      expect(farRes.json<Problem>().code).toBe('out_of_scope');
    });

    it('buys a service under the department’s own valid number, for communities the number covers', async () => {
      const { officer, yingji, otherDept, elsewhere, body } = await setting(env());
      const invalid = await officer.agent.post('/api/v1/purchase-contracts', {
        ...body,
        admissionNumber: '试民准〔2000〕999号',
      });
      expect(invalid.statusCode).toBe(422);
      expect(invalid.json<Problem>()).toMatchObject({
        code: 'contract_admission_invalid',
        errors: [expect.objectContaining({ field: 'admissionNumber' })],
      });
      // 民政 cannot buy under 应急局's number; 应急局 cannot buy under 民政's.
      const foreign = await officer.agent.post('/api/v1/purchase-contracts', {
        ...body,
        admissionNumber: otherDept.number,
      });
      expect(foreign.statusCode).toBe(403);
      expect(foreign.json<Problem>().code).toBe('out_of_scope');
      expect((await yingji.agent.post('/api/v1/purchase-contracts', body)).statusCode).toBe(403);
      // A community the number does not reach.
      const beyond = await officer.agent.post('/api/v1/purchase-contracts', {
        ...body,
        communities: [...body.communities, elsewhere],
      });
      expect(beyond.statusCode).toBe(422);
      expect(beyond.json<Problem>().errors).toEqual([
        expect.objectContaining({ field: 'communities.2', reason: 'not_covered' }),
      ]);

      const res = await officer.agent.post('/api/v1/purchase-contracts', body);
      expect(res.statusCode).toBe(201);
      const c = res.json<ContractDetail>();
      expect(c.indicators.map((i) => [i.required, i.delivered, i.status])).toEqual([
        [120, 0, 'behind'],
        [12, 0, 'behind'],
      ]);
      expect(c.shift.hoursPerCommunityYear).toBe(24);
      expect(c.shift.movedHours).toBe(0);
      expect(c.shift.gapHours).toBeGreaterThan(0);
      expect(c.can).toEqual({ record: false, rate: [], accept: true });
    });

    it('the organisation records activities of its own contract only; progress and moved hours follow', async () => {
      const { officer, org, rival, c1, elsewhere, body } = await setting(env());
      const c = (await officer.agent.post('/api/v1/purchase-contracts', body)).json<ContractDetail>();
      const visit = {
        heldOn: env().dates.daysFromToday(-10),
        communityCode: c1,
        kind: 'visit',
        participants: 2,
        beneficiaries: 30,
        note: '上门探访，检查燃气与用电安全',
      };
      const rec = (b: object, agent = org.staff.agent) =>
        agent.post(`/api/v1/purchase-contracts/${c.id}/activities`, b);

      const notOurs = await rec(visit, rival.staff.agent);
      expect(notOurs.statusCode).toBe(403);
      expect(notOurs.json<Problem>().code).toBe('out_of_scope');
      expect((await rec(visit, officer.agent)).statusCode).toBe(403);
      const outside = await rec({ ...visit, communityCode: elsewhere });
      expect(outside.json<Problem>().errors?.[0]).toMatchObject({ field: 'communityCode', reason: 'not_covered' });
      const future = await rec({ ...visit, heldOn: env().dates.daysFromToday(2) });
      expect(future.json<Problem>().errors?.[0]).toMatchObject({ field: 'heldOn', reason: 'in_future' });

      const ok = await rec(visit);
      expect(ok.statusCode).toBe(201);
      await rec({ ...visit, heldOn: env().dates.daysFromToday(-40) });
      const after = (await rec({ ...visit, kind: 'group_activity', beneficiaries: 18 })).json<ContractDetail>();
      expect(after.indicators.map((i) => i.delivered)).toEqual([60, 1]);
      expect(after.indicators[0].status).toBe('on_track');
      expect(after.can.record).toBe(true);
      expect(after.activities).toHaveLength(3);
      expect(after.shift.movedHours).toBeGreaterThan(0);
      expect(after.shift.movedHours + after.shift.gapHours).toBeCloseTo(after.shift.plannedHours, 0);

      // The organisation's list holds its own contract; the rival's is empty.
      expect((await org.staff.agent.get('/api/v1/purchase-contracts')).json<{ items: unknown[] }>().items).toHaveLength(
        1,
      );
      expect(
        (await rival.staff.agent.get('/api/v1/purchase-contracts')).json<{ items: unknown[] }>().items,
      ).toHaveLength(0);
      expect((await rival.staff.agent.get(`/api/v1/purchase-contracts/${c.id}`)).statusCode).toBe(403);
    });

    it('an activity may carry photos (optional): the organisation adds them, the parties read them, nobody else', async () => {
      const { officer, org, rival, worker, neighbour, c1, body } = await setting(env());
      const c = (await officer.agent.post('/api/v1/purchase-contracts', body)).json<ContractDetail>();
      const recorded = (
        await org.staff.agent.post(`/api/v1/purchase-contracts/${c.id}/activities`, {
          heldOn: env().dates.daysFromToday(-3),
          communityCode: c1,
          kind: 'visit',
          participants: 2,
          beneficiaries: 12,
          note: '',
        })
      ).json<ContractDetail>();
      const activity = recorded.activities[0];
      expect(activity.photos).toEqual([]); // recorded without any: delivery counts all the same
      expect(recorded.indicators[0].delivered).toBe(12);
      const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
      const upload = (agent: typeof org.staff.agent, files: { filename: string; type: string; body: Buffer }[]) => {
        const m = multipart(
          {},
          files.map((f) => ({ name: 'files', ...f })),
        );
        return agent.request('POST', `/api/v1/purchase-contracts/${c.id}/activities/${activity.id}/photos`, m.body, {
          'content-type': m.contentType,
        });
      };
      const photo = { filename: '入户探访.png', type: 'image/png', body: PNG };
      expect((await upload(rival.staff.agent, [photo])).statusCode).toBe(403);
      expect((await upload(officer.agent, [photo])).statusCode).toBe(403);
      const text = await upload(org.staff.agent, [{ filename: 'a.txt', type: 'text/plain', body: Buffer.from('hi') }]);
      expect(text.json<Problem>().code).toBe('attachment_type');
      const six = await upload(
        org.staff.agent,
        Array.from({ length: 6 }, (_, i) => ({ ...photo, filename: `${i}.png` })),
      );
      expect(six.json<Problem>().code).toBe('too_many_attachments');

      const added = await upload(org.staff.agent, [photo]);
      expect(added.statusCode, added.body).toBe(200);
      const photos = added.json<ContractDetail>().activities[0].photos;
      expect(photos.map((p) => p.filename)).toEqual(['入户探访.png']);
      const url = `/api/v1/purchase-contracts/${c.id}/activities/${activity.id}/photos/${photos[0].id}`;
      const byBuyer = await officer.agent.get(url);
      expect(byBuyer.headers['content-type']).toBe('image/png');
      expect(byBuyer.rawPayload.equals(PNG)).toBe(true);
      expect((await worker.agent.get(url)).statusCode).toBe(200); // a covered community's worker
      expect((await neighbour.agent.get(url)).statusCode).toBe(403);
      expect((await rival.staff.agent.get(url)).statusCode).toBe(403);
      expect((await env().anon.get(url)).statusCode).toBe(401);
      // Another file's number under this activity, or this file under the dispatch download: not found.
      expect((await officer.agent.get(`${url.slice(0, url.lastIndexOf('/'))}/999999`)).statusCode).toBe(404);
      expect((await officer.agent.get(`/api/v1/attachments/${photos[0].id}`)).statusCode).toBe(404);
    });

    it('a covered community rates the month; the buyer accepts a milestone once', async () => {
      const { officer, worker, neighbour, c1, elsewhere, body } = await setting(env());
      const c = (await officer.agent.post('/api/v1/purchase-contracts', body)).json<ContractDetail>();
      const rate = (agent: typeof worker.agent, b: object) =>
        agent.post(`/api/v1/purchase-contracts/${c.id}/ratings`, b);
      const month = env().dates.month();
      const first = await rate(worker.agent, { communityCode: c1, month, score: 4, comment: '探访及时' });
      expect(first.statusCode).toBe(200);
      const again = (
        await rate(worker.agent, { communityCode: c1, month, score: 5, comment: '' })
      ).json<ContractDetail>();
      expect(again.ratings).toHaveLength(1);
      expect(again.averageScore).toBe(5);
      expect(again.can.rate).toEqual([c1]);
      expect((await rate(neighbour.agent, { communityCode: elsewhere, month, score: 1, comment: '' })).statusCode).toBe(
        403,
      );
      const early = await rate(worker.agent, {
        communityCode: c1,
        month: env().dates.monthFromNow(-6),
        score: 3,
        comment: '',
      });
      expect(early.json<Problem>().errors?.[0]).toMatchObject({ field: 'month', reason: 'outside_term' });

      const m = again.milestones[0];
      const url = `/api/v1/purchase-contracts/${c.id}/milestones/${m.id}/accept`;
      const accepted = (await officer.agent.post(url, { note: '探访进度达到中期要求' })).json<ContractDetail>();
      expect(accepted.milestones[0].acceptedAt).not.toBeNull();
      expect((await officer.agent.post(url, { note: '' })).statusCode).toBe(409);
    });

    it('shows the hours moved off the communities and the public view of the contract', async () => {
      const { d, officer, org, c1, body } = await setting(env());
      const c = (await officer.agent.post('/api/v1/purchase-contracts', body)).json<ContractDetail>();
      await org.staff.agent.post(`/api/v1/purchase-contracts/${c.id}/activities`, {
        heldOn: env().dates.daysFromToday(-5),
        communityCode: c1,
        kind: 'visit',
        participants: 2,
        beneficiaries: 30,
        note: '',
      });
      const reviewer = await env().build.reviewer(d);
      const shift = (await reviewer.agent.get(`/api/v1/purchase-contracts/shift?org=${d.code}`)).json<ShiftReply>();
      expect(shift.contracts).toHaveLength(1);
      expect(shift.movedHours).toBeGreaterThan(0);
      expect(shift.plannedHours).toBeCloseTo(shift.movedHours + shift.gapHours, 0);
      // One community's share: half the contract's hours.
      const one = (await reviewer.agent.get(`/api/v1/purchase-contracts/shift?org=${c1}`)).json<ShiftReply>();
      expect(one.plannedHours).toBeCloseTo(shift.plannedHours / 2, 0);
      const worker = await env().build.worker(body.communities[1]);
      expect((await worker.agent.get(`/api/v1/purchase-contracts/shift?org=${c1}`)).statusCode).toBe(403);

      const pub = (
        await env().anon.get(`/api/v1/public/purchased-services?jurisdiction=${d.code}`)
      ).json<PublicPurchasedServices>();
      expect(pub.contracts).toEqual([
        expect.objectContaining({
          title: body.title,
          admissionNumber: body.admissionNumber,
          budgetYuan: 180000,
          socialOrg: '试验区康宁社会工作服务中心',
          socialOrgCreditCode: org.creditCode,
          communities: 2,
        }),
      ]);
    });
  },
  { demo: false },
);
