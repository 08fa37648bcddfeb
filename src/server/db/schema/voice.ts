import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { THEMES } from '../../../shared/monitoring';
import { AGE_BANDS, HOUSEHOLD_TYPES, ROUND_METHODS, STORY_KINDS } from '../../../shared/voice';
import { users } from './auth';
import { areas } from './monitoring';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Gespreksrondes: a series of conversations with residents (the programme spoke with ~250 and repeats this). */
export const conversationRounds = pgTable(
  'conversation_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    method: text('method', { enum: ROUND_METHODS }).notNull(),
    conductedBy: text('conducted_by').notNull(),
    description: text('description').notNull().default(''),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [check('conversation_rounds_period', sql`${t.periodTo} >= ${t.periodFrom}`)],
);

/** Residents reached per area and age band in a round (the areas covered are the areas listed here). */
export const conversationRoundReach = pgTable(
  'conversation_round_reach',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => conversationRounds.id, { onDelete: 'cascade' }),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id, { onDelete: 'restrict' }),
    /** 'onbekend' counts residents whose age band is not known */
    ageBand: text('age_band', { enum: [...AGE_BANDS, 'onbekend'] }).notNull(),
    reached: integer('reached').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.areaId, t.ageBand] }), check('conversation_round_reach_nonnegative', sql`${t.reached} >= 0`)],
);

/** Theme codes for stories: the monitoring themes (standard) plus codes the programme adds. */
export const storyThemes = pgTable(
  'story_themes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    label: text('label').notNull(),
    description: text('description').notNull().default(''),
    /** the monitoring theme this code belongs to (for the theme pages) */
    theme: text('theme', { enum: THEMES }),
    isStandard: boolean('is_standard').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(100),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('story_themes_key_uq').on(t.key)],
);

/**
 * Verhalen en citaten of residents. Never a name or address (personal-data detector on the
 * text); area at wijk level at most; respondent characteristics coarse and optional; a story
 * without consent for publication never leaves the authenticated app.
 */
export const stories = pgTable(
  'stories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: STORY_KINDS }).notNull(),
    text: text('text').notNull(),
    roundId: uuid('round_id').references(() => conversationRounds.id, { onDelete: 'restrict' }),
    areaId: uuid('area_id').references(() => areas.id, { onDelete: 'restrict' }),
    ageBand: text('age_band', { enum: AGE_BANDS }),
    householdType: text('household_type', { enum: HOUSEHOLD_TYPES }),
    consent: boolean('consent').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('stories_round_idx').on(t.roundId), index('stories_area_idx').on(t.areaId), index('stories_created_idx').on(t.createdAt.desc(), t.id)],
);

export const storyThemeLinks = pgTable(
  'story_theme_links',
  {
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => storyThemes.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.themeId] }), index('story_theme_links_theme_idx').on(t.themeId)],
);
