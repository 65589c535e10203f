// Privacy's dated notices (notifications' NoticeSource port): a grant that runs out within 30 days is told
// to the department holding it, once — its ledgers lose those columns on the day.
import { addDays } from '#common/dates.js';
import type { Database } from '../../db/database.js';
import type { DatedNotice, NoticeSource } from '../notifications/ports.js';
import * as repo from './grants-repository.js';

export const GRANT_NOTICE_DAYS = 30;

export function privacyNoticeSource(database: Database): NoticeSource {
  return {
    async due(today: string): Promise<DatedNotice[]> {
      const grants = await repo.grantsExpiringBetween(database.db, today, addDays(today, GRANT_NOTICE_DAYS));
      return grants.map((g) => ({
        kind: 'grant_expiring',
        to: { officersOf: [g.department_code] },
        params: { purpose: g.purpose, expiryDate: g.expires_on },
        link: '/forms',
        subject: { type: 'access_grant', id: g.id },
      }));
    },
  };
}
