// Roles and org levels, shared by server and web.
export const ROLES = [
  'community_worker',
  'street_officer',
  'department_officer',
  'reviewer',
  'data_steward',
  'admin',
  'resident',
  /** Staff of a social organisation (社会组织) that delivers purchased services; linked to its organisation. */
  'social_org',
] as const;
export type Role = (typeof ROLES)[number];

export const ORG_LEVELS = ['province', 'city', 'district', 'street', 'community', 'grid'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Which org levels a role's scope may be bound to, and whether it needs a department. */
export const ROLE_SCOPE: Record<
  Role,
  { levels: readonly OrgLevel[]; department: 'required' | 'burden_office' | 'none' }
> = {
  community_worker: { levels: ['community'], department: 'none' },
  street_officer: { levels: ['street'], department: 'none' },
  department_officer: { levels: ['city', 'district'], department: 'required' },
  reviewer: { levels: ['city', 'district'], department: 'burden_office' },
  data_steward: { levels: ['city', 'district'], department: 'none' },
  admin: { levels: ['province', 'city', 'district'], department: 'none' },
  resident: { levels: ['community'], department: 'none' },
  // Bound to the jurisdiction where the organisation works; what it may touch is its own organisation's contracts.
  social_org: { levels: ['city', 'district', 'street'], department: 'none' },
};

/** Code prefix rule: statistics division codes nest, so an org is inside a scope when its code starts with it. */
export function codeWithin(code: string, scopeCode: string): boolean {
  return code.startsWith(scopeCode);
}
