// Derives burden events from their sources (admitted items, dispatches, inspections, apps, informal
// demands, purchased services) through burden's ports: the one path of both the projector (the sources its outbox names, after
// each write) and `burden recompute` (every source). Entered meetings and the demo history are not derived.
import type { Frequency } from '#common/admission.js';
import type { OrgService } from '../orgs/service.js';
import { historyMonths } from './accounting.js';
import {
  admittedItem,
  appEvents,
  dispatchEvents,
  informalEvents,
  inspectionEvents,
  itemEvents,
  purchaseEvents,
  sourceOfItem,
} from './derive.js';
import type { BurdenSources, SourceKind } from './ports.js';
import type * as repo from './repository.js';

export interface DeriveDeps {
  sources: BurdenSources;
  orgs: Pick<OrgService, 'communitiesUnder'>;
  /** Working days per month on the official calendar (read only when apps are derived). */
  workingDays: () => Promise<(month: string) => number>;
}

/** Which sources to derive: every one (undefined), or only the ids given per kind. */
export type Selection = Partial<Record<SourceKind, number[]>> | undefined;

export async function deriveEvents(
  deps: DeriveDeps,
  currentMonth: string,
  only?: Selection,
): Promise<repo.EventInput[]> {
  const { sources, orgs } = deps;
  const wanted = (kind: SourceKind) => !only || (only[kind]?.length ?? 0) > 0;
  const ids = (kind: SourceKind) => only?.[kind];
  const months = historyMonths(currentMonth);
  const events: repo.EventInput[] = [];

  if (wanted('admission')) {
    const amendments = await sources.admissions.amendments(ids('admission'));
    const byAdmission = new Map<number, typeof amendments>();
    for (const a of amendments) byAdmission.set(a.admission_id, [...(byAdmission.get(a.admission_id) ?? []), a]);
    const scopeCache = new Map<string, string[]>();
    const communitiesOf = async (prefixes: string[]) => {
      const key = prefixes.join(',');
      if (!scopeCache.has(key))
        scopeCache.set(
          key,
          (await orgs.communitiesUnder(prefixes)).map((c) => c.code),
        );
      return scopeCache.get(key)!;
    };
    for (const a of await sources.admissions.costed(ids('admission'))) {
      if (!sourceOfItem(a.kind)) continue;
      const codes = JSON.parse(a.scope_codes) as string[];
      const communities = await communitiesOf(a.scope_type === 'all' ? [a.jurisdiction_code] : codes);
      // Ledgers the hub generates cost what each community still fills itself.
      const cells = a.kind === 'ledger' ? await sources.ledgers.cellsToFill(a.id, communities) : null;
      events.push(...itemEvents(admittedItem(a, communities, byAdmission.get(a.id) ?? [], cells), months));
    }
  }

  if (wanted('dispatch_item'))
    events.push(
      ...dispatchEvents(
        (await sources.dispatch.items(ids('dispatch_item'))).map((d) => ({
          id: d.id,
          community: d.community_code,
          handledByOrg: d.handler_org_id !== null,
          status: d.status,
          department: d.department_code,
          sentOn: d.created_at,
          number: d.number,
          kind: d.kind,
          frequency: d.frequency as Frequency,
          minutesPerOccurrence: d.minutes_per_occurrence,
          ledgerFields: d.ledger_fields,
          ledgerRows: d.ledger_rows,
        })),
      ),
    );
  if (wanted('inspection'))
    events.push(
      ...inspectionEvents(
        (await sources.inspections.visits(ids('inspection'))).map((v) => ({
          id: v.id,
          community: v.community_code,
          department: v.department_code,
          start: v.start_date,
          hours: Number(v.hours_per_community),
          number: v.number,
        })),
      ),
    );
  if (wanted('app')) {
    const uses = await sources.apps.uses(ids('app'));
    if (uses.length)
      events.push(
        ...appEvents(
          uses.map((u) => ({
            id: u.id,
            community: u.community_code,
            department: u.department_code,
            minutesPerDay: Number(u.minutes_per_day),
            from: u.created_at,
            to: u.exited_at,
            number: u.number,
          })),
          currentMonth,
          await deps.workingDays(),
        ),
      );
  }
  if (wanted('informal'))
    events.push(
      ...informalEvents(
        (await sources.informal.demands(ids('informal'))).map((d) => ({
          id: d.id,
          community: d.community_code,
          department: d.department_code,
          occurredOn: d.occurred_on,
          minutes: Number(d.estimated_minutes),
        })),
      ),
    );
  if (wanted('purchase_contract')) {
    // 购买服务承接: each contract moves its admitted item's own events (same derivation as above) off its communities.
    const contracts = await sources.purchases.contracts(ids('purchase_contract'));
    const admissionIds = [...new Set(contracts.map((c) => c.admission_id))];
    if (admissionIds.length) {
      const costed = new Map((await sources.admissions.costed(admissionIds)).map((a) => [a.id, a]));
      const amendments = await sources.admissions.amendments(admissionIds);
      for (const c of contracts) {
        const a = costed.get(c.admission_id);
        if (!a || !sourceOfItem(a.kind)) continue;
        const communities = [...new Set(c.months.map((m) => m.community))];
        const cells = a.kind === 'ledger' ? await sources.ledgers.cellsToFill(a.id, communities) : null;
        const item = admittedItem(
          a,
          communities,
          amendments.filter((x) => x.admission_id === a.id),
          cells,
        );
        events.push(...purchaseEvents(item, c));
      }
    }
  }
  const first = months[0];
  return events.filter((e) => e.month >= first && e.month <= currentMonth);
}
