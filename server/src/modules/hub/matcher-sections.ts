// The sections of a form, read over its whole label sequence. A paper form, a DOCX table or a pasted list prints
// a section's title on a line or cell of its own ("配偶情况", "监护人信息", "父亲", "被申请人信息") and the facts
// under it bare ("姓名", "身份证号", "联系电话"): whose facts they are is said once, by the title, until the next
// title or a label that names its own person. This pass rewrites such bare labels the way the upload composes a
// merged header ("配偶情况-姓名"), which the matcher already reads (matcher-rules.ts mainPart), and says which
// labels are titles. Pure: what each label means alone comes in from the matcher.
import { stripNumbering, toHalfWidth } from '../../text/normalize.js';
import {
  cleanLabel,
  headerPerson,
  isFormOnly,
  relationOfSubject,
  relationPrefix,
  relationWith,
  sealed,
  staffFills,
  SUBJECT_NAME_WORDS,
  SUBJECT_PREFIXES,
  subjectPrefix,
  unnamedPerson,
} from './matcher-rules.js';

/**
 * person: a person the vocabulary names (配偶情况, 监护人信息, 父亲 over 姓名) — its bare facts are that person's;
 * stranger: a person it does not name (帮扶人信息, the 被申请人 of a two-party form) — its bare facts are nobody's
 * we can bind; subject: the subject's own or nobody's (申请人基本信息, 家庭成员情况, 一般信息, 产权信息) — a new
 * group, whose bare facts are read as they are.
 */
export type SectionKind = 'person' | 'stranger' | 'subject';

export interface SectionReading {
  /** The labels to match: bare labels under a title composed with it ("配偶情况-姓名"), the others as printed. */
  labels: string[];
  /** A title, not a field: it binds nothing. */
  title: boolean[];
  /** A bare fact of a person the vocabulary does not name: it binds nothing. */
  stranger: boolean[];
  /**
   * Composed although the matcher reads it, alone, as a household's or a house's fact (年收入 is also a person's):
   * the person's reading holds only if the matcher finds it a fact of that person.
   */
  tentative: boolean[];
}

// Already composed by a system or the upload (就业情况-就业单位): read as it is.
const COMPOSED = /[-—－_]/;
// A section is titled after whom it is about: 配偶情况, 监护人的基本信息, 子女资料, 申请人档案.
const PERSON_TITLE = /(的)?(基本)?(情况|信息|资料|档案)$/;
// …or after what it groups (一般信息, 产权信息, 家庭基本情况); a bare 情况 is too often a fact (婚姻情况).
const GROUP_TITLE = /((的)?(基本)?(信息|资料|档案)|基本情况|概况)$/;
// 请填报父亲信息, 填写监护人信息: the prompt is not the title.
const PROMPT = /^(请)?(填报|填写|录入|登记)/;
// Someone the vocabulary does not name: 帮扶人, 经办人, 民警, 家长 (father or mother?), 工作人员.
const PERSON_NOUN = /(人|员|者|长|方|官|师|生|工|属|警|干部)$/;
// The other party of a two-party form (调解, 仲裁, 诉讼) once the 申请人 has a section of its own.
const OTHER_PARTY = /(被申请人|被调解人|对方当事人|被告|被投诉人|被举报人)$/;
const NAME = /^(姓名|名字|名称)$/;
const GROUP_ONLY = /(信息|资料|档案)$/;
const MEMBERS_TABLE = /^(共同生活的?)?(家庭)?(主要)?(家庭)?成员$/;
// The numbering of a form's parts, not of its fields (1. 姓名): 一、 （二） 第三部分.
const PART_NUMBER =
  /^\s*([一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十]+[)]|第[一二三四五六七八九十]+(部分|节))/;
// A title is short; a long cell is an instruction or a question.
const MAX_TITLE = 14;

interface Title {
  text: string;
  kind: SectionKind;
  /** The relation word that names the section's person (监护人), when it is a person the vocabulary names. */
  word: string | null;
}

const cleanOf = (label: string) => cleanLabel(label).replace(PROMPT, '');

/** The section a label opens, if it is printed as a title. `next` is the label printed after it. */
export function sectionTitle(label: string, next: string | undefined, twoParties: boolean): Title | null {
  if (COMPOSED.test(toHalfWidth(label).trim())) return null;
  const text = cleanOf(label);
  if (text.length < 2 || text.length > MAX_TITLE) return null;
  // 三、家庭情况, （二）配偶情况: a part of the form numbered as such is a title, even when it ends in 情况.
  const numbered = PART_NUMBER.test(toHalfWidth(label));
  const word = headerPerson(text);
  if (word) {
    // The role word alone (父亲, 代理人, 紧急联系人) titles a section only over a bare name; over a phone it
    // is the name column itself (监护人 | 联系电话).
    if (text === word || text === `${word}的`)
      return next && NAME.test(cleanOf(next)) ? { text, kind: 'person', word } : null;
    return PERSON_TITLE.test(text) ? { text, kind: 'person', word } : null;
  }
  // 家庭成员, 共同生活家庭成员 printed over a members' table: its rows are the members', each its own subject.
  if (MEMBERS_TABLE.test(text)) return { text, kind: 'subject', word: null };
  const tail = PERSON_TITLE.exec(text);
  if (!tail) return null;
  const head = text.slice(0, tail.index);
  if (OTHER_PARTY.test(head)) return { text, kind: twoParties ? 'stranger' : 'subject', word: null };
  if (SUBJECT_NAME_WORDS.has(head) || SUBJECT_PREFIXES.some((w) => head.endsWith(w)))
    return { text, kind: 'subject', word: null };
  if (head.length >= 2 && PERSON_NOUN.test(head)) return { text, kind: 'stranger', word: null };
  return numbered || GROUP_TITLE.test(text) ? { text, kind: 'subject', word: null } : null;
}

/**
 * The title at label i. A wording of the dictionary (法定赡养人情况 asks whether there is one) is a fact, not a
 * title — unless a bare name follows it: then it heads that person's section.
 */
function titleAt(labels: readonly string[], i: number, fact: (i: number) => boolean, twoParties: boolean) {
  const title = sectionTitle(labels[i], labels[i + 1], twoParties);
  // 户籍信息, 联系人资料 printed on their own head what follows; a fact is asked as 户籍, 户籍地址.
  if (!title || !fact(i) || (title.kind === 'subject' && GROUP_ONLY.test(title.text))) return title;
  const next = labels[i + 1];
  return title.word && next !== undefined && NAME.test(cleanOf(next)) ? title : null;
}

/** A label that names whose fact it is: 父亲姓名, 申请人电话, 与监护人关系, 帮扶人姓名. */
function namesItsPerson(cleaned: string): boolean {
  // 工作单位, 单位地址 name an organisation: the employer of whoever the section is about.
  const rel = relationPrefix(cleaned);
  return (
    (rel !== null && rel.relation !== 'employer') ||
    relationOfSubject(cleaned) !== null ||
    relationWith(cleaned) !== null ||
    subjectPrefix(cleaned) !== null ||
    unnamedPerson(cleaned)
  );
}

/**
 * What label i is, read alone: nothing the matcher knows, a fact any person on a form is asked (name, identity,
 * contact, work, income …), a household's or a house's fact, or a fact of the form's topic (失能等级, 残疾类别).
 */
export type AloneReading = 'unknown' | 'common' | 'household' | 'topic';

/**
 * Reads the sections of a form. `alone(i)` says what label i is when read alone; `fact(i)` whether it is itself
 * a fact of the dictionary, word for word: then it is no title.
 */
export function readSections(
  labels: readonly string[],
  alone: (i: number) => AloneReading,
  fact: (i: number) => boolean,
): SectionReading {
  const out: SectionReading = {
    labels: [...labels],
    title: labels.map(() => false),
    stranger: labels.map(() => false),
    tentative: labels.map(() => false),
  };
  const cleaned = labels.map(cleanOf);
  const twoParties = cleaned.some((c) => c.startsWith('申请人') || c.startsWith('申请方'));
  for (let i = 0; i < labels.length; i++) {
    const title = titleAt(labels, i, fact, twoParties);
    if (!title) continue;
    const relation = title.word ? relationPrefix(title.word)?.relation : null;
    const joined: number[] = [];
    let own = 0; // labels of the section that name its person themselves (父亲信息 | 父亲姓名)
    let j = i + 1;
    for (; j < labels.length; j++) {
      if (titleAt(labels, j, fact, twoParties)) break;
      const c = cleaned[j];
      const raw = labels[j];
      if (!c || COMPOSED.test(toHalfWidth(raw).trim())) continue;
      if (isFormOnly(c, raw) || sealed(raw) || staffFills(raw)) continue;
      if (namesItsPerson(c)) {
        // 父亲姓名 in the father's section is his; any other person ends the section.
        if (relation && relationPrefix(c)?.relation === relation) {
          own++;
          continue;
        }
        break;
      }
      const reading = alone(j);
      if (title.kind === 'subject') joined.push(j);
      // Another person's block is the facts any person is asked; once the form asks its topic's facts again
      // (紧急联系人 | 姓名 | 电话 | 失能等级) it is back to the subject.
      else if (reading === 'topic') break;
      // A household's or a house's fact is tried as the person's (年收入) and stays as it is when the person
      // cannot have it (家庭人口); a stranger's facts are nobody's we can bind.
      else {
        joined.push(j);
        out.tentative[j] = title.kind === 'person' && reading === 'household';
      }
    }
    if (joined.length === 0 && own === 0) continue;
    out.title[i] = true;
    for (const k of joined) {
      if (title.kind === 'stranger') out.stranger[k] = true;
      else out.labels[k] = `${title.text}-${stripNumbering(toHalfWidth(labels[k]).trim())}`;
    }
    i = j - 1;
  }
  return out;
}
