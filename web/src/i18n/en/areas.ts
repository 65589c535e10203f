// English, the areas behind the login (loaded with the first page that needs them). Same keys as
// zh-CN/areas.ts (the type makes sure).
import { purEn } from './purchasing.js';
import { purbEn } from './purchasingB.js';
import { delibEn } from './deliberation.js';
import { certEn } from './certificates.js';
import { srEn } from './serviceRequests.js';
import type { AreaMessages } from '../zh-CN/areas.js';
import { admFormEn } from './admission.js';
import { calendarEn, catEn, consultEn, reviewEn } from './manage.js';
import { pubEn } from './public.js';
import { admWorkflowEn } from './workflow.js';
import { attachmentEn, communitiesEn, dispatchEn, inboxEn } from './dispatch.js';
import { registerEn } from './register.js';
import { burdenEn } from './burden.js';
import { staffingEn } from './staffing.js';
import { appsEn, inspEn } from './plan.js';
import { privacyEn } from './privacy.js';
import { hubEn } from './hub.js';
import { hubEditEn } from './hubEdit.js';
import { tplEn } from './templates.js';
import { mobileEn } from './mobile.js';
import { notifEn, todoEn } from './notifications.js';

export const enAreas: AreaMessages = {
  pub: pubEn,
  adm: { ...admFormEn, ...admWorkflowEn },
  review: reviewEn,
  cat: catEn,
  consult: consultEn,
  calendar: calendarEn,
  inbox: inboxEn,
  dispatch: dispatchEn,
  communities: communitiesEn,
  register: registerEn,
  burden: burdenEn,
  staffing: staffingEn,
  insp: inspEn,
  apps: appsEn,
  att: attachmentEn,
  privacy: privacyEn,
  notif: notifEn,
  todo: todoEn,
  hub: hubEn,
  hubEdit: hubEditEn,
  mobile: mobileEn,
  cert: certEn,
  sr: srEn,
  tpl: tplEn,
  pur: purEn,
  purb: purbEn,
  delib: delibEn,
};
