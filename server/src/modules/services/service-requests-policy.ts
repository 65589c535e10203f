// Who handles 诉求 (service requests), and how a request reads in Open311 GeoReport v2. Pure.
import type { Handler, HandlerKind } from '#common/service-requests.js';
import { open311Status, type ServiceRequestStatus } from '#common/service-requests.js';
import type { Open311Request } from '#common/api/open311.js';
import type { SessionUser } from '../accounts/types.js';

/** The handler a staff member acts for: her community, her street, or her department. */
export function handlerOf(user: SessionUser): Handler | null {
  if (user.role === 'community_worker' && user.orgCode.length === 12) return { kind: 'community', code: user.orgCode };
  if (user.role === 'street_officer' && user.orgCode.length === 9) return { kind: 'street', code: user.orgCode };
  if (user.role === 'department_officer' && user.departmentCode)
    return { kind: 'department', code: user.departmentCode };
  return null;
}

/** Only the current handler acts on a request (accept, transfer, update, close). */
export function canHandle(user: SessionUser, request: { handler_kind: string; handler_code: string }): boolean {
  const h = handlerOf(user);
  return h !== null && h.kind === request.handler_kind && h.code === request.handler_code;
}

/**
 * A request may be passed to a community or street of the same district, or to a department of that
 * district (code `<district>-<kind>`); never to itself.
 */
export function transferAllowed(district: string, from: Handler, to: { kind: HandlerKind; code: string }): boolean {
  if (from.kind === to.kind && from.code === to.code) return false;
  switch (to.kind) {
    case 'community':
      return to.code.length === 12 && to.code.startsWith(district) && /^\d+$/.test(to.code);
    case 'street':
      return to.code.length === 9 && to.code.startsWith(district) && /^\d+$/.test(to.code);
    case 'department':
      return to.code.startsWith(`${district}-`);
  }
}

export interface Open311Source {
  id: number;
  status: string;
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  address: string | null;
  lat: number | null;
  long: number | null;
  requested_at: string;
  updated_at: string;
  expected_at: string;
}

/** Drops a trailing `.000` of milliseconds: the spec's examples are w3c datetimes to the second. */
const w3c = (iso: string) => iso.replace(/\.\d{3}Z$/, 'Z');

/** A request as Open311 GeoReport v2 shows it: no reporter, no rating, no internal steps. */
export function toOpen311(r: Open311Source, agency: string, mediaUrl: string | null): Open311Request {
  return {
    service_request_id: String(r.id),
    status: open311Status(r.status as ServiceRequestStatus),
    status_notes: r.status_notes,
    service_name: r.service_name,
    service_code: r.service_code,
    description: r.description,
    agency_responsible: agency,
    service_notice: null,
    requested_datetime: w3c(r.requested_at),
    updated_datetime: w3c(r.updated_at),
    expected_datetime: w3c(r.expected_at),
    address: r.address,
    address_id: null,
    zipcode: null,
    lat: r.lat === null ? null : Number(r.lat),
    long: r.long === null ? null : Number(r.long),
    media_url: mediaUrl,
  };
}

/** A w3c datetime or a plain date from a query string, as an ISO instant; null when it is not one. */
export function parseInstant(value: string, endOfDay = false): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) value = `${value}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}+08:00`;
  else if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
