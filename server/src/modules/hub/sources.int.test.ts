// Department-owned facts are not pushed onto the community (issue 13 §1): the 一次入户 sheet asks only for
// what the community is the source of (or was granted to collect), a department's gap shows as awaiting it
// and is its 回流任务 (per community), and stewards change an element's source with a recorded reason.
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import { districtLedgers, elderlyHouseholds } from '../../testing/ledgers.js';

async function world(env: TestEnv) {
  const d = await env.build.district({ streets: 2, communities: 2 });
  const community = d.communities[0];
  const households = await elderlyHouseholds(env, community);
  const ledgers = await districtLedgers(env, d);
  return { d, community, households, ledgers, minzheng: ledgers.gaoling.officer.agent };
}

type Field = { subjectId: number; element: string };
type Element = { code: string; ownerDepartmentKind: string; communityCollects: boolean };

describeEachDatabase(
  'authoritative sources and 回流',
  (env) => {
    it('never asks the worker’s 一次入户 sheet for a department-owned element, and refuses one typed in', async () => {
      const { community, households } = await world(env());
      const worker = (await env().build.worker(community)).agent;
      const elements = new Map(
        ((await worker.get('/api/v1/hub/elements')).json() as Element[]).map((e) => [e.code, e]),
      );
      const asked = new Set<string>();
      for (const h of households) {
        const sheet = (await worker.get(`/api/v1/households/${h.id}/collect`)).json() as { fields: Field[] };
        for (const f of sheet.fields) {
          const e = elements.get(f.element)!;
          expect(e.ownerDepartmentKind === 'community' || e.communityCollects, f.element).toBe(true);
          asked.add(f.element);
        }
      }
      // The visit facts are asked; 民政's allowance and 残联/民政's subsidies are not.
      expect([...asked]).toEqual(expect.arrayContaining(['living_alone', 'emergency_contact']));
      for (const owned of ['senior_allowance', 'senior_allowance_amount', 'disability_subsidy', 'dibao_household'])
        expect(asked.has(owned), owned).toBe(false);
      const eighty = households[0].residents[0].id;
      const typed = await worker.post(`/api/v1/households/${households[0].id}/collect`, {
        entries: [{ subjectId: eighty, element: 'senior_allowance', value: '是' }],
      });
      expect(typed.statusCode).toBe(422);
      expect(typed.json().errors[0]).toMatchObject({ field: 'entries.0.element', reason: 'department_owned' });
    });

    it('shows a 民政 gap as awaiting 民政局 and makes it 民政’s 回流任务, counted per community', async () => {
      const { community, ledgers, minzheng } = await world(env());
      const ledger = (
        await minzheng.get(`/api/v1/forms/${ledgers.gaoling.formId}/ledger?community=${community}`)
      ).json();
      const col = ledger.columns.findIndex((c: { element: string | null }) => c.element === 'senior_allowance');
      expect(ledger.sources[col]).toEqual({ kind: 'minzheng', name: '民政局', asksCommunity: false });
      expect(ledger.sources[0]).toBeNull();
      expect(ledger.rows.every((r: { cells: { state: string }[] }) => r.cells[col].state === 'backflow')).toBe(true);

      const backflow = (await minzheng.get('/api/v1/hub/backflow')).json();
      expect(backflow.source).toEqual({ kind: 'minzheng', name: '民政局' });
      const here = backflow.communities.find((c: { community: { code: string } }) => c.community.code === community);
      // Two residents of 80 and more, each lacking both allowance facts.
      const count = (code: string) =>
        here.elements.find((e: { code: string; missing: number }) => e.code === code)?.missing;
      expect(count('senior_allowance')).toBe(2);
      expect(count('senior_allowance_amount')).toBe(2);
      expect(here.forms).toContain('高龄津贴台账');
      expect(backflow.missing).toBe(
        backflow.communities.reduce((n: number, c: { missing: number }) => n + c.missing, 0),
      );
      // Costed to 民政's backlog at 30 s a cell, not to the community's hours.
      expect(backflow.hours).toBe(Math.round((backflow.missing * 30) / 360) / 10); // to a tenth of an hour
      // The department's own to-do, never the worker's.
      const todo = (await minzheng.get('/api/v1/me/todo')).json() as { items: { kind: string; count: number }[] };
      expect(todo.items.find((i) => i.kind === 'backflow_missing')?.count).toBe(backflow.missing);
      const worker = (await env().build.worker(community)).agent;
      expect((await worker.get('/api/v1/hub/backflow')).statusCode).toBe(403);
    });

    it('warns on a form that is mostly 民政’s columns not yet imported (费随事转 for data), not on 高龄津贴台账', async () => {
      const { d, community, ledgers, minzheng } = await world(env());
      const gaoling = (
        await minzheng.get(`/api/v1/forms/${ledgers.gaoling.formId}/coverage?community=${community}`)
      ).json();
      expect(gaoling.dataFirst).toBeNull();
      const benefits = await env().build.ledgerForm(d, {
        departmentKind: 'minzheng',
        title: '老年人福利待遇台账',
        purpose: '老年人福利待遇核对',
        filter: [{ element: 'birth_date', op: 'age_gte', value: '80' }],
        columns: [
          { label: '姓名', element: 'name' },
          { label: '是否低保户', element: 'dibao_household' },
          { label: '是否享受高龄津贴', element: 'senior_allowance' },
          { label: '高龄津贴金额', element: 'senior_allowance_amount' },
          { label: '签字', element: null },
        ],
      });
      const cov = (await minzheng.get(`/api/v1/forms/${benefits.formId}/coverage?community=${community}`)).json();
      expect(cov.dataFirst).toEqual({ departmentColumns: 4, dataColumns: 4, known: 0.25, departments: ['民政局'] });
    });

    it('lets a steward change an element’s source with a reason, kept with who and when', async () => {
      const { households, community } = await world(env());
      const steward = await env().build.steward(undefined, '钱管理');
      const url = '/api/v1/hub/elements/senior_allowance/source';
      const put = (body: unknown) => steward.agent.request('PUT', url, body);
      expect((await put({ source: 'nowhere', communityCollects: false, reason: '试' })).json().errors[0]).toMatchObject(
        { field: 'source', reason: 'unknown_source' },
      );
      expect((await put({ source: 'community', communityCollects: false, reason: ' ' })).statusCode).toBe(422);
      const officer = (await env().build.officer(await env().build.district())).agent;
      expect(
        (await officer.request('PUT', url, { source: 'community', communityCollects: true, reason: '试' })).statusCode,
      ).toBe(403);

      const changed = await put({
        source: 'minzheng',
        communityCollects: true,
        reason: '民政尚无电子名册，暂由社区核实',
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({
        ownerDepartmentKind: 'minzheng',
        sourceName: '民政局',
        communityCollects: true,
        collectReason: '民政尚无电子名册，暂由社区核实',
        sourceChange: { by: '钱管理', reason: '民政尚无电子名册，暂由社区核实' },
      });
      // Granted to collect, the element is asked at the door now.
      const worker = (await env().build.worker(community)).agent;
      const sheet = (await worker.get(`/api/v1/households/${households[0].id}/collect`)).json() as { fields: Field[] };
      expect(sheet.fields.map((f) => f.element)).toContain('senior_allowance');

      await put({ source: 'minzheng', communityCollects: false, reason: '民政名册已导入，收回采集' });
      const history = (await steward.agent.get('/api/v1/hub/elements/senior_allowance/source-history')).json();
      expect(history.map((h: { reason: string }) => h.reason)).toEqual([
        '民政名册已导入，收回采集',
        '民政尚无电子名册，暂由社区核实',
      ]);
      expect(history[0]).toMatchObject({ source: 'minzheng', communityCollects: false, by: '钱管理' });
      const again = (await worker.get(`/api/v1/households/${households[0].id}/collect`)).json() as { fields: Field[] };
      expect(again.fields.map((f) => f.element)).not.toContain('senior_allowance');
      expect((await steward.agent.get('/api/v1/hub/elements/nope/source-history')).statusCode).toBe(404);
    });
  },
  { demo: false },
);
