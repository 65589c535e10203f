// English: the phone layout (H5) and the resident's own home. Same keys as zh-CN/mobile.ts.
import type { mobileZh } from '../zh-CN/mobile.js';

export const mobileEn: typeof mobileZh = {
  tabs: {
    todo: 'To do',
    register: 'Report',
    residents: 'Residents',
    ledgers: 'Ledgers',
    me: 'Me',
    myData: 'My data',
    accessLog: 'Who looked',
    services: 'Services',
    home: 'Home',
  },
  drawer: { title: 'Me', menu: 'All features', open: 'Open menu', close: 'Close' },
  list: { empty: 'No data', more: 'Load more' },
  resident: {
    title: 'Resident services',
    greeting: 'Hello, {{name}}',
    intro: 'See what the government holds about you, who has looked at it, and the services that concern you.',
    myData: 'My data',
    accessLog: 'Who looked at my data',
    services: 'Services',
    check: 'Check an admission number',
    checkDesc: 'When the community or a department asks something of you, check the number on the notice',
    catalogue: 'Community work list',
    catalogueDesc: 'What work the community must do, and what it may refuse',
  },
};
