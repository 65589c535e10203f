// The field matcher: given a label as printed on a real form ("D3.公民身份号码", "户主姓名", "监护人联系电话"),
// find the fact it asks for as (relation, element) — relation null for the subject itself — or nothing, for
// fields that belong to the form (申请理由, 审批意见, 签字, 盖章, 备注, 序号 …). Pure: elements come in as data.
//
// How: every name and synonym of every element is put in canonical form once, with its character bigrams,
// each bigram weighted by how rare it is among all names (so 矫正 counts for more than 姓名). A label is
// cleaned, checked against the form-only patterns, looked up exactly, then read as "another person + a fact"
// (户主 + 姓名), "the subject + a fact" (老人 + 姓名), or compared as a whole with the names that share a
// bigram with it (an inverted index, so a label meets tens of names, not thousands). When two elements score
// nearly alike, or nothing scores well, the label is left unbound: a wrong binding costs more than none.
import type { Relation } from '#common/relations.js';
import { MATCH_THRESHOLD } from '#common/api/templates.js';
import {
  canonical,
  cleanLabel,
  isFormOnly,
  labelParts,
  onlyOptions,
  RELATION_PREFIXES,
  relationOfSubject,
  SUBJECT_PREFIXES,
  relationPrefix,
  relationWith,
  sealed,
  staffFills,
  SUBJECT_NAME_WORDS,
  subjectPrefix,
  underSectionOfNobody,
  unnamedPerson,
} from './matcher-rules.js';
import { qualified, shortFormOf } from './matcher-evidence.js';
import { readSections, type AloneReading } from './matcher-sections.js';
import { coupleRead } from './matcher-subject.js';
import { variants } from './matcher-thesaurus.js';

export { cleanLabel } from './matcher-rules.js';

type Subject = 'resident' | 'household' | 'house' | 'organisation';

export interface MatchableElement {
  code: string;
  name: string;
  synonyms: readonly string[];
  subject?: Subject;
  /** text, integer, decimal, date, boolean, code: a yes/no question does not ask for a sum or a date. */
  type?: string;
  /** The department whose records are the source of truth: what a form's columns mostly come from says its domain. */
  ownerDepartmentKind?: string;
  retiredFor?: { relation: Relation; element: string } | null;
}

/**
 * A wording confirmed by a steward: `label` asks for `element` of `relation` (null: the subject itself).
 * Rows of a table element_synonyms(element, relation, label, by, at) fit as they are.
 */
export interface ExtraSynonym {
  element: string;
  relation: Relation | null;
  label: string;
}

export interface Alternative {
  element: string;
  relation: Relation | null;
  name: string;
  score: number;
}

export interface LabelMatch {
  label: string;
  element: string | null;
  relation: Relation | null;
  name: string | null;
  score: number;
  alternatives: Alternative[];
}

export interface MatchOptions {
  /** The form's subject. When it is not a person, 申请人 names another person (relation applicant). */
  subject?: Subject;
}

interface Entry {
  text: string; // canonical
  element: number; // index into elements
  relation: Relation | null;
  grams: string[];
  weight: number; // sum of the weights of its grams
}

export interface MatchIndex {
  elements: {
    code: string;
    name: string;
    subject: Subject;
    type: string;
    owner: string;
    person: boolean;
    organisation: boolean;
    texts: string[];
  }[];
  entries: Entry[];
  /** Position of each active element by code. */
  position: Map<string, number>;
  exact: Map<string, Entry>;
  /** The dictionary's own wordings, without stewards' (see teachesWording). */
  own: Map<string, Entry>;
  postings: Map<string, number[]>;
  gramWeight: Map<string, number>;
  maxWeight: number;
  relationWords: string[];
}

function bigrams(s: string): string[] {
  if (s.length < 2) return s ? [s] : [];
  const out = new Set<string>();
  for (let i = 0; i + 2 <= s.length; i++) out.add(s.slice(i, i + 2));
  return [...out];
}

/**
 * Prepares the elements once (names and synonyms canonical, bigrams weighted, an inverted index). Retired
 * elements are not offered; their names become wordings of the (relation, element) that replaced them.
 * `extra` adds stewards' confirmed wordings; they win over the dictionary's own on an exact match.
 */
export function indexElements(elements: readonly MatchableElement[], extra: readonly ExtraSynonym[] = []): MatchIndex {
  const active = elements.filter((e) => !e.retiredFor);
  const position = new Map(active.map((e, i) => [e.code, i]));
  const raw: { text: string; element: number; relation: Relation | null }[] = [];
  const add = (label: string, code: string, relation: Relation | null) => {
    const i = position.get(code);
    const cleaned = cleanLabel(label);
    if (i === undefined || !cleaned) return;
    raw.push({ text: canonical(cleaned), element: i, relation });
  };
  for (const s of extra) add(s.label, s.element, s.relation);
  const stewards = raw.length;
  for (const e of active) for (const n of [e.name, ...e.synonyms]) add(n, e.code, null);
  for (const e of elements)
    if (e.retiredFor) for (const n of [e.name, ...e.synonyms]) add(n, e.retiredFor.element, e.retiredFor.relation);

  const exact = new Map<string, Entry>();
  const own = new Map<string, Entry>();
  const seen = new Set<string>();
  const entries: Entry[] = [];
  const df = new Map<string, number>();
  for (const [at, r] of raw.entries()) {
    const key = `${r.text}|${r.element}|${r.relation ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const entry: Entry = { ...r, grams: bigrams(r.text), weight: 0 };
    entries.push(entry);
    if (!exact.has(r.text)) exact.set(r.text, entry);
    if (at >= stewards && !own.has(r.text)) own.set(r.text, entry);
    for (const g of entry.grams) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const n = entries.length;
  const gramWeight = new Map<string, number>();
  for (const [g, d] of df) gramWeight.set(g, Math.log(1 + n / d));
  const maxWeight = Math.log(1 + n);
  const postings = new Map<string, number[]>();
  entries.forEach((e, i) => {
    e.weight = e.grams.reduce((w, g) => w + (gramWeight.get(g) ?? maxWeight), 0);
    for (const g of e.grams) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
  });
  return {
    elements: active.map((e, i) => ({
      code: e.code,
      name: e.name,
      subject: e.subject ?? 'resident',
      type: e.type ?? 'text',
      owner: e.ownerDepartmentKind ?? '',
      person: (e.subject ?? 'resident') === 'resident',
      organisation: e.subject === 'organisation',
      texts: entries.filter((x) => x.element === i).map((x) => x.text),
    })),
    entries,
    position,
    exact,
    own,
    postings,
    gramWeight,
    maxWeight,
    relationWords: RELATION_PREFIXES.map(([w]) => w),
  };
}

/**
 * Whether a person's correction of a binding teaches a wording, or only reads this form. A label that is the
 * dictionary's own wording of a fact (联系电话, 姓名, 住址) was read otherwise by its place on that form (the
 * guardian's phone after 监护人姓名, a staff member's phone, a landline where a roster asks one): the form keeps the
 * binding, but as a wording it would bind every 联系电话 of every other form the same way — measured on the
 * evaluation's stream of batches, such wordings cost far more than they gave. What a dictionary wording means
 * everywhere is the dictionary's, which stewards edit as such. A label the dictionary does not hold teaches.
 */
export function teachesWording(index: MatchIndex, label: string): boolean {
  return !index.own.has(canonical(cleanLabel(label)));
}

interface Scored {
  element: number;
  relation: Relation | null;
  score: number;
}

const OTHER_PERSONS = ['父母', '祖父母', '外祖父母', '爷爷', '奶奶', '兄弟姐妹', '亲属', '担保人', '介绍人', '推荐人'];

/** Similarity of a canonical text with every name that shares a bigram with it; best score per element. */
function compare(
  index: MatchIndex,
  text: string,
  keep: (element: number, entry: Entry) => boolean,
): Map<string, Scored> {
  const grams = bigrams(text);
  const w = (g: string) => index.gramWeight.get(g) ?? index.maxWeight;
  const qWeight = grams.reduce((s, g) => s + w(g), 0);
  const qSet = new Set(grams);
  const best = new Map<string, Scored>();
  const visited = new Set<number>();
  for (const g of grams) {
    for (const i of index.postings.get(g) ?? []) {
      if (visited.has(i)) continue;
      visited.add(i);
      const e = index.entries[i];
      if (!keep(e.element, e)) continue;
      let inter = 0;
      for (const x of e.grams) if (qSet.has(x)) inter += w(x);
      let score: number;
      if (e.text === text) score = 1;
      // The name inside the label; Chinese names are head-final, so a name that ends the label ("出租房屋地址"
      // ends in 房屋地址) says more than one that only starts it (出租房屋).
      else if (text.includes(e.text)) {
        score = contained(e.text, text, inter / qWeight);
        if (score >= NEAR && score < 0.92 && qualified(text, e.text, index.elements[e.element].texts))
          score *= QUALIFIED;
      } else if (e.text.includes(text))
        score = 0.5 + 0.38 * (inter / e.weight); // the label inside the name
      else {
        score = Math.max((2 * inter) / (qWeight + e.weight), spread(e.text, text));
        // Near, but the label qualifies the name with content of its own (土地流转面积 against 土地面积).
        if (score >= NEAR && qualified(text, e.text, index.elements[e.element].texts)) score *= QUALIFIED;
      }
      const key = `${e.element}|${e.relation ?? ''}`;
      const prev = best.get(key);
      if (!prev || prev.score < score) best.set(key, { element: e.element, relation: e.relation, score });
    }
  }
  return best;
}

// A property of a thing, printed after it: 户籍地址(类型), 籍贯(性质), 残疾人证(发证日期) ask for another fact.
const PROPERTY_OF =
  /^(的)?(性质|类型|类别|种类|原因|日期|次数|人数|户数|数量|金额|标准|方式|等级|期限|面积|来源|结果|程度|编号|代码|名称|地址|电话|单位|机构|地点|人)$/;

/** Score of a name found inside the label. Chinese names are head-final: the label's last words say what it asks. */
// What a label adds to a fact's name without changing the fact: 失智情况 is 失智, 就业状态 is 就业.
const STATE_TAIL = /^(情况|状况|状态)$/;

function contained(name: string, label: string, coverage: number): number {
  if (name.length >= 2 && label.startsWith(name) && STATE_TAIL.test(label.slice(name.length))) return 0.92;
  const base = 0.6 + 0.36 * coverage;
  if (label.endsWith(name)) return base + 0.03;
  if (label.startsWith(name) && PROPERTY_OF.test(label.slice(name.length))) return base * 0.6;
  return base - 0.03;
}

/** Scores below this are not bound whatever the evidence says; the evidence checks only look above it. */
const NEAR = 0.7;
/** The score of a label that is a wording of the element once one word is swapped for its like (户口 for 户籍). */
const SWAPPED = 0.86;
/** What a candidate keeps of its score when the label qualifies the name with content of its own (犬只出生日期): a narrower fact, maybe another. */
const QUALIFIED = 0.93;

// Words that change what a figure means when they sit between a name's parts: 家庭(人均)年收入 is not 家庭年收入.
const MEANINGFUL_GAP = /人均|月|年|日|不|非|未|无|总|平均|前|后|原|现/;

/**
 * A name spread out in the label with words between its parts, same beginning and same (head) ending: 经营收入 in
 * 经营活动收入, 财产收入 in 财产租赁变卖收入. Scores below a contained name; 0 when it does not apply.
 */
function spread(name: string, label: string): number {
  if (name.length < 4 || label.length <= name.length) return 0;
  if (!label.startsWith(name.slice(0, 2)) || !label.endsWith(name.slice(-2))) return 0;
  let at = 0;
  const gap: string[] = [];
  for (const ch of name) {
    const found = label.indexOf(ch, at);
    if (found < 0) return 0;
    gap.push(label.slice(at, found));
    at = found + 1;
  }
  if (MEANINGFUL_GAP.test(gap.join(''))) return 0;
  return 0.68 + 0.15 * (name.length / label.length);
}

const round = (x: number) => Math.round(x * 100) / 100;

export { MATCH_THRESHOLD };
/** Two elements closer than this are too close to call (unless the better one is nearly certain). */
const MARGIN = 0.05;

// What kind of answer a label asks for. "是否享受困难残疾人生活补贴" is answered yes or no, so it is not the
// subsidy's amount; "生活补贴（元/月）" is a sum, so not whether one receives it.
type Asks = 'yes_no' | 'figure' | null;
const YES_NO = /^(是否|有无|是不是|有没有)/;
const FIGURE_UNIT =
  /[(（]\s*(元|万元|元\/月|元\/年|元\/人|元\/人\/月|人|户|岁|周岁|平方米|㎡|m2|亩|次|个|间|辆|套|处|台|头|只|年)\s*[)）]|(金额|数额|人数|户数|数量|面积|[^系函分]数)$/;

function asks(label: string, cleaned: string): Asks {
  if (YES_NO.test(cleaned)) return 'yes_no';
  if (FIGURE_UNIT.test(label) || FIGURE_UNIT.test(cleaned)) return 'figure';
  return null;
}

/** A fitting answer keeps its score; an element that answers another kind of question loses a sixth of it. */
// A body is named, not answered yes or no: 是否由房地产经纪机构代办 does not ask which agency.
const IDENTIFIER = /(号|号码|编号|姓名|名称|账号|地址|地点|场所|电话|单位|机构|企业|公司|学校|医院)$/;

function fitsAsk(index: MatchIndex, element: number, kind: Asks): number {
  const { type, name } = index.elements[element];
  if (kind === 'yes_no' && (type === 'date' || type === 'integer' || type === 'decimal')) return 0.72;
  // 是否有监护人, 是否办理身份证 ask whether there is one, not who it is or which number it has; a history or
  // an order written as text (有无过敏史, 是否有禁止令) is answered "有：…", so it fits.
  if (kind === 'yes_no' && type === 'text' && IDENTIFIER.test(name)) return 0.72;
  if (kind === 'figure' && (type === 'boolean' || type === 'date')) return 0.72;
  return 1;
}

// Words a form about a house or an organisation leaves out: on a 单位 form 地址 is the 单位地址, 电话 the
// 单位联系电话; on a 房屋 form 地址 is the 房屋地址.
const SUBJECT_HEADS: Partial<Record<Subject, string[]>> = {
  organisation: ['单位', '企业', '组织', '机构'],
  house: ['房屋', '出租房屋'],
};

/**
 * On a form about a house or an organisation, the fact of that subject that the label names, or ends with:
 * 地址 → 单位地址, 非公有制经济组织名称 → 组织名称.
 */
function subjectFact(index: MatchIndex, text: string, subject: Subject | undefined): Scored | null {
  const heads = subject ? SUBJECT_HEADS[subject] : undefined;
  if (!heads) return null;
  const own = (e: Entry | undefined) => e && e.relation === null && index.elements[e.element].subject === subject;
  for (const h of heads) {
    const e = index.exact.get(h + text);
    if (own(e)) return { element: e!.element, relation: null, score: 0.97 };
  }
  for (let i = 1; i + 4 <= text.length; i++) {
    const e = index.exact.get(text.slice(i));
    if (own(e)) return { element: e!.element, relation: null, score: 0.9 };
  }
  return null;
}

// How a person is related to the form's subject: 关系, 与本人关系, 与老人关系, 与残疾人的关系.
const TO_SUBJECT = new RegExp(
  `^(关系|与(本人|其|${[...SUBJECT_NAME_WORDS, ...SUBJECT_PREFIXES].filter((w) => w !== '家庭成员').join('|')})(的)?关系)$`,
);

// Where another person lives: 监护人住址, 房东家庭地址, 子女现住址.
const PERSON_ADDRESS = /^(家庭|现|现居|居住|现居住|现在)?地址$/;
// 原籍 and 原罪名 are facts of their own; 原工作单位, 原户籍 speak of a former state.
const FORMER = /^(原|前)(工作|户籍|户口|居住|住址|单位|婚姻|职业|就业|所在|配偶)/;
// Any other fact printed after 原 is a former state too (原房屋坐落, 原政治面貌): unless a name of the element
// itself is written that way (原判刑罚, 原服刑场所), it is not the current fact. 原因, 原籍 are words of their own.
const FORMER_ANY = /^(原|前)(?!因|籍|判|罪|告|审|来|本|件|科|期|往|夕|天|年|月)/;
// 人均使用面积 is not the 使用面积, 人均月收入 not a 月收入: a figure per head is another figure.
const PER_HEAD = /人均/;
// 其他致贫原因, 其他转移性收入: the rest after the main column, not the fact itself (其他收入 is a fact of its own).
const OTHER = /^(其他|其它)(?=.{2})/;
// 未落户原因 is not the 落户原因: a fact asked in the negative is another fact (未成年人 is a person).
const NEGATED = /^(未|尚未|没有)(?!成年)/;
// 公民身份号码 is the mainland's; a Hong Kong, Macao or Taiwan identity card or a foreign passport is another
// document (港澳台居民居住证 aside, which carries a 公民身份号码-like number but is asked by its own name).
const NOT_MAINLAND_ID = /(香港|澳门|台湾|台胞|回乡证|港澳|外国|护照)/;
const APPLYING = new Set(['申请人', '用户', '当事人']);
const BEFORE_EVENT = /^(逮捕|被捕|捕|入伍|参军|入狱|服刑|羁押|入矫|判刑)前(?=.{2})/;
// 拟安置地点, 计划迁往地址 ask what is planned, not what is: only an element that is itself a plan fits.
const PLANNED = /^(拟|计划|预计|准备)/;
const CODE_SUFFIX = /(代码|编码|名称|字典|类型代码)$/;

function ranked(index: MatchIndex, cleaned: string, options: MatchOptions, kind: Asks = null): Scored[] {
  const text = canonical(cleaned);
  const exact = index.exact.get(text);
  const mine = exact ? index.elements[exact.element].subject : undefined;
  const foreign =
    exact && exact.relation === null && options.subject && options.subject !== 'resident' && mine !== options.subject;
  if (exact && !foreign && fitsAsk(index, exact.element, kind) === 1) {
    // On a person's form an organisation's fact (单位联系电话, 单位地址, 所属行业, 统一社会信用代码) is the person's
    // employer's: a person has no 行业 of its own; its name is the person's 工作单位.
    const personForm = options.subject === 'resident' || options.subject === 'household';
    if (personForm && exact.relation === null && index.elements[exact.element].organisation) {
      const employer = index.position.get('employer');
      if (index.elements[exact.element].code === 'org_name' && employer !== undefined)
        return [{ element: employer, relation: null, score: 0.97 }];
      return [{ element: exact.element, relation: 'employer', score: 0.97 }];
    }
    return [{ element: exact.element, relation: exact.relation, score: 1 }];
  }
  // A figure asked with a unit and a name that names the thing, not its count: 机动车辆（辆） is the 机动车辆数.
  if (kind === 'figure' && exact && !foreign)
    for (const tail of ['数量', '数']) {
      const counted = index.exact.get(text + tail);
      if (counted && fitsAsk(index, counted.element, kind) === 1)
        return [{ element: counted.element, relation: counted.relation, score: 0.95 }];
    }
  const own = foreign || !exact ? subjectFact(index, text, options.subject) : null;
  // (是否有固定经营场所 asks whether there is one, not where: the kind of answer holds here too.)
  if (own) return [{ ...own, score: own.score * fitsAsk(index, own.element, kind) }];
  // 是否刑满释放, 是否社区矫正: whether one is such a person, the flag named after the person (刑满释放人员).
  if (kind === 'yes_no' && !exact)
    for (const who of ['人员', '对象', '者', '户', '家庭']) {
      const flag = index.exact.get(text + who);
      if (flag && flag.relation === null && index.elements[flag.element].type === 'boolean')
        return [{ element: flag.element, relation: null, score: 0.95 }];
    }
  // Before an arrest or an enlistment (捕前职业, 入伍前文化程度): the person's fact as it was then, which forms of
  // 社区矫正 and 征兵 ask in place of the current one.
  const before = !exact && BEFORE_EVENT.exec(text);
  if (before) {
    const fact = index.exact.get(text.slice(before[0].length));
    if (fact && fact.relation === null && index.elements[fact.element].person)
      return [{ element: fact.element, relation: null, score: 0.88 }];
  }
  // A coded fact printed with its code (民族代码, 文化程度代码, 婚姻状况名称): the fact itself.
  const coded = !exact && CODE_SUFFIX.exec(text);
  if (coded) {
    const base = index.exact.get(canonical(text.slice(0, coded.index)));
    const type = base ? index.elements[base.element].type : null;
    if (base && (type === 'code' || (type === 'boolean' && text.endsWith('代码'))))
      return [{ element: base.element, relation: base.relation, score: 0.95 }];
  }
  const all = new Map<string, Scored>();
  const put = (s: Scored) => {
    const key = `${s.element}|${s.relation ?? ''}`;
    const prev = all.get(key);
    if (!prev || prev.score < s.score) all.set(key, s);
  };

  // How a person is related to the subject (与老人关系): the subject's own relation on a member's row, or
  // that of the person the columns before spoke of (matchLabels).
  const related = index.position.get('relation_to_applicant');
  if (related !== undefined && cleaned !== '关系' && TO_SUBJECT.test(cleaned))
    put({ element: related, relation: null, score: 0.9 });

  // How another person is related to the subject: 与监护人关系 is the guardian's relation to the subject.
  const withWhom = relationWith(cleaned);
  const toSubject = withWhom && index.position.get('relation_to_applicant');
  if (withWhom && toSubject !== undefined && toSubject !== null)
    put({ element: toSubject, relation: withWhom, score: 0.9 });

  // Another person + a fact: 户主姓名, 监护人联系电话, 房东电话, 工作单位地址 — also when the subject is named
  // first (申请人配偶姓名).
  const rel = relationPrefix(cleaned) ?? relationOfSubject(cleaned);
  if (rel) {
    const rest = canonical(rel.rest);
    const fits = (el: number) =>
      rel.relation === 'employer' ? index.elements[el].organisation : index.elements[el].person;
    const toSubject = index.position.get('relation_to_applicant');
    if (TO_SUBJECT.test(rest) && rel.relation !== 'employer' && toSubject !== undefined) {
      // 监护人关系: how the guardian is related to the subject.
      put({ element: toSubject, relation: rel.relation, score: 0.95 });
    } else if (!rel.rest || rest === '姓名' || rest === '名字' || rest === '名称') {
      if (rel.relation === 'employer') {
        const employer = index.elements.findIndex((e) => e.code === 'employer');
        if (employer >= 0) put({ element: employer, relation: null, score: 0.95 });
      } else {
        const name = index.elements.findIndex((e) => e.code === 'name');
        if (name >= 0) put({ element: name, relation: rel.relation, score: rest ? 0.98 : 0.95 });
      }
    } else {
      // An employer's 地址, 电话 are the 单位地址, 单位联系电话; a person's 住址 is where that person lives.
      // 配偶收入, 赡养人收入: a person's income, as assistance forms ask it, by the month.
      const exactRest =
        rest === '收入'
          ? index.exact.get('月收入')
          : rel.relation === 'employer'
            ? (index.exact.get(canonical(`单位${rest}`)) ?? index.exact.get(rest))
            : PERSON_ADDRESS.test(rest)
              ? index.exact.get('现居住地址')
              : index.exact.get(rest);
      // An employer's name, however printed (工作单位全称, 就业单位名称), is the person's 工作单位.
      const employer = index.position.get('employer');
      const putRel = (s: Scored) =>
        rel.relation === 'employer' && index.elements[s.element].code === 'org_name' && employer !== undefined
          ? put({ element: employer, relation: null, score: s.score })
          : put(s);
      if (exactRest && exactRest.relation === null && fits(exactRest.element))
        putRel({ element: exactRest.element, relation: rel.relation, score: 0.97 });
      else
        for (const s of compare(index, rest, (el, e) => e.relation === null && fits(el)).values())
          putRel({ ...s, relation: rel.relation, score: s.score * 0.95 });
    }
  }

  // Only the subject's role: 申请人, 走访对象.
  if (SUBJECT_NAME_WORDS.has(cleaned)) {
    const name = index.elements.findIndex((e) => e.code === 'name');
    const relation: Relation | null =
      cleaned === '申请人' && options.subject && options.subject !== 'resident' ? 'applicant' : null;
    if (name >= 0) put({ element: name, relation, score: 0.9 });
  }

  // The subject + a fact: 老人姓名, 申请人身份证号, 矫正对象类别.
  const sub = subjectPrefix(cleaned);
  if (sub && !rel) {
    const rest = canonical(sub.rest);
    // On a house's or an organisation's form the person who applies or uses it (申请人, 用户, 当事人) is the applicant.
    const thing = options.subject === 'organisation' || options.subject === 'house';
    const relation: Relation | null =
      (sub.word === '申请人' && options.subject && options.subject !== 'resident') || (thing && APPLYING.has(sub.word))
        ? 'applicant'
        : null;
    const exactRest = index.exact.get(rest === '名称' ? '姓名' : rest); // 家庭成员名称: a person's 名称 is the name
    // The subject's 住址 is the household's address, as the bare 住址 is (申请人住址, 老人家庭地址); other household
    // facts stay the household's (家庭成员年收入 is the member's own).
    const home = relation === null && PERSON_ADDRESS.test(rest.replace(/^家庭/, ''));
    const fits = (el: number) => index.elements[el].person || (home && index.elements[el].subject === 'household');
    if (exactRest && exactRest.relation === null && fits(exactRest.element))
      put({ element: exactRest.element, relation, score: 0.97 });
    else
      for (const s of compare(index, rest, (el, e) => e.relation === null && fits(el)).values())
        put({ ...s, relation, score: s.score * 0.95 });
  }

  // A fact about a person the vocabulary does not name (帮扶人姓名, 治保负责人联系方式): nobody to bind it to.
  if (!rel && !sub && unnamedPerson(cleaned)) return [...all.values()].sort((a, b) => b.score - a.score);

  // The label written with another word of the same meaning (户口所在地 → 户籍所在地): nearly its own wording.
  if (!rel && !sub && !exact)
    for (const v of variants(text)) {
      const e = index.exact.get(canonical(v));
      if (e) put({ element: e.element, relation: e.relation, score: SWAPPED });
    }

  // The label as a whole. A label about another person only binds a name that speaks of that person.
  const others = [...(rel ? [rel.word] : []), ...OTHER_PERSONS.filter((p) => cleaned.includes(p))];
  for (const s of compare(index, text, () => true).values()) {
    const texts = index.elements[s.element].texts;
    const aboutOther = others.length > 0 && !others.some((p) => texts.some((t) => t.includes(p)));
    put(aboutOther ? { ...s, score: s.score * 0.5 } : s);
  }
  const out = [...all.values()];
  if (kind) for (const s of out) s.score *= fitsAsk(index, s.element, kind);
  // A person's form asks an organisation's facts only through a person's employer (工作单位地址), and a
  // label about a former state (原工作单位地址, 原户籍派出所) is not the current fact.
  const personForm = options.subject === 'resident' || options.subject === 'household';
  const former = FORMER.test(cleaned);
  const formerAny = !former && FORMER_ANY.test(cleaned);
  const planned = PLANNED.test(cleaned);
  const perHead = PER_HEAD.test(cleaned);
  const notMainland = NOT_MAINLAND_ID.test(cleaned);
  const other = OTHER.test(cleaned);
  // …when the negation falls on the fact itself (未落户原因), not on a person it qualifies (未就业主要生活来源).
  const negatedFact = NEGATED.test(cleaned) ? canonical(cleaned.replace(NEGATED, '')) : null;
  for (const s of out) {
    const e = index.elements[s.element];
    if (personForm && s.relation === null && e.organisation) s.score *= 0.85;
    if (former && !FORMER.test(e.name)) s.score *= 0.85;
    if (formerAny && !e.texts.some((t) => FORMER_ANY.test(t))) s.score *= 0.8;
    if (perHead && !e.texts.some((t) => PER_HEAD.test(t))) s.score *= 0.8;
    if (notMainland && e.code === 'id_number') s.score *= 0.7;
    if (other && !e.texts.some((t) => OTHER.test(t))) s.score *= 0.8;
    if (negatedFact && e.texts.some((t) => negatedFact.startsWith(t)) && !e.texts.some((t) => NEGATED.test(t)))
      s.score *= 0.8;
    if (planned && !e.texts.some((t) => PLANNED.test(t))) s.score *= 0.85;
  }
  return out.sort((a, b) => b.score - a.score || a.element - b.element);
}

function decide(scored: Scored[]): Scored | null {
  const top = scored[0];
  if (!top || top.score < MATCH_THRESHOLD) return null;
  const second = scored.find((s) => s.element !== top.element || s.relation !== top.relation);
  if (second && top.score < 0.95 && top.score - second.score < MARGIN) return null;
  return top;
}

// A person named in brackets after the fact: 联系电话（监护人） is the guardian's, 联系电话（填报人） the form's.
const TRAILING_WHO = /[（(]\s*([^（()）]{2,10}?)\s*[)）]\s*[:：]?\s*$/;
// …and the fact named again after it: 联系方式（应急联系人及电话）.
const AND_FACT = /(及|和|与|、)(其)?(电话|联系电话|联系方式|手机|手机号|姓名)$/;

function whoseInBrackets(label: string, cleaned: string): string {
  const m = TRAILING_WHO.exec(label);
  if (!m || !cleaned || relationPrefix(cleaned) || subjectPrefix(cleaned)) return cleaned;
  const who = m[1].replace(AND_FACT, '');
  if (who.length > 6) return cleaned;
  const rel = relationPrefix(who);
  if ((rel && !rel.rest) || unnamedPerson(`${who}姓名`)) return who + cleaned;
  return cleaned;
}

export function matchLabel(label: string, index: MatchIndex, options: MatchOptions = {}): LabelMatch {
  const none = (score: number, alternatives: Alternative[] = []): LabelMatch => ({
    label,
    element: null,
    relation: null,
    name: null,
    score,
    alternatives,
  });
  if (onlyOptions(label)) return none(1);
  const cleaned = whoseInBrackets(label, cleanLabel(label));
  if (!cleaned) return none(1);
  const view = (s: Scored): Alternative => ({
    element: index.elements[s.element].code,
    relation: s.relation,
    name: index.elements[s.element].name,
    score: round(s.score),
  });
  const exact = index.exact.get(canonical(cleaned));
  if ((!exact && isFormOnly(cleaned, label)) || sealed(label) || staffFills(label)) return none(1);

  const kind = asks(label, cleaned);
  let scored = ranked(index, cleaned, options, kind);
  let chosen = decide(scored);
  if (!chosen) {
    // "联系电话/手机": bind when every part that binds asks for the same fact.
    const cleanedParts = labelParts(label).map(cleanLabel).filter(Boolean);
    // 民警姓名、联系电话: the phone is that person's, whom the vocabulary does not name.
    const stranger = cleanedParts.some((p) => !relationPrefix(p) && !subjectPrefix(p) && unnamedPerson(p));
    const parts = cleanedParts.map((p) => (isFormOnly(p, p) ? null : decide(ranked(index, p, options, kind))));
    const bound = parts.filter((p): p is Scored => p !== null);
    if (
      !stranger &&
      bound.length &&
      bound.every((p) => p.element === bound[0].element && p.relation === bound[0].relation)
    ) {
      chosen = { ...bound[0], score: bound[0].score * 0.97 };
      scored = [chosen, ...scored];
    }
  }
  const alternatives = (c: Scored | null) =>
    scored
      .filter((s) => s !== c && s.score >= 0.45 && !(c && s.element === c.element && s.relation === c.relation))
      .slice(0, 3)
      .map(view);
  if (!chosen) return none(round(scored[0]?.score ?? 0), alternatives(null));
  return { label, ...view(chosen), alternatives: alternatives(chosen) };
}

const STRANGER = /(人|员|者|干部)$/;
// People a form names only so that they can be reached, and the facts that reach them.
const REACHED = new Set<Relation>(['contact', 'emergency_contact']);
const PHONES = new Set(['mobile', 'landline']);
// A phone column that names nobody: 联系电话, 电话, 手机 — not 本人电话, 家庭电话.
const bare = (label: string) => /^(联系)?(电话|手机|手机号|联系电话|联系方式|电话号码)$/.test(cleanLabel(label));
// What a roster prints right after a person's name to say who that is.
const IDENTITY = new Set(['id_number', 'document_type', 'document_number', 'gender', 'birth_date', 'age', 'mobile']);

/**
 * Matches every label of a form, in order, reading each column with its neighbours: rosters print a person's
 * facts one after another ("房东姓名 | 身份证号 | 联系电话", "监护人 | 联系电话"), so a person's fact that the
 * subject already has a column for — or that a house or an organisation cannot have — belongs to the person
 * the column before it spoke of.
 */
export function matchLabels(printed: readonly string[], index: MatchIndex, options: MatchOptions = {}): LabelMatch[] {
  const coupled = coupleRead(printed);
  const first = coupled.map((l) => matchLabel(l, index, options));
  // Titles printed on their own (配偶情况 | 姓名 | 身份证号): the bare labels under a title are its person's.
  const sections = readSections(
    coupled,
    (i) => (first[i].relation === null ? aloneReading(index, first[i]) : 'common'),
    (i) => first[i].element !== null && first[i].relation === null && first[i].score >= 1,
  );
  const labels = sections.labels;
  const personForm = !options.subject || options.subject === 'resident' || options.subject === 'household';
  const own = new Set<string>(); // the subject's own facts met so far
  let carry: Relation | null = null; // the other person the previous column spoke of
  let stranger = false; // the previous column named a person the vocabulary does not know (结对帮扶人)
  let named = false; // the previous column was the other person's name (户主姓名)
  const alone = labels.map((l, i) => {
    if (sections.title[i] || sections.stranger[i]) return unbound(first[i]);
    if (l === coupled[i]) return first[i];
    const read = matchLabel(l, index, options);
    return !sections.tentative[i] || (read.relation !== null && isPersonFact(index, read.element ?? ''))
      ? read
      : first[i];
  });
  // A roster that names nobody but another person (低保金发放花名册: 户主姓名 | 身份证号 | 保障人数) lists that
  // person's facts after the name: there is no subject's own to confuse them with.
  const subjectNamed = alone.some((m) => m.element === 'name' && m.relation === null);
  // A form of two parties (人民调解, 仲裁: 申请人 | … | 被申请人姓名): the 被申请人 is the other party, whom the
  // vocabulary does not name — not the subject, as on a form where the 被申请人 is the only person.
  const cleanedAll = labels.map(cleanLabel);
  const otherParty = cleanedAll.some((c) => c.startsWith('申请人')) && cleanedAll.some((c) => c.startsWith('被申请人'));
  const found = alone.map((first, i) => {
    const l = labels[i];
    let m = first;
    if (otherParty && cleanedAll[i].startsWith('被申请人'))
      m = { ...m, element: null, relation: null, name: null, alternatives: [] };
    const at = m.element ? (index.position.get(m.element) ?? -1) : -1;
    const again = m.element !== null && m.relation === null && index.elements[at]?.person && own.has(m.element);
    if (!personForm && !carry && m.element && m.relation === null && index.elements[at]?.person && m.score < 1) {
      // On a house's or an organisation's form, a person's fact under some other name (中介联系电话) is nobody's
      // we can tell; the bare wording (联系电话) is left to the reading above.
      m = { ...m, element: null, relation: null, name: null, alternatives: [] };
    } else if (carry && m.element && m.relation === null && index.elements[at]?.person && !underSectionOfNobody(l)) {
      // (家庭成员情况-姓名 after 紧急联系人的电话 opens a new group: it is not the contact's.)
      const kin = m.element === 'relation_to_applicant'; // 监护人姓名 | 电话 | 与老人关系: the guardian's
      // 联系人 | 联系电话: a contact is named to be reached; the phone printed right after is that person's.
      const reach = named && REACHED.has(carry) && PHONES.has(m.element) && bare(l);
      if (again || kin || reach || !personForm || (named && !subjectNamed && IDENTITY.has(m.element)))
        m = { ...m, relation: carry, score: round(m.score * 0.95) };
    } else if (stranger && (again || m.element === 'relation_to_applicant')) {
      // Whose phone is it? Not the subject's (it has one already), and nobody's we can name: leave it.
      m = { ...m, element: null, relation: null, name: null, alternatives: [] };
    }
    if (m.element && m.relation === null) own.add(m.element);
    const before = carry;
    carry = m.relation && m.relation !== 'employer' && m.relation !== 'applicant' ? m.relation : null;
    named = carry !== null && (m.element === 'name' || (named && carry === before));
    const cleaned = cleanLabel(l);
    // 结对帮扶人, or a fact of one (同住人员姓名): the columns that follow may be that person's.
    // (A title, 家庭成员 over a members' table, names whose the next columns are: the section reading said so.)
    stranger = !sections.title[i] && m.element === null && (STRANGER.test(cleaned) || unnamedPerson(cleaned));
    return m;
  });
  return inDomain(found, index).map((m, i) => (labels[i] === printed[i] ? m : { ...m, label: printed[i] }));
}

const unbound = (m: LabelMatch): LabelMatch => ({ ...m, element: null, relation: null, name: null, alternatives: [] });

function isPersonFact(index: MatchIndex, code: string): boolean {
  const at = index.position.get(code);
  return at !== undefined && index.elements[at].person;
}

// The facts any person on a form is asked — who, how to reach, where, work, schooling, income, health — as
// opposed to the facts of the form's topic (失能等级, 残疾类别), which are the subject's.
const ANY_PERSON = /^(personal|health|employment|postal|wage|work|school|bank)$/;

function aloneReading(index: MatchIndex, m: LabelMatch): AloneReading {
  if (!m.element) return 'unknown';
  if (!isPersonFact(index, m.element)) return 'household';
  const t = topic(m.element);
  return EVERYWHERE.has(t) || ANY_PERSON.test(t) ? 'common' : 'topic';
}

// The topic of an element is the first word of its code (disability_grade, disability_care_subsidy_amount);
// identity, address and contact facts are on every form and say nothing of its topic.
const TOPIC_ALIAS: Record<string, string> = {
  military: 'veteran',
  discharge: 'veteran',
  enlistment: 'veteran',
  service: 'veteran',
  placement: 'veteran',
  martyr: 'veteran',
  war: 'veteran',
  preferential: 'veteran',
  // 医疗救助 and the 医保 settlement: the illness, its costs and their reimbursement are one topic.
  illness: 'medical',
  tekun: 'assistance',
  dibao: 'assistance',
  // 社区矫正: the sentence, the offence and the risk of reoffending are the correction's topic.
  recidivism: 'correction',
  recidivist: 'correction',
  offence: 'correction',
  original: 'correction',
  sentence: 'correction',
  supplementary: 'correction',
  prohibition: 'correction',
  off: 'correction',
  prison: 'correction',
};
const EVERYWHERE = new Set(
  'name id birth age gender ethnicity mobile landline email hukou residence household family marital education political relation document native former nationality religion occupation employer community street grid postcode'.split(
    ' ',
  ),
);
const topic = (code: string) => {
  const first = code.split('_')[0];
  return TOPIC_ALIAS[first] ?? first;
};

/**
 * Words mean what the form's topic says: 护理补贴金额 on a 残疾人 roster is the 重度残疾人护理补贴, on an
 * elder-care form the 养老服务 one. The topic is the one most of the form's confident columns share (at
 * least two); a column bound to another topic moves to that topic's element whose name holds the label.
 */
function inDomain(found: LabelMatch[], index: MatchIndex): LabelMatch[] {
  const count = new Map<string, number>();
  for (const m of found) {
    const t = m.element && m.relation === null && m.score >= 0.95 ? topic(m.element) : '';
    if (t && !EVERYWHERE.has(t)) count.set(t, (count.get(t) ?? 0) + 1);
  }
  const [domain, n] = [...count.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (n < 2) return found;
  return found.map((m) => {
    // A label left unbound between candidates (管理等级: of a 社区矫正 roster, of a 出租房屋 roster?) is read by
    // the topic too; one that names another person, or that nothing came near, is left as it is.
    const undecided = !m.element && m.alternatives.length > 0 && !relationPrefix(cleanLabel(m.label));
    if (!undecided && (!m.element || m.relation !== null)) return m;
    const t = m.element ? topic(m.element) : '';
    if (m.element && (t === domain || EVERYWHERE.has(t))) return m;
    const cleaned = cleanLabel(m.label);
    const text = canonical(cleaned);
    // Rescue only a label that says something (类别 alone says nothing) and asks what the element answers.
    if (!m.element && text.length < 3) return m;
    const kind = m.element ? null : asks(m.label, cleaned);
    // Only an element of the topic whose name holds the label whole: the label is its short form. Such a
    // name holds every bigram of the label, so the rarest bigram's postings are all there is to look at.
    const grams = bigrams(text);
    const w = (g: string) => index.gramWeight.get(g) ?? index.maxWeight;
    const rarest = grams.reduce(
      (a, g) => ((index.postings.get(g)?.length ?? 0) < (index.postings.get(a)?.length ?? 0) ? g : a),
      grams[0],
    );
    const qWeight = grams.reduce((sum, g) => sum + w(g), 0);
    let best: Scored | null = null;
    const holders = new Set<number>();
    for (const i of index.postings.get(rarest) ?? []) {
      const e = index.entries[i];
      // A short form keeps the head of the name (安置方式 of 退役安置方式); 重新犯罪 is no short form of 重新犯罪风险评估.
      if (e.relation !== null || e.text === text || !shortFormOf(text, e.text)) continue;
      if (topic(index.elements[e.element].code) !== domain) continue;
      if (kind && fitsAsk(index, e.element, kind) < 1) continue;
      holders.add(e.element);
      const score = 0.5 + 0.38 * (qWeight / e.weight); // the label inside the name, as compare scores it
      if (!best || score > best.score) best = { element: e.element, relation: null, score };
    }
    if (!best || best.score < DOMAIN_THRESHOLD || best.score < m.score - 0.35) return m;
    // An undecided label that two elements of the topic hold (补贴金额: living or care subsidy?) stays unbound.
    if (!m.element && holders.size > 1) return m;
    const e = index.elements[best.element];
    const score = round(Math.max(best.score, MATCH_THRESHOLD));
    if (!m.element) return { ...m, element: e.code, relation: null, name: e.name, score };
    const previous = { element: m.element, relation: null, name: m.name ?? m.element, score: m.score };
    return { ...m, element: e.code, name: e.name, score, alternatives: [previous, ...m.alternatives].slice(0, 3) };
  });
}

const DOMAIN_THRESHOLD = 0.6;
