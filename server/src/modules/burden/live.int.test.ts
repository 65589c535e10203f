// Burden events written live by their sources' writers, in the writers' transactions: the community's
// month moves the moment work reaches it, and `burden recompute` afterwards finds nothing to change.
import { expect, it } from 'vitest';
import { describeEachDatabase, type Agent, type TestEnv } from '../../testing/harness.js';
import { todayInChina } from '../calendar/service.js';

const JIAJIA = '340104006005';
const THREE = ['340104006003', '340104006004', JIAJIA];

const month = () => todayInChina().slice(0, 7);
const nextYear = () => `${Number(todayInChina().slice(0, 4)) + 1}${todayInChina().slice(4, 10)}`;

/** Hours of one org in the current month as the dashboard shows them, and what re-estimates moved. */
async function monthOf(agent: Agent, org: string): Promise<{ hours: number; reestimateHours: number; index: number }> {
  const r = await agent.get(`/api/v1/burden?org=${org}&from=2025-01&to=${month()}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json().series.find((s: { month: string }) => s.month === month());
}

/** An application of 民政局 for 五里墩街道, taken through submit, review and approval. */
async function approved(env: TestEnv, draft: Record<string, unknown>): Promise<{ id: number; officer: Agent }> {
  const officer = await env.login('dept.shushan.minzheng');
  const created = await officer.post('/api/v1/admissions', {
    kind: 'task',
    listType: 'assist',
    legalBasis: '《中华人民共和国老年人权益保障法》',
    scope: { type: 'streets', codes: ['340104006'] },
    resources: { fundsYuan: 20000, staff: '', training: '', equipment: '' },
    assessment: '以工作记录评价，不以照片考核',
    startDate: todayInChina(),
    expiryDate: nextYear(),
    // Starts today, so without the 30 working days' notice.
    emergency: true,
    emergencyReason: '寒潮预警，需立即开展',
    ...draft,
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as number;
  const reviewer = await env.login('reviewer.shushan');
  for (const [who, action] of [
    [officer, 'submit'],
    [reviewer, 'start_review'],
    [reviewer, 'approve'],
  ] as const) {
    const r = await who.post(`/api/v1/admissions/${id}/actions`, { action });
    expect(r.statusCode, `${action}: ${r.body}`).toBe(200);
  }
  return { id, officer };
}

/** Every rollup row, rounded (live writes add and subtract; a rebuild sums once). */
async function rollups(env: TestEnv) {
  const db = env.ctx.database.db;
  const round = (n: number) => Math.round(Number(n) * 1000) / 1000;
  const detail = (await db.selectFrom('burden_monthly').selectAll().execute())
    .map((r) => ({ ...r, minutes: round(r.minutes), reestimate_minutes: round(r.reestimate_minutes) }))
    .filter((r) => r.minutes !== 0 || r.reestimate_minutes !== 0)
    .map((r) =>
      JSON.stringify([
        r.org_code,
        r.month,
        r.department_code,
        r.source_kind,
        r.object_kind,
        r.minutes,
        r.reestimate_minutes,
        Number(r.events),
      ]),
    )
    .sort();
  const totals = (await db.selectFrom('burden_org_monthly').selectAll().execute())
    .map((r) => ({ ...r, minutes: round(r.minutes), reestimate_minutes: round(r.reestimate_minutes) }))
    .filter((r) => r.minutes !== 0 || r.reestimate_minutes !== 0)
    .map((r) => JSON.stringify([r.org_code, r.month, r.minutes, r.reestimate_minutes]))
    .sort();
  return { detail, totals };
}

describeEachDatabase('burden events written live', (env) => {
  it('an informal demand a worker records raises its month by its minutes, with no number', async () => {
    const worker = await env().login('worker.jiajia');
    const before = await monthOf(worker, JIAJIA);
    const r = await worker.post('/api/v1/informal-demands', {
      departmentCode: '340104-minzheng',
      occurredOn: todayInChina(),
      channel: 'phone',
      content: '电话要求当天报送辖区独居老人名单',
      estimatedMinutes: 90,
      anonymous: true,
    });
    expect(r.statusCode, r.body).toBe(201);
    const after = await monthOf(worker, JIAJIA);
    expect(after.hours).toBeCloseTo(before.hours + 1.5, 1);
    const events = (await worker.get(`/api/v1/burden/events?community=${JIAJIA}&month=${month()}`)).json();
    expect(events).toContainEqual(
      expect.objectContaining({
        source: 'informal',
        admissionNumber: null,
        hours: 1.5,
        ref: `informal:${r.json().id}`,
      }),
    );
  });

  it('a dispatch to three communities adds its minutes to each; a refusal takes them off again', async () => {
    const reviewer = await env().login('reviewer.shushan');
    const { id: admissionId, officer } = await approved(env(), {
      title: '冬季困难群众走访慰问名单核实',
      description: '按街道下发的名单逐户核实困难群众冬季生活情况，填写核实表。',
      frequency: 'once',
      minutesPerOccurrence: 150,
    });
    const before = await Promise.all(THREE.map((c) => monthOf(reviewer, c)));
    const sent = await officer.post('/api/v1/dispatches', {
      admissionId,
      title: '冬季困难群众名单核实',
      instructions: '请逐户核实后在系统内填写，无需拍照。',
      dueDate: nextYear(),
      targets: { type: 'communities', codes: THREE },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const after = await Promise.all(THREE.map((c) => monthOf(reviewer, c)));
    THREE.forEach((_, i) => expect(after[i].hours).toBeCloseTo(before[i].hours + 2.5, 1));

    const worker = await env().login('worker.jiajia');
    const inbox = (await worker.get(`/api/v1/communities/${JIAJIA}/inbox`)).json();
    const item = inbox.items.find((i: { dispatchId: number }) => i.dispatchId === sent.json().id);
    const refused = await worker.post(`/api/v1/inbox-items/${item.id}/actions`, {
      action: 'refuse',
      reason: 'no_resources',
      text: '未安排经费和人手',
    });
    expect(refused.statusCode, refused.body).toBe(200);
    expect((await monthOf(reviewer, JIAJIA)).hours).toBeCloseTo(before[2].hours, 1);
  });

  it('counts a standing item from its approval; a re-estimate is tagged and leaves the index alone', async () => {
    const reviewer = await env().login('reviewer.shushan');
    const before = await monthOf(reviewer, JIAJIA);
    const { id, officer } = await approved(env(), {
      title: '独居老人冬季每月探访',
      description: '每月上门探访辖区独居老人一次，了解取暖和生活状况，发现困难及时转介。',
      frequency: 'monthly',
      minutesPerOccurrence: 120,
    });
    const approvedMonth = await monthOf(reviewer, JIAJIA);
    expect(approvedMonth.hours).toBeCloseTo(before.hours + 2, 1);

    const amended = await officer.post(`/api/v1/admissions/${id}/actions`, {
      action: 'amend',
      tag: 're_estimate',
      reason: '试点后实测每次约 60 分钟',
      amendment: { minutesPerOccurrence: 60 },
    });
    expect(amended.statusCode, amended.body).toBe(200);
    const reestimated = await monthOf(reviewer, JIAJIA);
    // The month now costs an hour less, all of it a re-estimate; the index (work only) does not move.
    expect(reestimated.hours).toBeCloseTo(approvedMonth.hours - 1, 1);
    expect(reestimated.reestimateHours).toBeCloseTo(approvedMonth.reestimateHours - 1, 1);
    expect(reestimated.index).toBe(approvedMonth.index);
    const events = (await reviewer.get(`/api/v1/burden/events?community=${JIAJIA}&month=${month()}`)).json();
    expect(events).toContainEqual(
      expect.objectContaining({ ref: `admission:${id}`, reestimate: true, hours: -1, source: 'admitted_item' }),
    );

    const revoked = await reviewer.post(`/api/v1/admissions/${id}/actions`, {
      action: 'revoke',
      reason: '合并到网格走访',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    // Revoked today: it still cost this month, as the recompute would say.
    expect((await monthOf(reviewer, JIAJIA)).hours).toBeCloseTo(reestimated.hours, 1);
  });

  it('after the live writes a recompute changes no rollup', async () => {
    const live = await rollups(env());
    expect(live.detail.length).toBeGreaterThan(0);
    await env().ctx.services.burden.recompute();
    const rebuilt = await rollups(env());
    expect(rebuilt.totals).toEqual(live.totals);
    expect(rebuilt.detail).toEqual(live.detail);
  });
});
