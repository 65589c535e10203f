// Who a form is about, read from the whole form before its columns are matched one by one. Pure.
//
// Forms name their subject by a role: 申请人, 老人, 矫正对象 are known words (SUBJECT_PREFIXES); 男方/女方 of a
// 生育登记 form are two parties; and many forms name the subject by a role of their own trade — 养犬人姓名 on a
// dog licence, 被征收人姓名 on an expropriation record, 孕妇姓名 on a maternity booklet, 持有人姓名, 承包人姓名.
import { toHalfWidth } from '../../text/normalize.js';
import {
  cleanLabel,
  isFormOnly,
  relationPrefix,
  SUBJECT_NAME_WORDS,
  subjectPrefix,
  unnamedPerson,
} from './matcher-rules.js';

// A couple's two parties, side by side (男方姓名 | 女方姓名) or in sections (女方基本信息-姓名 … 男方基本信息-姓名), as
// 生育登记 and 婚育 forms print them: the party the form names first is its subject, the other the spouse.
const PARTY = /^\s*(男方|女方)/;

export function coupleRead(labels: readonly string[]): readonly string[] {
  const parties = labels.map((l) => PARTY.exec(toHalfWidth(l))?.[1] ?? null);
  const first = parties.find((p) => p !== null);
  if (!first || !parties.some((p) => p !== null && p !== first)) return labels;
  return labels.map((l, i) => {
    if (!parties[i]) return l;
    const rest = toHalfWidth(l).replace(PARTY, '');
    return parties[i] === first ? rest : `配偶${rest}`;
  });
}

const NAME = /^(.{2,6}?)(的)?(姓名|名字)$/;
// The bare name of whoever the form is about: 姓名, 名字, or a known role alone (申请人, 走访对象).
const bareName = (c: string) => c === '姓名' || c === '名字' || SUBJECT_NAME_WORDS.has(c);

/**
 * A form that never names its subject by a word we know, and whose first name column is a person's we do not
 * know (养犬人姓名, 被征收人姓名): that person is the subject, as the form's title says — so 养犬人身份证号 is the
 * subject's 公民身份号码, not a stranger's. Whoever handles the form (经办人, 填表人) is never its subject; a form
 * that names its subject anywhere (姓名, 申请人姓名, 帮扶对象姓名), one party of a couple alone (男方姓名) and a
 * single label are read as they are.
 */
export function firstNamedRead(labels: readonly string[], known: (cleaned: string) => boolean): readonly string[] {
  if (labels.length < 2) return labels; // one label is no form to read a subject from
  const cleaned = labels.map(cleanLabel);
  const subjectNamed = cleaned.some((c) => bareName(c) || /^(姓名|名字)$/.test(subjectPrefix(c)?.rest ?? ''));
  if (subjectNamed) return labels;
  const first = cleaned.findIndex((c) => NAME.test(c));
  if (first < 0) return labels;
  const who = NAME.exec(cleaned[first])![1];
  const c = cleaned[first];
  // (家庭医生姓名 is a fact the dictionary names whole: the doctor, not a person to read the form by.)
  if (
    known(c) ||
    PARTY.test(c) ||
    relationPrefix(c) ||
    subjectPrefix(c) ||
    isFormOnly(c, labels[first]) ||
    !unnamedPerson(c)
  )
    return labels;
  return labels.map((l, i) => {
    if (!cleaned[i].startsWith(who) || cleaned[i] === who) return l;
    const at = toHalfWidth(l).indexOf(who);
    if (at < 0) return l;
    const half = toHalfWidth(l);
    return half.slice(0, at) + half.slice(at + who.length).replace(/^的/, '');
  });
}
