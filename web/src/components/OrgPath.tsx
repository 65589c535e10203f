// An org's path (安徽省 / 合肥市 / 蜀山区 / …) as a breadcrumb whose parts open the org browser.
import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import type { PathItem } from '#common/api/schema.js';

interface Props {
  path: readonly PathItem[];
  /** The org itself, shown last (not a link when `linkSelf` is false). */
  self?: PathItem;
  linkSelf?: boolean;
  testId?: string;
}

export function OrgPath({ path, self, linkSelf = true, testId }: Props) {
  const items = path.map((p) => ({ key: p.code, title: <Link to={`/orgs/${p.code}`}>{p.name}</Link> }));
  if (self)
    items.push({
      key: self.code,
      title: linkSelf ? <Link to={`/orgs/${self.code}`}>{self.name}</Link> : <span>{self.name}</span>,
    });
  return <Breadcrumb items={items} data-testid={testId} />;
}
