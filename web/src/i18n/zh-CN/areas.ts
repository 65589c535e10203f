// Simplified Chinese, the areas behind the login (loaded with the first page that needs them, not
// with the login page): assembled from one file per area.
import { purZh } from './purchasing.js';
import { purbZh } from './purchasingB.js';
import { delibZh } from './deliberation.js';
import { certZh } from './certificates.js';
import { srZh } from './serviceRequests.js';
import { admFormZh } from './admission.js';
import { calendarZh, catZh, consultZh, reviewZh } from './manage.js';
import { pubZh } from './public.js';
import { admWorkflowZh } from './workflow.js';
import { attachmentZh, communitiesZh, dispatchZh, inboxZh } from './dispatch.js';
import { registerZh } from './register.js';
import { burdenZh } from './burden.js';
import { staffingZh } from './staffing.js';
import { appsZh, inspZh } from './plan.js';
import { privacyZh } from './privacy.js';
import { hubZh } from './hub.js';
import { hubEditZh } from './hubEdit.js';
import { tplZh } from './templates.js';
import { mobileZh } from './mobile.js';
import { notifZh, todoZh } from './notifications.js';

export const zhCNAreas = {
  pub: pubZh,
  adm: { ...admFormZh, ...admWorkflowZh },
  review: reviewZh,
  cat: catZh,
  consult: consultZh,
  calendar: calendarZh,
  inbox: inboxZh,
  dispatch: dispatchZh,
  communities: communitiesZh,
  register: registerZh,
  burden: burdenZh,
  staffing: staffingZh,
  insp: inspZh,
  apps: appsZh,
  att: attachmentZh,
  privacy: privacyZh,
  notif: notifZh,
  todo: todoZh,
  hub: hubZh,
  hubEdit: hubEditZh,
  mobile: mobileZh,
  cert: certZh,
  sr: srZh,
  tpl: tplZh,
  pur: purZh,
  purb: purbZh,
  delib: delibZh,
};

export type AreaMessages = typeof zhCNAreas;
