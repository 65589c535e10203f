// Forms and ledgers generated from the hub, and collect-once, each test on its own district of 试验市 with
// its ledgers and a few households built through the services (builders).
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import { ALONE, districtLedgers, elderlyHouseholds } from '../../testing/ledgers.js';

/** A district of two streets of two communities; the first community's households; the three ledgers. */
async function world(env: TestEnv) {
  const d = await env.build.district({ streets: 2, communities: 2 });
  const community = d.communities[0];
  const households = await elderlyHouseholds(env, community);
  const ledgers = await districtLedgers(env, d);
  return { d, community, households, ledgers, dept: ledgers.gaoling.officer.agent };
}

describeEachDatabase(
  'forms, ledgers and collect-once',
  (env) => {
    it('generates a community’s 高龄津贴台账 from the hub, marking the cells awaiting 民政, masked in JSON', async () => {
      const { community, households, ledgers, dept } = await world(env());
      const forms = (await dept.get('/api/v1/forms')).json();
      const form = forms.find((f: { title: string }) => f.title === '高龄津贴台账');
      expect(form).toMatchObject({ id: ledgers.gaoling.formId, issuable: true, subjectType: 'resident' });
      const ledger = (await dept.get(`/api/v1/forms/${form.id}/ledger?community=${community}`)).json();
      // The 80-plus: 张桂兰 (83) and 王德福 (86); not 李秀英 (79).
      const eighty = [households[0].residents[0].id, households[1].residents[0].id];
      expect(ledger.rows.map((r: { subjectId: number }) => r.subjectId).sort()).toEqual(eighty.sort());
      const labels = ledger.columns.map((c: { label: string }) => c.label);
      const idCol = labels.indexOf('公民身份号码');
      const ageCol = labels.indexOf('年龄');
      const amountCol = labels.indexOf('高龄津贴金额（元/月）');
      for (const row of ledger.rows) {
        expect(Number(row.cells[ageCol].value)).toBeGreaterThanOrEqual(80);
        expect(row.cells[idCol].value).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
        // 民政 pays the allowance: its gap waits for 民政's roster (回流), it is not the community's to fill.
        expect(row.cells[amountCol].state).toBe('backflow');
      }
      expect(ledger.coverage.known).toBeGreaterThan(0.5);
      expect(ledger.coverage.known).toBeLessThan(1);
      const cov = (await dept.get(`/api/v1/forms/${form.id}/coverage?community=${community}`)).json();
      expect(cov.columns.find((c: { label: string }) => c.label === '备注')).toMatchObject({ fromHub: false });
      expect(cov.rows).toBe(ledger.rows.length);
    });

    it('fills a 户主姓名 column with the householder’s name through the household, and never asks it of the member', async () => {
      const d = await env().build.district({ streets: 1, communities: 1 });
      const community = d.communities[0];
      // The householder is the son (52); the ledger lists only his mother (85).
      const [h] = await env().build.households(community, [
        [
          { name: '周建国', gender: 'male' as const, age: 52 },
          { name: '吴秀珍', gender: 'female' as const, age: 85 },
        ],
      ]);
      const form = await env().build.ledgerForm(d, {
        title: '高龄老人户主信息表',
        filter: [{ element: 'birth_date', op: 'age_gte', value: '80' }],
        columns: [
          { label: '姓名', element: 'name' },
          { label: '户主姓名', element: 'name', relation: 'householder' },
          { label: '户主身份证号', element: 'id_number', relation: 'householder' },
          { label: '监护人电话', element: 'mobile', relation: 'guardian' },
        ],
      });
      const worker = (await env().build.worker(community)).agent;
      const view = (await worker.get('/api/v1/forms')).json().find((f: { id: number }) => f.id === form.formId);
      expect(view.columns[1]).toEqual({ label: '户主姓名', element: 'name', relation: 'householder' });
      const ledger = (await worker.get(`/api/v1/forms/${form.formId}/ledger?community=${community}`)).json();
      expect(ledger.rows.map((r: { subjectId: number }) => r.subjectId)).toEqual([h.residents[1].id]);
      const [row] = ledger.rows;
      expect(row.cells[0]).toEqual({ state: 'known', value: '吴秀珍' });
      expect(row.cells[1]).toEqual({ state: 'known', value: '周建国' });
      expect(row.cells[2]).toEqual({ state: 'known', value: h.residents[0].idNumber });
      expect(row.cells[3].state).toBe('missing');
      // The guardian's phone is the guardian's: the mother is not asked for her own phone at the door.
      const sheet = (await worker.get(`/api/v1/households/${h.id}/collect`)).json();
      expect(sheet.fields.filter((f: { element: string }) => f.element === 'mobile')).toEqual([]);
      // A relation needs a fact to bind.
      const dept = form.officer.agent;
      const bad = await dept.request('PUT', `/api/v1/forms/${form.formId}`, {
        title: '高龄老人户主信息表',
        subjectType: 'resident',
        admissionId: form.admission.id,
        filter: [],
        columns: [{ label: '户主', element: null, relation: 'householder' }],
      });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().errors).toContainEqual(expect.objectContaining({ field: 'columns.0.relation' }));
    });

    it('lets the department pull every community’s ledger at once as XLSX in its column order', async () => {
      const { d, ledgers, dept } = await world(env());
      // 80-plus people in a second street's community too.
      await env().build.household(d.streets[1].communities[1], [{ name: '孙福贵', gender: 'male', age: 90 }]);
      const res = await dept.get(`/api/v1/forms/${ledgers.gaoling.formId}/ledger.xlsx`);
      expect(res.statusCode).toBe(200);
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      expect(String(ws.getCell(1, 1).value)).toContain('高龄津贴台账');
      expect((ws.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['社区', '序号', '姓名', '性别']);
      const rows: string[] = [];
      ws.eachRow((row, n) => n > 2 && rows.push(`${String(row.getCell(1).value)}:${String(row.getCell(3).value)}`));
      const names = async (code: string) => (await env().ctx.services.orgs.get(code)).name;
      expect(rows.sort()).toEqual(
        [
          `${await names(d.communities[0])}:张桂兰`,
          `${await names(d.communities[0])}:王德福`,
          `${await names(d.streets[1].communities[1])}:孙福贵`,
        ].sort(),
      );
    });

    it('shows a worker only ledgers issued to its community, never another community’s', async () => {
      const { d, community, ledgers } = await world(env());
      // A ledger issued to the second street only.
      await env().build.ledgerForm(d, {
        ...ALONE,
        title: '空巢老人台账',
        scope: { type: 'streets', codes: [d.streets[1].code] },
      });
      const worker = (await env().build.worker(community)).agent;
      const forms = (await worker.get('/api/v1/forms')).json();
      expect(forms.map((f: { title: string }) => f.title).sort()).toEqual([
        '残疾人两项补贴台账',
        '独居老人台账',
        '高龄津贴台账',
      ]);
      // A street sees what is issued to any of its communities.
      const streetTitles = async (street: string) =>
        ((await (await env().build.streetOfficer(street)).agent.get('/api/v1/forms')).json() as { title: string }[])
          .map((f) => f.title)
          .sort();
      expect(await streetTitles(d.streets[0].code)).not.toContain('空巢老人台账');
      expect(await streetTitles(d.streets[1].code)).toContain('空巢老人台账');
      const gaoling = ledgers.gaoling.formId;
      expect((await worker.get(`/api/v1/forms/${gaoling}/ledger?community=${d.communities[1]}`)).statusCode).toBe(403);
      const other = (await env().build.officer(await env().build.district())).agent;
      expect((await other.get(`/api/v1/forms/${gaoling}/ledger?community=${community}`)).statusCode).toBe(403);
    });

    it('shows the city steward and the district reviewer the district departments’ forms, not another district’s reviewer', async () => {
      const { d } = await world(env());
      const titles = async (agent: { get(url: string): Promise<{ json(): unknown }> }) =>
        ((await agent.get('/api/v1/forms')).json() as { title: string }[]).map((f) => f.title).sort();
      const three = ['残疾人两项补贴台账', '独居老人台账', '高龄津贴台账'];
      expect(await titles((await env().build.steward()).agent)).toEqual(expect.arrayContaining(three));
      expect(await titles((await env().build.reviewer(d)).agent)).toEqual(three);
      const neighbour = (await env().build.reviewer(await env().build.district())).agent;
      expect(await titles(neighbour)).not.toContain('高龄津贴台账');
    });

    it('collects a household’s missing facts once, and the ledger shows them', async () => {
      const { d, community, households, ledgers } = await world(env());
      const worker = (await env().build.worker(community)).agent;
      const alone = ledgers.alone.formId;
      const before = (await worker.get(`/api/v1/forms/${alone}/ledger?community=${community}`)).json();
      const labels = before.columns.map((c: { label: string }) => c.label);
      const zhao = households[2].residents[0];
      const row = before.rows.find((r: { subjectId: number }) => r.subjectId === zhao.id);
      const aloneCol = labels.indexOf('是否独居');
      expect(row.cells[aloneCol].state).toBe('missing');
      // Find the household of that resident and open its one screen.
      const resident = (await worker.get(`/api/v1/hub/subjects/${row.subjectId}`)).json();
      const householdNumber = resident.facts.find((f: { element: string }) => f.element === 'household_number').value;
      expect(householdNumber).toBe(households[2].number);
      const found = (
        await worker.get(`/api/v1/hub/subjects?community=${community}&type=household&q=${householdNumber}`)
      ).json();
      expect(found.items.map((h: { id: number }) => h.id)).toEqual([households[2].id]);
      const collect = `/api/v1/households/${households[2].id}/collect`;
      const sheet = (await worker.get(collect)).json();
      const asks = sheet.fields
        .filter((f: { subjectId: number }) => f.subjectId === row.subjectId)
        .map((f: { element: string }) => f.element);
      expect(asks).toEqual(expect.arrayContaining(['living_alone', 'emergency_contact', 'emergency_contact_phone']));
      const badPhone = { entries: [{ subjectId: row.subjectId, element: 'emergency_contact_phone', value: '12345' }] };
      const bad = await worker.post(collect, badPhone);
      expect(bad.statusCode).toBe(422);
      // The stable reason for programs, and the message in the worker's language.
      expect(bad.json().errors[0]).toEqual({
        field: 'entries.0.value',
        reason: 'bad_mobile',
        message: '手机号码格式不正确',
      });
      const badEn = await worker.request('POST', collect, badPhone, { 'accept-language': 'en' });
      expect(badEn.json().errors[0]).toMatchObject({ reason: 'bad_mobile', message: 'Not a mobile number' });
      const saved = await worker.post(collect, {
        entries: [
          { subjectId: row.subjectId, element: 'living_alone', value: '是' },
          { subjectId: row.subjectId, element: 'emergency_contact', value: '张明' },
          { subjectId: row.subjectId, element: 'emergency_contact_phone', value: '13955556666' },
        ],
      });
      expect(saved.json()).toEqual({ saved: 3 });
      const after = (await worker.get(`/api/v1/forms/${alone}/ledger?community=${community}`)).json();
      const same = after.rows.find((r: { subjectId: number }) => r.subjectId === row.subjectId);
      expect(same.cells[aloneCol]).toEqual({ state: 'known', value: '是' });
      expect(same.cells[labels.indexOf('紧急联系人')]).toEqual({ state: 'known', value: '张明' });
      const again = (await worker.get(collect)).json();
      expect(
        again.fields.filter(
          (f: { subjectId: number; element: string }) => f.subjectId === row.subjectId && f.element === 'living_alone',
        ),
      ).toEqual([]);
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      expect((await street.get(collect)).statusCode).toBe(403);
    });
  },
  { demo: false },
);
