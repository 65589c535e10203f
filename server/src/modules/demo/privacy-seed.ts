// Demo step for 个人信息保护: grants for the demo forms (for databases whose forms came before grants),
// the resident account resident.demo linked to 李桂兰 of 家家景园社区 (an 80-plus woman, so that she is
// on 高龄津贴台账), and one read of that ledger by 蜀山区民政局 in the audit trail, which 李桂兰 sees
// on 谁查看了我的数据.
import type { AppContext } from '../../context.js';
import { elementsRead } from '../privacy/grants-service.js';
import * as privacy from '../privacy/privacy-repository.js';
import { ageOn } from '../hub/subjects-service.js';
import { parseIdNumber } from '#common/idcard.js';

const COMMUNITY = '340104006005';

export async function seedPrivacy(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const { accounts, forms, grants, audit } = ctx.services;
  const minzheng = await accounts.actingAs('dept.shushan.minzheng');
  const canlian = await accounts.actingAs('dept.shushan.canlian');
  let granted = 0;
  for (const dept of [minzheng, canlian]) {
    for (const f of await forms.list(dept)) {
      if (!f.isDemo || !f.admissionId) continue;
      if (await grants.ensureDemoGrant(dept.departmentCode!, f.admissionId, elementsRead(f.columns, f.filter), f.title))
        granted++;
    }
  }

  const resident = await accounts.actingAs('resident.demo');
  const today = ctx.clock.today();
  const candidates = await privacy.demoResidentCandidates(ctx.database.db, COMMUNITY);
  const her = candidates.find((s) => {
    const id = parseIdNumber(s.key, today);
    return 'gender' in id && id.gender === 'female' && (ageOn(id.birthDate, today) ?? 0) >= 82;
  });
  if (!her) {
    log(`个人信息保护演示：补充授权 ${granted} 条（无演示人口，未关联居民账号）`);
    return;
  }
  await privacy.renameDemoSubject(ctx.database.db, her.id, '李桂兰');
  await privacy.link(ctx.database.db, resident.id, her.id);

  // 蜀山区民政局 generates 家家景园社区's 高龄津贴台账; the read is audited as any other.
  const gaoling = (await forms.list(minzheng)).find((f) => f.title === '高龄津贴台账');
  if (gaoling) {
    const ledger = await forms.ledger(minzheng, gaoling.id, COMMUNITY);
    await audit.record(minzheng, 'demo-seed', {
      action: 'ledger.json',
      subjectIds: ledger.rows.map((r) => r.subjectId),
      elements: ledger.columns.map((c) => c.element).filter((e): e is string => e !== null),
      purpose: ledger.purpose || gaoling.title,
      admissionNumber: gaoling.admissionNumber,
      orgCode: COMMUNITY,
      detail: JSON.stringify({ form: gaoling.id, demo: true }),
    });
  }
  log(`个人信息保护演示：补充授权 ${granted} 条；resident.demo 关联家家景园社区李桂兰；民政局台账查询 1 次已记入审计`);
}
