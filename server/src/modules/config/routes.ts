// The deployment's configuration for the web (no login needed: the public pages read it too).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { DeploymentConfig } from './schema.js';

/** The district the demo's burden history is written for (demo/burden-seed.ts). */
const DEMO_DISTRICT = '340104';

export const configRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/config',
      {
        schema: {
          tags: ['system'],
          summary: '部署配置（根行政区划、默认辖区、演示模式）',
          response: { 200: DeploymentConfig },
        },
      },
      async (): Promise<DeploymentConfig> => {
        const { rootJurisdiction, defaultJurisdiction, demo } = ctx.config;
        const names = new Map(
          (await ctx.services.orgs.findMany([rootJurisdiction, defaultJurisdiction])).map((o) => [o.code, o.name]),
        );
        const named = (code: string) => ({ code, name: names.get(code) ?? code });
        return {
          root: named(rootJurisdiction),
          defaultJurisdiction: named(defaultJurisdiction),
          demo,
          demoDistrict: demo ? DEMO_DISTRICT : null,
        };
      },
    );
  };
