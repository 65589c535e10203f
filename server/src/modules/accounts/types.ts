// The signed-in user as every route sees it.
import type { Role } from '#common/roles.js';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** The org the user's scope is bound to; everything whose code starts with it is in scope. */
  orgCode: string;
  departmentCode: string | null;
  isDemo: boolean;
  sessionId: string;
  csrfToken: string;
}
