import { expect, it } from 'vitest';
import { describeEachDatabase, Agent } from '../../testing/harness.js';

describeEachDatabase('accounts and sessions', (env) => {
  it('logs a demo worker in and tells who and where they are', async () => {
    const worker = await env().login('worker.jiajia');
    const me = (await worker.get('/api/v1/auth/me')).json();
    expect(me).toMatchObject({
      username: 'worker.jiajia',
      role: 'community_worker',
      orgCode: '340104006005',
      isDemo: true,
    });
    expect(me.org).toMatchObject({ name: '家家景园社区', level: 'community' });
    expect(me.org.path.map((p: { name: string }) => p.name)).toEqual(['安徽省', '合肥市', '蜀山区', '五里墩街道']);
    expect(me).not.toHaveProperty('passwordHash');
  });

  it('sets an httpOnly, SameSite=Lax session cookie', async () => {
    const res = await env().anon.post('/api/v1/auth/login', { username: 'street.wulidun', password: 'jianfu-demo' });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'jianfu_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('answers a bad password and an unknown user alike, without saying which', async () => {
    const wrong = await env().anon.post('/api/v1/auth/login', {
      username: 'steward.hefei',
      password: 'not-the-password',
    });
    const unknown = await env().anon.post('/api/v1/auth/login', {
      username: 'nobody.here',
      password: 'not-the-password',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('bad_credentials');
    expect(unknown.json().code).toBe('bad_credentials');
    expect(wrong.json().title).toBe(unknown.json().title);
  });

  it('throttles repeated failed logins for a username with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await env().anon.post('/api/v1/auth/login', { username: 'resident.demo', password: `guess-${i}` });
      statuses.push(r.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const blocked = await env().anon.post('/api/v1/auth/login', { username: 'resident.demo', password: 'jianfu-demo' });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().code).toBe('too_many_attempts');
  });

  it('ends the session on logout', async () => {
    const u = await env().login('steward.hefei');
    expect((await u.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await u.post('/api/v1/auth/logout')).statusCode).toBe(204);
    const after = await u.get('/api/v1/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
  });

  it('says the session expired when it did', async () => {
    const u = await env().login('street.wulidun');
    await env().ctx.database.db.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
    const res = await u.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('session_expired');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const admin = await env().login('admin');
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
});

describeEachDatabase('user administration', (env) => {
  const newWorker = {
    username: 'worker.longju',
    displayName: '黄丽',
    password: 'longju-2026',
    role: 'community_worker',
    orgCode: '340104006006',
  };

  it('is for admins only', async () => {
    const reviewer = await env().login('reviewer.shushan');
    const res = await reviewer.get('/api/v1/users');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden_role');
    expect((await reviewer.post('/api/v1/users', newWorker)).statusCode).toBe(403);
    expect((await env().anon.get('/api/v1/users')).statusCode).toBe(401);
  });

  it('lists, searches and pages users', async () => {
    const admin = await env().login('admin');
    const all = (await admin.get('/api/v1/users?pageSize=3')).json();
    expect(all.total).toBeGreaterThanOrEqual(9);
    expect(all.items).toHaveLength(3);
    const found = (await admin.get(`/api/v1/users?q=${encodeURIComponent('陈晓雯')}`)).json();
    expect(found.items.map((u: { username: string }) => u.username)).toEqual(['worker.jiajia']);
    const reviewers = (await admin.get('/api/v1/users?role=reviewer')).json();
    expect(reviewers.items.every((u: { role: string }) => u.role === 'reviewer')).toBe(true);
    const inBaohe = (await admin.get('/api/v1/users?within=340111')).json();
    expect(inBaohe.items.map((u: { username: string }) => u.username).sort()).toEqual([
      'dept.baohe.minzheng',
      'reviewer.baohe',
    ]);
  });

  it('creates a community worker who can then log in', async () => {
    const admin = await env().login('admin');
    const res = await admin.post('/api/v1/users', newWorker);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username: 'worker.longju',
      orgName: '龙居社区',
      role: 'community_worker',
      disabled: false,
    });
    const u = await env().login('worker.longju', 'longju-2026');
    expect((await u.get('/api/v1/auth/me')).json().orgCode).toBe('340104006006');
    const again = await admin.post('/api/v1/users', newWorker);
    expect(again.statusCode).toBe(422);
    expect(again.json().errors).toEqual([expect.objectContaining({ field: 'username', reason: 'taken' })]);
  });

  it('treats an empty department field as no department', async () => {
    const admin = await env().login('admin');
    const res = await admin.post('/api/v1/users', { ...newWorker, username: 'empty.dept', departmentCode: '' });
    expect(res.statusCode).toBe(201);
    expect(res.json().departmentCode).toBeNull();
  });

  it('rejects a scope that does not fit the role, naming the field, and saves nothing', async () => {
    const admin = await env().login('admin');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ role: 'community_worker', orgCode: '340104006' }, 'orgCode', 'level_mismatch'],
      [{ role: 'department_officer', orgCode: '340104' }, 'departmentCode', 'department_required'],
      [
        { role: 'reviewer', orgCode: '340104', departmentCode: '340104-minzheng' },
        'departmentCode',
        'burden_office_required',
      ],
      [
        { role: 'department_officer', orgCode: '340104', departmentCode: '340111-minzheng' },
        'departmentCode',
        'department_org_mismatch',
      ],
      [{ role: 'street_officer', orgCode: '340104999' }, 'orgCode', 'unknown_org'],
      [{ role: 'street_officer', orgCode: '110101001' }, 'orgCode', 'unknown_org'],
    ];
    for (const [scope, field, reason] of cases) {
      const res = await admin.post('/api/v1/users', { ...newWorker, username: 'scope.test', ...scope });
      expect(res.statusCode, JSON.stringify(scope)).toBe(422);
      expect(res.json().errors).toContainEqual(expect.objectContaining({ field, reason }));
    }
    const short = await admin.post('/api/v1/users', { ...newWorker, username: 'scope.test', password: 'short' });
    expect(short.json().errors).toEqual([
      expect.objectContaining({ field: 'password', reason: 'too_short', message: '至少 8 个字符' }),
    ]);
    expect((await admin.get('/api/v1/users?q=scope.test')).json().total).toBe(0);
  });

  it('re-scopes a user, which ends their sessions and applies the new scope at once', async () => {
    const admin = await env().login('admin');
    const created = (await admin.post('/api/v1/users', { ...newWorker, username: 'rescope.me' })).json();
    const u = await env().login('rescope.me', newWorker.password);
    expect((await u.get('/api/v1/orgs/340104006006/profile')).statusCode).toBe(200);
    const res = await admin.patch(`/api/v1/users/${created.id}`, { role: 'street_officer', orgCode: '340104006' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'street_officer', orgCode: '340104006', orgName: '五里墩街道' });
    expect((await u.get('/api/v1/auth/me')).statusCode).toBe(401);
    const again = await env().login('rescope.me', newWorker.password);
    expect((await again.get('/api/v1/auth/me')).json().role).toBe('street_officer');
  });

  it('disables a user: their session ends and they cannot log in; enabling restores access', async () => {
    const admin = await env().login('admin');
    const created = (await admin.post('/api/v1/users', { ...newWorker, username: 'disable.me' })).json();
    const u = await env().login('disable.me', newWorker.password);
    expect((await admin.patch(`/api/v1/users/${created.id}`, { disabled: true })).json().disabled).toBe(true);
    expect((await u.get('/api/v1/auth/me')).statusCode).toBe(401);
    const denied = await env().anon.post('/api/v1/auth/login', {
      username: 'disable.me',
      password: newWorker.password,
    });
    expect(denied.statusCode).toBe(401);
    await admin.patch(`/api/v1/users/${created.id}`, { disabled: false });
    await env().login('disable.me', newWorker.password);
  });

  it('resets a password', async () => {
    const admin = await env().login('admin');
    const created = (await admin.post('/api/v1/users', { ...newWorker, username: 'reset.me' })).json();
    expect((await admin.post(`/api/v1/users/${created.id}/password`, { password: 'brand-new-pass' })).statusCode).toBe(
      204,
    );
    const old = await env().anon.post('/api/v1/auth/login', { username: 'reset.me', password: newWorker.password });
    expect(old.statusCode).toBe(401);
    await env().login('reset.me', 'brand-new-pass');
  });

  it('does not let an admin disable their own account', async () => {
    const admin = await env().login('admin');
    const me = (await admin.get('/api/v1/auth/me')).json();
    const res = await admin.patch(`/api/v1/users/${me.id}`, { disabled: true });
    expect(res.statusCode).toBe(422);
  });

  it('answers 404 for an unknown user', async () => {
    const admin = await env().login('admin');
    const res = await admin.get('/api/v1/users/999999');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('user_not_found');
  });
});
