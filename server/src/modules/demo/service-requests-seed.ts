// Demo step: 诉求 (issue 17) — the city's 12345 hotline registered as an Open311 client (its demo key is
// DEMO_OPEN311_KEY, for trying /open311/v2 by hand), and a few requests in 家家景园社区: one closed and
// rated, one being handled, two from the hotline routed to the street and to the department.
import type { AppContext } from '../../context.js';
import { chinaTime, daysAgo } from './clock.js';

export const DEMO_OPEN311_KEY = 'demo-hefei-12345';
const HOME = '340104006005';

export async function seedServiceRequests(ctx: AppContext, log: (m: string) => void): Promise<void> {
  const { serviceRequests: service, accounts } = ctx.services;
  await service.registerClient('合肥市 12345 政务服务便民热线', '3401', true, DEMO_OPEN311_KEY);
  const resident = await accounts.actingAs('resident.demo');
  const worker = await accounts.actingAs('worker.jiajia');
  const noPhoto = null;
  // Each step at its own time in the days before the demo loads, as it would have happened.
  const today = ctx.clock.today();
  const at = (days: number, time: string) => chinaTime(daysAgo(days, today), time);
  const lamp = await service.reportAsResident(
    resident,
    {
      serviceCode: 'facility_repair',
      description: '小区南门健身器材扶手松动，老人使用有危险',
      address: '家家景园南门广场',
    },
    noPhoto,
    { at: at(6, '08:42') },
  );
  await service.accept(worker, lamp.id, at(6, '09:15'));
  await service.close(worker, lamp.id, '已联系物业紧固扶手并张贴使用提示。', at(5, '16:30'));
  await service.rate(resident, lamp.id, { rating: 5, note: '第二天就修好了' }, at(5, '19:05'));
  const leak = await service.reportAsResident(
    resident,
    {
      serviceCode: 'neighbour_dispute',
      description: '楼上卫生间漏水到我家，协商未果',
      address: '家家景园 6 栋',
      anonymous: true,
    },
    noPhoto,
    { at: at(2, '20:12') },
  );
  await service.accept(worker, leak.id, at(1, '08:50'));
  await service.update(worker, leak.id, '已约双方本周六上午在社区调解室协商。', at(1, '11:20'));
  const { id, name } = await service.client(DEMO_OPEN311_KEY);
  for (const [serviceCode, description, address, when] of [
    ['sanitation', '菜市场东侧垃圾两天未清运', '家家景园东侧菜市场', at(1, '17:36')],
    ['noise', '夜间 11 点后仍有装修噪音', '家家景园 2 栋', at(1, '23:08')],
  ] as const)
    await service.report({
      serviceCode,
      description,
      address,
      place: HOME,
      requester: null,
      client: { id, name },
      photo: null,
      isDemo: true,
      at: when,
    });
  log('诉求 4 条（家家景园社区）；12345 热线登记为 Open311 客户端');
}
