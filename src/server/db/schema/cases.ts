/**
 * Tussen Wal en Schip casework (issue 4). The most sensitive data Koers holds: a case has a
 * pseudonymous code and never a name, BSN, address or birth date. Case data is visible only to the
 * case team and the programme manager; every read and change is written to `processing_log`
 * (Logboek Dataverwerkingen); closed cases are erased after the retention period, leaving only
 * anonymous counts in `knelpunt_tallies`. See docs/privacy.md.
 */
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { BLOCKER_TYPES, CASE_AREAS, CASE_OUTCOMES, CASE_SOURCES, CASE_STATUSES, KNELPUNT_KINDS, SCORE_MOMENTS } from '../../../shared/cases';
import { users } from './auth';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** A life-domain framework (default: Zelfredzaamheid-Matrix 2017), configurable as data. */
export const lifeDomainFrameworks = pgTable('life_domain_frameworks', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  scaleMin: smallint('scale_min').notNull(),
  scaleMax: smallint('scale_max').notNull(),
  /** label per scale point, from scaleMin up */
  scaleLabels: jsonb('scale_labels').$type<string[]>().notNull(),
  source: text('source').notNull().default(''),
  active: boolean('active').notNull().default(true),
});

export const lifeDomains = pgTable(
  'life_domains',
  {
    frameworkKey: text('framework_key')
      .notNull()
      .references(() => lifeDomainFrameworks.key, { onDelete: 'restrict' }),
    key: text('key').notNull(),
    name: text('name').notNull(),
    sortOrder: smallint('sort_order').notNull(),
  },
  (t) => [primaryKey({ columns: [t.frameworkKey, t.key] })],
);

/** Per-year counter for the pseudonymous case codes (TWS-2026-0042). */
export const caseCodeCounters = pgTable('case_code_counters', {
  year: smallint('year').primaryKey(),
  last: integer('last').notNull(),
});

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** pseudonymous code, generated: TWS-<year>-<number> */
    code: text('code').notNull().unique(),
    isDemo: boolean('is_demo').notNull().default(false),
    intakeDate: date('intake_date', { mode: 'string' }).notNull(),
    source: text('source', { enum: CASE_SOURCES }).notNull(),
    area: text('area', { enum: CASE_AREAS }).notNull(),
    frameworkKey: text('framework_key')
      .notNull()
      .references(() => lifeDomainFrameworks.key, { onDelete: 'restrict' }),
    summary: text('summary').notNull(),
    solution: text('solution').notNull().default(''),
    decidedBy: text('decided_by').notNull().default(''),
    decidedOn: date('decided_on', { mode: 'string' }),
    costCents: bigint('cost_cents', { mode: 'number' }).notNull().default(0),
    financeableOtherwise: boolean('financeable_otherwise'),
    alternativeFinancing: text('alternative_financing').notNull().default(''),
    caseResponsible: text('case_responsible').notNull().default(''),
    outcome: text('outcome', { enum: CASE_OUTCOMES }),
    followUpDate: date('follow_up_date', { mode: 'string' }),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('aangemeld'),
    // when each step of the workflow was reached (null: not (yet) reached)
    aangemeldAt: ts('aangemeld_at').notNull().defaultNow(),
    inBehandelingAt: ts('in_behandeling_at'),
    beslotenAt: ts('besloten_at'),
    uitgevoerdAt: ts('uitgevoerd_at'),
    nazorgAt: ts('nazorg_at'),
    afgeslotenAt: ts('afgesloten_at'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('cases_status_idx').on(t.status),
    index('cases_closed_idx').on(t.afgeslotenAt),
    check('cases_cost', sql`${t.costCents} >= 0`),
    check('cases_closed_has_time', sql`${t.status} <> 'afgesloten' or ${t.afgeslotenAt} is not null`),
  ],
);

/** The case team: who may see the case (besides the programme manager). */
export const caseTeam = pgTable(
  'case_team',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId] }), index('case_team_user_idx').on(t.userId)],
);

/** A blocked regular route of a case. */
export const knelpunten = pgTable(
  'knelpunten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    route: text('route').notNull(),
    blocker: text('blocker').notNull(),
    blockerType: text('blocker_type', { enum: BLOCKER_TYPES }).notNull(),
    kind: text('kind', { enum: KNELPUNT_KINDS }).notNull(),
    explanation: text('explanation').notNull().default(''),
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [index('knelpunten_case_idx').on(t.caseId), index('knelpunten_kind_idx').on(t.kind)],
);

/** Life-domain scores of a case, at intake and at follow-up. */
export const caseDomainScores = pgTable(
  'case_domain_scores',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    frameworkKey: text('framework_key').notNull(),
    domainKey: text('domain_key').notNull(),
    moment: text('moment', { enum: SCORE_MOMENTS }).notNull(),
    score: smallint('score').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.domainKey, t.moment] }), check('case_domain_scores_range', sql`${t.score} between 1 and 10`)],
);

/**
 * Anonymous counts of knelpunten of erased cases: no case, no text about the resident; only the
 * year the case was registered, the kind, the kind of blocker and the blocking rule/organisation.
 */
export const knelpuntTallies = pgTable(
  'knelpunt_tallies',
  {
    year: smallint('year').notNull(),
    kind: text('kind', { enum: KNELPUNT_KINDS }).notNull(),
    blockerType: text('blocker_type', { enum: BLOCKER_TYPES }).notNull(),
    blocker: text('blocker').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.kind, t.blockerType, t.blocker] })],
);

/**
 * The data-processing log after the Logboek Dataverwerkingen standard: one row per processing
 * operation on case data. Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and not
 * linked by a foreign key, so it outlives the erasure of the case it describes.
 */
export const processingLog = pgTable(
  'processing_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** 16 bytes, hex: one request (W3C trace context) */
    traceId: text('trace_id').notNull(),
    /** 8 bytes, hex: this operation ("span id") */
    operationId: text('operation_id').notNull(),
    parentOperationId: text('parent_operation_id'),
    /** the operation, e.g. 'tws.raadplegen' */
    name: text('name').notNull(),
    /** the processing activity (key of PROCESSING_ACTIVITIES) */
    activity: text('activity').notNull(),
    statusCode: smallint('status_code').notNull().default(1),
    startTime: ts('start_time').notNull(),
    endTime: ts('end_time').notNull(),
    /** the data subject: the pseudonymous case code */
    dataSubject: text('data_subject').notNull(),
    caseId: uuid('case_id'),
    userId: uuid('user_id'),
    userRole: text('user_role'),
    purpose: text('purpose').notNull(),
    legalBasis: text('legal_basis').notNull(),
    /** what was processed: field names, never values */
    details: jsonb('details'),
  },
  (t) => [index('processing_log_subject_idx').on(t.dataSubject, t.id), index('processing_log_start_idx').on(t.startTime)],
);
