// 个人信息保护 on the demo population: grants (422s, binding forms, expiry and revocation withholding
// columns), masking, unmasking with a reason, residents' own data and access log (with the demo read by
// 蜀山区民政局), correction requests, retention, and refused access through every personal-data route.
import crypto from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachDatabase, type Agent, type TestEnv } from '../../testing/harness.js';

const JIAJIA = '340104006005';
const LONGJU = '340104006006';

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

describeEachDatabase(
  '个人信息保护',
  (env) => {
    it('rejects a grant without purpose or expiry, or beyond its admission’s expiry, naming the field', async () => {
      const steward = await env().login('steward.hefei');
      const dept = await env().login('dept.shushan.minzheng');
      const gaoling = await formOf(dept, '高龄津贴台账');
      const base = {
        departmentCode: '340104-minzheng',
        elements: ['religion'],
        admissionNumber: gaoling.admissionNumber,
      };
      const noPurpose = await steward.post('/api/v1/privacy/grants', { ...base, expiresOn: '2027-06-30' });
      expect(noPurpose.statusCode).toBe(422);
      expect(noPurpose.json().errors).toEqual([expect.objectContaining({ field: 'purpose', reason: 'required' })]);
      const noExpiry = await steward.post('/api/v1/privacy/grants', { ...base, purpose: '民族宗教工作' });
      expect(noExpiry.statusCode).toBe(422);
      expect(noExpiry.json().errors).toEqual([expect.objectContaining({ field: 'expiresOn', reason: 'required' })]);
      const tooLong = await steward.post('/api/v1/privacy/grants', {
        ...base,
        purpose: '民族宗教工作',
        expiresOn: '2035-01-01',
      });
      expect(tooLong.statusCode).toBe(422);
      expect(tooLong.json().errors[0]).toMatchObject({ field: 'expiresOn', reason: 'beyond_admission_expiry' });
      expect(tooLong.json().errors[0].message).toMatch(/准入编号的有效期（\d{4}-\d{2}-\d{2}）/);
      expect(
        (await dept.post('/api/v1/privacy/grants', { ...base, purpose: 'x', expiresOn: '2027-01-01' })).statusCode,
      ).toBe(403);
      const grants = (await dept.get('/api/v1/privacy/grants')).json();
      expect(grants.length).toBeGreaterThanOrEqual(2);
      expect(grants.every((g: { status: string }) => g.status === 'active')).toBe(true);
    });

    it('lets a form bind only elements its department is granted', async () => {
      const dept = await env().login('dept.shushan.minzheng');
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
      const steward = await env().login('steward.hefei');
      const granted = await steward.post('/api/v1/privacy/grants', {
        departmentCode: '340104-minzheng',
        elements: ['religion'],
        purpose: '测试：宗教信仰摸排',
        admissionNumber: gaoling.admissionNumber,
        expiresOn: '2027-06-30',
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
      const dept = await env().login('dept.shushan.canlian');
      const form = await formOf(dept, '残疾人两项补贴台账');
      const own = (await dept.get(`/api/v1/forms/${form.id}/ledger?community=${JIAJIA}`)).json();
      const labels = own.columns.map((c: { label: string }) => c.label);
      const grade = labels.indexOf('残疾等级');
      const id = labels.indexOf('公民身份号码');
      expect(own.rows[0].cells[grade].value).toMatch(/级/);
      expect(own.rows[0].cells[id].value).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      expect(own.purpose).toContain('残疾人两项补贴');
      // The street overseeing it has no grant: the disability grade is hidden, the ID masked.
      const street = await env().login('street.wulidun');
      const seen = (await street.get(`/api/v1/forms/${form.id}/ledger?community=${JIAJIA}`)).json();
      expect(seen.rows[0].cells[grade].value).toBe('＊＊＊');
      // Lists: a worker sees addresses of its own community in full, the street only the area.
      const worker = await env().login('worker.jiajia');
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
      const dept = await env().login('dept.shushan.minzheng');
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
      const baohe = await env().login('dept.baohe.minzheng');
      expect((await baohe.post('/api/v1/privacy/unmask', { ...body, reason: '看看' })).statusCode).toBe(403);
      expect(await lastEntry(env())).toMatchObject({ username: 'dept.baohe.minzheng', outcome: 'denied' });
    });

    it('shows resident.demo her data with sources and the read by 蜀山区民政局', async () => {
      const resident = await env().login('resident.demo');
      const data = (await resident.get('/api/v1/me/data')).json();
      expect(data.name).toBe('李桂兰');
      expect(data.community.name).toBe('家家景园社区');
      const me = data.subjects[0];
      expect(me.facts.find((f: { element: string }) => f.element === 'name').value).toBe('李桂兰');
      const id = me.facts.find((f: { element: string }) => f.element === 'id_number');
      expect(id.value).toMatch(/^\d{17}[\dX]$/);
      expect(id.source).toContain('公安');
      expect(id.observedAt).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(data.subjects.map((s: { type: string }) => s.type)).toEqual(['resident', 'household']);
      const log = (await resident.get('/api/v1/me/access-log')).json();
      const minzheng = log.find(
        (e: { who: string; action: string }) => e.who === '蜀山区民政局' && e.action === 'ledger.json',
      );
      expect(minzheng).toMatchObject({ action: 'ledger.json', outcome: 'allowed' });
      expect(minzheng.purpose).toContain('高龄津贴');
      expect(minzheng.admissionNumber).toBeTruthy();
      expect(log.every((e: { role: string }) => e.role !== 'resident')).toBe(true);
      const worker = await env().login('worker.jiajia');
      await expectDenied(env(), worker, '/api/v1/me/data', 'worker.jiajia', 'me.data');
    });

    it('lets resident.demo download her data as JSON and XLSX, fingerprinted in the trail', async () => {
      const resident = await env().login('resident.demo');
      const json = await resident.get('/api/v1/me/export?format=json');
      expect(json.statusCode).toBe(200);
      expect(JSON.parse(json.body).name).toBe('李桂兰');
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
      const resident = await env().login('resident.demo');
      const data = (await resident.get('/api/v1/me/data')).json();
      const me = data.subjects[0];
      const bad = await resident.post('/api/v1/me/corrections', { subjectId: me.id + 1, element: 'name' });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().errors[0]).toMatchObject({ field: 'subjectId', reason: 'not_your_fact' });
      const res = await resident.post('/api/v1/me/corrections', {
        subjectId: me.id,
        element: 'residence_address',
        proposedValue: '望江西路 520 号 3 栋 201',
        note: '已搬家两年',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ status: 'open', department: { code: '340104-gongan' } });
      const mine = (await resident.get('/api/v1/me/corrections')).json();
      expect(mine[0]).toMatchObject({ id: res.json().id, status: 'open', elementName: '现居住地址' });
      // 民政 is not the owner: it neither sees nor resolves it; the steward of the city can.
      const dept = await env().login('dept.shushan.minzheng');
      expect((await dept.get('/api/v1/privacy/corrections')).json()).toEqual([]);
      expect(
        (await dept.post(`/api/v1/privacy/corrections/${res.json().id}/resolve`, { status: 'accepted' })).statusCode,
      ).toBe(403);
      const steward = await env().login('steward.hefei');
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
      const worker = await e.login('worker.jiajia');
      const dept = await e.login('dept.shushan.minzheng');
      const baohe = await e.login('dept.baohe.minzheng');
      const longju = await e.login('worker.longjushequ');
      const form = await formOf(dept, '高龄津贴台账');
      const jiajiaResident = (await worker.get(`/api/v1/hub/subjects?community=${JIAJIA}&pageSize=1`)).json().items[0];
      const household = (await worker.get(`/api/v1/hub/subjects?community=${JIAJIA}&type=household&pageSize=1`)).json()
        .items[0];
      await expectDenied(e, worker, `/api/v1/hub/subjects?community=${LONGJU}`, 'worker.jiajia', 'subjects.list');
      await expectDenied(e, dept, `/api/v1/hub/subjects?community=${JIAJIA}`, 'dept.shushan.minzheng', 'subjects.list');
      await expectDenied(
        e,
        longju,
        `/api/v1/hub/subjects/${jiajiaResident.id}`,
        'worker.longjushequ',
        'subjects.detail',
      );
      expect(JSON.parse((await lastEntry(e)).subject_ids)).toEqual([jiajiaResident.id]);
      await expectDenied(
        e,
        dept,
        `/api/v1/hub/subjects/${jiajiaResident.id}`,
        'dept.shushan.minzheng',
        'subjects.detail',
      );
      await expectDenied(
        e,
        baohe,
        `/api/v1/forms/${form.id}/ledger?community=${JIAJIA}`,
        'dept.baohe.minzheng',
        'ledger.json',
      );
      await expectDenied(
        e,
        longju,
        `/api/v1/forms/${form.id}/ledger?community=${JIAJIA}`,
        'worker.longjushequ',
        'ledger.json',
      );
      await expectDenied(
        e,
        baohe,
        `/api/v1/forms/${form.id}/ledger.xlsx?community=${JIAJIA}`,
        'dept.baohe.minzheng',
        'ledger.xlsx',
      );
      await expectDenied(e, baohe, `/api/v1/forms/${form.id}/ledger.xlsx`, 'dept.baohe.minzheng', 'ledger.xlsx');
      await expectDenied(
        e,
        longju,
        `/api/v1/households/${household.id}/collect`,
        'worker.longjushequ',
        'collect.sheet',
      );
      await expectDenied(
        e,
        dept,
        `/api/v1/households/${household.id}/collect`,
        'dept.shushan.minzheng',
        'collect.sheet',
      );
      const imports = await e.ctx.database.db.selectFrom('dataset_imports').select('id').executeTakeFirstOrThrow();
      await expectDenied(e, dept, `/api/v1/hub/imports/${imports.id}/errors`, 'dept.shushan.minzheng', 'import.errors');
      await expectDenied(
        e,
        worker,
        `/api/v1/hub/imports/${imports.id}/errors.xlsx`,
        'worker.jiajia',
        'import.errors.xlsx',
      );
      await expectDenied(e, worker, '/api/v1/privacy/corrections', 'worker.jiajia', 'corrections.list');
      await expectDenied(e, dept, '/api/v1/me/export?format=json', 'dept.shushan.minzheng', 'me.export');
      // And the reads that were allowed are there too, with what they read.
      await worker.get(`/api/v1/hub/subjects/${jiajiaResident.id}`);
      const detail = await lastEntry(e);
      expect(detail).toMatchObject({ action: 'subjects.detail', outcome: 'allowed', district_code: '340104' });
      expect(JSON.parse(detail.subject_ids)).toEqual([jiajiaResident.id]);
      expect(JSON.parse(detail.elements)).toContain('id_number');
      const steward = await e.login('steward.hefei');
      expect((await steward.get(`/api/v1/hub/imports/${imports.id}/errors`)).statusCode).toBe(200);
      expect(await lastEntry(e)).toMatchObject({
        action: 'import.errors',
        outcome: 'allowed',
        username: 'steward.hefei',
      });
      await worker.get(`/api/v1/households/${household.id}/collect`);
      expect(await lastEntry(e)).toMatchObject({
        action: 'collect.sheet',
        outcome: 'allowed',
        username: 'worker.jiajia',
      });
      await dept.get(`/api/v1/forms/${form.id}/ledger?community=${JIAJIA}`);
      const read = await lastEntry(e);
      expect(read).toMatchObject({ action: 'ledger.json', outcome: 'allowed', admission_number: form.admissionNumber });
      expect(JSON.parse(read.elements)).toContain('id_number');
      expect(await e.ctx.services.audit.verify()).toMatchObject({ ok: true });
    });

    it('withholds the columns of a revoked or expired grant at once', async () => {
      const dept = await env().login('dept.shushan.minzheng');
      const steward = await env().login('steward.hefei');
      const alone = await formOf(dept, '独居老人台账');
      const grants = (await steward.get('/api/v1/privacy/grants')).json();
      const aloneGrant = grants.find((g: { elements: string[] }) => g.elements.includes('living_alone'));
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
      const worker = await env().login('worker.jiajia');
      expect((await worker.get(`/api/v1/forms/${alone.id}/ledger?community=${JIAJIA}`)).statusCode).toBe(409);
      // An expired grant over the filter's birth date: the ledger is refused, and that is audited.
      const { db } = env().ctx.database;
      const birth = grants.find((g: { elements: string[] }) => g.elements.includes('birth_date'));
      await db.updateTable('access_grants').set({ expires_on: '2020-01-01' }).where('id', '=', birth.id).execute();
      await expectDenied(
        env(),
        dept,
        `/api/v1/forms/${alone.id}/ledger?community=${JIAJIA}`,
        'dept.shushan.minzheng',
        'ledger.json',
      );
      const list = (await steward.get('/api/v1/privacy/grants')).json();
      expect(list.find((g: { id: number }) => g.id === birth.id).status).toBe('expired');
    });

    it('withdraws a dataset: its facts and the subjects only it held go, the audit trail stays', async () => {
      const { ctx } = env();
      const steward = await env().login('steward.hefei');
      await ctx.services.subjects.loadBase(
        { code: 'retention-test', name: '保留期测试', departmentCode: '340104-minzheng', description: '' },
        [
          {
            type: 'resident',
            key: '340104199001011234',
            name: '测试甲',
            communityCode: JIAJIA,
            gridCode: null,
            values: { name: '测试甲', gender: '2' },
          },
        ],
        '2026-10-01T00:00:00.000Z',
        true,
      );
      const datasets = (await steward.get('/api/v1/hub/datasets')).json();
      const veterans = datasets.find((d: { code: string }) => d.code === 'demo-340104-veterans');
      const test = datasets.find((d: { code: string }) => d.code === 'retention-test');
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
      const dept = await env().login('dept.shushan.minzheng');
      expect((await dept.post(`/api/v1/hub/datasets/${test.id}/withdraw`)).statusCode).toBe(403);
      const after = await ctx.database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBeGreaterThan(Number(before.n));
      expect(await ctx.services.audit.verify()).toMatchObject({ ok: true });
    });

    it('lets the steward search the trail by user, outcome, action, subject and date, and verify it', async () => {
      const steward = await env().login('steward.hefei');
      const worker = await env().login('worker.jiajia');
      const list = (await worker.get('/api/v1/hub/subjects?community=340104006005&type=resident')).json();
      const subjectId = (list.items as { id: number }[])[0].id;
      expect((await worker.get(`/api/v1/hub/subjects/${subjectId}`)).statusCode).toBe(200);
      expect((await worker.get('/api/v1/hub/subjects?community=340104006006')).statusCode).toBe(403);

      const denied = (await steward.get('/api/v1/privacy/audit?username=worker.jiajia&outcome=denied')).json();
      expect(denied.total).toBeGreaterThan(0);
      expect(denied.items.every((e: { username: string; outcome: string }) => e.username === 'worker.jiajia')).toBe(
        true,
      );
      expect(denied.items.every((e: { outcome: string }) => e.outcome === 'denied')).toBe(true);

      const about = (await steward.get(`/api/v1/privacy/audit?subject=${subjectId}&action=subjects.detail`)).json();
      expect(about.items[0]).toMatchObject({
        username: 'worker.jiajia',
        action: 'subjects.detail',
        subjectIds: [subjectId],
      });
      expect(about.items.every((e: { subjectIds: number[] }) => e.subjectIds.includes(subjectId))).toBe(true);

      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
      const todays = (await steward.get(`/api/v1/privacy/audit?from=${today}&to=${today}&pageSize=1`)).json();
      expect(todays.total).toBeGreaterThanOrEqual(3);
      expect(todays.items).toHaveLength(1);
      expect((await steward.get('/api/v1/privacy/audit?from=2000-01-01&to=2000-01-02')).json().total).toBe(0);
      const backwards = await steward.get(`/api/v1/privacy/audit?from=${today}&to=2000-01-01`);
      expect(backwards.statusCode).toBe(422);
      expect(backwards.body).toContain('"to"');

      expect((await steward.get('/api/v1/privacy/audit/verify')).json()).toMatchObject({ ok: true });
      const dept = await env().login('dept.shushan.minzheng');
      expect((await dept.get('/api/v1/privacy/audit')).statusCode).toBe(403);
      expect((await worker.get('/api/v1/privacy/audit/verify')).statusCode).toBe(403);
    });

    it('lists grant options for a city or district of the steward’s jurisdiction only', async () => {
      const steward = await env().login('steward.hefei');
      const shushan = (await steward.get('/api/v1/privacy/grant-options?district=340104')).json();
      expect(shushan.departments.map((d: { code: string }) => d.code)).toContain('340104-minzheng');
      expect(shushan.departments.every((d: { code: string }) => d.code.startsWith('340104-'))).toBe(true);
      expect(
        shushan.admissions.every((a: { department: { code: string } }) => a.department.code.startsWith('340104-')),
      ).toBe(true);
      const baohe = (await steward.get('/api/v1/privacy/grant-options?district=340111')).json();
      expect(baohe.departments.map((d: { code: string }) => d.code)).toContain('340111-minzheng');
      expect(baohe.departments.map((d: { code: string }) => d.code)).not.toContain('340104-minzheng');
      expect((await steward.get('/api/v1/privacy/grant-options?district=3401')).statusCode).toBe(200);
      expect((await steward.get('/api/v1/privacy/grant-options?district=3402')).statusCode).toBe(403);
      expect((await steward.get('/api/v1/privacy/grant-options?district=34010')).statusCode).toBe(422);
      const dept = await env().login('dept.shushan.minzheng');
      expect((await dept.get('/api/v1/privacy/grant-options?district=340104')).statusCode).toBe(403);
    });
  },
  { population: true },
);
