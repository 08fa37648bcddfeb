import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, numeric, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import {
  DECISIONS,
  EVALUATION_STATUSES,
  FUNDING_STATUSES,
  MILESTONE_STATUSES,
  RESULT_STATUSES,
  RISK_STATUSES,
} from '../../../shared/steering';
import { efforts, goals } from './programme';
import { areas, indicators } from './monitoring';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Resultaten: what an effort must achieve, with a measurable or qualitative target. */
export const results = pgTable(
  'results',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    effortId: uuid('effort_id')
      .notNull()
      .references(() => efforts.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    /** what is measured, e.g. 'aardgasverbruik in de wijk' */
    measure: text('measure').notNull().default(''),
    baseline: text('baseline').notNull().default(''),
    /** quantitative target value (e.g. '-20%') or qualitative target text */
    target: text('target').notNull().default(''),
    targetKind: text('target_kind', { enum: ['quantitative', 'qualitative'] }).notNull().default('qualitative'),
    startDate: date('start_date', { mode: 'string' }),
    deadline: date('deadline', { mode: 'string' }),
    status: text('status', { enum: RESULT_STATUSES }).notNull().default('niet_gestart'),
    /** progress taken from an indicator (docs/decisions/0007): the indicator, its area, the baseline period and the target value */
    indicatorId: uuid('indicator_id').references(() => indicators.id, { onDelete: 'restrict' }),
    indicatorAreaId: uuid('indicator_area_id').references(() => areas.id, { onDelete: 'restrict' }),
    indicatorBaselinePeriod: text('indicator_baseline_period'),
    /** exact decimal */
    indicatorTarget: numeric('indicator_target'),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('results_effort_idx').on(t.effortId),
    index('results_indicator_idx').on(t.indicatorId),
    check('results_deadline_after_start', sql`${t.deadline} >= ${t.startDate}`),
    check(
      'results_indicator_link_complete',
      sql`(${t.indicatorId} is null and ${t.indicatorAreaId} is null and ${t.indicatorBaselinePeriod} is null and ${t.indicatorTarget} is null) or (${t.indicatorId} is not null and ${t.indicatorAreaId} is not null and ${t.indicatorBaselinePeriod} is not null and ${t.indicatorTarget} is not null)`,
    ),
  ],
);

export const resultGoals = pgTable(
  'result_goals',
  {
    resultId: uuid('result_id')
      .notNull()
      .references(() => results.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.resultId, t.goalId] })],
);

export const milestones = pgTable(
  'milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    effortId: uuid('effort_id')
      .notNull()
      .references(() => efforts.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    date: date('date', { mode: 'string' }).notNull(),
    status: text('status', { enum: MILESTONE_STATUSES }).notNull().default('gepland'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('milestones_effort_idx').on(t.effortId), index('milestones_date_idx').on(t.date)],
);

/** Evaluatiemomenten; recording one records the decision, which drives the effort's life cycle. */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    effortId: uuid('effort_id')
      .notNull()
      .references(() => efforts.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    plannedDate: date('planned_date', { mode: 'string' }).notNull(),
    criteria: text('criteria').notNull().default(''),
    status: text('status', { enum: EVALUATION_STATUSES }).notNull().default('gepland'),
    decision: text('decision', { enum: DECISIONS }),
    reasons: text('reasons').notNull().default(''),
    /** who took the decision (a person or body, e.g. 'Stuurgroep Noord en Oost') */
    decidedBy: text('decided_by'),
    decidedOn: date('decided_on', { mode: 'string' }),
    /** for 'overdragen': who in the line organisation takes the effort over */
    lineOwner: text('line_owner'),
    recordedByUserId: uuid('recorded_by_user_id'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('evaluations_effort_idx').on(t.effortId), index('evaluations_date_idx').on(t.plannedDate)],
);

export const risks = pgTable(
  'risks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    effortId: uuid('effort_id')
      .notNull()
      .references(() => efforts.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    /** 1–5; null while not yet assessed (seeded risks come from the forms without a score) */
    likelihood: smallint('likelihood'),
    impact: smallint('impact'),
    mitigation: text('mitigation').notNull().default(''),
    owner: text('owner').notNull().default(''),
    reviewDate: date('review_date', { mode: 'string' }),
    status: text('status', { enum: RISK_STATUSES }).notNull().default('open'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('risks_effort_idx').on(t.effortId),
    check('risks_likelihood_range', sql`${t.likelihood} between 1 and 5`),
    check('risks_impact_range', sql`${t.impact} between 1 and 5`),
  ],
);

/** Afhankelijkheden: an effort depends on another effort, or on an external factor. */
export const dependencies = pgTable(
  'dependencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    effortId: uuid('effort_id')
      .notNull()
      .references(() => efforts.id, { onDelete: 'cascade' }),
    dependsOnEffortId: uuid('depends_on_effort_id').references(() => efforts.id, { onDelete: 'cascade' }),
    externalFactor: text('external_factor'),
    description: text('description').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    index('dependencies_effort_idx').on(t.effortId),
    index('dependencies_on_idx').on(t.dependsOnEffortId),
    check('dependencies_target', sql`(${t.dependsOnEffortId} is not null) <> (${t.externalFactor} is not null)`),
  ],
);

export const fundingSources = pgTable('funding_sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').unique(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  startDate: date('start_date', { mode: 'string' }),
  endDate: date('end_date', { mode: 'string' }),
  status: text('status', { enum: FUNDING_STATUSES }).notNull(),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** Money in euro cents (bigint): exact, never floating point. */
export const budgetLines = pgTable(
  'budget_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    effortId: uuid('effort_id')
      .notNull()
      .references(() => efforts.id, { onDelete: 'cascade' }),
    fundingSourceId: uuid('funding_source_id').references(() => fundingSources.id, { onDelete: 'restrict' }),
    year: smallint('year').notNull(),
    description: text('description').notNull().default(''),
    plannedCents: bigint('planned_cents', { mode: 'number' }).notNull().default(0),
    committedCents: bigint('committed_cents', { mode: 'number' }).notNull().default(0),
    realisedCents: bigint('realised_cents', { mode: 'number' }).notNull().default(0),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('budget_lines_effort_idx').on(t.effortId),
    index('budget_lines_source_idx').on(t.fundingSourceId),
    check('budget_lines_amounts', sql`${t.plannedCents} >= 0 and ${t.committedCents} >= 0 and ${t.realisedCents} >= 0`),
    check('budget_lines_year', sql`${t.year} between 2000 and 2100`),
  ],
);
