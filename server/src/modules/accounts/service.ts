// Accounts: login and sessions, and the admin's user management.
import crypto from 'node:crypto';
import type { Database } from '../../db/database.js';
import { classifyDbError } from '../../db/errors.js';
import { forbidden, invalid, notFound, unauthenticated, type FieldError, problem } from '../../http/problem.js';
import { isRole, type OrgLevel, type Role } from '#common/roles.js';
import { isCityOrAbove } from '#common/orgs.js';
import type { OrgService } from '../orgs/service.js';
import type { SessionUser } from './types.js';
import {
  MIN_PASSWORD_LENGTH,
  STANDARD_PASSWORD_COST,
  decoyHash,
  hashPassword,
  verifyPassword,
  type PasswordCost,
} from './password.js';
import { LoginLimiter } from './rate-limit.js';
import { adminCovers, scopeErrors } from './scope.js';
import * as repo from './repository.js';
import type { Clock } from '../../clock/clock.js';

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  orgCode: string;
  orgName: string | null;
  departmentCode: string | null;
  departmentName: string | null;
  disabled: boolean;
  isDemo: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface UserInput {
  username: string;
  displayName: string;
  password: string;
  role: string;
  orgCode: string;
  departmentCode?: string | null;
}

export type UserPatch = Partial<Pick<UserInput, 'displayName' | 'role' | 'orgCode' | 'departmentCode'>> & {
  disabled?: boolean;
};

const ABSOLUTE_SESSION_MS = 7 * 24 * 3600 * 1000;
const TOUCH_EVERY_MS = 60 * 1000;

export function toUserView(u: repo.UserWithNames): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role as Role,
    orgCode: u.org_code,
    orgName: u.org_name,
    departmentCode: u.department_code,
    departmentName: u.department_name,
    disabled: Boolean(u.disabled),
    isDemo: Boolean(u.is_demo),
    createdAt: u.created_at,
    lastLoginAt: u.last_login_at,
  };
}

/** A tried name that matches no user, kept only as its first two characters (it may be a password). */
export const maskTriedName = (name: string) => `${[...name].slice(0, 2).join('')}***`;

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

export class AccountService {
  // The clock is read at each call (lazily), so the limiter follows a pinned or moved clock.
  private readonly clockMs = () => this.clock.now().getTime();
  // Three keys: a username from one address is locked after 5 failures (so a guesser elsewhere cannot lock
  // the real user out); the username from anywhere backs off exponentially after 10 (a distributed
  // guesser is slowed, the real user waits a minute at most); one address is capped at 30 over all names.
  readonly limiter = new LoginLimiter({ maxFailures: 5, windowMs: 15 * 60 * 1000, now: this.clockMs });
  private readonly ipLimiter = new LoginLimiter({ maxFailures: 30, windowMs: 15 * 60 * 1000, now: this.clockMs });

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly orgs: OrgService,
    private readonly sessionHours: number,
    private readonly passwordCost: PasswordCost = STANDARD_PASSWORD_COST,
  ) {}

  private get db() {
    return this.database.db;
  }

  async login(username: string, password: string, clientIp: string): Promise<{ token: string; user: SessionUser }> {
    const name = username.toLowerCase();
    const pairKey = [`u:${name}@${clientIp}`];
    const userKey = `u:${name}`;
    const ipKey = [`ip:${clientIp}`];
    const wait = Math.max(
      this.limiter.retryAfter(pairKey),
      this.limiter.backoff(userKey, 10, 60),
      this.ipLimiter.retryAfter(ipKey),
    );
    if (wait > 0) throw problem('too_many_attempts', { extra: { retryAfter: wait } });
    const row = await repo.findUserByUsername(this.db, username);
    const ok = row
      ? await verifyPassword(row.password_hash, password)
      : await verifyPassword(await decoyHash(this.passwordCost), password);
    if (!row || !ok || row.disabled) {
      this.limiter.fail([...pairKey, userKey]);
      this.ipLimiter.fail(ipKey);
      await repo.insertLoginFailure(this.db, {
        username: row ? name.slice(0, 64) : maskTriedName(name),
        user_id: row?.id ?? null,
        org_code: row?.org_code ?? null,
        client_ip: clientIp,
        reason: !row ? 'unknown_user' : row.disabled ? 'disabled' : 'bad_password',
        at: this.clock.nowIso(),
      });
      throw unauthenticated('bad_credentials');
    }
    this.limiter.succeed([...pairKey, userKey]);
    const token = crypto.randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const session = {
      id: sha256(token),
      user_id: row.id,
      csrf_token: crypto.randomBytes(24).toString('base64url'),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + this.sessionHours * 3600 * 1000).toISOString(),
    };
    await repo.insertSession(this.db, session);
    await repo.updateUser(this.db, row.id, { last_login_at: session.created_at }, session.created_at);
    return { token, user: this.sessionUser(row, session.id, session.csrf_token) };
  }

  private sessionUser(
    row: {
      id: number;
      username: string;
      display_name: string;
      role: string;
      org_code: string;
      department_code: string | null;
      is_demo: number;
    },
    sessionId: string,
    csrfToken: string,
  ): SessionUser {
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role as Role,
      orgCode: row.org_code,
      departmentCode: row.department_code,
      isDemo: Boolean(row.is_demo),
      sessionId,
      csrfToken,
    };
  }

  /** The user behind a session cookie; 'expired' when the session ran out (so the UI can say so). */
  async resolveSession(token: string): Promise<SessionUser | 'expired' | null> {
    const id = sha256(token);
    const session = await repo.findSession(this.db, id);
    if (!session) return null;
    const now = this.clock.now().getTime();
    if (Date.parse(session.expires_at) <= now) {
      await repo.deleteSession(this.db, id);
      return 'expired';
    }
    const user = await repo.findUserById(this.db, session.user_id);
    if (!user || user.disabled) return null;
    if (now - Date.parse(session.last_seen_at) > TOUCH_EVERY_MS) {
      const idle = now + this.sessionHours * 3600 * 1000;
      const absolute = Date.parse(session.created_at) + ABSOLUTE_SESSION_MS;
      await repo.touchSession(
        this.db,
        id,
        new Date(now).toISOString(),
        new Date(Math.min(idle, absolute)).toISOString(),
      );
    }
    return this.sessionUser(user, id, session.csrf_token);
  }

  async logout(sessionId: string): Promise<void> {
    await repo.deleteSession(this.db, sessionId);
  }

  async me(user: SessionUser) {
    const row = await repo.findUserById(this.db, user.id);
    if (!row) throw unauthenticated();
    const org = await this.orgs.get(row.org_code);
    return {
      ...toUserView(row),
      org: { code: org.code, name: org.name, level: org.level, path: org.path },
      csrfToken: user.csrfToken,
    };
  }

  // ---- user management (admin) ----

  private requireAdmin(actor: SessionUser): void {
    if (actor.role !== 'admin') throw forbidden('forbidden_role');
  }

  /** Failed logins in the admin's org; names that match no user only for an admin of a city or above. */
  async loginFailures(actor: SessionUser, f: { username?: string; offset: number; limit: number }) {
    const [rows, count] = await repo.listLoginFailures(this.db, {
      ...f,
      within: actor.orgCode,
      unknownToo: isCityOrAbove(actor.orgCode),
    });
    return {
      items: rows.map((r) => ({
        id: Number(r.id),
        at: r.at,
        username: r.username,
        known: r.user_id !== null,
        orgCode: r.org_code,
        clientIp: r.client_ip,
        reason: r.reason,
      })),
      total: Number(count.n),
    };
  }

  async listUsers(actor: SessionUser, f: Omit<repo.UserFilter, 'within'> & { within?: string }) {
    this.requireAdmin(actor);
    const within = f.within && adminCovers(actor.orgCode, f.within) ? f.within : actor.orgCode;
    const { rows, total } = await repo.listUsers(this.database, { ...f, within });
    return { items: rows.map(toUserView), total };
  }

  async getUser(actor: SessionUser, id: number): Promise<UserView> {
    this.requireAdmin(actor);
    const row = await repo.findUserById(this.db, id);
    if (!row) throw notFound('user_not_found');
    if (!adminCovers(actor.orgCode, row.org_code)) throw forbidden('out_of_scope');
    return toUserView(row);
  }

  /** Staff bound to exactly this org (for the org profile); the caller's policy decides who may ask. */
  async staffOf(orgCode: string): Promise<UserView[]> {
    return (await repo.listUsersOfOrg(this.db, orgCode)).map(toUserView);
  }

  private async validateScope(
    role: string,
    orgCode: string,
    departmentCode: string | null | undefined,
  ): Promise<FieldError[]> {
    if (!isRole(role)) return [{ field: 'role', reason: 'invalid_value' }];
    const org = await this.orgs.find(orgCode);
    const dept = departmentCode ? await this.orgs.department(departmentCode) : undefined;
    return scopeErrors({
      role,
      org: org ? { code: org.code, level: org.level as OrgLevel } : null,
      department: departmentCode ? (dept ?? null) : undefined,
      departmentGiven: Boolean(departmentCode),
    });
  }

  async createUser(actor: SessionUser, input: UserInput, opts: { isDemo?: boolean } = {}): Promise<UserView> {
    this.requireAdmin(actor);
    return this.insertUser(actor.orgCode, input, opts);
  }

  /** Shared by the admin route and the demo seed (which has no signed-in admin). */
  async insertUser(adminOrgCode: string, input: UserInput, opts: { isDemo?: boolean } = {}): Promise<UserView> {
    const errors: FieldError[] = [];
    if (!/^[a-z0-9][a-z0-9._-]{2,39}$/.test(input.username))
      errors.push({ field: 'username', reason: 'invalid_format' });
    if (input.password.length < MIN_PASSWORD_LENGTH) {
      errors.push({ field: 'password', reason: 'too_short', params: { min: MIN_PASSWORD_LENGTH } });
    }
    if (!input.displayName.trim()) errors.push({ field: 'displayName', reason: 'required' });
    errors.push(...(await this.validateScope(input.role, input.orgCode, input.departmentCode)));
    if (!errors.some((e) => e.field === 'orgCode') && !adminCovers(adminOrgCode, input.orgCode)) {
      errors.push({ field: 'orgCode', reason: 'out_of_scope' });
    }
    if (errors.length) throw invalid(errors);
    try {
      const id = await repo.insertUser(this.db, {
        username: input.username,
        displayName: input.displayName.trim(),
        passwordHash: await hashPassword(input.password, this.passwordCost),
        role: input.role as Role, // a role: validateScope refused anything else
        orgCode: input.orgCode,
        departmentCode: input.departmentCode || null,
        isDemo: opts.isDemo,
        now: this.clock.nowIso(),
      });
      return toUserView((await repo.findUserById(this.db, id))!);
    } catch (err) {
      if (classifyDbError(err) === 'unique') throw invalid([{ field: 'username', reason: 'taken' }]);
      throw err;
    }
  }

  async updateUser(actor: SessionUser, id: number, patch: UserPatch): Promise<UserView> {
    const current = await this.getUser(actor, id);
    if (patch.disabled === true && id === actor.id) throw invalid([{ field: 'disabled', reason: 'invalid_value' }]);
    const role = patch.role ?? current.role;
    const orgCode = patch.orgCode ?? current.orgCode;
    // An empty string from a cleared form field means "no department".
    const departmentCode = patch.departmentCode !== undefined ? patch.departmentCode || null : current.departmentCode;
    const rescoped = role !== current.role || orgCode !== current.orgCode || departmentCode !== current.departmentCode;
    const errors: FieldError[] = [];
    if (patch.displayName !== undefined && !patch.displayName.trim())
      errors.push({ field: 'displayName', reason: 'required' });
    if (rescoped) {
      errors.push(...(await this.validateScope(role, orgCode, departmentCode)));
      if (!errors.some((e) => e.field === 'orgCode') && !adminCovers(actor.orgCode, orgCode)) {
        errors.push({ field: 'orgCode', reason: 'out_of_scope' });
      }
    }
    if (errors.length) throw invalid(errors);
    await this.database.transaction(async (trx) => {
      await repo.updateUser(
        trx,
        id,
        {
          ...(patch.displayName !== undefined ? { display_name: patch.displayName.trim() } : {}),
          // A role: validateScope refused anything else.
          ...(rescoped ? { role: role as Role, org_code: orgCode, department_code: departmentCode ?? null } : {}),
          ...(patch.disabled !== undefined ? { disabled: patch.disabled ? 1 : 0 } : {}),
        },
        this.clock.nowIso(),
      );
      // A new scope or a disabled account takes effect at once: its sessions end.
      if (rescoped || patch.disabled) await repo.deleteSessionsOfUser(trx, id);
    });
    return this.getUser(actor, id);
  }

  async resetPassword(actor: SessionUser, id: number, password: string): Promise<void> {
    await this.getUser(actor, id);
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw invalid([{ field: 'password', reason: 'too_short', params: { min: MIN_PASSWORD_LENGTH } }]);
    }
    await this.database.transaction(async (trx) => {
      await repo.updateUser(
        trx,
        id,
        { password_hash: await hashPassword(password, this.passwordCost) },
        this.clock.nowIso(),
      );
      await repo.deleteSessionsOfUser(trx, id);
    });
  }

  /** The user as a service sees them, without a session: for the demo seed and command-line jobs. */
  async actingAs(username: string): Promise<SessionUser> {
    const row = await repo.findUserByUsername(this.db, username);
    if (!row) throw notFound('user_not_found', username);
    return this.sessionUser(row, 'offline', '');
  }

  async userExists(username: string): Promise<boolean> {
    return Boolean(await repo.findUserByUsername(this.db, username));
  }

  async purgeExpiredSessions(): Promise<void> {
    await repo.deleteExpiredSessions(this.db, this.clock.nowIso());
  }
}
