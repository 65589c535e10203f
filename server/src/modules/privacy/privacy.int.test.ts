// 个人信息保护: grants (422s, binding forms, expiry and revocation withholding columns), masking,
// unmasking with a reason, residents' own data and access log (with a read by the district's 民政局),
// correction requests, retention, and refused access through every personal-data route. Each test on its
// own district of 试验市 with its households, ledgers and grants built through the services (builders).
import crypto from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachDatabase, type Agent, type TestEnv } from '../../testing/harness.js';
import { makeIdNumber } from '#common/idcard.js';
import { multipart } from '../../testing/multipart.js';
import { districtLedgers, elderlyHouseholds } from '../../testing/ledgers.js';

async function lastEntry(env: TestEnv) {
  return env.ctx.database.db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

/** A refused request: 403 and, as the newest audit entry, a denied one of the same user and action. */
async function expectDenied(env: TestEnv, agent: Agent, url: string, username: string, action: string) {
  const res = await agent.get(url);
  expect(res.statusCode, url).toBe(403);
  expect(await lastEntry(env), url).toMatchObject({ username, action, outcome: 'denied' });
}

const formOf = async (agent: Agent, title: string) =>
  ((await agent.get('/api/v1/forms')).json() as { id: number; title: string; admissionNumber: string }[]).find(
    (f) => f.title === title,
  )!;

/**
 * A district of one street with two communities: the first one's households (张桂兰, 83, among them),
 * the district's three ledgers with their grants, and 试验市's data steward.
 */
async function world(env: TestEnv) {
  const d = await env.build.district({ streets: 1, communities: 2 });
  const [own, neighbour] = d.communities;
  const households = await elderlyHouseholds(env, own);
  const ledgers = await districtLedgers(env, d);
  const steward = await env.build.steward();
  return {
    d,
    own,
    neighbour,
    households,
    ledgers,
    steward: steward.agent,
    minzheng: ledgers.gaoling.officer,
    canlian: ledgers.subsidy.officer,
  };
}

/** The world, with 张桂兰 (83) signed up as a resident, and 民政局 having read its 高龄津贴台账 she is on. */
async function residentWorld(env: TestEnv) {
  const w = await world(env);
  const her = w.households[0].residents[0];
  const resident = await env.build.resident(w.own, her);
  const read = await w.minzheng.agent.get(`/api/v1/forms/${w.ledgers.gaoling.formId}/ledger?community=${w.own}`);
  expect(read.statusCode).toBe(200);
  return { ...w, her, resident: resident.agent };
}

/** An officer of 民政局 of another district. */
async function otherDistrictOfficer(env: TestEnv) {
  return env.build.officer(await env.build.district());
}

describeEachDatabase(
  '个人信息保护',
  (env) => {
    it('rejects a grant without purpose or expiry, or beyond its admission’s expiry, naming the field', async () => {
      const { d, steward, minzheng } = await world(env());
      const dept = minzheng.agent;
      const gaoling = await formOf(dept, '高龄津贴台账');
      const base = {
        departmentCode: d.department('minzheng'),
        elements: ['religion'],
        admissionNumber: gaoling.admissionNumber,
      };
      const noPurpose = await steward.post('/api/v1/privacy/grants', {
        ...base,
        expiresOn: env().dates.monthsFromToday(6),
      });
      expect(noPurpose.statusCode).toBe(422);
      expect(noPurpose.json().errors).toEqual([expect.objectContaining({ field: 'purpose', reason: 'required' })]);
      const noExpiry = await steward.post('/api/v1/privacy/grants', { ...base, purpose: '民族宗教工作' });
      expect(noExpiry.statusCode).toBe(422);
      expect(noExpiry.json().errors).toEqual([expect.objectContaining({ field: 'expiresOn', reason: 'required' })]);
      const tooLong = await steward.post('/api/v1/privacy/grants', {
        ...base,
        purpose: '民族宗教工作',
        expiresOn: env().dates.monthsFromToday(120),
      });
      expect(tooLong.statusCode).toBe(422);
      expect(tooLong.json().errors[0]).toMatchObject({ field: 'expiresOn', reason: 'beyond_admission_expiry' });
      expect(tooLong.json().errors[0].message).toMatch(/准入编号的有效期（\d{4}-\d{2}-\d{2}）/);
      expect(
        (
          await dept.post('/api/v1/privacy/grants', {
            ...base,
            purpose: 'x',
            expiresOn: env().dates.monthsFromToday(1),
          })
        ).statusCode,
      ).toBe(403);
      const grants = (await dept.get('/api/v1/privacy/grants')).json();
      expect(grants.length).toBeGreaterThanOrEqual(2);
      expect(grants.every((g: { status: string }) => g.status === 'active')).toBe(true);
    });

    it('lets a form bind only elements its department is granted', async () => {
      const { d, steward, minzheng } = await world(env());
      const dept = minzheng.agent;
      const gaoling = await formOf(dept, '高龄津贴台账');
      const res = await dept.post('/api/v1/forms', {
        title: '宗教信仰摸排表',
        subjectType: 'resident',
        admissionId: null,
        filter: [],
        columns: [
          { label: '姓名', element: 'name' },
          { label: '宗教信仰', element: 'religion' },
        ],
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ field: 'columns.1.element', reason: 'not_granted' }),
      ]);
      const granted = await steward.post('/api/v1/privacy/grants', {
        departmentCode: d.department('minzheng'),
        elements: ['religion'],
        purpose: '测试：宗教信仰摸排',
        admissionNumber: gaoling.admissionNumber,
        expiresOn: env().dates.monthsFromToday(6),
      });
      expect(granted.statusCode).toBe(201);
      expect(granted.json()).toMatchObject({ status: 'active', purpose: '测试：宗教信仰摸排' });
      const again = await dept.post('/api/v1/forms', {
        title: '宗教信仰摸排表',
        subjectType: 'resident',
        admissionId: null,
        filter: [],
        columns: [
          { label: '姓名', element: 'name' },
          { label: '宗教信仰', element: 'religion' },
        ],
      });
      expect(again.statusCode).toBe(201);
    });

    it('masks by sensitivity: IDs and phones in ledgers, sensitive data and addresses for those not granted', async () => {
      const { d, own: JIAJIA, canlian } = await world(env());
      const dept = canlian.agent;
      const form = await formOf(dept, '残疾人两项补贴台账');
      const own = (await dept.get(`/api/v1/forms/${form.id}/ledger?community=${JIAJIA}`)).json();
      const labels = own.columns.map((c: { label: string }) => c.label);
      const grade = labels.indexOf('残疾等级');
      const id = labels.indexOf('公民身份号码');
      expect(own.rows[0].cells[grade].value).toMatch(/级/);
      expect(own.rows[0].cells[id].value).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      expect(own.purpose).toContain('残疾人两项补贴');
      // The street overseeing it has no grant: the disability grade is hidden, the ID masked.
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      const seen = (await street.get(`/api/v1/forms/${form.id}/ledger?community=${JIAJIA}`)).json();
      expect(seen.rows[0].cells[grade].value).toBe('＊＊＊');
      // Lists: a worker sees addresses of its own community in full, the street only the area.
      const worker = (await env().build.worker(JIAJIA)).agent;
      const mine = (await worker.get(`/api/v1/hub/subjects?community=${JIAJIA}&pageSize=5`)).json();
      const theirs = (await street.get(`/api/v1/hub/subjects?community=${JIAJIA}&pageSize=5`)).json();
      expect(mine.items[0].address).not.toContain('****');
      expect(theirs.items[0].address).toMatch(/\*{4}$/);
      expect(theirs.items[0].key).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      const xlsx = await dept.get(`/api/v1/forms/${form.id}/ledger.xlsx?community=${JIAJIA}`);
      expect(xlsx.statusCode).toBe(200);
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(String(wb.worksheets[0].getRow(3).getCell(id + 1).value)).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      const entry = await lastEntry(env());
      const sha = crypto.createHash('sha256').update(xlsx.rawPayload).digest('hex');
      expect(entry).toMatchObject({ action: 'ledger.xlsx', outcome: 'allowed', file_sha256: sha });
      expect(xlsx.headers['x-file-sha256']).toBe(sha);
      expect(entry.subject_count).toBe(own.rows.length);
    });

    it('unmasks one ledger row only with a reason, and audits it', async () => {
      const { own: JIAJIA, minzheng } = await world(env());
      const dept = minzheng.agent;
      const form = await formOf(dept, '高龄津贴台账');
      const ledger = (await dept.get(`/api/v1/forms/${form.id}/ledger?community=${JIAJIA}`)).json();
      const subjectId = ledger.rows[0].subjectId;
      const body = { subjectId, formId: form.id, community: JIAJIA };
      expect((await dept.post('/api/v1/privacy/unmask', body)).statusCode).toBe(422);
      const res = await dept.post('/api/v1/privacy/unmask', { ...body, reason: '核对高龄津贴发放银行账户' });
      expect(res.statusCode).toBe(200);
      const id = res.json().facts.find((f: { element: string }) => f.element === 'id_number').value;
      expect(id).toMatch(/^\d{17}[\dX]$/);
      const entry = await lastEntry(env());
      expect(entry).toMatchObject({ action: 'subjects.unmask', purpose: '核对高龄津贴发放银行账户', subject_count: 1 });
      expect(JSON.parse(entry.subject_ids)).toEqual([subjectId]);
      const baohe = await otherDistrictOfficer(env());
      expect((await baohe.agent.post('/api/v1/privacy/unmask', { ...body, reason: '看看' })).statusCode).toBe(403);
      expect(await lastEntry(env())).toMatchObject({ username: baohe.username, outcome: 'denied' });
    });

    it('unmasks a ledger row only for whoever may read that person: not a reviewer, who sees the ledger masked', async () => {
      const { d, own, minzheng } = await world(env());
      const form = await formOf(minzheng.agent, '高龄津贴台账');
      const reviewer = (await env().build.reviewer(d)).agent;
      const ledger = await reviewer.get(`/api/v1/forms/${form.id}/ledger?community=${own}`);
      expect(ledger.statusCode).toBe(200);
      const subjectId = ledger.json().rows[0].subjectId;
      const body = { subjectId, formId: form.id, community: own, reason: '核实身份' };
      const unmask = await reviewer.post('/api/v1/privacy/unmask', body);
      expect(unmask.statusCode).toBe(403);
      expect(unmask.body).not.toMatch(/\d{17}[\dX]/);
      expect((await reviewer.post('/api/v1/privacy/unmask', { subjectId, reason: '核实身份' })).statusCode).toBe(403);
      // The worker of the community may, as she may read the person herself.
      const worker = (await env().build.worker(own)).agent;
      expect((await worker.post('/api/v1/privacy/unmask', body)).statusCode).toBe(200);
    });

    it('shows a resident her data with sources and the read by the district’s 民政局', async () => {
      const { d, own, her, resident } = await residentWorld(env());
      const data = (await resident.get('/api/v1/me/data')).json();
      expect(data.name).toBe('张桂兰');
      expect(data.community.name).toBe((await env().ctx.services.orgs.get(own)).name);
      const me = data.subjects[0];
      expect(me.id).toBe(her.id);
      expect(me.facts.find((f: { element: string }) => f.element === 'name').value).toBe('张桂兰');
      const id = me.facts.find((f: { element: string }) => f.element === 'id_number');
      expect(id.value).toBe(her.idNumber);
      expect(id.source).toContain('公安');
      expect(id.observedAt).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(data.subjects.map((s: { type: string }) => s.type)).toEqual(['resident', 'household']);
      const log = (await resident.get('/api/v1/me/access-log')).json();
      const minzheng = log.find(
        (e: { who: string; action: string }) => e.who === `${d.name}民政局` && e.action === 'ledger.json',
      );
      expect(minzheng).toMatchObject({ action: 'ledger.json', outcome: 'allowed' });
      expect(minzheng.purpose).toContain('高龄津贴');
      expect(minzheng.admissionNumber).toBeTruthy();
      expect(log.every((e: { role: string }) => e.role !== 'resident')).toBe(true);
      const worker = await env().build.worker(own);
      await expectDenied(env(), worker.agent, '/api/v1/me/data', worker.username, 'me.data');
    });

    it('shows a resident the unmask of her record by the worker, not the worker paging the masked list', async () => {
      const { own, her, resident } = await residentWorld(env());
      const worker = await env().build.worker(own);
      const workerName = worker.username;
      // Paging the community's residents (masked) and opening her record (identifiers masked): in the trail.
      for (let i = 0; i < 3; i++)
        expect((await worker.agent.get(`/api/v1/hub/subjects?community=${own}&type=resident`)).statusCode).toBe(200);
      const list = await lastEntry(env());
      expect(list).toMatchObject({ action: 'subjects.list', username: workerName, outcome: 'allowed' });
      expect(JSON.parse(list.subject_ids)).toContain(her.id);
      const detail = await worker.agent.get(`/api/v1/hub/subjects/${her.id}`);
      expect(detail.json().masked).toBe(true);
      expect(await lastEntry(env())).toMatchObject({ action: 'subjects.detail', username: workerName });
      // …but not a look at her.
      const before = (await resident.get('/api/v1/me/access-log')).json() as { action: string; role: string }[];
      expect(before.some((e) => e.action === 'subjects.list')).toBe(false);
      expect(before.some((e) => e.role === 'community_worker')).toBe(false);
      // Twice unmasked with the same reason: one line, counted twice, with her role and purpose.
      for (let i = 0; i < 2; i++)
        expect(
          (await worker.agent.post('/api/v1/privacy/unmask', { subjectId: her.id, reason: '核对高龄津贴申请人身份' }))
            .statusCode,
        ).toBe(200);
      const log = (await resident.get('/api/v1/me/access-log')).json() as {
        action: string;
        role: string;
        purpose: string;
        who: string;
        count: number;
        actionLabel: string;
      }[];
      const unmask = log.filter((e) => e.action === 'subjects.unmask');
      expect(unmask).toHaveLength(1);
      expect(unmask[0]).toMatchObject({
        role: 'community_worker',
        purpose: '核对高龄津贴申请人身份',
        who: (await env().ctx.services.orgs.get(own)).name,
        count: 2,
        actionLabel: '查看未脱敏信息',
      });
      expect(log.some((e) => e.action === 'subjects.list' || e.action === 'subjects.detail')).toBe(false);
      // The 民政局's ledger naming her is still there.
      expect(log.some((e) => e.action === 'ledger.json' && e.role === 'department_officer')).toBe(true);
    });

    it('lets a resident download her data as JSON and XLSX, fingerprinted in the trail', async () => {
      const { resident } = await residentWorld(env());
      const json = await resident.get('/api/v1/me/export?format=json');
      expect(json.statusCode).toBe(200);
      expect(JSON.parse(json.body).name).toBe('张桂兰');
      const xlsx = await resident.get('/api/v1/me/export?format=xlsx');
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect((wb.worksheets[0].getRow(2).values as unknown[]).slice(1)).toEqual([
        '对象',
        '数据项',
        '值',
        '来源',
        '日期',
      ]);
      expect(await lastEntry(env())).toMatchObject({
        action: 'me.export',
        file_sha256: crypto.createHash('sha256').update(xlsx.rawPayload).digest('hex'),
      });
    });

    it('sends a resident’s correction request to the owner department, which resolves it', async () => {
      const { d, resident, minzheng, steward, households } = await residentWorld(env());
      const data = (await resident.get('/api/v1/me/data')).json();
      const me = data.subjects[0];
      // Someone else's record: another household's resident.
      const bad = await resident.post('/api/v1/me/corrections', {
        subjectId: households[1].residents[0].id,
        element: 'name',
      });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().errors[0]).toMatchObject({ field: 'subjectId', reason: 'not_your_fact' });
      // Her own fact, but saying neither the right value nor what is wrong: nothing for 公安 to check.
      const empty = await resident.post('/api/v1/me/corrections', {
        subjectId: me.id,
        element: 'residence_address',
        proposedValue: '  ',
      });
      expect(empty.statusCode).toBe(422);
      expect(empty.json().errors[0]).toMatchObject({ field: 'proposedValue', reason: 'correction_empty' });
      const res = await resident.post('/api/v1/me/corrections', {
        subjectId: me.id,
        element: 'residence_address',
        proposedValue: '望江西路 520 号 3 栋 201',
        note: '已搬家两年',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ status: 'open', department: { code: d.department('gongan') } });
      const mine = (await resident.get('/api/v1/me/corrections')).json();
      expect(mine[0]).toMatchObject({ id: res.json().id, status: 'open', elementName: '现居住地址' });
      // 民政 is not the owner: it neither sees nor resolves it; the steward of the city can.
      const dept = minzheng.agent;
      expect((await dept.get('/api/v1/privacy/corrections')).json()).toEqual([]);
      expect(
        (await dept.post(`/api/v1/privacy/corrections/${res.json().id}/resolve`, { status: 'accepted' })).statusCode,
      ).toBe(403);
      const list = (await steward.get('/api/v1/privacy/corrections')).json();
      expect(list.map((c: { id: number }) => c.id)).toContain(res.json().id);
      const noReason = await steward.post(`/api/v1/privacy/corrections/${res.json().id}/resolve`, {
        status: 'rejected',
      });
      expect(noReason.statusCode).toBe(422);
      const done = await steward.post(`/api/v1/privacy/corrections/${res.json().id}/resolve`, {
        status: 'accepted',
        resolution: '已通知公安分局更新',
      });
      expect(done.json()).toMatchObject({ status: 'accepted', resolution: '已通知公安分局更新' });
      expect((await resident.get('/api/v1/me/corrections')).json()[0].status).toBe('accepted');
    });

    it('refuses other communities and other departments on every personal-data route, auditing each refusal', async () => {
      const e = env();
      const { d, own: JIAJIA, neighbour: LONGJU, minzheng, steward } = await world(e);
      const { username: workerName, agent: worker } = await e.build.worker(JIAJIA);
      const { username: deptName, agent: dept } = minzheng;
      const { username: baoheName, agent: baohe } = await otherDistrictOfficer(e);
      const { username: longjuName, agent: longju } = await e.build.worker(LONGJU);
      const form = await formOf(dept, '高龄津贴台账');
      const jiajiaResident = (await worker.get(`/api/v1/hub/subjects?community=${JIAJIA}&pageSize=1`)).json().items[0];
      const household = (await worker.get(`/api/v1/hub/subjects?community=${JIAJIA}&type=household&pageSize=1`)).json()
        .items[0];
      // An import the steward has uploaded (its error report is personal data too).
      const ds = await e.build.dataset(d, {
        code: `test-${d.code}-canlian`,
        name: '持证残疾人名单',
        departmentKind: 'canlian',
        subjectType: 'resident',
      });
      const csv = multipart({}, [
        {
          name: 'file',
          filename: '残疾人名单.csv',
          type: 'text/csv',
          body: Buffer.from(`姓名,公民身份号码,所属社区\r\n周强,12345,${JIAJIA}\r\n`),
        },
      ]);
      const uploaded = await steward.request('POST', `/api/v1/hub/datasets/${ds}/imports`, csv.body, {
        'content-type': csv.contentType,
      });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      const imports = uploaded.json() as { id: number };
      await expectDenied(e, worker, `/api/v1/hub/subjects?community=${LONGJU}`, workerName, 'subjects.list');
      await expectDenied(e, dept, `/api/v1/hub/subjects?community=${JIAJIA}`, deptName, 'subjects.list');
      await expectDenied(e, longju, `/api/v1/hub/subjects/${jiajiaResident.id}`, longjuName, 'subjects.detail');
      expect(JSON.parse((await lastEntry(e)).subject_ids)).toEqual([jiajiaResident.id]);
      await expectDenied(e, dept, `/api/v1/hub/subjects/${jiajiaResident.id}`, deptName, 'subjects.detail');
      await expectDenied(e, baohe, `/api/v1/forms/${form.id}/ledger?community=${JIAJIA}`, baoheName, 'ledger.json');
      await expectDenied(e, longju, `/api/v1/forms/${form.id}/ledger?community=${JIAJIA}`, longjuName, 'ledger.json');
      await expectDenied(
        e,
        baohe,
        `/api/v1/forms/${form.id}/ledger.xlsx?community=${JIAJIA}`,
        baoheName,
        'ledger.xlsx',
      );
      await expectDenied(e, baohe, `/api/v1/forms/${form.id}/ledger.xlsx`, baoheName, 'ledger.xlsx');
      await expectDenied(e, longju, `/api/v1/households/${household.id}/collect`, longjuName, 'collect.sheet');
      await expectDenied(e, dept, `/api/v1/households/${household.id}/collect`, deptName, 'collect.sheet');
      await expectDenied(e, dept, `/api/v1/hub/imports/${imports.id}/errors`, deptName, 'import.errors');
      await expectDenied(e, worker, `/api/v1/hub/imports/${imports.id}/errors.xlsx`, workerName, 'import.errors.xlsx');
      await expectDenied(e, worker, '/api/v1/privacy/corrections', workerName, 'corrections.list');
      await expectDenied(e, dept, '/api/v1/me/export?format=json', deptName, 'me.export');
      // And the reads that were allowed are there too, with what they read.
      await worker.get(`/api/v1/hub/subjects/${jiajiaResident.id}`);
      const detail = await lastEntry(e);
      expect(detail).toMatchObject({ action: 'subjects.detail', outcome: 'allowed', district_code: d.code });
      expect(JSON.parse(detail.subject_ids)).toEqual([jiajiaResident.id]);
      expect(JSON.parse(detail.elements)).toContain('id_number');
      const stewardName = (await steward.get('/api/v1/auth/me')).json().username;
      expect((await steward.get(`/api/v1/hub/imports/${imports.id}/errors`)).statusCode).toBe(200);
      expect(await lastEntry(e)).toMatchObject({ action: 'import.errors', outcome: 'allowed', username: stewardName });
      await worker.get(`/api/v1/households/${household.id}/collect`);
      expect(await lastEntry(e)).toMatchObject({ action: 'collect.sheet', outcome: 'allowed', username: workerName });
      await dept.get(`/api/v1/forms/${form.id}/ledger?community=${JIAJIA}`);
      const read = await lastEntry(e);
      expect(read).toMatchObject({ action: 'ledger.json', outcome: 'allowed', admission_number: form.admissionNumber });
      expect(JSON.parse(read.elements)).toContain('id_number');
      expect(await e.ctx.services.audit.verify()).toMatchObject({ ok: true });
    });

    it('withholds the columns of a revoked or expired grant at once', async () => {
      const { own: JIAJIA, steward, ledgers } = await world(env());
      const dept = ledgers.alone.officer.agent;
      const alone = await formOf(dept, '独居老人台账');
      const grants = (await steward.get('/api/v1/privacy/grants')).json();
      // 独居老人台账's own grant: what 民政局 did not hold yet for 高龄津贴台账 (是否独居, 紧急联系人 …).
      const aloneGrant = grants.find((g: { id: number }) => g.id === ledgers.alone.grantId);
      expect(aloneGrant.elements).toContain('living_alone');
      expect(aloneGrant.elements).not.toContain('birth_date');
      const revoked = await steward.post(`/api/v1/privacy/grants/${aloneGrant.id}/revoke`);
      expect(revoked.json()).toMatchObject({ status: 'revoked' });
      const ledger = (await dept.get(`/api/v1/forms/${alone.id}/ledger?community=${JIAJIA}`)).json();
      expect(ledger.columns.map((c: { label: string }) => c.label)).not.toContain('是否独居');
      expect(ledger.withheld.map((c: { label: string }) => c.label)).toContain('是否独居');
      expect(ledger.rows[0].cells.length).toBe(ledger.columns.length);
      // Not issued to communities while it lacks a grant: the worker is not asked to collect for it.
      expect((await dept.get('/api/v1/forms')).json().find((f: { id: number }) => f.id === alone.id).issuable).toBe(
        false,
      );
      const worker = (await env().build.worker(JIAJIA)).agent;
      expect((await worker.get(`/api/v1/forms/${alone.id}/ledger?community=${JIAJIA}`)).statusCode).toBe(409);
      // An expired grant over the filter's birth date: the ledger is refused, and that is audited.
      const { db } = env().ctx.database;
      const birth = grants.find((g: { id: number }) => g.id === ledgers.gaoling.grantId);
      expect(birth.elements).toContain('birth_date');
      await db
        .updateTable('access_grants')
        .set({ expires_on: env().dates.daysFromToday(-1) })
        .where('id', '=', birth.id)
        .execute();
      await expectDenied(
        env(),
        dept,
        `/api/v1/forms/${alone.id}/ledger?community=${JIAJIA}`,
        ledgers.alone.officer.username,
        'ledger.json',
      );
      const list = (await steward.get('/api/v1/privacy/grants')).json();
      expect(list.find((g: { id: number }) => g.id === birth.id).status).toBe('expired');
    });

    it('withdraws a dataset: its facts and the subjects only it held go, the audit trail stays', async () => {
      const { ctx } = env();
      const { d, own: JIAJIA, households, steward, minzheng } = await world(env());
      // 退役军人事务局's veterans: a resident the 公安分局's records hold too.
      const veteran = households[3].residents[0];
      const observedAt = ctx.clock.nowIso();
      await ctx.services.subjects.loadBase(
        {
          code: `test-${d.code}-veterans`,
          name: '退役军人信息',
          departmentCode: d.department('tuiyijunren'),
          description: '',
        },
        [
          {
            type: 'resident',
            key: veteran.idNumber,
            name: veteran.name,
            communityCode: JIAJIA,
            gridCode: null,
            values: { veteran: 'true', id_number: veteran.idNumber },
          },
        ],
        observedAt,
        false,
      );
      // A dataset that alone holds one resident.
      await ctx.services.subjects.loadBase(
        {
          code: `test-${d.code}-retention`,
          name: '保留期测试',
          departmentCode: d.department('minzheng'),
          description: '',
        },
        [
          {
            type: 'resident',
            key: makeIdNumber(d.code, env().dates.monthsFromToday(-12 * 36), 7, 'female'),
            name: '测试甲',
            communityCode: JIAJIA,
            gridCode: null,
            values: { name: '测试甲', gender: '2' },
          },
        ],
        observedAt,
        false,
      );
      const datasets = (await steward.get('/api/v1/hub/datasets')).json();
      const veterans = datasets.find((x: { code: string }) => x.code === `test-${d.code}-veterans`);
      const test = datasets.find((x: { code: string }) => x.code === `test-${d.code}-retention`);
      const before = await ctx.database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const veteranFacts = await ctx.database.db
        .selectFrom('facts')
        .select('subject_id')
        .where('dataset_id', '=', veterans.id)
        .executeTakeFirstOrThrow();
      const r = await steward.post(`/api/v1/hub/datasets/${veterans.id}/withdraw`);
      expect(r.statusCode).toBe(200);
      expect(r.json().factsRemoved).toBeGreaterThan(0);
      expect(r.json().subjectsRemoved).toBe(0); // veterans are residents the 公安 records also hold
      const detail = (await steward.get(`/api/v1/hub/subjects/${veteranFacts.subject_id}`)).json();
      expect(detail.facts.map((f: { element: string }) => f.element)).not.toContain('veteran');
      expect(detail.facts.map((f: { element: string }) => f.element)).toContain('name');
      const t = await steward.post(`/api/v1/hub/datasets/${test.id}/withdraw`);
      expect(t.json()).toMatchObject({ subjectsRemoved: 1, factsRemoved: 1 });
      expect((await steward.get(`/api/v1/hub/subjects?community=${JIAJIA}&q=测试甲`)).json().total).toBe(0);
      expect((await steward.post(`/api/v1/hub/datasets/${test.id}/withdraw`)).statusCode).toBe(409);
      expect((await minzheng.agent.post(`/api/v1/hub/datasets/${test.id}/withdraw`)).statusCode).toBe(403);
      const after = await ctx.database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBeGreaterThan(Number(before.n));
      expect(await ctx.services.audit.verify()).toMatchObject({ ok: true });
    });

    it('lets the steward search the trail by user, outcome, action, subject and date, and verify it', async () => {
      const { own, neighbour, steward, minzheng } = await world(env());
      const { username: workerName, agent: worker } = await env().build.worker(own);
      const list = (await worker.get(`/api/v1/hub/subjects?community=${own}&type=resident`)).json();
      const subjectId = (list.items as { id: number }[])[0].id;
      expect((await worker.get(`/api/v1/hub/subjects/${subjectId}`)).statusCode).toBe(200);
      expect((await worker.get(`/api/v1/hub/subjects?community=${neighbour}`)).statusCode).toBe(403);

      const denied = (await steward.get(`/api/v1/privacy/audit?username=${workerName}&outcome=denied`)).json();
      expect(denied.total).toBe(1);
      expect(denied.items.every((e: { username: string; outcome: string }) => e.username === workerName)).toBe(true);
      expect(denied.items.every((e: { outcome: string }) => e.outcome === 'denied')).toBe(true);

      const about = (await steward.get(`/api/v1/privacy/audit?subject=${subjectId}&action=subjects.detail`)).json();
      expect(about.items[0]).toMatchObject({
        username: workerName,
        action: 'subjects.detail',
        subjectIds: [subjectId],
      });
      expect(about.items.every((e: { subjectIds: number[] }) => e.subjectIds.includes(subjectId))).toBe(true);

      const today = env().dates.today();
      const todays = (await steward.get(`/api/v1/privacy/audit?from=${today}&to=${today}&pageSize=1`)).json();
      expect(todays.total).toBeGreaterThanOrEqual(3);
      expect(todays.items).toHaveLength(1);
      expect((await steward.get('/api/v1/privacy/audit?from=2000-01-01&to=2000-01-02')).json().total).toBe(0);
      const backwards = await steward.get(`/api/v1/privacy/audit?from=${today}&to=2000-01-01`);
      expect(backwards.statusCode).toBe(422);
      expect(backwards.body).toContain('"to"');

      expect((await steward.get('/api/v1/privacy/audit/verify')).json()).toMatchObject({ ok: true });
      expect((await minzheng.agent.get('/api/v1/privacy/audit')).statusCode).toBe(403);
      expect((await worker.get('/api/v1/privacy/audit/verify')).statusCode).toBe(403);
    });

    it('lists grant options for a city or district of the steward’s jurisdiction only', async () => {
      const { d, steward, minzheng, ledgers } = await world(env());
      const options = (await steward.get(`/api/v1/privacy/grant-options?district=${d.code}`)).json();
      expect(options.departments.map((x: { code: string }) => x.code)).toContain(d.department('minzheng'));
      expect(options.departments.every((x: { code: string }) => x.code.startsWith(`${d.code}-`))).toBe(true);
      expect(options.admissions.map((a: { number: string }) => a.number)).toContain(ledgers.gaoling.admission.number);
      expect(
        options.admissions.every((a: { department: { code: string } }) => a.department.code.startsWith(`${d.code}-`)),
      ).toBe(true);
      const other = await env().build.district();
      const theirs = (await steward.get(`/api/v1/privacy/grant-options?district=${other.code}`)).json();
      expect(theirs.departments.map((x: { code: string }) => x.code)).toContain(other.department('minzheng'));
      expect(theirs.departments.map((x: { code: string }) => x.code)).not.toContain(d.department('minzheng'));
      expect((await steward.get(`/api/v1/privacy/grant-options?district=${d.code.slice(0, 4)}`)).statusCode).toBe(200);
      expect((await steward.get('/api/v1/privacy/grant-options?district=3402')).statusCode).toBe(403);
      expect((await steward.get(`/api/v1/privacy/grant-options?district=${d.code.slice(0, 5)}`)).statusCode).toBe(422);
      // A district's steward: its own district only.
      const local = (await env().build.steward(d.code)).agent;
      expect((await local.get(`/api/v1/privacy/grant-options?district=${d.code}`)).statusCode).toBe(200);
      expect((await local.get(`/api/v1/privacy/grant-options?district=${other.code}`)).statusCode).toBe(403);
      expect((await minzheng.agent.get(`/api/v1/privacy/grant-options?district=${d.code}`)).statusCode).toBe(403);
    });
  },
  { demo: false },
);
