// The roster (花名册) of community workers: people in posts, with grade, social-work certificate and
// dates. Street officers and the district's 民政 keep it; the community's workers read their own. The
// staffing table counts a community's staff from it when it has one (else from 负担监测's capacity).
import type { RosterBody, RosterQuery } from '#common/api/roster.js';
import type { RosterPost, SocialWorkCertificate } from '#common/staffing.js';
import type { Selectable } from 'kysely';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import type { StaffRosterTable } from '../../db/types.js';
import type { UploadedFile } from '../../http/multipart.js';
import { conflict, forbidden, invalid, notFound, problem, type FieldError } from '../../http/problem.js';
import { readRosterFile } from '../hub/roster-file.js';
import type { SessionUser } from '../accounts/types.js';
import type { OrgService, OrgView } from '../orgs/service.js';
import { canKeepRoster, canReadStaffing } from './policy.js';
import { rosterHeader, rosterRow } from './roster-import.js';
import * as repo from './roster-repository.js';

/** Rows a roster file may hold: a community's roster, with room to spare. */
const MAX_IMPORT_ROWS = 1000;

export interface RosterFigures {
  staff: number;
  certified: number;
  byPost: Record<RosterPost, number>;
  /** Those in post by post level and grade of the pay-grade ladder (null: not yet graded). */
  graded: { level: number | null; grade: number | null; certificate: SocialWorkCertificate; n: number }[];
}

interface Names {
  grids: Map<string, string>;
  accounts: Map<number, string>;
}

const emptyByPost = (): Record<RosterPost, number> => ({
  secretary: 0,
  director: 0,
  member: 0,
  full_time: 0,
  grid_worker: 0,
});

export class RosterService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
  ) {}

  private get db() {
    return this.database.db;
  }

  private async requireCommunity(user: SessionUser, code: string, write: boolean): Promise<OrgView> {
    const org = await this.orgs.find(code);
    if (!org) throw notFound('org_not_found', code);
    if (org.level !== 'community') throw invalid([{ field: 'code', reason: 'not_a_community' }]);
    if (!canReadStaffing(user, code)) throw forbidden('out_of_scope');
    if (write && !canKeepRoster(user, code)) throw forbidden('forbidden_role');
    return org;
  }

  private async gridNames(code: string): Promise<Map<string, string>> {
    return new Map((await this.orgs.gridsOf(code)).map((g) => [g.code, g.name]));
  }

  /** What an entry's view names besides itself: the community's grids and worker accounts. */
  private async namesOf(code: string): Promise<Names> {
    const [grids, accounts] = await Promise.all([this.gridNames(code), repo.workerAccountsOf(this.db, code)]);
    return { grids, accounts: new Map(accounts.map((a) => [a.id, a.display_name])) };
  }

  private view(r: Selectable<StaffRosterTable>, names: Names) {
    const { grids, accounts } = names;
    return {
      id: r.id,
      name: r.name,
      post: r.post as RosterPost,
      postLevel: r.post_level,
      grade: r.grade,
      certificate: r.certificate as SocialWorkCertificate,
      hiredOn: r.hired_on,
      leftOn: r.left_on,
      grid: r.grid_code ? { code: r.grid_code, name: grids.get(r.grid_code) ?? r.grid_code } : null,
      account: r.user_id ? { id: r.user_id, name: accounts.get(r.user_id) ?? String(r.user_id) } : null,
      isDemo: r.is_demo === 1,
    };
  }

  async list(user: SessionUser, code: string, q: RosterQuery) {
    const org = await this.requireCommunity(user, code, false);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const today = this.clock.today();
    const [found, names, figures] = await Promise.all([
      repo.listOf(this.db, {
        community: code,
        q: q.q?.trim() || undefined,
        ended: q.ended ?? false,
        today,
        offset: (page - 1) * pageSize,
        limit: pageSize,
      }),
      this.namesOf(code),
      this.figuresUnder(code),
    ]);
    const canEdit = canKeepRoster(user, code);
    const f = figures.get(code);
    return {
      items: found.items.map((r) => this.view(r, names)),
      total: found.total,
      page,
      pageSize,
      community: { code: org.code, name: org.name },
      canEdit,
      active: f?.staff ?? 0,
      certified: f?.certified ?? 0,
      grids: [...names.grids].map(([c, name]) => ({ code: c, name })),
      accounts: canEdit ? [...names.accounts].map(([id, name]) => ({ id, name })) : [],
    };
  }

  private checkBody(body: RosterBody, { grids, accounts }: Names): FieldError[] {
    const errors: FieldError[] = [];
    if (!body.name.trim()) errors.push({ field: 'name', reason: 'required' });
    if (body.hiredOn > this.clock.today()) errors.push({ field: 'hiredOn', reason: 'in_future' });
    if (body.gridCode && !grids.has(body.gridCode)) errors.push({ field: 'gridCode', reason: 'not_a_grid' });
    if (body.userId !== undefined && !accounts.has(body.userId))
      errors.push({ field: 'userId', reason: 'invalid_value' });
    return errors;
  }

  private row(body: RosterBody, user: SessionUser) {
    return {
      name: body.name.trim(),
      post: body.post,
      post_level: body.postLevel ?? null,
      grade: body.grade ?? null,
      certificate: body.certificate,
      hired_on: body.hiredOn,
      grid_code: body.gridCode || null,
      user_id: body.userId ?? null,
      updated_by: user.id,
      updated_at: this.clock.nowIso(),
    };
  }

  async add(user: SessionUser, code: string, body: RosterBody) {
    await this.requireCommunity(user, code, true);
    const names = await this.namesOf(code);
    const errors = this.checkBody(body, names);
    if (errors.length) throw invalid(errors);
    const id = await this.database.transaction(() =>
      repo.insertEntry(this.db, {
        ...this.row(body, user),
        community_code: code,
        district_code: code.slice(0, 6),
        left_on: null,
      }),
    );
    return this.view((await repo.findEntry(this.db, id))!, names);
  }

  private async requireEntry(code: string, id: number) {
    const r = await repo.findEntry(this.db, id);
    if (!r || r.community_code !== code) throw notFound('roster_entry_not_found');
    return r;
  }

  async edit(user: SessionUser, code: string, id: number, body: RosterBody) {
    await this.requireCommunity(user, code, true);
    const before = await this.requireEntry(code, id);
    const names = await this.namesOf(code);
    const errors = this.checkBody(body, names);
    if (before.left_on !== null && before.left_on < body.hiredOn)
      errors.push({ field: 'hiredOn', reason: 'after_leaving' });
    if (errors.length) throw invalid(errors);
    await this.database.transaction(() => repo.updateEntry(this.db, id, this.row(body, user)));
    return this.view((await repo.findEntry(this.db, id))!, names);
  }

  /** Ends a person's time in post (离岗): kept in the roster with the leaving date. */
  async end(user: SessionUser, code: string, id: number, leftOn: string) {
    await this.requireCommunity(user, code, true);
    const before = await this.requireEntry(code, id);
    if (before.left_on !== null) throw conflict('conflict', before.left_on);
    if (leftOn < before.hired_on) throw invalid([{ field: 'leftOn', reason: 'before_hiring' }]);
    await this.database.transaction(() =>
      repo.updateEntry(this.db, id, { left_on: leftOn, updated_by: user.id, updated_at: this.clock.nowIso() }),
    );
    return this.view((await repo.findEntry(this.db, id))!, await this.namesOf(code));
  }

  /**
   * A roster from a spreadsheet (XLSX, or CSV in UTF-8/GBK — the hub's readers): a dry run reads every row
   * and reports row errors; a commit writes every row in one transaction, or nothing when any row is bad.
   */
  async importFile(user: SessionUser, code: string, file: UploadedFile, commit: boolean) {
    await this.requireCommunity(user, code, true);
    const names = await this.namesOf(code);
    const ctx = { today: this.clock.today(), grids: names.grids };
    const read = await readRosterFile(file, {
      header: rosterHeader,
      row: (rowNo, cells, columns) => rosterRow(rowNo, cells, columns, ctx),
      maxRows: MAX_IMPORT_ROWS,
    });
    const { rows, errors } = read;
    const bodies = read.bodies.map((b) => b.body);
    if (rows === 0 && errors.length === 0) throw problem('dataset_empty');
    const write = commit && errors.length === 0;
    if (write)
      await this.database.transaction(async () => {
        const at = this.clock.nowIso();
        for (const b of bodies)
          await repo.insertEntry(this.db, {
            ...this.row(b, user),
            updated_at: at,
            community_code: code,
            district_code: code.slice(0, 6),
            left_on: null,
          });
      });
    return { rows, errors: errors.slice(0, 500), imported: write ? bodies.length : 0, committed: write };
  }

  /** Communities under a prefix that have anyone in post today in their roster, with their figures. */
  async figuresUnder(prefix: string): Promise<Map<string, RosterFigures>> {
    const out = new Map<string, RosterFigures>();
    for (const r of await repo.inPostUnder(this.db, prefix, this.clock.today())) {
      const f = out.get(r.community_code) ?? { staff: 0, certified: 0, byPost: emptyByPost(), graded: [] };
      const n = Number(r.n);
      f.graded.push({
        level: r.post_level,
        grade: r.grade,
        certificate: r.certificate as SocialWorkCertificate,
        n,
      });
      f.staff += n;
      if (r.certificate !== 'none') f.certified += n;
      f.byPost[r.post as RosterPost] = (f.byPost[r.post as RosterPost] ?? 0) + n;
      out.set(r.community_code, f);
    }
    return out;
  }
}
