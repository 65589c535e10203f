// 政府购买服务指导性目录 (issue 19, part B): per jurisdiction, the items that may be delivered by purchased
// service, linked to the jurisdiction's 社区工作事项清单 item where one matches. Stewards, streets and
// departments of the jurisdiction keep it; anyone reads it. The admission pre-check (费随事转) counts a
// purchased-service budget as funding only for an item of the 目录 of the admission's jurisdiction or above.
import { IN_FORCE_STATUSES, OPEN_STATUSES } from '#common/admission.js';
import type { CatalogueItemBody, CatalogueItemView } from '#common/api/purchasing-catalogue.js';
import type { ServiceArea } from '#common/purchasing.js';
import type { Selectable } from 'kysely';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { classifyDbError } from '../../db/errors.js';
import type { PurchaseCatalogueItemTable } from '../../db/types.js';
import { forbidden, invalid, notFound, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { PurchaseCatalogueSource } from '../admission/ports.js';
import type { CatalogueService } from '../catalogue/service.js';
import { ancestorCodes, type OrgService } from '../orgs/service.js';
import * as repo from './catalogue-repository.js';
import { canRegisterOrg } from './policy.js';

type ItemRow = Selectable<PurchaseCatalogueItemTable>;

/** Who keeps a jurisdiction's 目录: who registers its organisations (stewards, departments, streets, admins). */
export const canKeepCatalogue = canRegisterOrg;

/** Admissions whose purchased-service budget counts for an item: applied for or in force. */
const COUNTED = [...OPEN_STATUSES.filter((s) => s !== 'draft'), ...IN_FORCE_STATUSES];

export class PurchaseCatalogueService implements PurchaseCatalogueSource {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly catalogue: CatalogueService,
  ) {}

  private get db() {
    return this.database.db;
  }

  /** The admission port: items of the jurisdiction's 目录 and of those above it. */
  async itemsFor(jurisdiction: string): Promise<{ id: number; name: string }[]> {
    return (await repo.itemsOf(this.db, [...ancestorCodes(jurisdiction), jurisdiction])).map((r) => ({
      id: r.id,
      name: r.name,
    }));
  }

  /** The 清单 item a code names in the jurisdiction's published list (codes are shown "蜀山区 X01"). */
  private async listed(jurisdiction: string) {
    const work = await this.catalogue.listedWork(jurisdiction);
    return (code: string) => work.find((w) => w.code === code || w.code.endsWith(` ${code}`));
  }

  private async views(rows: ItemRow[]): Promise<CatalogueItemView[]> {
    const names = new Map(
      (await this.orgs.findMany([...new Set(rows.map((r) => r.jurisdiction_code))])).map((o) => [o.code, o.name]),
    );
    const uses = await repo.admissionsOfItems(
      this.db,
      rows.map((r) => r.id),
      COUNTED,
    );
    const finders = new Map<string, Awaited<ReturnType<PurchaseCatalogueService['listed']>>>();
    const out: CatalogueItemView[] = [];
    for (const r of rows) {
      let find = finders.get(r.jurisdiction_code);
      if (!find) finders.set(r.jurisdiction_code, (find = await this.listed(r.jurisdiction_code)));
      const match = r.catalogue_code ? find(r.catalogue_code) : undefined;
      const mine = uses.filter((u) => Number(u.purchased_item_id) === r.id);
      out.push({
        id: r.id,
        jurisdiction: { code: r.jurisdiction_code, name: names.get(r.jurisdiction_code) ?? r.jurisdiction_code },
        name: r.name,
        description: r.description,
        serviceArea: r.service_area as ServiceArea | null,
        catalogueItem: r.catalogue_code ? { code: r.catalogue_code, name: match?.name ?? '' } : null,
        admissions: mine.length,
        budgetYuan: mine.reduce((n, u) => n + Number(u.purchased_budget_yuan ?? 0), 0),
        createdAt: r.created_at,
      });
    }
    return out;
  }

  /** Anyone: the 目录 that applies in a jurisdiction (its own items and those of the jurisdictions above). */
  async list(jurisdiction: string) {
    const o = await this.orgs.find(jurisdiction);
    if (!o) throw notFound('org_not_found', jurisdiction);
    const rows = await repo.itemsOf(this.db, [...ancestorCodes(jurisdiction), jurisdiction]);
    return { jurisdiction: { code: o.code, name: o.name }, items: await this.views(rows) };
  }

  async add(user: SessionUser, body: CatalogueItemBody, opts: { isDemo?: boolean } = {}): Promise<CatalogueItemView> {
    if (!canKeepCatalogue(user, body.jurisdictionCode)) throw forbidden('out_of_scope');
    if (!(await this.orgs.find(body.jurisdictionCode)))
      throw invalid([{ field: 'jurisdictionCode', reason: 'unknown_org' }]);
    const name = body.name.trim();
    const code = body.catalogueCode?.trim() || null;
    if (code && !(await this.listed(body.jurisdictionCode))(code))
      throw invalid([{ field: 'catalogueCode', reason: 'invalid_value' }]);
    if (await repo.itemByName(this.db, body.jurisdictionCode, name)) throw problem('purchase_item_taken');
    let id: number;
    try {
      id = await this.database.transaction(() =>
        repo.insertItem(this.db, {
          jurisdiction_code: body.jurisdictionCode,
          name,
          description: body.description?.trim() ?? '',
          service_area: body.serviceArea ?? null,
          catalogue_code: code,
          created_by: user.id,
          created_at: this.clock.nowIso(),
          withdrawn_at: null,
          is_demo: opts.isDemo ? 1 : 0,
        }),
      );
    } catch (e) {
      if (classifyDbError(e) === 'unique') throw problem('purchase_item_taken');
      throw e;
    }
    return (await this.views([(await repo.findItem(this.db, id))!]))[0];
  }

  /** Takes an item out of the 目录: new applications may no longer name it (those that did keep it). */
  async withdraw(user: SessionUser, id: number): Promise<void> {
    const item = await repo.findItem(this.db, id);
    if (!item || item.withdrawn_at) throw notFound('purchase_item_not_found', String(id));
    if (!canKeepCatalogue(user, item.jurisdiction_code)) throw forbidden('out_of_scope');
    await this.database.transaction(() => repo.withdrawItem(this.db, id, this.clock.nowIso()));
  }
}
