// What a near binding must show before it is trusted (eighth round, issue 13 §2: precision on forms nobody here
// has seen). A label close to a dictionary name is not that name when it says something the name does not:
// - a qualifier of its own: the label holds the name plus content that no name of the element covers (犬只出生日期,
//   土地流转面积, 港澳台通行证号码, 本年累计住院救助金额): a narrower fact, most often one the dictionary lacks;
// - another head: a label read as the short form of a longer name must keep that name's head (安置方式 of
//   退役安置方式), not only its start (重新犯罪 is no short form of 重新犯罪风险评估).
// Pure functions over canonical texts; the matcher scales a candidate's score by what they find.

/** The parts of `a` left over once the longest common subsequence with `b` is taken out, in order. */
export function leftOver(a: string, b: string): string[] {
  const n = a.length;
  const m = b.length;
  // dp[i][j]: length of the LCS of a[i..] and b[j..]; labels and names are short (under 30 characters).
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const out: string[] = [];
  let cur = '';
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j < m && a[i] === b[j]) {
      if (cur) out.push(cur);
      cur = '';
      i++;
      j++;
    } else if (j < m && dp[i + 1][j] < dp[i][j + 1]) j++;
    else cur += a[i++];
  }
  if (cur) out.push(cur);
  return out;
}

// Words that qualify without naming another fact: who and when of the process (申请, 审批, 核定, 本次, 累计),
// how sure or how often (实际, 主要, 目前), the subject's own side (本人, 个人, 家庭, 本户), and the frame words of a
// field (情况, 信息, 名称, 类型). Left over in a label, they are no qualifier of its own.
const NEUTRAL =
  /^(申请|申报|审批|审核|批准|核定|核准|认定|享受|领取|发放|实际|主要|目前|现在|当前|现|本人|个人|家庭|本户|全户|户|本次|本年|本年度|上年|上年度|年度|累计|合计|总|每月|月|年|情况|状况|信息|名称|类型|类别|种类|性质|标准|金额|数额|人数|数量|数|号|编号|号码|代码|等级|级别|地址|详细|所在|所属|是否|有无|及|和|或|与|其|的|在|之|有|为|已|被|由|何|何种|哪|具体|基本|有效|相关|其他|其它|结果)+$/;

/**
 * The label keeps content of its own around the name it holds, which no other name of the element covers either
 * (犬只出生日期, 土地流转面积, 港澳台通行证号码): a narrower fact, often one the dictionary lacks. Content another name
 * of the same element speaks of (产权 of 房屋产权证号 when 房屋产权证 is a wording) is no new qualifier.
 */
export function qualified(label: string, name: string, texts: readonly string[]): boolean {
  return leftOver(label, name).some(
    (p) => p.length >= 2 && !NEUTRAL.test(p) && !texts.some((t) => t !== name && sharesPair(p, t)),
  );
}

function sharesPair(part: string, text: string): boolean {
  for (let i = 0; i + 2 <= part.length; i++) if (text.includes(part.slice(i, i + 2))) return true;
  return false;
}

/** A name holds the label as its short form when what the name adds after it is no head of its own: 安置方式 of
 * 退役安置方式, 保障人口 of 保障人口数 — not 重新犯罪 of 重新犯罪风险评估. */
export function shortFormOf(label: string, name: string): boolean {
  const at = name.lastIndexOf(label);
  if (at < 0) return false;
  const rest = name.slice(at + label.length);
  return rest === '' || NEUTRAL.test(rest);
}
