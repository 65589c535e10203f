// Request and reply schemas of the auth and user routes.
import { Type, type Static } from 'typebox';
import { ORG_CODE_PATTERN } from '../orgs.js';
import { ORG_LEVELS, ROLES } from '../roles.js';
import { PagedOf, PathItem, pageProps } from './schema.js';

const RoleSchema = Type.Enum(ROLES);

export const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
});

export const UserView = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  role: RoleSchema,
  orgCode: Type.String(),
  orgName: Type.Union([Type.String(), Type.Null()]),
  departmentCode: Type.Union([Type.String(), Type.Null()]),
  departmentName: Type.Union([Type.String(), Type.Null()]),
  disabled: Type.Boolean(),
  isDemo: Type.Boolean(),
  createdAt: Type.String(),
  lastLoginAt: Type.Union([Type.String(), Type.Null()]),
});

export const MeView = Type.Intersect([
  UserView,
  Type.Object({
    org: Type.Object({
      code: Type.String(),
      name: Type.String(),
      level: Type.Enum(ORG_LEVELS),
      path: Type.Array(PathItem),
    }),
    csrfToken: Type.String({ description: '状态变更请求需在 X-CSRF-Token 头中回传' }),
  }),
]);

export const UserQuery = Type.Object({
  ...pageProps,
  q: Type.Optional(Type.String({ maxLength: 50 })),
  role: Type.Optional(RoleSchema),
  within: Type.Optional(Type.String({ pattern: ORG_CODE_PATTERN })),
  disabled: Type.Optional(Type.Boolean()),
});

export const UserPage = PagedOf(UserView);

export const UserCreate = Type.Object({
  username: Type.String({ minLength: 3, maxLength: 40 }),
  displayName: Type.String({ minLength: 1, maxLength: 40 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
  role: RoleSchema,
  orgCode: Type.String({ pattern: ORG_CODE_PATTERN }),
  departmentCode: Type.Optional(Type.Union([Type.String({ maxLength: 60 }), Type.Null()])),
});

export const UserPatch = Type.Object({
  displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  role: Type.Optional(RoleSchema),
  orgCode: Type.Optional(Type.String({ pattern: ORG_CODE_PATTERN })),
  departmentCode: Type.Optional(Type.Union([Type.String({ maxLength: 60 }), Type.Null()])),
  disabled: Type.Optional(Type.Boolean()),
});

/** Failed logins an admin may see (GET /users/login-failures). */
export const LoginFailureQuery = Type.Object({ ...pageProps, username: Type.Optional(Type.String({ maxLength: 64 })) });
export const LoginFailure = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  /** The name tried; masked (its first two characters) when no such user exists. */
  username: Type.String(),
  known: Type.Boolean(),
  orgCode: Type.Union([Type.String(), Type.Null()]),
  clientIp: Type.String(),
  reason: Type.Union([Type.Literal('unknown_user'), Type.Literal('bad_password'), Type.Literal('disabled')]),
});
export const LoginFailurePage = PagedOf(LoginFailure);

export const PasswordBody = Type.Object({ password: Type.String({ minLength: 1, maxLength: 256 }) });
export const UserIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export type UserView = Static<typeof UserView>;
export type Me = Static<typeof MeView>;
export type UserQuery = Static<typeof UserQuery>;
export type LoginFailureQuery = Static<typeof LoginFailureQuery>;
export type LoginFailure = Static<typeof LoginFailure>;
export type UserCreateBody = Static<typeof UserCreate>;
export type UserPatchBody = Static<typeof UserPatch>;
