// Words that forms use for one another, so that a wording no dictionary entry has (从业岗位, 户口所在地, 残疾补助
// 金额) still meets the entry written with the other word (从业职务, 户籍所在地, 残疾补贴金额). Written from the
// general vocabulary of Chinese forms, not from any one form. Pure.
//
// Each group lists interchangeable words; the canonical form (matcher-rules.ts canonical) has already merged
// the closest ones (住址 → 地址, 号码 → 号, 时间 → 日期), so the groups hold what it keeps apart.
const GROUPS: readonly (readonly string[])[] = [
  ['类型', '类别', '种类'],
  ['金额', '数额', '额度'],
  ['补贴', '补助'], // (津贴 is the 高龄津贴's own word)
  ['原因', '事由', '理由'],
  ['户籍', '户口'],
  ['住房', '房屋', '住宅'],
  ['岗位', '职务', '职位'],
  ['学历', '文化程度', '受教育程度', '教育程度'],
  ['单位', '机构', '企业'],
  ['等级', '级别'],
  ['编号', '号'],
  ['所在地', '地址', '地点'],
  ['医院', '医疗机构'],
  ['电子邮箱', '电子邮件', '邮箱'],
  ['从业', '从事'],
  ['残疾证', '残疾人证'],
  ['缴费', '缴纳'],
];

// Longest words first, so that 文化程度 is read before 程度-like parts of it.
const WORDS: readonly [string, readonly string[]][] = GROUPS.flatMap((g) =>
  g.map((w) => [w, g.filter((o) => o !== w)] as [string, readonly string[]]),
).sort((a, b) => b[0].length - a[0].length);

/** The label written with one word swapped for another of its group; each swap once, at most `limit` texts. */
export function variants(text: string, limit = 24): string[] {
  const out = new Set<string>();
  const taken: [number, number][] = [];
  for (const [word, others] of WORDS) {
    let at = text.indexOf(word);
    while (at >= 0) {
      const end = at + word.length;
      // A shorter word inside one already read (单位 inside 工作单位 is fine, 号 inside 编号 is not) is skipped.
      if (!taken.some(([a, b]) => at < b && end > a)) {
        taken.push([at, end]);
        for (const o of others) out.add(text.slice(0, at) + o + text.slice(end));
      }
      at = text.indexOf(word, at + 1);
    }
  }
  return [...out].slice(0, limit);
}
