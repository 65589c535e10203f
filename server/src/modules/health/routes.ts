// Liveness and what the server runs on.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { serverVersion } from '../../db/dialect.js';
import { HealthView } from '#common/api/health.js';

export const healthRoutes =
  (ctx: AppContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/health',
      {
        schema: {
          tags: ['system'],
          summary: '健康检查',
          response: {
            200: HealthView,
          },
        },
      },
      async () => ({
        status: 'ok' as const,
        database: ctx.database.kind,
        databaseVersion: await serverVersion(ctx.database.db, ctx.database.kind),
        version: ctx.version,
        demo: ctx.config.demo,
      }),
    );
  };
