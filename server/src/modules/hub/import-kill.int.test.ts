// Killing an import half-way leaves no facts behind: the commit is one transaction. The import goes into a
// dataset of the test's own district of 试验市 (builders).
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { makeIdNumber } from '#common/idcard.js';
import { describeEachDatabase } from '../../testing/harness.js';

function bigCsv(rows: number, community: string): string {
  const file = path.join(os.tmpdir(), `jianfu-kill-${process.pid}-${crypto.randomBytes(4).toString('hex')}.csv`);
  const lines = ['姓名,公民身份号码,所属社区,联系电话'];
  for (let i = 0; i < rows; i++) {
    const born = `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`;
    lines.push(
      `测试${i},${makeIdNumber(community.slice(0, 6), born, i % 997, i % 2 ? 'male' : 'female')},${community},13${String(100000000 + i).slice(0, 9)}`,
    );
  }
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

describeEachDatabase(
  'an import killed half-way',
  (env) => {
    it('leaves no partial facts and is marked failed at the next start', async () => {
      const { ctx } = env();
      const d = await env().build.district({ streets: 1, communities: 1 });
      await env().build.dataset(d, {
        code: 'kill-test',
        name: '中断测试',
        departmentKind: 'canlian',
        subjectType: 'resident',
      });
      const file = bigCsv(60_000, d.communities[0]);
      try {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'server/src/main.ts', 'import', file, '--dataset', 'kill-test', '--commit'],
          {
            env: { ...process.env, DATABASE_URL: env().databaseUrl },
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        );
        let out = '';
        // Kill it the moment the commit has started, that is, while it is writing.
        await new Promise<void>((resolve) => {
          child.stdout.on('data', (d: Buffer) => {
            out += d.toString();
            if (out.includes('正式导入中') && !child.killed) {
              child.kill('SIGKILL');
              resolve();
            }
          });
          child.on('exit', () => resolve());
        });
        await new Promise((r) => child.once('exit', r));
        expect(out).toContain('试导入：60000 行，错误 0 行');
        const dataset = await ctx.database.db
          .selectFrom('datasets')
          .select('id')
          .where('code', '=', 'kill-test')
          .executeTakeFirstOrThrow();
        const facts = await ctx.database.db
          .selectFrom('facts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('dataset_id', '=', dataset.id)
          .executeTakeFirstOrThrow();
        expect(Number(facts.n)).toBe(0);
        const subjects = await ctx.database.db
          .selectFrom('subjects')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('name', 'like', '测试%')
          .executeTakeFirstOrThrow();
        expect(Number(subjects.n)).toBe(0);
        await ctx.services.imports.recover();
        const imp = await ctx.database.db
          .selectFrom('dataset_imports')
          .select(['status', 'message'])
          .where('dataset_id', '=', dataset.id)
          .executeTakeFirstOrThrow();
        expect(imp).toEqual({ status: 'failed', message: 'interrupted' });
      } finally {
        fs.rmSync(file, { force: true });
      }
    });
  },
  { demo: false },
);
