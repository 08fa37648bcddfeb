import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AREA_LEVELS, type AreaGeometry, DIRECTIONS, IMPORT_FORMATS, IMPORT_STATUSES, THEMES, type ImportProblem } from '../../../shared/monitoring';
import { users } from './auth';

/**
 * Imports of indicator values (CBS Kerncijfers wijken en buurten, Koers CSV template). The parsed
 * rows wait in `pending` between preview and commit; a commit writes them in one transaction,
 * an undo removes exactly the values (and new areas) that carry this import's id.
 */
export const monitoringImports = pgTable('monitoring_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  filename: text('filename').notNull(),
  format: text('format', { enum: IMPORT_FORMATS }).notNull(),
  status: text('status', { enum: IMPORT_STATUSES }).notNull(),
  rowsTotal: integer('rows_total').notNull().default(0),
  rowsValid: integer('rows_valid').notNull().default(0),
  rowsInvalid: integer('rows_invalid').notNull().default(0),
  valuesCount: integer('values_count').notNull().default(0),
  problems: jsonb('problems').$type<ImportProblem[]>().notNull().default([]),
  /** progress while the file is read (status `processing`): bytes of the file read so far, of bytes_total */
  bytesTotal: integer('bytes_total').notNull().default(0),
  bytesRead: integer('bytes_read').notNull().default(0),
  /** the period and source given with the upload */
  period: text('period'),
  /** the validated rows and new areas, kept until commit */
  pending: jsonb('pending').$type<unknown>(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  committedAt: timestamp('committed_at', { withTimezone: true }),
  undoneAt: timestamp('undone_at', { withTimezone: true }),
});

/** Gebieden: gemeente, wijken and buurten by CBS code; programme and reference areas by Koers code (KS-…) or NL00. */
export const areas = pgTable(
  'areas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    level: text('level', { enum: AREA_LEVELS }).notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => areas.id, { onDelete: 'restrict' }),
    /** set when an import created this area; undoing the import removes it again */
    importId: uuid('import_id').references(() => monitoringImports.id, { onDelete: 'restrict' }),
    sortOrder: integer('sort_order').notNull().default(0),
    /** GeoJSON Polygon or MultiPolygon (WGS84 lon/lat), uploaded per area; null when there is none */
    geometry: jsonb('geometry').$type<AreaGeometry>(),
    geometryUpdatedAt: timestamp('geometry_updated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('areas_code_uq').on(t.code), index('areas_parent_idx').on(t.parentId)],
);

/** A programme area (Noord, Oost, rest van Brunssum) is a set of buurten. */
export const programmeAreaMembers = pgTable(
  'programme_area_members',
  {
    programmeAreaId: uuid('programme_area_id')
      .notNull()
      .references(() => areas.id, { onDelete: 'cascade' }),
    buurtId: uuid('buurt_id')
      .notNull()
      .references(() => areas.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.programmeAreaId, t.buurtId] }), index('programme_area_members_buurt_idx').on(t.buurtId)],
);

export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    definition: text('definition').notNull(),
    source: text('source').notNull(),
    unit: text('unit').notNull(),
    /** null for context figures that are no goal in themselves (inwoners, huishoudens) */
    direction: text('direction', { enum: DIRECTIONS }),
    theme: text('theme', { enum: THEMES }).notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('indicators_key_uq').on(t.key)],
);

export const indicatorValues = pgTable(
  'indicator_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id, { onDelete: 'restrict' }),
    /** yyyy or yyyy-mm */
    period: text('period').notNull(),
    /** exact decimal; read back as a string */
    value: numeric('value').notNull(),
    source: text('source').notNull(),
    retrievedOn: date('retrieved_on', { mode: 'string' }).notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    importId: uuid('import_id').references(() => monitoringImports.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('indicator_values_uq').on(t.indicatorId, t.areaId, t.period),
    index('indicator_values_area_idx').on(t.areaId),
    index('indicator_values_import_idx').on(t.importId),
    check('indicator_values_period_format', sql`${t.period} ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'`),
  ],
);
