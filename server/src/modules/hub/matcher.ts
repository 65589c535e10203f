// The field matcher: given a label as printed on a real form ("D3.公民身份号码", "联系电话/手机",
// "身份证号码(18位)"), find the data element it asks for — or none, for fields that belong to the form
// itself (申请理由, 审批意见, 签字, 盖章, 备注, 序号 …). Pure: elements come in as data.
import { normalizeText, stripNumbering, toHalfWidth } from '../../text/normalize.js';
import { charNgrams, containment, dice } from '../../text/similarity.js';
import { contentTokens } from '../../text/tokens.js';

export interface MatchableElement {
  code: string;
  name: string;
  synonyms: readonly string[];
}

export interface LabelMatch {
  label: string;
  element: string | null;
  name: string | null;
  score: number;
  alternatives: { element: string; name: string; score: number }[];
}

// Bracketed notes that qualify rather than name a field: (18位), （必填）, (元), [选填], 〔可多选〕.
const BRACKETED = /[（(【\[〔][^）)】\]〕]{0,12}[）)】\]〕]/g;
// Trailing qualifiers and prompts: 请填写, ：, *, 必填.
const NOISE = /(请填写|请选择|请勾选|必填|选填|填写|[*＊:：])/g;
// Units printed after a name without brackets ("月收入元" is rare; "面积㎡" is not).
const UNITS = /(平方米|㎡|m2|万元)$/;

// Fields of the form itself, not facts about anyone: the reason for applying, opinions, signatures …
const FORM_ONLY = [
  /^(序号|编号|排序)$/,
  /(申请|申报|请求)(理由|原因|事由)$/,
  /(审批|审核|审查|复核|初审|评议|街道|社区|部门|单位|主管|领导)?(意见|建议)$/,
  /(签字|签名|签章|盖章|印章|手印|公章)/,
  /^(备注|附注|说明|其他说明|补充说明)$/,
  /^(申请|填表|填报|签字|审核|审批|受理|签署|申请人签字|报送)(日期|时间)$/,
  /^(日期|年月日|时间)$/,
  /^(经办人|审核人|审批人|填表人|负责人签字|承办人|核查人|调查人|联系人签字)$/,
  /^(附件|材料清单|证明材料)$/,
];

// A label that names another person ("父亲姓名", "房东电话", "代领人身份证号") asks about them, not about
// the subject: it only matches an element whose own name speaks of that person.
const OTHER_PERSONS = [
  '父亲',
  '母亲',
  '父母',
  '配偶',
  '丈夫',
  '妻子',
  '子女',
  '房东',
  '代领人',
  '代办人',
  '监护人',
  '担保人',
  '介绍人',
  '推荐人',
  '见证人',
  '邻居',
];

function otherPerson(cleaned: string): string | null {
  return OTHER_PERSONS.find((p) => cleaned.startsWith(p) && cleaned.length > p.length) ?? null;
}

export function cleanLabel(label: string): string {
  let s = toHalfWidth(label).trim();
  s = stripNumbering(s);
  s = s.replace(BRACKETED, '').replace(NOISE, '').trim();
  s = s.replace(UNITS, '');
  return normalizeText(s);
}

export function isFormOnly(cleaned: string): boolean {
  return FORM_ONLY.some((r) => r.test(cleaned));
}

interface Indexed {
  element: MatchableElement;
  names: { text: string; grams: Set<string>; tokens: string[] }[];
}

/** Prepares the elements once per matcher (names and synonyms normalised, n-grams, jieba words). */
export function indexElements(elements: readonly MatchableElement[]): Indexed[] {
  return elements.map((element) => ({
    element,
    names: [element.name, ...element.synonyms]
      .map((n) => cleanLabel(n))
      .filter((n, i, all) => n && all.indexOf(n) === i)
      .map((text) => ({ text, grams: charNgrams(text), tokens: contentTokens(text) })),
  }));
}

function tokenOverlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(b);
  const hit = a.filter((t) => set.has(t)).length;
  return (2 * hit) / (a.length + b.length);
}

function scoreOne(text: string, grams: Set<string>, tokens: string[], candidate: Indexed['names'][number]): number {
  if (text === candidate.text) return 1;
  const d = dice(grams, candidate.grams);
  // The label contains the whole name ("户籍所在地详细地址" ⊃ "户籍所在地") or the other way round.
  const inLabel = containment(candidate.grams, grams);
  const inName = containment(grams, candidate.grams);
  const contained = Math.max(inLabel * (candidate.text.length >= 3 ? 0.9 : 0.75), inName * 0.8);
  const words = tokenOverlap(tokens, candidate.tokens);
  return Math.max(d, contained, words * 0.9, d * 0.5 + words * 0.5);
}

export const MATCH_THRESHOLD = 0.6;

export function matchLabel(label: string, index: readonly Indexed[]): LabelMatch {
  const cleaned = cleanLabel(label);
  const none: LabelMatch = { label, element: null, name: null, score: 0, alternatives: [] };
  if (!cleaned || isFormOnly(cleaned)) return { ...none, score: 1 };
  // "联系电话/手机" and "姓名、性别": try the whole and each part; the best part wins.
  const parts = [
    cleaned,
    ...toHalfWidth(stripNumbering(label))
      .split(/[\/、|]/)
      .map(cleanLabel)
      .filter((p) => p && p !== cleaned),
  ];
  const person = otherPerson(cleaned);
  const scored = index.map((ix) => {
    let best = 0;
    for (const p of parts) {
      const grams = charNgrams(p);
      const tokens = contentTokens(p);
      for (const n of ix.names) best = Math.max(best, scoreOne(p, grams, tokens, n) * (p === cleaned ? 1 : 0.97));
    }
    if (person && !ix.names.some((n) => n.text.includes(person))) best *= 0.5;
    return { element: ix.element.code, name: ix.element.name, score: Math.round(best * 100) / 100 };
  });
  scored.sort((a, b) => b.score - a.score || a.element.localeCompare(b.element));
  const top = scored[0];
  const alternatives = scored.slice(1, 4).filter((s) => s.score >= MATCH_THRESHOLD * 0.6);
  if (!top || top.score < MATCH_THRESHOLD)
    return { ...none, score: top?.score ?? 0, alternatives: scored.slice(0, 3).filter((s) => s.score > 0.3) };
  return { label, element: top.element, name: top.name, score: top.score, alternatives };
}
