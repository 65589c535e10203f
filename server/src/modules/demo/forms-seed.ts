// Demo step: three ledgers defined over the hub — 高龄津贴台账 and 独居老人台账 (民政) and 残疾人两项补贴台账
// (残联) — each under an admission of kind ledger, so they are issued to the communities.
import type { AppContext } from '../../context.js';
import type { SessionUser } from '../accounts/types.js';
import type { FormInput } from '../hub/forms-service.js';
import type { FormColumn } from '../hub/ledger.js';
import { elementsRead } from '../privacy/grants-service.js';
import { storyOf } from './story.js';
import { demoOpinion } from './opinions.js';

const col = (label: string, element: string | null = null): FormColumn => ({ label, element });

/** A demo form is defined under a grant for what it reads (privacy: a form binds only granted elements). */
async function createForm(ctx: AppContext, user: SessionUser, input: FormInput, purpose: string) {
  await ctx.services.grants.ensureDemoGrant(
    user.departmentCode!,
    input.admissionId!,
    elementsRead(input.columns, input.filter),
    purpose,
  );
  return ctx.services.forms.create(user, input, { isDemo: true });
}

async function ledgerAdmission(
  ctx: AppContext,
  department: string,
  title: string,
  description: string,
  legalBasis: string,
): Promise<number> {
  const story = storyOf(ctx.clock.today());
  const number = await ctx.services.admission.importApproved(
    department,
    {
      title,
      kind: 'ledger',
      listType: 'assist',
      description,
      legalBasis,
      scope: { type: 'streets', codes: ['340104006'] },
      frequency: 'quarterly',
      ledgerFields: 10,
      ledgerRows: 60,
      resources: { fundsYuan: 10000, staff: '', training: '台账由系统生成，社区只补录缺失信息', equipment: '' },
      assessment: '以台账完整率评价，不以照片考核',
      startDate: story.date('2026-03-01'),
      expiryDate: story.date('2029-02-28'),
    },
    story.date('2026-01-20'),
    '周立新（演示）',
    demoOpinion('assist', legalBasis),
    { isDemo: true },
  );
  return (await ctx.services.admission.viewByNumber(number))!.id;
}

export async function seedForms(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const { accounts, admission } = ctx.services;
  const minzheng = await accounts.actingAs('dept.shushan.minzheng');
  const canlian = await accounts.actingAs('dept.shushan.canlian');
  const gaoling = (await admission.publicActive('340104')).find((a) => a.title === '高龄津贴资格认证台账')!;

  await createForm(
    ctx,
    minzheng,
    {
      title: '高龄津贴台账',
      subjectType: 'resident',
      admissionId: (await admission.viewByNumber(gaoling.number))!.id,
      filter: [{ element: 'birth_date', op: 'age_gte', value: '80' }],
      columns: [
        col('序号'),
        col('姓名', 'name'),
        col('性别', 'gender'),
        col('公民身份号码', 'id_number'),
        col('出生日期', 'birth_date'),
        col('年龄', 'age'),
        col('户籍地址', 'hukou_address'),
        col('联系电话', 'mobile'),
        col('是否享受高龄津贴', 'senior_allowance'),
        col('高龄津贴金额（元/月）', 'senior_allowance_amount'),
        col('备注'),
      ],
    },
    '高龄津贴资格认证和发放',
  );

  const aloneAdmission = await ledgerAdmission(
    ctx,
    '340104-minzheng',
    '独居老人关爱台账',
    '对七十周岁以上老人确认是否独居，登记紧急联系人，供探访关爱使用。台账由系统生成，社区只补录缺失的信息。',
    '《中华人民共和国老年人权益保障法》；民政部等《关于开展特殊困难老年人探访关爱服务的指导意见》',
  );
  await createForm(
    ctx,
    minzheng,
    {
      title: '独居老人台账',
      subjectType: 'resident',
      admissionId: aloneAdmission,
      filter: [{ element: 'birth_date', op: 'age_gte', value: '70' }],
      columns: [
        col('序号'),
        col('姓名', 'name'),
        col('性别', 'gender'),
        col('年龄', 'age'),
        col('现居住地址', 'residence_address'),
        col('联系电话', 'mobile'),
        col('是否独居', 'living_alone'),
        col('紧急联系人', 'emergency_contact'),
        col('紧急联系人电话', 'emergency_contact_phone'),
        col('走访情况'),
      ],
    },
    '独居老人探访关爱',
  );

  const subsidyAdmission = await ledgerAdmission(
    ctx,
    '340104-canlian',
    '残疾人两项补贴发放台账',
    '困难残疾人生活补贴和重度残疾人护理补贴发放情况台账，由系统根据残联、民政数据生成。',
    '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
  );
  await createForm(
    ctx,
    canlian,
    {
      title: '残疾人两项补贴台账',
      subjectType: 'resident',
      admissionId: subsidyAdmission,
      filter: [{ element: 'disability_grade', op: 'present' }],
      columns: [
        col('序号'),
        col('姓名', 'name'),
        col('公民身份号码', 'id_number'),
        col('残疾人证号', 'disability_certificate_number'),
        col('残疾类别', 'disability_category'),
        col('残疾等级', 'disability_grade'),
        col('是否低保户', 'dibao_household'),
        col('两项补贴享受情况', 'disability_subsidy'),
        col('联系电话', 'mobile'),
        col('备注'),
      ],
    },
    '残疾人两项补贴审核发放',
  );
  log('演示台账 3 张：高龄津贴台账、独居老人台账、残疾人两项补贴台账（均有台账报表类准入编号）');
}
