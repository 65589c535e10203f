// A file larger than the dry run's chunks and the reader's batches: every bad row is reported with its
// own row number however far into the file, one bad row anywhere means nothing is written, and the
// fixed file commits every row once (and nothing on a second import of the same file).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, it } from 'vitest';
import { makeIdNumber } from '#common/idcard.js';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';

const ROWS = 25_000; // 2.5 dry-run chunks, 13 reader batches

function residentsCsv(community: string, broken: boolean, rows = ROWS): string {
  const file = path.join(os.tmpdir(), `jianfu-chunks-${process.pid}-${crypto.randomBytes(4).toString('hex')}.csv`);
  const ids: string[] = [];
  for (let i = 0; i < rows; i++) {
    const born = `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`;
    ids.push(makeIdNumber(community.slice(0, 6), born, i % 997, i % 2 ? 'male' : 'female'));
  }
  const lines = ['姓名,公民身份号码,所属社区,联系电话'];
  for (let i = 0; i < rows; i++) {
    let id = ids[i];
    let place = community;
    if (broken && i === 12_500) id = ids[1]; // row 12,502 repeats row 3's person
    if (broken && i === 17_000) place = '不存在社区'; // row 17,002: a new person in no known community
    if (broken && i === ROWS - 1) id = id.slice(0, 17) + (id[17] === '0' ? '1' : '0'); // the last row
    lines.push(`分块${i},${id},${place},13${String(100000000 + i).slice(0, 9)}`);
  }
  fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
  return file;
}

async function count(env: TestEnv, datasetId: number) {
  const db = env.ctx.database.db;
  const facts = await db
    .selectFrom('facts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('dataset_id', '=', datasetId)
    .executeTakeFirstOrThrow();
  const subjects = await db
    .selectFrom('subjects')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('name', 'like', '分块%')
    .executeTakeFirstOrThrow();
  // The dry run's validated rows wait in a file beside the upload; the commit (or the errors) removes it.
  const dir = path.join(env.ctx.config.dataDir, 'imports');
  const staged = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.staged')).length : 0;
  return { facts: Number(facts.n), subjects: Number(subjects.n), staged };
}

describeEachDatabase(
  'a large import',
  (env) => {
    /** A 残联 dataset of residents in a district of its own, with one community. */
    async function residentDataset(code: string, name: string) {
      const { ctx } = env();
      const d = await env().build.district({ streets: 1, communities: 1 });
      const datasetId = await env().build.dataset(d, {
        code: `${code}-${d.code}`,
        name,
        departmentKind: 'canlian',
        subjectType: 'resident',
      });
      return { ctx, community: d.communities[0], datasetId };
    }

    it('reports bad rows deep in the file by row number, writes nothing for them, and commits the fixed file whole', async () => {
      const { ctx, community, datasetId } = await residentDataset('chunks', '分块测试');
      const imports = ctx.services.imports;
      const run = async (file: string) => {
        try {
          const up = await imports.upload(null, datasetId, { tmpPath: file, filename: 'residents.csv' });
          await (
            await imports.startDryRun(null, up.id, up.mapping)
          ).done;
          return imports.view(up.id);
        } finally {
          fs.rmSync(file, { force: true });
        }
      };

      const bad = await run(residentsCsv(community, true));
      expect(bad).toMatchObject({ status: 'has_errors', rowsTotal: ROWS, rowsError: 3 });
      expect((await imports.firstErrors(bad.id, 10)).map((e) => `${e.rowNo}:${e.reason}`)).toEqual([
        '12502:duplicate_key',
        '17002:unknown_community',
        `${ROWS + 1}:bad_id_check_digit`,
      ]);
      await expect(imports.startCommit(null, bad.id)).rejects.toMatchObject({ code: 'import_has_errors' });
      expect(await count(env(), datasetId)).toEqual({ facts: 0, subjects: 0, staged: 0 });

      const good = await run(residentsCsv(community, false));
      expect(good).toMatchObject({ status: 'validated', rowsTotal: ROWS, rowsError: 0 });
      expect(await count(env(), datasetId)).toEqual({ facts: 0, subjects: 0, staged: 1 });
      await (
        await imports.startCommit(null, good.id)
      ).done;
      expect(await imports.view(good.id)).toMatchObject({ status: 'committed', rowsWritten: ROWS });
      expect(await count(env(), datasetId)).toEqual({ facts: ROWS, subjects: ROWS, staged: 0 });

      const again = await run(residentsCsv(community, false));
      await (
        await imports.startCommit(null, again.id)
      ).done;
      expect(await imports.view(again.id)).toMatchObject({ rowsWritten: 0, rowsUnchanged: ROWS });
      expect(await count(env(), datasetId)).toEqual({ facts: ROWS, subjects: ROWS, staged: 0 });
    });

    it('names the row and column of every bad cell, row numbers counting the blank lines the check skips', async () => {
      const { ctx, community, datasetId } = await residentDataset('cells', '逐格测试');
      // 5,000 rows: three of the reader's batches.
      const ids = Array.from({ length: 5000 }, (_, i) =>
        makeIdNumber(community.slice(0, 6), `19${50 + (i % 50)}-0${1 + (i % 9)}-2${i % 8}`, i % 997, 'female'),
      );
      const lines = ['姓名,公民身份号码,所属社区,联系电话'];
      ids.forEach((id, i) => {
        if (i === 1500) lines.push(',,,'); // a blank row: skipped, not counted, its line still numbered
        if (i === 2500)
          lines.push(`逐格${i},${ids[7]},${community},12345`); // bad mobile and a repeated person
        else if (i === 4000)
          lines.push(`逐格${i},${id.slice(0, 17)}Z,${community},1381234567x`); // two bad cells
        else lines.push(`逐格${i},${id},${community},13${String(100000000 + i).slice(0, 9)}`);
      });
      const before = await count(env(), datasetId);
      const file = path.join(os.tmpdir(), `jianfu-cells-${process.pid}-${crypto.randomBytes(4).toString('hex')}.csv`);
      fs.writeFileSync(file, lines.join('\n') + '\n');
      const up = await ctx.services.imports.upload(null, datasetId, { tmpPath: file, filename: 'residents.csv' });
      fs.rmSync(file, { force: true });
      await (
        await ctx.services.imports.startDryRun(null, up.id, up.mapping)
      ).done;
      expect(await ctx.services.imports.view(up.id)).toMatchObject({
        status: 'has_errors',
        rowsTotal: 5000,
        rowsError: 2,
      });
      // Row 1 is the header, the blank line is row 1,502: the row of i = 2,500 is line 2,503.
      expect(await ctx.services.imports.firstErrors(up.id, 10)).toEqual([
        { rowNo: 2503, column: '联系电话', value: '12345', reason: 'bad_mobile' },
        { rowNo: 2503, column: '公民身份号码', value: ids[7], reason: 'duplicate_key' },
        { rowNo: 4003, column: '公民身份号码', value: `${ids[4000].slice(0, 17)}Z`, reason: 'bad_id_format' },
        { rowNo: 4003, column: '联系电话', value: '1381234567x', reason: 'bad_mobile' },
      ]);
      expect(await count(env(), datasetId)).toEqual({ ...before, staged: 0 });
      expect(before.facts).toBe(0);
    });

    /** A new district's dataset with `rows` residents uploaded and dry-run: its staged rows wait for a commit. */
    async function dryRun(code: string, name: string, rows: number) {
      const { ctx, community, datasetId } = await residentDataset(code, name);
      const imports = ctx.services.imports;
      const file = residentsCsv(community, false, rows);
      const up = await imports.upload(null, datasetId, { tmpPath: file, filename: 'residents.csv' });
      fs.rmSync(file, { force: true });
      await (
        await imports.startDryRun(null, up.id, up.mapping)
      ).done;
      return { imports, up, datasetId };
    }

    it('fails a commit whose staged rows were cut short, and writes none of them', async () => {
      const { ctx } = env();
      const { imports, up, datasetId } = await dryRun('short', '截断测试', 50);
      const before = await count(env(), datasetId);
      // The staged rows lose their last row (a crash, a full disk): SQLite's staging database, PostgreSQL's COPY text.
      const dir = path.join(ctx.config.dataDir, 'imports');
      const staged = path.join(
        dir,
        fs.readdirSync(dir).find((f) => f.endsWith('.staged'))!,
      );
      if (ctx.database.kind === 'sqlite') {
        const stage = new BetterSqlite3(staged);
        stage.exec('delete from rows where rowid = (select max(rowid) from rows)');
        stage.close();
      } else {
        const lines = fs.readFileSync(staged, 'utf8').split('\n');
        fs.writeFileSync(staged, lines.slice(0, -2).join('\n') + '\n');
      }
      await expect((await imports.startCommit(null, up.id)).done).rejects.toMatchObject({
        code: 'import_stage_unreadable',
      });
      // The steward is told to check the file again (the page shows the code's text in her language).
      expect(await imports.view(up.id)).toMatchObject({
        status: 'failed',
        rowsWritten: 0,
        message: 'import_stage_unreadable',
      });
      expect(await count(env(), datasetId)).toEqual({ ...before, staged: 0 });
      expect(before.facts).toBe(0);
    });

    it('fails a commit whose staged file is from before the upgrade (COPY text, not a database), cleanly', async () => {
      const { ctx } = env();
      // PostgreSQL's staged format did not change; SQLite's became a database file.
      if (ctx.database.kind !== 'sqlite') return;
      const { imports, up, datasetId } = await dryRun('old', '升级前暂存', 20);
      const dir = path.join(ctx.config.dataDir, 'imports');
      const staged = path.join(
        dir,
        fs.readdirSync(dir).find((f) => f.endsWith('.staged'))!,
      );
      const before = await count(env(), datasetId);
      fs.writeFileSync(staged, '340104\t110101199003071234\t{}\n'.repeat(20));
      await expect((await imports.startCommit(null, up.id)).done).rejects.toMatchObject({
        code: 'import_stage_unreadable',
      });
      expect(await imports.view(up.id)).toMatchObject({ status: 'failed', message: 'import_stage_unreadable' });
      expect(await count(env(), datasetId)).toEqual({ ...before, staged: 0 });
      // Nothing is left attached to the app's connection.
      const attached = ctx.database.sqlite!.prepare('pragma database_list').all() as { name: string }[];
      expect(attached.map((a) => a.name)).toEqual(['main']);
    });
  },
  { demo: false },
);
