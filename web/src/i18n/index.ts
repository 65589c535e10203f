// i18next set-up: Simplified Chinese first, English second; the choice is kept in localStorage and
// followed by the API client (Accept-Language), antd, dayjs and <html lang>.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { apiConfig } from '../api/client.js';
import { zhCN } from './zh-CN.js';
import type { AreaMessages } from './zh-CN/areas.js';
import { en } from './en.js';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'jianfu.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN & AreaMessages };
  }
}

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function follow(lang: Language): void {
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = lang;
  apiConfig.setLanguage(lang, i18n.t('errors.network'));
  document.title = `${i18n.t('app.name')} · ${i18n.t('app.subtitle')}`;
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export async function setLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  if (areasWanted) await loadAreas(lang); // no page without its words after the switch
  await i18n.changeLanguage(lang);
  follow(lang);
}

export async function initI18n(): Promise<void> {
  const lng = storedLanguage();
  await i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng,
    fallbackLng: 'zh-CN',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  follow(lng);
}

export default i18n;

const areaLoads = new Map<Language, Promise<void>>();
let areasWanted = false;

/** One language's messages of the areas behind the login, fetched once. */
function loadAreas(lang: Language): Promise<void> {
  let load = areaLoads.get(lang);
  if (!load) {
    load =
      lang === 'en'
        ? import('./en/areas.js').then((m) => void i18n.addResourceBundle('en', 'translation', m.enAreas, true, false))
        : import('./zh-CN/areas.js').then(
            (m) => void i18n.addResourceBundle('zh-CN', 'translation', m.zhCNAreas, true, false),
          );
    load.catch(() => areaLoads.delete(lang)); // a failed load is tried again by the next page
    areaLoads.set(lang, load);
  }
  return load;
}

/**
 * The messages of the areas behind the login, in the language shown, added before the first such page
 * (the other language's only when the user switches: a phone's link pays for what it shows).
 */
export function loadAreaMessages(): Promise<void> {
  areasWanted = true;
  return loadAreas(currentLanguage());
}
