// Demo step: 居民议事协商 (issue 18) in 家家景园社区 — two more resident accounts (neighbours of 李桂兰 in other
// households), two versions each of the 议事规则 and the 居民公约, and a year of topics, two or more in every
// state: collecting supports, on the agenda, heard at the 议事会, being voted on, decided (the 加装电梯 with
// actions in progress, one overdue so the street sees it), done, rejected (declined, or fallen for want of
// quorum), and one decided against the 桶边督导 app's daily check-in sent to the 减负办 as an exit request
// that reviewer.shushan answered. All marked as demo; dates follow the app clock.
import type { AppContext } from '../../context.js';
import { addDays } from '#common/dates.js';
import { parseIdNumber } from '#common/idcard.js';
import { ageOn } from '../hub/subjects-service.js';
import * as privacy from '../privacy/privacy-repository.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';
import { DEFAULT_RULES } from '../deliberation/rules.js';
import * as repo from '../deliberation/repository.js';
import { inAdmissionScope } from '../admission/usable.js';
import type { SessionUser } from '../accounts/types.js';

const HOME = '340104006005';
const NEIGHBOURS = [
  { username: 'resident.demo2', gender: 'female' },
  { username: 'resident.demo3', gender: 'male' },
] as const;

/** Links the neighbour accounts to adults of 家家景园 in households other than 李桂兰's (and each other's). */
async function linkNeighbours(ctx: AppContext): Promise<number> {
  const { accounts, subjects, me } = ctx.services;
  const db = ctx.database.db;
  const today = ctx.clock.today();
  const taken = new Set<string>();
  const own = await me.householdNumber(await accounts.actingAs('resident.demo'));
  if (own) taken.add(own);
  const candidates = await privacy.demoResidentCandidates(db, HOME);
  let linked = 0;
  for (const n of NEIGHBOURS) {
    const spec = DEMO_ACCOUNTS.find((a) => a.username === n.username)!;
    if (!(await accounts.userExists(n.username)))
      await accounts.insertUser('', { ...spec, password: DEMO_PASSWORD }, { isDemo: true });
    const user = await accounts.actingAs(n.username);
    for (const c of candidates) {
      const id = parseIdNumber(c.key, today);
      if (!('gender' in id) || id.gender !== n.gender) continue;
      const age = ageOn(id.birthDate, today) ?? 0;
      if (age < 35 || age > 65) continue;
      const household = (await subjects.currentFactsOf(c.id, ['household_number']))?.values.household_number?.value;
      if (!household || taken.has(household)) continue;
      taken.add(household);
      await privacy.renameDemoSubject(db, c.id, spec.displayName);
      await privacy.link(db, user.id, c.id);
      linked++;
      break;
    }
  }
  return linked;
}

export async function seedDeliberation(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const linked = await linkNeighbours(ctx);
  const { accounts, deliberation: d } = ctx.services;
  const worker = await accounts.actingAs('worker.jiajia');
  const li = await accounts.actingAs('resident.demo');
  const zhou = await accounts.actingAs('resident.demo2');
  const wu = await accounts.actingAs('resident.demo3');
  const today = ctx.clock.today();
  const demo = true;

  // The rules' history: the first version counted residents and 5 % of households; the current one counts
  // households and needs 20 of them.
  const at = (days: number) => `${addDays(today, days)}T02:00:00.000Z`;
  await d.adoptRules(
    worker,
    HOME,
    {
      doc: { ...DEFAULT_RULES, supportThreshold: { kind: 'percent', value: 5 }, supportUnit: 'resident' },
      note: '2025 年居民代表会议通过：5% 的住户联名列入议程；每位居民一份支持；按户表决。',
    },
    demo,
    at(-330),
  );
  await d.adoptRules(
    worker,
    HOME,
    {
      doc: { ...DEFAULT_RULES, supportThreshold: { kind: 'households', value: 20 }, ballot: 'secret' },
      note: '经 2026 年居民代表会议通过：20 户联名列入议程（按户计）；按户表决；加装电梯按民法典第二百七十八条。',
    },
    demo,
    at(-60),
  );
  await seedCovenant(ctx, worker, at);
  const propose = (
    who: typeof li,
    title: string,
    description: string,
    category: Parameters<typeof d.propose>[2]['category'],
  ) => d.propose(who, HOME, { title, description, category }, demo);
  const tryStep = async (f: () => Promise<unknown>) => {
    // A neighbour not linked (a demo without population) cannot support or vote per household: skip.
    try {
      await f();
    } catch {
      /* skipped */
    }
  };

  // 1. Collecting supports.
  const lockers = await propose(
    zhou,
    '小区东门增设智能快递柜',
    '东门附近没有快递柜，老人取件要走到南门驿站。',
    'other',
  );
  await tryStep(() => d.support(wu, lockers.id));

  // 2. On the agenda (tabled by the worker from the 12345 and 诉求 it keeps hearing).
  const ebike = await propose(
    worker,
    '规范电动车停放与集中充电',
    '多栋楼道口停放电动车、飞线充电，消防隐患突出。拟在 8 栋北侧建集中充电棚。',
    'parking',
  );

  // 3. Heard at a meeting, not yet voted on; 4. being voted on; 5. decided with actions.
  const hall = await propose(
    worker,
    '社区文体活动室延长开放时间',
    '居民希望晚间开放到 21:00，需解决值守人员。',
    'culture',
  );
  const lights = await propose(
    li,
    '公共收益用于楼道照明改造',
    '小区广告位和停车收益约 6 万元，建议用于老旧楼道声控灯改造。',
    'public_income',
  );
  await tryStep(() => d.support(zhou, lights.id));
  await d.table(worker, lights.id);
  const elevator = await propose(
    worker,
    '3 号楼加装电梯',
    '3 号楼 18 户居民申请加装电梯，费用按楼层分摊，申请政府补贴。',
    'elevator',
  );
  const summer = await propose(
    worker,
    '暑期青少年托管班',
    '双职工家庭希望暑期有托管，拟利用活动室和共建单位志愿者开办。',
    'culture',
  );
  // 8. 群众不认可→退出: residents reject the daily check-in of an admitted work item.
  const checkin = await propose(
    wu,
    '申请停止垃圾分类“桶边督导”小程序每日打卡',
    '志愿者和网格员每天要在小程序里拍照打卡 4 次，居民反映扰民、形式主义，建议申请退出这项要求。',
    'environment',
  );
  await tryStep(() => d.support(li, checkin.id));
  await tryStep(() => d.support(zhou, checkin.id));
  await d.table(worker, checkin.id);
  await d.recordMeeting(
    worker,
    HOME,
    {
      heldOn: addDays(today, -60),
      place: '家家景园社区议事厅',
      online: false,
      topicIds: [hall.id, lights.id, elevator.id, checkin.id, summer.id],
      participants: [
        { type: 'resident_rep', count: 9, names: '' },
        { type: 'building_head', count: 6, names: '' },
        { type: 'owners_committee', count: 2, names: '业委会主任、副主任' },
        { type: 'property_company', count: 1, names: '物业项目经理' },
        { type: 'department', count: 1, names: '蜀山区住建局' },
      ],
      minutes:
        '一、文体活动室延长开放：同意试行，志愿者轮流值守，下次会议再议。\n二、楼道照明改造：同意提交全体居民表决。\n三、3 号楼加装电梯：住建局介绍补贴政策；同意提交表决，按民法典第二百七十八条计票。\n四、“桶边督导”小程序每日打卡：多数代表认为打卡与督导实效无关，同意提交全体居民表决，通过后报减负办申请退出。\n五、暑期青少年托管班：共建单位愿派志愿者，场地和安全责任待落实后再议。',
      opinions: '低楼层住户担心采光和噪声，建议设计方案公示征求意见。物业表示可配合施工期间的安全管理。',
    },
    demo,
  );
  await d.openVote(worker, lights.id, { options: ['同意', '不同意'], closesOn: addDays(today, 7) });
  await tryStep(() => d.vote(zhou, lights.id, 0));

  // Those entitled are 3 号楼's 18 households; the paper ballots collected door to door carry it under the
  // elevator rule (two thirds take part, three quarters of them agree).
  await d.openVote(worker, elevator.id, { options: ['同意', '不同意'], closesOn: today, eligible: 18 });
  await d.paperTally(worker, elevator.id, [14, 2]);
  const decided = await d.closeVote(worker, elevator.id);
  if (decided.status === 'decided') {
    for (const [title, owner, days] of [
      ['设计方案公示 10 日', '家家景园社区居委会', -30],
      ['报蜀山区住建局审批', '3 号楼业主代表', -3],
      ['施工与验收', '电梯施工单位', 120],
    ] as const)
      await d.addAction(worker, elevator.id, { title, owner, dueOn: addDays(today, days) });
    const view = await d.view(elevator.id, worker);
    await d.updateAction(worker, view.actions[0].id, {
      progress: '已在 3 号楼单元门和小区公示栏公示，无异议。',
      done: true,
    });
    await d.updateAction(worker, view.actions[1].id, { progress: '材料已齐，待业主签字确认分摊方案。', done: false });
  }

  // 6. Done: decided and every action done.
  const bins = await propose(worker, '垃圾分类投放点搬离 5 号楼窗下', '投放点异味影响 5 号楼一楼住户。', 'environment');
  // Those entitled: the 120 households of the four buildings around the bins.
  await d.openVote(worker, bins.id, { options: ['迁至东侧绿化带旁', '维持原位'], closesOn: today, eligible: 120 });
  await d.paperTally(worker, bins.id, [71, 9]);
  const binsDecided = await d.closeVote(worker, bins.id);
  if (binsDecided.status === 'decided') {
    const withAction = await d.addAction(worker, bins.id, {
      title: '新建投放点并拆除原投放点',
      owner: '物业公司',
      dueOn: addDays(today, -10),
    });
    await d.updateAction(worker, withAction.actions[0].id, { progress: '已于上月完成搬迁。', done: true });
  }

  // 7. Rejected: not for the community to decide.
  const parking = await propose(wu, '小区内道路划收费停车位', '按月收费，收益用于小区维修。', 'parking');
  await d.reject(worker, parking.id, '小区道路属业主共有，收费停车须由业主大会决定，已转业委会按程序办理。');

  // A second topic in each stage, so the list reads like a year of a community's affairs.
  const seats = await propose(
    wu,
    '小区南门增设老年人休息座椅',
    '南门到菜市场一路没有座椅，老人走累了没处歇。',
    'other',
  );
  await tryStep(() => d.support(zhou, seats.id));
  const fees = await propose(
    worker,
    '物业费收支情况按季度公开',
    '业主反映物业费用途不透明，拟请物业按季度在公示栏和小程序公开收支。',
    'property',
  );
  const road = await propose(
    worker,
    '修补 2 栋前破损路面',
    '2 栋前路面塌陷多处，雨天积水，老人易摔倒。',
    'environment',
  );
  await d.openVote(worker, road.id, { options: ['同意用公共收益修补', '不同意'], closesOn: today, eligible: 120 });
  await d.paperTally(worker, road.id, [66, 4]);
  if ((await d.closeVote(worker, road.id)).status === 'decided') {
    const withAction = await d.addAction(worker, road.id, {
      title: '路面修补施工',
      owner: '物业公司',
      dueOn: addDays(today, -150),
    });
    await d.updateAction(worker, withAction.actions[0].id, { progress: '已修补并验收。', done: true });
  }
  const green = await propose(
    worker,
    '小区中心绿地改建停车位',
    '车位紧张，有居民提出将中心绿地改为 30 个车位。',
    'parking',
  );
  // Too few households took part (80 of 200): the quorum is not met and the proposal falls.
  await d.openVote(worker, green.id, { options: ['同意改建', '不同意'], closesOn: today, eligible: 200 });
  await d.paperTally(worker, green.id, [50, 30]);
  await d.closeVote(worker, green.id);
  const dance = await propose(
    worker,
    '广场舞活动时间和音量约定',
    '拟约定晚间 19:00—20:30、音量不超过 60 分贝，写入居民公约。',
    'culture',
  );
  await d.openVote(worker, dance.id, { options: ['同意', '不同意'], closesOn: addDays(today, 10) });

  const exitOutcome = await seedExitRequest(ctx, worker, checkin.id);

  // The year: when each topic was raised and (where it was) decided, in days before today.
  const year: [{ id: number }, number, number | null][] = [
    [bins, -330, -300],
    [parking, -260, null],
    [road, -220, -190],
    [green, -170, -140],
    [elevator, -120, -45],
    [hall, -80, null],
    [checkin, -75, -40],
    [lights, -70, null],
    [summer, -65, null],
    [dance, -40, null],
    [ebike, -30, null],
    [fees, -15, null],
    [lockers, -10, null],
    [seats, -5, null],
  ];
  for (const [t, raised, decidedOn] of year) {
    const status = (await d.view(t.id, worker)).status;
    await repo.backdateDemoTopic(ctx.database.db, t.id, {
      created_at: at(raised),
      updated_at: at(decidedOn ?? raised),
      tabled_at: status === 'proposed' ? null : at(raised + 3),
      decided_at: decidedOn === null ? null : at(decidedOn),
    });
  }

  log(
    `居民议事：${year.length} 个议题、1 次议事会（家家景园社区）；关联邻居账号 ${linked} 个；退出申请 ${exitOutcome}`,
  );
}

/** Two versions of 家家景园's 居民公约: the one adopted last year and this year's with a clause added. */
async function seedCovenant(ctx: AppContext, worker: SessionUser, at: (days: number) => string) {
  const clauses = [
    '一、爱护小区公共设施和绿化，不毁绿种菜，不私搭乱建。',
    '二、垃圾分类定时定点投放，不高空抛物。',
    '三、文明养犬，出门牵绳，及时清理犬只粪便。',
    '四、邻里和睦，装修和娱乐活动避开休息时间，有矛盾先找楼栋长、居委会调解。',
    '五、关心孤寡老人和困难邻居，积极参加志愿服务。',
  ];
  const versions = [
    { clauses, note: '2025 年居民代表会议通过', days: -320 },
    {
      clauses: [...clauses, '六、电动自行车不进楼道、不入户充电，到集中充电棚停放充电。'],
      note: '2026 年居民代表会议修订：增加第六条（电动自行车停放充电）',
      days: -50,
    },
  ];
  for (const v of versions)
    await ctx.services.covenant.publish(
      worker,
      HOME,
      { title: '家家景园社区居民公约', body: v.clauses.join('\n'), note: v.note },
      true,
      at(v.days),
    );
}

/**
 * The decided check-in topic goes to the 减负办 against the demo admission of 桶边督导 (else any admission
 * in force covering 家家景园), and reviewer.shushan decides. Returns what happened, for the log.
 */
async function seedExitRequest(ctx: AppContext, worker: SessionUser, topicId: number): Promise<string> {
  const { deliberation: d, exitRequests, admission, accounts } = ctx.services;
  const today = ctx.clock.today();
  await d.openVote(worker, topicId, { options: ['同意申请退出', '不同意'], closesOn: today, eligible: 120 });
  await d.paperTally(worker, topicId, [83, 11]);
  if ((await d.closeVote(worker, topicId)).status !== 'decided') return 'none (the vote did not carry)';
  const inForce = (await admission.publicActive('340104')).filter((a) =>
    inAdmissionScope(a.scope, a.jurisdiction.code, HOME),
  );
  const target = inForce.find((a) => a.title.includes('桶边督导')) ?? inForce.at(-1);
  if (!target?.number) return 'none (no admission in force here)';
  const sent = await exitRequests.send(worker, topicId, target.number);
  const reviewer = await accounts.actingAs('reviewer.shushan');
  await exitRequests.decide(reviewer, sent.id, {
    outcome: 'kept',
    reason:
      '垃圾分类督导是法定工作，事项予以保留；但每日 4 次拍照打卡不是准入时核定的要求，已责成区城管局取消，改为每月汇总一次。',
  });
  return `${target.number}（保留，取消每日打卡）`;
}
