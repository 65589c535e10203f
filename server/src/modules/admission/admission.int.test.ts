// The admission gate end to end, each test in its own district of 试验市 (builders) under 试验市's
// published list, with dates relative to the test's clock.
import { expect, it } from 'vitest';
import { describeEachDatabase, type Agent, type TestEnv } from '../../testing/harness.js';
import { goodDraft } from '../../testing/drafts.js';
import { TEST_OPINION, approveSubmitted } from '../../testing/review.js';
import { TEST_PASSWORD } from '../../testing/builders.js';
import { addDays, addMonths } from '#common/dates.js';

/** A district with one street of six communities, its 民政局 officer and 减负办 reviewer. */
async function world(env: TestEnv) {
  await env.build.cityCatalogue();
  const d = await env.build.district({ streets: 1, communities: 6 });
  const officer = (await env.build.officer(d, 'minzheng', '张海燕')).agent;
  const reviewerAccount = await env.build.reviewer(d, '周立新');
  const reviewer = reviewerAccount.agent;
  return { d, officer, reviewer, reviewerUsername: reviewerAccount.username, draft: goodDraft(env.dates, d) };
}

async function createDraft(officer: Agent, body: Record<string, unknown>) {
  const res = await officer.post('/api/v1/admissions', body);
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as number, detail: res.json() };
}

describeEachDatabase(
  'admission gate',
  (env) => {
    it('pre-checks a draft without saving it: the kinship certificate hits the negative list', async () => {
      const { officer } = await world(env());
      const res = await officer.post('/api/v1/admissions/precheck', {
        title: '请社区为居民开具亲属关系证明',
        kind: 'certificate',
        listType: 'assist',
      });
      expect(res.statusCode).toBe(200);
      const neg = res.json().checks.find((c: { rule: string }) => c.rule === 'negative_list');
      expect(neg.verdict).toBe('block');
      expect(neg.matches[0].name).toContain('亲属关系');
      expect(neg.message).toContain('亲属关系');
      const rules = res.json().checks.map((c: { rule: string }) => c.rule);
      expect(rules).toEqual(['negative_list', 'photo_proof', 'duplicates', 'burden', 'funding', 'lead_time', 'form']);
    });

    it('keeps a null number null (no coercion to 0) in the burden estimate', async () => {
      const { officer, draft } = await world(env());
      const res = await officer.post('/api/v1/admissions/precheck', {
        ...draft,
        occurrencesPerYear: null,
        ledgerFields: null,
      });
      const burden = res.json().checks.find((c: { rule: string }) => c.rule === 'burden');
      expect(burden.estimate).toMatchObject({ occurrencesPerYear: 12, hoursPerCommunityYear: 24 });
    });

    it('accepts an empty JSON body as {}', async () => {
      const { officer } = await world(env());
      const res = await officer.request('POST', '/api/v1/auth/logout', '', { 'content-type': 'application/json' });
      expect(res.statusCode).toBe(204);
    });

    it('estimates the burden over the communities in scope', async () => {
      const { officer, draft } = await world(env());
      const { detail } = await createDraft(officer, draft);
      expect(detail.communityCount).toBe(6);
      expect(detail.allowedActions).toEqual(['submit', 'withdraw']); // no override to ask for: nothing blocks
      expect(detail.burden).toEqual({ hoursPerCommunityYear: 24, totalHoursYear: 144 });
      const burden = detail.prechecks.find((c: { rule: string }) => c.rule === 'burden');
      expect(burden.message).toContain('6 个社区合计 144 小时');
    });

    it('refuses a broken form with 422 naming each field, and saves nothing', async () => {
      const { d, officer, draft } = await world(env());
      const other = await env().build.district();
      const before = (await officer.get('/api/v1/admissions')).json().total;
      const cases: [Record<string, unknown>, string, string][] = [
        [{ legalBasis: '' }, 'legalBasis', 'legal_basis_required'],
        // One day past the 36 months an approval may run.
        [{ expiryDate: addDays(addMonths(draft.startDate, 36), 1) }, 'expiryDate', 'expiry_too_long'],
        [{ scope: { type: 'streets', codes: [other.streets[0].code] } }, 'scope', 'scope_outside'],
        [{ scope: { type: 'communities', codes: [`${d.streets[0].code}999`] } }, 'scope', 'scope_unknown'],
        [{ emergency: true, emergencyReason: '' }, 'emergencyReason', 'emergency_reason_required'],
      ];
      for (const [patch, field, reason] of cases) {
        const res = await officer.post('/api/v1/admissions', { ...draft, ...patch });
        expect(res.statusCode, JSON.stringify(patch)).toBe(422);
        expect(res.headers['content-type']).toContain('problem+json');
        expect(res.json().errors).toContainEqual(expect.objectContaining({ field, reason }));
      }
      expect((await officer.get('/api/v1/admissions')).json().total).toBe(before);
    });

    it('admits an application end to end; the number is then valid for anyone', async () => {
      const { d, officer, reviewer, draft } = await world(env());
      const { id } = await createDraft(officer, draft);
      const submitted = await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect(submitted.json().status).toBe('submitted');
      expect(submitted.json().clock.workingDaysLeft).toBe(15);

      const queue = (await reviewer.get('/api/v1/admissions?queue=true')).json();
      expect(queue.items.map((a: { id: number }) => a.id)).toContain(id);
      const approved = (await approveSubmitted(env(), reviewer, id)).json();
      expect(approved.status).toBe('approved');
      expect(approved.number).toBe(`${d.abbreviation}准〔${env().dates.year()}〕1号`);
      expect(approved.events.map((e: { action: string }) => e.action)).toEqual([
        'create',
        'submit',
        'start_consultation',
        'close_consultation',
        'approve',
      ]);
      // The decision's opinion is kept in the record and shown on the detail page.
      expect(approved.events.at(-1)).toMatchObject({ action: 'approve', opinion: TEST_OPINION });
      expect(approved.signoffs.done).toEqual([expect.objectContaining({ opinion: TEST_OPINION })]);

      const check = await env().anon.get(`/api/v1/public/admissions/${encodeURIComponent(approved.number)}`);
      expect(check.json()).toMatchObject({
        status: 'valid',
        title: '独居老人定期探访',
        department: { name: `${d.name}民政局` },
        expiryDate: draft.expiryDate,
        // The public record of the number shows the decision with its opinion.
        record: [{ action: 'approve', opinion: TEST_OPINION }],
      });
      const byCode = await env().anon.get(`/api/v1/public/admissions/${approved.code}`);
      expect(byCode.json().number).toBe(approved.number);
      const active = (await env().anon.get(`/api/v1/public/admissions?jurisdiction=${d.code}`)).json();
      expect(active.map((a: { number: string }) => a.number)).toContain(approved.number);
      const qr = await env().anon.get(`/api/v1/public/admissions/${approved.code}/qr.svg`);
      expect(qr.headers['content-type']).toContain('image/svg+xml');
      expect(qr.body).toContain('<svg');

      // Exit: revoked numbers no longer oblige anyone.
      const revoked = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'revoke',
        opinion: '居民普遍反对，予以退出',
      });
      expect(revoked.json().status).toBe('revoked');
      const after = (await env().anon.get(`/api/v1/public/admissions/${approved.code}`)).json();
      expect(after.status).toBe('revoked');
      expect(after.record.map((r: { action: string; opinion: string }) => [r.action, r.opinion])).toEqual([
        ['approve', TEST_OPINION],
        ['revoke', '居民普遍反对，予以退出'],
      ]);
    });

    it('says "unknown" for a number that was never issued', async () => {
      const res = await env().anon.get(`/api/v1/public/admissions/${encodeURIComponent('蜀准〔2026〕999号')}`);
      expect(res.json()).toMatchObject({ status: 'unknown', query: '蜀准〔2026〕999号' });
    });

    it('blocks submitting a negative-list item until a reviewer overrides it with a reason', async () => {
      const { officer, reviewer, draft } = await world(env());
      const { id } = await createDraft(officer, {
        ...draft,
        title: '请社区为居民开具亲属关系证明',
        kind: 'certificate',
        description: '',
      });
      const blocked = await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
      expect(blocked.statusCode).toBe(409);
      expect(blocked.json().code).toBe('precheck_blocked');
      expect(blocked.json().checks[0].rule).toBe('negative_list');
      const offered = (await officer.get(`/api/v1/admissions/${id}`)).json().allowedActions;
      expect(offered).toContain('request_override');
      const asked = await officer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'request_override',
        reason: '仅为困难群众申请救助时核实家庭成员',
      });
      expect(asked.json().status).toBe('override_requested');
      const noReason = await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'override' });
      expect(noReason.statusCode).toBe(422);
      const overridden = (
        await reviewer.post(`/api/v1/admissions/${id}/actions`, {
          action: 'override',
          reason: '限于救助核实，已与民政局确认',
        })
      ).json();
      expect(overridden.status).toBe('submitted');
      expect(overridden.overrideReason).toBe('限于救助核实，已与民政局确认');
    });

    it('blocks a start inside the 30-working-day lead time unless it is an emergency', async () => {
      const { officer, draft } = await world(env());
      const soon = env().dates.daysFromToday(10);
      const { id } = await createDraft(officer, { ...draft, title: '冬季取暖安全检查协助', startDate: soon });
      const res = await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
      expect(res.statusCode).toBe(409);
      expect(res.json().checks.map((c: { rule: string }) => c.rule)).toEqual(['lead_time']);
      const put = await officer.request('PUT', `/api/v1/admissions/${id}`, {
        ...draft,
        title: '冬季取暖安全检查协助',
        startDate: soon,
        emergency: true,
        emergencyReason: '寒潮预警',
      });
      expect(put.statusCode).toBe(200);
      expect((await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' })).json().status).toBe(
        'submitted',
      );
    });

    it('keeps roles to their part: workers cannot apply, departments cannot approve, districts cannot review each other', async () => {
      const { d, officer, reviewer, draft } = await world(env());
      const worker = (await env().build.worker(d.communities[0])).agent;
      expect((await worker.post('/api/v1/admissions', draft)).statusCode).toBe(403);
      const { id } = await createDraft(officer, { ...draft, title: '社区老年活动室安全巡查' });
      await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
      const selfApprove = await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'start_review' });
      expect(selfApprove.statusCode).toBe(403);

      const other = await env().build.district();
      const baoheOfficer = (await env().build.officer(other)).agent;
      const baoheDraft = { ...draft, title: '邻区独居老人探访', scope: { type: 'all', codes: [] } };
      const { id: baoheId } = await createDraft(baoheOfficer, baoheDraft);
      await baoheOfficer.post(`/api/v1/admissions/${baoheId}/actions`, { action: 'submit' });
      const shushanReviewer = reviewer;
      const cross = await shushanReviewer.post(`/api/v1/admissions/${baoheId}/actions`, { action: 'start_review' });
      expect(cross.statusCode).toBe(403);
      expect((await shushanReviewer.get(`/api/v1/admissions/${baoheId}`)).statusCode).toBe(403);
      expect((await officer.get(`/api/v1/admissions/${baoheId}`)).statusCode).toBe(403);
      const baoheReviewer = (await env().build.reviewer(other)).agent;
      expect(
        (await baoheReviewer.post(`/api/v1/admissions/${baoheId}/actions`, { action: 'start_review' })).statusCode,
      ).toBe(200);
    });

    it('rejects an illegal transition with 409', async () => {
      const { officer, draft } = await world(env());
      const { id } = await createDraft(officer, { ...draft, title: '社区消防通道巡查' });
      const res = await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'request_renewal' });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('illegal_transition');
    });

    it('consults chosen communities, whose workers comment within the window', async () => {
      const { d, officer, reviewer, draft } = await world(env());
      const { id } = await createDraft(officer, { ...draft, title: '社区健身器材安全检查' });
      await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
      const started = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'start_consultation',
        consultation: { codes: [d.communities[0], d.communities[1]], workingDays: 5 },
      });
      expect(started.json().status).toBe('consultation');
      const worker = (await env().build.worker(d.communities[0])).agent;
      const list = (await worker.get('/api/v1/admissions/consultations')).json();
      expect(list.map((a: { id: number }) => a.id)).toContain(id);
      expect(
        (
          await worker.post(`/api/v1/admissions/${id}/comments`, {
            stance: 'concern',
            comment: '器材归属不清，建议由体育部门直接检查',
          })
        ).statusCode,
      ).toBe(204);
      const detail = (await reviewer.get(`/api/v1/admissions/${id}`)).json();
      expect(detail.comments).toEqual([expect.objectContaining({ communityName: '翠竹社区', stance: 'concern' })]);
      await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'close_consultation' });
      expect(
        (await worker.post(`/api/v1/admissions/${id}/comments`, { stance: 'agree', comment: '迟到的意见' })).statusCode,
      ).toBe(409);
    });

    it('tags an amendment of an approved item as a work change or a re-estimate', async () => {
      const { officer, reviewer, draft } = await world(env());
      const { id } = await createDraft(officer, { ...draft, title: '困难家庭节日慰问协助' });
      await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
      expect((await approveSubmitted(env(), reviewer, id)).json().status).toBe('approved');
      const amended = await officer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'amend',
        tag: 're_estimate',
        reason: '试点后实测每次约 60 分钟',
        amendment: { minutesPerOccurrence: 60 },
      });
      expect(amended.statusCode, amended.body).toBe(200);
      expect(amended.json().burden.hoursPerCommunityYear).toBe(12);
      const last = amended.json().events.at(-1);
      expect(last).toMatchObject({ action: 'amend', tag: 're_estimate' });
      expect(last.changes.minutesPerOccurrence).toEqual({ before: 120, after: 60 });
    });

    it('会签: approval waits for the configured number of distinct reviewers, each with an opinion', async () => {
      const { d, officer, reviewer, draft } = await world(env());
      const second = (await env().build.reviewer(d, '钱敏')).agent;
      const settings = `/api/v1/admissions/settings/${d.code}`;
      expect((await officer.request('PUT', settings, { signoffsRequired: 2 })).statusCode).toBe(403);
      const set = await reviewer.request('PUT', settings, { signoffsRequired: 2 });
      expect(set.json()).toEqual({ jurisdiction: d.code, signoffsRequired: 2, abbreviation: d.abbreviation });
      const { id } = await createDraft(officer, { ...draft, title: '社区微型消防站值守协助', listType: 'duty' });
      await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
      // The reviewer who starts the review and approves is one sign-off of two: still pending.
      await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'start_review' });
      const first = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'approve',
        opinion: '同意，建议明确值守时段',
      });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json().status).toBe('under_review');
      expect(first.json().number).toBeNull();
      expect(first.json().signoffs).toEqual({
        required: 2,
        done: [expect.objectContaining({ name: '周立新', opinion: '同意，建议明确值守时段' })],
      });
      expect(first.json().events.at(-1)).toMatchObject({ action: 'sign_off', opinion: '同意，建议明确值守时段' });
      // The same reviewer cannot count twice, whichever way she asks.
      for (const action of ['approve', 'sign_off']) {
        const again = await reviewer.post(`/api/v1/admissions/${id}/actions`, { action, opinion: '再次同意' });
        expect(again.statusCode).toBe(409);
        expect(again.json().code).toBe('already_signed_off');
      }
      const approved = (
        await second.post(`/api/v1/admissions/${id}/actions`, { action: 'approve', opinion: '同意准入' })
      ).json();
      expect(approved.status).toBe('approved');
      expect(approved.number).toBeTruthy();
      expect(approved.signoffs.done.map((s: { name: string }) => s.name)).toEqual(['周立新', '钱敏']);
    });

    it('refuses every decision without a written opinion with 400 naming the field, and changes nothing', async () => {
      const { officer, reviewer, draft } = await world(env());
      const { id } = await createDraft(officer, { ...draft, title: '社区禁毒宣传协助', listType: 'duty' });
      await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
      const returned = await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'return', opinion: '  ' });
      expect(returned.statusCode).toBe(400);
      expect(returned.headers['content-type']).toContain('problem+json');
      expect(returned.json()).toMatchObject({
        code: 'opinion_required',
        errors: [{ field: 'opinion', reason: 'required' }],
      });
      await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'start_review' });
      for (const action of ['approve', 'reject', 'return']) {
        const res = await reviewer.post(`/api/v1/admissions/${id}/actions`, { action, reason: '理由不能代替审查意见' });
        expect(res.statusCode, action).toBe(400);
        expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['opinion']);
      }
      const detail = (await reviewer.get(`/api/v1/admissions/${id}`)).json();
      expect(detail.status).toBe('under_review');
      expect(detail.signoffs.done).toEqual([]);
      const approved = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'approve',
        opinion: TEST_OPINION,
      });
      expect(approved.json().status).toBe('approved');
      const revoke = await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'revoke' });
      expect(revoke.statusCode).toBe(400);
      expect(revoke.json().errors[0].field).toBe('opinion');
      // A return's opinion is its reason: the department sees why.
      const { id: other } = await createDraft(officer, { ...draft, title: '社区防诈宣传协助', listType: 'duty' });
      await officer.post(`/api/v1/admissions/${other}/actions`, { action: 'submit' });
      const back = await reviewer.post(`/api/v1/admissions/${other}/actions`, {
        action: 'return',
        opinion: '请补充经费来源',
      });
      expect(back.json().status).toBe('returned');
      expect((await officer.get(`/api/v1/admissions/${other}`)).json().events.at(-1)).toMatchObject({
        action: 'return',
        opinion: '请补充经费来源',
      });
    });

    it('admits an assist item only after the communities it falls on were consulted', async () => {
      const { d, officer, reviewer, reviewerUsername, draft } = await world(env());
      const { id } = await createDraft(officer, { ...draft, title: '社区独居老人冬季走访协助' });
      await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
      await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'start_review' });
      const early = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'approve',
        opinion: TEST_OPINION,
      });
      expect(early.statusCode).toBe(409);
      expect(early.json().code).toBe('consultation_required');

      // Asked from under review, without naming communities: every community of the street in scope.
      const started = await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'start_consultation' });
      expect(started.statusCode, started.body).toBe(200);
      const progress = started.json().consultationProgress;
      expect(progress).toMatchObject({ required: true, started: true, answered: 0, total: 6, done: false });
      expect(progress.communities.map((c: { code: string }) => c.code)).toEqual(d.streets[0].communities);
      expect(progress.dueDate).toBe(env().dates.workingDaysFromToday(5));

      const worker = await env().build.worker(d.communities[0]);
      const answer = await worker.agent.post(`/api/v1/admissions/${id}/comments`, {
        stance: 'concern',
        comment: '冬季走访与网格日常走访重复，建议合并',
      });
      expect(answer.statusCode).toBe(204);
      // The answer is visible to the reviewer on the detail page.
      // Her list says what her community answered.
      const mine = (await worker.agent.get('/api/v1/admissions/consultations')).json();
      expect(mine.find((a: { id: number }) => a.id === id).answers).toEqual([
        expect.objectContaining({ stance: 'concern', comment: '冬季走访与网格日常走访重复，建议合并' }),
      ]);
      const detail = (await reviewer.get(`/api/v1/admissions/${id}`)).json();
      expect(detail.comments).toEqual([
        expect.objectContaining({
          communityCode: d.communities[0],
          stance: 'concern',
          comment: '冬季走访与网格日常走访重复，建议合并',
        }),
      ]);
      expect(detail.consultationProgress).toMatchObject({ answered: 1, total: 6, done: false });
      expect(detail.consultationProgress.communities[0]).toMatchObject({ answered: true });

      await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'close_consultation' });
      const pending = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'approve',
        opinion: TEST_OPINION,
      });
      expect(pending.statusCode).toBe(409);
      expect(pending.json()).toMatchObject({ code: 'consultation_pending', answered: 1, total: 6 });

      // Once the period has run out (the app clock, working days), the silence of the others is consent.
      env().clock.advanceDays(10);
      try {
        const later = await env().login(reviewerUsername, TEST_PASSWORD);
        const approved = await later.post(`/api/v1/admissions/${id}/actions`, {
          action: 'approve',
          opinion: '已征求意见，采纳翠竹社区意见：与网格走访合并开展。同意准入。',
        });
        expect(approved.statusCode, approved.body).toBe(200);
        expect(approved.json().status).toBe('approved');
      } finally {
        env().clock.advanceDays(-10);
      }
    });

    it('counts a consultation as done when every consulted community answered', async () => {
      const { d, officer, reviewer, draft } = await world(env());
      const { id } = await createDraft(officer, { ...draft, title: '社区健康档案核对协助' });
      await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
      const codes = [d.communities[1], d.communities[2]];
      await reviewer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'start_consultation',
        consultation: { codes, workingDays: 5 },
      });
      const outside = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'start_consultation',
        consultation: { codes: ['999999999999'] },
      });
      expect(outside.statusCode).toBe(409); // already in consultation
      for (const code of codes) {
        const w = (await env().build.worker(code)).agent;
        expect(
          (await w.post(`/api/v1/admissions/${id}/comments`, { stance: 'agree', comment: '同意' })).statusCode,
        ).toBe(204);
      }
      const detail = (await reviewer.get(`/api/v1/admissions/${id}`)).json();
      expect(detail.consultationProgress).toMatchObject({ answered: 2, total: 2, done: true });
      await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'close_consultation' });
      const approved = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'approve',
        opinion: TEST_OPINION,
      });
      expect(approved.json().status).toBe('approved');
    });

    it('asks only communities the work falls on', async () => {
      const { officer, reviewer, draft } = await world(env());
      const other = await env().build.district();
      const { id } = await createDraft(officer, { ...draft, title: '社区消防栓巡查协助' });
      await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
      const res = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
        action: 'start_consultation',
        consultation: { codes: [other.communities[0]] },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0]).toMatchObject({ field: 'consultation.codes', reason: 'scope_outside' });
    });
  },
  { demo: false },
);
