import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE, findSession, type SessionUser } from './auth/sessions';
import type { Config } from './config';
import type { Database } from './db/client';
import { AppError, errorHandler } from './errors';
import { type Action, POLICIES, allows } from './policies';
import { auditRoutes } from './domains/audit/routes';
import { steeringRoutes } from './domains/steering/routes';
import { caseRoutes } from './domains/cases/routes';
import { conferenceRoutes } from './domains/cases/conference-routes';
import { signalRoutes } from './domains/cases/signal-routes';
import { budgetRoutes } from './domains/cases/budget-routes';
import { councilRoutes } from './domains/council/routes';
import { monitoringRoutes } from './domains/monitoring/routes';
import { voiceRoutes } from './domains/monitoring/voice-routes';
import { effortRoutes } from './domains/efforts/routes';
import { referenceRoutes } from './domains/reference/routes';
import { sessionRoutes } from './domains/session/routes';

z.config(z.locales.nl());

declare module 'fastify' {
  interface FastifyContextConfig {
    /** the action this route performs; see policies/index.ts. Required on every route. */
    policy?: Action;
  }
  interface FastifyRequest {
    user: SessionUser | null;
  }
  interface FastifyInstance {
    deps: AppDeps;
    /** every registered route with its policy; the policy test enumerates these */
    routeTable: { method: string; url: string; policy: Action | undefined }[];
  }
}

export interface AppDeps {
  database: Database;
  config: Config;
}

export type App = FastifyInstance;

const WEB_DIST = process.env.KOERS_WEB_DIST ? path.resolve(process.env.KOERS_WEB_DIST) : fileURLToPath(new URL('../../dist/web', import.meta.url));
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function buildApp(deps: AppDeps, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: opts.logger ? { level: config.logLevel } : false,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.decorate('deps', deps);
  app.decorate('routeTable', []);
  app.decorateRequest('user', null);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  app.addHook('onRoute', (route) => {
    // static web assets are public by nature; every /api route must name its policy itself
    if (!route.url.startsWith('/api/') && !route.config?.policy) route.config = { ...route.config, policy: 'public' };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      app.routeTable.push({ method, url: route.url, policy: route.config?.policy });
    }
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.env === 'production',
  });
  await app.register(fastifyCookie);
  // preHandler: the login key includes the e-mail address from the parsed body
  await app.register(fastifyRateLimit, { global: false, hook: 'preHandler' });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Koers API',
        description:
          'API van Koers, het sturings- en verantwoordingsinstrument voor het programma Brunssum Noord en Oost. ' +
          'Fouten volgen RFC 9457 (application/problem+json) met een Nederlandse titel en toelichting. ' +
          'Wijzigende verzoeken sturen het csrfToken uit GET /api/v1/session mee in de header X-CSRF-Token.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  // Who is calling: the session cookie, looked up once per API request.
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.user = await findSession(deps.database.db, token);
  });

  // The policy layer: every route must declare an action; the role part is enforced here.
  app.addHook('preHandler', async (request) => {
    const policy = request.routeOptions.config.policy;
    if (!request.routeOptions.url) return; // 404 handler
    if (!policy || !(policy in POLICIES)) {
      throw new AppError('forbidden', 'Deze route heeft geen toegangsregel en is daarom gesloten.');
    }
    if (POLICIES[policy] !== 'public' && !request.user) throw new AppError('unauthenticated', 'Log in om verder te gaan.');
    if (!allows(request.user, policy)) throw new AppError('forbidden');
    if (request.user && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== request.user.csrfToken) {
        throw new AppError('csrf', 'Het beveiligingstoken ontbreekt of is verlopen. Vernieuw de pagina en probeer het opnieuw.');
      }
    }
  });

  await app.register(
    async (api) => {
      const zapp = api.withTypeProvider<ZodTypeProvider>();
      zapp.get(
        '/health',
        {
          config: { policy: 'public' },
          schema: {
            tags: ['systeem'],
            summary: 'Status van de server en de database',
            security: [],
            response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
          },
        },
        async () => ({ status: 'ok' as const, database: deps.database.engine }),
      );
      zapp.get(
        '/openapi.json',
        { config: { policy: 'public' }, schema: { hide: true } },
        async () => app.swagger(),
      );
      await api.register(sessionRoutes);
      await api.register(effortRoutes);
      await api.register(referenceRoutes);
      await api.register(councilRoutes);
      await api.register(auditRoutes);
      await api.register(steeringRoutes);
      await api.register(caseRoutes);
      await api.register(conferenceRoutes);
      await api.register(signalRoutes);
      await api.register(budgetRoutes);
      await api.register(monitoringRoutes);
      await api.register(voiceRoutes);
    },
    { prefix: '/api/v1' },
  );

  // The web client: built files, and index.html for every client-side route.
  if (existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    // client routes get the app; a missing file (with an extension) stays a 404
    if (request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path) && existsSync(WEB_DIST)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    throw new AppError('not_found', `Er is niets op ${request.url.split('?')[0]}.`);
  });

  return app;
}
