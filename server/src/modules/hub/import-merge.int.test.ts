// The commit's merge with what the hub already holds: a person already known gets a fact record, never a
// second subject (on PostgreSQL the commit reserves its new subjects' keys itself: migration 034); a row
// whose values are unchanged since this dataset's latest record is not written again; two checked files
// about the same new people commit one after the other without duplicating them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { makeIdNumber } from '#common/idcard.js';
import { describeEachDatabase } from '../../testing/harness.js';

const person = (district: string, i: number) => makeIdNumber(district, `1960-0${1 + (i % 9)}-1${i % 10}`, i, 'female');

function csv(community: string, people: number[], mobileOf: (i: number) => string): string {
  const file = path.join(os.tmpdir(), `jianfu-merge-${process.pid}-${crypto.randomBytes(4).toString('hex')}.csv`);
  const lines = ['姓名,公民身份号码,所属社区,联系电话'];
  for (const i of people) lines.push(`合并${i},${person(community.slice(0, 6), i)},${community},${mobileOf(i)}`);
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describeEachDatabase(
  'an import merged with the hub',
  (env) => {
    it('adds records to known people, skips unchanged rows and never makes a person twice', async () => {
      const { ctx } = env();
      const d = await env().build.district({ streets: 1, communities: 1 });
      const community = d.communities[0];
      const dataset = (code: string) =>
        env().build.dataset(d, {
          code: `${code}-${d.code}`,
          name: code,
          departmentKind: 'canlian',
          subjectType: 'resident',
        });
      const first = await dataset('merge-a');
      const second = await dataset('merge-b');
      const imports = ctx.services.imports;
      const checked = async (datasetId: number, file: string) => {
        try {
          const up = await imports.upload(null, datasetId, { tmpPath: file, filename: 'people.csv' });
          await (
            await imports.startDryRun(null, up.id, up.mapping)
          ).done;
          expect(await imports.view(up.id)).toMatchObject({ status: 'validated' });
          return up.id;
        } finally {
          fs.rmSync(file, { force: true });
        }
      };
      const commit = async (id: number) => {
        await (
          await imports.startCommit(null, id)
        ).done;
        const v = await imports.view(id);
        return { written: v.rowsWritten, unchanged: v.rowsUnchanged };
      };
      const counts = async () => {
        const db = ctx.database.db;
        const subjects = await db
          .selectFrom('subjects')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('name', 'like', '合并%')
          .executeTakeFirstOrThrow();
        const facts = await db
          .selectFrom('facts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('dataset_id', 'in', [first, second])
          .executeTakeFirstOrThrow();
        return { subjects: Number(subjects.n), facts: Number(facts.n) };
      };
      const twenty = Array.from({ length: 20 }, (_, i) => i);
      const mobile = (i: number) => `139${String(10000000 + i)}`;

      // Two files about the same twenty new people, both checked before either commits.
      const a = await checked(first, csv(community, twenty, mobile));
      const b = await checked(first, csv(community, twenty, mobile));
      expect(await commit(a)).toEqual({ written: 20, unchanged: 0 });
      expect(await commit(b)).toEqual({ written: 0, unchanged: 20 });
      expect(await counts()).toEqual({ subjects: 20, facts: 20 });

      // Five of them changed their number, five people are new.
      const changed = (i: number) => (i < 5 ? `138${String(10000000 + i)}` : mobile(i));
      const c = await checked(first, csv(community, [...twenty, 20, 21, 22, 23, 24], changed));
      expect(await commit(c)).toEqual({ written: 10, unchanged: 15 });
      expect(await counts()).toEqual({ subjects: 25, facts: 30 });

      // Another dataset about the same people: its own records, the same subjects.
      const other = await checked(second, csv(community, twenty, mobile));
      expect(await commit(other)).toEqual({ written: 20, unchanged: 0 });
      expect(await counts()).toEqual({ subjects: 25, facts: 50 });
      const latest = await ctx.database.db
        .selectFrom('facts')
        .innerJoin('subjects', 'subjects.id', 'facts.subject_id')
        .select(['facts.data'])
        .where('subjects.key', '=', person(community.slice(0, 6), 0))
        .where('facts.dataset_id', '=', first)
        .orderBy('facts.id', 'desc')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(latest.data)).toMatchObject({ mobile: changed(0) });
    });
  },
  { demo: false },
);
