// The product mark: 减负 with its subtitle.
import { useTranslation } from 'react-i18next';

export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" className="brand-mark">
      <rect width="32" height="32" rx="7" fill="#1d5bbf" />
      <path d="M8 11h16M8 16h11M8 21h6" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

export function Brand({ compact = false, light = false }: { compact?: boolean; light?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={`brand ${light ? 'brand-light' : ''}`}>
      <BrandMark />
      {!compact && (
        <div className="brand-text">
          <div className="brand-name">{t('app.name')}</div>
          <div className="brand-subtitle">{t('app.subtitle')}</div>
        </div>
      )}
    </div>
  );
}
