// The colour of each role's tag (antd preset colour names), shared by RoleTag and the plain login page.
export const ROLE_COLORS: Readonly<Record<string, string>> = {
  community_worker: 'green',
  street_officer: 'cyan',
  department_officer: 'blue',
  reviewer: 'purple',
  data_steward: 'geekblue',
  admin: 'volcano',
  resident: 'default',
};
