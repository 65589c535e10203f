// The notification centre: a new dispatch raises the worker's to-do count and rings her bell; a refusal
// rings the department's; read/unread and mark all read; and the deployment's outbound webhook (a local
// HTTP receiver started here) gets each notification after the commit, retried when it fails.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { weekEnd } from '#common/dates.js';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';
import type { OutboundMessage } from './channel.js';
import * as repo from './repository.js';
import { TEST_PASSWORD } from '../../testing/builders.js';
import { districtLedgers, elderlyHouseholds } from '../../testing/ledgers.js';

interface Received {
  body: OutboundMessage;
  authorization: string | undefined;
  status: number;
}

/** The deployment's SMS gateway / IM webhook, as a local receiver: answers 503 to the next `failNext` posts. */
const receiver = {
  server: null as http.Server | null,
  url: '',
  received: [] as Received[],
  failNext: 0,
};

beforeAll(async () => {
  receiver.server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = receiver.failNext > 0 ? 503 : 200;
      if (receiver.failNext > 0) receiver.failNext--;
      receiver.received.push({
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as OutboundMessage,
        authorization: req.headers.authorization,
        status,
      });
      res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.server!.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/notify`;
});

afterAll(async () => {
  await new Promise((resolve) => receiver.server?.close(resolve));
});

type Todo = { kind: string; count: number; link: string; menu: string | null };
const countOf = (todo: { items: Todo[] }, kind: string) => todo.items.find((i) => i.kind === kind)?.count;

/** A district with 民政局's officer, an admitted task, and a worker in its first community. */
async function world(env: TestEnv) {
  const d = await env.build.district({ streets: 1, communities: 2 });
  const officer = await env.build.officer(d);
  const admission = await env.build.admission(d);
  const worker = await env.build.worker(d.communities[0], '陈晓雯');
  const neighbour = await env.build.worker(d.communities[1], '李娜');
  return { d, officer, admission, worker, neighbour };
}

describeEachDatabase(
  'notifications and to-do counts',
  (env) => {
    it('a new dispatch raises the worker’s counts and rings her bell; the webhook gets it after the commit', async () => {
      const { d, officer, admission, worker, neighbour } = await world(env());
      receiver.received = [];
      const before = (await worker.agent.get('/api/v1/me/todo')).json();
      expect(countOf(before, 'inbox_new')).toBe(0);
      expect(countOf(before, 'inbox_due_week')).toBe(0);
      expect(countOf(before, 'consultations_open')).toBe(0);
      expect(before.items.find((i: Todo) => i.kind === 'inbox_new').menu).toBe('inbox');

      const dueDate = weekEnd(env().dates.today());
      const res = await officer.agent.post('/api/v1/dispatches', {
        admissionId: admission.id,
        title: '第四季度高龄津贴资格认证',
        instructions: '请核对名单，上门协助未认证老人。',
        dueDate,
        targets: { type: 'communities', codes: [d.communities[0]] },
      });
      expect(res.statusCode, res.body).toBe(201);

      const after = (await worker.agent.get('/api/v1/me/todo')).json();
      expect(countOf(after, 'inbox_new')).toBe(1);
      expect(countOf(after, 'inbox_due_week')).toBe(1);
      expect(countOf(after, 'inbox_overdue')).toBe(0);
      expect(after.unread).toBe(1);

      const page = (await worker.agent.get('/api/v1/me/notifications')).json();
      expect(page).toMatchObject({ total: 1, unread: 1, page: 1 });
      expect(page.items[0]).toMatchObject({
        kind: 'dispatch_new',
        link: '/inbox?status=new',
        readAt: null,
        params: { number: admission.number, dueDate },
      });
      expect(page.items[0].text).toContain('第四季度高龄津贴资格认证');
      expect(page.items[0].text).toContain(admission.number);
      // In the caller's language.
      const en = await worker.agent.request('GET', '/api/v1/me/notifications', undefined, {
        'accept-language': 'en',
      });
      expect(en.json().items[0].text).toMatch(/sent work: 第四季度高龄津贴资格认证/);

      // Only the community it was sent to hears of it.
      expect((await neighbour.agent.get('/api/v1/me/notifications')).json().total).toBe(0);
      expect(countOf((await neighbour.agent.get('/api/v1/me/todo')).json(), 'inbox_new')).toBe(0);

      // The outbound channel: posted after the commit, naming the account, in Chinese, nothing else. The delivery
      // runs in this process, so it waits for the cores when they are busy (CI runs a pass at low priority).
      await vi.waitFor(
        () => expect(receiver.received.some((r) => r.body.id === page.items[0].id && r.status === 200)).toBe(true),
        { timeout: 60_000 },
      );
      const sent = receiver.received.find((r) => r.body.id === page.items[0].id)!;
      expect(sent.body).toMatchObject({
        kind: 'dispatch_new',
        recipient: worker.username,
        link: '/inbox?status=new',
      });
      expect(sent.body.text).toContain(admission.number);
      expect(sent.authorization).toBe('Bearer test-token');
      expect(Object.keys(sent.body).sort()).toEqual(['createdAt', 'id', 'kind', 'link', 'params', 'recipient', 'text']);
      await vi.waitFor(
        async () => expect((await repo.outboxRow(env().ctx.database.db, page.items[0].id))?.sent_at).toBeTruthy(),
        { timeout: 60_000 },
      );

      // Read, then mark all read.
      const one = await worker.agent.post('/api/v1/me/notifications/read', { ids: [page.items[0].id] });
      expect(one.json()).toEqual({ marked: 1, unread: 0 });
      expect((await worker.agent.get('/api/v1/me/notifications?unread=true')).json().total).toBe(0);
      expect((await worker.agent.get('/api/v1/me/todo')).json().unread).toBe(0);
    });

    it('a refusal tells the department; it counts as a refusal to answer; nobody marks another’s notifications', async () => {
      const { d, officer, admission, worker } = await world(env());
      const dispatch = (
        await officer.agent.post('/api/v1/dispatches', {
          admissionId: admission.id,
          title: '独居老人走访',
          dueDate: env().dates.daysFromToday(20),
          targets: { type: 'communities', codes: [d.communities[0]] },
        })
      ).json();
      const inbox = (await worker.agent.get(`/api/v1/communities/${d.communities[0]}/inbox`)).json();
      const item = inbox.items.find((i: { dispatchId: number }) => i.dispatchId === dispatch.id);
      const refused = await worker.agent.post(`/api/v1/inbox-items/${item.id}/actions`, {
        action: 'refuse',
        reason: 'no_resources',
        text: '未配发经费',
      });
      expect(refused.statusCode, refused.body).toBe(200);

      const mine = (await officer.agent.get('/api/v1/me/notifications')).json();
      expect(mine.items[0]).toMatchObject({ kind: 'dispatch_refused', link: '/dispatches?tab=refusals', readAt: null });
      expect(mine.items[0].text).toContain('独居老人走访');
      expect(mine.items[0].text).toContain('资源'); // the reason's label, not its code
      expect(countOf((await officer.agent.get('/api/v1/me/todo')).json(), 'refusals_open')).toBe(1);

      // The worker's marking names the officer's notification: nothing changes.
      const foreign = await worker.agent.post('/api/v1/me/notifications/read', { ids: [mine.items[0].id] });
      expect(foreign.json().marked).toBe(0);
      expect((await officer.agent.get('/api/v1/me/todo')).json().unread).toBe(1);
      const all = await officer.agent.post('/api/v1/me/notifications/read', { all: true });
      expect(all.json()).toMatchObject({ unread: 0 });
      expect(all.json().marked).toBeGreaterThanOrEqual(1);
    });

    it('open work turns overdue on the clock; the reviewer counts applications by review clock', async () => {
      const { d, officer, admission, worker } = await world(env());
      await officer.agent.post('/api/v1/dispatches', {
        admissionId: admission.id,
        title: '名单核对',
        dueDate: env().dates.daysFromToday(1),
        targets: { type: 'communities', codes: [d.communities[0]] },
      });
      expect(countOf((await worker.agent.get('/api/v1/me/todo')).json(), 'inbox_overdue')).toBe(0);
      const street = await env().build.streetOfficer(d.streets[0].code);
      expect(countOf((await street.agent.get('/api/v1/me/todo')).json(), 'street_overdue')).toBe(0);
      env().clock.advanceDays(3);
      try {
        // (a new session: the old one has expired by then)
        const later = await env().login(worker.username, TEST_PASSWORD);
        const todo = (await later.get('/api/v1/me/todo')).json();
        expect(countOf(todo, 'inbox_overdue')).toBe(1);
        expect(countOf(todo, 'inbox_new')).toBe(1);
        // The street office sees it too.
        const office = await env().login(street.username, TEST_PASSWORD);
        expect(countOf((await office.get('/api/v1/me/todo')).json(), 'street_overdue')).toBe(1);
      } finally {
        env().clock.advanceDays(-3);
      }
      const reviewer = await env().build.reviewer(d);
      const res = await reviewer.agent.get('/api/v1/me/todo');
      expect(res.statusCode, res.body).toBe(200);
      const r = res.json();
      expect(r.items.map((i: Todo) => i.kind)).toEqual([
        'reviews_overdue',
        'reviews_due_soon',
        'reviews_in_time',
        'burden_alerts',
        'forbidden_asks',
        'exit_requests',
      ]);
    });

    it('a failed post is retried with backoff until the receiver takes it', async () => {
      const { d, officer, admission, worker } = await world(env());
      await env().ctx.services.notifications.deliveryIdle();
      receiver.received = [];
      receiver.failNext = 1;
      await officer.agent.post('/api/v1/dispatches', {
        admissionId: admission.id,
        title: '重试的派单',
        dueDate: env().dates.daysFromToday(10),
        targets: { type: 'communities', codes: [d.communities[0]] },
      });
      const id = (await worker.agent.get('/api/v1/me/notifications')).json().items[0].id;
      await vi.waitFor(async () => expect((await repo.outboxRow(env().ctx.database.db, id))?.sent_at).toBeTruthy(), {
        timeout: 60_000,
      });
      const row = (await repo.outboxRow(env().ctx.database.db, id))!;
      expect(row.attempts).toBe(2);
      expect(
        receiver.received.filter((r) => r.body.id === id && r.body.recipient === worker.username).map((r) => r.status),
      ).toEqual([503, 200]);
    });

    it('counts households to visit once, ledgers with the department’s gaps, and corrections to check', async () => {
      const d = await env().build.district({ streets: 1, communities: 2 });
      const community = d.communities[0];
      const households = await elderlyHouseholds(env(), community);
      const ledgers = await districtLedgers(env(), d);
      const worker = await env().build.worker(community);
      const todo = (await worker.agent.get('/api/v1/me/todo')).json();
      const missing = todo.items.find((i: Todo) => i.kind === 'households_missing');
      expect(missing).toMatchObject({ link: '/subjects?pending=1', menu: null });
      expect(missing.count).toBeGreaterThan(0);
      expect(missing.count).toBeLessThanOrEqual(households.length);
      // The link lists exactly those households, each with as many facts as its one-visit sheet asks.
      const pending = (
        await worker.agent.get(`/api/v1/hub/subjects?community=${community}&type=household&pending=true&pageSize=100`)
      ).json();
      expect(pending.total).toBe(missing.count);
      for (const h of pending.items.slice(0, 3)) {
        const sheet = (await worker.agent.get(`/api/v1/households/${h.id}/collect`)).json();
        expect(h.missing).toBe(sheet.fields.length);
        expect(h.missing).toBeGreaterThan(0);
      }
      const residents = await worker.agent.get(
        `/api/v1/hub/subjects?community=${community}&type=resident&pending=true`,
      );
      expect(residents.statusCode).toBe(422);
      // 高龄津贴金额 is 民政's own fact: its ledger has gaps 民政 must fill (回流), not the community.
      const minzheng = ledgers.gaoling.officer.agent;
      const dept = (await minzheng.get('/api/v1/me/todo')).json();
      expect(countOf(dept, 'ledgers_with_gaps')).toBeGreaterThanOrEqual(1);
      expect(countOf(dept, 'corrections_open')).toBe(0);

      // A resident flags her address: 公安 is told, without her name.
      const gongan = await env().build.officer(d, 'gongan');
      const her = households[0].residents[0];
      const resident = await env().build.resident(community, her);
      const data = (await resident.agent.get('/api/v1/me/data')).json();
      const flagged = await resident.agent.post('/api/v1/me/corrections', {
        subjectId: data.subjects[0].id,
        element: 'residence_address',
        proposedValue: '望江西路 520 号',
      });
      expect(flagged.statusCode, flagged.body).toBe(201);
      expect(countOf((await gongan.agent.get('/api/v1/me/todo')).json(), 'corrections_open')).toBe(1);
      const note = (await gongan.agent.get('/api/v1/me/notifications')).json().items[0];
      expect(note).toMatchObject({ kind: 'correction_request', link: '/corrections' });
      expect(note.text).toContain('现居住地址');
      expect(note.text).not.toContain(her.name);
      expect(JSON.stringify(note.params)).not.toContain('望江西路');
    });

    it('tells a department once that a data grant runs out within 30 days', async () => {
      const { d, officer, admission } = await world(env());
      const soon = env().dates.daysFromToday(10);
      const grant = await env().build.grant(d.department('minzheng'), admission.number, ['name'], '高龄津贴核对', soon);
      await env().build.grant(
        d.department('minzheng'),
        admission.number,
        ['gender'],
        '远期授权',
        env().dates.daysFromToday(90),
      );
      const { notifications } = env().ctx.services;
      expect(await notifications.sweep()).toBeGreaterThanOrEqual(1);
      const mine = (await officer.agent.get('/api/v1/me/notifications')).json();
      const notes = mine.items.filter((n: { kind: string }) => n.kind === 'grant_expiring');
      expect(notes).toHaveLength(1);
      expect(notes[0].text).toBe(`数据授权“高龄津贴核对”将于 ${soon} 到期`);
      expect(notes[0].params).toEqual({ purpose: '高龄津贴核对', expiryDate: soon });
      expect(grant).toBeGreaterThan(0);
      // Once only.
      await notifications.sweep();
      const again = (await officer.agent.get('/api/v1/me/notifications')).json();
      expect(again.items.filter((n: { kind: string }) => n.kind === 'grant_expiring')).toHaveLength(1);
    });

    it('answers 401 without a session', async () => {
      expect((await env().anon.get('/api/v1/me/todo')).statusCode).toBe(401);
      expect((await env().anon.get('/api/v1/me/notifications')).statusCode).toBe(401);
    });
  },
  {
    demo: false,
    config: () => ({
      notify: {
        webhookUrl: receiver.url,
        webhookToken: 'test-token',
        retryBaseMs: 20,
        maxAttempts: 5,
        timeoutMs: 5000,
      },
    }),
  },
);
