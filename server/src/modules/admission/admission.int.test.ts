import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';

/** A complete, admissible application of 蜀山区民政局 (start > 30 working days ahead, funded). */
export const goodDraft = {
  title: '独居老人定期探访',
  kind: 'task',
  listType: 'assist',
  description: '每月上门探访辖区独居老人一次，了解健康和生活状况，发现困难及时转介',
  legalBasis: '《中华人民共和国老年人权益保障法》',
  scope: { type: 'streets', codes: ['340104006'] },
  frequency: 'monthly',
  minutesPerOccurrence: 120,
  resources: { fundsYuan: 30000, staff: '', training: '区民政局组织培训一次', equipment: '' },
  assessment: '以探访记录完整率评价，不以照片考核',
  startDate: '2027-04-01',
  expiryDate: '2029-03-31',
};

async function createDraft(env: TestEnv, body: Record<string, unknown> = goodDraft, who = 'dept.shushan.minzheng') {
  const officer = await env.login(who);
  const res = await officer.post('/api/v1/admissions', body);
  expect(res.statusCode, res.body).toBe(201);
  return { officer, id: res.json().id as number, detail: res.json() };
}

describeEachDatabase('admission gate', (env) => {
  it('pre-checks a draft without saving it: the kinship certificate hits the negative list', async () => {
    const officer = await env().login('dept.shushan.minzheng');
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
    expect(rules).toEqual(['negative_list', 'duplicates', 'burden', 'funding', 'lead_time', 'form']);
  });

  it('keeps a null number null (no coercion to 0) in the burden estimate', async () => {
    const officer = await env().login('dept.shushan.minzheng');
    const res = await officer.post('/api/v1/admissions/precheck', {
      ...goodDraft,
      occurrencesPerYear: null,
      ledgerFields: null,
    });
    const burden = res.json().checks.find((c: { rule: string }) => c.rule === 'burden');
    expect(burden.estimate).toMatchObject({ occurrencesPerYear: 12, hoursPerCommunityYear: 24 });
  });

  it('accepts an empty JSON body as {}', async () => {
    const officer = await env().login('dept.shushan.minzheng');
    const res = await officer.request('POST', '/api/v1/auth/logout', '', { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(204);
  });

  it('estimates the burden over the communities in scope', async () => {
    const { detail } = await createDraft(env());
    expect(detail.communityCount).toBe(6);
    expect(detail.allowedActions).toEqual(['submit', 'withdraw']); // no override to ask for: nothing blocks
    expect(detail.burden).toEqual({ hoursPerCommunityYear: 24, totalHoursYear: 144 });
    const burden = detail.prechecks.find((c: { rule: string }) => c.rule === 'burden');
    expect(burden.message).toContain('6 个社区合计 144 小时');
  });

  it('refuses a broken form with 422 naming each field, and saves nothing', async () => {
    const officer = await env().login('dept.shushan.minzheng');
    const before = (await officer.get('/api/v1/admissions')).json().total;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ legalBasis: '' }, 'legalBasis', 'legal_basis_required'],
      [{ expiryDate: '2030-04-02' }, 'expiryDate', 'expiry_too_long'],
      [{ scope: { type: 'streets', codes: ['340111001'] } }, 'scope', 'scope_outside'],
      [{ scope: { type: 'communities', codes: ['340104006999'] } }, 'scope', 'scope_unknown'],
      [{ emergency: true, emergencyReason: '' }, 'emergencyReason', 'emergency_reason_required'],
    ];
    for (const [patch, field, reason] of cases) {
      const res = await officer.post('/api/v1/admissions', { ...goodDraft, ...patch });
      expect(res.statusCode, JSON.stringify(patch)).toBe(422);
      expect(res.headers['content-type']).toContain('problem+json');
      expect(res.json().errors).toContainEqual(expect.objectContaining({ field, reason }));
    }
    expect((await officer.get('/api/v1/admissions')).json().total).toBe(before);
  });

  it('gives the reviewer two demo applications awaiting review, one of them with a warning', async () => {
    const reviewer = await env().login('reviewer.shushan');
    const queue = (await reviewer.get('/api/v1/admissions?queue=true')).json();
    const byTitle = Object.fromEntries(queue.items.map((a: { title: string }) => [a.title, a]));
    for (const title of ['社区应急避难场所标识及物资年度核查', '共享单车停放秩序每周报送']) {
      expect(byTitle[title], title).toMatchObject({ status: 'submitted', isDemo: true });
      expect(byTitle[title].clock.workingDaysLeft).toBeGreaterThan(0);
    }
    const verdicts = async (title: string) =>
      (await reviewer.get(`/api/v1/admissions/${byTitle[title].id}`))
        .json()
        .prechecks // 2027 has no official holiday schedule yet: the lead time is only a weekend count, a note.
        .filter(
          (c: { rule: string; verdict: string; message: string }) =>
            c.verdict !== 'pass' && !(c.rule === 'lead_time' && c.verdict === 'warn' && c.message.includes('尚未录入')),
        )
        .map((c: { rule: string; verdict: string }) => `${c.rule}:${c.verdict}`);
    expect(await verdicts('社区应急避难场所标识及物资年度核查')).toEqual([]);
    // An assist item with no funds, staff, training or equipment following it.
    expect(await verdicts('共享单车停放秩序每周报送')).toEqual(['funding:warn']);
  });

  it('admits an application end to end; the number is then valid for anyone', async () => {
    const { officer, id } = await createDraft(env());
    const submitted = await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe('submitted');
    expect(submitted.json().clock.workingDaysLeft).toBe(15);

    const reviewer = await env().login('reviewer.shushan');
    const queue = (await reviewer.get('/api/v1/admissions?queue=true')).json();
    expect(queue.items.map((a: { id: number }) => a.id)).toContain(id);
    await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'start_review' });
    const approved = (await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'approve' })).json();
    expect(approved.status).toBe('approved');
    expect(approved.number).toMatch(/^蜀准〔\d{4}〕\d+号$/);
    expect(approved.events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'submit',
      'start_review',
      'approve',
    ]);

    const check = await env().anon.get(`/api/v1/public/admissions/${encodeURIComponent(approved.number)}`);
    expect(check.json()).toMatchObject({
      status: 'valid',
      title: '独居老人定期探访',
      department: { name: '蜀山区民政局' },
      expiryDate: '2029-03-31',
    });
    const byCode = await env().anon.get(`/api/v1/public/admissions/${approved.code}`);
    expect(byCode.json().number).toBe(approved.number);
    const active = (await env().anon.get('/api/v1/public/admissions?jurisdiction=340104')).json();
    expect(active.map((a: { number: string }) => a.number)).toContain(approved.number);
    const qr = await env().anon.get(`/api/v1/public/admissions/${approved.code}/qr.svg`);
    expect(qr.headers['content-type']).toContain('image/svg+xml');
    expect(qr.body).toContain('<svg');

    // Exit: revoked numbers no longer oblige anyone.
    const revoked = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
      action: 'revoke',
      reason: '居民普遍反对，予以退出',
    });
    expect(revoked.json().status).toBe('revoked');
    expect((await env().anon.get(`/api/v1/public/admissions/${approved.code}`)).json().status).toBe('revoked');
  });

  it('says "unknown" for a number that was never issued', async () => {
    const res = await env().anon.get(`/api/v1/public/admissions/${encodeURIComponent('蜀准〔2026〕999号')}`);
    expect(res.json()).toEqual({ status: 'unknown', query: '蜀准〔2026〕999号' });
  });

  it('blocks submitting a negative-list item until a reviewer overrides it with a reason', async () => {
    const { officer, id } = await createDraft(env(), {
      ...goodDraft,
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
    const reviewer = await env().login('reviewer.shushan');
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
    const soon = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const { officer, id } = await createDraft(env(), { ...goodDraft, title: '冬季取暖安全检查协助', startDate: soon });
    const res = await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
    expect(res.statusCode).toBe(409);
    expect(res.json().checks.map((c: { rule: string }) => c.rule)).toEqual(['lead_time']);
    const put = await officer.request('PUT', `/api/v1/admissions/${id}`, {
      ...goodDraft,
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
    const worker = await env().login('worker.jiajia');
    expect((await worker.post('/api/v1/admissions', goodDraft)).statusCode).toBe(403);
    const { officer, id } = await createDraft(env(), { ...goodDraft, title: '社区老年活动室安全巡查' });
    await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
    const selfApprove = await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'start_review' });
    expect(selfApprove.statusCode).toBe(403);

    const baoheDraft = { ...goodDraft, title: '包河区独居老人探访', scope: { type: 'all', codes: [] } };
    const { officer: baoheOfficer, id: baoheId } = await createDraft(env(), baoheDraft, 'dept.baohe.minzheng');
    await baoheOfficer.post(`/api/v1/admissions/${baoheId}/actions`, { action: 'submit' });
    const shushanReviewer = await env().login('reviewer.shushan');
    const cross = await shushanReviewer.post(`/api/v1/admissions/${baoheId}/actions`, { action: 'start_review' });
    expect(cross.statusCode).toBe(403);
    expect((await shushanReviewer.get(`/api/v1/admissions/${baoheId}`)).statusCode).toBe(403);
    expect((await officer.get(`/api/v1/admissions/${baoheId}`)).statusCode).toBe(403);
    const baoheReviewer = await env().login('reviewer.baohe');
    expect(
      (await baoheReviewer.post(`/api/v1/admissions/${baoheId}/actions`, { action: 'start_review' })).statusCode,
    ).toBe(200);
  });

  it('rejects an illegal transition with 409', async () => {
    const { officer, id } = await createDraft(env(), { ...goodDraft, title: '社区消防通道巡查' });
    const res = await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'request_renewal' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('illegal_transition');
  });

  it('consults chosen communities, whose workers comment within the window', async () => {
    const { officer, id } = await createDraft(env(), { ...goodDraft, title: '社区健身器材安全检查' });
    await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
    const reviewer = await env().login('reviewer.shushan');
    const started = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
      action: 'start_consultation',
      consultation: { codes: ['340104006005', '340104006006'], workingDays: 5 },
    });
    expect(started.json().status).toBe('consultation');
    const worker = await env().login('worker.jiajia');
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
    expect(detail.comments).toEqual([expect.objectContaining({ communityName: '家家景园社区', stance: 'concern' })]);
    await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'close_consultation' });
    expect(
      (await worker.post(`/api/v1/admissions/${id}/comments`, { stance: 'agree', comment: '迟到的意见' })).statusCode,
    ).toBe(409);
  });

  it('tags an amendment of an approved item as a work change or a re-estimate', async () => {
    const { officer, id } = await createDraft(env(), { ...goodDraft, title: '困难家庭节日慰问协助' });
    await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
    const reviewer = await env().login('reviewer.shushan');
    await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'start_review' });
    await reviewer.post(`/api/v1/admissions/${id}/actions`, { action: 'approve' });
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

  it('requires two sign-offs where the jurisdiction configured it', async () => {
    const admin = await env().login('admin');
    await admin.post('/api/v1/users', {
      username: 'reviewer2.shushan',
      displayName: '钱敏',
      password: 'second-reviewer',
      role: 'reviewer',
      orgCode: '340104',
      departmentCode: '340104-jianfuban',
    });
    const reviewer = await env().login('reviewer.shushan');
    const officer0 = await env().login('dept.shushan.minzheng');
    expect(
      (await officer0.request('PUT', '/api/v1/admissions/settings/340104', { signoffsRequired: 2 })).statusCode,
    ).toBe(403);
    const set = await reviewer.request('PUT', '/api/v1/admissions/settings/340104', { signoffsRequired: 2 });
    expect(set.json()).toEqual({ jurisdiction: '340104', signoffsRequired: 2, abbreviation: '蜀' });
    try {
      const { officer, id } = await createDraft(env(), { ...goodDraft, title: '社区微型消防站值守协助' });
      await officer.post(`/api/v1/admissions/${id}/actions`, { action: 'submit' });
      const r1 = await env().login('reviewer.shushan');
      await r1.post(`/api/v1/admissions/${id}/actions`, { action: 'start_review' });
      const first = (await r1.post(`/api/v1/admissions/${id}/actions`, { action: 'approve' })).json();
      expect(first.status).toBe('under_review');
      expect(first.signoffs.done).toHaveLength(1);
      expect((await r1.post(`/api/v1/admissions/${id}/actions`, { action: 'approve' })).statusCode).toBe(409);
      const r2 = await env().login('reviewer2.shushan', 'second-reviewer');
      const second = (await r2.post(`/api/v1/admissions/${id}/actions`, { action: 'approve' })).json();
      expect(second.status).toBe('approved');
      expect(second.number).toBeTruthy();
    } finally {
      await reviewer.request('PUT', '/api/v1/admissions/settings/340104', { signoffsRequired: 1 });
    }
  });

  it('lists the demo admissions of 蜀山区 as valid, with their departments', async () => {
    const active = (await env().anon.get('/api/v1/public/admissions?jurisdiction=340104')).json();
    expect(active.length).toBeGreaterThanOrEqual(5);
    expect(new Set(active.map((a: { kind: string }) => a.kind)).size).toBeGreaterThanOrEqual(4);
  });
});
