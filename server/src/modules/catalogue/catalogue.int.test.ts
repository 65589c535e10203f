import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';

describeEachDatabase('catalogue', (env) => {
  it('publishes 蜀山区’s list to anyone, with counts per list and the versions', async () => {
    const res = await env().anon.get('/api/v1/public/catalogue/340104');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.jurisdiction.name).toBe('蜀山区');
    expect(body.version.versionNo).toBe(2);
    expect(body.versions.map((v: { versionNo: number }) => v.versionNo)).toEqual([2, 1]);
    expect(body.counts).toMatchObject({ cert_forbidden: 25 });
    expect(body.counts.duty).toBeGreaterThanOrEqual(12);
    expect(body.counts.assist).toBeGreaterThanOrEqual(40);
    const kinship = body.items.find((i: { name: string }) => i.name.includes('亲属关系'));
    expect(kinship.listType).toBe('cert_forbidden');
  });

  it('searches and filters the list', async () => {
    const q = await env().anon.get(`/api/v1/public/catalogue/340104?q=${encodeURIComponent('低保')}`);
    const items = q.json().items as { name: string; description: string; legalBasis: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => `${i.name}${i.description}${i.legalBasis}`.includes('低保'))).toBe(true);
    const duty = (await env().anon.get('/api/v1/public/catalogue/340104?listType=duty')).json();
    expect(duty.items.every((i: { listType: string }) => i.listType === 'duty')).toBe(true);
    const v1 = (await env().anon.get('/api/v1/public/catalogue/340104?version=1')).json();
    expect(v1.version.versionNo).toBe(1);
  });

  it('shows what changed from the previous version', async () => {
    const d = (await env().anon.get('/api/v1/public/catalogue/340104/diff')).json();
    expect(d.from.versionNo).toBe(1);
    expect(d.to.versionNo).toBe(2);
    expect(d.added.map((i: { code: string }) => i.code).sort()).toEqual(['XZ-054', 'XZ-055', 'XZ-056']);
    expect(d.removed.map((i: { code: string }) => i.code).sort()).toEqual(['XZ-051', 'XZ-052']);
    const minutes = d.changed.find((c: { code: string }) => c.code === 'XZ-020');
    expect(minutes.changes).toContainEqual({ field: 'standardMinutes', before: 180, after: 90 });
  });

  it('exports the list as XLSX with a title row and the items in order', async () => {
    const res = await env().anon.get('/api/v1/public/catalogue/340104/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(String(ws.getCell(1, 1).value)).toContain('蜀山区社区工作事项清单（第 2 版');
    expect(ws.getRow(2).values).toEqual(expect.arrayContaining(['序号', '编号', '清单类别', '事项名称']));
    expect(ws.rowCount).toBe(2 + 125);
  });

  it('answers 404 for a jurisdiction without a published list', async () => {
    const res = await env().anon.get('/api/v1/public/catalogue/340111');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('catalogue_not_found');
  });

  it('lets the district’s reviewer draft, edit and publish a new version; others may not', async () => {
    const baohe = await env().login('reviewer.baohe');
    expect((await baohe.post('/api/v1/catalogue/340104/drafts')).statusCode).toBe(403);
    const officer = await env().login('dept.shushan.minzheng');
    expect((await officer.post('/api/v1/catalogue/340104/drafts')).statusCode).toBe(403);

    const reviewer = await env().login('reviewer.shushan');
    const draft = await reviewer.post('/api/v1/catalogue/340104/drafts');
    expect(draft.statusCode).toBe(201);
    const { id, versionNo } = draft.json();
    expect(versionNo).toBe(3);
    expect((await reviewer.post('/api/v1/catalogue/340104/drafts')).statusCode).toBe(409);

    const item = {
      listType: 'assist',
      name: '燃气安全入户宣传协助',
      description: '配合燃气企业开展入户安全宣传',
      legalBasis: '《城镇燃气管理条例》',
      departmentKind: 'zhujian',
      objectKind: 'task',
      frequency: 'half_yearly',
      occurrencesPerYear: null,
      standardMinutes: 120,
      effectiveFrom: null,
      effectiveTo: null,
    };
    expect((await reviewer.request('PUT', `/api/v1/catalogue/versions/${id}/items/XZ-090`, item)).statusCode).toBe(204);
    const noBasis = await reviewer.request('PUT', `/api/v1/catalogue/versions/${id}/items/XZ-091`, {
      ...item,
      legalBasis: '',
    });
    expect(noBasis.statusCode).toBe(422);
    expect(noBasis.json().errors[0].field).toBe('legalBasis');
    expect((await reviewer.request('DELETE', `/api/v1/catalogue/versions/${id}/items/XZ-054`)).statusCode).toBe(204);

    // Not public until published.
    expect((await env().anon.get('/api/v1/public/catalogue/340104')).json().version.versionNo).toBe(2);
    const pub = await reviewer.post(`/api/v1/catalogue/versions/${id}/publish`, {
      effectiveFrom: '2027-01-01',
      note: '新增燃气安全宣传',
    });
    expect(pub.json()).toMatchObject({ status: 'published', versionNo: 3 });
    const d = (await env().anon.get('/api/v1/public/catalogue/340104/diff')).json();
    expect(d.added.map((i: { code: string }) => i.code)).toEqual(['XZ-090']);
    expect(d.removed.map((i: { code: string }) => i.code)).toEqual(['XZ-054']);
    expect((await reviewer.request('PUT', `/api/v1/catalogue/versions/${id}/items/XZ-092`, item)).statusCode).toBe(409);
  });
});
