// Ledgers over the hub and the households they read, built for a test's own district (builders): the
// same three ledgers the demo defines for 蜀山区 — 高龄津贴台账 and 独居老人台账 of 民政局, 残疾人两项补贴台账
// of 残联 — each under an admission of kind ledger with a grant of what it reads.
import type { FormColumn } from '../modules/hub/ledger.js';
import type { BuiltDistrict, BuiltHousehold, LedgerFormOptions } from './builders.js';
import type { TestEnv } from './harness.js';

const col = (label: string, element: string | null = null): FormColumn => ({ label, element });

export const GAOLING: LedgerFormOptions = {
  departmentKind: 'minzheng',
  title: '高龄津贴台账',
  purpose: '高龄津贴资格认证和发放',
  filter: [{ element: 'birth_date', op: 'age_gte', value: '80' }],
  columns: [
    col('序号'),
    col('姓名', 'name'),
    col('性别', 'gender'),
    col('公民身份号码', 'id_number'),
    col('出生日期', 'birth_date'),
    col('年龄', 'age'),
    col('户籍地址', 'hukou_address'),
    col('联系电话', 'mobile'),
    col('是否享受高龄津贴', 'senior_allowance'),
    col('高龄津贴金额（元/月）', 'senior_allowance_amount'),
    col('备注'),
  ],
};

export const ALONE: LedgerFormOptions = {
  departmentKind: 'minzheng',
  title: '独居老人台账',
  purpose: '独居老人探访关爱',
  filter: [{ element: 'birth_date', op: 'age_gte', value: '70' }],
  columns: [
    col('序号'),
    col('姓名', 'name'),
    col('性别', 'gender'),
    col('年龄', 'age'),
    col('现居住地址', 'residence_address'),
    col('联系电话', 'mobile'),
    col('是否独居', 'living_alone'),
    col('紧急联系人', 'emergency_contact'),
    col('紧急联系人电话', 'emergency_contact_phone'),
    col('走访情况'),
  ],
};

export const SUBSIDY: LedgerFormOptions = {
  departmentKind: 'canlian',
  title: '残疾人两项补贴台账',
  purpose: '残疾人两项补贴审核发放',
  filter: [{ element: 'disability_grade', op: 'present' }],
  columns: [
    col('序号'),
    col('姓名', 'name'),
    col('公民身份号码', 'id_number'),
    col('残疾人证号', 'disability_certificate_number'),
    col('残疾类别', 'disability_category'),
    col('残疾等级', 'disability_grade'),
    col('是否低保户', 'dibao_household'),
    col('两项补贴享受情况', 'disability_subsidy'),
    col('联系电话', 'mobile'),
    col('备注'),
  ],
};

/**
 * Five households of a community: two people of 80 and more (one without a phone), one of 75 living on
 * her own, a family, and a man with a disability certificate grade — nine residents in all.
 */
export async function elderlyHouseholds(env: TestEnv, community: string): Promise<BuiltHousehold[]> {
  const b = env.build;
  return [
    await b.household(community, [{ name: '张桂兰', gender: 'female', age: 83, mobile: null }]),
    await b.household(community, [
      { name: '王德福', gender: 'male', age: 86 },
      { name: '李秀英', gender: 'female', age: 79 },
    ]),
    await b.household(community, [{ name: '赵淑珍', gender: 'female', age: 75 }]),
    await b.household(community, [
      { name: '陈建国', gender: 'male', age: 58 },
      { name: '刘芳', gender: 'female', age: 56 },
      { name: '陈磊', gender: 'male', age: 30, relation: '20' },
    ]),
    await b.household(community, [
      {
        name: '周强',
        gender: 'male',
        age: 45,
        values: { disability: 'true', disability_category: '4', disability_grade: '2' },
      },
      { name: '吴敏', gender: 'female', age: 44 },
    ]),
  ];
}

/** The three ledgers of a district, issued to all its communities. */
export async function districtLedgers(env: TestEnv, d: BuiltDistrict) {
  return {
    gaoling: await env.build.ledgerForm(d, GAOLING),
    alone: await env.build.ledgerForm(d, ALONE),
    subsidy: await env.build.ledgerForm(d, SUBSIDY),
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const OLD_WOMEN = ['桂兰', '秀英', '玉珍', '淑珍', '凤英', '素梅', '翠兰', '巧云'];
const OLD_MEN = ['德福', '福贵', '建国', '庆发', '树生', '有才', '宝山', '根生'];

/** `n` people of 80 to 95 living on their own in a community (one bulk load), half of them women. */
export async function eightyPlus(env: TestEnv, community: string, n: number): Promise<BuiltHousehold[]> {
  return env.build.households(
    community,
    Array.from({ length: n }, (_, i) => {
      const female = i % 2 === 0;
      const given = (female ? OLD_WOMEN : OLD_MEN)[Math.floor(i / 2) % 8];
      return [{ name: SURNAMES[i % SURNAMES.length] + given, gender: female ? 'female' : 'male', age: 80 + (i % 16) }];
    }),
  );
}
