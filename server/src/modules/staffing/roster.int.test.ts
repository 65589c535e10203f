// The roster (花名册) through the API, on builders: who may read and keep it, bad input refused naming the
// field, search and paging, leaving, and the staffing table counting staff from the roster (by post, the
// certified share) where a community has one and from 负担监测's capacity figure elsewhere.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';
import { multipart } from '../../testing/multipart.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Blank cells as null: ExcelJS's streaming reader (the hub's) fails on the empty strings its writer stores.
async function rosterXlsx(rows: (string | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('花名册');
  sheet.addRow(['序号', '姓名', '岗位', '岗级', '等级', '社工证', '入职日期', '网格']);
  rows.forEach((r, i) => sheet.addRow([i + 1, ...r]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface Entry {
  id: number;
  name: string;
  post: string;
  certificate: string;
  leftOn: string | null;
  grid: { code: string; name: string } | null;
}

const person = (name: string, over: Record<string, unknown> = {}) => ({
  name,
  post: 'full_time',
  postLevel: 3,
  grade: 12,
  certificate: 'none',
  hiredOn: '2020-03-01',
  ...over,
});

describeEachDatabase(
  'roster',
  (env) => {
    it('street officers keep a community roster, its workers only read it, other communities see nothing', async () => {
      const d = await env().build.district({ streets: 2, communities: 2 });
      const [home, neighbour] = d.streets[0].communities;
      const away = d.streets[1].communities[0];
      const [grid] = await env().build.grids([{ code: home, name: '社区' }], 1);
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      const worker = (await env().build.worker(home)).agent;
      const minzheng = (await env().build.officer(d)).agent;

      const add = await street.post(
        `/api/v1/communities/${home}/roster`,
        person('王书记', { post: 'secretary', gridCode: grid }),
      );
      expect(add.statusCode, add.body).toBe(201);
      expect((add.json() as Entry).grid?.code).toBe(grid);
      expect((await minzheng.post(`/api/v1/communities/${home}/roster`, person('李网格'))).statusCode).toBe(201);

      const read = await worker.get(`/api/v1/communities/${home}/roster`);
      expect(read.statusCode).toBe(200);
      expect(
        read
          .json()
          .items.map((e: Entry) => e.name)
          .sort(),
      ).toEqual(['李网格', '王书记']);
      expect(read.json().canEdit).toBe(false);
      expect((await worker.post(`/api/v1/communities/${home}/roster`, person('张三'))).statusCode).toBe(403);
      expect((await worker.get(`/api/v1/communities/${neighbour}/roster`)).statusCode).toBe(403);
      // Another street's officer neither reads nor writes this street's communities.
      const other = (await env().build.streetOfficer(d.streets[1].code)).agent;
      expect((await other.get(`/api/v1/communities/${home}/roster`)).statusCode).toBe(403);
      expect((await other.post(`/api/v1/communities/${home}/roster`, person('张三'))).statusCode).toBe(403);
      expect((await street.get(`/api/v1/communities/${away}/roster`)).statusCode).toBe(403);
      // An entry of another community is not found through this one.
      const id = (add.json() as Entry).id;
      const wrong = await minzheng.request('PUT', `/api/v1/communities/${neighbour}/roster/${id}`, person('王书记'));
      expect(wrong.statusCode).toBe(404);
    });

    it('refuses bad input naming the field (422); searches, pages and ends a person in post', async () => {
      const d = await env().build.district({ streets: 1, communities: 2 });
      const [home, neighbour] = d.communities;
      const [otherGrid] = await env().build.grids([{ code: neighbour, name: '社区' }], 1);
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      const url = `/api/v1/communities/${home}/roster`;
      const fieldsOf = (r: { json: () => { errors?: { field: string }[] } }) =>
        (r.json().errors ?? []).map((e) => e.field);

      const cases: [Record<string, unknown>, string][] = [
        [{ post: 'boss' }, 'post'],
        [{ grade: 19 }, 'grade'],
        [{ postLevel: 0 }, 'postLevel'],
        [{ certificate: 'phd' }, 'certificate'],
        [{ hiredOn: 'yesterday' }, 'hiredOn'],
        [{ hiredOn: env().dates.daysFromToday(3) }, 'hiredOn'],
        [{ gridCode: otherGrid }, 'gridCode'],
        [{ name: '   ' }, 'name'],
      ];
      for (const [over, field] of cases) {
        const r = await street.post(url, person('赵六', over));
        expect(r.statusCode, JSON.stringify(over)).toBe(422);
        expect(fieldsOf(r), JSON.stringify(over)).toContain(field);
      }

      for (let i = 1; i <= 25; i++)
        expect((await street.post(url, person(`工作者${String(i).padStart(2, '0')}`))).statusCode).toBe(201);
      const page2 = (await street.get(`${url}?page=2&pageSize=10`)).json();
      expect(page2.total).toBe(25);
      expect(page2.items).toHaveLength(10);
      const found = (await street.get(`${url}?q=${encodeURIComponent('工作者1')}`)).json();
      expect(found.total).toBe(10); // 工作者10 … 工作者19

      const id = found.items[0].id as number;
      const early = await street.post(`${url}/${id}/end`, { leftOn: '2019-01-01' });
      expect(early.statusCode).toBe(422);
      expect(fieldsOf(early)).toContain('leftOn');
      const ended = await street.post(`${url}/${id}/end`, { leftOn: env().dates.daysFromToday(-1) });
      expect(ended.statusCode, ended.body).toBe(200);
      expect((await street.post(`${url}/${id}/end`, { leftOn: env().dates.today() })).statusCode).toBe(409);
      const after = (await street.get(url)).json();
      expect(after.total).toBe(24);
      expect(after.active).toBe(24);
      expect((await street.get(`${url}?ended=true`)).json().total).toBe(25);

      const edit = await street.request('PUT', `${url}/${id}`, person('工作者改名', { certificate: 'senior' }));
      expect(edit.statusCode).toBe(200);
      expect((edit.json() as Entry).name).toBe('工作者改名');
      expect((edit.json() as Entry).leftOn).toBe(env().dates.daysFromToday(-1));
    });

    it('the staffing table counts staff from the roster where a community has one, else the capacity figure', async () => {
      const d = await env().build.district({ streets: 1, communities: 2 });
      const [rostered, entered] = d.communities;
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      const put = await street.request('PUT', '/api/v1/burden/capacity', {
        items: [
          { community: rostered, staff: 9 },
          { community: entered, staff: 4 },
        ],
      });
      expect(put.statusCode).toBe(204);
      const url = `/api/v1/communities/${rostered}/roster`;
      for (const p of [
        person('书记甲', { post: 'secretary', certificate: 'social_worker' }),
        person('网格员乙', { post: 'grid_worker', certificate: 'assistant' }),
        person('网格员丙', { post: 'grid_worker' }),
        person('专职丁', {}),
      ])
        expect((await street.post(url, p)).statusCode).toBe(201);
      const gone = (await street.post(url, person('已离岗', { certificate: 'senior' }))).json() as Entry;
      await street.post(`${url}/${gone.id}/end`, { leftOn: env().dates.daysFromToday(-10) });

      const community = (await street.get(`/api/v1/staffing/orgs/${rostered}`)).json();
      expect(community.staff).toBe(4); // the roster's four in post, not the capacity figure's 9
      expect(community.staffSource).toBe('roster');
      expect(community.certifiedShare).toBe(0.5);
      expect(community.byPost).toMatchObject({ secretary: 1, grid_worker: 2, full_time: 1, director: 0 });

      const rows = (await street.get(`/api/v1/staffing/orgs/${d.streets[0].code}/children`)).json().items;
      expect(rows[1].staff).toBe(4);
      expect(rows[1].staffSource).toBe('capacity');
      expect(rows[1].certifiedShare).toBeNull();
      const streetRow = (await street.get(`/api/v1/staffing/orgs/${d.streets[0].code}`)).json();
      expect(streetRow.staff).toBe(8);
      expect(streetRow.staffSource).toBe('mixed');
      expect(streetRow.rosterCommunities).toBe(1);
    });

    it('imports a roster from XLSX: a dry run lists row errors and writes nothing; a commit writes all or none', async () => {
      const d = await env().build.district({ streets: 1, communities: 1 });
      const community = d.communities[0];
      const [grid] = await env().build.grids([{ code: community, name: '翠竹社区' }], 2);
      const street = (await env().build.streetOfficer(d.streets[0].code)).agent;
      const worker = (await env().build.worker(community)).agent;
      const send = (agent: typeof street, body: Buffer, commit: boolean, filename = '花名册.xlsx') => {
        const form = multipart({ data: JSON.stringify({ commit }) }, [{ name: 'file', filename, type: XLSX, body }]);
        return agent.request('POST', `/api/v1/communities/${community}/roster/import`, form.body, {
          'content-type': form.contentType,
        });
      };
      const inPost = async () => (await street.get(`/api/v1/communities/${community}/roster`)).json().total as number;

      const bad = await rosterXlsx([
        ['陈书记', '书记', '一岗', '4', '社会工作师', '2015-03-01', null],
        [null, '网格员', '三岗', '16', null, '2021-05-10', '第1网格'],
        ['马网格', '网格员', '三岗', '19', null, '2021-13-01', '第9网格'],
      ]);
      const dry = await send(street, bad, false);
      expect(dry.statusCode, dry.body).toBe(200);
      expect(dry.json()).toMatchObject({ rows: 3, imported: 0, committed: false });
      expect(dry.json().errors).toEqual([
        { row: 3, field: 'name', reason: 'required' },
        { row: 4, field: 'grade', reason: 'invalid_value' },
        { row: 4, field: 'hiredOn', reason: 'invalid_date' },
        { row: 4, field: 'gridCode', reason: 'not_a_grid' },
      ]);
      // A commit with bad rows writes none of them, not even the good first row.
      const refused = await send(street, bad, true);
      expect(refused.json()).toMatchObject({ imported: 0, committed: false });
      expect(await inPost()).toBe(0);

      const good = await rosterXlsx([
        ['陈书记', '书记', '一岗', '4', '社会工作师', '2015-03-01', null],
        ['王网格', '网格员', '三岗', '16', '助理社会工作师', new Date(Date.UTC(2021, 4, 10)), '第1网格'],
      ]);
      const tried = (await send(street, good, false)).json();
      expect(tried, JSON.stringify(tried)).toMatchObject({ rows: 2, errors: [], imported: 0 });
      expect(await inPost()).toBe(0);
      const done = await send(street, good, true);
      expect(done.json()).toMatchObject({ rows: 2, errors: [], imported: 2, committed: true });
      const list = (await street.get(`/api/v1/communities/${community}/roster`)).json();
      expect(list.total).toBe(2);
      const wang = list.items.find((e: { name: string }) => e.name === '王网格');
      expect(wang).toMatchObject({ post: 'grid_worker', postLevel: 3, grade: 16, hiredOn: '2021-05-10' });
      expect(wang.grid.code).toBe(grid);

      // A header without the required columns; a file that is no spreadsheet; a worker may not import.
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('x').addRow(['姓名', '电话']);
      const noHeader = await send(street, Buffer.from(await wb.xlsx.writeBuffer()), false);
      expect(noHeader.json().errors.map((e: { reason: string }) => e.reason)).toEqual([
        'missing:post',
        'missing:hiredOn',
      ]);
      expect((await send(street, Buffer.from('not a sheet'), false, 'x.pdf')).statusCode).toBeGreaterThanOrEqual(400);
      expect((await send(worker, good, true)).statusCode).toBe(403);
      expect(await inPost()).toBe(2);
    });
  },
  { demo: false },
);
