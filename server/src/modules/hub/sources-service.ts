// Stewards set an element's authoritative source (权威来源) and whether communities may collect it, with
// the reason; every change is kept (who, when, why) and the latest is in force (issue 13 §1).
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { forbidden, invalid, notFound, type FieldError } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { Dictionary, ElementView } from './dictionary.js';
import * as repo from './dictionary-repository.js';
import { SOURCE_KINDS, sourceName } from './sources.js';

export interface SourceInput {
  source: string;
  communityCollects: boolean;
  reason: string;
}

export class ElementSourceService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly dictionary: Dictionary,
  ) {}

  async change(user: SessionUser, code: string, input: SourceInput): Promise<ElementView> {
    if (user.role !== 'data_steward') throw forbidden('forbidden_role');
    if (!(await this.dictionary.element(code))) throw notFound('element_not_found', code);
    const errors: FieldError[] = [];
    if (!SOURCE_KINDS.includes(input.source)) errors.push({ field: 'source', reason: 'unknown_source' });
    const reason = input.reason.trim();
    if (!reason) errors.push({ field: 'reason', reason: 'required' });
    if (errors.length) throw invalid(errors);
    await this.database.transaction(() =>
      repo.insertSourceChange(this.database.db, {
        element: code,
        source: input.source,
        communityCollects: input.communityCollects,
        reason,
        by: user.id,
        at: this.clock.nowIso(),
      }),
    );
    this.dictionary.invalidate();
    return (await this.dictionary.element(code))!;
  }

  /** Every change of the element's source, newest first. */
  async history(code: string) {
    if (!(await this.dictionary.element(code))) throw notFound('element_not_found', code);
    const rows = await repo.sourceChanges(this.database.db, code);
    return rows.reverse().map((r) => ({
      source: r.source_kind,
      sourceName: sourceName(r.source_kind),
      communityCollects: Boolean(r.community_collects),
      reason: r.reason,
      by: r.changed_by_name ?? '',
      at: r.changed_at,
    }));
  }
}
