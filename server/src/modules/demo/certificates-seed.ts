// Demo step: the guides 合肥市 and 蜀山区 publish for the certificates a community may issue (who may ask,
// materials, steps, time limit, where to ask), where to turn instead for the forbidden ones, and residents'
// reports of bodies that still asked them for a forbidden certificate in the last months.
import type { AppContext } from '../../context.js';
import type { GuideBody } from '#common/api/certificates.js';
import type { AskerKind } from '#common/certificates.js';
import { addDays } from '#common/dates.js';

const COUNTER = '社区党群服务中心一站式服务窗口，工作日 8:30–12:00、14:30–17:30';

/** 可以出具的证明：办事指南。 */
const ALLOWED: Record<string, Omit<GuideBody, 'contact'>> = {
  'ZM-K-001': {
    whoMayAsk: '对监护人的确定有争议的被监护人近亲属',
    materials: ['申请人居民身份证', '被监护人居民身份证或户口簿', '能说明争议情况的材料'],
    steps: ['到社区提出申请并说明争议', '社区听取各方意见，尊重被监护人真实意愿', '居委会讨论后出具书面指定意见'],
    timeLimitDays: 15,
    sample: '经本居委会征求各方意见，指定××为××的监护人。',
  },
  'ZM-K-002': {
    whoMayAsk: '本社区申请低保、特困供养的居民（由街道组织，社区协助）',
    materials: ['街道受理通知书'],
    steps: ['街道受理申请后通知社区', '社区组织民主评议', '出具评议情况和意见，报街道'],
    timeLimitDays: 10,
    sample: '民主评议意见：参加评议××人，同意××人。',
  },
  'ZM-K-003': {
    whoMayAsk: '街道或民政部门（不对居民个人出具）',
    materials: ['街道或民政部门的书面协查函'],
    steps: ['收到协查函', '入户走访', '如实说明生活状况，不对收入、财产作结论'],
    timeLimitDays: 10,
    sample: '经入户走访，该户现有家庭成员××人，居住情况……',
  },
  'ZM-K-004': {
    whoMayAsk: '在本社区实际居住、申领居住证等有限情形的居民',
    materials: ['居民身份证', '租房合同或房屋产权证明', '居住证申领须知（由派出所提供）'],
    steps: ['网上或到社区提交申请', '社区工作者核对一表通中的居住信息', '出具居住情况证明，可在线下载'],
    timeLimitDays: 3,
    sample: '兹证明××自××年××月起在本社区××小区实际居住。',
  },
  'ZM-K-005': {
    whoMayAsk: '本社区受灾居民',
    materials: ['居民身份证', '受灾情况照片或说明（可选）'],
    steps: ['向社区报告受灾情况', '社区会同街道核实', '出具核实意见，报民政部门'],
    timeLimitDays: 5,
    sample: '经核实，该户房屋于××月××日因××受损……',
  },
  'ZM-K-006': {
    whoMayAsk: '本社区应征公民（由兵役机关函询）',
    materials: ['兵役机关函件'],
    steps: ['收到函件', '社区了解现实表现', '出具情况说明，回复兵役机关'],
    timeLimitDays: 7,
    sample: '该公民在本社区居住期间，遵纪守法……',
  },
  'ZM-K-007': {
    whoMayAsk: '在本社区参加志愿服务的居民',
    materials: ['居民身份证'],
    steps: ['在线或到社区申请', '社区核对志愿服务记录', '出具记录证明'],
    timeLimitDays: 3,
    sample: '××于××年参加本社区志愿服务××次，累计××小时。',
  },
  'ZM-K-008': {
    whoMayAsk: '经社区人民调解委员会调解达成协议的当事人',
    materials: ['当事人居民身份证'],
    steps: ['申请调解', '调解委员会主持调解', '达成协议后制作调解协议书'],
    timeLimitDays: 30,
    sample: '人民调解协议书（格式由司法行政部门统一）',
  },
  'ZM-K-009': {
    whoMayAsk: '需要证明居民会议决定事项的单位或居民',
    materials: ['申请人居民身份证', '所需证明事项说明'],
    steps: ['向居委会提出', '核对会议记录', '出具决定事项证明'],
    timeLimitDays: 5,
    sample: '经××年××月××日居民代表会议表决，通过……',
  },
  'ZM-K-010': {
    whoMayAsk: '曾在本社区任职的社区工作人员',
    materials: ['居民身份证'],
    steps: ['到社区提出', '核对任职档案', '出具任职和工作经历证明'],
    timeLimitDays: 5,
    sample: '兹证明××于××年××月至××年××月在本社区担任××。',
  },
};

/** 不得出具的证明：该找谁（合肥市、蜀山区的窗口）。 */
const FORBIDDEN_CONTACT: Record<string, string> = {
  gongan: '户籍事项到户籍所在地派出所户籍窗口，或“皖事通”App 公安服务；咨询 12345',
  minzheng: '区政务服务中心民政窗口；咨询 12345',
  weijian: '就诊医疗机构或区政务服务中心卫健窗口；咨询 12345',
  renshe: '区人社局就业服务窗口，或“皖事通”App 社保查询；咨询 12345',
  canlian: '区残联服务窗口（残疾人证信息可部门间核验）；咨询 12345',
  sifa: '公证处或区司法局公共法律服务中心；咨询 12348',
};

/** Reports residents made (asking body, certificate, days ago, reporting account). */
const ASKS: { kind: AskerKind; name: string; code: string; daysAgo: number; by: string }[] = [
  { kind: 'bank', name: '某商业银行蜀山支行', code: 'ZM-B-001', daysAgo: 12, by: 'resident.demo' },
  { kind: 'bank', name: '某商业银行蜀山支行', code: 'ZM-B-001', daysAgo: 40, by: 'worker.jiajia' },
  { kind: 'bank', name: '某商业银行蜀山支行', code: 'ZM-B-010', daysAgo: 75, by: 'worker.tuancun' },
  { kind: 'school', name: '蜀山区某小学', code: 'ZM-B-025', daysAgo: 20, by: 'worker.jiajia' },
  { kind: 'school', name: '蜀山区某小学', code: 'ZM-B-025', daysAgo: 21, by: 'worker.qingyanglu' },
  { kind: 'school', name: '蜀山区某小学', code: 'ZM-B-025', daysAgo: 90, by: 'worker.qingxilu' },
  { kind: 'employer', name: '某物业服务公司', code: 'ZM-B-005', daysAgo: 33, by: 'worker.chencunlu' },
  { kind: 'department', name: '某区人社部门窗口', code: 'ZM-B-015', daysAgo: 50, by: 'worker.jiajia' },
  { kind: 'hospital', name: '某医院医保窗口', code: 'ZM-B-012', daysAgo: 64, by: 'worker.longjushequ' },
];

export async function seedCertificates(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const { certificates, catalogue, accounts } = ctx.services;
  const admin = await accounts.actingAs('admin');
  let guides = 0;
  for (const jurisdiction of ['3401', '340104']) {
    const items = (await catalogue.certificatesFor(jurisdiction)).filter((i) => i.jurisdiction === jurisdiction);
    for (const item of items) {
      const allowed = ALLOWED[item.code];
      const contact = allowed
        ? COUNTER
        : (FORBIDDEN_CONTACT[item.departmentKind ?? ''] ?? '咨询 12345 政务服务便民热线');
      const body: Omit<GuideBody, 'contact'> = allowed ?? {
        whoMayAsk: '',
        materials: [],
        steps: [],
        timeLimitDays: null,
        sample: '',
      };
      await certificates.putGuide(admin, jurisdiction, item.code, { ...body, contact }, { isDemo: true });
      guides++;
    }
  }
  const today = ctx.clock.today();
  for (const a of ASKS) {
    const user = await accounts.actingAs(a.by);
    await certificates.reportAsk(
      user,
      {
        jurisdiction: '340104',
        code: a.code,
        askerKind: a.kind,
        askerName: a.name,
        askedOn: addDays(today, -a.daysAgo),
      },
      { isDemo: true },
    );
  }
  log(`证明事项办事指南 ${guides} 份；居民反映违规索要证明 ${ASKS.length} 条`);
}
