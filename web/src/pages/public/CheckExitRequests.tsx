// On the admission number's public page: communities that voted to ask for the item's exit, and the
// 减负办's outcome with its date and reason (群众不认可→退出).
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { exitRequestApi } from '../../api/exitRequestEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { formatDate } from '../../i18n/format.js';

export function CheckExitRequests({ number }: { number: string }) {
  const { t } = useTranslation();
  const { data } = useApiQuery({
    queryKey: keys.public.of('exit-requests', number),
    queryFn: ({ signal }) => exitRequestApi.publicOf(number, signal),
  });
  if (!data?.length) return null;
  return (
    <section className="check-record" data-testid="check-exit-requests">
      <Typography.Title level={5}>{t('pub.check.exitTitle')}</Typography.Title>
      <ul>
        {data.map((r, i) => (
          <li key={`${r.sentAt}-${i}`} data-testid="check-exit-request" data-status={r.status}>
            <div className="check-record-head">
              <strong>
                {t('pub.check.exitLine', {
                  community: r.communityName,
                  date: formatDate(r.sentAt),
                  outcome: t(`pub.check.exitOutcome.${r.status}`),
                })}
              </strong>
            </div>
            {r.reason && (
              <div className="check-record-opinion">
                {r.decidedAt && t('pub.check.exitDecidedOn', { date: formatDate(r.decidedAt) })}
                {r.reason}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
