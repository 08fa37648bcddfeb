import { and, asc, desc, eq, lt } from 'drizzle-orm';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditList, AuditQuery, UserList } from '../../../shared/api';
import { changeLog, people, users } from '../../db/schema';

export const auditRoutes: FastifyPluginAsync = async (app) => {
  const zapp = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.database;

  zapp.get(
    '/audit',
    {
      config: { policy: 'audit.read' },
      schema: { tags: ['beheer'], summary: 'Het wijzigingslogboek (nieuwste eerst, per pagina)', querystring: AuditQuery, response: { 200: AuditList } },
    },
    async (request) => {
      const { before, limit, entityType } = request.query;
      const rows = await db
        .select()
        .from(changeLog)
        .where(and(before ? lt(changeLog.id, before) : undefined, entityType ? eq(changeLog.entityType, entityType) : undefined))
        .orderBy(desc(changeLog.id))
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      return {
        items: page.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actor: r.actorLabel,
          action: r.action,
          field: r.field,
          before: r.before,
          after: r.after,
          entityType: r.entityType,
          entityId: r.entityId,
          entityLabel: r.entityLabel,
        })),
        nextBefore: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
      };
    },
  );

  zapp.get(
    '/users',
    { config: { policy: 'users.read' }, schema: { tags: ['beheer'], summary: 'Accounts en hun rol', response: { 200: UserList } } },
    async () => {
      const rows = await db
        .select({
          id: users.id,
          email: users.email,
          displayName: users.displayName,
          role: users.role,
          active: users.active,
          personId: people.id,
          personName: people.name,
        })
        .from(users)
        .leftJoin(people, eq(people.id, users.personId))
        .orderBy(asc(users.email));
      return {
        items: rows.map(({ personId, personName, ...u }) => ({ ...u, person: personId && personName ? { id: personId, name: personName } : null })),
      };
    },
  );
};
