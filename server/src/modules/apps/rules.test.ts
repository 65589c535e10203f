import { expect, it } from 'vitest';
import { appStatus, barred } from './rules.js';

it('marks an app unused for 90 days as a zombie, and one past its term as expired', () => {
  const app = { status: 'active', expiryDate: '2027-12-31', lastUsedOn: '2026-08-30' };
  expect(appStatus(app, '2026-11-27')).toBe('active'); // 89 days
  expect(appStatus(app, '2026-11-28')).toBe('zombie'); // 90 days
  expect(appStatus({ ...app, lastUsedOn: '2026-11-27' }, '2028-01-01')).toBe('expired');
  expect(appStatus({ ...app, status: 'exited' }, '2026-11-28')).toBe('exited');
});

it('bars any app with a prohibited feature', () => {
  expect(barred([])).toBe(false);
  expect(barred(['check_in'])).toBe(true);
});
