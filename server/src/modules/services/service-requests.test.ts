// 诉求: routing by category and place, the SLA's expected time, who handles, transfers, and the Open311 mapping.
import { describe, expect, it } from 'vitest';
import { categoryOf, expectedAt, open311Status, routeRequest } from '#common/service-requests.js';
import type { SessionUser } from '../accounts/types.js';
import { canHandle, handlerOf, parseInstant, toOpen311, transferAllowed } from './service-requests-policy.js';

const community = '340104006005';
const street = '340104006';
const cat = (code: string) => categoryOf(code)!;

const user = (role: SessionUser['role'], orgCode: string, departmentCode: string | null = null): SessionUser => ({
  id: 1,
  username: 'u',
  displayName: 'U',
  role,
  orgCode,
  departmentCode,
  isDemo: false,
  sessionId: 's',
  csrfToken: 'c',
});

describe('routing', () => {
  it('sends community work to the community, street work to the street, department work to the district', () => {
    expect(routeRequest(cat('facility_repair'), community)).toEqual({ kind: 'community', code: community });
    expect(routeRequest(cat('sanitation'), community)).toEqual({ kind: 'street', code: street });
    expect(routeRequest(cat('noise'), community)).toEqual({ kind: 'department', code: '340104-chengguan' });
    expect(routeRequest(cat('property'), community)).toEqual({ kind: 'department', code: '340104-zhujian' });
  });
  it('a place known only by its street sends community work to the street; other places route nowhere', () => {
    expect(routeRequest(cat('neighbour_dispute'), street)).toEqual({ kind: 'street', code: street });
    expect(routeRequest(cat('facility_repair'), '340104')).toBeNull();
  });
});

describe('SLA', () => {
  const weekdays = {
    addWorkingDays(from: string, n: number) {
      let t = Date.parse(`${from}T00:00:00Z`);
      let left = n;
      while (left > 0) {
        t += 86_400_000;
        const dow = new Date(t).getUTCDay();
        if (dow !== 0 && dow !== 6) left--;
      }
      return { value: new Date(t).toISOString().slice(0, 10) };
    },
  };
  it('counts hours on the clock', () => {
    expect(expectedAt({ hours: 24 }, '2026-11-06T02:00:00.000Z', weekdays)).toBe('2026-11-07T02:00:00.000Z');
  });
  it('counts working days from the Beijing date, due at 18:00 Beijing', () => {
    // Friday 2026-11-06 (Beijing) + 3 working days = Wednesday 2026-11-11, 18:00 +08:00.
    expect(expectedAt({ workdays: 3 }, '2026-11-06T02:00:00.000Z', weekdays)).toBe('2026-11-11T10:00:00.000Z');
    // 23:30 UTC on Thursday is already Friday in Beijing.
    expect(expectedAt({ workdays: 1 }, '2026-11-05T23:30:00.000Z', weekdays)).toBe('2026-11-09T10:00:00.000Z');
  });
});

describe('handlers', () => {
  it('a worker acts for her community, an officer for her street or department, nobody else', () => {
    expect(handlerOf(user('community_worker', community))).toEqual({ kind: 'community', code: community });
    expect(handlerOf(user('street_officer', street))).toEqual({ kind: 'street', code: street });
    expect(handlerOf(user('department_officer', '340104', '340104-chengguan'))).toEqual({
      kind: 'department',
      code: '340104-chengguan',
    });
    expect(handlerOf(user('resident', community))).toBeNull();
    expect(handlerOf(user('reviewer', '340104'))).toBeNull();
    const r = { handler_kind: 'community', handler_code: community };
    expect(canHandle(user('community_worker', community), r)).toBe(true);
    expect(canHandle(user('community_worker', '340104006006'), r)).toBe(false);
    expect(canHandle(user('street_officer', street), r)).toBe(false);
  });
  it('transfers stay within the district and never to the same handler', () => {
    const from = { kind: 'community' as const, code: community };
    expect(transferAllowed('340104', from, { kind: 'street', code: street })).toBe(true);
    expect(transferAllowed('340104', from, { kind: 'department', code: '340104-zhujian' })).toBe(true);
    expect(transferAllowed('340104', from, { kind: 'community', code: '340104006006' })).toBe(true);
    expect(transferAllowed('340104', from, from)).toBe(false);
    expect(transferAllowed('340104', from, { kind: 'street', code: '340103001' })).toBe(false);
    expect(transferAllowed('340104', from, { kind: 'department', code: '340103-zhujian' })).toBe(false);
    expect(transferAllowed('340104', from, { kind: 'street', code: community })).toBe(false);
  });
});

describe('Open311 mapping', () => {
  const row = {
    id: 7,
    status: 'accepted',
    status_notes: null,
    service_name: '设施报修',
    service_code: 'facility_repair',
    description: '路灯不亮',
    address: '3 栋',
    lat: 31.82,
    long: 117.22,
    requested_at: '2026-11-06T02:00:00.000Z',
    updated_at: '2026-11-06T03:00:00.000Z',
    expected_at: '2026-11-11T10:00:00.000Z',
  };
  it('uses the spec names, open for anything not closed, datetimes to the second', () => {
    expect(toOpen311(row, '芙蓉社区', null)).toEqual({
      service_request_id: '7',
      status: 'open',
      status_notes: null,
      service_name: '设施报修',
      service_code: 'facility_repair',
      description: '路灯不亮',
      agency_responsible: '芙蓉社区',
      service_notice: null,
      requested_datetime: '2026-11-06T02:00:00Z',
      updated_datetime: '2026-11-06T03:00:00Z',
      expected_datetime: '2026-11-11T10:00:00Z',
      address: '3 栋',
      address_id: null,
      zipcode: null,
      lat: 31.82,
      long: 117.22,
      media_url: null,
    });
    expect(open311Status('closed')).toBe('closed');
    expect(open311Status('submitted')).toBe('open');
  });
  it('reads w3c datetimes and plain dates (Beijing days) from query strings', () => {
    expect(parseInstant('2026-11-06T10:00:00+08:00')).toBe('2026-11-06T02:00:00.000Z');
    expect(parseInstant('2026-11-06')).toBe('2026-11-05T16:00:00.000Z');
    expect(parseInstant('2026-11-06', true)).toBe('2026-11-06T15:59:59.999Z');
    expect(parseInstant('yesterday')).toBeNull();
  });
});
