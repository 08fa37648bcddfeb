import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { FIELD_STATES } from '../../../shared/form-fields';
import { LIFECYCLES } from '../../../shared/steering';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** The programme itself: one row. */
export const programme = pgTable('programme', {
  id: smallint('id').primaryKey().default(1),
  name: text('name').notNull(),
  municipality: text('municipality').notNull(),
  description: text('description').notNull(),
});

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** stable key of seeded records; null for records made in the UI */
  key: text('key').unique(),
  name: text('name').notNull().unique(),
  kind: text('kind').notNull(),
  description: text('description').notNull().default(''),
  ...timestamps,
});

export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').unique(),
  name: text('name').notNull(),
  /** 'person' for a named person; 'function' for a post named without a person */
  kind: text('kind', { enum: ['person', 'function'] }).notNull(),
  title: text('title').notNull().default(''),
  organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
  ...timestamps,
});

export const principles = pgTable('principles', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').unique(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  sortOrder: integer('sort_order').notNull().default(0),
});

export const goals = pgTable('goals', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').unique(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  sortOrder: integer('sort_order').notNull().default(0),
});

export const efforts = pgTable(
  'efforts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** '1', '1.A', … as in the programme's overview */
    code: text('code').notNull().unique(),
    parentId: uuid('parent_id').references((): AnyPgColumn => efforts.id, { onDelete: 'restrict' }),
    sortOrder: integer('sort_order').notNull().default(0),
    name: text('name').notNull(),
    /** 'Projectnaam' on the effort's own project form; null when it has no form of its own */
    projectName: text('project_name'),
    /** true when the effort has a project form of its own (false: described by its parent's form) */
    hasForm: boolean('has_form').notNull().default(false),
    /** life cycle (steering): null while not yet recorded; decisions on evaluations move it */
    lifecycle: text('lifecycle', { enum: LIFECYCLES }),
    plannedStart: date('planned_start', { mode: 'string' }),
    plannedEnd: date('planned_end', { mode: 'string' }),
    /** who in the line organisation took the effort over (decision 'overdragen') */
    lineOwner: text('line_owner'),
    /** optimistic concurrency: a PATCH names the version it edited */
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('efforts_parent_idx').on(t.parentId), check('efforts_period', sql`${t.plannedEnd} >= ${t.plannedStart}`)],
);

/** One row per effort per form field (FORM_FIELDS). */
export const effortFields = pgTable(
  'effort_fields',
  {
    effortId: uuid('effort_id')
      .notNull()
      .references(() => efforts.id, { onDelete: 'cascade' }),
    fieldKey: text('field_key').notNull(),
    state: text('state', { enum: FIELD_STATES }).notNull(),
    value: text('value').notNull().default(''),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.effortId, t.fieldKey] }),
    // open fields (N.t.b. or empty) are few; lists and the open-fields overview read only these
    index('effort_fields_open_idx').on(t.effortId, t.state).where(sql`state <> 'filled'`),
  ],
);

export const effortPeople = pgTable(
  'effort_people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    effortId: uuid('effort_id')
      .notNull()
      .references(() => efforts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['projectleider', 'opdrachtgever', 'projectteam'] }).notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [unique().on(t.effortId, t.personId, t.role), index('effort_people_person_idx').on(t.personId)],
);

export const effortOrganisations = pgTable(
  'effort_organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    effortId: uuid('effort_id')
      .notNull()
      .references(() => efforts.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['samenwerkingspartner', 'projectteam'] }).notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [unique().on(t.effortId, t.organisationId, t.role), index('effort_orgs_org_idx').on(t.organisationId)],
);

export const effortPrinciples = pgTable(
  'effort_principles',
  {
    effortId: uuid('effort_id')
      .notNull()
      .references(() => efforts.id, { onDelete: 'cascade' }),
    principleId: uuid('principle_id')
      .notNull()
      .references(() => principles.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.effortId, t.principleId] })],
);

export const effortGoals = pgTable(
  'effort_goals',
  {
    effortId: uuid('effort_id')
      .notNull()
      .references(() => efforts.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.effortId, t.goalId] })],
);

/** Council questions (raadsvragen); read-only in this release. */
export const councilQuestions = pgTable('council_questions', {
  id: uuid('id').primaryKey().defaultRandom(),
  number: integer('number').notNull(),
  faction: text('faction').notNull(),
  subject: text('subject').notNull(),
  theme: text('theme').notNull(),
  questions: jsonb('questions').$type<string[]>().notNull(),
  answer: text('answer').notNull(),
  ...timestamps,
}, (t) => [unique().on(t.subject, t.number)]);
