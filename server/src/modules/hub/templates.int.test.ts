// 从模板导入 and learning from stewards, on both databases: a department's XLSX (two-row merged header) and
// DOCX templates become form drafts with bindings, a coverage preview and the 回流 columns; bad files are
// refused naming the reason; a steward's correction binds the same wording next time; the review queue.
import zlib from 'node:zlib';
import { expect, it } from 'vitest';
import { describeEachDatabase, type Agent, type TestEnv } from '../../testing/harness.js';
import { elderlyHouseholds } from '../../testing/ledgers.js';
import { multipart } from '../../testing/multipart.js';
import { docxOf, xlsxTemplate, zipOf } from '../../testing/office-files.js';

async function world(env: TestEnv) {
  const d = await env.build.district({ streets: 1, communities: 2 });
  const community = d.communities[0];
  await elderlyHouseholds(env, community);
  return {
    d,
    community,
    dept: (await env.build.officer(d, 'minzheng')).agent,
    steward: (await env.build.steward()).agent,
  };
}

const upload = (agent: Agent, filename: string, body: Buffer, query = '') => {
  const form = multipart({}, [{ name: 'file', filename, type: 'application/octet-stream', body }]);
  return agent.request('POST', `/api/v1/forms/templates${query}`, form.body, { 'content-type': form.contentType });
};

type Col = { label: string; element: string | null; relation: string | null; groups: string[]; score: number };
const byLabel = (cols: Col[], label: string) => cols.find((c) => c.label === label);

const GAOLING_XLSX = () =>
  xlsxTemplate('XX社区高龄津贴发放台账', [
    { label: '序号' },
    { label: '姓名' },
    { label: '性别' },
    { label: '公民身份号码' },
    { label: '出生日期' },
    { label: '监护人', children: ['姓名', '联系电话'] },
    { label: '津贴情况', children: ['是否享受高龄津贴', '高龄津贴金额（元/月）'] },
    { label: '备注' },
  ]);

describeEachDatabase('form templates and stewards’ wordings', (env) => {
  it('turns an XLSX with a two-row merged header into bound columns, a coverage preview and the 回流 columns', async () => {
    const { community, dept } = await world(env());
    const res = await upload(dept, '高龄津贴台账.xlsx', await GAOLING_XLSX(), `?community=${community}`);
    expect(res.statusCode).toBe(200);
    const draft = res.json();
    // The title printed on the sheet (without the place that printed it), not the file's name.
    expect(draft).toMatchObject({ format: 'xlsx', title: '高龄津贴发放台账', subjectType: 'resident' });
    const cols: Col[] = draft.columns;
    expect(cols.map((c) => c.label)).toEqual([
      '序号',
      '姓名',
      '性别',
      '公民身份号码',
      '出生日期',
      '监护人姓名',
      '监护人联系电话',
      '是否享受高龄津贴',
      '高龄津贴金额（元/月）',
      '备注',
    ]);
    expect(byLabel(cols, '序号')).toMatchObject({ element: null });
    expect(byLabel(cols, '备注')).toMatchObject({ element: null });
    expect(byLabel(cols, '公民身份号码')).toMatchObject({ element: 'id_number', relation: null });
    expect(byLabel(cols, '监护人姓名')).toMatchObject({ element: 'name', relation: 'guardian', groups: ['监护人'] });
    expect(byLabel(cols, '监护人联系电话')).toMatchObject({ relation: 'guardian' });
    expect(byLabel(cols, '高龄津贴金额（元/月）')).toMatchObject({ element: 'senior_allowance_amount' });
    // 民政 pays the allowance: it brings those columns, communities are not asked.
    expect(draft.backflow.map((b: { element: string }) => b.element)).toEqual(
      expect.arrayContaining(['senior_allowance', 'senior_allowance_amount']),
    );
    const allowance = draft.backflow.filter((b: { element: string }) => b.element.startsWith('senior_allowance'));
    expect(allowance.map((b: { source: string }) => b.source)).toEqual(['民政局', '民政局']);
    expect(draft.backflow.map((b: { label: string }) => b.label)).not.toContain('姓名');
    // The preview counts the community's residents; names, genders and ID numbers are known to the hub.
    expect(draft.preview.community.code).toBe(community);
    expect(draft.preview.rows).toBe(9);
    expect(draft.preview.coverage.known).toBeGreaterThan(0.3);
    expect(draft.preview.coverage.known).toBeLessThan(1);
    const name = draft.preview.coverage.perColumn.find((c: { label: string }) => c.label === '姓名');
    expect(name).toMatchObject({ known: 9, of: 9 });
  });

  it('reads a DOCX registration form and a roster table, nested table included', async () => {
    const { dept } = await world(env());
    const docx = docxOf('临时救助申请审批表', [
      [
        ['申请人姓名', '', '性别', '□男 □女'],
        ['公民身份号码', '', '联系电话', ''],
        ['家庭住址', '', '', ''],
        ['申请理由', '', '', ''],
        ['社区意见', '', '', ''],
      ],
      [
        [
          { text: '序号', vMerge: 'restart' },
          { text: '家庭成员情况', span: 3 },
        ],
        [{ text: '', vMerge: 'continue' }, '姓名', '与申请人关系', '身份证号'],
        ['', '', '', ''],
        ['', '', '', ''],
      ],
    ]);
    const res = await upload(dept, '临时救助申请审批表.docx', docx);
    expect(res.statusCode).toBe(200);
    const cols: Col[] = res.json().columns;
    expect(cols.map((c) => c.label)).toEqual(
      expect.arrayContaining(['申请人姓名', '性别', '公民身份号码', '联系电话', '家庭住址', '申请理由', '社区意见']),
    );
    expect(cols.map((c) => c.label)).not.toContain('□男 □女');
    expect(byLabel(cols, '申请人姓名')).toMatchObject({ element: 'name', relation: null });
    expect(byLabel(cols, '社区意见')).toMatchObject({ element: null });
    expect(byLabel(cols, '与申请人关系')?.groups).toEqual(['家庭成员情况']);
    expect(res.json().preview).toBeNull();
  });

  it("binds a guardian's block of a DOCX form to the guardian: the repeated 姓名 and 联系电话 are kept, not dropped", async () => {
    const { dept } = await world(env());
    const docx = docxOf('困境儿童登记表', [
      [
        ['姓名', '', '公民身份号码', ''],
        ['联系电话', '', '家庭住址', ''],
        [{ text: '监护人信息', span: 4 }],
        ['姓名', '', '联系电话', ''],
      ],
    ]);
    const res = await upload(dept, '困境儿童登记表.docx', docx);
    expect(res.statusCode).toBe(200);
    const cols: Col[] = res.json().columns;
    expect(cols.map((c) => [c.label, c.element, c.relation])).toEqual([
      ['姓名', 'name', null],
      ['公民身份号码', 'id_number', null],
      ['联系电话', 'mobile', null],
      ['家庭住址', expect.any(String), null],
      ['监护人信息', null, null],
      ['姓名', 'name', 'guardian'],
      ['联系电话', 'mobile', 'guardian'],
    ]);
  });

  it('refuses bad files with problem+json naming the reason', async () => {
    const { dept } = await world(env());
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const renamed = await upload(dept, '模板.xlsx', png);
    expect(renamed.statusCode).toBe(415);
    expect(renamed.headers['content-type']).toContain('application/problem+json');
    expect(renamed.json()).toMatchObject({ code: 'template_format', detail: '模板.xlsx' });
    // A zip that is neither a workbook nor a Word document.
    const other = await upload(dept, 'x.docx', zipOf({ 'readme.txt': 'hello' }));
    expect(other.json()).toMatchObject({ status: 415, code: 'template_format' });
    // A bomb: an entry that claims little and inflates to far more.
    const bomb = zipOf({ 'word/document.xml': 'x'.repeat(3_000_000) });
    expect(zlib.inflateRawSync(bomb.subarray(30 + 'word/document.xml'.length)).length).toBeGreaterThan(0);
    const bombRes = await upload(dept, 'bomb.docx', bomb);
    expect(bombRes.json()).toMatchObject({ status: 422, code: 'dataset_expands_too_much' });
    const empty = await upload(dept, 'empty.xlsx', Buffer.alloc(0));
    expect(empty.json()).toMatchObject({ status: 422, code: 'dataset_empty' });
    const big = await upload(
      dept,
      'big.xlsx',
      Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(6 * 1024 * 1024)]),
    );
    expect(big.json()).toMatchObject({ status: 413, code: 'template_too_large' });
    const noHeader = await upload(dept, 'blank.docx', docxOf('空白', []));
    expect(noHeader.json()).toMatchObject({ status: 422, code: 'template_no_columns' });
    const text = await dept.post('/api/v1/forms/templates/text', { text: '\n \n' });
    expect(text.json()).toMatchObject({ status: 422, code: 'template_no_columns' });
  });

  it('lets only departments and stewards import, previewing only communities in their scope', async () => {
    const { d, community } = await world(env());
    const worker = (await env().build.worker(community)).agent;
    const refused = await upload(worker, 't.xlsx', await GAOLING_XLSX());
    expect(refused.statusCode).toBe(403);
    expect((await worker.post('/api/v1/forms/templates/text', { text: '姓名' })).statusCode).toBe(403);
    // Another district's department may not look into this community.
    const other = await env().build.district();
    const stranger = (await env().build.officer(other, 'minzheng')).agent;
    const out = await stranger.post('/api/v1/forms/templates/text', { text: '姓名\n性别', community });
    expect(out.json()).toMatchObject({ status: 403, code: 'out_of_scope' });
    // A street is not a community to preview.
    const own = (await env().build.officer(d, 'minzheng')).agent;
    const street = await own.post('/api/v1/forms/templates/text', { text: '姓名', community: d.streets[0].code });
    expect(street.statusCode).toBe(404);
  });

  it('keeps a steward’s correction as a wording that binds next time, with who and when', async () => {
    const { steward } = await world(env());
    const match = async (label: string) => (await steward.post('/api/v1/hub/match', { labels: [label] })).json()[0];
    expect((await match('通讯号码')).element).toBeNull();
    const saved = await steward.post('/api/v1/hub/synonyms', {
      corrections: [
        { label: '通讯号码', element: 'mobile', relation: null },
        { label: '邻居姓名', element: null, relation: null },
      ],
    });
    expect(saved.json()).toEqual({ confirmed: 2, queued: 0, readings: 0 });
    expect(await match('通讯号码')).toMatchObject({ element: 'mobile', relation: null, score: 1 });
    // The same wording as printed elsewhere (numbering, colon) binds too; a form-only wording stays unbound.
    expect(await match('3.通讯号码：')).toMatchObject({ element: 'mobile' });
    expect(await match('邻居姓名')).toMatchObject({ element: null });
    const list = (await steward.get('/api/v1/hub/synonyms?status=confirmed')).json();
    expect(list.items.find((s: { label: string }) => s.label === '通讯号码')).toMatchObject({
      element: 'mobile',
      origin: 'correction',
      proposedBy: expect.any(String),
      decidedBy: expect.any(String),
    });
    const bad = await steward.post('/api/v1/hub/synonyms', {
      corrections: [{ label: 'x', element: 'no_such', relation: null }],
    });
    expect(bad.json()).toMatchObject({ status: 422, code: 'validation_failed' });
  });

  it('keeps a correction of a dictionary wording (联系电话 as the guardian’s, 住址 as nobody’s, 电话 as a landline) on its form, not as a wording', async () => {
    const { steward } = await world(env());
    const form = async () =>
      (await steward.post('/api/v1/hub/match', { labels: ['姓名', '联系电话', '住址'] })).json() as {
        element: string | null;
        relation: string | null;
      }[];
    expect((await form())[1]).toMatchObject({ element: 'mobile', relation: null });
    const saved = await steward.post('/api/v1/hub/synonyms', {
      corrections: [
        { label: '联系电话', element: 'mobile', relation: 'guardian' },
        { label: '住址', element: null, relation: null },
        { label: '电话', element: 'landline', relation: null },
        { label: '现居所', element: 'residence_address', relation: null },
      ],
    });
    expect(saved.json()).toEqual({ confirmed: 1, queued: 0, readings: 3 });
    // Another form's 联系电话, 住址 and 电话 are read as the dictionary reads them; the new wording binds.
    const next = await form();
    expect(next[1]).toMatchObject({ element: 'mobile', relation: null });
    expect(next[2].element).toBe('family_address');
    const phone = (await steward.post('/api/v1/hub/match', { labels: ['电话'] })).json()[0];
    expect(phone.element).toBe('mobile');
    const wording = (await steward.post('/api/v1/hub/match', { labels: ['现居所'] })).json()[0];
    expect(wording).toMatchObject({ element: 'residence_address', score: 1 });
  });

  it('queues a department’s correction and unsure labels for a steward: accept, rebind, form-only; search and pages', async () => {
    const { dept, steward } = await world(env());
    const queued = await dept.post('/api/v1/hub/synonyms', {
      corrections: [{ label: '老人联系手机', element: 'mobile', relation: null }],
    });
    expect(queued.json()).toEqual({ confirmed: 0, queued: 1, readings: 0 });
    // Not in force until a steward decides.
    expect((await dept.get('/api/v1/hub/synonyms')).statusCode).toBe(403);
    // Unsure labels from a template join the queue.
    await dept.post('/api/v1/forms/templates/text', { text: '姓名\n残疾证类别等级\n居住情况说明\n老人联系手机' });
    const page = (await steward.get('/api/v1/hub/synonyms?pageSize=1')).json();
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.items).toHaveLength(1);
    const found = (await steward.get(`/api/v1/hub/synonyms?q=${encodeURIComponent('联系手机')}`)).json();
    expect(found.total).toBe(1);
    const row = found.items[0];
    expect(row).toMatchObject({ label: '老人联系手机', status: 'pending', element: 'mobile', origin: 'correction' });
    expect(row.proposedBy).toBeTruthy();
    expect(row.seen).toBe(2);
    expect((await steward.post(`/api/v1/hub/synonyms/${row.id}/decision`, { action: 'accept' })).statusCode).toBe(204);
    const m = (await dept.post('/api/v1/hub/match', { labels: ['老人联系手机'] })).json()[0];
    expect(m).toMatchObject({ element: 'mobile', score: 1 });
    // Rebind and form-only on whatever else is queued.
    const rest = (await steward.get('/api/v1/hub/synonyms')).json().items;
    expect(rest.find((r: { label: string }) => r.label === '老人联系手机')).toBeUndefined();
    const first = rest[0];
    expect(
      (
        await steward.post(`/api/v1/hub/synonyms/${first.id}/decision`, {
          action: 'rebind',
          element: 'disability_grade',
          relation: null,
        })
      ).statusCode,
    ).toBe(204);
    const bound = (await dept.post('/api/v1/hub/match', { labels: [first.label] })).json()[0];
    expect(bound.element).toBe('disability_grade');
    if (rest[1]) {
      await steward.post(`/api/v1/hub/synonyms/${rest[1].id}/decision`, { action: 'form_only' });
      expect((await dept.post('/api/v1/hub/match', { labels: [rest[1].label] })).json()[0].element).toBeNull();
    }
    expect((await steward.post('/api/v1/hub/synonyms/999999/decision', { action: 'accept' })).statusCode).toBe(404);
    expect((await dept.post(`/api/v1/hub/synonyms/${first.id}/decision`, { action: 'accept' })).statusCode).toBe(403);
  });
});
