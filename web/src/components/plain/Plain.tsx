// Plain stand-ins for the few antd pieces the login page shows (alert, text field, button, role tag,
// skeleton, language switch), styled like antd (styles/plain.css) so that the login page looks the
// same and loads without antd.
import { useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isRole } from '#common/roles.js';
import { currentLanguage, setLanguage } from '../../i18n/index.js';
import { ROLE_COLORS } from '../roleColors.js';
import { PlainIcon, type PlainIconName } from './PlainIcon.js';

export function PlainAlert({
  type,
  title,
  description,
  className = '',
  ...rest
}: {
  type: 'info' | 'error' | 'warning';
  title: ReactNode;
  description?: ReactNode;
  className?: string;
  'data-testid'?: string;
  'data-code'?: string;
}) {
  const icon: PlainIconName = type === 'error' ? 'CloseCircleFilled' : 'InfoCircleFilled';
  return (
    <div
      role="alert"
      className={`plain-alert plain-alert-${type} ${description ? 'plain-alert-with-description' : ''} ${className}`}
      {...rest}
    >
      <PlainIcon name={icon} />
      <div className="plain-alert-content">
        <div className="plain-alert-title">{title}</div>
        {description && <div className="plain-alert-description">{description}</div>}
      </div>
    </div>
  );
}

/** A labelled text field with a prefix icon and its required-field message, like a large antd Form.Item. */
export function PlainField({
  id,
  label,
  icon,
  error,
  password = false,
  ...input
}: {
  id: string;
  label: string;
  icon: PlainIconName;
  error?: string | null;
  password?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { 'data-testid'?: string }) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <div className={`plain-form-item ${error ? 'plain-form-item-error' : ''}`}>
      <label className="plain-form-label" htmlFor={id}>
        {label}
      </label>
      <span className="plain-input">
        <PlainIcon name={icon} />
        <input
          id={id}
          type={password && !visible ? 'password' : 'text'}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...input}
        />
        {password && (
          <button
            type="button"
            className="plain-input-suffix"
            aria-label={visible ? t('login.hidePassword') : t('login.showPassword')}
            onClick={() => setVisible((v) => !v)}
          >
            <PlainIcon name={visible ? 'EyeOutlined' : 'EyeInvisibleOutlined'} />
          </button>
        )}
      </span>
      {error && (
        <div className="plain-form-error" id={`${id}-error`}>
          {error}
        </div>
      )}
    </div>
  );
}

export function PlainSubmit({
  busy,
  children,
  ...rest
}: {
  busy: boolean;
  children: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <button
      type="submit"
      className={`plain-button-primary ${busy ? 'plain-button-busy' : ''}`}
      disabled={busy}
      {...rest}
    >
      {busy && <span className="plain-spinner plain-spinner-small" aria-hidden="true" />}
      <span>{children}</span>
    </button>
  );
}

export function PlainRoleTag({ role }: { role: string }) {
  const { t } = useTranslation();
  return (
    <span className={`plain-tag plain-tag-${ROLE_COLORS[role] ?? 'default'}`}>
      {isRole(role) ? t(`roles.${role}`) : role}
    </span>
  );
}

export function PlainSkeleton({ rows }: { rows: number }) {
  return (
    <div className="plain-skeleton" aria-hidden="true">
      {Array.from({ length: rows }, (_, i) => (
        <span key={i} className="plain-skeleton-row" />
      ))}
    </div>
  );
}

/** The language switch of the login page (the shell's is antd's, in LanguageSwitch.tsx). */
export function PlainLanguageSwitch() {
  const { t } = useTranslation();
  const next = currentLanguage() === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="plain-text-button"
      data-testid="lang-switch"
      aria-label={t('lang.label')}
      title={t('lang.label')}
      onClick={() => void setLanguage(next)}
    >
      <PlainIcon name="TranslationOutlined" />
      <span>{t('lang.switchTo')}</span>
    </button>
  );
}
