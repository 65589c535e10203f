// Learning from stewards: a data steward's correction of a binding keeps the label as a wording of that
// (relation, element) — or of nothing, for a form-only field — so the same wording binds next time. A
// department's correction, and a label the matcher bound with low confidence, wait in the steward's queue.
import { isRelation, type Relation } from '#common/relations.js';
import type { Database } from '../../db/database.js';
import { forbidden, invalid, notFound, type FieldError } from '../../http/problem.js';
import type { Clock } from '../../clock/clock.js';
import type { SessionUser } from '../accounts/types.js';
import type { Dictionary } from './dictionary.js';
import { matchLabels, teachesWording, type LabelMatch, type MatchOptions } from './matcher.js';
import { canonical, cleanLabel } from './matcher-rules.js';
import * as repo from './synonyms-repository.js';

/** A binding below this score goes to the review queue. */
export const REVIEW_BELOW = 0.85;
/** An unbound label whose best candidate scores this much is queued too (it nearly bound). */
const NEARLY = 0.6;

export const labelKey = (label: string) => canonical(cleanLabel(label));

export interface Correction {
  label: string;
  element: string | null;
  relation: Relation | null;
}

export class SynonymService {
  private formOnly: Set<string> | null = null;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly dictionary: Dictionary,
  ) {}

  private get db() {
    return this.database.db;
  }

  /** Gives the matcher the confirmed wordings (once, and again after every change). */
  private async ready(): Promise<Set<string>> {
    if (this.formOnly) return this.formOnly;
    const rows = await repo.confirmed(this.db);
    this.dictionary.useStewardSynonyms(
      rows
        .filter((r) => r.element_code)
        .map((r) => ({
          element: r.element_code!,
          relation: isRelation(r.relation) ? r.relation : null,
          label: r.label,
        })),
    );
    this.formOnly = new Set(rows.filter((r) => !r.element_code).map((r) => r.label_key));
    return this.formOnly;
  }

  private reload() {
    this.formOnly = null;
  }

  /** The matcher with stewards' wordings: confirmed bindings win, confirmed form-only labels stay unbound. */
  async match(labels: readonly string[], options: MatchOptions = {}): Promise<LabelMatch[]> {
    const formOnly = await this.ready();
    const found = matchLabels(labels, await this.dictionary.matchIndex(), options);
    return found.map((m) =>
      formOnly.has(labelKey(m.label)) ? { ...m, element: null, relation: null, name: null, score: 1 } : m,
    );
  }

  /** Queues the labels of a template the matcher was unsure of; a queued wording seen again counts up. */
  async queueUnsure(found: readonly LabelMatch[]): Promise<void> {
    const keys = new Map<string, LabelMatch>();
    for (const m of found) {
      const key = labelKey(m.label);
      if (key && !keys.has(key)) keys.set(key, m);
    }
    if (keys.size === 0) return;
    await this.database.transaction(async (trx) => {
      const existing = await repo.byKeys(trx, [...keys.keys()]);
      await repo.seenAgain(
        trx,
        existing.filter((r) => r.status === 'pending').map((r) => r.id),
      );
      const known = new Set(existing.map((r) => r.label_key));
      for (const [key, m] of keys) {
        const unsure = m.element ? m.score < REVIEW_BELOW : (m.alternatives[0]?.score ?? 0) >= NEARLY;
        if (known.has(key) || !unsure) continue;
        const best = m.element ? m : m.alternatives[0];
        await repo.insert(trx, {
          label: cleanLabel(m.label),
          label_key: key,
          status: 'pending',
          element_code: best?.element ?? null,
          relation: best?.relation ?? null,
          score: m.element ? m.score : (m.alternatives[0]?.score ?? null),
          origin: 'matcher',
          proposed_by: null,
          proposed_at: this.clock.nowIso(),
        });
      }
    });
  }

  private async check(corrections: readonly Correction[]) {
    const codes = new Set((await this.dictionary.elements()).filter((e) => !e.retiredFor).map((e) => e.code));
    const errors: FieldError[] = [];
    corrections.forEach((c, i) => {
      if (!labelKey(c.label)) errors.push({ field: `corrections.${i}.label`, reason: 'required' });
      if (c.element !== null && !codes.has(c.element))
        errors.push({ field: `corrections.${i}.element`, reason: 'invalid_value' });
      if (c.element === null && c.relation !== null)
        errors.push({ field: `corrections.${i}.relation`, reason: 'invalid_value' });
    });
    if (errors.length) throw invalid(errors);
  }

  /**
   * Bindings a person changed from what the matcher proposed. A data steward's are in force at once; a
   * department's wait for a steward (they are shared by every department's forms). A correction that only reads
   * the form (the dictionary's 联系电话 as the guardian's, or as nobody's) stays on the form and teaches nothing.
   */
  async correct(user: SessionUser, all: readonly Correction[]) {
    if (user.role !== 'data_steward' && user.role !== 'department_officer') throw forbidden('forbidden_role');
    await this.check(all);
    const index = await this.dictionary.matchIndex();
    const corrections = all.filter((c) => teachesWording(index, c.label));
    const readings = all.length - corrections.length;
    const steward = user.role === 'data_steward';
    const now = this.clock.nowIso();
    let confirmed = 0;
    let queued = 0;
    await this.database.transaction(async (trx) => {
      const byKey = new Map(
        (
          await repo.byKeys(
            trx,
            corrections.map((c) => labelKey(c.label)),
          )
        ).map((r) => [r.label_key, r]),
      );
      for (const c of corrections) {
        const key = labelKey(c.label);
        const binding = { element_code: c.element, relation: c.element ? c.relation : null };
        const row = byKey.get(key);
        if (steward) {
          const decided = { ...binding, status: 'confirmed' as const, decided_by: user.id, decided_at: now };
          if (row) await repo.update(trx, row.id, decided);
          else
            await repo.insert(trx, {
              label: cleanLabel(c.label),
              label_key: key,
              ...decided,
              score: null,
              origin: 'correction',
              proposed_by: user.id,
              proposed_at: now,
            });
          confirmed++;
        } else {
          // A confirmed wording stands until a steward changes it; a department only proposes.
          if (row?.status === 'confirmed') continue;
          const proposal = { ...binding, status: 'pending' as const, origin: 'correction' as const, score: null };
          if (row) await repo.update(trx, row.id, { ...proposal, proposed_by: user.id, proposed_at: now });
          else
            await repo.insert(trx, {
              label: cleanLabel(c.label),
              label_key: key,
              ...proposal,
              proposed_by: user.id,
              proposed_at: now,
            });
          byKey.set(key, { ...(row ?? ({} as repo.SynonymRow)), label_key: key, status: 'pending' });
          queued++;
        }
      }
    });
    if (confirmed) this.reload();
    return { confirmed, queued, readings };
  }

  /** The review queue (or the confirmed wordings), busiest first, searchable. Data stewards only. */
  async list(user: SessionUser, q: { status?: 'pending' | 'confirmed'; q?: string; page: number; pageSize: number }) {
    if (user.role !== 'data_steward') throw forbidden('forbidden_role');
    const { total, rows } = await repo.page(this.db, {
      status: q.status ?? 'pending',
      search: q.q?.trim() || undefined,
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    const names = new Map((await this.dictionary.elements()).map((e) => [e.code, e.name]));
    return {
      items: rows.map((r) => ({
        id: r.id,
        label: r.label,
        status: r.status,
        element: r.element_code,
        elementName: r.element_code ? (names.get(r.element_code) ?? r.element_code) : null,
        relation: isRelation(r.relation) ? r.relation : null,
        score: r.score === null ? null : Number(r.score),
        origin: r.origin,
        proposedBy: r.proposed_by_name,
        proposedAt: r.proposed_at,
        decidedBy: r.decided_by_name,
        decidedAt: r.decided_at,
        seen: Number(r.seen),
      })),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  /** A steward's decision on a queued label: accept the proposal, bind it elsewhere, or mark it form-only. */
  async decide(
    user: SessionUser,
    id: number,
    d: { action: 'accept' | 'rebind' | 'form_only'; element?: string; relation?: Relation | null },
  ) {
    if (user.role !== 'data_steward') throw forbidden('forbidden_role');
    const row = await repo.byId(this.db, id);
    if (!row) throw notFound('synonym_not_found');
    let binding: { element_code: string | null; relation: string | null };
    if (d.action === 'form_only') binding = { element_code: null, relation: null };
    else if (d.action === 'accept') binding = { element_code: row.element_code, relation: row.relation };
    else {
      if (!d.element) throw invalid([{ field: 'element', reason: 'required' }]);
      await this.check([{ label: row.label, element: d.element, relation: d.relation ?? null }]);
      binding = { element_code: d.element, relation: d.relation ?? null };
    }
    await repo.update(this.db, id, {
      ...binding,
      status: 'confirmed',
      decided_by: user.id,
      decided_at: this.clock.nowIso(),
    });
    this.reload();
  }
}
