// The ledgers read from SQL (only the subjects a filter may select, only the form's elements) give the
// answer the whole community read in memory gives (communityValues, the old path, kept as the reference):
// conflicting sources, a newer empty value, values a resident takes from her household, filters that
// keep people with nothing on record, columns awaiting a department (回流).
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import { districtLedgers, elderlyHouseholds } from '../../testing/ledgers.js';
import { communityValues } from './community-values.js';
import { ledgerRow, matches, type Condition, type FormColumn } from './ledger.js';
import { backflowOwner, sourceElement } from './sources.js';
import { insertFacts } from './subjects-repository.js';

const col = (label: string, element: string | null = null): FormColumn => ({ label, element });

/** What the ledger was before: every subject of the community in memory, then the filter. */
async function reference(env: TestEnv, community: string, filter: Condition[], columns: FormColumn[]) {
  const elements = await env.ctx.services.dictionary.elements();
  const byCode = new Map(elements.map((e) => [e.code, e]));
  const today = env.dates.today();
  const all = await communityValues(
    env.ctx.database.db,
    community,
    'resident',
    (e) => byCode.get(e)?.ownerDepartmentKind,
    (e) => byCode.get(e)?.subject === 'household',
  );
  const awaits = (e: string) => {
    const el = byCode.get(sourceElement(e));
    return el !== undefined && backflowOwner(el) !== null;
  };
  return all
    .filter((s) => matches(s.values, filter, today))
    .map((s) => ({ subjectId: s.id, cells: ledgerRow(columns, s.values, today, awaits).map((c) => c.state) }));
}

describeEachDatabase('ledgers from SQL give the whole community’s answer', (env) => {
  it('keeps conflicts, newer empty values, household values and empty filters exactly as before', async () => {
    const b = env().build;
    const d = await b.district({ streets: 1, communities: 1 });
    const community = d.communities[0];
    const households = await elderlyHouseholds(env(), community);
    const ledgers = await districtLedgers(env(), d);
    const today = env().dates.today();
    const year = Number(today.slice(0, 4));
    const [zhang, wang, li] = [households[0].residents[0], households[1].residents[0], households[1].residents[1]];
    const young = households[3].residents[2];
    const collector = (subjectId: number, values: Record<string, string | null>, at: string) => ({
      subjectId,
      communityCode: community,
      sourceKind: 'collector' as const,
      datasetId: null,
      importId: null,
      collectorId: null,
      observedAt: at,
      rowHash: `t-${subjectId}-${at}`,
      values,
    });
    const now = env().ctx.clock.nowIso();
    await insertFacts(env().ctx.database, [
      // A worker once wrote the 30-year-old down as born in 1940: a record that passes the SQL bound,
      // yet the current birth date (the department's) is not 80-plus.
      collector(young.id, { birth_date: `${year - 86}-01-01` }, now),
      // 张桂兰: a phone, then a newer empty one (the newer record of the same source wins: no phone).
      collector(zhang.id, { mobile: '13800000000' }, '2020-01-01T00:00:00.000Z'),
      collector(zhang.id, { mobile: null }, now),
      // 李秀英 (79) gets a second, different 公民身份号码 from the collector: a conflict, not a second row.
      collector(li.id, { id_number: '340104194501010000', living_alone: 'true' }, now),
    ]);
    // The household of 王德福 is a 低保户 (a household's fact, read by its members).
    await insertFacts(env().ctx.database, [
      { ...collector(households[1].id, { dibao_household: 'true' }, now), rowHash: 'hh' },
    ]);
    const worker = (await b.worker(community)).agent;
    const gaoling = (await worker.get(`/api/v1/forms/${ledgers.gaoling.formId}/ledger?community=${community}`)).json();
    expect(gaoling.rows.map((r: { subjectId: number }) => r.subjectId).sort()).toEqual([zhang.id, wang.id].sort());
    const phone = gaoling.columns.findIndex((c: { label: string }) => c.label === '联系电话');
    const zhangRow = gaoling.rows.find((r: { subjectId: number }) => r.subjectId === zhang.id);
    expect(zhangRow.cells[phone]).toMatchObject({ state: 'missing', value: null });

    // Forms over what the SQL cannot narrow: an absent value, a neq, a household's value; and narrowed ones.
    const forms: { title: string; filter: Condition[] }[] = [
      { title: '无手机号居民', filter: [{ element: 'mobile', op: 'absent' }] },
      { title: '非独居居民', filter: [{ element: 'living_alone', op: 'neq', value: 'true' }] },
      { title: '低保户成员', filter: [{ element: 'dibao_household', op: 'eq', value: 'true' }] },
      { title: '七十岁以下', filter: [{ element: 'birth_date', op: 'age_lte', value: '70' }] },
      {
        title: '八十岁以上有手机',
        filter: [
          { element: 'birth_date', op: 'age_gte', value: '80' },
          { element: 'mobile', op: 'present' },
        ],
      },
    ];
    const columns = [
      col('序号'),
      col('姓名', 'name'),
      col('公民身份号码', 'id_number'),
      col('年龄', 'age'),
      col('联系电话', 'mobile'),
      col('是否低保户', 'dibao_household'),
      col('是否独居', 'living_alone'),
      col('高龄津贴金额（元/月）', 'senior_allowance_amount'),
    ];
    const seen: number[] = [];
    for (const f of forms) {
      const { formId } = await b.ledgerForm(d, {
        departmentKind: 'minzheng',
        title: f.title,
        filter: f.filter,
        columns,
      });
      const got = (await worker.get(`/api/v1/forms/${formId}/ledger?community=${community}`)).json();
      const want = await reference(env(), community, f.filter, columns);
      expect(
        got.rows.map((r: { subjectId: number; cells: { state: string }[] }) => ({
          subjectId: r.subjectId,
          cells: r.cells.map((c) => c.state),
        })),
        f.title,
      ).toEqual(want);
      const cov = (await worker.get(`/api/v1/forms/${formId}/coverage?community=${community}`)).json();
      expect(cov.rows).toBe(want.length);
      seen.push(want.length);
    }
    // Each form selects someone and none selects everyone (the cases are not vacuous).
    expect(seen.every((n) => n > 0 && n < 9)).toBe(true);
    // The members of the 低保户 are exactly 王德福 and 李秀英.
    expect(seen[2]).toBe(2);
  });
});
