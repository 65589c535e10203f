import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';

describeEachDatabase(
  'forms, ledgers and collect-once',
  (env) => {
    it('generates 家家景园社区’s 高龄津贴台账 from the hub, marking the missing cells, masked in JSON', async () => {
      const dept = await env().login('dept.shushan.minzheng');
      const form = (await dept.get('/api/v1/forms')).json().find((f: { title: string }) => f.title === '高龄津贴台账');
      expect(form).toMatchObject({ issuable: true, subjectType: 'resident' });
      const ledger = (await dept.get(`/api/v1/forms/${form.id}/ledger?community=340104006005`)).json();
      expect(ledger.rows.length).toBeGreaterThan(300);
      const labels = ledger.columns.map((c: { label: string }) => c.label);
      const idCol = labels.indexOf('公民身份号码');
      const ageCol = labels.indexOf('年龄');
      const amountCol = labels.indexOf('高龄津贴金额（元/月）');
      for (const row of ledger.rows.slice(0, 50)) {
        expect(Number(row.cells[ageCol].value)).toBeGreaterThanOrEqual(80);
        expect(row.cells[idCol].value).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
        expect(row.cells[amountCol].state).toBe('missing');
      }
      expect(ledger.coverage.known).toBeGreaterThan(0.5);
      expect(ledger.coverage.known).toBeLessThan(1);
      const cov = (await dept.get(`/api/v1/forms/${form.id}/coverage?community=340104006005`)).json();
      expect(cov.columns.find((c: { label: string }) => c.label === '备注')).toMatchObject({ fromHub: false });
      expect(cov.rows).toBe(ledger.rows.length);
    });

    it('lets the department pull every community’s ledger at once as XLSX in its column order', async () => {
      const dept = await env().login('dept.shushan.minzheng');
      const form = (await dept.get('/api/v1/forms')).json().find((f: { title: string }) => f.title === '高龄津贴台账');
      const res = await dept.get(`/api/v1/forms/${form.id}/ledger.xlsx`);
      expect(res.statusCode).toBe(200);
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      expect(String(ws.getCell(1, 1).value)).toContain('高龄津贴台账');
      expect((ws.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['社区', '序号', '姓名', '性别']);
      const communities = new Set<string>();
      ws.eachRow((row, n) => n > 2 && communities.add(String(row.getCell(1).value)));
      expect(communities.size).toBe(6);
    });

    it('shows a worker only ledgers issued to its community, never another community’s', async () => {
      const worker = await env().login('worker.jiajia');
      const forms = (await worker.get('/api/v1/forms')).json();
      expect(forms.map((f: { title: string }) => f.title).sort()).toEqual([
        '残疾人两项补贴台账',
        '独居老人台账',
        '高龄津贴台账',
      ]);
      expect((await worker.get(`/api/v1/forms/${forms[0].id}/ledger?community=340104006006`)).statusCode).toBe(403);
      const baohe = await env().login('dept.baohe.minzheng');
      expect((await baohe.get(`/api/v1/forms/${forms[0].id}/ledger?community=340104006005`)).statusCode).toBe(403);
    });

    it('shows the city steward and the district reviewer the district departments’ forms, not another district’s reviewer', async () => {
      const titles = async (user: string) =>
        ((await (await env().login(user)).get('/api/v1/forms')).json() as { title: string }[])
          .map((f) => f.title)
          .sort();
      const shushan = ['残疾人两项补贴台账', '独居老人台账', '高龄津贴台账'];
      expect(await titles('steward.hefei')).toEqual(expect.arrayContaining(shushan));
      expect(await titles('reviewer.shushan')).toEqual(expect.arrayContaining(shushan));
      expect(await titles('reviewer.baohe')).not.toContain('高龄津贴台账');
    });

    it('collects a household’s missing facts once, and the ledger shows them', async () => {
      const worker = await env().login('worker.jiajia');
      const forms = (await worker.get('/api/v1/forms')).json();
      const alone = forms.find((f: { title: string }) => f.title === '独居老人台账');
      const before = (await worker.get(`/api/v1/forms/${alone.id}/ledger?community=340104006005`)).json();
      const labels = before.columns.map((c: { label: string }) => c.label);
      const row = before.rows[0];
      const aloneCol = labels.indexOf('是否独居');
      expect(row.cells[aloneCol].state).toBe('missing');
      // Find the household of that resident and open its one screen.
      const resident = (await worker.get(`/api/v1/hub/subjects/${row.subjectId}`)).json();
      const householdNumber = resident.facts.find((f: { element: string }) => f.element === 'household_number').value;
      const households = (
        await worker.get(`/api/v1/hub/subjects?community=340104006005&type=household&q=${householdNumber}`)
      ).json();
      const sheet = (await worker.get(`/api/v1/households/${households.items[0].id}/collect`)).json();
      const asks = sheet.fields
        .filter((f: { subjectId: number }) => f.subjectId === row.subjectId)
        .map((f: { element: string }) => f.element);
      expect(asks).toEqual(expect.arrayContaining(['living_alone', 'emergency_contact', 'emergency_contact_phone']));
      const bad = await worker.post(`/api/v1/households/${households.items[0].id}/collect`, {
        entries: [{ subjectId: row.subjectId, element: 'emergency_contact_phone', value: '12345' }],
      });
      expect(bad.statusCode).toBe(422);
      // The stable reason for programs, and the message in the worker's language.
      expect(bad.json().errors[0]).toEqual({
        field: 'entries.0.value',
        reason: 'bad_mobile',
        message: '手机号码格式不正确',
      });
      const badEn = await worker.request(
        'POST',
        `/api/v1/households/${households.items[0].id}/collect`,
        { entries: [{ subjectId: row.subjectId, element: 'emergency_contact_phone', value: '12345' }] },
        { 'accept-language': 'en' },
      );
      expect(badEn.json().errors[0]).toMatchObject({ reason: 'bad_mobile', message: 'Not a mobile number' });
      const saved = await worker.post(`/api/v1/households/${households.items[0].id}/collect`, {
        entries: [
          { subjectId: row.subjectId, element: 'living_alone', value: '是' },
          { subjectId: row.subjectId, element: 'emergency_contact', value: '张明' },
          { subjectId: row.subjectId, element: 'emergency_contact_phone', value: '13955556666' },
        ],
      });
      expect(saved.json()).toEqual({ saved: 3 });
      const after = (await worker.get(`/api/v1/forms/${alone.id}/ledger?community=340104006005`)).json();
      const same = after.rows.find((r: { subjectId: number }) => r.subjectId === row.subjectId);
      expect(same.cells[aloneCol]).toEqual({ state: 'known', value: '是' });
      expect(same.cells[labels.indexOf('紧急联系人')]).toEqual({ state: 'known', value: '张明' });
      const again = (await worker.get(`/api/v1/households/${households.items[0].id}/collect`)).json();
      expect(
        again.fields.filter(
          (f: { subjectId: number; element: string }) => f.subjectId === row.subjectId && f.element === 'living_alone',
        ),
      ).toEqual([]);
      const other = await env().login('street.wulidun');
      expect((await other.get(`/api/v1/households/${households.items[0].id}/collect`)).statusCode).toBe(403);
    });
  },
  { population: true },
);
