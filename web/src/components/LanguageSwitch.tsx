// One button that switches between 中文 and English; the choice is remembered.
import { Button } from 'antd';
import { TranslationOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n/index.js';

export function LanguageSwitch({ type = 'text' }: { type?: 'text' | 'default' }) {
  const { t } = useTranslation();
  const next = currentLanguage() === 'en' ? 'zh-CN' : 'en';
  return (
    <Button
      data-testid="lang-switch"
      type={type}
      icon={<TranslationOutlined />}
      aria-label={t('lang.label')}
      title={t('lang.label')}
      onClick={() => void setLanguage(next)}
    >
      {t('lang.switchTo')}
    </Button>
  );
}
