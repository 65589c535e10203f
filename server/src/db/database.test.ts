import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database.js';

// The implicit transaction on SQLite's single connection: a read inside a write must not wait on itself.
describe('database.transaction', () => {
  let database: Database;
  const count = async () =>
    Number((await sql<{ n: number }>`select count(*) as n from t`.execute(database.db)).rows[0].n);

  beforeEach(async () => {
    database = openDatabase(':memory:');
    await sql`create table t (x integer)`.execute(database.db);
  });
  afterEach(() => database.close());

  it('gives database.db as the open transaction anywhere below it, and joins a nested one', async () => {
    await database.transaction(async () => {
      expect(database.inTransaction()).toBe(true);
      await sql`insert into t values (1)`.execute(database.db);
      // A read through database.db sees the uncommitted row (and does not deadlock).
      expect(await count()).toBe(1);
      await database.transaction(async (trx) => {
        await sql`insert into t values (2)`.execute(trx);
      });
      expect(await count()).toBe(2);
    });
    expect(database.inTransaction()).toBe(false);
    expect(await count()).toBe(2);
  });

  it('rolls back everything, nested parts too, and runs no after-commit hook then', async () => {
    const ran: string[] = [];
    await expect(
      database.transaction(async () => {
        await sql`insert into t values (1)`.execute(database.db);
        await database.afterCommit(() => void ran.push('hook'));
        await database.transaction(async () => {
          await sql`insert into t values (2)`.execute(database.db);
        });
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await count()).toBe(0);
    expect(ran).toEqual([]);
  });

  it('runs after-commit hooks once committed, outside the transaction, before transaction() resolves', async () => {
    const seen: { inTrx: boolean; n: number }[] = [];
    await database.transaction(async () => {
      await sql`insert into t values (1)`.execute(database.db);
      await database.transaction(async () => {
        await database.afterCommit(async () => {
          seen.push({ inTrx: database.inTransaction(), n: await count() });
        });
      });
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual([{ inTrx: false, n: 1 }]);
    // Outside a transaction a hook runs at once.
    await database.afterCommit(() => void seen.push({ inTrx: false, n: -1 }));
    expect(seen).toHaveLength(2);
  });

  it('keeps the write when an after-commit hook fails', async () => {
    await database.transaction(async () => {
      await sql`insert into t values (1)`.execute(database.db);
      await database.afterCommit(() => {
        throw new Error('hook');
      });
    });
    expect(await count()).toBe(1);
  });
});
