// English: the public pages (published lists, admission-number check, valid admissions).
import type { pubZh } from '../zh-CN/public.js';

export const pubEn: typeof pubZh = {
  nav: {
    label: 'Public information',
    catalogue: 'Community work lists',
    check: 'Check an admission number',
    admissions: 'Valid admissions',
  },
  login: 'Log in',
  toWorkspace: 'Go to workbench',
  rule: 'What is not on the list, a community may refuse: work without a valid admission number may be refused.',
  status: { valid: 'Valid', expired: 'Expired', revoked: 'Revoked', unknown: 'Not found' },
  catalogue: {
    title: 'Community work items of {{name}}',
    noneYet: 'No jurisdiction has published a list yet',
    jurisdiction: 'Jurisdiction',
    version: 'Version',
    versionNo: 'Version {{n}}',
    versionOption: 'Version {{n}} (in force from {{date}})',
    effectiveFrom: 'In force from {{date}}',
    itemTotal: '{{n}} items',
    inForce: 'In force',
    superseded: 'Superseded',
    export: 'Export XLSX',
    viewList: 'Items',
    viewDiff: 'Compare with previous version',
    searchPlaceholder: 'Search name, code or description',
    allKinds: 'All kinds',
    allDepartments: 'All departments',
  },
  diff: {
    between: '{{from}} → {{to}}',
    first: 'Version {{n}} is the first version',
    noPrevious: 'This is the first version of the list; there is nothing to compare with.',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    unchanged: 'Unchanged',
    addedTitle: 'Added items ({{n}})',
    removedTitle: 'Removed items ({{n}})',
    changedTitle: 'Changed items ({{n}})',
  },
  check: {
    title: 'Check an admission number',
    intro:
      'Enter the admission number printed on a work notice, form or chat message (e.g. 蜀准〔2026〕3号), or scan its QR code, to see whether the work was admitted by the burden-reduction office and is still valid.',
    placeholder: 'Admission number or check code, e.g. 蜀准〔2026〕3号',
    inputLabel: 'Admission number',
    submit: 'Check',
    rule: 'A community may refuse any work without a valid admission number (what is not on the list may be refused).',
    queried: 'Number checked: ',
    meaning: {
      valid:
        'Admitted by the {{name}} burden-reduction office and valid until {{date}}. Communities take on the work as admitted (content, scope, frequency) and may refuse anything beyond it.',
      expired: 'The admission expired on {{date}}. Communities may refuse the work if it is still pushed down.',
      revoked:
        'The admission has been revoked. Communities may refuse the work and report it to the burden-reduction office.',
      unknown: 'No admission matches “{{query}}”. Work without a valid admission number may be refused.',
    },
    qrAlt: 'QR code to check {{number}}',
    notStarted: 'The work starts on {{date}}; until then communities need not do it.',
    qrCaption: 'Scan to check',
    howTitle: 'How to use it',
    how1: 'A department sending work to communities must state the admission number on the notice, form or chat message.',
    how2: 'Valid number: take on the work as admitted; anything beyond the admitted content may be refused.',
    how3: 'Invalid, expired, revoked or missing number: the community may refuse and report it to the district burden-reduction office.',
    listLink: 'All valid admissions of the jurisdiction',
  },
  admissions: {
    title: 'Valid admissions of {{name}}',
    intro:
      'Work admitted by the burden-reduction office and currently in force. Open a number for details and its QR code.',
    count: 'valid admissions',
    hours: 'hours a year of community burden in total',
    empty: 'No valid admissions in this jurisdiction',
  },
};
