// The audit trail cannot be quietly edited: `npm run jianfu -- audit verify` exits 0 on an intact trail
// and non-zero, naming the first broken entry, after a row is changed or deleted in the database.
import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';

function verifyCli(databaseUrl: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', 'audit', 'verify'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, JIANFU_DEMO: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

describeEachDatabase('audit trail: hash chain and tamper detection', (env) => {
  it('records reads and refused attempts, each chained to the one before', async () => {
    const steward = await env().login('steward.hefei');
    const worker = await env().login('worker.jiajia');
    expect((await steward.get('/api/v1/hub/subjects?community=340104006005')).statusCode).toBe(200);
    expect((await worker.get('/api/v1/hub/subjects?community=340104006006')).statusCode).toBe(403);
    expect((await worker.get('/api/v1/hub/subjects?community=340104006005')).statusCode).toBe(200);
    const rows = await env().ctx.database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    const mine = rows.slice(-3);
    expect(mine.map((r) => [r.username, r.action, r.outcome])).toEqual([
      ['steward.hefei', 'subjects.list', 'allowed'],
      ['worker.jiajia', 'subjects.list', 'denied'],
      ['worker.jiajia', 'subjects.list', 'allowed'],
    ]);
    expect(mine[1]).toMatchObject({ district_code: '340104', role: 'community_worker', org_code: '340104006005' });
    expect(JSON.parse(mine[1].detail)).toMatchObject({ community: '340104006006' });
    expect(mine[1].request_id).toMatch(/^[0-9a-f-]{36}$/);
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: true, entries: rows.length });
  });

  it('verify exits 0 on the intact trail', async () => {
    const r = await verifyCli(env().databaseUrl);
    expect(r.out).toContain('审计记录完好');
    expect(r.code).toBe(0);
  });

  it('an edited row makes verify fail at that row', async () => {
    const { db } = env().ctx.database;
    const victim = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('outcome', '=', 'denied')
      .executeTakeFirstOrThrow();
    await sql`update audit_log set outcome = 'allowed' where id = ${victim.id}`.execute(db);
    expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: false, brokenAt: victim.id });
    const r = await verifyCli(env().databaseUrl);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain(`第 ${victim.id} 条`);
    await sql`update audit_log set outcome = 'denied' where id = ${victim.id}`.execute(db);
    expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: true });
  });

  it('a deleted row makes verify fail where it was, and so does deleting the newest', async () => {
    const steward = await env().login('steward.hefei');
    await steward.get('/api/v1/hub/subjects?community=340104006005');
    const { db } = env().ctx.database;
    const rows = await db.selectFrom('audit_log').select(['id']).orderBy('id').execute();
    const middle = rows[1].id;
    const saved = await db.selectFrom('audit_log').selectAll().where('id', '=', middle).executeTakeFirstOrThrow();
    await sql`delete from audit_log where id = ${middle}`.execute(db);
    expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: false, brokenAt: middle });
    const r = await verifyCli(env().databaseUrl);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain(`第 ${middle} 条`);
    await db.insertInto('audit_log').values(saved).execute();
    expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: true });
    const last = rows[rows.length - 1].id;
    await sql`delete from audit_log where id = ${last}`.execute(db);
    expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: false, brokenAt: last });
  });

  it('appends from many requests at once never fork the chain', async () => {
    const { db } = env().ctx.database;
    await db.deleteFrom('audit_log').execute();
    await db.deleteFrom('audit_subjects').execute();
    await db
      .updateTable('audit_head')
      .set({ last_id: 0, last_hash: '0'.repeat(64) })
      .execute();
    const steward = await env().login('steward.hefei');
    const codes = await Promise.all(
      Array.from({ length: 12 }, () => steward.get('/api/v1/hub/subjects?community=340104006005')),
    );
    expect(codes.every((r) => r.statusCode === 200)).toBe(true);
    expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: true, entries: 12 });
  });
});
