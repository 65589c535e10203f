// 居民公约 (issue 18): the covenant a community's residents adopt, published by its 居委会 as numbered
// versions; every version stays readable by anyone, the newest is in force.
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { classifyDbError } from '../../db/errors.js';
import { forbidden, notFound, problem } from '../../http/problem.js';
import type { SessionUser } from '../accounts/types.js';
import type { OrgService } from '../orgs/service.js';
import type { CovenantBody, CovenantView } from '#common/api/deliberation.js';
import { isModerator } from './policy.js';
import * as repo from './covenant-repository.js';

export class CovenantService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
  ) {}

  private async requireCommunity(code: string) {
    const org = await this.orgs.find(code);
    if (!org || org.level !== 'community') throw notFound('org_not_found', code);
  }

  /** Every version, newest (in force) first; empty until the community publishes one. Public. */
  async versions(community: string): Promise<CovenantView[]> {
    await this.requireCommunity(community);
    return (await repo.covenantVersions(this.database.db, community)).map((r) => ({
      communityCode: r.community_code,
      version: Number(r.version),
      title: r.title,
      body: r.body,
      note: r.note,
      adoptedAt: r.adopted_at,
      isDemo: Number(r.is_demo) === 1,
    }));
  }

  /** The community's worker publishes the next version (as adopted by its residents). */
  async publish(
    user: SessionUser,
    community: string,
    body: CovenantBody,
    isDemo = false,
    at = this.clock.nowIso(),
  ): Promise<CovenantView[]> {
    if (!isModerator(user, community)) throw forbidden('out_of_scope');
    await this.requireCommunity(community);
    try {
      await this.database.transaction(async (trx) => {
        const version = (await repo.latestCovenantVersion(trx, community)) + 1;
        await repo.insertCovenant(trx, {
          community_code: community,
          version,
          title: body.title.trim(),
          body: body.body.trim(),
          note: body.note.trim(),
          adopted_by: user.id,
          adopted_at: at,
          is_demo: isDemo ? 1 : 0,
        });
      });
    } catch (e) {
      // Two workers publishing at once: the unique version refuses the second.
      if (classifyDbError(e) === 'unique') throw problem('document_version_conflict');
      throw e;
    }
    return this.versions(community);
  }
}
