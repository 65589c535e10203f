// The published lists of community work items: public reading, search, versions and their differences,
// XLSX export, and drafting and publishing by the district's reviewer. Each test publishes the list of
// its own district of 试验市 (builders), with dates relative to the test's clock.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import type { ItemValues } from './repository.js';

const item = (
  code: string,
  listType: ItemValues['listType'],
  name: string,
  description: string,
  more: Partial<ItemValues> = {},
): ItemValues => ({
  code,
  listType,
  name,
  description,
  legalBasis: '',
  departmentKind: null,
  objectKind: 'task',
  frequency: 'yearly',
  occurrencesPerYear: null,
  standardMinutes: 0,
  effectiveFrom: null,
  effectiveTo: null,
  ...more,
});

const ZHENGMING = '民政部等《关于改进和规范基层群众性自治组织出具证明工作的指导意见》（民发〔2020〕20号）';

const V1: ItemValues[] = [
  item('LZ-001', 'duty', '居民会议召集', '每季度召集居民会议或居民代表会议，讨论决定涉及全体居民利益的重要事项。', {
    legalBasis: '《中华人民共和国城市居民委员会组织法》',
    objectKind: 'meeting',
    frequency: 'quarterly',
    standardMinutes: 120,
  }),
  item('LZ-002', 'duty', '矛盾纠纷排查调解', '组织人民调解委员会排查调解邻里、家庭和物业纠纷。', {
    legalBasis: '《中华人民共和国人民调解法》',
    frequency: 'monthly',
    standardMinutes: 240,
  }),
  item(
    'XZ-010',
    'assist',
    '最低生活保障申请受理协助',
    '协助民政部门受理低保申请，配合入户调查和民主评议，公示低保对象名单。',
    {
      legalBasis: '《社会救助暂行办法》',
      departmentKind: 'minzheng',
      frequency: 'as_needed',
      occurrencesPerYear: 12,
      standardMinutes: 60,
    },
  ),
  item('XZ-020', 'assist', '流动人口和出租房屋信息登记', '协助公安派出所登记流动人口居住信息和出租房屋信息。', {
    legalBasis: '《居住证暂行条例》',
    departmentKind: 'gongan',
    objectKind: 'survey',
    frequency: 'monthly',
    standardMinutes: 180,
  }),
  item('XZ-030', 'assist', '老年人助餐服务需求摸排', '逐户了解辖区老年人的助餐需求，汇总后报送街道。', {
    legalBasis: '《中华人民共和国老年人权益保障法》',
    departmentKind: 'minzheng',
    objectKind: 'survey',
    standardMinutes: 300,
  }),
  item(
    'XZ-031',
    'assist',
    '“九小场所”消防安全专项排查登记',
    '配合消防救援站对小餐饮、小商店等场所开展消防安全专项排查。',
    {
      legalBasis: '《中华人民共和国消防法》',
      departmentKind: 'yingji',
      objectKind: 'inspection',
      frequency: 'quarterly',
      standardMinutes: 180,
    },
  ),
  item('JR-001', 'negative', '以社区名义开展创建达标评比', '不得要求社区承担各类创建达标、示范评比工作。'),
  item('ZM-K-001', 'cert_allowed', '社区志愿服务时长证明', '居民在本社区参加志愿服务的时长，由社区据实出具。', {
    objectKind: 'certificate',
  }),
  item('ZM-B-001', 'cert_forbidden', '亲属关系证明', '亲属关系由公安、民政等部门通过户籍和婚姻登记信息核验。', {
    legalBasis: ZHENGMING,
    objectKind: 'certificate',
  }),
  item('ZM-B-002', 'cert_forbidden', '无犯罪记录证明', '无犯罪记录证明由公安机关出具。', {
    legalBasis: ZHENGMING,
    objectKind: 'certificate',
  }),
];

/** The second version: two items out, three in, one re-estimated at 90 minutes. */
const V2: ItemValues[] = [
  ...V1.filter((i) => i.code !== 'XZ-030' && i.code !== 'XZ-031').map((i) =>
    i.code === 'XZ-020' ? { ...i, standardMinutes: 90 } : i,
  ),
  item('XZ-054', 'assist', '电动自行车安全隐患排查协助', '配合开展楼道电动自行车停放充电隐患排查。', {
    legalBasis: '《中华人民共和国消防法》',
    departmentKind: 'yingji',
    objectKind: 'inspection',
    frequency: 'half_yearly',
    standardMinutes: 120,
  }),
  item('XZ-055', 'assist', '适龄儿童疫苗接种提醒', '协助社区卫生服务中心提醒辖区适龄儿童按时接种疫苗。', {
    legalBasis: '《中华人民共和国疫苗管理法》',
    departmentKind: 'weijian',
    standardMinutes: 60,
  }),
  item('XZ-056', 'assist', '退役军人信息采集协助', '协助退役军人服务站核对辖区退役军人基本信息。', {
    legalBasis: '《中华人民共和国退役军人保障法》',
    departmentKind: 'tuiyijunren',
    objectKind: 'survey',
    standardMinutes: 90,
  }),
];

/** A district whose two versions of its list are published. */
async function published(env: TestEnv) {
  const d = await env.build.district();
  await env.build.catalogue(d.code, [V1, V2]);
  return { d, url: `/api/v1/public/catalogue/${d.code}` };
}

describeEachDatabase(
  'catalogue',
  (env) => {
    it('publishes a district’s list to anyone, with counts per list and the versions', async () => {
      const { d, url } = await published(env());
      const res = await env().anon.get(url);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.jurisdiction.name).toBe(d.name);
      expect(body.version.versionNo).toBe(2);
      expect(body.versions.map((v: { versionNo: number }) => v.versionNo)).toEqual([2, 1]);
      expect(body.counts).toEqual({ duty: 2, assist: 5, negative: 1, cert_allowed: 1, cert_forbidden: 2 });
      const kinship = body.items.find((i: { name: string }) => i.name.includes('亲属关系'));
      expect(kinship.listType).toBe('cert_forbidden');
    });

    it('searches and filters the list', async () => {
      const { url } = await published(env());
      const q = await env().anon.get(`${url}?q=${encodeURIComponent('低保')}`);
      expect(q.json().items.map((i: { code: string }) => i.code)).toEqual(['XZ-010']);
      const duty = (await env().anon.get(`${url}?listType=duty`)).json();
      expect(duty.items.map((i: { code: string }) => i.code)).toEqual(['LZ-001', 'LZ-002']);
      const v1 = (await env().anon.get(`${url}?version=1`)).json();
      expect(v1.version.versionNo).toBe(1);
      expect(v1.items.map((i: { code: string }) => i.code)).toContain('XZ-030');
    });

    it('shows what changed from the previous version', async () => {
      const { url } = await published(env());
      const d = (await env().anon.get(`${url}/diff`)).json();
      expect(d.from.versionNo).toBe(1);
      expect(d.to.versionNo).toBe(2);
      expect(d.added.map((i: { code: string }) => i.code).sort()).toEqual(['XZ-054', 'XZ-055', 'XZ-056']);
      expect(d.removed.map((i: { code: string }) => i.code).sort()).toEqual(['XZ-030', 'XZ-031']);
      const minutes = d.changed.find((c: { code: string }) => c.code === 'XZ-020');
      expect(minutes.changes).toContainEqual({ field: 'standardMinutes', before: 180, after: 90 });
      expect(d.changed).toHaveLength(1);
    });

    it('exports the list as XLSX with a title row and the items in order', async () => {
      const { d, url } = await published(env());
      const res = await env().anon.get(`${url}/export.xlsx`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      expect(String(ws.getCell(1, 1).value)).toContain(`${d.name}社区工作事项清单（第 2 版`);
      expect(ws.getRow(2).values).toEqual(expect.arrayContaining(['序号', '编号', '清单类别', '事项名称']));
      expect(ws.rowCount).toBe(2 + V2.length);
      // Every item once, in the order the public page lists them.
      const listed = (await env().anon.get(url)).json().items.map((i: { code: string }) => i.code);
      const codes = Array.from({ length: V2.length }, (_, i) => String(ws.getRow(3 + i).getCell(2).value));
      expect(codes).toEqual(listed);
      expect([...codes].sort()).toEqual(V2.map((i) => i.code).sort());
    });

    it('answers 404 for a jurisdiction without a published list', async () => {
      const d = await env().build.district();
      const res = await env().anon.get(`/api/v1/public/catalogue/${d.code}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('catalogue_not_found');
    });

    it('lets the district’s reviewer draft, edit and publish a new version; others may not', async () => {
      const { d, url } = await published(env());
      const neighbour = (await env().build.reviewer(await env().build.district())).agent;
      expect((await neighbour.post(`/api/v1/catalogue/${d.code}/drafts`)).statusCode).toBe(403);
      const officer = (await env().build.officer(d)).agent;
      expect((await officer.post(`/api/v1/catalogue/${d.code}/drafts`)).statusCode).toBe(403);

      const reviewer = (await env().build.reviewer(d)).agent;
      const draft = await reviewer.post(`/api/v1/catalogue/${d.code}/drafts`);
      expect(draft.statusCode).toBe(201);
      const { id, versionNo } = draft.json();
      expect(versionNo).toBe(3);
      expect((await reviewer.post(`/api/v1/catalogue/${d.code}/drafts`)).statusCode).toBe(409);

      const gas = {
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
      expect((await reviewer.request('PUT', `/api/v1/catalogue/versions/${id}/items/XZ-090`, gas)).statusCode).toBe(
        204,
      );
      const noBasis = await reviewer.request('PUT', `/api/v1/catalogue/versions/${id}/items/XZ-091`, {
        ...gas,
        legalBasis: '',
      });
      expect(noBasis.statusCode).toBe(422);
      expect(noBasis.json().errors[0].field).toBe('legalBasis');
      expect((await reviewer.request('DELETE', `/api/v1/catalogue/versions/${id}/items/XZ-054`)).statusCode).toBe(204);

      // Not public until published.
      expect((await env().anon.get(url)).json().version.versionNo).toBe(2);
      const pub = await reviewer.post(`/api/v1/catalogue/versions/${id}/publish`, {
        effectiveFrom: env().dates.monthStart(1),
        note: '新增燃气安全宣传',
      });
      expect(pub.json()).toMatchObject({ status: 'published', versionNo: 3 });
      expect((await env().anon.get(url)).json().version.versionNo).toBe(3);
      const diff = (await env().anon.get(`${url}/diff`)).json();
      expect(diff.added.map((i: { code: string }) => i.code)).toEqual(['XZ-090']);
      expect(diff.removed.map((i: { code: string }) => i.code)).toEqual(['XZ-054']);
      expect((await reviewer.request('PUT', `/api/v1/catalogue/versions/${id}/items/XZ-092`, gas)).statusCode).toBe(
        409,
      );
    });
  },
  { demo: false },
);
