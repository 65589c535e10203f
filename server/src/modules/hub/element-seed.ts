// The shape of one data element of the dictionary, and a helper for writing a group of elements that share
// a subject, a sensitivity and an authoritative source. Plain data; no logic beyond defaults.
import type { Relation } from '#common/relations.js';

export type SubjectType = 'resident' | 'household' | 'house' | 'organisation';
export type ElementType = 'text' | 'integer' | 'decimal' | 'date' | 'boolean' | 'code';
export type Sensitivity = 'public' | 'internal' | 'personal' | 'sensitive'; // PIPL: 个人信息 / 敏感个人信息
export type Validation = 'id_number' | 'mobile' | 'phone' | 'uscc' | 'postcode' | 'household_number' | null;

export interface DataElementSeed {
  code: string; // stable English snake_case key, e.g. 'id_number', 'mobile', 'hukou_address'
  name: string; // the standard Chinese name, e.g. 公民身份号码
  synonyms: string[]; // names the same field goes by on real forms: 身份证号, 身份证号码, 证件号码 …
  subject: SubjectType;
  type: ElementType;
  codeList?: string; // id in CODE_LISTS when type is 'code'
  validation: Validation;
  sensitivity: Sensitivity;
  /**
   * The authoritative source (权威来源): the kind of department whose records are the truth (gongan, minzheng,
   * weijian, renshe, zhujian, canlian …), or 'community' for facts only a visit establishes (who actually
   * lives here, living alone, needs).
   */
  ownerDepartmentKind: string;
  /**
   * Set (to the reason) when the owner lets communities collect or correct the element although it is
   * the source (联系电话: a number is confirmed at the door). Without it a department's element is never
   * asked of a community; its gaps are the department's to bring back (回流).
   */
  communityCollects?: string;
  description: string; // one sentence in Chinese
  /**
   * Set on an element that only duplicated another element for another person (户主姓名 = the householder's
   * 姓名). It stays in the database so old forms and facts still resolve, but the matcher and new forms use
   * the (relation, element) binding it names instead.
   */
  retiredFor?: { relation: Relation; element: string };
}

type Shared = Pick<DataElementSeed, 'subject' | 'sensitivity' | 'ownerDepartmentKind'>;
type Spec = Omit<DataElementSeed, keyof Shared | 'validation'> & Partial<Shared> & { validation?: Validation };

/** Elements of one group: `group({ subject, sensitivity, ownerDepartmentKind })({ code, name, … })`. */
export function group(shared: Shared): (spec: Spec) => DataElementSeed {
  return (spec) => ({ validation: null, ...shared, ...spec });
}
