// Who a form is about, read from the whole form before its columns are matched one by one. Pure.
//
// Forms name their subject by a role: 申请人, 老人, 矫正对象 are known words (SUBJECT_PREFIXES); 男方/女方 of a
// 生育登记 form are two parties, read here. (Tried and dropped, 2026-12-17: reading the first person a form names
// by a role of its own trade — 养犬人, 被征收人 — as its subject bound facts the test gold calls absent.)
import { toHalfWidth } from '../../text/normalize.js';

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
