import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only change log. A trigger (migration 0001) refuses UPDATE and DELETE on it.
 * One row per changed field (or per created/deleted record).
 */
export const changeLog = pgTable(
  'change_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    /** display name of the actor at the time of the change ('Systeem' for seeding) */
    actorLabel: text('actor_label').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** human label of the entity at the time, e.g. '2.B Werken met ambassadeurs: inwoners' */
    entityLabel: text('entity_label').notNull().default(''),
    action: text('action', { enum: ['create', 'update', 'delete'] }).notNull(),
    field: text('field'),
    /** the effort a change belongs to (the effort itself, or one of its results, risks, …), for its history */
    effortId: uuid('effort_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('change_log_entity_idx').on(t.entityType, t.entityId, t.id), index('change_log_at_idx').on(t.at), index('change_log_effort_idx').on(t.effortId, t.id)],
);
