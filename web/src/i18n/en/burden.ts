// English: burden monitoring.
import type { burdenZh } from '../zh-CN/burden.js';

export const burdenEn: typeof burdenZh = {
  menu: {
    dashboard: 'Burden',
    dashboardDesc:
      'Hours asked of each community every month (Standard Cost Model): by department and kind, drill down city → district → street → community',
    alerts: 'Rebound alerts',
    alertsDesc:
      'Index rising, back above baseline, renamed items, apps coming back, informal demands rising, duplicate dispatches',
    capacity: 'Community staff',
    capacityDesc: 'Staff and leave per community, for the burden ratio',
    publicNav: 'Burden index',
  },
  title: 'Community burden',
  intro:
    'Every hour traces back to the department that asked and its admission number; no number means informal. The index is 100 in the baseline month and leaves out re-estimates.',
  demo: '蜀山区 2025–2026 is demo history (a reduction campaign followed by a creeping rebound).',
  path: 'Drill-down',
  from: 'Months',
  split: 'Before/after split',
  splitPlaceholder: 'Pick a month',
  export: 'Export XLSX',
  kpi: {
    total: 'Burden in the period',
    latestIndex: 'Index, latest month',
    ratio: 'Burden ratio, last 12 months',
    ratioHint: 'Hours asked ÷ hours available (staff × working days less leave × 8 h)',
    staff: 'Staff',
    staffOf: '{{n}} communities entered',
    noCapacity: 'No staff entered',
    hours: '{{n}} h',
  },
  charts: {
    index: 'Burden index (baseline = 100)',
    hours: 'Hours',
    baseline: 'Baseline',
    split: 'Split',
    reestimate: 'of which re-estimates',
    byDepartment: 'Who asks the most: by department',
    byKind: 'By kind of work',
    bySource: 'By source',
    children: 'Below this level (click to drill down)',
    ranking: 'Communities by burden ratio (last 12 months)',
  },
  beforeAfter: {
    title: 'Before and after',
    before: 'Monthly average before {{split}}',
    after: 'Monthly average from {{split}}',
    change: 'Change',
    hint: 'Pick a month (say, the start of a reduction campaign) to compare the monthly averages before and after it.',
  },
  table: {
    org: 'Unit',
    community: 'Community',
    hours: 'Hours',
    ratio: 'Burden ratio',
    department: 'Department',
    number: 'Admission number',
    noNumber: 'No number (informal)',
    source: 'Source',
    kind: 'Kind',
    reestimate: 'Re-estimate',
  },
  month: {
    title: '{{month}} in detail',
    pick: 'Pick a month',
    empty: 'Nothing recorded that month',
  },
  alerts: {
    title: 'Rebound alerts',
    intro:
      'Restrict, rebound, restrict again: see the rebound the month it starts. Re-estimates do not count as rebound.',
    empty: 'No alerts',
    rule: 'Alert',
    subject: 'About',
    month: 'Month',
    detail: 'Details',
    params: {
      index_rising: 'Rising {{months}} months in a row since {{since}}: {{from}} → {{to}}',
      above_baseline: 'Down to {{low}} ({{lowMonth}}), rising since {{since}}, now {{now}}: above the baseline again',
      renamed_item:
        'Application “{{title}}” closely resembles the retired or rejected “{{resembles}}” {{resemblesLabel}} ({{score}})',
      app_reappears: '“{{name}}” resembles “{{exited}}”, exited on {{exitedOn}} ({{score}})',
      informal_rising:
        'Informal demands up {{months}} months in a row since {{since}}: {{fromHours}} → {{toHours}} h a month',
      near_duplicate_dispatch: 'Dispatch “{{title}}” nearly repeats “{{earlier}}” of {{earlierOn}} ({{score}})',
    },
  },
  settings: {
    title: 'Baseline and budget',
    jurisdiction: 'Jurisdiction',
    baseline: 'Baseline month',
    cap: 'Annual cap per community (hours)',
    capNone: 'No cap',
    oneInOneOut: 'One in, one out',
    oneInOneOutHint: 'New work must retire admitted work of at least the same hours',
    saved: 'Saved',
  },
  capacity: {
    title: 'Community staff',
    intro:
      'Community workers on staff and leave days per worker a year (15 unless entered); burden ratio = hours asked ÷ hours available.',
    staff: 'Staff',
    leaveDays: 'Leave days a year',
    save: 'Save',
    saved: 'Saved {{n}} communities',
  },
  retire: {
    title: 'Burden budget: items to retire',
    label: 'Admitted items of your department retired when this is admitted',
    hint: 'This jurisdiction has a burden budget. An application over it (or under one in, one out) names items to retire; they are retired with its approval.',
    placeholder: 'Pick admitted items',
    hours: '{{n}} h per community a year',
  },
  public: {
    title: 'Community burden index',
    intro:
      'Hours that departments ask of communities, counted monthly with the Standard Cost Model (aggregates only). The baseline month is 100.',
    org: 'Area',
    total: '{{hours}} h in the period',
  },
};
