import { defineConfig } from 'vitest/config';

// Three projects: unit (pure functions, no database), integration (through app.inject on SQLite and,
// when JIANFU_TEST_PG_URL is set, PostgreSQL), e2e (Playwright in Debian Chromium against the built app).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          isolate: false,
          include: ['server/src/**/*.test.ts', 'common/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['server/src/**/*.int.test.ts'],
          globalSetup: ['server/src/testing/global-setup-integration.ts'],
          // Each worker imports the app once, not once per file (about 5 s a file on this machine);
          // every file still gets its own fresh database, so no test sees another's data.
          isolate: false,
          // One worker (vitest's default on 2 cores): CI keeps both cores busy from start to end (97–100 %,
          // sampled), so a second worker only adds contention; `npm run check` runs beside it there.
          testTimeout: 60_000,
          hookTimeout: 240_000, // a demo template is built in a beforeAll: minutes on a loaded machine
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          setupFiles: ['e2e/setup.ts'],
          // Two journeys share the two cores: one that took 90 s alone may take twice that beside another.
          testTimeout: 240_000,
          hookTimeout: 180_000,
          // Two journey files at a time, each against its own server (global-setup starts one per worker);
          // after the unit and integration files, which keep both cores to themselves.
          maxWorkers: Math.max(1, Number(process.env.JIANFU_E2E_SERVERS ?? 2)),
          sequence: { groupOrder: 1 },
          // A poll waits for what the server does after a click: seconds, not vitest's default 1 s, when both
          // cores are busy.
          expect: { poll: { timeout: 15_000 } },
          // In CI a journey that fails is run once more (vitest reports it as retried): one lost click on a
          // loaded 2-core machine should not cost a whole landing. Locally a failure is a failure.
          retry: process.env.CI ? 1 : 0,
        },
      },
    ],
  },
});
