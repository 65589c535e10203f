import { describe, expect, it } from 'vitest';
import { ledgerRow } from './ledger.js';
import { asksCommunity, backflowOwner, dataFirst, SOURCE_KINDS, sourceElement, sourceName } from './sources.js';
import { DATA_ELEMENTS } from './elements-data.js';

const dept = { ownerDepartmentKind: 'minzheng', communityCollects: false };
const visit = { ownerDepartmentKind: 'community', communityCollects: false };
const granted = { ownerDepartmentKind: 'shuju', communityCollects: true };

describe('authoritative sources', () => {
  it('ask a community only for its own facts or what the owner granted it to collect', () => {
    expect(asksCommunity(visit)).toBe(true);
    expect(asksCommunity(granted)).toBe(true);
    expect(asksCommunity(dept)).toBe(false);
    expect(backflowOwner(dept)).toBe('minzheng');
    expect(backflowOwner(visit)).toBeNull();
    expect(backflowOwner(granted)).toBeNull();
  });

  it('name the source as a ledger prints it and take a derived column’s source from its base', () => {
    expect(sourceName('minzheng')).toBe('民政局');
    expect(sourceName('gongan')).toBe('公安分局');
    expect(sourceName('community')).toBe('社区');
    expect(sourceElement('age')).toBe('birth_date');
    expect(SOURCE_KINDS).toContain('community');
    expect(SOURCE_KINDS).not.toContain('jianfuban');
  });

  it('give every element of the dictionary a known source, benefits paid by 民政, visit facts to the community', () => {
    for (const e of DATA_ELEMENTS) expect(SOURCE_KINDS, e.code).toContain(e.ownerDepartmentKind);
    const of = (code: string) => DATA_ELEMENTS.find((e) => e.code === code)!;
    expect(of('senior_allowance').ownerDepartmentKind).toBe('minzheng');
    expect(of('senior_allowance_amount').ownerDepartmentKind).toBe('minzheng');
    expect(of('id_number').ownerDepartmentKind).toBe('gongan');
    expect(of('living_alone').ownerDepartmentKind).toBe('community');
    expect(of('emergency_contact_phone').ownerDepartmentKind).toBe('community');
    // A grant to collect always states its reason.
    expect(of('mobile').communityCollects).toMatch(/入户/);
  });

  it('mark a department’s gap as awaiting its return, a community’s gap as missing', () => {
    const columns = [
      { label: '序号', element: null },
      { label: '是否独居', element: 'living_alone' },
      { label: '高龄津贴金额', element: 'senior_allowance_amount' },
    ];
    const owned = (e: string) => e === 'senior_allowance_amount';
    expect(ledgerRow(columns, {}, '2026-11-28', owned).map((c) => c.state)).toEqual(['form', 'missing', 'backflow']);
    expect(ledgerRow(columns, { senior_allowance_amount: '100' }, '2026-11-28', owned)[2]).toEqual({
      value: '100',
      state: 'known',
    });
  });
});

describe('费随事转 for data', () => {
  const mz = { name: '民政局', asksCommunity: false };
  const ga = { name: '公安分局', asksCommunity: false };
  const sq = { name: '社区', asksCommunity: true };
  it('warns when most data columns are departments’ and most of their cells are not imported', () => {
    const perColumn = [
      { known: 0, of: 0 },
      { known: 10, of: 10 },
      { known: 0, of: 10 },
      { known: 0, of: 10 },
      { known: 2, of: 10 },
    ];
    expect(dataFirst(perColumn, [null, ga, mz, mz, sq])).toEqual({
      departmentColumns: 3,
      dataColumns: 4,
      known: 0.333,
      departments: ['民政局'],
    });
  });
  it('stays silent once the departments have imported, or when the community holds most columns', () => {
    const imported = [
      { known: 10, of: 10 },
      { known: 9, of: 10 },
      { known: 0, of: 10 },
    ];
    expect(dataFirst(imported, [ga, mz, sq])).toBeNull();
    const community = [
      { known: 0, of: 10 },
      { known: 0, of: 10 },
      { known: 0, of: 10 },
    ];
    expect(dataFirst(community, [mz, sq, sq])).toBeNull();
  });
});
