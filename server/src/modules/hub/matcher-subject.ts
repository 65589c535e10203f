// Who a form is about, read from the whole form before its columns are matched one by one. Pure.
//
// Forms name their subject by a role: 申请人, 老人, 矫正对象 are known words (SUBJECT_PREFIXES); 男方/女方 of a
// 生育登记 form are two parties, read here. (Tried and dropped, 2026-12-17: reading the first person a form names
// by a role of its own trade — 养犬人, 被征收人 — as its subject bound facts the test gold calls absent.)
import { toHalfWidth } from '../../text/normalize.js';

// A couple's two parties, side by side (男方姓名 | 女方姓名, 男收养人-国籍 | 女收养人-国籍) or in sections (女方基本信息-姓名
// … 男方基本信息-姓名), as 生育登记, 婚育 and 收养 forms print them: the party the form names first is its subject, the
// other the spouse. Both sides must share the role (男收养人 with 女收养人), so 男 and 女 alone are not parties.
const PARTY = /^\s*(男|女)(方|收养人|申请人|当事人)/;

export function coupleRead(labels: readonly string[]): readonly string[] {
  const found = labels.map((l) => PARTY.exec(toHalfWidth(l)));
  const first = found.find((m) => m !== null);
  if (!first) return labels;
  const role = first[2];
  const side = (m: RegExpExecArray | null) => (m && m[2] === role ? m[1] : null);
  if (!found.some((m) => side(m) !== null && side(m) !== first[1])) return labels;
  return labels.map((l, i) => {
    const party = side(found[i]);
    if (!party) return l;
    // The party alone (男收养人) is that person's name; 男收养人-国籍 is read as 国籍.
    const rest =
      toHalfWidth(l)
        .replace(PARTY, '')
        .replace(/^\s*[-—－_:：]\s*/, '') || '姓名';
    return party === first[1] ? rest : `配偶${rest}`;
  });
}
