// The registry of government apps, mini-programs, public accounts and work groups that communities are
// required to use: filed under an admission number, barred when they carry prohibited features,
// marked as zombies when unused, and counted per community.
import type { AppType, ProhibitedFeature } from '#common/dispatch.js';
import { codeWithin } from '#common/roles.js';
import type { Database } from '../../db/database.js';
import { forbidden, invalid, notFound, type FieldError, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { AdmissionService } from '../admission/service.js';
import { isValidDate } from '../calendar/workdays.js';
import { inAdmissionScope } from '../admission/usable.js';
import type { BurdenOutbox } from '../burden/ports.js';
import type { OrgService } from '../orgs/service.js';
import { appListScope, appRights, canRegisterApp, canSeeCommunityApps } from './policy.js';
import * as repo from './repository.js';
import { appStatus, barred } from './rules.js';
import type { Clock } from '../../clock/clock.js';
import { chinaDate } from '#common/dates.js';

export interface AppInput {
  name: string;
  type: AppType;
  admissionId: number;
  purpose?: string;
  minutesPerDay: number;
  expiryDate: string;
  features: ProhibitedFeature[];
  targets: { type: 'all' | 'streets' | 'communities'; codes: string[] };
}

export class AppRegistryService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly admissions: AdmissionService,
    private readonly burdenOutbox: BurdenOutbox,
  ) {}

  private get db() {
    return this.database.db;
  }

  async register(
    user: SessionUser,
    input: AppInput,
    // `at`: when it was registered, for apps recorded after the fact (the demo); defaults to now.
    opts: { isDemo?: boolean; lastUsedOn?: string; today?: string; at?: string } = {},
  ) {
    if (!canRegisterApp(user)) throw forbidden('forbidden_role');
    // 打卡、排名、强制装机、截图留痕、在线时长: any of them and the app cannot be admitted at all.
    if (barred(input.features)) {
      throw problem('prohibited_features', {
        fields: [{ field: 'features', reason: 'invalid_value' }],
        extra: {
          features: input.features,
        },
      });
    }
    const today = opts.today ?? (opts.at ? chinaDate(opts.at) : this.clock.today());
    const admission = await this.admissions.requireUsable(input.admissionId, user.departmentCode, today, 'app');
    const errors: FieldError[] = [];
    if (!input.name.trim()) errors.push({ field: 'name', reason: 'required' });
    if (!isValidDate(input.expiryDate)) errors.push({ field: 'expiryDate', reason: 'invalid_date' });
    else if (input.expiryDate > admission.expiryDate)
      errors.push({ field: 'expiryDate', reason: 'after_admission_expiry', params: { expiry: admission.expiryDate } });
    if (errors.length) throw invalid(errors);
    const jurisdiction = admission.jurisdiction.code;
    const prefixes =
      input.targets.type === 'all' ? [jurisdiction] : input.targets.codes.filter((c) => codeWithin(c, jurisdiction));
    const communities = (await this.orgs.communitiesUnder(prefixes)).map((c) => c.code);
    const inScope = communities.filter((c) => inAdmissionScope(admission.scope, jurisdiction, c));
    if (
      input.targets.type !== 'all' &&
      (inScope.length < communities.length || prefixes.length < input.targets.codes.length)
    ) {
      throw problem('outside_admission_scope');
    }
    if (inScope.length === 0) throw invalid([{ field: 'targets', reason: 'no_targets' }]);
    const at = opts.at ?? this.clock.nowIso();
    const id = await this.database.transaction(async (trx) => {
      const appId = await repo.insertApp(trx, {
        district: jurisdiction.slice(0, 6),
        name: input.name.trim(),
        type: input.type,
        departmentCode: user.departmentCode!,
        admissionId: admission.id,
        purpose: input.purpose?.trim() ?? '',
        minutesPerDay: input.minutesPerDay,
        expiryDate: input.expiryDate,
        lastUsedOn: opts.lastUsedOn ?? today,
        communities: inScope,
        createdBy: user.id,
        at,
        isDemo: opts.isDemo,
      });
      // Its minutes on every working day, in each community, from today on (burden's projector).
      await this.burdenOutbox.changed('app', [appId]);
      return appId;
    });
    return this.view((await repo.findApp(this.db, id))!, today);
  }

  private view(a: repo.AppRow, today: string) {
    return {
      id: a.id,
      name: a.name,
      type: a.type as AppType,
      department: { code: a.department_code, name: a.department_name },
      admissionNumber: a.admission_number ?? '',
      purpose: a.purpose,
      minutesPerDay: Number(a.minutes_per_day),
      expiryDate: a.expiry_date,
      lastUsedOn: a.last_used_on,
      status: appStatus({ status: a.status, expiryDate: a.expiry_date, lastUsedOn: a.last_used_on }, today),
      communityCount: Number(a.community_count ?? 0),
      exitedAt: a.exited_at,
      exitReason: a.exit_reason,
    };
  }

  async list(user: SessionUser) {
    const filter = appListScope(user);
    if (!filter) throw forbidden('forbidden_role');
    const today = this.clock.today();
    return (await repo.listApps(this.database, filter)).map((a) => this.view(a, today));
  }

  /** The apps a community must use and the minutes a day they cost it. */
  async ofCommunity(user: SessionUser, community: string) {
    const org = await this.orgs.require(community);
    if (org.level !== 'community') throw notFound('org_not_found', community);
    if (!canSeeCommunityApps(user, community)) throw forbidden('out_of_scope');
    const today = this.clock.today();
    const items = (await repo.appsOfCommunity(this.db, community)).map((a) => this.view(a, today));
    const live = items.filter((i) => i.status === 'active' || i.status === 'zombie');
    return {
      community: { code: org.code, name: org.name },
      items,
      counts: { total: live.length, zombie: live.filter((i) => i.status === 'zombie').length },
      minutesPerDay: live.reduce((n, i) => n + i.minutesPerDay, 0),
    };
  }

  private async load(user: SessionUser, id: number) {
    const a = await repo.findApp(this.db, id);
    if (!a) throw notFound('app_not_found');
    const { owner, reviewer } = appRights(user, a);
    if (!owner && !reviewer) throw forbidden('out_of_scope');
    return { a, owner };
  }

  /** The owner records that the app is still in use (a zombie comes back to life). */
  async markUsed(user: SessionUser, id: number) {
    const { a, owner } = await this.load(user, id);
    if (!owner) throw forbidden('forbidden_role');
    if (a.status === 'exited') throw problem('illegal_transition');
    await repo.updateApp(this.db, id, { last_used_on: this.clock.today() });
    return this.view((await repo.findApp(this.db, id))!, this.clock.today());
  }

  /** Exit: the owner or a reviewer retires an app or group; communities are freed from it. */
  async exit(user: SessionUser, id: number, reason: string, opts: { at?: string } = {}) {
    const { a } = await this.load(user, id);
    if (a.status === 'exited') throw problem('illegal_transition');
    if (!reason.trim()) throw invalid([{ field: 'reason', reason: 'required' }]);
    const at = opts.at ?? this.clock.nowIso();
    if (opts.at && at < a.created_at) throw invalid([{ field: 'at', reason: 'invalid_value' }]);
    await this.database.transaction(async (trx) => {
      await repo.updateApp(trx, id, { status: 'exited', exited_at: at, exit_reason: reason.trim() });
      // Its burden stops with the month it exits.
      await this.burdenOutbox.changed('app', [id]);
    });
    return this.view((await repo.findApp(this.db, id))!, this.clock.today());
  }
}
