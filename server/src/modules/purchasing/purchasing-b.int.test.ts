// 政府购买服务, part B through the API on both databases: the 指导性目录 (kept by the jurisdiction, read by
// anyone) and the admission that states "delivered by purchased service" — its budget counted as funding by
// the 费随事转 pre-check for a 目录 item only; an organisation roster imported from XLSX or GBK CSV (dry run,
// row errors, all or nothing); residents' ratings; monthly reports whose numbers come from the activities;
// the buyer's closing evaluation feeding the organisation's public record.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import type { CatalogueItemList, ContractRecord, ResidentServiceList } from '#common/api/purchasing-catalogue.js';
import type { ContractDetail, PublicPurchasedServices, PublicSocialOrg } from '#common/api/purchasing.js';
import { goodDraft } from '../../testing/drafts.js';
import { describeEachDatabase, type Agent, type TestEnv } from '../../testing/harness.js';
import { multipart } from '../../testing/multipart.js';
import { withCheckChar } from './credit-code.js';

interface Problem {
  code: string;
  errors?: { field: string; reason: string }[];
}
interface Check {
  rule: string;
  verdict: string;
  message: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = [
  '序号',
  '名称',
  '统一社会信用代码',
  '类型',
  '登记管理机关',
  '评估等级',
  '评估日期',
  '服务领域',
  '联系人',
  '联系电话',
];

async function rosterXlsx(rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('社会组织名册');
  sheet.addRow(HEADER);
  rows.forEach((r, i) => sheet.addRow([String(i + 1), ...r]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(agent: Agent, body: Buffer, data: object, filename = '社会组织名册.xlsx', type = XLSX) {
  const form = multipart({ data: JSON.stringify(data) }, [{ name: 'file', filename, type, body }]);
  return agent.request('POST', '/api/v1/social-orgs/import', form.body, { 'content-type': form.contentType });
}

/** A contract of the district's 民政 for its first street's two communities, started 90 days ago. */
async function contractWorld(env: TestEnv) {
  const d = await env.build.district({ streets: 2, communities: 2 });
  const [c1, c2] = d.streets[0].communities;
  const elsewhere = d.streets[1].communities[0];
  const officer = await env.build.officer(d);
  const yingji = await env.build.officer(d, 'yingji');
  const admission = await env.build.admission(d, {
    title: '独居老人定期探访',
    frequency: 'monthly',
    minutesPerOccurrence: 120,
    decidedDaysAgo: 200,
    scope: { type: 'streets', codes: [d.streets[0].code] },
  });
  const org = await env.build.socialOrg(d, '试验区康宁社会工作服务中心');
  const rival = await env.build.socialOrg(d, '试验区另一家社工站');
  const startDate = env.dates.daysFromToday(-90);
  const res = await officer.agent.post('/api/v1/purchase-contracts', {
    title: '独居老人探访关爱服务',
    admissionNumber: admission.number,
    socialOrgId: org.id,
    startDate,
    endDate: env.dates.termEnd(startDate, 12),
    budgetYuan: 180000,
    communities: [c1, c2],
    indicators: [
      {
        name: '每位独居老人每年探访 4 次',
        activityKind: 'visit',
        basis: 'per_beneficiary_year',
        target: 4,
        beneficiaries: 30,
      },
      { name: '开展集体活动 12 次', activityKind: 'group_activity', basis: 'total', target: 12 },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
  const contract = res.json<ContractDetail>();
  return { d, c1, c2, elsewhere, officer, yingji, org, rival, contract };
}

describeEachDatabase(
  'purchased services, part B',
  (env) => {
    it('keeps a 指导性目录 per jurisdiction: its stewards, streets and departments add, anyone reads', async () => {
      await env().build.cityCatalogue();
      const d = await env().build.district({ streets: 1, communities: 1 });
      const steward = await env().build.steward(d.code);
      const item = {
        jurisdictionCode: d.code,
        name: '独居老人探访关爱',
        serviceArea: 'elderly',
        description: '上门探访',
      };
      const added = await steward.agent.post('/api/v1/purchase-catalogue', item);
      expect(added.statusCode, added.body).toBe(201);
      expect(added.json()).toMatchObject({ name: '独居老人探访关爱', admissions: 0, catalogueItem: null });
      expect((await steward.agent.post('/api/v1/purchase-catalogue', item)).json<Problem>().code).toBe(
        'purchase_item_taken',
      );
      const badLink = await steward.agent.post('/api/v1/purchase-catalogue', {
        ...item,
        name: '另一事项',
        catalogueCode: 'NO-SUCH-CODE',
      });
      expect(badLink.statusCode).toBe(422);
      expect(badLink.json<Problem>().errors?.[0]).toMatchObject({ field: 'catalogueCode' });

      // A community worker keeps no 目录; another district's officer not this one.
      const worker = await env().build.worker(d.communities[0]);
      expect((await worker.agent.post('/api/v1/purchase-catalogue', item)).statusCode).toBe(403);
      const far = await env().build.officer(await env().build.district());
      const farRes = await far.agent.post('/api/v1/purchase-catalogue', { ...item, name: '越权事项' });
      expect(farRes.statusCode).toBe(403);
      expect(farRes.json<Problem>().code).toBe('out_of_scope');

      // Public: the district's items, and a community sees those of the district above it.
      const pub = await env().anon.get(`/api/v1/public/purchase-catalogue?jurisdiction=${d.communities[0]}`);
      expect(pub.statusCode).toBe(200);
      expect(pub.json<CatalogueItemList>().items.map((i) => i.name)).toEqual(['独居老人探访关爱']);
      const id = added.json<{ id: number }>().id;
      expect((await worker.agent.post(`/api/v1/purchase-catalogue/${id}/withdraw`, {})).statusCode).toBe(403);
      expect((await steward.agent.post(`/api/v1/purchase-catalogue/${id}/withdraw`, {})).statusCode).toBe(204);
      const after = await env().anon.get(`/api/v1/public/purchase-catalogue?jurisdiction=${d.code}`);
      expect(after.json<CatalogueItemList>().items).toEqual([]);
    });

    it('counts a purchased-service budget as funding (费随事转) for a 目录 item only; any other is a 422', async () => {
      await env().build.cityCatalogue();
      const d = await env().build.district({ streets: 1, communities: 3 });
      const other = await env().build.district({ streets: 1, communities: 1 });
      const steward = await env().build.steward(d.code);
      const ours = (
        await steward.agent.post('/api/v1/purchase-catalogue', { jurisdictionCode: d.code, name: '独居老人探访关爱' })
      ).json<{ id: number }>().id;
      const theirs = (
        await (
          await env().build.steward(other.code)
        ).agent.post('/api/v1/purchase-catalogue', {
          jurisdictionCode: other.code,
          name: '外区事项',
        })
      ).json<{ id: number }>().id;
      const officer = (await env().build.officer(d)).agent;
      // Nothing else follows the task: without the purchased service the funding check warns.
      const bare = {
        ...goodDraft(env().dates, d),
        resources: { fundsYuan: 0, staff: '', training: '', equipment: '' },
      };
      const funding = async (body: object) =>
        (await officer.post('/api/v1/admissions/precheck', body))
          .json<{ checks: Check[] }>()
          .checks.find((c) => c.rule === 'funding')!;
      expect((await funding(bare)).verdict).toBe('warn');
      const bought = { ...bare, resources: { ...bare.resources, purchased: { itemId: ours, budgetYuan: 180000 } } };
      const pass = await funding(bought);
      expect(pass.verdict).toBe('pass');
      expect(pass.message).toContain('购买服务「独居老人探访关爱」180000 元');

      const created = await officer.post('/api/v1/admissions', bought);
      expect(created.statusCode, created.body).toBe(201);
      const detail = (await officer.get(`/api/v1/admissions/${created.json().id}`)).json();
      expect(detail.resources.purchased).toEqual({ itemId: ours, budgetYuan: 180000 });
      // The 目录 shows what applications set aside for the item.
      const list = (
        await env().anon.get(`/api/v1/public/purchase-catalogue?jurisdiction=${d.code}`)
      ).json<CatalogueItemList>();
      expect(list.items[0]).toMatchObject({ admissions: 0 }); // a draft is not counted yet
      expect(
        (await officer.post(`/api/v1/admissions/${created.json().id}/actions`, { action: 'submit' })).statusCode,
      ).toBe(200);
      const counted = (
        await env().anon.get(`/api/v1/public/purchase-catalogue?jurisdiction=${d.code}`)
      ).json<CatalogueItemList>();
      expect(counted.items[0]).toMatchObject({ admissions: 1, budgetYuan: 180000 });

      // Another district's item, or an unknown one: refused naming the field.
      for (const itemId of [theirs, 999999]) {
        const res = await officer.post('/api/v1/admissions', {
          ...bare,
          title: `另一事项${itemId}`,
          resources: { ...bare.resources, purchased: { itemId, budgetYuan: 1000 } },
        });
        expect(res.statusCode).toBe(422);
        expect(res.json<Problem>().errors).toContainEqual(
          expect.objectContaining({ field: 'resources.purchased.itemId', reason: 'not_in_purchase_catalogue' }),
        );
      }
    });

    it('imports an organisation roster: a dry run lists row errors, a commit writes all rows or none', async () => {
      const d = await env().build.district({ streets: 1, communities: 1 });
      const officer = await env().build.officer(d);
      const good1 = withCheckChar(`52${d.code}MJC00001`.padEnd(17, '0'));
      const good2 = withCheckChar(`51${d.code}MJC00002`.padEnd(17, '0'));
      const badCheck = good1.slice(0, 17) + (good1[17] === '0' ? '1' : '0');
      const rows = [
        [
          '试验区夕阳红助老服务中心',
          good1,
          '民办非企业单位',
          `${d.name}民政局`,
          '4A',
          '2025-06-01',
          '养老、助残',
          '王芳',
          '0551-65551234',
        ],
        ['试验区青年志愿者协会', good2, '社会团体', `${d.name}民政局`, null, null, '青少年', '李明', '13800000000'],
        ['试验区错误代码中心', badCheck, '民办非企业单位', `${d.name}民政局`, null, null, null, '赵六', '0551-1234567'],
        ['翠竹社区书画队', null, '社区社会组织', '翠竹社区居委会', '６Ａ', null, null, '钱七', '0551-7654321'],
      ];
      const dry = await upload(officer.agent, await rosterXlsx(rows), {});
      expect(dry.statusCode, dry.body).toBe(200);
      expect(dry.json()).toMatchObject({
        rows: 4,
        committed: false,
        imported: 0,
        errors: [
          { row: 4, field: 'creditCode', reason: 'credit_check' },
          { row: 5, field: 'grade', reason: 'invalid_value' },
        ],
      });
      expect(dry.json().preview.map((p: { name: string }) => p.name)).toEqual([
        '试验区夕阳红助老服务中心',
        '试验区青年志愿者协会',
      ]);
      // A commit with row errors writes nothing.
      const refused = await upload(officer.agent, await rosterXlsx(rows), { commit: true });
      expect(refused.json()).toMatchObject({ committed: false, imported: 0 });
      const count = async () =>
        (await env().anon.get(`/api/v1/public/social-orgs?jurisdiction=${d.code}`)).json<{ items: unknown[] }>().items
          .length;
      expect(await count()).toBe(0);

      const fixed = await upload(officer.agent, await rosterXlsx([rows[0], rows[1]]), { commit: true });
      expect(fixed.json()).toMatchObject({ committed: true, imported: 2, errors: [] });
      expect(await count()).toBe(2);
      // The same roster again: every code is already registered.
      const again = await upload(officer.agent, await rosterXlsx([rows[0]]), { commit: true });
      expect(again.json().errors).toEqual([{ row: 2, field: 'creditCode', reason: 'already_registered' }]);

      // A GBK CSV as Chinese Excel saves it.
      const good3 = withCheckChar(`53${d.code}MJC00003`.padEnd(17, '0'));
      const csv = iconv.encode(
        `名称,统一社会信用代码,类型,登记管理机关,联系人,联系电话\r\n试验区慈善基金会,${good3},基金会,${d.name}民政局,孙八,0551-8888888\r\n`,
        'gbk',
      );
      const gbk = await upload(officer.agent, csv, { commit: true }, '名册.csv', 'text/csv');
      expect(gbk.json(), gbk.body).toMatchObject({ committed: true, imported: 1 });
      expect(await count()).toBe(3);

      // A missing column, and who may import.
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('x').addRow(['名称', '类型']);
      const noCols = await upload(officer.agent, Buffer.from(await wb.xlsx.writeBuffer()), {});
      expect(noCols.json().errors[0]).toMatchObject({ row: 1, field: 'header' });
      const worker = await env().build.worker(d.communities[0]);
      expect((await upload(worker.agent, await rosterXlsx([rows[0]]), {})).statusCode).toBe(403);
      const far = await env().build.officer(await env().build.district());
      const farRes = await upload(far.agent, await rosterXlsx([rows[0]]), { jurisdictionCode: d.code });
      expect(farRes.statusCode).toBe(403);
    });

    it('residents of a covered community rate the service once per period', async () => {
      const { c1, elsewhere, officer, contract } = await contractWorld(env());
      const resident = await env().build.account('resident', c1);
      const mine = (await resident.agent.get('/api/v1/purchased-services/mine')).json<ResidentServiceList>();
      expect(mine.items).toEqual([expect.objectContaining({ id: contract.id, canRate: true, myRating: null })]);
      const url = `/api/v1/purchase-contracts/${contract.id}/resident-ratings`;
      const first = await resident.agent.post(url, { score: 5, comment: '社工每月都来，很贴心' });
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json<ResidentServiceList>().items[0]).toMatchObject({ canRate: false, myRating: { score: 5 } });
      const again = await resident.agent.post(url, { score: 1, comment: '' });
      expect(again.statusCode).toBe(409);
      expect(again.json<Problem>().code).toBe('resident_rating_exists');
      // Not served here: a resident of another community; a worker is no resident.
      const outsider = await env().build.account('resident', elsewhere);
      expect((await outsider.agent.get('/api/v1/purchased-services/mine')).json<ResidentServiceList>().items).toEqual(
        [],
      );
      expect((await outsider.agent.post(url, { score: 3, comment: '' })).statusCode).toBe(403);
      const worker = await env().build.worker(c1);
      expect((await worker.agent.post(url, { score: 3, comment: '' })).statusCode).toBe(403);
      expect((await resident.agent.post(url, { score: 9, comment: '' })).statusCode).toBe(422);
      // The buyer sees how many residents rated.
      const record = (
        await officer.agent.get(`/api/v1/purchase-contracts/${contract.id}/record`)
      ).json<ContractRecord>();
      expect(record).toMatchObject({ residentRatings: 1, residentScore: 5 });
    });

    it('the organisation files monthly reports whose numbers come from its activities', async () => {
      const { c1, c2, officer, org, rival, contract } = await contractWorld(env());
      const lastMonth = env().dates.monthFromNow(-1);
      const act = (heldOn: string, community: string, kind: string, beneficiaries: number) =>
        org.staff.agent.post(`/api/v1/purchase-contracts/${contract.id}/activities`, {
          heldOn,
          communityCode: community,
          kind,
          participants: 2,
          beneficiaries,
          note: '',
        });
      await act(`${lastMonth}-05`, c1, 'visit', 15);
      await act(`${lastMonth}-12`, c2, 'visit', 15);
      await act(`${lastMonth}-20`, c1, 'group_activity', 20);
      await act(env().dates.daysFromToday(0), c1, 'visit', 10); // this month: not in last month's report
      const url = `/api/v1/purchase-contracts/${contract.id}/reports`;
      const filed = await org.staff.agent.post(url, {
        month: lastMonth,
        text: '本月完成探访 30 人次，开展重阳活动一次',
      });
      expect(filed.statusCode, filed.body).toBe(201);
      const report = filed.json<ContractRecord>().reports[0];
      expect(report.numbers).toMatchObject({
        activities: 3,
        participants: 6,
        beneficiaries: 50,
        communities: 2,
        byKind: [
          { kind: 'visit', n: 2 },
          { kind: 'group_activity', n: 1 },
        ],
      });
      expect(report.numbers.indicators.map((i) => i.delivered)).toEqual([30, 1]);
      // One report a month.
      expect((await org.staff.agent.post(url, { month: lastMonth, text: 'x' })).json<Problem>().code).toBe(
        'contract_report_exists',
      );
      expect((await rival.staff.agent.post(url, { month: lastMonth, text: 'x' })).statusCode).toBe(403);
      expect((await officer.agent.post(url, { month: lastMonth, text: 'x' })).statusCode).toBe(403);
      const future = await org.staff.agent.post(url, { month: env().dates.monthFromNow(1), text: 'x' });
      expect(future.json<Problem>().errors?.[0]).toMatchObject({ field: 'month', reason: 'in_future' });
      const before = await org.staff.agent.post(url, { month: env().dates.monthFromNow(-6), text: 'x' });
      expect(before.json<Problem>().errors?.[0]).toMatchObject({ field: 'month', reason: 'outside_term' });
      // The buyer sees the report, and the months still missing one.
      const record = (
        await officer.agent.get(`/api/v1/purchase-contracts/${contract.id}/record`)
      ).json<ContractRecord>();
      expect(record.reports.map((r) => r.month)).toEqual([lastMonth]);
      expect(record.missingReports).not.toContain(lastMonth);
      expect(record.missingReports.length).toBeGreaterThan(0);
      expect(record.can).toEqual({ evaluate: true, report: false });
      expect((await rival.staff.agent.get(`/api/v1/purchase-contracts/${contract.id}/record`)).statusCode).toBe(403);
    });

    it('the buyer closes the contract with an evaluation that joins the organisation’s public record', async () => {
      const { d, c1, officer, yingji, org, contract } = await contractWorld(env());
      const url = `/api/v1/purchase-contracts/${contract.id}/evaluation`;
      const body = { score: 92, text: '探访覆盖全部独居老人，台账完整，居民满意度高。' };
      expect((await yingji.agent.post(url, body)).statusCode).toBe(403);
      expect((await org.staff.agent.post(url, body)).statusCode).toBe(403);
      const mismatch = await officer.agent.post(url, { ...body, grade: 'pass' });
      expect(mismatch.statusCode).toBe(422);
      expect(mismatch.json<Problem>().errors?.[0]).toMatchObject({ field: 'grade', reason: 'grade_mismatch' });
      expect((await officer.agent.post(url, { ...body, text: '短' })).statusCode).toBe(422);
      const closed = await officer.agent.post(url, { ...body, grade: 'excellent' });
      expect(closed.statusCode, closed.body).toBe(201);
      expect(closed.json<ContractRecord>()).toMatchObject({
        evaluation: { score: 92, grade: 'excellent' },
        can: { evaluate: false, report: false },
      });
      expect((await officer.agent.post(url, body)).json<Problem>().code).toBe('contract_closed');
      // Closed: no more reports or residents' ratings.
      const report = await org.staff.agent.post(`/api/v1/purchase-contracts/${contract.id}/reports`, {
        month: env().dates.monthFromNow(-1),
        text: '补报',
      });
      expect(report.json<Problem>().code).toBe('contract_closed');
      const resident = await env().build.account('resident', c1);
      const late = await resident.agent.post(`/api/v1/purchase-contracts/${contract.id}/resident-ratings`, {
        score: 4,
        comment: '',
      });
      expect(late.json<Problem>().code).toBe('contract_closed');
      const activity = await org.staff.agent.post(`/api/v1/purchase-contracts/${contract.id}/activities`, {
        heldOn: env().dates.daysFromToday(0),
        communityCode: c1,
        kind: 'visit',
        participants: 2,
        beneficiaries: 5,
        note: '',
      });
      expect(activity.statusCode).toBe(409);
      expect(activity.json<Problem>().code).toBe('contract_closed');

      const orgs = (await env().anon.get(`/api/v1/public/social-orgs?jurisdiction=${d.code}`)).json<{
        items: PublicSocialOrg[];
      }>().items;
      expect(orgs.find((o) => o.id === org.id)?.record).toEqual({
        closed: 1,
        averageScore: 92,
        latestGrade: 'excellent',
        residentScore: null,
      });
      const pub = (
        await env().anon.get(`/api/v1/public/purchased-services?jurisdiction=${d.code}`)
      ).json<PublicPurchasedServices>();
      expect(pub.contracts[0].evaluation).toMatchObject({ score: 92, grade: 'excellent', text: body.text });
    });
  },
  { demo: false },
);
