// Collect once (一次入户): for one household, the facts every issued form still lacks about its members,
// asked once on one screen; what the worker enters becomes facts with the worker as the source, and
// every ledger that reads them is complete the next time it is generated.
import type { Database } from '../../db/database.js';
import { forbidden, invalid, notFound, type FieldError } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import { formValues } from './community-values.js';
import type { Dictionary, ElementView } from './dictionary.js';
import type { FormService } from './forms-service.js';
import { cellValue, elementsOf, matches, narrowing, type Condition, type FormColumn } from './ledger.js';
import { asksCommunity, sourceElement } from './sources.js';
import { rowHash } from './subjects-service.js';
import * as repo from './subjects-repository.js';
import { MAX_TEXT, parseCell } from './values.js';
import type { Clock } from '../../clock/clock.js';

export interface CollectField {
  subjectId: number;
  subjectName: string;
  element: string;
  name: string;
  type: string;
  options: { code: string; name: string }[];
  forms: string[];
}

export class CollectService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly dictionary: Dictionary,
    private readonly forms: FormService,
  ) {}

  private get db() {
    return this.database.db;
  }

  private async household(user: SessionUser, householdId: number) {
    const h = await repo.findSubject(this.db, householdId);
    if (!h || h.type !== 'household') throw notFound('subject_not_found');
    if (!(user.role === 'community_worker' && user.orgCode === h.community_code))
      throw forbidden(user.role === 'community_worker' ? 'out_of_scope' : 'forbidden_role');
    return h;
  }

  /**
   * Current values of some of a community's subjects, for some elements only (formValues): a household's
   * members are the residents whose household number is the household's key.
   */
  private async values(
    community: string,
    type: string,
    elements: Iterable<string>,
    q: { conditions?: Condition[]; ids?: number[] } = {},
  ) {
    const byCode = new Map((await this.dictionary.elements()).map((e) => [e.code, e]));
    const householdEl = (e: string) => byCode.get(e)?.subject === 'household';
    return formValues(this.database, {
      community,
      type,
      elements: new Set(elements),
      narrowing: narrowing(q.conditions ?? [], this.clock.today(), (e) =>
        type === 'resident' && e !== 'household_number' ? householdEl(e) : false,
      ),
      ids: q.ids,
      ownerOf: (e) => byCode.get(e)?.ownerDepartmentKind,
      isHouseholdElement: householdEl,
    });
  }

  private async membersOf(h: { community_code: string; key: string }, elements: Iterable<string> = []) {
    const all = await this.values(h.community_code, 'resident', [...elements, 'household_number'], {
      conditions: [{ element: 'household_number', op: 'eq', value: h.key }],
    });
    return all.filter((r) => r.values.household_number === h.key);
  }

  /** The one screen: every missing fact of the household and its members that some issued form needs. */
  async sheet(user: SessionUser, householdId: number) {
    const h = await this.household(user, householdId);
    const elements = await this.dictionary.elements();
    const byCode = new Map(elements.map((e) => [e.code, e]));
    const lists = new Map(
      (await this.dictionary.codeLists()).map((l) => [l.id, l.items.map((i) => ({ code: i.code, name: i.name }))]),
    );
    const forms = (await this.forms.list(user)).filter((f) => f.issuable);
    const read = (type: string) =>
      forms.filter((f) => f.subjectType === type).map((f) => elementsOf(f.columns, f.filter));
    const residents = await this.membersOf(h, ['relation_to_householder', ...read('resident').flatMap((e) => [...e])]);
    const households = await this.values(
      h.community_code,
      'household',
      read('household').flatMap((e) => [...e]),
      { ids: [h.id] },
    );
    const today = this.clock.today();
    const fields = new Map<string, CollectField>();
    for (const form of forms) {
      const subjects = form.subjectType === 'household' ? households : residents;
      const wanted = askedOfCommunity(form.columns, byCode);
      for (const s of subjects) {
        // The member is in the ledger by what the hub knows (an age, a disability grade on record).
        if (!matches(s.values, form.filter, today)) continue;
        for (const element of wanted) {
          if (cellValue(element, s.values, today) !== null) continue;
          const e = byCode.get(element)!;
          // A household fact (是否低保户) is asked once, of the household, not of each member.
          const onHousehold = e.subject === 'household' && form.subjectType === 'resident';
          const target = onHousehold ? { id: h.id, name: h.name } : { id: s.id, name: s.name };
          const key = `${target.id}:${element}`;
          const f = fields.get(key) ?? {
            subjectId: target.id,
            subjectName: target.name,
            element,
            name: e.name,
            type: e.type,
            options: e.codeList ? (lists.get(e.codeList) ?? []) : [],
            forms: [],
          };
          if (!f.forms.includes(form.title)) f.forms.push(form.title);
          fields.set(key, f);
        }
      }
    }
    const members = [];
    for (const r of residents) {
      const rel = r.values.relation_to_householder;
      members.push({
        id: r.id,
        name: r.name,
        relation: rel ? await this.dictionary.codeName('relation_to_householder', rel) : null,
      });
    }
    return { household: { id: h.id, key: h.key, name: h.name }, members, fields: [...fields.values()] };
  }

  /** How many of the worker's households have a fact some issued ledger needs and nobody holds (一次入户 to do). */
  async householdsMissing(user: SessionUser): Promise<number> {
    return (await this.pendingHouseholds(user)).size;
  }

  /**
   * The worker's households with facts to collect once, each with how many (a household fact once, a member's
   * fact per member — as the household's sheet asks them): what the 一次入户 to-do counts and lists.
   */
  async pendingHouseholds(user: SessionUser): Promise<Map<string, number>> {
    if (user.role !== 'community_worker') return new Map();
    const missing = new Map<string, Set<string>>(); // household key → its facts to collect (whose:element)
    const forms = (await this.forms.list(user)).filter((f) => f.issuable);
    const byCode = new Map((await this.dictionary.elements()).map((e) => [e.code, e]));
    const today = this.clock.today();
    for (const form of forms) {
      const wanted = askedOfCommunity(form.columns, byCode);
      // Only the subjects the form's filter may select, and only what it reads.
      const read = [...elementsOf(form.columns, form.filter), 'household_number'];
      for (const s of await this.values(user.orgCode, form.subjectType, read, { conditions: form.filter })) {
        const key = form.subjectType === 'household' ? s.key : s.values.household_number;
        if (!key || !matches(s.values, form.filter, today)) continue;
        for (const e of wanted) {
          if (cellValue(e, s.values, today) !== null) continue;
          const onHousehold = form.subjectType === 'household' || byCode.get(e)?.subject === 'household';
          const facts = missing.get(key) ?? new Set<string>();
          facts.add(`${onHousehold ? '' : s.key}:${e}`);
          missing.set(key, facts);
        }
      }
    }
    return new Map([...missing].map(([key, facts]) => [key, facts.size]));
  }

  /** Saves what the worker collected: validated like an import, one fact record per subject. */
  async save(user: SessionUser, householdId: number, entries: { subjectId: number; element: string; value: string }[]) {
    const h = await this.household(user, householdId);
    const rules = await this.dictionary.rules();
    const byCode = new Map((await this.dictionary.elements()).map((x) => [x.code, x]));
    const today = this.clock.today();
    // Only the household and its own members may be written from its screen.
    const members = new Set((await this.membersOf(h)).map((r) => r.id));
    members.add(h.id);
    const errors: FieldError[] = [];
    const bySubject = new Map<number, Record<string, string>>();
    entries.forEach((e, i) => {
      const rule = rules.get(e.element);
      if (!members.has(e.subjectId)) return errors.push({ field: `entries.${i}.subjectId`, reason: 'out_of_scope' });
      const el = byCode.get(e.element);
      if (!rule || !el) return errors.push({ field: `entries.${i}.element`, reason: 'invalid_value' });
      // The worker is not the source of a department's fact: it comes back from that department.
      if (!asksCommunity(el)) return errors.push({ field: `entries.${i}.element`, reason: 'department_owned' });
      const r = parseCell(e.value, rule, today);
      if ('reason' in r) {
        // too_long is also a generic field reason, whose message names the limit.
        const params = r.reason === 'too_long' ? { max: MAX_TEXT } : undefined;
        return errors.push({ field: `entries.${i}.value`, reason: r.reason, params });
      }
      if (r.value !== null) bySubject.set(e.subjectId, { ...(bySubject.get(e.subjectId) ?? {}), [e.element]: r.value });
      return undefined;
    });
    if (errors.length) throw invalid(errors);
    const at = this.clock.nowIso();
    const facts = [...bySubject.entries()].map(([subjectId, values]) => ({
      subjectId,
      communityCode: h.community_code,
      sourceKind: 'collector' as const,
      datasetId: null,
      importId: null,
      collectorId: user.id,
      observedAt: at,
      rowHash: rowHash(values),
      values,
    }));
    await repo.insertFacts(this.database, facts); // one bulk write: all or nothing
    return { saved: facts.reduce((n, f) => n + Object.keys(f.values).length, 0) };
  }
}

/**
 * The facts a form asks of the community on its subject's own row: another person's fact (户主姓名) is that
 * person's, asked on that person's row; 年龄 is derived; and only what the community is the source of (or was
 * granted to collect) — a department's gap is that department's to bring back (回流), never asked at the door.
 * The one-visit sheet and the to-do's count both ask this, so that they agree.
 */
function askedOfCommunity(columns: readonly FormColumn[], byCode: ReadonlyMap<string, ElementView>): string[] {
  const own = columns
    .filter((c) => !c.relation)
    .map((c) => c.element)
    .filter((e): e is string => e !== null && e !== 'age');
  return [...new Set(own)].filter((e) => {
    const el = byCode.get(sourceElement(e));
    return el !== undefined && asksCommunity(el);
  });
}
