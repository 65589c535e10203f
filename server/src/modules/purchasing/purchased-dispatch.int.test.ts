// 政府购买服务 and dispatch, on both databases: a dispatch under an admitted item that a contract covers for a
// community goes to the contracted organisation's accounts (inbox, to-do, bell), not to the community's inbox
// — the community is told who handles it; only that organisation acts on it, and never refuses it; work for a
// community the contract does not cover goes to that community as before.
import { expect, it } from 'vitest';
import type { ContractDetail } from '#common/api/purchasing.js';
import type { InboxReply, OrgInboxReply } from '#common/api/dispatch.js';
import { describeEachDatabase } from '../../testing/harness.js';

interface Todo {
  kind: string;
  count: number;
  link: string;
}

describeEachDatabase(
  'dispatches under a purchased item',
  (env) => {
    it('go to the organisation, not to the covered communities; the community is told', async () => {
      const d = await env().build.district({ streets: 1, communities: 3 });
      const [c1, c2, c3] = d.streets[0].communities;
      const officer = await env().build.officer(d);
      const admission = await env().build.admission(d, {
        title: '独居老人定期探访',
        frequency: 'monthly',
        minutesPerOccurrence: 120,
        decidedDaysAgo: 200,
        scope: { type: 'streets', codes: [d.streets[0].code] },
      });
      const org = await env().build.socialOrg(d, '试验区康宁社会工作服务中心');
      const rival = await env().build.socialOrg(d, '试验区另一家社工站');
      const startDate = env().dates.daysFromToday(-30);
      const contract = await officer.agent.post('/api/v1/purchase-contracts', {
        title: '独居老人探访关爱服务',
        admissionNumber: admission.number,
        socialOrgId: org.id,
        startDate,
        endDate: env().dates.termEnd(startDate, 12),
        budgetYuan: 120000,
        communities: [c1, c2],
        indicators: [{ name: '集体活动', activityKind: 'group_activity', basis: 'total', target: 12 }],
      });
      expect(contract.statusCode, contract.body).toBe(201);
      expect(contract.json<ContractDetail>().socialOrg.id).toBe(org.id);
      const [w1, w3] = [await env().build.worker(c1), await env().build.worker(c3)];

      const sent = await officer.agent.post('/api/v1/dispatches', {
        admissionId: admission.id,
        title: '十二月独居老人走访',
        dueDate: env().dates.daysFromToday(10),
        targets: { type: 'communities', codes: [c1, c2, c3] },
      });
      expect(sent.statusCode, sent.body).toBe(201);

      // c1's inbox: nothing to do, but told who handles it; c3 (not covered) has the work.
      const inbox1 = (await w1.agent.get(`/api/v1/communities/${c1}/inbox`)).json<InboxReply>();
      expect(inbox1.total).toBe(0);
      expect(inbox1.counts.all).toBe(0);
      expect(inbox1.handledElsewhere).toEqual([{ name: '试验区康宁社会工作服务中心', open: 1 }]);
      const inbox3 = (await w3.agent.get(`/api/v1/communities/${c3}/inbox`)).json<InboxReply>();
      expect(inbox3.items.map((i) => i.title)).toEqual(['十二月独居老人走访']);
      const todo = async (agent: typeof w1.agent) =>
        (await agent.get('/api/v1/me/todo')).json<{ items: Todo[] }>().items.find((i) => i.kind === 'inbox_new');
      expect((await todo(w1.agent))?.count ?? 0).toBe(0);
      expect((await w1.agent.get('/api/v1/me/notifications')).json<{ total: number }>().total).toBe(0);

      // The organisation's inbox, to-do and bell.
      const mine = (await org.staff.agent.get('/api/v1/social-org/inbox')).json<OrgInboxReply>();
      expect(mine.org.name).toBe('试验区康宁社会工作服务中心');
      expect(mine.items.map((i) => i.community.code).sort()).toEqual([c1, c2].sort());
      expect(mine.items[0].allowedActions).toEqual(['acknowledge', 'start', 'complete']);
      expect(await todo(org.staff.agent)).toMatchObject({ count: 2, link: '/org-inbox' });
      const bell = (await org.staff.agent.get('/api/v1/me/notifications')).json<{ items: { link: string }[] }>();
      expect(bell.items.map((n) => n.link)).toEqual(['/org-inbox']);
      expect((await rival.staff.agent.get('/api/v1/social-org/inbox')).json<OrgInboxReply>().total).toBe(0);

      // Who may act: the organisation (not to refuse); not the community, the rival or another role.
      const item = mine.items.find((i) => i.community.code === c1)!;
      const act = (agent: typeof w1.agent, action: string, extra: object = {}) =>
        agent.post(`/api/v1/inbox-items/${item.id}/actions`, { action, ...extra });
      const byWorker = await act(w1.agent, 'acknowledge');
      expect(byWorker.statusCode).toBe(403);
      expect(byWorker.json<{ code: string }>().code).toBe('out_of_scope');
      expect((await act(rival.staff.agent, 'acknowledge')).statusCode).toBe(403);
      expect((await act(officer.agent, 'acknowledge')).statusCode).toBe(403);
      const refuse = await act(org.staff.agent, 'refuse', { reasons: ['no_valid_number'], text: '不做' });
      expect(refuse.statusCode).toBe(409);
      expect((await act(org.staff.agent, 'acknowledge')).statusCode).toBe(200);
      const completed = await act(org.staff.agent, 'complete', { note: '已走访 12 位老人' });
      expect(completed.statusCode, completed.body).toBe(200);
      expect(completed.json<{ storedStatus: string }>().storedStatus).toBe('done');
      // Only the org's role reads the org inbox.
      expect((await w1.agent.get('/api/v1/social-org/inbox')).statusCode).toBe(403);

      // The department sees all three items with their progress.
      const detail = (await officer.agent.get(`/api/v1/dispatches/${sent.json<{ id: number }>().id}`)).json<{
        items: { community: { code: string }; storedStatus: string }[];
      }>();
      expect(detail.items.find((i) => i.community.code === c1)?.storedStatus).toBe('done');
      expect(detail.items).toHaveLength(3);
    });

    it('go to the community again once the contract has ended', async () => {
      const d = await env().build.district({ streets: 1, communities: 1 });
      const [c1] = d.communities;
      const officer = await env().build.officer(d);
      const admission = await env().build.admission(d, { frequency: 'monthly', decidedDaysAgo: 200 });
      const org = await env().build.socialOrg(d, '试验区康宁社会工作服务中心');
      const r = await officer.agent.post('/api/v1/purchase-contracts', {
        title: '已到期的服务',
        admissionNumber: admission.number,
        socialOrgId: org.id,
        startDate: env().dates.daysFromToday(-100),
        endDate: env().dates.daysFromToday(-1),
        budgetYuan: 1000,
        communities: [c1],
        indicators: [{ name: '集体活动', activityKind: 'group_activity', basis: 'total', target: 1 }],
      });
      expect(r.statusCode, r.body).toBe(201);
      const sent = await officer.agent.post('/api/v1/dispatches', {
        admissionId: admission.id,
        title: '走访',
        dueDate: env().dates.daysFromToday(10),
        targets: { type: 'communities', codes: [c1] },
      });
      expect(sent.statusCode, sent.body).toBe(201);
      const w1 = await env().build.worker(c1);
      expect((await w1.agent.get(`/api/v1/communities/${c1}/inbox`)).json<InboxReply>().total).toBe(1);
      expect((await org.staff.agent.get('/api/v1/social-org/inbox')).json<OrgInboxReply>().total).toBe(0);
    });
  },
  { demo: false },
);
