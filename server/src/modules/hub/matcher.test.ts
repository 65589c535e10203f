import { describe, expect, it } from 'vitest';
import { DATA_ELEMENTS } from './elements-data.js';
import { cleanLabel, indexElements, matchLabel, matchLabels } from './matcher.js';

const index = indexElements(DATA_ELEMENTS);
const bind = (label: string, options = {}) => {
  const m = matchLabel(label, index, options);
  return m.element ? `${m.relation ? `${m.relation}.` : ''}${m.element}` : null;
};

describe('label cleaning', () => {
  it('drops numbering, brackets, prompts, units and option boxes', () => {
    expect(cleanLabel('D3.公民身份号码')).toBe('公民身份号码');
    expect(cleanLabel('身份证号码(18位)')).toBe('身份证号码');
    expect(cleanLabel('（一）户籍所在地：')).toBe('户籍所在地');
    expect(cleanLabel('月收入（元）')).toBe('月收入');
    expect(cleanLabel('a. 子女人数')).toBe('子女人数');
    expect(cleanLabel('是否独居 □是 □否')).toBe('是否独居');
  });
});

describe('a field binds to a person and a fact', () => {
  it.each([
    ['户主姓名', 'householder.name'],
    ['户主', 'householder.name'],
    ['户主身份证号码', 'householder.id_number'],
    ['监护人联系电话', 'guardian.mobile'],
    ['父亲身份证号', 'father.id_number'],
    ['母亲姓名', 'mother.name'],
    ['房东电话', 'landlord.mobile'],
    ['承租人姓名', 'tenant.name'],
    ['紧急联系电话', 'emergency_contact.mobile'],
    ['代领人姓名', 'agent.name'],
    ['配偶工作单位', 'spouse.employer'],
    ['法定代表人身份证号码', 'legal_representative.id_number'],
  ])('%s → %s', (label, binding) => {
    expect(bind(label)).toBe(binding);
  });

  it.each([
    ['申请人姓名', 'name'],
    ['老人姓名', 'name'],
    ['与户主关系', 'relation_to_householder'],
    ['子女人数', 'children_count'],
    ['D3.公民身份号码', 'id_number'],
    ['联系电话/手机', 'mobile'],
    ['是否享受高龄津贴', 'senior_allowance'],
    ['家庭年人均收入（元）', 'household_annual_income_per_capita'],
    ['就业情况-就业单位', 'employer'],
    ['来沪日期', 'arrival_date'],
  ])('%s is about the subject itself → %s', (label, binding) => {
    expect(bind(label)).toBe(binding);
  });

  it('names the applicant as another person only on a form whose subject is not a person', () => {
    expect(bind('申请人身份证号')).toBe('id_number');
    expect(bind('申请人身份证号', { subject: 'house' })).toBe('applicant.id_number');
  });

  it('never offers a retired element, and names the relation in alternatives too', () => {
    const retired = new Set(DATA_ELEMENTS.filter((e) => e.retiredFor).map((e) => e.code));
    expect(retired).toContain('householder_name');
    expect(retired).toContain('guardian_phone');
    const all = matchLabels(['户主姓名', '监护人电话', '租户身份证号', '户主'], index);
    for (const m of all) {
      expect(retired.has(m.element ?? '')).toBe(false);
      for (const a of m.alternatives) expect(retired.has(a.element)).toBe(false);
    }
    const m = matchLabel('户主姓名', index);
    expect(m).toMatchObject({ element: 'name', relation: 'householder', name: '姓名' });
  });
});

describe('fields of the form itself stay unbound', () => {
  it.each([
    '申请理由',
    '申请人签字',
    '街道办事处（盖章）',
    '社区（村）审核意见',
    '县级民政部门审批意见',
    '填表日期',
    '备注',
    '序号',
    '普查小区',
    '户编号',
    '领取方式',
    '□是 □否',
    '申请人承诺',
    '身份证复印件',
    '走访记录',
  ])('%s', (label) => {
    expect(matchLabel(label, index)).toMatchObject({ element: null, relation: null });
  });

  it('leaves a fact the dictionary does not hold unbound rather than guess', () => {
    expect(bind('车辆品牌型号')).toBeNull();
    expect(bind('养殖牲畜数量')).toBeNull();
  });
});

describe('what a label asks for', () => {
  it('answers a yes/no question with a flag, never with a sum or a date', () => {
    expect(bind('是否享受低保')).toBe('dibao_household');
    expect(bind('是否纳入低保')).toBe('dibao_household');
    expect(bind('是否享受困难残疾人生活补贴')).not.toBe('disability_living_subsidy_amount');
    expect(bind('机动车辆（辆）')).toBe('vehicle_count');
  });

  it('reads start and end the way forms print them', () => {
    expect(bind('租赁期限起')).toBe('lease_start_date');
    expect(bind('租赁期限止')).toBe('lease_end_date');
    expect(bind('矫正结束时间')).toBe('correction_end_date');
  });

  it('keeps the document a book-title mark names, and reads a coded fact printed with its code', () => {
    expect(bind('《就业创业证》编号')).toBe('employment_card_number');
    expect(bind('婚姻状况代码')).toBe('marital_status');
    expect(bind('残疾人标志')).toBe('disability');
  });

  it("reads a bare word with the form's subject: 地址 of an organisation is its 单位地址", () => {
    expect(bind('地址')).toBe('family_address');
    expect(bind('地址', { subject: 'organisation' })).toBe('org_address');
    expect(bind('非公有制经济组织名称', { subject: 'organisation' })).toBe('org_name');
  });

  it('leaves the bookkeeping of an information system unbound', () => {
    for (const label of ['创建人', '更新时间', '删除标志', '主键', '经度']) expect(bind(label)).toBeNull();
  });
});

describe('a column is read with its neighbours', () => {
  const binds = (labels: string[], options = {}) =>
    matchLabels(labels, index, options).map((m) =>
      m.element ? `${m.relation ? `${m.relation}.` : ''}${m.element}` : null,
    );

  it("gives a person's facts printed after that person to that person", () => {
    expect(
      binds(['房屋地址', '房主姓名', '身份证号', '联系电话', '承租人姓名', '身份证号', '联系电话'], {
        subject: 'house',
      }),
    ).toEqual([
      'house_address',
      'owner.name',
      'owner.id_number',
      'owner.mobile',
      'tenant.name',
      'tenant.id_number',
      'tenant.mobile',
    ]);
    expect(binds(['姓名', '联系电话', '紧急联系人', '联系电话'])).toEqual([
      'name',
      'mobile',
      'emergency_contact.name',
      'emergency_contact.mobile',
    ]);
  });

  it("reads a word in the form's domain: 护理补贴 on a 残疾人 roster is the disability one", () => {
    expect(bind('护理补贴金额')).toBe('senior_care_subsidy_amount');
    const roster = binds(['姓名', '残疾证号', '残疾类别', '残疾等级', '护理补贴金额（元）']);
    expect(roster[4]).toBe('disability_care_subsidy_amount');
  });

  it('does not read options listed in brackets as names of the cell', () => {
    expect(bind('经济状况（低保/低保边缘/特困/其他）')).toBeNull();
  });

  it('leaves a second phone unbound when it follows a person nobody can name', () => {
    expect(binds(['姓名', '联系电话', '结对帮扶人', '联系电话'])).toEqual(['name', 'mobile', null, null]);
  });
});

describe('stewards teach the matcher', () => {
  it('binds a confirmed wording next time, with its person', () => {
    expect(bind('孩子他爸电话')).toBeNull();
    const taught = indexElements(DATA_ELEMENTS, [{ element: 'mobile', relation: 'father', label: '孩子他爸电话' }]);
    expect(matchLabel('孩子他爸电话', taught)).toMatchObject({ element: 'mobile', relation: 'father', score: 1 });
  });

  it('lets a steward override the dictionary for a wording', () => {
    const taught = indexElements(DATA_ELEMENTS, [{ element: 'residence_address', relation: null, label: '家庭住址' }]);
    expect(matchLabel('家庭住址', taught).element).toBe('residence_address');
    expect(matchLabel('家庭住址', index).element).toBe('family_address');
  });
});
