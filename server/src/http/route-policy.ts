// Who may call each API route, declared in one table and checked before the body is even validated: an
// anonymous caller gets 401 and a role outside the list 403 without learning anything about the route's
// input. Scope (which community, district, department) is still each service's own decision (policy.ts of
// each module); this table is the outer gate. A route missing from the table stops the app from starting,
// and the attack suite (server/src/security/) calls every route with every role against it.
import type { Role } from '#common/roles.js';

export type RouteAccess = 'public' | 'signed_in' | readonly Role[];

const W = 'community_worker';
const S = 'street_officer';
const D = 'department_officer';
const R = 'reviewer';
const T = 'data_steward';
const A = 'admin';
const P = 'resident';
const O = 'social_org';
/** Every role that works for government (everyone but residents). */
const STAFF = [W, S, D, R, T, A] as const;

/** `METHOD /path` (as registered under /api/v1) → who may call it. */
export const ROUTE_ACCESS: Record<string, RouteAccess> = {
  'GET /health': 'public',
  'GET /config': 'public',
  'POST /auth/login': 'public',
  'POST /auth/logout': 'public',
  'GET /auth/me': 'signed_in',

  'GET /users': [A],
  'GET /users/login-failures': [A],
  'POST /users': [A],
  'GET /users/:id': [A],
  'PATCH /users/:id': [A],
  'POST /users/:id/password': [A],

  'GET /orgs': 'public',
  'GET /orgs/:code': 'public',
  'GET /orgs/:code/children': 'public',
  'GET /orgs/:code/departments': 'public',
  'GET /orgs/:code/profile': 'signed_in',
  'POST /orgs/:code/departments': [A],
  'PATCH /departments/:code': [A],

  'GET /calendar/years': 'public',
  'PUT /calendar/years/:year': [A],
  'GET /calendar/workdays': 'public',

  'GET /public/catalogue': 'public',
  'GET /public/catalogue/:jurisdiction': 'public',
  'GET /public/catalogue/:jurisdiction/diff': 'public',
  'GET /public/catalogue/:jurisdiction/export.xlsx': 'public',
  'GET /catalogue/:jurisdiction/versions': [R, A],
  'POST /catalogue/:jurisdiction/drafts': [R, A],
  'GET /catalogue/versions/:id': [R, A],
  'PUT /catalogue/versions/:id/items/:code': [R, A],
  'DELETE /catalogue/versions/:id/items/:code': [R, A],
  'POST /catalogue/versions/:id/publish': [R, A],

  // 居民服务 · 证明事项
  'GET /public/certificates': 'public',
  'GET /public/certificates/:jurisdiction/:code': 'public',
  'PUT /certificates/:jurisdiction/:code/guide': [R, A],
  'POST /certificates/forbidden-asks': [P, W],
  'GET /certificates/forbidden-asks': [S, R, A],
  'POST /me/certificate-requests': [P],
  'GET /me/certificate-requests': [P],
  'GET /certificate-requests/:id/pdf': [P, W],
  'GET /communities/:code/certificate-requests': [W],
  'POST /certificate-requests/:id/decision': [W],
  'GET /public/certificates/verify/:code': 'public',
  'POST /attestations': [D],

  // 居民服务 · 诉求 (the Open311 API itself: OPEN311_ACCESS below)
  'GET /public/service-categories': 'public',
  'POST /me/service-requests': [P],
  'GET /me/service-requests': [P],
  'POST /me/service-requests/:id/rating': [P],
  'GET /service-requests/inbox': [W, S, D],
  'GET /service-requests/:id/photo': [P, W, S, D],
  'POST /service-requests/:id/accept': [W, S, D],
  'POST /service-requests/:id/transfer': [W, S, D],
  'POST /service-requests/:id/update': [W, S, D],
  'POST /service-requests/:id/close': [W, S, D],

  'POST /admissions/precheck': [D, R],
  'GET /admissions': [D, R, A],
  'POST /admissions': [D],
  'GET /admissions/consultations': [W],
  'GET /admissions/:id': STAFF,
  'PUT /admissions/:id': [D],
  'POST /admissions/:id/actions': [D, R, A],
  'POST /admissions/:id/comments': [W],
  'GET /admissions/settings/:jurisdiction': STAFF,
  'PUT /admissions/settings/:jurisdiction': [R, A],
  'GET /public/admissions': 'public',
  'GET /public/admissions/:number': 'public',
  'GET /public/admissions/:number/qr.svg': 'public',

  'GET /demo/accounts': 'public',
  'GET /demo/files/:name': 'public',

  'POST /dispatches': [D],
  'GET /dispatches': [D],
  'GET /dispatches/:id': [D, R, A],
  'GET /dispatches/:id/progress.xlsx': [D, R, A],
  'GET /communities/workload': [S, R, A],
  'GET /communities/:code/inbox': [W, S, R, A],
  'POST /inbox-items/:id/actions': [W, O],
  'GET /social-org/inbox': [O],
  'GET /refusals': [D, R, A],
  'POST /refusals/:id/answer': [D],
  'POST /refusals/:id/decision': [R],
  'GET /attachments/:id': STAFF,
  'POST /informal-demands': [W],
  'GET /informal-demands': [W, S, D, R, A],
  'GET /informal-demands/summary': [R, A],
  'POST /informal-demands/:id/review': [R],
  'POST /informal-demands/:id/reveal': [R],

  'POST /inspections': [D],
  'GET /districts/:district/inspections': STAFF,
  'PUT /districts/:district/inspection-caps': [R, A],
  'GET /communities/:code/inspections': STAFF,

  'POST /apps': [D],
  'GET /apps': [S, D, R, A],
  'GET /communities/:code/apps': [W, S, D, R, A],
  'POST /apps/:id/used': [D],
  'POST /apps/:id/exit': [D, R, A],

  'GET /hub/elements': STAFF,
  'GET /hub/code-lists': STAFF,
  'PUT /hub/elements/:code/source': [T],
  'GET /hub/elements/:code/source-history': STAFF,
  'GET /hub/backflow': [D],
  'GET /hub/subjects': [W, S, T, A],
  'GET /hub/subjects/:id': [W, S, T, A],
  'POST /hub/match': [T, D],
  'GET /hub/datasets': [T, A],
  'POST /hub/datasets/:id/imports': [T, A],
  'GET /hub/datasets/:id/imports': [T, A],
  'GET /hub/imports/:id': [T, A],
  'POST /hub/imports/:id/dry-run': [T, A],
  'POST /hub/imports/:id/commit': [T, A],
  'GET /hub/imports/:id/errors': [T, A],
  'GET /hub/imports/:id/errors.xlsx': [T, A],
  'POST /hub/datasets/:id/withdraw': [T],
  'GET /forms': STAFF,
  'POST /forms': [D],
  'PUT /forms/:id': [D],
  'GET /forms/:id/coverage': STAFF,
  'GET /forms/:id/ledger': STAFF,
  'GET /forms/:id/ledger.xlsx': STAFF,
  'POST /forms/templates': [D, T],
  'POST /forms/templates/text': [D, T],
  'POST /hub/synonyms': [D, T],
  'GET /hub/synonyms': [T],
  'POST /hub/synonyms/:id/decision': [T],
  'GET /households/:id/collect': [W],
  'POST /households/:id/collect': [W],

  'GET /privacy/grants': [D, R, T, A],
  'GET /privacy/grant-options': [T],
  'POST /privacy/grants': [T],
  'POST /privacy/grants/:id/revoke': [T],
  'POST /privacy/unmask': [W, S, D, T, A],
  'GET /privacy/corrections': [D, T],
  'POST /privacy/corrections/:id/resolve': [D, T],
  'GET /privacy/audit': [T, A],
  'GET /privacy/audit/verify': [T, A],
  'GET /me/notifications': 'signed_in',
  'POST /me/notifications/read': 'signed_in',
  'GET /me/todo': 'signed_in',
  'GET /me/data': [P],
  'GET /me/access-log': [P],
  'GET /me/corrections': [P],
  'POST /me/corrections': [P],
  'GET /me/export': [P],

  'GET /public/burden': 'public',
  'GET /burden': [W, S, D, R, A],
  'GET /burden.xlsx': [W, S, D, R, A],
  'GET /burden/events': [W, S, D, R, A],
  'POST /burden/meetings': [W, S],
  'GET /burden/capacity': [W, S, D, R, A],
  'PUT /burden/capacity': [S, A],
  'GET /burden/settings/:code': [W, S, D, R, A],
  'PUT /burden/settings/:code': [R, A],
  'GET /burden/alerts': [R, A],

  'GET /staffing/standards/:code': [W, S, D, R, T, A],
  'PUT /staffing/standards/:code': [D, A],
  'GET /staffing/orgs/:code': [W, S, D, R, T, A],
  'GET /staffing/orgs/:code/children': [W, S, D, R, T, A],
  'GET /staffing/orgs/:code/export.xlsx': [W, S, D, R, T, A],
  'PUT /staffing/orgs/:code/statistics': [T, A],
  'GET /staffing/my-grid': [P, W],
  'GET /communities/:code/grid-plans': [W, S, D, R, A],
  'POST /communities/:code/grid-plans': [S, D, A],
  'POST /communities/:code/grid-plans/:id/adopt': [S, D, A],
  'GET /communities/:code/roster': [W, S, D, R, A],
  'POST /communities/:code/roster': [S, D, A],
  'PUT /communities/:code/roster/:id': [S, D, A],
  'POST /communities/:code/roster/:id/end': [S, D, A],
  'POST /communities/:code/roster/import': [S, D, A],

  // 居民议事协商 (issue 18): reading is public; residents and their community's workers act (scope: the service).
  'GET /communities/:code/deliberation-rules': 'public',
  'PUT /communities/:code/deliberation-rules': [W],
  'GET /communities/:code/deliberation-rules/versions': 'public',
  'GET /communities/:code/covenant': 'public',
  'POST /communities/:code/covenant': [W],
  'GET /communities/:code/topics': 'public',
  'POST /communities/:code/topics': [P, W],
  'GET /topics/:id': 'public',
  'POST /topics/:id/supports': [P],
  'POST /topics/:id/table': [W],
  'POST /topics/:id/reject': [W],
  'POST /topics/:id/comments': [P, W],
  'POST /topics/:id/attachments': [P],
  'GET /topics/:id/attachments/:fileId': 'public',
  'POST /topics/:id/comments/:commentId/hide': [W],
  'GET /communities/:code/meetings': 'public',
  'POST /communities/:code/meetings': [W],
  'POST /topics/:id/vote': [W],
  'POST /topics/:id/votes': [P],
  'POST /topics/:id/paper-tally': [W],
  'POST /topics/:id/vote/close': [W],
  'POST /topics/:id/actions': [W],
  'POST /topic-actions/:id': [W],
  'GET /orgs/:code/topic-actions/overdue': [W, S, R, A],
  // 群众不认可→退出: the worker sends, the 减负办 over the admission's jurisdiction decides, the outcome is public.
  'POST /topics/:id/exit-request': [W],
  'GET /exit-requests': [R],
  'POST /exit-requests/:id/decision': [R],
  'GET /public/admissions/:number/exit-requests': 'public',

  // 社会组织与政府购买服务 (issue 19): registry, contracts, delivery by the organisation, ratings, acceptance.
  'GET /public/social-orgs': 'public',
  'GET /public/purchased-services': 'public',
  'GET /social-orgs': [S, D, R, T, A],
  'POST /social-orgs': [S, D, T, A],
  'POST /social-orgs/:id/accounts': [S, D, T, A],
  'GET /purchase-contracts': [W, S, D, R, T, A, O],
  'POST /purchase-contracts': [S, D],
  'GET /purchase-contracts/:id': [W, S, D, R, T, A, O],
  'POST /purchase-contracts/:id/activities': [O],
  'POST /purchase-contracts/:id/activities/:activityId/photos': [O],
  'GET /purchase-contracts/:id/activities/:activityId/photos/:fileId': [W, S, D, R, T, A, O],
  'POST /purchase-contracts/:id/ratings': [W],
  'POST /purchase-contracts/:id/milestones/:milestoneId/accept': [S, D],
  'GET /purchase-contracts/shift': [W, S, D, R, T, A],
  // Part B: the 指导性目录, roster import, residents' ratings, monthly reports, the closing evaluation.
  'GET /public/purchase-catalogue': 'public',
  'POST /purchase-catalogue': [S, D, T, A],
  'POST /purchase-catalogue/:id/withdraw': [S, D, T, A],
  'POST /social-orgs/import': [S, D, T, A],
  'GET /purchased-services/mine': [P],
  'POST /purchase-contracts/:id/resident-ratings': [P],
  'GET /purchase-contracts/:id/record': [W, S, D, R, T, A, O],
  'POST /purchase-contracts/:id/reports': [O],
  'POST /purchase-contracts/:id/evaluation': [S, D],
};

/** The table's key of a route registered under the API prefix. */
/**
 * Open311 GeoReport v2 under /open311/v2 (modules/services/open311-routes.ts): public by the spec; a POST
 * is refused unless it carries a registered api_key or a resident's session with its CSRF token.
 */
export const OPEN311_ACCESS: Record<string, 'public'> = {
  'GET /services.json': 'public',
  'GET /services/:service_code': 'public',
  'POST /requests.json': 'public',
  'GET /requests.json': 'public',
  'GET /requests/:id': 'public',
  'GET /media/:id': 'public',
};

export function routeKey(method: string, url: string, prefix = '/api/v1'): string {
  return `${method} ${url.startsWith(prefix) ? url.slice(prefix.length) : url}`;
}
