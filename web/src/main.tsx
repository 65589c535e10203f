// Entry: languages first (so the first paint is in the right one), then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n/index.js';
import { App } from './app/App.js';
import './styles.css';
import './styles/plain.css';
import './styles/common.css';
import './styles/public.css';
import './styles/catalogue.css';
import './styles/check.css';
import './styles/admission-form.css';
import './styles/admission-detail.css';
import './styles/manage.css';
import './styles/dispatch.css';
import './styles/notifications.css';
import './styles/plan.css';
import './styles/hub.css';
import './styles/register.css';
import './styles/burden.css';
import './styles/deliberation.css';
import './styles/mobile.css';

void initI18n().then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
