// The status tag of a topic and the rule fractions as people read them.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TopicStatus } from '#common/deliberation.js';

const COLORS: Record<TopicStatus, string> = {
  proposed: 'blue',
  tabled: 'gold',
  deliberated: 'cyan',
  voting: 'purple',
  decided: 'green',
  done: 'success',
  rejected: 'default',
};

export function TopicStatusTag({ status }: { status: TopicStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="topic-status">
      {t(`delib.statuses.${status}`)}
    </Tag>
  );
}

/** 1/2 strict → "> 1/2", 2/3 → "≥ 2/3". */
export const fraction = (f: { num: number; den: number; strict?: boolean }) =>
  `${f.strict ? '>' : '≥'} ${f.num}/${f.den}`;
