// GET /config: the deployment's city and default jurisdiction with their names, and demo mode, for
// the web (no login).
import { expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { describeEachDatabase } from '../../testing/harness.js';

it('defaults to 合肥市 and its 蜀山区; another city opens on itself unless told', () => {
  expect(loadConfig({})).toMatchObject({ rootJurisdiction: '3401', defaultJurisdiction: '340104' });
  expect(loadConfig({ JIANFU_ROOT_JURISDICTION: '3402' })).toMatchObject({
    rootJurisdiction: '3402',
    defaultJurisdiction: '3402',
  });
  expect(
    loadConfig({ JIANFU_ROOT_JURISDICTION: '3402', JIANFU_DEFAULT_JURISDICTION: '340202' }).defaultJurisdiction,
  ).toBe('340202');
});

describeEachDatabase('deployment config', (env) => {
  it('names the city and the default jurisdiction, without a login', async () => {
    const res = await env().anon.get('/api/v1/config');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      root: { code: '3401', name: '合肥市' },
      defaultJurisdiction: { code: '340104', name: '蜀山区' },
      demo: true,
      demoDistrict: '340104',
    });
  });
});
