// 诉求 over Open311 GeoReport v2: a client registered with an api_key lists the services, posts a request in
// the spec's form-encoded example, reads it back open, and after the community's worker closes it, closed
// with status_notes; bad input answers in the spec's error shape; residents report, track and rate through
// the app's routes, and the handler accepts, transfers (with a reason) and closes.
import { expect, it } from 'vitest';
import type { InboxView, Open311Request, ServiceRequestView } from '#common/api/open311.js';
import { multipart } from '../../testing/multipart.js';
import { describeEachDatabase, type TestEnv } from '../../testing/harness.js';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001',
  'hex',
);

async function setting(env: TestEnv) {
  const d = await env.build.district({ communities: 2 });
  const [home, other] = d.communities;
  const household = await env.build.household(home, [{ name: '李桂兰', gender: 'female', age: 58 }]);
  const resident = await env.build.resident(home, household.residents[0]);
  const worker = await env.build.worker(home);
  const otherWorker = await env.build.worker(other);
  const street = await env.build.streetOfficer(d.streets[0].code);
  const apiKey = await env.ctx.services.serviceRequests.registerClient('12345 热线', d.code);
  return { d, home, other, resident, worker, otherWorker, street, apiKey };
}

const form = (fields: Record<string, string>) => ({
  body: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

describeEachDatabase('Open311 GeoReport v2', (env) => {
  it('a registered client lists services, posts a request, reads it open, and closed with status_notes', async () => {
    const { home, worker, apiKey } = await setting(env());
    const anon = env().anon;

    const services = await anon.get('/open311/v2/services.json');
    expect(services.statusCode).toBe(200);
    const list = services.json<{ service_code: string; service_name: string; metadata: boolean; type: string }[]>();
    expect(list.map((s) => s.service_name)).toEqual(
      expect.arrayContaining(['设施报修', '环境卫生', '噪音扰民', '邻里纠纷', '物业问题', '安全隐患']),
    );
    expect(list[0]).toMatchObject({ metadata: false, type: 'realtime' });
    const def = await anon.get('/open311/v2/services/facility_repair.json');
    expect(def.json()).toEqual({ service_code: 'facility_repair', attributes: [] });

    // The spec's example POST (form-encoded, personal fields included), with our service and community.
    const post = form({
      api_key: apiKey,
      jurisdiction_id: home,
      service_code: 'facility_repair',
      lat: '31.8206',
      long: '117.2272',
      address_string: '芙蓉路 88 号小区 3 栋门口',
      email: 'smit333@sfgov.edu',
      device_id: 'tt222111',
      account_id: '123456',
      first_name: 'john',
      last_name: 'smith',
      phone: '111111111',
      description: '路灯不亮已经一周，晚上出行不安全',
    });
    const created = await anon.request('POST', '/open311/v2/requests.json', post.body, post.headers);
    expect(created.statusCode, created.body).toBe(201);
    const [{ service_request_id: id }] = created.json<{ service_request_id: string }[]>();

    const read = await anon.get(`/open311/v2/requests/${id}.json`);
    expect(read.statusCode).toBe(200);
    const [open] = read.json<Open311Request[]>();
    expect(open).toMatchObject({
      service_request_id: id,
      status: 'open',
      status_notes: null,
      service_code: 'facility_repair',
      service_name: '设施报修',
      address: '芙蓉路 88 号小区 3 栋门口',
      lat: 31.8206,
      long: 117.2272,
      media_url: null,
    });
    expect(open.agency_responsible).toBeTruthy();
    expect(Date.parse(open.expected_datetime)).toBeGreaterThan(Date.parse(open.requested_datetime));
    // No personal data in the public reading, whatever the client sent.
    expect(read.body).not.toMatch(/smith|sfgov|111111111/);

    // The community's worker sees it in her inbox and closes it.
    const inbox = (await worker.agent.get('/api/v1/service-requests/inbox?open=true')).json<InboxView>();
    expect(inbox.items.map((r) => r.id)).toContain(Number(id));
    expect(inbox.counts).toMatchObject({ submitted: 1 });
    expect((await worker.agent.post(`/api/v1/service-requests/${id}/accept`)).statusCode).toBe(200);
    const closed = await worker.agent.post(`/api/v1/service-requests/${id}/close`, { note: '已更换灯泡，恢复照明' });
    expect(closed.statusCode, closed.body).toBe(200);

    const [after] = (await anon.get(`/open311/v2/requests/${id}.json`)).json<Open311Request[]>();
    expect(after).toMatchObject({ status: 'closed', status_notes: '已更换灯泡，恢复照明' });
    const listed = (await anon.get('/open311/v2/requests.json?status=closed&service_code=facility_repair')).json<
      Open311Request[]
    >();
    expect(listed.map((r) => r.service_request_id)).toContain(id);
    const stillOpen = (await anon.get('/open311/v2/requests.json?status=open')).json<Open311Request[]>();
    expect(stillOpen.map((r) => r.service_request_id)).not.toContain(id);
  });

  it('answers bad input in the Open311 error shape with the right status', async () => {
    const { home, other, apiKey } = await setting(env());
    const anon = env().anon;
    const post = (fields: Record<string, string>) => {
      const f = form(fields);
      return anon.request('POST', '/open311/v2/requests.json', f.body, f.headers);
    };
    const base = {
      api_key: apiKey,
      jurisdiction_id: home,
      service_code: 'sanitation',
      address_string: '菜场门口',
      description: '垃圾堆了三天',
    };
    const shape = (res: { statusCode: number; json: <T>() => T }, status: number) => {
      expect(res.statusCode).toBe(status);
      const body = res.json<{ code: number; description: string }[]>();
      expect(body).toHaveLength(1);
      expect(body[0].code).toBe(status);
      expect(typeof body[0].description).toBe('string');
      return body[0].description;
    };
    expect(shape(await post({ ...base, service_code: 'no_such' }), 400)).toContain('service_code_unknown');
    expect(shape(await post({ ...base, address_string: '' }), 400)).toContain('service_location_required');
    expect(shape(await post({ ...base, api_key: 'not-registered' }), 403)).toContain('api_key_invalid');
    expect(shape(await post({ ...base, api_key: '' }), 403)).toContain('api_key_invalid');
    const { api_key: _, ...noKey } = base;
    expect(shape(await post(noKey), 403)).toContain('api_key_invalid');
    expect(shape(await post({ ...base, jurisdiction_id: '999999999999' }), 400)).toContain('service_place_unknown');
    expect(shape(await post({ ...base, lat: 'north', long: '1' }), 400)).toContain('validation_failed');
    expect(shape(await anon.get('/open311/v2/services/no_such.json'), 404)).toContain('service_not_found');
    expect(shape(await anon.get('/open311/v2/requests/99999.json'), 404)).toContain('service_request_not_found');
    const today = env().clock.today();
    expect(shape(await anon.get(`/open311/v2/requests.json?start_date=2020-01-01&end_date=${today}`), 400)).toContain(
      'service_window_too_wide',
    );
    expect(shape(await anon.get('/open311/v2/requests.json?status=pending'), 400)).toContain('validation_failed');

    // A photo that is not an image (a text file named .jpg) is refused; a real PNG is kept and served.
    const fields = { ...base, jurisdiction_id: other };
    const fake = multipart(fields, [
      { name: 'media', filename: 'photo.jpg', type: 'image/jpeg', body: Buffer.from('MZ not an image') },
    ]);
    const refused = await anon.request('POST', '/open311/v2/requests.json', fake.body, {
      'content-type': fake.contentType,
    });
    expect(shape(refused, 400)).toContain('service_media_not_image');
    const real = multipart(fields, [{ name: 'media', filename: 'photo.png', type: 'image/png', body: PNG }]);
    const ok = await anon.request('POST', '/open311/v2/requests.json', real.body, { 'content-type': real.contentType });
    expect(ok.statusCode, ok.body).toBe(201);
    const [{ service_request_id: id }] = ok.json<{ service_request_id: string }[]>();
    const [withPhoto] = (await anon.get(`/open311/v2/requests/${id}.json`)).json<Open311Request[]>();
    expect(withPhoto.media_url).toMatch(new RegExp(`/open311/v2/media/${id}$`));
    const photo = await anon.get(`/open311/v2/media/${id}`);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(PNG)).toBe(true);
  });

  it('a resident reports anonymously, sees every step, and rates; the handler transfers with a reason', async () => {
    const { d, home, resident, worker, otherWorker, street } = await setting(env());
    const reported = await resident.agent.post('/api/v1/me/service-requests', {
      serviceCode: 'neighbour_dispute',
      description: '楼上漏水到我家厨房',
      address: '3 栋 402',
      anonymous: true,
    });
    expect(reported.statusCode, reported.body).toBe(201);
    const r = reported.json<ServiceRequestView>();
    expect(r).toMatchObject({ status: 'submitted', handlerKind: 'community', handlerCode: home, anonymous: true });
    // Within 5 working days, by 18:00 Beijing time.
    expect(r.expectedAt.endsWith('T10:00:00.000Z')).toBe(true);

    // Staff do not see who reported it anonymously; another community's worker cannot act on it.
    const todo = (await worker.agent.get('/api/v1/me/todo')).json<{ items: { kind: string; count: number }[] }>();
    expect(todo.items.find((i) => i.kind === 'service_requests')?.count).toBe(1);
    const inbox = (await worker.agent.get('/api/v1/service-requests/inbox')).json<InboxView>();
    expect(inbox.items.find((x) => x.id === r.id)?.requesterName).toBeNull();
    expect((await otherWorker.agent.post(`/api/v1/service-requests/${r.id}/accept`)).statusCode).toBe(403);

    // Transfer to a body outside the district is refused; to the street, with a reason, it moves.
    const outside = await worker.agent.post(`/api/v1/service-requests/${r.id}/transfer`, {
      toKind: 'street',
      toCode: '999999001',
      reason: '需要街道协调',
    });
    expect(outside.statusCode).toBe(422);
    const moved = await worker.agent.post(`/api/v1/service-requests/${r.id}/transfer`, {
      toKind: 'street',
      toCode: d.streets[0].code,
      reason: '涉及物业维修基金，需要街道协调',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await worker.agent.post(`/api/v1/service-requests/${r.id}/accept`)).statusCode).toBe(403);
    expect((await street.agent.post(`/api/v1/service-requests/${r.id}/accept`)).statusCode).toBe(200);
    expect(
      (await street.agent.post(`/api/v1/service-requests/${r.id}/update`, { note: '已约双方周六上门查看' })).statusCode,
    ).toBe(200);
    // Rating before it is closed is refused.
    expect((await resident.agent.post(`/api/v1/me/service-requests/${r.id}/rating`, { rating: 5 })).statusCode).toBe(
      409,
    );
    expect(
      (await street.agent.post(`/api/v1/service-requests/${r.id}/close`, { note: '已调解，楼上修复防水' })).statusCode,
    ).toBe(200);
    expect((await street.agent.post(`/api/v1/service-requests/${r.id}/close`, { note: '再次' })).statusCode).toBe(409);

    // She hears that it was closed, with what was done.
    const bell = (await resident.agent.get('/api/v1/me/notifications')).json<{
      items: { kind: string; text: string }[];
    }>();
    expect(bell.items[0]).toMatchObject({ kind: 'service_request_closed' });
    expect(bell.items[0].text).toContain('已调解');
    const mine = (await resident.agent.get('/api/v1/me/service-requests')).json<ServiceRequestView[]>();
    const seen = mine.find((x) => x.id === r.id)!;
    expect(seen.status).toBe('closed');
    expect(seen.events.map((e) => e.kind)).toEqual(['submitted', 'transferred', 'accepted', 'updated', 'closed']);
    expect(seen.events[1]).toMatchObject({ note: '涉及物业维修基金，需要街道协调', toName: d.streets[0].name });

    expect((await resident.agent.post(`/api/v1/me/service-requests/${r.id}/rating`, { rating: 6 })).statusCode).toBe(
      422,
    );
    const rated = await resident.agent.post(`/api/v1/me/service-requests/${r.id}/rating`, {
      rating: 4,
      note: '处理及时',
    });
    expect(rated.statusCode).toBe(200);
    expect(rated.json<ServiceRequestView>()).toMatchObject({ rating: 4, ratingNote: '处理及时' });
    expect((await resident.agent.post(`/api/v1/me/service-requests/${r.id}/rating`, { rating: 5 })).statusCode).toBe(
      409,
    );

    // A resident posting through Open311 with her session reports for her own community.
    const f = form({ service_code: 'noise', description: '夜里装修', address_string: '5 栋' });
    const viaOpen311 = await resident.agent.request('POST', '/open311/v2/requests.json', f.body, f.headers);
    expect(viaOpen311.statusCode, viaOpen311.body).toBe(201);
    const noise = (await resident.agent.get('/api/v1/me/service-requests')).json<ServiceRequestView[]>()[0];
    expect(noise.serviceCode).toBe('noise');
    expect(noise).toMatchObject({ handlerKind: 'department', handlerCode: d.department('chengguan') });
    // Without its CSRF token the session is not enough.
    const forged = await resident.agent.request('POST', '/open311/v2/requests.json', f.body, {
      ...f.headers,
      'x-csrf-token': 'forged',
    });
    expect(forged.statusCode).toBe(403);
  });

  it('never answers malformed input with a server error, and writes nothing', async () => {
    const { apiKey } = await setting(env());
    const anon = env().anon;
    const before = (await anon.get('/open311/v2/requests.json')).json<Open311Request[]>().length;
    const json = { 'content-type': 'application/json' };
    const bad: [string, Record<string, string>][] = [
      ['{"a":', json],
      ['[]', json],
      ['"x"', json],
      ['{"x":"\\ud800"}', json],
      [`{"api_key":"${apiKey}","service_code":"noise","description":"a\\u0000b","address_string":"x"}`, json],
      ['x=1', { 'content-type': 'text/plain' }],
      ['api_key=%00&service_code=noise', { 'content-type': 'application/x-www-form-urlencoded' }],
      [
        `api_key=${apiKey}&service_code=noise&lat=1e999&long=1&jurisdiction_id=%ED%A0%80`,
        { 'content-type': 'application/x-www-form-urlencoded' },
      ],
    ];
    for (const [body, headers] of bad) {
      const res = await anon.request('POST', '/open311/v2/requests.json', body, headers);
      expect(res.statusCode, `${body} → ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, body).toBeLessThan(500);
      expect(Array.isArray(res.json()), body).toBe(true);
    }
    for (const q of [
      'service_code=%00',
      'start_date=%ED%A0%80',
      'page=0',
      'page_size=100000',
      'service_request_id=abc',
    ]) {
      const res = await anon.get(`/open311/v2/requests.json?${q}`);
      expect(res.statusCode, q).toBeLessThan(500);
    }
    expect((await anon.get('/open311/v2/requests/abc.json')).statusCode).toBe(404);
    expect((await anon.get('/open311/v2/requests/1.xml')).statusCode).toBe(404);
    expect((await anon.get('/open311/v2/requests.json')).json<Open311Request[]>()).toHaveLength(before);
  });
});
