// The title block at the top of each page.
import type { ReactNode } from 'react';
import { Typography } from 'antd';

interface Props {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  testId?: string;
}

export function PageHeader({ title, subtitle, extra, testId }: Props) {
  return (
    <div className="page-header">
      <div className="page-header-text">
        <Typography.Title level={4} className="page-header-title" data-testid={testId}>
          {title}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      {extra && <div className="page-header-extra">{extra}</div>}
    </div>
  );
}
