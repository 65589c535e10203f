// Import from a template, and the review queue of field labels (stewards' wordings).
import type { tplZh } from '../zh-CN/templates.js';

export const tplEn: typeof tplZh = {
  menu: {
    synonyms: 'Labels to review',
    synonymsDesc:
      'Low-confidence bindings from templates and departments’ corrections: accept, rebind or mark form-only; the same wording binds next time',
  },
  import: {
    title: 'Import from a template',
    hint: 'Upload your department’s existing blank template (XLSX, multi-row merged headers allowed, or a DOCX table) or paste the header (one label a line, or copied from Excel); every column is bound to a data element. Check and correct the columns below, then save.',
    previewCommunity: 'Preview coverage for',
    upload: 'Upload a template (XLSX / DOCX)',
    pastePlaceholder: 'Paste labels: one a line, or a header copied from Excel',
    readPasted: 'Read the pasted header',
    summary: '{{columns}} columns found: {{bound}} bound to data elements, {{formOnly}} form-only',
    checkBelow:
      'They are in the columns below: check the bindings and correct any that are wrong; your corrections go to the data stewards for future matching.',
    coverage: '{{community}}: {{pct}}% of the cells are already known ({{rows}} rows)',
    dataFirst:
      'Mostly departments’ data not yet imported: {{departments}} should import their data before this is issued.',
    backflow: 'A department is the source of these columns; it brings the data, communities are not asked:',
    backflowItem: '{{label}} ({{source}})',
    backflowMissing: '{{label}} ({{source}}, {{missing}} cells missing)',
    relations:
      'These columns are about another person and bind as relation · element (the householder’s facts come through the household, never asked of the member again):',
  },
  queue: {
    title: 'Labels to review',
    intro:
      'Labels matched with low confidence in templates, and departments’ corrections. Once confirmed, the same wording binds next time (who and when are kept).',
    pending: 'To review',
    confirmed: 'Confirmed',
    search: 'Search labels',
    label: 'Label',
    binding: 'Proposed binding',
    score: 'Confidence',
    origin: 'From',
    byMatcher: 'Matcher (low confidence)',
    byPerson: 'Corrected by {{name}} at {{at}}',
    seen: 'Seen',
    decidedBy: 'Decided',
    accept: 'Accept',
    rebind: 'Rebind',
    formOnly: 'Form-only',
    total: '{{n}} in all',
    decided: '“{{label}}” confirmed; it binds this way next time',
    rebindTitle: 'Rebind “{{label}}”',
    whose: 'Whose fact',
    subjectItself: 'The subject itself',
    element: 'Data element',
    emptyPending:
      'Nothing to review. Labels that templates bound with low confidence, and bindings a department changed on a form, wait here for your decision.',
    emptyConfirmed: 'No wording has been confirmed yet.',
  },
};
