// The demo with its population (五里墩街道): 民政 brings its own facts back (issue 13 §1). 高龄津贴台账's
// benefit columns are filled by 民政's roster imported through the normal pipeline, and the 一次入户 sheet
// of 家家景园社区's worker never asks for a department-owned element.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';

describeEachDatabase(
  'the Hefei demo: 民政 brings back 高龄津贴',
  (env) => {
    it('fills 高龄津贴台账’s benefit columns from 民政’s imported roster, and never asks a door for a department’s fact', async () => {
      const minzheng = await env().login('dept.shushan.minzheng');
      const form = (await minzheng.get('/api/v1/forms'))
        .json()
        .find((f: { title: string }) => f.title === '高龄津贴台账');
      const ledger = (await minzheng.get(`/api/v1/forms/${form.id}/ledger?community=340104006005`)).json();
      expect(ledger.rows.length).toBeGreaterThan(20);
      for (const element of ['senior_allowance', 'senior_allowance_amount']) {
        const col = ledger.columns.findIndex((c: { element: string | null }) => c.element === element);
        expect(ledger.sources[col]).toMatchObject({ kind: 'minzheng', name: '民政局', asksCommunity: false });
        const states = ledger.rows.map((r: { cells: { state: string }[] }) => r.cells[col].state);
        expect(
          states.every((st: string) => st === 'known'),
          element,
        ).toBe(true);
      }
      // Nothing of 高龄津贴 is left in 民政's 回流任务 (what remains is 残疾人两项补贴台账's 民政 columns).
      const backflow = (await minzheng.get('/api/v1/hub/backflow')).json() as {
        communities: { elements: { code: string }[] }[];
      };
      const left = backflow.communities.flatMap((c) => c.elements.map((e) => e.code));
      expect(left).not.toContain('senior_allowance');
      expect(left).not.toContain('senior_allowance_amount');
      // The roster came in through the normal import pipeline, as 民政's dataset.
      const steward = await env().login('steward.hefei');
      const datasets = (await steward.get('/api/v1/hub/datasets')).json() as {
        code: string;
        department: { code: string };
      }[];
      expect(datasets.find((d) => d.code === 'demo-340104-minzheng-gaoling')?.department.code).toBe('340104-minzheng');

      const worker = await env().login('worker.jiajia');
      const elements = new Map(
        (
          (await worker.get('/api/v1/hub/elements')).json() as {
            code: string;
            ownerDepartmentKind: string;
            communityCollects: boolean;
          }[]
        ).map((e) => [e.code, e]),
      );
      const households = (
        await worker.get('/api/v1/hub/subjects?community=340104006005&type=household&pageSize=8')
      ).json() as { items: { id: number }[] };
      expect(households.items.length).toBeGreaterThan(5);
      for (const h of households.items) {
        const sheet = (await worker.get(`/api/v1/households/${h.id}/collect`)).json() as {
          fields: { element: string }[];
        };
        for (const f of sheet.fields) {
          const e = elements.get(f.element)!;
          expect(e.ownerDepartmentKind === 'community' || e.communityCollects, f.element).toBe(true);
        }
      }
    });
  },
  { population: true },
);
