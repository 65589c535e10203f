// Accounts, sessions and user administration, each test with its own accounts in its own small district
// of 试验市 (builders).
import { expect, it } from 'vitest';
import { describeEachDatabase, Agent, type TestEnv } from '../../testing/harness.js';
import { TEST_PASSWORD, TEST_PROVINCE, TEST_CITY } from '../../testing/builders.js';

const login = (env: TestEnv, username: string, password = TEST_PASSWORD) =>
  env.anon.post('/api/v1/auth/login', { username, password });

/** A login from a given client address (the throttle keys on it). */
const loginFrom = (env: TestEnv, ip: string, username: string, password: string) =>
  env.app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: ip, payload: { username, password } });

describeEachDatabase(
  'accounts and sessions',
  (env) => {
    it('logs a worker in and tells who and where they are', async () => {
      const d = await env().build.district();
      const { username, agent } = await env().build.worker(d.communities[0], '陈晓雯');
      const me = (await agent.get('/api/v1/auth/me')).json();
      expect(me).toMatchObject({
        username,
        displayName: '陈晓雯',
        role: 'community_worker',
        orgCode: d.communities[0],
        isDemo: false,
      });
      expect(me.org).toMatchObject({ name: '翠竹社区', level: 'community' });
      expect(me.org.path.map((p: { name: string }) => p.name)).toEqual([
        TEST_PROVINCE.name,
        TEST_CITY.name,
        d.name,
        d.streets[0].name,
      ]);
      expect(me).not.toHaveProperty('passwordHash');
    });

    it('sets an httpOnly, SameSite=Lax session cookie', async () => {
      const d = await env().build.district();
      const { username } = await env().build.streetOfficer(d.streets[0].code);
      const res = await login(env(), username);
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'jianfu_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    });

    it('answers a bad password and an unknown user alike, without saying which', async () => {
      const { username } = await env().build.admin();
      const wrong = await login(env(), username, 'not-the-password');
      const unknown = await login(env(), 'nobody.here', 'not-the-password');
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json().code).toBe('bad_credentials');
      expect(unknown.json().code).toBe('bad_credentials');
      expect(wrong.json().title).toBe(unknown.json().title);
    });

    it('throttles repeated failed logins for a username with 429 and Retry-After', async () => {
      const d = await env().build.district();
      const { username } = await env().build.worker(d.communities[1]);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await login(env(), username, `guess-${i}`)).statusCode);
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      const blocked = await login(env(), username);
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.json().code).toBe('too_many_attempts');
    });

    it('locks a name out only from the guessing address, says how long, and lets the real user in elsewhere', async () => {
      const d = await env().build.district();
      const { username } = await env().build.worker(d.communities[1]);
      const from = (ip: string, password: string) => loginFrom(env(), ip, username, password);
      for (let i = 0; i < 5; i++) expect((await from('203.0.113.7', `guess-${i}`)).statusCode).toBe(401);
      const blocked = await from('203.0.113.7', TEST_PASSWORD);
      expect(blocked.statusCode).toBe(429);
      const wait = Number(blocked.headers['retry-after']);
      expect(blocked.json().title).toBe(`登录尝试过多，请 ${wait} 秒后再试`);
      // The real user, at her own desk, is not locked out by someone else's guessing.
      expect((await from('198.51.100.20', TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('slows a guesser spread over many addresses, without locking the name for the whole window', async () => {
      const d = await env().build.district();
      const { username } = await env().build.worker(d.communities[2]);
      const from = (ip: string, password: string) => loginFrom(env(), ip, username, password);
      for (let i = 0; i < 10; i++) expect((await from(`192.0.2.${i + 1}`, `guess-${i}`)).statusCode).toBe(401);
      const slowed = await from('192.0.2.99', TEST_PASSWORD);
      expect(slowed.statusCode).toBe(429);
      expect(Number(slowed.headers['retry-after'])).toBeLessThanOrEqual(60);
      env().clock.advance(61_000);
      expect((await from('192.0.2.99', TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('shows an admin the failed logins of its own district, and unknown names only masked to the city', async () => {
      const d = await env().build.district();
      const other = await env().build.district();
      const mine = await env().build.worker(d.communities[0]);
      const theirs = await env().build.worker(other.communities[0]);
      await login(env(), mine.username, 'wrong-1');
      await login(env(), theirs.username, 'wrong-2');
      await login(env(), 'mypassword123', 'x'); // a password typed into the name field
      const districtAdmin = await env().build.districtAdmin(d);
      const seen = (await districtAdmin.agent.get('/api/v1/users/login-failures?pageSize=100')).json();
      const names = seen.items.map((i: { username: string }) => i.username);
      expect(names).toContain(mine.username);
      expect(names).not.toContain(theirs.username);
      expect(names.some((n: string) => n.startsWith('my'))).toBe(false);
      expect(seen.items.find((i: { username: string }) => i.username === mine.username)).toMatchObject({
        known: true,
        reason: 'bad_password',
        clientIp: expect.any(String),
      });
      const city = (await (await env().build.admin()).agent.get('/api/v1/users/login-failures?pageSize=100')).json();
      const cityNames = city.items.map((i: { username: string }) => i.username);
      expect(cityNames).toContain('my***');
      expect(cityNames).not.toContain('mypassword123');
      expect((await mine.agent.get('/api/v1/users/login-failures')).statusCode).toBe(403);
    });

    it('ends the session on logout', async () => {
      const u = (await env().build.admin()).agent;
      expect((await u.get('/api/v1/auth/me')).statusCode).toBe(200);
      expect((await u.post('/api/v1/auth/logout')).statusCode).toBe(204);
      const after = await u.get('/api/v1/auth/me');
      expect(after.statusCode).toBe(401);
      expect(after.json().code).toBe('unauthenticated');
    });

    it('says the session expired when it did', async () => {
      const d = await env().build.district();
      const u = (await env().build.streetOfficer(d.streets[0].code)).agent;
      const hours = env().ctx.config.sessionHours;
      env().clock.advance((hours * 60 + 1) * 60 * 1000);
      try {
        const res = await u.get('/api/v1/auth/me');
        expect(res.statusCode).toBe(401);
        expect(res.json().code).toBe('session_expired');
      } finally {
        env().clock.advance(-(hours * 60 + 1) * 60 * 1000);
      }
    });

    it('refuses a state-changing request without the CSRF token', async () => {
      const admin = (await env().build.admin()).agent;
      const noToken = new Agent(env().app, admin.cookie, null);
      const res = await noToken.post('/api/v1/auth/logout');
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('csrf_failed');
      expect((await admin.get('/api/v1/auth/me')).statusCode).toBe(200); // still signed in
    });

    it('answers malformed JSON with 400 and a missing field with 422 naming it', async () => {
      const bad = await env().anon.request('POST', '/api/v1/auth/login', '{"username": "admin",', {
        'content-type': 'application/json',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ code: 'malformed_json', status: 400 });
      const missing = await env().anon.post('/api/v1/auth/login', { username: 'admin' });
      expect(missing.statusCode).toBe(422);
      expect(missing.json().errors).toEqual([
        expect.objectContaining({ field: 'password', reason: 'required', message: '必填' }),
      ]);
    });

    it('speaks English when asked', async () => {
      const res = await env().app.inject({
        method: 'GET',
        url: '/api/v1/orgs/999999',
        headers: { 'accept-language': 'en-US,en;q=0.9' },
      });
      expect(res.json().title).toBe('No administrative unit has this code');
    });
  },
  { demo: false },
);

describeEachDatabase(
  'user administration',
  (env) => {
    /** A district of two streets of three communities, and a new worker for its second community. */
    async function world() {
      const d = await env().build.district({ streets: 2, communities: 3 });
      const admin = (await env().build.admin()).agent;
      const newWorker = (username: string) => ({
        username,
        displayName: '黄丽',
        password: 'longju-2026',
        role: 'community_worker',
        orgCode: d.communities[1],
      });
      return { d, admin, newWorker };
    }

    it('is for admins only', async () => {
      const { d, newWorker } = await world();
      const reviewer = (await env().build.reviewer(d)).agent;
      const res = await reviewer.get('/api/v1/users');
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('forbidden_role');
      expect((await reviewer.post('/api/v1/users', newWorker('not.made'))).statusCode).toBe(403);
      expect((await env().anon.get('/api/v1/users')).statusCode).toBe(401);
    });

    it('lists, searches and pages users', async () => {
      const { d, admin } = await world();
      const other = await env().build.district();
      const accounts = [
        await env().build.worker(d.communities[0], '陈晓雯'),
        await env().build.worker(d.communities[1]),
        await env().build.streetOfficer(d.streets[0].code),
        await env().build.officer(d),
        await env().build.reviewer(d),
        await env().build.officer(other),
        await env().build.reviewer(other),
      ];
      const all = (await admin.get('/api/v1/users?pageSize=3')).json();
      expect(all.total).toBeGreaterThanOrEqual(accounts.length + 1);
      expect(all.items).toHaveLength(3);
      const found = (await admin.get(`/api/v1/users?q=${encodeURIComponent('陈晓雯')}&within=${d.code}`)).json();
      expect(found.items.map((u: { username: string }) => u.username)).toEqual([accounts[0].username]);
      const reviewers = (await admin.get('/api/v1/users?role=reviewer')).json();
      expect(reviewers.items.length).toBeGreaterThanOrEqual(2);
      expect(reviewers.items.every((u: { role: string }) => u.role === 'reviewer')).toBe(true);
      const inOther = (await admin.get(`/api/v1/users?within=${other.code}`)).json();
      expect(inOther.items.map((u: { username: string }) => u.username).sort()).toEqual(
        [accounts[5].username, accounts[6].username].sort(),
      );
      const inStreet = (await admin.get(`/api/v1/users?within=${d.streets[0].code}`)).json();
      expect(inStreet.items.map((u: { username: string }) => u.username).sort()).toEqual(
        [accounts[0].username, accounts[1].username, accounts[2].username].sort(),
      );
    });

    it('creates a community worker who can then log in', async () => {
      const { d, admin, newWorker } = await world();
      const res = await admin.post('/api/v1/users', newWorker('worker.fenglin'));
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        username: 'worker.fenglin',
        orgName: '枫林社区',
        role: 'community_worker',
        disabled: false,
      });
      const u = await env().login('worker.fenglin', 'longju-2026');
      expect((await u.get('/api/v1/auth/me')).json().orgCode).toBe(d.communities[1]);
      const again = await admin.post('/api/v1/users', newWorker('worker.fenglin'));
      expect(again.statusCode).toBe(422);
      expect(again.json().errors).toEqual([expect.objectContaining({ field: 'username', reason: 'taken' })]);
    });

    it('treats an empty department field as no department', async () => {
      const { admin, newWorker } = await world();
      const res = await admin.post('/api/v1/users', { ...newWorker('empty.dept'), departmentCode: '' });
      expect(res.statusCode).toBe(201);
      expect(res.json().departmentCode).toBeNull();
    });

    it('rejects a scope that does not fit the role, naming the field, and saves nothing', async () => {
      const { d, admin, newWorker } = await world();
      const other = await env().build.district();
      const cases: [Record<string, unknown>, string, string][] = [
        [{ role: 'community_worker', orgCode: d.streets[0].code }, 'orgCode', 'level_mismatch'],
        [{ role: 'department_officer', orgCode: d.code }, 'departmentCode', 'department_required'],
        [
          { role: 'reviewer', orgCode: d.code, departmentCode: d.department('minzheng') },
          'departmentCode',
          'burden_office_required',
        ],
        [
          { role: 'department_officer', orgCode: d.code, departmentCode: other.department('minzheng') },
          'departmentCode',
          'department_org_mismatch',
        ],
        [{ role: 'street_officer', orgCode: `${d.code}999` }, 'orgCode', 'unknown_org'],
        [{ role: 'street_officer', orgCode: '110101001' }, 'orgCode', 'unknown_org'],
      ];
      for (const [scope, field, reason] of cases) {
        const res = await admin.post('/api/v1/users', { ...newWorker('scope.test'), ...scope });
        expect(res.statusCode, JSON.stringify(scope)).toBe(422);
        expect(res.json().errors).toContainEqual(expect.objectContaining({ field, reason }));
      }
      const short = await admin.post('/api/v1/users', { ...newWorker('scope.test'), password: 'short' });
      expect(short.json().errors).toEqual([
        expect.objectContaining({ field: 'password', reason: 'too_short', message: '至少 8 个字符' }),
      ]);
      expect((await admin.get('/api/v1/users?q=scope.test')).json().total).toBe(0);
    });

    it('re-scopes a user, which ends their sessions and applies the new scope at once', async () => {
      const { d, admin, newWorker } = await world();
      const created = (await admin.post('/api/v1/users', newWorker('rescope.me'))).json();
      const u = await env().login('rescope.me', 'longju-2026');
      expect((await u.get(`/api/v1/orgs/${d.communities[1]}/profile`)).statusCode).toBe(200);
      const res = await admin.patch(`/api/v1/users/${created.id}`, {
        role: 'street_officer',
        orgCode: d.streets[0].code,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        role: 'street_officer',
        orgCode: d.streets[0].code,
        orgName: d.streets[0].name,
      });
      expect((await u.get('/api/v1/auth/me')).statusCode).toBe(401);
      const again = await env().login('rescope.me', 'longju-2026');
      expect((await again.get('/api/v1/auth/me')).json().role).toBe('street_officer');
      expect((await again.get(`/api/v1/orgs/${d.communities[2]}/profile`)).statusCode).toBe(200);
      expect((await again.get(`/api/v1/orgs/${d.streets[1].communities[0]}/profile`)).statusCode).toBe(403);
    });

    it('disables a user: their session ends and they cannot log in; enabling restores access', async () => {
      const { admin, newWorker } = await world();
      const created = (await admin.post('/api/v1/users', newWorker('disable.me'))).json();
      const u = await env().login('disable.me', 'longju-2026');
      expect((await admin.patch(`/api/v1/users/${created.id}`, { disabled: true })).json().disabled).toBe(true);
      expect((await u.get('/api/v1/auth/me')).statusCode).toBe(401);
      expect((await login(env(), 'disable.me', 'longju-2026')).statusCode).toBe(401);
      await admin.patch(`/api/v1/users/${created.id}`, { disabled: false });
      await env().login('disable.me', 'longju-2026');
    });

    it('resets a password', async () => {
      const { admin, newWorker } = await world();
      const created = (await admin.post('/api/v1/users', newWorker('reset.me'))).json();
      expect(
        (await admin.post(`/api/v1/users/${created.id}/password`, { password: 'brand-new-pass' })).statusCode,
      ).toBe(204);
      expect((await login(env(), 'reset.me', 'longju-2026')).statusCode).toBe(401);
      await env().login('reset.me', 'brand-new-pass');
    });

    it('does not let an admin disable their own account', async () => {
      const { admin } = await world();
      const me = (await admin.get('/api/v1/auth/me')).json();
      const res = await admin.patch(`/api/v1/users/${me.id}`, { disabled: true });
      expect(res.statusCode).toBe(422);
    });

    it('answers 404 for an unknown user', async () => {
      const { admin } = await world();
      const res = await admin.get('/api/v1/users/999999');
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('user_not_found');
    });
  },
  { demo: false },
);
