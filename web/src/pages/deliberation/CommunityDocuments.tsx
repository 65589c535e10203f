// A community's two public documents, each with every version it published: the 议事规则 (read as clauses)
// and the 居民公约 (its full text). The community's own worker publishes the next version of either.
import { useState } from 'react';
import { App, Button, Card, Collapse, Empty, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { deliberationApi } from '../../api/deliberationEndpoints.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatDate } from '../../i18n/format.js';
import { CovenantModal } from './CovenantModal.js';
import { RulesClauses } from './RulesClauses.js';
import { RulesModal } from './RulesModal.js';

export function CommunityDocuments({ community, canPublish }: { community: string; canPublish: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const invalidate = useInvalidate();
  const [modal, setModal] = useState<'rules' | 'covenant' | null>(null);
  const rules = useApiQuery({
    queryKey: keys.deliberation.of('rules', community),
    queryFn: ({ signal }) => deliberationApi.rules(community, signal),
  });
  const versions = useApiQuery({
    queryKey: keys.deliberation.of('rules-versions', community),
    queryFn: ({ signal }) => deliberationApi.rulesVersions(community, signal),
  });
  const covenant = useApiQuery({
    queryKey: keys.deliberation.of('covenant', community),
    queryFn: ({ signal }) => deliberationApi.covenant(community, signal),
  });
  const error = rules.error ?? versions.error ?? covenant.error;
  if (error) return <ProblemAlert error={error} onRetry={rules.reload} />;
  if (!rules.data || !versions.data || !covenant.data) return <Spin />;
  const current = rules.data;
  const published = () => {
    setModal(null);
    void message.success(t('delib.docs.published'));
    void invalidate(keys.deliberation);
  };
  const publish = (which: 'rules' | 'covenant') =>
    canPublish && (
      <Button size="small" onClick={() => setModal(which)} data-testid={`${which}-publish`}>
        {t('delib.docs.publish')}
      </Button>
    );
  const [inForce] = covenant.data;
  return (
    <>
      <Card size="small" title={t('delib.docs.rulesTitle')} extra={publish('rules')} data-testid="rules-doc">
        <Typography.Paragraph type="secondary" className="small" data-testid="rules-in-force">
          {current.version > 0
            ? t('delib.docs.inForce', { v: current.version, date: formatDate(current.adoptedAt) })
            : t('delib.docs.defaults')}
        </Typography.Paragraph>
        <RulesClauses doc={current.doc} />
        {current.note && <Typography.Paragraph type="secondary">{current.note}</Typography.Paragraph>}
        {versions.data.length > 0 && (
          <Collapse
            size="small"
            ghost
            data-testid="rules-history"
            items={[
              {
                key: 'h',
                label: t('delib.docs.history', { n: versions.data.length }),
                children: versions.data.map((v) => (
                  <div key={v.version} className="delib-version" data-testid={`rules-version-${v.version}`}>
                    <Typography.Text strong>
                      {t('delib.docs.version', { v: v.version, date: formatDate(v.adoptedAt) })}
                      {v.version === current.version && ` · ${t('delib.docs.current')}`}
                    </Typography.Text>
                    {v.note && <div className="small muted">{v.note}</div>}
                    <RulesClauses doc={v.doc} />
                  </div>
                )),
              },
            ]}
          />
        )}
      </Card>
      <Card size="small" title={t('delib.docs.covenantTitle')} extra={publish('covenant')} data-testid="covenant-doc">
        {inForce ? (
          <>
            <Typography.Paragraph type="secondary" className="small" data-testid="covenant-in-force">
              {t('delib.docs.inForce', { v: inForce.version, date: formatDate(inForce.adoptedAt) })}
            </Typography.Paragraph>
            <Typography.Title level={5}>{inForce.title}</Typography.Title>
            <div className="delib-covenant" data-testid="covenant-body-text">
              {inForce.body}
            </div>
            <Collapse
              size="small"
              ghost
              data-testid="covenant-history"
              items={[
                {
                  key: 'h',
                  label: t('delib.docs.history', { n: covenant.data.length }),
                  children: covenant.data.map((v) => (
                    <div key={v.version} className="delib-version" data-testid={`covenant-version-${v.version}`}>
                      <Typography.Text strong>
                        {t('delib.docs.version', { v: v.version, date: formatDate(v.adoptedAt) })}
                        {v.version === inForce.version && ` · ${t('delib.docs.current')}`}
                      </Typography.Text>
                      {v.note && <div className="small muted">{v.note}</div>}
                      <div className="delib-covenant">{v.body}</div>
                    </div>
                  )),
                },
              ]}
            />
          </>
        ) : (
          <Empty description={t('delib.docs.noCovenant')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )}
      </Card>
      {modal === 'rules' && <RulesModal current={current} onClose={() => setModal(null)} onDone={published} />}
      {modal === 'covenant' && (
        <CovenantModal community={community} current={inForce} onClose={() => setModal(null)} onDone={published} />
      )}
    </>
  );
}
