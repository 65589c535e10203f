// The person a form field speaks of, relative to the form's subject (GB/T 4761 家庭关系 and the roles that
// community forms print): "户主姓名" is the `name` of the subject's householder, "监护人联系电话" the
// `mobile` of the guardian. null (not in this list) means the subject itself. A small, fixed vocabulary:
// a binding names (relation, element), never a second element for another person's copy of a fact.
export const RELATIONS = [
  'householder', // 户主
  'spouse', // 配偶
  'father', // 父亲
  'mother', // 母亲
  'child', // 子女
  'guardian', // 监护人
  'supporter', // 法定赡养、抚养、扶养义务人
  'caregiver', // 照料护理人
  'agent', // 代办人 / 代领人 / 委托代理人
  'applicant', // 申请人 (when the form's subject is not the applicant: a house, an organisation)
  'tenant', // 承租人
  'landlord', // 出租人 / 房东
  'owner', // 产权人 / 房屋所有权人
  'emergency_contact', // 紧急联系人
  'contact', // 联系人
  'legal_representative', // 法定代表人 / 负责人
  'employer', // 工作单位 (an organisation)
  'grid_worker', // 网格员
] as const;
export type Relation = (typeof RELATIONS)[number];

export function isRelation(s: unknown): s is Relation {
  return typeof s === 'string' && (RELATIONS as readonly string[]).includes(s);
}
