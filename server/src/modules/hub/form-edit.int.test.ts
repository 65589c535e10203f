// Editing a form (PUT /forms/:id): only its own department, checked as a new one, and the ledger follows.
// Each test on its own district of 试验市 with its ledgers and households (builders).
import { expect, it } from 'vitest';
import { describeEachDatabase, type Agent, type TestEnv } from '../../testing/harness.js';
import { districtLedgers, elderlyHouseholds } from '../../testing/ledgers.js';

interface FormView {
  id: number;
  title: string;
  subjectType: 'resident' | 'household';
  admissionId: number | null;
  filter: { element: string; op: string; value?: string }[];
  columns: { label: string; element: string | null }[];
}

const formOf = async (agent: Agent, title: string) =>
  ((await agent.get('/api/v1/forms')).json() as FormView[]).find((f) => f.title === title)!;

const bodyOf = (f: FormView) => ({
  title: f.title,
  subjectType: f.subjectType,
  admissionId: f.admissionId,
  filter: f.filter,
  columns: f.columns,
});

/** A district with the households of its first community and its three ledgers. */
async function world(env: TestEnv) {
  const d = await env.build.district({ streets: 1, communities: 2 });
  const community = d.communities[0];
  const households = await elderlyHouseholds(env, community);
  const ledgers = await districtLedgers(env, d);
  return { d, community, households, ledgers, dept: ledgers.gaoling.officer.agent };
}

describeEachDatabase(
  'editing a form',
  (env) => {
    it('lets the department retitle, refilter and reorder its form, and the ledger follows', async () => {
      const { community, dept } = await world(env());
      // One more of 92, so that the raised age keeps someone and drops someone.
      const old = await env().build.household(community, [{ name: '钱玉珍', gender: 'female', age: 92 }]);
      const form = await formOf(dept, '高龄津贴台账');
      const columns = form.columns.filter((c) => c.label !== '备注');
      const [first, second, ...rest] = columns;
      const res = await dept.request('PUT', `/api/v1/forms/${form.id}`, {
        ...bodyOf(form),
        title: '高龄津贴台账（90岁以上）',
        filter: [
          ...form.filter.filter((c) => c.op !== 'age_gte'),
          { element: 'birth_date', op: 'age_gte', value: '90' },
        ],
        columns: [second, first, ...rest],
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: form.id, title: '高龄津贴台账（90岁以上）', issuable: true });
      const ledger = (await dept.get(`/api/v1/forms/${form.id}/ledger?community=${community}`)).json();
      const labels = ledger.columns.map((c: { label: string }) => c.label);
      expect(labels).toEqual([second.label, first.label, ...rest.map((c) => c.label)]);
      expect(labels).not.toContain('备注');
      const ageCol = labels.indexOf('年龄');
      for (const row of ledger.rows) expect(Number(row.cells[ageCol].value)).toBeGreaterThanOrEqual(90);
      // 钱玉珍 (92) stays; 张桂兰 (83) and 王德福 (86) leave.
      expect(ledger.rows.map((r: { subjectId: number }) => r.subjectId)).toEqual([old.residents[0].id]);
      // The worker's list shows the new title too.
      const worker = (await env().build.worker(community)).agent;
      expect(await formOf(worker, '高龄津贴台账（90岁以上）')).toBeDefined();
    });

    it('rejects an edit as it would a new form, naming the field', async () => {
      const { d, ledgers } = await world(env());
      const dept = ledgers.alone.officer.agent;
      const form = await formOf(dept, '独居老人台账');
      const put = (body: object) => dept.request('PUT', `/api/v1/forms/${form.id}`, { ...bodyOf(form), ...body });
      const blank = await put({ title: '   ' });
      expect(blank.statusCode).toBe(422);
      expect(blank.json().errors).toEqual([{ field: 'title', reason: 'required', message: '必填' }]);
      const religion = await put({ columns: [...form.columns, { label: '宗教信仰', element: 'religion' }] });
      expect(religion.statusCode).toBe(422);
      expect(religion.json().errors).toEqual([
        expect.objectContaining({ field: `columns.${form.columns.length}.element`, reason: 'not_granted' }),
      ]);
      // An admission of the department, but of kind task; and a ledger admission of another department.
      const task = await env().build.admission(d, { kind: 'task' });
      const notLedger = await put({ admissionId: task.id });
      expect(notLedger.statusCode).toBe(422);
      expect(notLedger.json().errors).toEqual([
        expect.objectContaining({ field: 'admissionId', reason: 'invalid_value' }),
      ]);
      const others = await put({ admissionId: ledgers.subsidy.admission.id });
      expect(others.statusCode).toBe(422);
      expect(others.json().errors[0]).toMatchObject({ field: 'admissionId' });
      const unknown = await put({ columns: [{ label: '鞋码', element: 'shoe_size' }] });
      expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'columns.0.element' })]);
      // Nothing of the refused edits was kept.
      expect(await formOf(dept, '独居老人台账')).toEqual(form);
    });

    it('refuses other departments and other roles', async () => {
      const { community, ledgers } = await world(env());
      const dept = ledgers.alone.officer.agent;
      const form = await formOf(dept, '独居老人台账');
      const body = { ...bodyOf(form), title: '改名' };
      const canlian = ledgers.subsidy.officer.agent;
      expect((await canlian.request('PUT', `/api/v1/forms/${form.id}`, body)).statusCode).toBe(403);
      const worker = (await env().build.worker(community)).agent;
      expect((await worker.request('PUT', `/api/v1/forms/${form.id}`, body)).statusCode).toBe(403);
      expect((await dept.request('PUT', '/api/v1/forms/999999', body)).statusCode).toBe(404);
      expect((await formOf(dept, '独居老人台账')).title).toBe('独居老人台账');
    });
  },
  { demo: false },
);
