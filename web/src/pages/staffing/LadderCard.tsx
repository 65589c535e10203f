// Staff by post and grade of the pay-grade ladder (岗位等级序列, e.g. 三岗十八级), from the roster, with the
// monthly pay the ladder in force gives them.
import { Card, Space, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StaffingRow } from '#common/api/staffing.js';
import { formatAmount } from '../../i18n/format.js';

export function LadderCard({ row, ladderName }: { row: StaffingRow; ladderName: string }) {
  const { t } = useTranslation();
  if (!row.byLevel) return null;
  const levels = Object.entries(row.byLevel).sort(([a], [b]) => (a === '0' ? 1 : b === '0' ? -1 : a < b ? -1 : 1));
  return (
    <Card size="small" title={t('staffing.ladder.title', { name: ladderName })} data-testid="staffing-ladder">
      <Space wrap size="large">
        {levels.map(([level, n]) => (
          <Statistic
            key={level}
            title={
              level === '0' ? t('staffing.ladder.ungraded') : t(`staffing.ladder.level.${level as '1' | '2' | '3'}`)
            }
            value={n}
            data-testid={`staffing-level-${level}`}
          />
        ))}
        {row.monthlyPay !== null && (
          <Statistic
            title={t('staffing.ladder.monthlyPay')}
            value={t('staffing.ladder.yuan', { n: formatAmount(row.monthlyPay) })}
            data-testid="staffing-monthly-pay"
          />
        )}
      </Space>
      {row.byGrade && row.byGrade.length > 0 && (
        <div className="staffing-grades">
          {row.byGrade.map((g) => (
            <Tag key={g.grade}>
              {t('staffing.ladder.grade', { n: g.grade })} · {t('staffing.ladder.people', { n: g.n })}
            </Tag>
          ))}
        </div>
      )}
    </Card>
  );
}
