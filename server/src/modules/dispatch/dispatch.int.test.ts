import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';

const WULIDUN = ['340104006003', '340104006004', '340104006005'];

async function minzhengAdmission(env: TestEnv): Promise<{ id: number; number: string }> {
  const officer = await env.login('dept.shushan.minzheng');
  const list = (await officer.get('/api/v1/admissions?status=approved')).json();
  const a = list.items.find((x: { title: string }) => x.title === '高龄津贴资格认证台账');
  return { id: a.id, number: a.number };
}

function multipart(
  fields: Record<string, string>,
  files: { name: string; filename: string; type: string; body: Buffer }[],
) {
  const boundary = '----jianfu' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
    );
    parts.push(f.body, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

describeEachDatabase('dispatch and refusal', (env) => {
  it('dispatches to three communities; a worker refuses one; the department sees 2 open and 1 refused', async () => {
    const officer = await env().login('dept.shushan.minzheng');
    const { id: admissionId, number } = await minzhengAdmission(env());
    const res = await officer.post('/api/v1/dispatches', {
      admissionId,
      title: '第四季度高龄津贴资格认证',
      instructions: '请于月底前核对名单，上门协助未认证老人完成认证，无需拍照。',
      dueDate: '2026-12-31',
      targets: { type: 'communities', codes: WULIDUN },
    });
    expect(res.statusCode, res.body).toBe(201);
    const dispatch = res.json();
    expect(dispatch.counts).toMatchObject({ total: 3, new: 3 });
    expect(dispatch.admission.number).toBe(number);

    const worker = await env().login('worker.jiajia');
    const inbox = (await worker.get('/api/v1/communities/340104006005/inbox')).json();
    const item = inbox.items.find((i: { dispatchId: number }) => i.dispatchId === dispatch.id);
    expect(item).toMatchObject({ admissionNumber: number, status: 'new', dueDate: '2026-12-31' });
    expect(item.burden.hoursPerCommunityYear).toBeGreaterThan(0);
    expect(item.allowedActions).toEqual(['acknowledge', 'start', 'complete', 'refuse']);

    const noText = await worker.post(`/api/v1/inbox-items/${item.id}/actions`, {
      action: 'refuse',
      reason: 'no_resources',
    });
    expect(noText.statusCode).toBe(422);
    const refused = await worker.post(`/api/v1/inbox-items/${item.id}/actions`, {
      action: 'refuse',
      reason: 'no_resources',
      text: '未配发认证终端，也未安排经费',
    });
    expect(refused.json()).toMatchObject({ status: 'refused', refusalReason: 'no_resources' });
    expect(
      (await worker.post(`/api/v1/inbox-items/${item.id}/actions`, { action: 'complete', note: 'x' })).statusCode,
    ).toBe(409);

    const progress = (await officer.get(`/api/v1/dispatches/${dispatch.id}`)).json();
    expect(progress.counts).toMatchObject({ total: 3, new: 2, refused: 1 });
    expect(
      progress.items.find((i: { community: { code: string } }) => i.community.code === '340104006005').refusalText,
    ).toBe('未配发认证终端，也未安排经费');
    const reviewer = await env().login('reviewer.shushan');
    const refusals = (await reviewer.get('/api/v1/refusals')).json();
    expect(refusals.items.map((r: { dispatchId: number }) => r.dispatchId)).toContain(dispatch.id);
    const mine = (await officer.get('/api/v1/refusals')).json();
    expect(mine.items.some((r: { refusalReason: string }) => r.refusalReason === 'no_resources')).toBe(true);

    const xlsx = await officer.get(`/api/v1/dispatches/${dispatch.id}/progress.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('lets a worker acknowledge, work on and complete with a note and an attachment', async () => {
    const officer = await env().login('dept.shushan.minzheng');
    const { id: admissionId } = await minzhengAdmission(env());
    const d = (
      await officer.post('/api/v1/dispatches', {
        admissionId,
        title: '认证名单复核',
        dueDate: '2026-12-20',
        targets: { type: 'communities', codes: ['340104006005'] },
      })
    ).json();
    const worker = await env().login('worker.jiajia');
    const item = (await worker.get('/api/v1/communities/340104006005/inbox?status=new'))
      .json()
      .items.find((i: { dispatchId: number }) => i.dispatchId === d.id);
    expect((await worker.post(`/api/v1/inbox-items/${item.id}/actions`, { action: 'acknowledge' })).json().status).toBe(
      'acknowledged',
    );
    expect((await worker.post(`/api/v1/inbox-items/${item.id}/actions`, { action: 'complete' })).statusCode).toBe(422);
    const form = multipart({ data: JSON.stringify({ action: 'complete', note: '已核对 162 人，4 人上门认证' }) }, [
      { name: 'files', filename: '核对结果.pdf', type: 'application/pdf', body: Buffer.from('%PDF-1.4 result') },
    ]);
    const done = await worker.request('POST', `/api/v1/inbox-items/${item.id}/actions`, form.body, {
      'content-type': form.contentType,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('done');
    const detail = (await officer.get(`/api/v1/dispatches/${d.id}`)).json();
    const file = detail.items[0].attachments[0];
    expect(file).toMatchObject({ filename: '核对结果.pdf', contentType: 'application/pdf' });
    const download = await officer.get(`/api/v1/attachments/${file.id}`);
    expect(download.body).toBe('%PDF-1.4 result');
    const baohe = await env().login('dept.baohe.minzheng');
    expect((await baohe.get(`/api/v1/attachments/${file.id}`)).statusCode).toBe(403);
  });

  it('refuses a dispatch that demands photo proof, naming the field', async () => {
    const officer = await env().login('dept.shushan.minzheng');
    const { id: admissionId } = await minzhengAdmission(env());
    const res = await officer.post('/api/v1/dispatches', {
      admissionId,
      title: '入户认证',
      instructions: '每户拍照上传作为工作留痕',
      dueDate: '2026-12-31',
      targets: { type: 'all', codes: [] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ field: 'instructions', reason: 'photo_proof_forbidden' }),
    ]);
  });

  it('answers 409 under an expired number and outside the admitted scope, and saves nothing', async () => {
    const officer = await env().login('dept.shushan.minzheng');
    const before = (await officer.get('/api/v1/dispatches')).json().total;
    const expired = await env().ctx.services.admission.importApproved(
      '340104-minzheng',
      {
        title: '2024年困难群众排查',
        kind: 'task',
        listType: 'assist',
        legalBasis: '《社会救助暂行办法》',
        scope: { type: 'all', codes: [] },
        frequency: 'quarterly',
        minutesPerOccurrence: 60,
        startDate: '2024-01-01',
        expiryDate: '2025-12-31',
      },
      '2023-11-20',
      '测试',
    );
    const view = await env().ctx.services.admission.viewByNumber(expired);
    const res = await officer.post('/api/v1/dispatches', {
      admissionId: view!.id,
      title: '排查',
      dueDate: '2026-12-31',
      targets: { type: 'all', codes: [] },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'admission_expired', title: '准入已过期，不能派单' });

    // 统计局's survey admission covers two streets only.
    const stats = (await env().anon.get('/api/v1/public/admissions?jurisdiction=340104'))
      .json()
      .find((a: { kind: string }) => a.kind === 'survey');
    expect(stats.scope.type).toBe('streets');
    const outside = await officer.post('/api/v1/dispatches', {
      admissionId: (await env().ctx.services.admission.viewByNumber(stats.number))!.id,
      title: 'x',
      dueDate: '2026-12-31',
      targets: { type: 'all', codes: [] },
    });
    expect(outside.statusCode).toBe(403); // not the 民政局's own number
    const { id: admissionId } = await minzhengAdmission(env());
    const baoheCommunity = await officer.post('/api/v1/dispatches', {
      admissionId,
      title: '越界派单',
      dueDate: '2026-12-31',
      targets: { type: 'communities', codes: ['340111001001'] },
    });
    expect(baoheCommunity.statusCode).toBe(409);
    expect(baoheCommunity.json().code).toBe('outside_admission_scope');
    expect((await officer.get('/api/v1/dispatches')).json().total).toBe(before);
  });

  it('refuses an attachment that is too large (413) or of a forbidden type (415), saving nothing', async () => {
    const officer = await env().login('dept.shushan.minzheng');
    const before = (await officer.get('/api/v1/dispatches')).json().total;
    const { id: admissionId } = await minzhengAdmission(env());
    const data = JSON.stringify({
      admissionId,
      title: '附件测试',
      dueDate: '2026-12-31',
      targets: { type: 'communities', codes: ['340104006005'] },
    });
    const big = multipart({ data }, [
      {
        name: 'files',
        filename: '名单.pdf',
        type: 'application/pdf',
        body: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(11 * 1024 * 1024)]),
      },
    ]);
    const tooLarge = await officer.request('POST', '/api/v1/dispatches', big.body, { 'content-type': big.contentType });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ code: 'attachment_too_large', title: '附件过大：每个附件不超过 10 MB' });
    const exe = multipart({ data }, [
      { name: 'files', filename: 'setup.exe', type: 'application/octet-stream', body: Buffer.from('MZ\u0090\u0000') },
    ]);
    const wrongType = await officer.request('POST', '/api/v1/dispatches', exe.body, {
      'content-type': exe.contentType,
    });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().code).toBe('attachment_type');
    const disguised = multipart({ data }, [
      { name: 'files', filename: '通知.pdf', type: 'application/pdf', body: Buffer.from('MZ\u0090\u0000') },
    ]);
    expect(
      (await officer.request('POST', '/api/v1/dispatches', disguised.body, { 'content-type': disguised.contentType }))
        .statusCode,
    ).toBe(415);
    expect((await officer.get('/api/v1/dispatches')).json().total).toBe(before);
  });

  it('has demo work in different states in the communities of 五里墩街道', async () => {
    const worker = await env().login('worker.jiajia');
    const inbox = (await worker.get('/api/v1/communities/340104006005/inbox')).json();
    const byTitle = Object.fromEntries(inbox.items.map((i: { title: string; status: string }) => [i.title, i.status]));
    expect(byTitle['2026年第四季度高龄津贴资格认证']).toMatch(/in_progress|overdue/);
    expect(byTitle['高龄老人名单年度核对']).toBe('overdue'); // due 2026-11-25, still open
    const officer = await env().login('dept.shushan.minzheng');
    const q4 = (await officer.get('/api/v1/dispatches'))
      .json()
      .items.find((d: { title: string }) => d.title === '2026年第四季度高龄津贴资格认证');
    expect(q4.counts).toMatchObject({ total: 6, done: 1, refused: 1 });
  });

  it('dates the demo work on its intended days, not when the demo was loaded', async () => {
    const officer = await env().login('dept.shushan.minzheng');
    const annual = (await officer.get('/api/v1/dispatches'))
      .json()
      .items.find((d: { title: string }) => d.title === '高龄老人名单年度核对');
    expect(annual.createdAt.slice(0, 10)).toBe('2026-11-02'); // sent well before its 2026-11-25 deadline
    const detail = (await officer.get(`/api/v1/dispatches/${annual.id}`)).json();
    const done = detail.items.find((i: { community: { code: string } }) => i.community.code === '340104006006');
    expect(done.acknowledgedAt.slice(0, 10)).toBe('2026-11-03');
    expect(done.completedAt.slice(0, 10)).toBe('2026-11-19');
  });

  it('keeps inboxes to their community and dispatches to their department', async () => {
    const worker = await env().login('worker.jiajia');
    expect((await worker.get('/api/v1/communities/340104006005/inbox')).statusCode).toBe(200);
    const other = await worker.get('/api/v1/communities/340104006006/inbox');
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('out_of_scope');
    const street = await env().login('street.wulidun');
    expect((await street.get('/api/v1/communities/340104006006/inbox')).statusCode).toBe(200);
    expect((await street.get('/api/v1/communities/340104001001/inbox')).statusCode).toBe(403);

    const officer = await env().login('dept.shushan.minzheng');
    const mine = (await officer.get('/api/v1/dispatches')).json();
    expect(mine.total).toBeGreaterThan(0);
    const baohe = await env().login('dept.baohe.minzheng');
    expect((await baohe.get('/api/v1/dispatches')).json().total).toBe(0);
    expect((await baohe.get(`/api/v1/dispatches/${mine.items[0].id}`)).statusCode).toBe(403);
    // Only the community's own workers act on its items.
    const item = (await street.get('/api/v1/communities/340104006004/inbox?status=open')).json().items[0];
    expect((await street.post(`/api/v1/inbox-items/${item.id}/actions`, { action: 'acknowledge' })).statusCode).toBe(
      403,
    );
  });
});

describeEachDatabase('register of informal demands', (env) => {
  it('records an anonymous phone demand; the reviewer and department see it without the reporter', async () => {
    const worker = await env().login('worker.jiajia');
    const res = await worker.post('/api/v1/informal-demands', {
      departmentCode: '340104-renshe',
      occurredOn: '2026-11-20',
      channel: 'phone',
      content: '电话要求当天报送辖区灵活就业人员名单',
      estimatedMinutes: 180,
      anonymous: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().reporter).toBe('陈晓雯'); // the worker's own community sees who reported
    const id = res.json().id;

    const reviewer = await env().login('reviewer.shushan');
    const seen = (await reviewer.get('/api/v1/informal-demands')).json().items.find((d: { id: number }) => d.id === id);
    expect(seen).toMatchObject({ anonymous: true, reporter: null, channel: 'phone', estimatedMinutes: 180 });
    expect(JSON.stringify(seen)).not.toContain('陈晓雯');
    const summary = (await reviewer.get('/api/v1/informal-demands/summary')).json();
    expect(summary.find((s: { department: { code: string } }) => s.department.code === '340104-renshe')).toMatchObject({
      entries: 1,
      hours: 3,
      open: 1,
    });

    const renshe = await env().ctx.services.accounts.insertUser('', {
      username: 'dept.shushan.renshe',
      displayName: '人社测试',
      password: 'renshe-2026',
      role: 'department_officer',
      orgCode: '340104',
      departmentCode: '340104-renshe',
    });
    expect(renshe.id).toBeGreaterThan(0);
    const dept = await env().login('dept.shushan.renshe', 'renshe-2026');
    const deptView = (await dept.get('/api/v1/informal-demands')).json();
    expect(deptView.items).toHaveLength(1);
    expect(deptView.items[0].reporter).toBeNull();
    const minzheng = await env().login('dept.shushan.minzheng');
    expect(
      (await minzheng.get('/api/v1/informal-demands')).json().items.map((d: { id: number }) => d.id),
    ).not.toContain(id);

    const noReason = await reviewer.post(`/api/v1/informal-demands/${id}/reveal`, { reason: ' ' });
    expect(noReason.statusCode).toBe(422);
    const revealed = (
      await reviewer.post(`/api/v1/informal-demands/${id}/reveal`, { reason: '需向登记人核实通话时间' })
    ).json();
    expect(revealed.reporter).toBe('陈晓雯');
    expect(revealed.reveals[0]).toMatchObject({ by: '周立新', reason: '需向登记人核实通话时间' });

    const asked = (
      await reviewer.post(`/api/v1/informal-demands/${id}/review`, {
        action: 'request_application',
        note: '请人社局就名单报送申请准入',
      })
    ).json();
    expect(asked.status).toBe('asked_to_apply');
    const resolved = (
      await reviewer.post(`/api/v1/informal-demands/${id}/review`, { action: 'resolve', note: '人社局已改为数据共享' })
    ).json();
    expect(resolved.status).toBe('resolved');
    expect(
      (await reviewer.post(`/api/v1/informal-demands/${id}/review`, { action: 'warn', note: 'x' })).statusCode,
    ).toBe(409);
  });

  it('refuses a department outside the community’s district and a future date', async () => {
    const worker = await env().login('worker.jiajia');
    const res = await worker.post('/api/v1/informal-demands', {
      departmentCode: '340111-minzheng',
      occurredOn: '2099-01-01',
      channel: 'chat_group',
      content: '群里要求接龙',
      estimatedMinutes: 30,
      anonymous: false,
    });
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['departmentCode', 'occurredOn']);
    const reviewer = await env().login('reviewer.baohe');
    const own = await worker.post('/api/v1/informal-demands', {
      departmentCode: '3401-gongan',
      occurredOn: '2026-11-01',
      channel: 'meeting',
      content: '会议要求',
      estimatedMinutes: 60,
      anonymous: false,
    });
    expect(own.statusCode).toBe(201);
    expect(
      (await reviewer.post(`/api/v1/informal-demands/${own.json().id}/review`, { action: 'warn', note: 'x' }))
        .statusCode,
    ).toBe(403);
  });
});
