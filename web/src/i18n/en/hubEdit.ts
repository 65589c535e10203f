// English: editing a form and the matcher's alternatives in an import mapping.
export const hubEditEn = {
  form: {
    title: 'Edit form: {{title}}',
    intro:
      'Every community’s ledger is then generated with the new filter and column order; bound data elements need a current grant of your department.',
    updated: 'Form updated',
  },
  mapping: {
    suggested: 'Suggested',
    alternatives: 'Alternatives',
    allElements: 'All data elements',
    score: 'score {{score}}',
  },
};
