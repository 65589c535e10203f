// The prohibited-features self-check (指尖上的形式主义): check-ins, rankings, forced installs or
// install rates, screenshot or photo proof, online-time tracking. Any tick bars admission.
import { Alert, Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROHIBITED_FEATURES, type ProhibitedFeature } from '#common/dispatch.js';
import { useLabels } from '../../i18n/labels.js';

interface Props {
  value?: ProhibitedFeature[];
  onChange?: (v: ProhibitedFeature[]) => void;
}

export function FeatureChecklist({ value = [], onChange }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <div className={value.length ? 'feature-check ticked' : 'feature-check'} data-testid="app-features">
      <Alert type="warning" showIcon className="feature-warning" title={t('apps.form.featuresWarning')} />
      <Checkbox.Group<ProhibitedFeature> value={value} onChange={(v) => onChange?.(v)} className="feature-list">
        {PROHIBITED_FEATURES.map((f) => (
          <Checkbox key={f} value={f}>
            <span data-testid={`app-feature-${f}`}>{labels.feature(f)}</span>
          </Checkbox>
        ))}
      </Checkbox.Group>
      {value.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="feature-ticked"
          data-testid="app-features-ticked"
          title={t('apps.form.featuresTicked', {
            list: value.map((f) => labels.feature(f)).join(t('common.enumSeparator')),
          })}
        />
      )}
    </div>
  );
}
