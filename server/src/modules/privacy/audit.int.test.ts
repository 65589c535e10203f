// The audit trail cannot be quietly edited: `npm run jianfu -- audit verify` exits 0 on an intact trail
// and non-zero, naming every broken range, after a row is changed, deleted or rehashed in the database
// by someone without the key, or the database is rolled back behind a signed checkpoint. Each test
// makes its own entries, with accounts of its own district of 试验市 (builders).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase, TEST_AUDIT_KEY_FILE, type TestEnv } from '../../testing/harness.js';
import { verifyReport } from './audit-report.js';
import { AuditService } from './audit-service.js';
import { unkeyedHash } from './chain.js';

function verifyCli(databaseUrl: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', 'audit', 'verify'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, JIANFU_DEMO: '0', JIANFU_AUDIT_KEY_FILE: TEST_AUDIT_KEY_FILE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** A district of two communities, 试验市's steward and the first community's worker. */
async function world(env: TestEnv) {
  const d = await env.build.district({ streets: 1, communities: 2 });
  const steward = await env.build.steward();
  const worker = await env.build.worker(d.communities[0]);
  return { d, own: d.communities[0], other: d.communities[1], steward, worker };
}

describeEachDatabase(
  'audit trail: hash chain and tamper detection',
  (env) => {
    it('records reads and refused attempts, each chained to the one before', async () => {
      const { d, own, other, steward, worker } = await world(env());
      await env().build.household(own, [{ name: '王建国', gender: 'male', age: 58 }]);
      expect((await steward.agent.get(`/api/v1/hub/subjects?community=${own}`)).statusCode).toBe(200);
      expect((await worker.agent.get(`/api/v1/hub/subjects?community=${other}`)).statusCode).toBe(403);
      expect((await worker.agent.get(`/api/v1/hub/subjects?community=${own}`)).statusCode).toBe(200);
      const rows = await env().ctx.database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
      const mine = rows.slice(-3);
      expect(mine.map((r) => [r.username, r.action, r.outcome])).toEqual([
        [steward.username, 'subjects.list', 'allowed'],
        [worker.username, 'subjects.list', 'denied'],
        [worker.username, 'subjects.list', 'allowed'],
      ]);
      expect(mine[1]).toMatchObject({ district_code: d.code, role: 'community_worker', org_code: own });
      expect(JSON.parse(mine[1].detail)).toMatchObject({ community: other });
      expect(mine[1].request_id).toMatch(/^[0-9a-f-]{36}$/);
      for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
      expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: true, entries: rows.length });
    });

    // The one test that starts the CLI: `audit verify` on a real process, exit code and words; the
    // broken cases below read the same report in process.
    it('verify exits 0 on the intact trail', async () => {
      const { own, steward } = await world(env());
      await steward.agent.get(`/api/v1/hub/subjects?community=${own}`);
      const r = await verifyCli(env().databaseUrl);
      expect(r.out).toContain('审计记录完好');
      expect(r.code).toBe(0);
    });

    it('an edited row makes verify fail at that row', async () => {
      const { other, worker } = await world(env());
      expect((await worker.agent.get(`/api/v1/hub/subjects?community=${other}`)).statusCode).toBe(403);
      const { db } = env().ctx.database;
      const victim = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('username', '=', worker.username)
        .where('outcome', '=', 'denied')
        .executeTakeFirstOrThrow();
      await sql`update audit_log set outcome = 'allowed' where id = ${victim.id}`.execute(db);
      expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: false, brokenAt: victim.id });
      const report = verifyReport(await env().ctx.services.audit.verify());
      expect(report.exitCode).toBe(2);
      expect(report.lines[0]).toContain(`第 ${victim.id} 条`);
      await sql`update audit_log set outcome = 'denied' where id = ${victim.id}`.execute(db);
      expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: true });
    });

    it('a deleted row makes verify fail where it was, and so does deleting the newest', async () => {
      const { own, steward } = await world(env());
      for (let i = 0; i < 3; i++) await steward.agent.get(`/api/v1/hub/subjects?community=${own}`);
      const { db } = env().ctx.database;
      const rows = await db.selectFrom('audit_log').select(['id']).orderBy('id').execute();
      const middle = rows[rows.length - 2].id;
      const saved = await db.selectFrom('audit_log').selectAll().where('id', '=', middle).executeTakeFirstOrThrow();
      await sql`delete from audit_log where id = ${middle}`.execute(db);
      expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: false, brokenAt: middle });
      const report = verifyReport(await env().ctx.services.audit.verify());
      expect(report.exitCode).toBe(2);
      expect(report.lines[0]).toContain(`第 ${middle} 条`);
      await db.insertInto('audit_log').values(saved).execute();
      expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: true });
      const last = rows[rows.length - 1].id;
      const newest = await db.selectFrom('audit_log').selectAll().where('id', '=', last).executeTakeFirstOrThrow();
      await sql`delete from audit_log where id = ${last}`.execute(db);
      expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: false, brokenAt: last });
      await db.insertInto('audit_log').values(newest).execute();
      expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: true });
    });

    it('catches a database writer who edits an entry and recomputes the chain with our own code', async () => {
      const { own, steward } = await world(env());
      for (let i = 0; i < 3; i++) await steward.agent.get(`/api/v1/hub/subjects?community=${own}`);
      const { db } = env().ctx.database;
      const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
      const from = rows.length - 3;
      const saved = rows.slice(from);
      const savedHead = await db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
      // All the attacker lacks is the key: an unkeyed hash, or an HMAC with a key of their own.
      let prev = rows[from - 1].hash;
      for (const r of saved) {
        const forged = { ...r, purpose: '例行核查', prev_hash: prev };
        const hash = unkeyedHash(prev, forged);
        await db
          .updateTable('audit_log')
          .set({ purpose: forged.purpose, prev_hash: prev, hash })
          .where('id', '=', r.id)
          .execute();
        prev = hash;
      }
      await db.updateTable('audit_head').set({ last_hash: prev }).execute();
      const r = await env().ctx.services.audit.verify();
      expect(r).toMatchObject({ ok: false, brokenAt: saved[0].id });
      expect(r.ok ? [] : r.breaks).toEqual([{ from: saved[0].id, to: saved[2].id, reason: 'hash_mismatch' }]);
      for (const row of saved) await db.updateTable('audit_log').set(row).where('id', '=', row.id).execute();
      await db.updateTable('audit_head').set(savedHead).execute();
      expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: true });
    });

    it('rotates its key in the chain and anchors the head in signed checkpoints outside the database', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-audit-'));
      const keyFile = path.join(dir, 'audit.key');
      fs.copyFileSync(TEST_AUDIT_KEY_FILE, keyFile);
      const files = { keyFile, checkpointFile: path.join(dir, 'checkpoints.jsonl'), checkpointEvery: 2 };
      const audit = new AuditService(env().ctx.database, env().clock, files);
      const read = () => audit.record(null, 'test', { action: 'test.read', orgCode: '' });
      for (let i = 0; i < 3; i++) await read();
      const anchored = await audit.checkpoint();
      const to = await audit.rotateKey();
      await read();
      const { db } = env().ctx.database;
      const newest = await db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(2).execute();
      expect(newest.map((e) => [e.action, e.key_id === to])).toEqual([
        ['test.read', true],
        ['audit.key_rotated', false], // made with the old key: the hand-over is authenticated
      ]);
      const full = await audit.verify();
      expect(full).toMatchObject({ ok: true });
      expect(full.checkpoints).toBeGreaterThanOrEqual(2);
      expect(await audit.verify({ sinceCheckpoint: true })).toMatchObject({ ok: true });
      // Rolling the database back to before the checkpoint (entries deleted, head moved back) is seen.
      const saved = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('id', '>=', anchored!.id)
        .orderBy('id')
        .execute();
      const savedHead = await db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
      const before = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('id', '=', anchored!.id - 1)
        .executeTakeFirstOrThrow();
      await db.deleteFrom('audit_log').where('id', '>=', anchored!.id).execute();
      await db
        .updateTable('audit_head')
        .set({ last_id: before.id, last_hash: before.hash, key_id: before.key_id })
        .execute();
      const rolledBack = await audit.verify();
      expect(rolledBack.ok).toBe(false);
      expect(rolledBack.ok ? [] : rolledBack.breaks).toContainEqual({
        from: anchored!.id,
        to: anchored!.id,
        reason: 'checkpoint_mismatch',
      });
      await db.insertInto('audit_log').values(saved).execute();
      await db.updateTable('audit_head').set(savedHead).execute();
      // The server's own keyring does not hold the new key: the trail is unverifiable without it.
      expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: false, reason: 'unknown_key' });
      fs.rmSync(dir, { recursive: true, force: true });
    });

    // Last in the file: it empties the trail (and forgets the rotated key).
    it('appends from many requests at once never fork the chain', async () => {
      const { own, steward } = await world(env());
      const { db } = env().ctx.database;
      await db.deleteFrom('audit_log').execute();
      await db.deleteFrom('audit_subjects').execute();
      await db
        .updateTable('audit_head')
        .set({ last_id: 0, last_hash: '0'.repeat(64), key_id: null })
        .execute();
      const codes = await Promise.all(
        Array.from({ length: 12 }, () => steward.agent.get(`/api/v1/hub/subjects?community=${own}`)),
      );
      expect(codes.every((r) => r.statusCode === 200)).toBe(true);
      expect(await env().ctx.services.audit.verify()).toMatchObject({ ok: true, entries: 12 });
    });
  },
  { demo: false },
);
