// Builds the Fastify app: logging, cookies, OpenAPI, error handling, module routes and the web app.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from './context.js';
import { MAX_ATTACHMENT_BYTES } from '#common/dispatch.js';
import { installAuth } from './http/auth.js';
import { installAccess } from './http/access.js';
import { installErrorHandler, sendProblem } from './http/errors.js';
import { installDelivery, staticCacheControl } from './http/delivery.js';
import { cleanOrRefuse, installTextChecks } from './http/strings.js';
import { problem } from './http/problem.js';
import { withProblemResponses } from './http/openapi.js';
import { accountRoutes } from './modules/accounts/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { configRoutes } from './modules/config/routes.js';
import { orgRoutes } from './modules/orgs/routes.js';
import { calendarRoutes } from './modules/calendar/routes.js';
import { catalogueRoutes } from './modules/catalogue/routes.js';
import { certificateRoutes } from './modules/services/routes.js';
import { OPEN311_PREFIX, open311Routes } from './modules/services/open311-routes.js';
import { serviceRequestRoutes } from './modules/services/service-requests-routes.js';
import { admissionRoutes } from './modules/admission/routes.js';
import { demoRoutes } from './modules/demo/routes.js';
import { dispatchRoutes } from './modules/dispatch/routes.js';
import { informalRoutes } from './modules/dispatch/informal-routes.js';
import { inspectionRoutes } from './modules/inspections/routes.js';
import { appRoutes } from './modules/apps/routes.js';
import { hubRoutes } from './modules/hub/routes.js';
import { importRoutes } from './modules/hub/import-routes.js';
import { formRoutes } from './modules/hub/forms-routes.js';
import { templateRoutes } from './modules/hub/template-routes.js';
import { appShell } from './http/app-shell.js';
import { sharedSchemaCompilers } from './http/schema-compilers.js';
import { installAudit } from './modules/privacy/audit-hook.js';
import { privacyRoutes } from './modules/privacy/routes.js';
import { meRoutes } from './modules/privacy/me-routes.js';
import { burdenRoutes } from './modules/burden/routes.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import { staffingRoutes } from './modules/staffing/routes.js';
import { rosterRoutes } from './modules/staffing/roster-routes.js';
import { purchasingRoutes } from './modules/purchasing/routes.js';
import { purchasingCatalogueRoutes } from './modules/purchasing/catalogue-routes.js';
import { deliberationRoutes } from './modules/deliberation/routes.js';
import { exitRequestRoutes } from './modules/deliberation/exit-routes.js';
import { communityDocumentRoutes } from './modules/deliberation/documents-routes.js';

export interface AppOptions {
  logger?: boolean;
}

export async function buildApp(ctx: AppContext, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger
      ? {
          level: ctx.config.logLevel,
          // Paths only: query strings and bodies can carry names and ID numbers.
          serializers: {
            req: (req) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
            res: (res) => ({ statusCode: res.statusCode }),
          },
          redact: ['req.headers.cookie', 'req.headers.authorization'],
        }
      : false,
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 1024 * 1024,
    // Forwarded headers only from configured proxies (JIANFU_TRUST_PROXY); else the socket's address.
    trustProxy: ctx.config.trustProxy.length ? ctx.config.trustProxy : false,
    // Query strings arrive as text: numbers and booleans are coerced; arrays never stand in for a scalar.
    ajv: { customOptions: { coerceTypes: true, useDefaults: true } },
    schemaController: { compilersFactory: sharedSchemaCompilers },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // The outbound channel's timer stops with the app.
  app.addHook('onClose', async () => ctx.services.notifications.stop());

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await installDelivery(app);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: '减负 Jianfu API',
        version: ctx.version,
        description: '社区减负平台接口。错误以 application/problem+json 返回，带稳定的 code。',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jianfu_session' } },
      },
    },
    transformObject: (doc) => withProblemResponses('openapiObject' in doc ? doc.openapiObject : doc.swaggerObject),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  installErrorHandler(app);

  // An empty JSON body (a POST with Content-Type: application/json and nothing in it) means {}.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, {});
    try {
      const parsed: unknown = JSON.parse(text);
      try {
        done(null, cleanOrRefuse(parsed));
      } catch (err) {
        done(err as Error, undefined);
      }
    } catch {
      done(problem('malformed_json'), undefined);
    }
  });

  await app.register(
    async (api) => {
      installTextChecks(api);
      installAuth(api, (token) => ctx.services.accounts.resolveSession(token));
      installAccess(api);
      installAudit(api, ctx.services.audit);
      await api.register(healthRoutes(ctx));
      await api.register(configRoutes(ctx));
      await api.register(accountRoutes(ctx));
      await api.register(orgRoutes(ctx));
      await api.register(calendarRoutes(ctx));
      await api.register(catalogueRoutes(ctx));
      await api.register(certificateRoutes(ctx));
      await api.register(serviceRequestRoutes(ctx));
      await api.register(admissionRoutes(ctx));
      await api.register(demoRoutes(ctx));
      await api.register(dispatchRoutes(ctx));
      await api.register(informalRoutes(ctx));
      await api.register(inspectionRoutes(ctx));
      await api.register(appRoutes(ctx));
      await api.register(hubRoutes(ctx));
      await api.register(importRoutes(ctx));
      await api.register(formRoutes(ctx));
      await api.register(privacyRoutes(ctx));
      await api.register(meRoutes(ctx));
      await api.register(burdenRoutes(ctx));
      await api.register(notificationRoutes(ctx));
      await api.register(staffingRoutes(ctx));
      await api.register(rosterRoutes(ctx));
      await api.register(templateRoutes(ctx));
      await api.register(deliberationRoutes(ctx));
      await api.register(exitRequestRoutes(ctx));
      await api.register(communityDocumentRoutes(ctx));
      await api.register(purchasingRoutes(ctx));
      await api.register(purchasingCatalogueRoutes(ctx));
    },
    { prefix: '/api/v1' },
  );
  // Open311 GeoReport v2, outside /api/v1 so that its clients find the spec's paths.
  await app.register(open311Routes(ctx), { prefix: OPEN311_PREFIX });

  const indexHtml = path.join(ctx.config.webDist, 'index.html');
  const hasWeb = fs.existsSync(indexHtml);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: ctx.config.webDist,
      wildcard: false,
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => void reply.header('cache-control', staticCacheControl(filePath)),
    });
  }
  const shell = hasWeb ? appShell(ctx, indexHtml) : null;
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET' || !hasWeb) {
      return sendProblem(req, reply, problem('not_found'));
    }
    // The web app routes on the client: any other GET gets index.html (its own 404 page handles the rest).
    return shell!(req, reply);
  });

  return app;
}
