/**
 * Tussen Wal en Schip casework (issue 4). The most sensitive data Koers holds: a case has a
 * pseudonymous code and never a name, BSN, address or birth date. Case data is visible only to the
 * case team and the programme manager; every read and change is written to `processing_log`
 * (Logboek Dataverwerkingen); closed cases are erased after the retention period, leaving only
 * anonymous counts in `knelpunt_tallies`. See docs/privacy.md.
 */
import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import {
  BLOCKER_TYPES,
  CASE_AREAS,
  CASE_OUTCOMES,
  CASE_SOURCES,
  CASE_STATUSES,
  CHANGE_KINDS,
  CONFERENCE_KINDS,
  KNELPUNT_KINDS,
  LEARNING_CIRCLES,
  SCORE_MOMENTS,
  SIGNAL_STATUSES,
  SOLUTION_KINDS,
} from '../../../shared/cases';
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
    /** the kind of solution, for the budget per kind (null: not classified) */
    solutionKind: text('solution_kind', { enum: SOLUTION_KINDS }),
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
    // the case list: newest intake first (keyset of intake date and code)
    index('cases_intake_idx').on(t.intakeDate.desc(), t.code),
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
    /** the blocking text normalised (lower case, trimmed): how the learning view groups blockers */
    blockerKey: text('blocker_key')
      .notNull()
      .generatedAlwaysAs(sql`lower(btrim(blocker))`),
    blockerType: text('blocker_type', { enum: BLOCKER_TYPES }).notNull(),
    kind: text('kind', { enum: KNELPUNT_KINDS }).notNull(),
    explanation: text('explanation').notNull().default(''),
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [
    index('knelpunten_case_idx').on(t.caseId),
    index('knelpunten_kind_idx').on(t.kind, t.caseId),
    // the learning view: distinct (blocker, case) pairs and tracing a blocker to its cases, from the index alone
    index('knelpunten_blocker_key_idx').on(t.blockerKey, t.caseId),
  ],
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
  (t) => [
    primaryKey({ columns: [t.caseId, t.domainKey, t.moment] }),
    check('case_domain_scores_range', sql`${t.score} between 1 and 10`),
    // the dashboard: cases per life domain
    index('case_domain_scores_domain_idx').on(t.frameworkKey, t.domainKey, t.caseId),
  ],
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

// ---------- case conferences (casuïstiekoverleg, VLB overleg) ----------

/**
 * A case conference. It holds no personal data itself (organisations are free text, checked by
 * the detector); its agenda links cases, so a conference is case data: visible only to the
 * programme manager and to case workers on the team of at least one case on its agenda.
 */
export const caseConferences = pgTable(
  'case_conferences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** voorbeelddata (removed by npm run demo:remove) */
    isDemo: boolean('is_demo').notNull().default(false),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: CONFERENCE_KINDS }).notNull(),
    /** participating organisations (free text, never residents) */
    organisations: jsonb('organisations').$type<string[]>().notNull().default([]),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('case_conferences_date_idx').on(t.date)],
);

/** A case on the agenda of a conference, and whether its case responsibility was confirmed there. */
export const caseConferenceCases = pgTable(
  'case_conference_cases',
  {
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => caseConferences.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    responsibilityConfirmed: boolean('responsibility_confirmed').notNull().default(false),
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.conferenceId, t.caseId] }), index('case_conference_cases_case_idx').on(t.caseId)],
);

/** An action agreed at a conference; optionally about one agenda case (then it is visible only with that case). */
export const caseConferenceActions = pgTable(
  'case_conference_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conferenceId: uuid('conference_id')
      .notNull()
      .references(() => caseConferences.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    /** a function and/or organisation, never a resident */
    owner: text('owner').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    done: boolean('done').notNull().default(false),
    doneAt: ts('done_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('case_conference_actions_conference_idx').on(t.conferenceId), index('case_conference_actions_case_idx').on(t.caseId)],
);

// ---------- system signals (systeemsignalen) ----------

/**
 * A system signal: similar knelpunten clustered (suggested by text similarity, confirmed by a
 * person), with an owner in the line organisation, a learning circle, and the path to a structural
 * change. The signal itself holds no case data; its links to knelpunten are case data via the case.
 */
export const systemSignals = pgTable(
  'system_signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** voorbeelddata (removed by npm run demo:remove) */
    isDemo: boolean('is_demo').notNull().default(false),
    title: text('title').notNull(),
    owner: text('owner').notNull(),
    learningCircle: text('learning_circle', { enum: LEARNING_CIRCLES }).notNull(),
    changeKind: text('change_kind', { enum: CHANGE_KINDS }),
    status: text('status', { enum: SIGNAL_STATUSES }).notNull().default('gesignaleerd'),
    statusReason: text('status_reason').notNull().default(''),
    statusChangedAt: ts('status_changed_at').notNull().defaultNow(),
    /** knelpunten that belonged to this signal and were erased with their case (retention): an anonymous count */
    erasedKnelpunten: integer('erased_knelpunten').notNull().default(0),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('system_signals_status_idx').on(t.status), check('system_signals_reason', sql`${t.status} <> 'niet_opgelost' or length(${t.statusReason}) > 0`)],
);

/** A knelpunt belongs to at most one signal. */
export const systemSignalKnelpunten = pgTable(
  'system_signal_knelpunten',
  {
    signalId: uuid('signal_id')
      .notNull()
      .references(() => systemSignals.id, { onDelete: 'cascade' }),
    knelpuntId: uuid('knelpunt_id')
      .primaryKey()
      .references(() => knelpunten.id, { onDelete: 'cascade' }),
  },
  (t) => [index('system_signal_knelpunten_signal_idx').on(t.signalId)],
);

/** Every status change of a signal, timestamped (the signal holds no case data, so this is kept). */
export const systemSignalStatusChanges = pgTable(
  'system_signal_status_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    signalId: uuid('signal_id')
      .notNull()
      .references(() => systemSignals.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status', { enum: SIGNAL_STATUSES }),
    toStatus: text('to_status', { enum: SIGNAL_STATUSES }).notNull(),
    reason: text('reason').notNull().default(''),
    at: ts('at').notNull().defaultNow(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** display name at the time */
    byLabel: text('by_label').notNull(),
  },
  (t) => [index('system_signal_status_changes_signal_idx').on(t.signalId, t.id)],
);

// ---------- the Tussen Wal en Schip budget ----------

/** The annual Tussen Wal en Schip budget, set by the programme manager (no case data). */
export const twsBudgets = pgTable(
  'tws_budgets',
  {
    year: smallint('year').primaryKey(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [check('tws_budgets_amount', sql`${t.amountCents} >= 0`), check('tws_budgets_year', sql`${t.year} between 2000 and 2100`)],
);

// ---------- change stamp for kept aggregates ----------

/**
 * One row whose version goes up (by statement-level triggers, migration case_work_version) with
 * every insert, update or delete of cases, knelpunten, life-domain scores, anonymous tallies, system
 * signals and their knelpunten. Aggregates over all cases are kept in memory under this version
 * (domains/cases/aggregates.ts, keptAggregate) and recomputed when it changed. No case data.
 */
export const caseworkVersion = pgTable(
  'casework_version',
  {
    id: smallint('id').primaryKey().default(1),
    version: bigint('version', { mode: 'number' }).notNull().default(0),
  },
  (t) => [check('casework_version_one_row', sql`${t.id} = 1`)],
);
