// The data dictionary as services use it: elements with their rules (type, validation, code lookups),
// loaded once and kept in memory (it changes only when the standard set is synchronised).
import type { Database } from '../../db/database.js';
import { CODE_LISTS } from './code-lists-data.js';
import type { Relation } from '#common/relations.js';
import { DATA_ELEMENTS, RETIRED_ELEMENTS, type SubjectType } from './elements-data.js';
import { sourceName } from './sources.js';
import * as repo from './dictionary-repository.js';
import { indexElements, type ExtraSynonym, type MatchIndex } from './matcher.js';
import { codeLookup, type ElementRule, type ElementType, type Validation } from './values.js';

export interface ElementView {
  code: string;
  name: string;
  synonyms: string[];
  subject: SubjectType;
  type: ElementType;
  codeList: string | null;
  validation: Validation;
  sensitivity: 'public' | 'internal' | 'personal' | 'sensitive';
  /** The authoritative source (权威来源) in force: a department kind, or 'community'. */
  ownerDepartmentKind: string;
  /** Its printed name: 民政局, 公安分局 …, 社区. */
  sourceName: string;
  /** The owner lets communities collect or correct it (collectReason says why). */
  communityCollects: boolean;
  collectReason: string | null;
  /** The latest steward's change of the source (who, when, why); null while the standard default holds. */
  sourceChange: { reason: string; by: string; at: string } | null;
  description: string;
  /** Set when the element only duplicated another for another person: bind (relation, element) instead. */
  retiredFor: { relation: Relation; element: string } | null;
}

export interface CodeListView {
  id: string;
  name: string;
  standard: string;
  items: { code: string; name: string; synonyms: string[] }[];
}

export class Dictionary {
  private loaded: {
    elements: ElementView[];
    byCode: Map<string, ElementView>;
    lists: CodeListView[];
    rules: Map<string, ElementRule>;
    index: MatchIndex;
  } | null = null;
  private extraSynonyms: readonly ExtraSynonym[] = [];

  constructor(private readonly database: Database) {}

  /** Brings the standard elements and code lists into the database (run at start). */
  async sync(): Promise<void> {
    await repo.syncDictionary(this.database.db, CODE_LISTS, DATA_ELEMENTS);
    this.loaded = null;
  }

  private async load() {
    if (this.loaded) return this.loaded;
    const [rows, lists, items, changes] = await Promise.all([
      repo.listElements(this.database.db),
      repo.listCodeLists(this.database.db),
      repo.listCodeItems(this.database.db),
      repo.sourceChanges(this.database.db),
    ]);
    // A steward's latest change is in force over the standard default (the seed's source and grant).
    const latest = new Map(changes.map((c) => [c.element_code, c]));
    const seeds = new Map(DATA_ELEMENTS.map((e) => [e.code, e]));
    const elements: ElementView[] = rows.map((r) => {
      const changed = latest.get(r.code);
      const seedReason = seeds.get(r.code)?.communityCollects ?? null;
      const owner = changed?.source_kind ?? r.owner_department_kind;
      const collects = changed ? Boolean(changed.community_collects) : seedReason !== null;
      return {
        code: r.code,
        name: r.name,
        synonyms: JSON.parse(r.synonyms) as string[],
        subject: r.subject as SubjectType,
        type: r.type as ElementType,
        codeList: r.code_list,
        validation: r.validation as Validation,
        sensitivity: r.sensitivity as ElementView['sensitivity'],
        ownerDepartmentKind: owner,
        sourceName: sourceName(owner),
        communityCollects: collects,
        collectReason: collects ? (changed ? changed.reason : seedReason) : null,
        sourceChange: changed
          ? { reason: changed.reason, by: changed.changed_by_name ?? '', at: changed.changed_at }
          : null,
        description: r.description,
        retiredFor: RETIRED_ELEMENTS.get(r.code) ?? null,
      };
    });
    const listViews: CodeListView[] = lists.map((l) => ({
      id: l.id,
      name: l.name,
      standard: l.standard,
      items: items
        .filter((i) => i.list_id === l.id)
        .map((i) => ({ code: i.code, name: i.name, synonyms: JSON.parse(i.synonyms) as string[] })),
    }));
    const lookups = new Map(listViews.map((l) => [l.id, codeLookup(l.items)]));
    const rules = new Map<string, ElementRule>(
      elements.map((e) => [
        e.code,
        {
          code: e.code,
          type: e.type,
          validation: e.validation,
          codes: e.codeList ? lookups.get(e.codeList) : undefined,
        },
      ]),
    );
    this.loaded = {
      elements,
      byCode: new Map(elements.map((e) => [e.code, e])),
      lists: listViews,
      rules,
      index: indexElements(elements, this.extraSynonyms),
    };
    return this.loaded;
  }

  async elements(): Promise<ElementView[]> {
    return (await this.load()).elements;
  }

  async element(code: string): Promise<ElementView | undefined> {
    return (await this.load()).byCode.get(code);
  }

  async codeLists(): Promise<CodeListView[]> {
    return (await this.load()).lists;
  }

  async rules(): Promise<Map<string, ElementRule>> {
    return (await this.load()).rules;
  }

  async matchIndex(): Promise<MatchIndex> {
    return (await this.load()).index;
  }

  /**
   * Wordings stewards confirmed (rows of element_synonyms(element, relation, label, by, at)): the matcher binds them
   * next time. Replaces the previous set and rebuilds the index on next use.
   */
  useStewardSynonyms(rows: readonly ExtraSynonym[]): void {
    this.extraSynonyms = rows;
    this.loaded = null;
  }

  /** Forget what was loaded (a steward changed a source): the next read loads again. */
  invalidate(): void {
    this.loaded = null;
  }

  /** Name of a code in an element's code list (for display). */
  async codeName(elementCode: string, value: string): Promise<string> {
    const { byCode, lists } = await this.load();
    const list = lists.find((l) => l.id === byCode.get(elementCode)?.codeList);
    return list?.items.find((i) => i.code === value)?.name ?? value;
  }
}
