import { describe, expect, it } from 'vitest';
import { packageSchedules } from '../calendar/package-schedules.js';
import { WorkCalendar } from '../calendar/workdays.js';
import {
  approvalBlockers,
  formErrors,
  fundingCheck,
  runPrechecks,
  submissionBlockers,
  type DraftInput,
  type PrecheckContext,
} from './prechecks.js';

const ctx: PrecheckContext = {
  today: '2026-11-27',
  calendar: new WorkCalendar([
    ...packageSchedules(),
    { year: 2027, holidays: ['2027-01-01'], workdays: [], source: 'admin' },
  ]),
  negativeItems: [
    { code: 'ZM-B-001', name: '亲属关系证明', description: '由公安机关、民政部门出具', source: 'cert_forbidden' },
    { code: 'JR-001', name: '招商引资', description: '不得要求社区承担招商引资任务', source: 'negative' },
    {
      code: '蜀山区 ZM-B-001',
      name: '亲属关系证明',
      description: '由公安机关、民政部门出具',
      source: 'cert_forbidden',
    },
  ],
  comparables: [
    {
      code: '蜀准〔2026〕3号',
      name: '高龄津贴资格认证台账',
      description: '每季度核对80周岁以上老人',
      source: 'admission',
    },
  ],
  scope: { communities: 6, outside: [], unknown: [] },
};

const good: DraftInput = {
  title: '独居老人定期探访',
  kind: 'task',
  listType: 'assist',
  description: '每月上门探访辖区独居老人一次，记录健康与生活状况',
  legalBasis: '《安徽省实施〈中华人民共和国老年人权益保障法〉办法》',
  scope: { type: 'streets', codes: ['340104006'] },
  frequency: 'monthly',
  minutesPerOccurrence: 120,
  resources: { fundsYuan: 30000, staff: '', training: '区民政局组织培训一次', equipment: '' },
  startDate: '2027-03-01',
  expiryDate: '2028-12-31',
};

const verdicts = (draft: DraftInput, c = ctx) =>
  Object.fromEntries(runPrechecks(draft, c).map((k) => [k.rule, k.verdict]));

describe('admission pre-checks', () => {
  it('passes a complete, funded, timely application and estimates its burden', () => {
    const checks = runPrechecks(good, ctx);
    expect(verdicts(good)).toEqual({
      negative_list: 'pass',
      photo_proof: 'pass',
      duplicates: 'pass',
      burden: 'pass',
      funding: 'pass',
      lead_time: 'pass',
      form: 'pass',
    });
    expect(checks.find((c) => c.rule === 'burden')?.estimate).toMatchObject({
      hoursPerCommunityYear: 24,
      totalHoursYear: 144,
      workerDaysYear: 18,
    });
    expect(submissionBlockers(checks, false)).toEqual([]);
  });

  it('blocks a kinship certificate request, naming the negative-list item', () => {
    const checks = runPrechecks({ ...good, title: '请社区为居民开具亲属关系证明', description: '' }, ctx);
    const neg = checks.find((c) => c.rule === 'negative_list')!;
    expect(neg.verdict).toBe('block');
    expect(neg.matches[0]).toMatchObject({ code: 'ZM-B-001', name: '亲属关系证明' });
    expect(neg.matches.filter((m) => m.name === '亲属关系证明')).toHaveLength(1); // one item, listed twice
    expect(submissionBlockers(checks, false).map((c) => c.rule)).toEqual(['negative_list']);
    expect(submissionBlockers(checks, true)).toEqual([]);
  });

  it('warns about a likely duplicate of an active admission', () => {
    const checks = runPrechecks(
      { ...good, title: '高龄老人津贴资格认证', description: '按季度核对80岁以上老年人资格' },
      ctx,
    );
    const dup = checks.find((c) => c.rule === 'duplicates')!;
    expect(dup.verdict).toBe('warn');
    expect(dup.matches[0].code).toBe('蜀准〔2026〕3号');
  });

  it('flags an assistance item with nothing following it (费随事转)', () => {
    expect(verdicts({ ...good, resources: { fundsYuan: 0, staff: ' ', training: '', equipment: '' } }).funding).toBe(
      'warn',
    );
    expect(verdicts({ ...good, listType: 'duty', resources: {} }).funding).toBe('pass');
  });

  it('counts the 30-working-day lead time on the official calendar, unless it is an emergency', () => {
    const soon = { ...good, startDate: '2026-12-20' };
    const lead = runPrechecks(soon, ctx).find((c) => c.rule === 'lead_time')!;
    expect(lead.verdict).toBe('block');
    expect(lead.messages[0].params?.earliest).toBe('2027-01-11'); // 2027-01-01 is a holiday in this calendar
    expect(verdicts({ ...soon, emergency: true, emergencyReason: '寒潮应急' }).lead_time).toBe('warn');
  });

  it('warns when the count runs through a year without an official schedule', () => {
    const noSchedule = { ...ctx, calendar: new WorkCalendar(packageSchedules()) };
    const lead = runPrechecks(good, noSchedule).find((c) => c.rule === 'lead_time')!;
    expect(lead.verdict).toBe('warn');
    expect(lead.messages.map((m) => m.key)).toEqual(['lead_pass', 'lead_assumed']);
  });

  it('blocks the form with field errors: legal basis, 36 months, scope, emergency reason', () => {
    const bad = { ...good, legalBasis: '', expiryDate: '2030-03-02', emergency: true, emergencyReason: '' };
    const form = runPrechecks(bad, { ...ctx, scope: { communities: 6, outside: ['340111001'], unknown: [] } }).find(
      (c) => c.rule === 'form',
    )!;
    expect(form.verdict).toBe('block');
    expect(form.fieldErrors?.map((e) => `${e.field}:${e.reason}`)).toEqual([
      'legalBasis:legal_basis_required',
      'scope:scope_outside',
      'expiryDate:expiry_too_long',
      'emergencyReason:emergency_reason_required',
    ]);
  });

  it('blocks an application that asks for photos as proof, at submission and again at approval', () => {
    const photo = { ...good, title: '入户核查', description: '填写入户核查表并拍照上传系统' };
    const checks = runPrechecks(photo, ctx);
    const rule = checks.find((c) => c.rule === 'photo_proof')!;
    expect(rule.verdict).toBe('block');
    expect(rule.fieldErrors).toEqual([{ field: 'description', reason: 'photo_proof_forbidden' }]);
    // Not a negative-list similarity: a reviewer's override of the negative list does not lift it.
    expect(submissionBlockers(checks, true).map((c) => c.rule)).toEqual(['photo_proof']);
    expect(approvalBlockers(checks, true).map((c) => c.rule)).toEqual(['photo_proof']);
    expect(approvalBlockers(runPrechecks(good, ctx), false)).toEqual([]);
  });

  it('says "not checked" — never "pass" — for what a blank form gives nothing to judge', () => {
    const v = verdicts({});
    expect(v).toMatchObject({
      negative_list: 'unchecked',
      photo_proof: 'unchecked',
      duplicates: 'unchecked',
      funding: 'unchecked',
      lead_time: 'unchecked',
      form: 'block',
    });
    expect(Object.values(v)).not.toContain('pass');
  });
});

describe('funding: delivered by purchased service (政府购买服务指导性目录)', () => {
  const draft = {
    listType: 'assist' as const,
    resources: { fundsYuan: 0, purchased: { itemId: 7, budgetYuan: 180000 } },
  };
  it('counts the budget of a 目录 item as funding, naming the item', () => {
    const c = fundingCheck(draft, { purchasable: [{ id: 7, name: '独居老人探访关爱' }] });
    expect(c.verdict).toBe('pass');
    expect(c.messages[0].params?.resources).toBe('购买服务「独居老人探访关爱」180000 元');
  });
  it('an item outside the 目录 funds nothing and is a form error', () => {
    expect(fundingCheck(draft, { purchasable: [] }).verdict).toBe('warn');
    expect(formErrors(draft, { scope: { communities: 1, outside: [], unknown: [] }, purchasable: [] })).toContainEqual({
      field: 'resources.purchased.itemId',
      reason: 'not_in_purchase_catalogue',
    });
  });
});
