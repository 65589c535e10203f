// This module's side of burden monitoring's ports (burden/ports.ts): per contract, the admitted item it takes
// off its communities and, month by month, the share of the month its term covers and how far delivery kept
// up (shift.ts). Reads only; the clock gives today (the current month's delivery so far).
import type { ActivityKind, IndicatorBasis } from '#common/purchasing.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import type { PurchaseBurdenSource } from '../burden/ports.js';
import * as repo from './repository.js';
import { monthlyDelivery } from './shift.js';

export function purchaseBurdenSource(database: Database, clock: Clock): PurchaseBurdenSource {
  return {
    async contracts(ids) {
      const db = database.db;
      const rows = await repo.contractsByIds(db, ids);
      const all = rows.map((r) => r.id);
      const [indicators, facts, earlier] = await Promise.all([
        repo.indicatorsOf(db, all),
        repo.activityFactsOf(db, all),
        repo.earlierContracts(db, rows),
      ]);
      const today = clock.today();
      return rows.map((r) => ({
        id: r.id,
        admission_id: r.admission_id,
        months: monthlyDelivery(
          indicators
            .filter((i) => i.contract_id === r.id)
            .map((i) => ({
              name: i.name,
              activityKind: i.activity_kind as ActivityKind,
              basis: i.basis as IndicatorBasis,
              target: i.target,
              beneficiaries: i.beneficiaries,
            })),
          facts
            .filter((f) => f.contract_id === r.id)
            .map((f) => ({
              kind: f.kind as ActivityKind,
              heldOn: f.held_on,
              beneficiaries: Number(f.beneficiaries),
              community: f.community_code,
            })),
          { startDate: r.start_date, endDate: r.end_date },
          today,
          JSON.parse(r.communities) as string[],
          earlier(r),
        ),
      }));
    },
  };
}
