import { describe, expect, it } from 'vitest';
import { DATA_ELEMENTS } from './elements-data.js';
import { leftOver, qualified, shortFormOf } from './matcher-evidence.js';
import { cleanLabel, indexElements, matchLabel, matchLabels, teachesWording } from './matcher.js';
import { variants } from './matcher-thesaurus.js';

const index = indexElements(DATA_ELEMENTS);
/** A binding as the tests write it: `element`, `relation.element`, or null for a form-only label. */
const shown = (m: { element: string | null; relation: string | null }) =>
  m.element ? `${m.relation ? `${m.relation}.` : ''}${m.element}` : null;
const bind = (label: string, options = {}) => shown(matchLabel(label, index, options));
/** A whole form's labels, each read with its neighbours. */
const bindAll = (labels: string[], options = {}) => matchLabels(labels, index, options).map(shown);

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

  it('reads a period (起止) as neither its start nor its end', () => {
    expect(bind('租赁起止时间')).toBeNull();
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
  it("gives a person's facts printed after that person to that person", () => {
    expect(
      bindAll(['房屋地址', '房主姓名', '身份证号', '联系电话', '承租人姓名', '身份证号', '联系电话'], {
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
    expect(bindAll(['姓名', '联系电话', '紧急联系人', '联系电话'])).toEqual([
      'name',
      'mobile',
      'emergency_contact.name',
      'emergency_contact.mobile',
    ]);
  });

  it("reads a word in the form's domain: 护理补贴 on a 残疾人 roster is the disability one", () => {
    expect(bind('护理补贴金额')).toBe('senior_care_subsidy_amount');
    const roster = bindAll(['姓名', '残疾证号', '残疾类别', '残疾等级', '护理补贴金额（元）']);
    expect(roster[4]).toBe('disability_care_subsidy_amount');
  });

  it('does not read options listed in brackets as names of the cell', () => {
    expect(bind('经济状况（低保/低保边缘/特困/其他）')).toBeNull();
  });

  it('leaves a second phone unbound when it follows a person nobody can name', () => {
    expect(bindAll(['姓名', '联系电话', '结对帮扶人', '联系电话'])).toEqual(['name', 'mobile', null, null]);
  });
});

describe('relation wording (issue 13 §2, second round)', () => {
  it.each([
    ['申请人配偶姓名', 'spouse.name'],
    ['老人子女电话', 'child.mobile'],
    ['子女1姓名', 'child.name'],
    ['子女二联系电话', 'child.mobile'],
    ['第一监护人姓名', 'guardian.name'],
    ['法定代理人姓名', 'guardian.name'],
    ['房屋所有人姓名', 'owner.name'],
    ['监护人住址', 'guardian.residence_address'],
    ['出租人（房东）现住址', 'landlord.residence_address'],
    ['工作单位地址', 'employer.org_address'],
    ['工作单位电话', 'employer.org_phone'],
    ['与监护人关系', 'guardian.relation_to_applicant'],
    ['代办人与申请人关系', 'agent.relation_to_applicant'],
    ['监护人关系', 'guardian.relation_to_applicant'],
    ['身份证住址', 'hukou_address'],
    ['租住地址', 'residence_address'],
  ])('%s → %s', (label, binding) => {
    expect(bind(label)).toBe(binding);
  });

  it('reads a person named in brackets after the fact as that person', () => {
    expect(bind('联系电话（监护人）')).toBe('guardian.mobile');
    expect(bind('身份证号（代办人）')).toBe('agent.id_number');
    expect(bind('联系电话（填报人）')).toBeNull();
    expect(bind('联系电话（手机）')).toBe('mobile');
  });

  it('reads through a period printed in the label', () => {
    expect(cleanLabel('H4.本户2019年11月1日至2020年10月31日出生人口')).toBe('本户出生人口');
    expect(bind('H4.本户2019年11月1日至2020年10月31日出生人口')).toBe('household_births_last_year');
    expect(cleanLabel('2023年度家庭收入（元）')).toBe('家庭收入');
  });

  it('leaves facts of people the vocabulary does not name unbound (社区民警, 帮教人)', () => {
    expect(bind('社区民警姓名')).toBeNull();
    expect(bind('责任民警电话')).toBeNull();
  });

  it('does not take a plan for the current fact: 拟安置地点 is not the 安置地', () => {
    expect(bind('安置地点')).toBe('placement_place');
    expect(bind('拟安置地点')).toBeNull();
  });

  it('counts the thing a unit counts: 机动车辆（辆） is the number of vehicles, not whether there is one', () => {
    expect(bind('机动车辆')).toBe('owns_vehicle');
    expect(bind('机动车辆（辆）')).toBe('vehicle_count');
  });

  it("gives the facts after another person's name to that person when the roster names nobody else", () => {
    expect(bindAll(['序号', '户主姓名', '身份证号', '保障人数', '月保障金额（元）', '领款人签字'])).toEqual([
      null,
      'householder.name',
      'householder.id_number',
      'dibao_persons',
      'dibao_amount',
      null,
    ]);
    // With the subject's own name on the form, an identity column after 户主姓名 is still the subject's.
    expect(bindAll(['姓名', '户主姓名', '身份证号'])).toEqual(['name', 'householder.name', 'id_number']);
  });
});

describe('form-only columns of real forms stay unbound (second round)', () => {
  it.each([
    '审核',
    '是否属实',
    '情况是否属实',
    '公示期',
    '公示起止日期',
    '经办机构',
    '受理单位',
    '备注说明',
    '编码',
    '代码',
    '普查员填写',
    '发放方式',
    '单位：元',
    '操作',
    '二维码',
    '领款人签字',
    '登记民警',
  ])('%s', (label) => {
    expect(matchLabel(label, index)).toMatchObject({ element: null, relation: null });
  });
});

describe('the dictionary from the national standards', () => {
  it.each([
    ['军种', 'military_branch'],
    ['兵种', 'military_arm'],
    ['伤残性质', 'military_disability_nature'],
    ['逐月领取退役金', 'retirement_pay'],
    ['有价证券（元）', 'securities'],
    ['商业保险', 'commercial_insurance'],
    ['分类施保金（元）', 'dibao_classified_amount'],
    ['特困供养金', 'tekun_amount'],
    ['致贫原因', 'hardship_type'],
    ['肇事肇祸情况', 'mental_incident_history'],
    ['是否纳入以奖代补', 'mental_care_measures'],
    ['矫正小组成员', 'correction_team'],
    ['是否被宣告禁止令', 'prohibition_order'],
    ['是否累犯', 'recidivist'],
    ['滥用毒品种类', 'drug_type'],
    ['月缴纳党费（元）', 'party_dues'],
    ['组织关系转入时间', 'party_transfer_in_date'],
    ['务工地点', 'migrant_work_place'],
    ['期望月薪', 'expected_salary'],
    ['R20.近三个月是否找过工作', 'sought_work'],
    ['R26.过去一年的生育状况', 'birth_last_year'],
    ['托养服务需求', 'care_service_need'],
    ['助餐需求', 'elder_meal_need'],
    ['是否失智', 'dementia'],
    ['不动产单元号', 'property_unit_number'],
    ['外出去向', 'away_destination'],
  ])('%s → %s', (label, binding) => {
    expect(bind(label)).toBe(binding);
  });

  it('gives every element an owner, a sensitivity and its code list, special groups the highest', () => {
    const active = DATA_ELEMENTS.filter((e) => !e.retiredFor);
    expect(active.length).toBeGreaterThanOrEqual(480);
    for (const e of active) {
      expect(e.ownerDepartmentKind, e.code).toBeTruthy();
      if (e.type === 'code') expect(e.codeList, e.code).toBeTruthy();
    }
    for (const code of ['correction_team', 'recidivist', 'drug_type', 'mental_incident_history'])
      expect(DATA_ELEMENTS.find((e) => e.code === code)?.sensitivity).toBe('sensitive');
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

describe('generalisation round three (dev forms from public systems)', () => {
  const forms = (labels: string[], subject: 'resident' | 'household' | 'house' = 'resident') =>
    bindAll(labels, { subject });

  it('asks whether there is one, not who it is: 是否有监护人 is no guardian name', () => {
    expect(bind('是否有监护人')).toBeNull();
    expect(bind('是否办理身份证')).toBeNull();
    expect(bind('是否有禁止令')).toBe('prohibition_order');
    expect(bind('是否刑满释放')).toBe('released_prisoner');
    expect(bind('是否社区矫正')).toBe('community_correction');
  });

  it('keeps the person a flattened section header names, as the upload composes it', () => {
    expect(bind('子女情况-姓名')).toBe('child.name');
    expect(bind('监护人信息-联系电话')).toBe('guardian.mobile');
    expect(bind('家庭成员情况-姓名')).toBe('name');
    expect(bind('健康档案-血型')).toBe('blood_type');
    expect(bind('联系方式-固话')).toBe('landline');
  });

  it('reads a bracketed qualifier before the name and the detail of an address as the address', () => {
    expect(bind('(户籍)详址')).toBe('hukou_address');
    expect(bind('暂居住址的详细地址')).toBe('residence_address');
  });

  it('gives 与X关系 after another person to that person, and nobody after a stranger', () => {
    expect(forms(['老人姓名', '联系电话', '紧急联系人', '联系电话', '与老人关系'])).toEqual([
      'name',
      'mobile',
      'emergency_contact.name',
      'emergency_contact.mobile',
      'emergency_contact.relation_to_applicant',
    ]);
    expect(bind('代理人与老人关系')).toBe('agent.relation_to_applicant');
    expect(forms(['承租人姓名', '同住人员姓名', '与承租人关系'], 'house')).toEqual(['tenant.name', null, null]);
  });

  it('leaves the compound field of a person the vocabulary does not name unbound', () => {
    expect(bind('流入地警务室民警姓名、联系电话')).toBeNull();
    expect(bind('包户干部工作单位及职务（工作队）')).toBeNull();
    expect(bind('联系方式（应急联系人及电话）')).toBe('emergency_contact.mobile');
  });

  it('takes a count for a figure and a table heading for the form', () => {
    expect(bind('流动人口数')).toBeNull();
    expect(bind('共同生活家庭成员')).toBeNull();
    expect(bind('参加对象姓名')).toBe('name');
    expect(bind('用户名')).toBeNull();
  });

  it("reads a house form's people and leaves an unnamed party's phone unbound", () => {
    expect(
      forms(['出租屋地址', '出租屋编码', '屋主姓名', '屋主联系电话', '中介机构名称', '中介联系电话'], 'house'),
    ).toEqual(['house_address', 'house_code', 'owner.name', 'owner.mobile', 'rental_agency', null]);
  });
});

describe('generalisation round four (dev forms from public systems, 2026-12-08)', () => {
  it('does not take a former, per-head, negated or residual figure for the fact itself', () => {
    expect(bind('原房屋坐落', { subject: 'resident' })).toBeNull();
    expect(bind('人均使用面积（㎡）', { subject: 'resident' })).toBeNull();
    expect(bind('未落户原因', { subject: 'resident' })).toBeNull();
    expect(bind('其他致贫原因', { subject: 'resident' })).toBeNull();
    // …but a fact whose own name says so still binds.
    expect(bind('原判刑期')).toBe('original_sentence');
    expect(bind('其他收入')).toBe('other_income');
    expect(bind('R18.未就业主要生活来源')).toBe('main_livelihood_source');
  });

  it('does not take a Hong Kong, Macao or Taiwan identity card for the 公民身份号码', () => {
    expect(bind('香港身份证号码', { subject: 'resident' })).not.toBe('id_number');
    expect(bind('身份证号码', { subject: 'resident' })).toBe('id_number');
  });

  it("gives an organisation's fact on a person's form to the person's employer", () => {
    expect(bind('单位联系电话', { subject: 'resident' })).toBe('employer.org_phone');
    expect(bind('单位联系电话', { subject: 'organisation' })).toBe('org_phone');
  });

  it("reads a contact's phone right after the contact as the contact's", () => {
    expect(bindAll(['姓名', '联系人', '联系电话'], { subject: 'resident' })).toEqual([
      'name',
      'contact.name',
      'contact.mobile',
    ]);
  });

  it('leaves the facts of an official named by a section unbound (社区民警信息-姓名)', () => {
    expect(bindAll(['姓名', '社区民警信息-姓名', '社区民警信息-联系方式'], { subject: 'resident' })).toEqual([
      'name',
      null,
      null,
    ]);
  });

  it("reads an undecided label by the form's topic: 管理等级 of a 社区矫正 roster, of a 出租房屋 roster", () => {
    expect(bind('管理等级', { subject: 'resident' })).toBeNull();
    const correction = bindAll(['姓名', '矫正类别', '矫正期限', '矫正起始日期', '管理等级'], { subject: 'resident' });
    expect(correction[4]).toBe('correction_management_level');
  });

  it('binds the new standard items (社区矫正 报到/解除, 精神障碍 治疗情况, MZ/T 039 indicators)', () => {
    expect(bind('到司法所报到时间')).toBe('correction_report_date');
    expect(bind('解除/终止矫正原因')).toBe('correction_end_reason');
    expect(bind('严重精神障碍治疗情况')).toBe('mental_treatment_status');
    // A bare 治疗情况 or 发病日期 is any illness's: never mental-illness data by default (review, 2026-12-07).
    expect(bind('治疗情况')).toBeNull();
    expect(bind('发病日期')).toBeNull();
    expect(bind('日常生活活动')).toBe('elder_adl_level');
    expect(bind('劳动技能')).toBe('labour_capacity');
    expect(bind('家庭成员名称', { subject: 'household' })).toBe('name');
  });
});

describe('generalisation round five (dev forms from public systems, 2026-12-09)', () => {
  it('reads 孩子, 小孩 and 独生子女 before a fact as the child', () => {
    expect(bind('孩子姓名')).toBe('child.name');
    expect(bind('孩子出生年月')).toBe('child.birth_date');
    expect(bind('小孩性别')).toBe('child.gender');
    expect(bind('独生子女姓名')).toBe('child.name');
    // …while the facts named after the only child stay the subject's own.
    expect(bind('是否独生子女')).toBe('only_child');
    expect(bind('独生子女证')).toBe('one_child_certificate_number');
  });

  it('reads 志愿者 before a fact as the subject, and a person’s 公司 as the employer', () => {
    expect(bind('志愿者学历')).toBe('education_level');
    expect(bind('志愿者性别')).toBe('gender');
    expect(bind('是否志愿者')).toBe('volunteer');
    expect(bind('公司', { subject: 'resident' })).toBe('employer');
    expect(bind('志愿服务时长')).toBe('volunteer_hours');
    // The elder-care service hours keep their own wording.
    expect(bind('服务时长')).toBe('care_service_hours');
  });

  it("reads a medical-assistance bill's columns by its topic: 救助金额 there is the 医疗救助 sum", () => {
    const bill = bindAll(['姓名', '医院名称', '患病名称', '统筹支付', '目录外费用', '救助金额'], {
      subject: 'resident',
    });
    expect(bill).toEqual([
      'name',
      'medical_institution',
      'illness_name',
      'medical_reimbursement',
      'medical_out_of_catalogue_cost',
      'medical_assistance_amount',
    ]);
    // On a 临时救助 ledger the same words stay the temporary relief.
    expect(bindAll(['姓名', '临时救助类别', '救助金额'], { subject: 'resident' })[2]).toBe('temporary_relief_amount');
    // A birth's hospital is not where one is treated.
    expect(bind('出生医院')).toBe('birth_hospital');
  });

  it('binds the health-record items of 国家基本公共卫生服务规范 (个人基本信息表, 健康体检表)', () => {
    expect(bind('医疗费用支付方式')).toBe('medical_payment_method');
    expect(bind('吸烟情况')).toBe('smoking_status');
    expect(bind('体质指数')).toBe('body_mass_index');
    expect(bind('血压（mmHg）')).toBe('blood_pressure');
    expect(bind('家族病史')).toBe('family_disease_history');
    expect(bind('责任医生')).toBe('family_doctor');
    for (const code of ['smoking_status', 'blood_pressure', 'surgery_history', 'medical_assistance_type'])
      expect(DATA_ELEMENTS.find((e) => e.code === code)?.sensitivity).toBe('sensitive');
  });
});

describe('generalisation round six (dev forms from public systems, 2026-12-10)', () => {
  it('gives a table’s fields to the person its section header names, wherever in the header', () => {
    // As the upload composes a merged header: the head noun of the section is the person.
    expect(bind('现有子女情况-姓名')).toBe('child.name');
    expect(bind('夫妻双方生育子女情况-出生日期')).toBe('child.birth_date');
    expect(bind('配偶的基本信息-身份证号码')).toBe('spouse.id_number');
    expect(bind('子女二的信息-身份证号')).toBe('child.id_number');
    expect(bind('家庭成员（子女）情况-工作单位')).toBe('child.employer');
    expect(bind('母亲信息-有效身份证件号码')).toBe('mother.document_number');
    // 领证人 collects a newborn's certificate: an agent, not the newborn.
    expect(bind('领证人-姓名')).toBe('agent.name');
  });

  it('keeps the subject’s own facts under such a header, and a header that names nobody drops out', () => {
    // The count of one’s children is the subject’s, even under 子女情况.
    expect(bind('现有子女情况-子女数')).toBe('children_count');
    expect(bind('申请人的基本信息-姓名')).toBe('name');
    expect(bind('生育情况-生育子女数')).toBe('children_born_count');
    expect(bind('家庭成员情况-姓名')).toBe('name');
  });

  it('starts a new group at a section of nobody: 家庭成员情况-姓名 after a contact’s phone is not the contact’s', () => {
    const form = bindAll(['紧急联系人的信息-姓名', '紧急联系人的信息-电话', '家庭成员情况-姓名'], {
      subject: 'resident',
    });
    expect(form).toEqual(['emergency_contact.name', 'emergency_contact.mobile', 'name']);
    // Without a header, a roster still reads 姓名 after 户主姓名’s columns as before.
    expect(bindAll(['户主姓名', '身份证号'], { subject: 'resident' })).toEqual([
      'householder.name',
      'householder.id_number',
    ]);
  });

  it('does not answer a yes/no question with the name of a body (是否由房地产经纪机构代办)', () => {
    expect(bind('是否由房地产经纪机构代办', { subject: 'house' })).toBeNull();
    // The agency's own name still binds.
    expect(bind('房地产经纪机构名称', { subject: 'house' })).toBe('rental_agency');
  });
});

describe('generalisation round seven (dev forms of 住房保障, 社保 and a probe, 2026-12-11)', () => {
  it('binds the 公租房 application’s items to the 住房保障 elements, owned by 住建', () => {
    expect(bind('申请保障方式')).toBe('housing_security_mode');
    expect(bind('租赁补贴金额（元/月）')).toBe('housing_rental_subsidy_amount');
    expect(bind('轮候序号')).toBe('housing_waiting_number');
    expect(bind('现住房情况')).toBe('housing_situation');
    const mode = DATA_ELEMENTS.find((e) => e.code === 'housing_security_mode');
    expect(mode?.codeList).toBe('housing_security_mode');
    expect(mode?.ownerDepartmentKind).toBe('zhujian');
    expect(mode?.sensitivity).toBe('personal');
  });

  it('reads 用户 before a fact as the subject of a system’s record, while 用户名 stays the system’s', () => {
    expect(bind('用户姓名')).toBe('name');
    expect(bind('用户身份证号')).toBe('id_number');
    expect(bind('用户名')).toBeNull();
  });

  it('reads a 两项补贴 form’s 标准 as the amount and a 灵活就业 form’s 从业地点 as where the person works', () => {
    expect(bind('生活补贴标准（元/月）')).toBe('disability_living_subsidy_amount');
    expect(bind('护理补贴标准（元/月）')).toBe('disability_care_subsidy_amount');
    expect(bind('从业地点')).toBe('migrant_work_place');
  });

  it('ends a person’s insurance with 参保终止日期, not a 低保 stop date', () => {
    expect(bind('参保结束日期')).toBe('insurance_end_date');
    expect(bind('参保日期')).toBe('insurance_start_date');
    expect(bind('停保日期')).toBe('dibao_end_date');
  });
});

describe('recall round eight (人社, 学籍, 不动产 and identity-card items, 2026-12-12)', () => {
  it('binds the 劳动合同 and 社保 items of 人社 forms to their own elements, owned by 人社', () => {
    expect(bind('劳动合同开始日期')).toBe('labour_contract_start_date');
    expect(bind('合同终止日期')).toBe('labour_contract_end_date');
    expect(bind('解除劳动合同日期')).toBe('labour_contract_dissolution_date');
    expect(bind('用工形式')).toBe('labour_hire_form');
    expect(bind('个人社保编号')).toBe('insurance_personal_number');
    expect(bind('缴费开始年月')).toBe('insurance_start_date');
    const type = DATA_ELEMENTS.find((e) => e.code === 'labour_contract_type');
    expect(type?.codeList).toBe('labour_contract_type');
    expect(type?.ownerDepartmentKind).toBe('renshe');
  });

  it('keeps the 医保 and 低保 wordings where they were', () => {
    expect(bind('医保个人编号')).toBe('medical_insurance_number');
    expect(bind('参保险种')).toBe('medical_insurance_type');
    expect(bind('停保日期')).toBe('dibao_end_date');
    expect(bind('停保原因')).toBe('dibao_exit_reason');
  });

  it('binds 学籍, 老年人优待证 and 不动产 items', () => {
    expect(bind('是否进城务工人员随迁子女')).toBe('migrant_worker_child');
    expect(bind('随迁子女数')).toBe('accompanying_children');
    expect(bind('港澳台侨外')).toBe('overseas_chinese_status');
    expect(bind('优待证发证日期')).toBe('senior_card_issue_date');
    expect(bind('共有份额', { subject: 'house' })).toBe('property_share');
    expect(bind('权利类型', { subject: 'house' })).toBe('property_right_type');
  });

  it('reads an identity card section: its holder, its 出生 and its 住址 (the 户籍地址)', () => {
    const found = matchLabels(
      [
        '申请人身份证信息-姓名',
        '申请人身份证信息-出生',
        '申请人身份证信息-住址',
        '代理人身份证信息-姓名',
        '代理人身份证信息-住址',
      ],
      index,
    ).map((m) => (m.element ? `${m.relation ? `${m.relation}.` : ''}${m.element}` : null));
    expect(found).toEqual(['name', 'birth_date', 'hukou_address', 'agent.name', 'agent.hukou_address']);
    expect(bind('家庭成员情况-住址')).toBe('family_address');
  });
});

describe('precision round eight (dev probes of forms holding facts the dictionary lacks, 2026-12-13)', () => {
  it('does not bind a label that qualifies a name with content no name of the element covers', () => {
    expect(leftOver('犬只出生日期', '出生日期')).toEqual(['犬只']);
    expect(qualified('犬只出生日期', '出生日期', ['出生年月'])).toBe(true);
    // process and frame words qualify nothing: 批准救助金额 is the 救助金额
    expect(qualified('批准救助金额', '救助金额', [])).toBe(false);
    // content another wording of the element holds is no new qualifier
    expect(qualified('房屋产权证号', '权证号', ['房屋产权证号码'])).toBe(false);
    expect(bind('犬只出生日期')).toBeNull();
    expect(bind('土地流转面积（亩）')).toBeNull();
    expect(bind('港澳台通行证号码')).toBeNull();
    expect(bind('出生日期')).toBe('birth_date');
    expect(bind('承包土地面积（亩）')).toBe('contracted_land_area');
  });

  it('reads a label as the short form of a name only when it keeps the name’s head', () => {
    expect(shortFormOf('安置方式', '退役安置方式')).toBe(true);
    expect(shortFormOf('保障人口', '保障人口数')).toBe(true);
    expect(shortFormOf('重新犯罪', '重新犯罪风险评估')).toBe(false);
    const labels = ['姓名', '罪名', '原判刑罚', '刑满释放日期', '安置帮教情况', '是否重新犯罪'];
    const found = matchLabels(labels, index, { subject: 'resident' });
    expect(found.map((m) => m.element)).toEqual([
      'name',
      'offence',
      'original_sentence',
      'release_date',
      'resettlement_status',
      null,
    ]);
  });

  it('leaves the other party of a two-party form unbound, and a yes/no question unanswered by a place', () => {
    const labels = ['申请人姓名', '性别', '联系电话', '被申请人姓名', '被申请人联系电话'];
    expect(matchLabels(labels, index).map((m) => m.element)).toEqual(['name', 'gender', 'mobile', null, null]);
    // where the 被申请人 is the only person the form names, it is the subject
    expect(matchLabels(['被申请人姓名', '身份证号'], index).map((m) => m.element)).toEqual(['name', 'id_number']);
    expect(bind('是否有固定经营场所', { subject: 'organisation' })).toBeNull();
    expect(bind('经营场所', { subject: 'organisation' })).toBe('business_premises');
  });

  it('reads a couple’s two parties: the one the form names first is the subject, the other the spouse', () => {
    const side = ['男方姓名', '男方身份证号', '女方姓名', '女方身份证号', '现有子女数'];
    expect(matchLabels(side, index).map((m) => [m.label, m.relation, m.element])).toEqual([
      ['男方姓名', null, 'name'],
      ['男方身份证号', null, 'id_number'],
      ['女方姓名', 'spouse', 'name'],
      ['女方身份证号', 'spouse', 'id_number'],
      ['现有子女数', null, 'children_count'],
    ]);
    const sections = ['女方基本信息-姓名', '女方基本信息-户籍地址', '男方基本信息-姓名', '男方基本信息-户籍地址'];
    expect(matchLabels(sections, index).map((m) => `${m.relation ?? ''}.${m.element}`)).toEqual([
      '.name',
      '.hukou_address',
      'spouse.name',
      'spouse.hukou_address',
    ]);
    // one party alone names nobody the vocabulary knows
    expect(matchLabels(['男方姓名'], index)[0].element).toBeNull();
  });

  it('leaves a column the staff fill in to the form, and reads an employer’s full name as the 工作单位', () => {
    expect(bind('职业（编码员填写）')).toBeNull();
    expect(bind('行业（由普查员填）')).toBeNull();
    expect(bind('职业（申请人填写）')).toBe('occupation');
    expect(bind('工作单位全称')).toBe('employer');
  });
});

describe('recall round nine (卫健, 医保, 殡葬, 优抚, 退休 and 生育登记 items, 2026-12-14)', () => {
  it('binds the new health, burial, conscript and retirement items, each with its owner', () => {
    expect(bind('入院日期')).toBe('hospital_admission_date');
    expect(bind('个人自付金额')).toBe('medical_self_paid');
    expect(bind('居民死亡医学证明编号')).toBe('death_certificate_number');
    expect(bind('火化证明编号')).toBe('cremation_certificate_number');
    expect(bind('是否大学生士兵')).toBe('college_student_soldier');
    expect(bind('义务兵家庭优待金')).toBe('conscript_family_allowance_amount');
    expect(bind('退休类别')).toBe('retirement_type');
    const byCode = (code: string) => DATA_ELEMENTS.find((e) => e.code === code);
    expect(byCode('retirement_type')?.codeList).toBe('retirement_type');
    expect(byCode('hospital_admission_date')?.sensitivity).toBe('sensitive');
    expect(byCode('conscript_family_allowance_amount')?.ownerDepartmentKind).toBe('tuiyijunren');
  });

  it('keeps 丧葬补助金 the 殡葬 subsidy and reads 生前工作单位 as the last unit', () => {
    expect(bind('丧葬补助金')).toBe('funeral_subsidy_amount');
    expect(bind('生前工作单位')).toBe('former_employer');
    expect(bind('基本医疗保险报销金额')).toBe('medical_reimbursement');
  });

  it('reads 女方 as the subject and 男方 as the spouse, 义务兵 and 共同申请人 as the subject', () => {
    const found = matchLabels(['女方姓名', '女方公民身份号码', '男方姓名', '男方联系电话'], index).map((m) =>
      m.element ? `${m.relation ? `${m.relation}.` : ''}${m.element}` : null,
    );
    expect(found).toEqual(['name', 'id_number', 'spouse.name', 'spouse.mobile']);
    expect(bind('义务兵姓名')).toBe('name');
    expect(bind('共同申请人-与申请人关系')).toBe('relation_to_applicant');
  });

  it('reads the role words of petition, legal-aid and custody forms as the subject', () => {
    expect(bind('信访人姓名')).toBe('name');
    expect(bind('受援人身份证号码')).toBe('id_number');
    expect(bind('在押人员姓名')).toBe('name');
  });
});

describe('section reading round (titles printed on their own over bare labels, 2026-12-15)', () => {
  it('binds the bare labels under a person’s title to that person until the next title', () => {
    expect(
      bindAll([
        '申请人基本信息',
        '姓名',
        '身份证号',
        '配偶情况',
        '姓名',
        '身份证号',
        '工作单位',
        '共同生活家庭成员情况',
        '姓名',
      ]),
    ).toEqual([null, 'name', 'id_number', null, 'spouse.name', 'spouse.id_number', 'spouse.employer', null, 'name']);
    expect(bindAll(['监护人信息', '姓名', '与残疾人关系', '联系电话'])).toEqual([
      null,
      'guardian.name',
      'guardian.relation_to_applicant',
      'guardian.mobile',
    ]);
  });

  it('reads a role word over a bare name as a title, and over a phone as the name column', () => {
    expect(bindAll(['姓名', '父亲', '姓名', '联系电话', '母亲', '姓名', '联系电话'])).toEqual([
      'name',
      null,
      'father.name',
      'father.mobile',
      null,
      'mother.name',
      'mother.mobile',
    ]);
    // (whose phone follows is the column reading's to say, as before)
    expect(bindAll(['姓名', '监护人', '联系电话']).slice(0, 2)).toEqual(['name', 'guardian.name']);
  });

  it('keeps a section’s own person labels and ends it at another person', () => {
    expect(bindAll(['填报父亲信息', '父亲姓名', '身份证号', '母亲姓名', '身份证号'])).toEqual([
      null,
      'father.name',
      'father.id_number',
      'mother.name',
      'mother.id_number',
    ]);
  });

  it('binds nothing of a person the vocabulary does not name, nor of the other party', () => {
    expect(bindAll(['申请人信息', '姓名', '被申请人信息', '姓名', '联系电话', '委托代理人信息', '姓名'])).toEqual([
      null,
      'name',
      null,
      null,
      null,
      null,
      'agent.name',
    ]);
    expect(bindAll(['姓名', '经办人信息', '姓名', '联系电话'])).toEqual(['name', null, null, null]);
  });

  it('ends a person’s section where the form asks its topic’s facts again, and leaves the household’s facts', () => {
    expect(bindAll(['姓名', '紧急联系人信息', '姓名', '联系电话', '失能等级', '服务需求'])).toEqual([
      'name',
      null,
      'emergency_contact.name',
      'emergency_contact.mobile',
      'care_dependency_level',
      'elder_service_needs',
    ]);
    expect(bindAll(['姓名', '监护人信息', '姓名', '家庭人口'])).toEqual([
      'name',
      null,
      'guardian.name',
      'household_size',
    ]);
  });

  it('leaves facts that end in 情况 as facts, but reads a numbered part as a title', () => {
    expect(bindAll(['姓名', '婚姻情况', '健康情况', '工作单位'])).toEqual([
      'name',
      'marital_status',
      'health_status',
      'employer',
    ]);
    expect(bindAll(['（二）法定赡养人情况', '姓名', '年收入', '三、家庭情况', '家庭人口'])).toEqual([
      null,
      'supporter.name',
      'supporter.personal_annual_income',
      null,
      'household_size',
    ]);
  });
});

describe('rounds ten to thirteen (dev batches 2026-12-17 to 2026-12-22: 公租房, 学生资助, 孕产妇, 社保, 养老, 收养 …)', () => {
  it('reads a household member table as its members’ own facts, each a row’s subject', () => {
    expect(bindAll(['姓名', '家庭主要成员情况', '姓名', '年龄', '称谓', '所在单位', '月收入'])).toEqual([
      'name',
      null,
      'name',
      'age',
      'relation_to_applicant',
      'employer',
      'personal_monthly_income',
    ]);
    // A member's 年收入 is the member's own, not the household's.
    expect(bindAll(['申请人姓名', '共同生活的家庭成员情况', '与申请人关系', '姓名', '年收入（元）'])[4]).toBe(
      'personal_annual_income',
    );
  });

  it('reads an organisation’s fact on a person’s form as the employer’s', () => {
    expect(bind('所属行业', { subject: 'resident' })).toBe('employer.industry');
    expect(bind('统一社会信用代码', { subject: 'resident' })).toBe('employer.uscc');
    // …and on an organisation's own form as its own.
    expect(bind('所属行业', { subject: 'organisation' })).toBe('industry');
  });

  it('meets a wording written with another word of the same meaning (户口 for 户籍, 种类 for 类别)', () => {
    expect(variants('救助种类')).toEqual(expect.arrayContaining(['救助类型', '救助类别']));
    // 编号 is read whole, not as 编 + 号.
    expect(variants('档案编号')).toEqual(['档案号']);
    expect(bind('救助种类')).toBe('assistance_type');
    expect(bind('住宅面积')).toBe('floor_area');
    // 津贴 is the 高龄津贴's own word: a 补贴标准 is not the 津贴标准.
    expect(bind('补贴标准（元/月）')).toBeNull();
  });

  it('reads a fact before an arrest or an enlistment as the person’s fact (捕前职业, 入伍前文化程度)', () => {
    expect(bind('捕前职业')).toBe('occupation');
    expect(bind('入伍前文化程度')).toBe('education_level');
    // 原职业 is a former state, not this reading.
    expect(bind('原职业')).toBeNull();
    expect(bind('企业类型')).toBe('org_type');
  });

  it('learns from a correction only a wording the dictionary does not hold', () => {
    // 联系电话 read as a landline or as the guardian's on one form is that form's reading, not a new wording.
    expect(teachesWording(index, '联系电话')).toBe(false);
    expect(teachesWording(index, '3.联系电话：')).toBe(false);
    expect(teachesWording(index, '通讯号码')).toBe(true);
  });

  it('reads a supporter’s block, a members’ table under 家庭成员 and labels glossed in English (2026-12-19)', () => {
    expect(
      bindAll(['姓名', '联系电话', '经济供养人', '姓名', '身份证号码', '与托养人关系', '家庭成员', '姓名', '联系电话']),
    ).toEqual([
      'name',
      'mobile',
      null,
      'supporter.name',
      'supporter.id_number',
      'supporter.relation_to_applicant',
      null,
      'name',
      'mobile',
    ]);
    expect(bind('注册资本 (Registered Capital)', { subject: 'organisation' })).toBe('registered_capital');
    expect(bind('主要联系人姓名')).toBe('contact.name');
    expect(bind('险种类型')).toBe('insurance_type');
    // 户籍信息 printed on its own heads the 户籍 facts after it.
    expect(bindAll(['姓名', '户籍信息', '户籍地址'])).toEqual(['name', null, 'hukou_address']);
  });

  it('reads the persons of multi-person forms: two adopters, a family contact, a collector, a user (2026-12-22)', () => {
    // 男收养人 | 女收养人 side by side: the first named is the subject, the other the spouse; 男 and 女 alone are not.
    expect(bindAll(['男收养人', '女收养人', '男收养人-国籍', '女收养人-国籍', '婚姻状况'])).toEqual([
      'name',
      'spouse.name',
      'nationality',
      'spouse.nationality',
      'marital_status',
    ]);
    expect(bind('家庭主要联系人姓名')).toBe('contact.name');
    expect(bind('领取人姓名')).toBe('agent.name');
    // On an organisation's form the person who uses it is the applicant, not the organisation.
    expect(bind('用户姓名', { subject: 'organisation' })).toBe('applicant.name');
    expect(bind('用户姓名', { subject: 'resident' })).toBe('name');
  });

  it('reads 孕妇 as the subject and 交纳/缴存, 年总收入 as the words they stand for', () => {
    expect(bind('孕妇姓名')).toBe('name');
    expect(bind('产妇年龄')).toBe('age');
    expect(bind('住房公积金交纳情况')).toBe('housing_provident_fund');
    expect(bind('年总收入')).toBe('household_annual_income');
  });

  it('binds the subject’s address to the household’s, as the bare 住址 is', () => {
    expect(bind('住址')).toBe('family_address');
    expect(bind('申请人住址')).toBe('family_address');
    expect(bind('老人家庭地址')).toBe('family_address');
    // Another person's 住址 is where that person lives: a household fact has no relation.
    expect(bind('监护人住址')).toBe('guardian.residence_address');
  });
});
