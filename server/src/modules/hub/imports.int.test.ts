// Dataset imports by a data steward: upload (GBK CSV), dry run with row-level errors, all-or-nothing
// commit, re-import, clear errors for bad files, and withdrawn datasets. Each test imports into a dataset
// of its own district of 试验市, whose households are loaded through the hub first (builders).
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { describeEachDatabase, type Agent, type TestEnv } from '../../testing/harness.js';
import type { BuiltHousehold } from '../../testing/builders.js';

function upload(agent: Agent, datasetId: number, filename: string, body: Buffer) {
  const boundary = '----jianfuimport' + Math.random().toString(16).slice(2);
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    body,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return agent.request('POST', `/api/v1/hub/datasets/${datasetId}/imports`, payload, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

/**
 * Polls an import until it reaches one of `statuses`: up to 45 s (a dry run waits for the cores on a loaded
 * machine; the test's own timeout is 60 s). An import that failed says so at once, with its message, not
 * later as a time-out.
 */
async function until(agent: Agent, id: number, statuses: string[]) {
  const deadline = performance.now() + 45_000;
  for (;;) {
    const v = (await agent.get(`/api/v1/hub/imports/${id}`)).json();
    if (statuses.includes(v.status)) return v;
    if (v.status === 'failed') throw new Error(`import ${id} failed: ${v.message}`);
    if (performance.now() > deadline) throw new Error(`import ${id} still ${v.status} after 45 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const csvCell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/**
 * 民政局's 低保 list of a community's households as Chinese Excel exports it (GBK CSV); `withErrors` puts
 * three typical mistakes in it: a mistyped check digit (row 4), an impossible date (row 6) and one
 * household entered twice (the last row).
 */
function dibaoCsv(env: TestEnv, communityName: string, households: BuiltHousehold[], withErrors: boolean): Buffer {
  const header = [
    '序号',
    '户主姓名',
    '户主身份证号码',
    '户号',
    '保障人数',
    '低保证号',
    '月保障金额（元）',
    '保障起始日期',
    '家庭住址',
    '所属社区',
  ];
  const rows: (string | number)[][] = households.map((h, i) => {
    const since = env.dates.monthStart(-(i + 1)).split('-');
    return [
      i + 1,
      h.residents[0].name,
      h.residents[0].idNumber,
      h.number,
      h.residents.length,
      `试低字${String(2024000 + i + 1)}`,
      h.residents.length * 890,
      `${since[0]}/${Number(since[1])}/1`,
      h.address,
      communityName,
    ];
  });
  if (withErrors) {
    const id = String(rows[2][2]);
    rows[2][2] = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    rows[4][7] = `${env.dates.year() - 1}/13/1`;
    rows.push([rows.length + 1, ...rows[5].slice(1)]);
  }
  const text = [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return iconv.encode(text, 'gbk');
}

/** A district, 试验市's steward, the 低保 dataset of its 民政局, and eight households of its first community. */
async function world(env: TestEnv) {
  const d = await env.build.district({ streets: 1, communities: 2 });
  const community = d.communities[0];
  const steward = (await env.build.steward()).agent;
  const ds = await env.build.dataset(d, {
    code: `test-${d.code}-minzheng-dibao`,
    name: '城乡低保家庭名单',
    departmentKind: 'minzheng',
    subjectType: 'household',
  });
  const households = await env.build.households(
    community,
    ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'].map((surname, i) => [
      { name: `${surname}建华`, gender: 'male' as const, age: 40 + i * 3 },
      ...(i % 2 ? [{ name: `${surname}丽`, gender: 'female' as const, age: 38 + i * 3 }] : []),
    ]),
  );
  const name = (await env.ctx.services.orgs.get(community)).name;
  const file = (withErrors: boolean) => dibaoCsv(env, name, households, withErrors);
  return { d, community, steward, ds, file };
}

describeEachDatabase(
  'dataset imports',
  (env) => {
    it('dry-runs the GBK 低保 list, reports the bad rows by row and reason, commits the fixed file, and changes nothing on re-import', async () => {
      const { d, steward, ds, file } = await world(env());
      const bad = await upload(steward, ds, '低保名单.csv', file(true));
      expect(bad.statusCode, bad.body).toBe(201);
      const up = bad.json();
      expect(up).toMatchObject({ format: 'csv', encoding: 'gb18030', status: 'uploaded' });
      expect(up.columns).toContain('户主身份证号码');
      expect(up.mapping.columns[up.mapping.keyColumn]).toBe('household_number');
      expect((await steward.post(`/api/v1/hub/imports/${up.id}/commit`)).json().code).toBe('import_not_ready');

      expect((await steward.post(`/api/v1/hub/imports/${up.id}/dry-run`, { mapping: up.mapping })).statusCode).toBe(
        202,
      );
      const checked = await until(steward, up.id, ['has_errors', 'validated', 'failed']);
      expect(checked).toMatchObject({ status: 'has_errors', rowsError: 3 });
      const errors = (await steward.get(`/api/v1/hub/imports/${up.id}/errors`)).json();
      expect(errors.items.map((e: { rowNo: number; reason: string }) => `${e.rowNo}:${e.reason}`)).toEqual([
        '4:bad_id_check_digit',
        '6:bad_date',
        `${checked.rowsTotal + 1}:duplicate_key`,
      ]);
      expect(errors.items[0].message).toBe('公民身份号码校验位错误');
      const report = await steward.get(`/api/v1/hub/imports/${up.id}/errors.xlsx`);
      expect(report.headers['content-type']).toContain('spreadsheetml');
      const refused = await steward.post(`/api/v1/hub/imports/${up.id}/commit`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('import_has_errors');

      const good = (await upload(steward, ds, '低保名单（已修正）.csv', file(false))).json();
      await steward.post(`/api/v1/hub/imports/${good.id}/dry-run`, { mapping: good.mapping });
      expect((await until(steward, good.id, ['validated', 'has_errors'])).status).toBe('validated');
      await steward.post(`/api/v1/hub/imports/${good.id}/commit`);
      const committed = await until(steward, good.id, ['committed', 'failed']);
      expect(committed).toMatchObject({ status: 'committed', rowsUnchanged: 0 });
      expect(committed.rowsWritten).toBe(committed.rowsTotal);

      const again = (await upload(steward, ds, '低保名单（已修正）.csv', file(false))).json();
      expect(again.sameAsImport).toBe(good.id);
      await steward.post(`/api/v1/hub/imports/${again.id}/dry-run`, { mapping: again.mapping });
      await until(steward, again.id, ['validated']);
      await steward.post(`/api/v1/hub/imports/${again.id}/commit`);
      expect(await until(steward, again.id, ['committed'])).toMatchObject({
        rowsWritten: 0,
        rowsUnchanged: committed.rowsTotal,
      });
      // The steward's import history: newest first, each with its status; departments may not list it.
      const history = (await steward.get(`/api/v1/hub/datasets/${ds}/imports`)).json();
      expect(history.map((h: { id: number; status: string }) => `${h.id}:${h.status}`)).toEqual([
        `${again.id}:committed`,
        `${good.id}:committed`,
        `${up.id}:has_errors`,
      ]);
      // The dataset list says when it was last worked on (the import page opens that one first).
      const listed = (await steward.get('/api/v1/hub/datasets')).json().find((d: { id: number }) => d.id === ds);
      expect(listed.lastImportAt).toBe(history[0].createdAt);
      const dept = (await env().build.officer(d)).agent;
      expect((await dept.get(`/api/v1/hub/datasets/${ds}/imports`)).statusCode).toBe(403);
    });

    it('gives clear errors for an empty file, a header-only file, a wrong encoding and a wrong format', async () => {
      const { steward, ds } = await world(env());
      const empty = await upload(steward, ds, 'empty.csv', Buffer.alloc(0));
      expect(empty.statusCode).toBe(422);
      expect(empty.json()).toMatchObject({ code: 'dataset_empty', title: '文件是空的' });
      const headerOnly = await upload(steward, ds, 'header.csv', iconv.encode('户号,户主姓名\r\n', 'gbk'));
      expect(headerOnly.json().code).toBe('dataset_no_rows');
      const utf16 = await upload(
        steward,
        ds,
        'utf16.csv',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('户号,户主姓名\r\n1,张三\r\n', 'utf16le')]),
      );
      expect(utf16.statusCode).toBe(415);
      expect(utf16.json().code).toBe('dataset_encoding');
      const pdf = await upload(steward, ds, 'list.pdf', Buffer.from('%PDF-1.4'));
      expect(pdf.json().code).toBe('dataset_format');
    });

    it("keeps the steward's rebinding of a column as a wording, so the next upload proposes it", async () => {
      const { steward, ds } = await world(env());
      const csv = iconv.encode('户号,户主姓名,住所门牌（民政口径）\r\n00600100001,张三,幸福路1号\r\n', 'gbk');
      const first = (await upload(steward, ds, '名单.csv', csv)).json();
      expect(first.mapping.columns[2]).not.toBe('family_address');
      const mapping = { ...first.mapping, columns: ['household_number', 'name', 'family_address'] };
      expect((await steward.post(`/api/v1/hub/imports/${first.id}/dry-run`, { mapping })).statusCode).toBe(202);
      await until(steward, first.id, ['validated', 'has_errors', 'failed']);
      const confirmed = (await steward.get('/api/v1/hub/synonyms?status=confirmed')).json().items;
      expect(confirmed).toContainEqual(
        expect.objectContaining({ label: '住所门牌', element: 'family_address', origin: 'correction' }),
      );
      // The columns the steward left as proposed teach nothing.
      expect(confirmed.map((r: { label: string }) => r.label)).not.toContain('户号');
      const next = (await upload(steward, ds, '名单.csv', csv)).json();
      expect(next.mapping.columns[2]).toBe('family_address');
    });

    it('refuses a file over the upload limit with 413', async () => {
      const { steward, ds } = await world(env());
      const line = Buffer.from('00600100001,张三,340104194103081234,1,890\r\n');
      const big = Buffer.concat([
        Buffer.from('户号,户主姓名,户主身份证号码,保障人数,月保障金额\r\n'),
        Buffer.alloc(151 * 1024 * 1024 - line.length, 0x20),
        line,
      ]);
      const res = await upload(steward, ds, 'big.csv', big);
      expect(res.statusCode).toBe(413);
      expect(res.json().code).toBe('dataset_too_large');
    });

    it('is for data stewards only, inside their jurisdiction', async () => {
      const { d, community, steward, ds } = await world(env());
      const worker = (await env().build.worker(community)).agent;
      expect((await worker.get('/api/v1/hub/datasets')).statusCode).toBe(403);
      const dept = (await env().build.officer(d)).agent;
      expect((await dept.get('/api/v1/hub/datasets')).statusCode).toBe(403);
      // A district's steward sees its own datasets, not another district's.
      expect((await steward.get('/api/v1/hub/datasets')).json().map((x: { id: number }) => x.id)).toContain(ds);
      const other = (await env().build.steward((await env().build.district()).code)).agent;
      expect((await other.get('/api/v1/hub/datasets')).json().map((x: { id: number }) => x.id)).not.toContain(ds);
    });

    it('refuses imports into a withdrawn dataset: no upload, no dry run, no commit of a checked file', async () => {
      const { steward, ds, file: dibao } = await world(env());
      const file = dibao(false);
      const checked = (await upload(steward, ds, '低保名单.csv', file)).json();
      await steward.post(`/api/v1/hub/imports/${checked.id}/dry-run`, { mapping: checked.mapping });
      expect((await until(steward, checked.id, ['validated', 'has_errors'])).status).toBe('validated');
      const uploaded = (await upload(steward, ds, '低保名单.csv', file)).json();
      expect((await steward.post(`/api/v1/hub/datasets/${ds}/withdraw`)).statusCode).toBe(200);

      const commit = await steward.post(`/api/v1/hub/imports/${checked.id}/commit`);
      expect(commit.statusCode).toBe(409);
      expect(commit.headers['content-type']).toContain('application/problem+json');
      expect(commit.json()).toMatchObject({
        code: 'import_dataset_withdrawn',
        title: '该数据集已撤回，不能再向其导入数据',
      });
      const dry = await steward.post(`/api/v1/hub/imports/${uploaded.id}/dry-run`, { mapping: uploaded.mapping });
      expect(dry.statusCode).toBe(409);
      expect(dry.json().code).toBe('import_dataset_withdrawn');
      const again = await upload(steward, ds, '低保名单.csv', file);
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('import_dataset_withdrawn');
      const english = await steward.request(
        'POST',
        `/api/v1/hub/imports/${checked.id}/commit`,
        {},
        { 'accept-language': 'en' },
      );
      expect(english.json().title).toBe('This dataset has been withdrawn; no data can be imported into it');
      const listed = (await steward.get('/api/v1/hub/datasets')).json().find((d: { id: number }) => d.id === ds);
      expect(listed.withdrawnAt).toEqual(expect.any(String));

      const left = await env()
        .ctx.database.db.selectFrom('facts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('dataset_id', '=', ds)
        .executeTakeFirstOrThrow();
      expect(Number(left.n)).toBe(0);
      expect((await steward.get(`/api/v1/hub/imports/${checked.id}`)).json().status).toBe('validated');
    });
  },
  { demo: false },
);
