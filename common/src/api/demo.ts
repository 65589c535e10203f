// Replies of the demo-mode routes.
import { Type, type Static } from 'typebox';

export const DemoAccounts = Type.Object({
  password: Type.String(),
  accounts: Type.Array(
    Type.Object({
      username: Type.String(),
      displayName: Type.String(),
      role: Type.String(),
      orgName: Type.String(),
    }),
  ),
});
export type DemoAccounts = Static<typeof DemoAccounts>;

export const DemoFileParams = Type.Object({
  name: Type.Union([Type.Literal('dibao-with-errors.csv'), Type.Literal('dibao.csv')]),
});
