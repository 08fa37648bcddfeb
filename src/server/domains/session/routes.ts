import { eq } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../../shared/roles';
import { dummyPasswordHash, verifyPassword } from '../../auth/passwords';
import { SESSION_COOKIE, createSession, deleteSession } from '../../auth/sessions';
import { users } from '../../db/schema';
import { AppError } from '../../errors';
import { abilitiesFor } from '../../policies';

const LoginBody = z.object({
  email: z.string().trim().toLowerCase().email('Vul een geldig e-mailadres in.').max(320),
  password: z.string().min(1, 'Vul uw wachtwoord in.').max(1000),
});

const SessionOut = z.object({
  user: z.object({
    id: z.string().uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    personId: z.string().uuid().nullable(),
    /** a demo account (voorbeelddata) */
    isDemo: z.boolean(),
  }),
  roles: z.array(z.enum(ROLES)),
  abilities: z.object({
    readProgramme: z.boolean(),
    editEfforts: z.enum(['all', 'own', 'none']),
    decideEvaluations: z.boolean(),
    editFundingSources: z.boolean(),
    readAudit: z.boolean(),
    readUsers: z.boolean(),
    readCases: z.enum(['all', 'team', 'none']),
    writeCases: z.boolean(),
    decideCases: z.boolean(),
    setTwsBudget: z.boolean(),
    exportProcessingLog: z.boolean(),
    exactCaseAggregates: z.boolean(),
    importMonitoringFiles: z.boolean(),
    editIndicatorValues: z.boolean(),
    editProgrammeAreas: z.boolean(),
    editVoice: z.boolean(),
  }),
  csrfToken: z.string(),
});

export const sessionRoutes: FastifyPluginAsync = async (app) => {
  const zapp = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;

  zapp.post(
    '/session',
    {
      config: {
        policy: 'public',
        rateLimit: {
          max: config.loginRateLimit,
          timeWindow: '1 minute',
          keyGenerator: (req) => `${req.ip}|${String((req.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
        },
      },
      schema: {
        tags: ['sessie'],
        summary: 'Inloggen met e-mailadres en wachtwoord',
        security: [],
        body: LoginBody,
        response: { 200: SessionOut },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
      const ok = user?.active ? await verifyPassword(user.passwordHash, password) : (await verifyPassword(await dummyPasswordHash(), password), false);
      if (!user || !ok) throw new AppError('invalid_credentials', 'Het e-mailadres of het wachtwoord klopt niet.');
      const session = await createSession(db, user.id, config.sessionHours);
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: 'auto',
        expires: session.expiresAt,
      });
      const actor = { id: user.id, role: user.role, personId: user.personId, displayName: user.displayName };
      return {
        user: { id: user.id, email: user.email, displayName: user.displayName, role: user.role, personId: user.personId, isDemo: user.isDemo },
        roles: [user.role],
        abilities: abilitiesFor(actor),
        csrfToken: session.csrfToken,
      };
    },
  );

  zapp.get(
    '/session',
    {
      config: { policy: 'session.own' },
      schema: { tags: ['sessie'], summary: 'De ingelogde gebruiker, rollen, rechten en het CSRF-token', response: { 200: SessionOut } },
    },
    async (request) => {
      const u = request.user!;
      return {
        user: { id: u.id, email: u.email, displayName: u.displayName, role: u.role, personId: u.personId, isDemo: u.isDemo },
        roles: [u.role],
        abilities: abilitiesFor(u),
        csrfToken: u.csrfToken,
      };
    },
  );

  zapp.delete(
    '/session',
    {
      config: { policy: 'session.own' },
      schema: { tags: ['sessie'], summary: 'Uitloggen', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteSession(db, request.user!.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
};
