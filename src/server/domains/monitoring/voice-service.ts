/**
 * Resident voice (issue 5, docs/decisions/0007): conversation rounds with the residents reached
 * per area and age band, stories and quotes coded with themes, recoding of theme codes, and the
 * representativeness of a round against the population figures (indicator values).
 * Every write is one transaction with its change-log rows.
 */
import { stringify } from 'csv-stringify/sync';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { AREA_LEVELS, THEME_LABELS, THEMES } from '../../../shared/monitoring';
import {
  AGE_BAND_INDICATORS,
  AGE_BAND_LABELS,
  AGE_BANDS,
  type AgeBand,
  HOUSEHOLD_TYPE_LABELS,
  type Representativeness,
  type RoundDetail,
  type RoundSummary,
  STORY_KIND_LABELS,
  type Story,
  type StoryCoding,
  type ThemeCode,
  UNDER_REACHED_THRESHOLD,
} from '../../../shared/voice';
import type { z } from 'zod';
import type { RecodeInput, RoundInput, StoryInput, ThemeCodeInput, ThemeCodePatch } from '../../../shared/voice';
import { type ChangeEntry, recordChanges } from '../../audit/change-log';
import type { Db, DbOrTx, Tx } from '../../db/client';
import { areas, changeLog, conversationRoundReach, conversationRounds, indicatorValues, indicators, stories, storyThemeLinks, storyThemes } from '../../db/schema';
import { AppError } from '../../errors';
import type { Actor } from '../../policies';
import { assertVersion, fieldChanges } from '../steering/common';

type AreaRef = { id: string; code: string; name: string };
const BRUNSSUM = 'GM0899';
const notFoundRound = () => new AppError('not_found', 'Deze gespreksronde bestaat niet (meer).');
const notFoundStory = () => new AppError('not_found', 'Dit verhaal of citaat bestaat niet (meer).');
const invalid = (name: string, reason: string) => new AppError('validation', reason, [{ name, reason }]);

// ---------- theme codes ----------

/** The standard theme codes are the monitoring themes; idempotent, so start.ts can run it on every start. */
export async function seedStoryThemes(db: DbOrTx): Promise<void> {
  await db
    .insert(storyThemes)
    .values(THEMES.map((t, i) => ({ key: t, label: THEME_LABELS[t].nl, theme: t, isStandard: true, sortOrder: i })))
    .onConflictDoNothing();
}

export function slugify(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

export async function listThemeCodes(db: DbOrTx): Promise<ThemeCode[]> {
  const rows = await db
    .select({
      id: storyThemes.id,
      key: storyThemes.key,
      label: storyThemes.label,
      description: storyThemes.description,
      theme: storyThemes.theme,
      isStandard: storyThemes.isStandard,
      stories: sql<number>`(select count(*)::int from ${storyThemeLinks} where ${storyThemeLinks.themeId} = ${storyThemes.id})`,
    })
    .from(storyThemes)
    .orderBy(asc(storyThemes.sortOrder), asc(storyThemes.label));
  return rows;
}

async function themeCode(db: DbOrTx, id: string) {
  const [row] = await db.select().from(storyThemes).where(eq(storyThemes.id, id));
  if (!row) throw new AppError('not_found', 'Dit thema bestaat niet (meer).');
  return row;
}

export async function createThemeCode(db: Db, actor: Actor, input: z.infer<typeof ThemeCodeInput>): Promise<ThemeCode> {
  const key = slugify(input.label);
  if (key.length < 2) throw invalid('label', 'Gebruik minstens twee letters of cijfers in de naam van het thema.');
  return db.transaction(async (tx) => {
    const [clash] = await tx.select({ id: storyThemes.id }).from(storyThemes).where(sql`${storyThemes.key} = ${key} or lower(${storyThemes.label}) = lower(${input.label})`);
    if (clash) throw invalid('label', `Er is al een thema "${input.label}". Gebruik dat thema of kies een andere naam.`);
    const [row] = await tx.insert(storyThemes).values({ key, label: input.label, description: input.description, theme: input.theme }).returning();
    await recordChanges(tx, actor, [{ entityType: 'story_theme', entityId: row!.id, entityLabel: row!.label, action: 'create', after: { label: row!.label, theme: row!.theme } }]);
    return { ...pickCode(row!), stories: 0 };
  });
}

function pickCode(r: typeof storyThemes.$inferSelect) {
  return { id: r.id, key: r.key, label: r.label, description: r.description, theme: r.theme, isStandard: r.isStandard };
}

export async function updateThemeCode(db: Db, actor: Actor, id: string, patch: z.infer<typeof ThemeCodePatch>): Promise<ThemeCode> {
  return db.transaction(async (tx) => {
    const current = await themeCode(tx, id);
    if (current.isStandard && patch.theme !== undefined && patch.theme !== current.theme) {
      throw invalid('theme', 'Een standaardthema hoort altijd bij zijn eigen monitoringthema.');
    }
    const next = { label: patch.label ?? current.label, description: patch.description ?? current.description, theme: patch.theme === undefined ? current.theme : patch.theme };
    if (next.label.toLowerCase() !== current.label.toLowerCase()) {
      const [clash] = await tx.select({ id: storyThemes.id }).from(storyThemes).where(sql`lower(${storyThemes.label}) = lower(${next.label}) and ${storyThemes.id} <> ${id}`);
      if (clash) throw invalid('label', `Er is al een thema "${next.label}".`);
    }
    const changes = fieldChanges({ entityType: 'story_theme', entityId: id, entityLabel: current.label }, current, next);
    if (changes.length) {
      await tx.update(storyThemes).set(next).where(eq(storyThemes.id, id));
      await recordChanges(tx, actor, changes);
    }
    return (await listThemeCodes(tx)).find((c) => c.id === id)!;
  });
}

/**
 * Recode a theme: every story coded with `id` is coded with `into` instead; the code itself is
 * removed (a standard code stays, without stories). Each story's change is in the change log with
 * the reason, so the coding history of a story shows it.
 */
export async function recodeTheme(db: Db, actor: Actor, id: string, input: z.infer<typeof RecodeInput>) {
  if (input.into === id) throw invalid('into', 'Kies een ander thema om naar te hercoderen.');
  return db.transaction(async (tx) => {
    const from = await themeCode(tx, id);
    const [into] = await tx.select().from(storyThemes).where(eq(storyThemes.id, input.into));
    if (!into) throw invalid('into', 'Het gekozen thema bestaat niet.');
    const storyIds = (await tx.select({ storyId: storyThemeLinks.storyId }).from(storyThemeLinks).where(eq(storyThemeLinks.themeId, id))).map((r) => r.storyId);
    const before = await themeLabelsOf(tx, storyIds);
    if (storyIds.length) {
      await tx.delete(storyThemeLinks).where(eq(storyThemeLinks.themeId, id));
      await tx
        .insert(storyThemeLinks)
        .values(storyIds.map((storyId) => ({ storyId, themeId: into.id })))
        .onConflictDoNothing();
      await tx
        .update(stories)
        .set({ version: sql`${stories.version} + 1`, updatedAt: new Date() })
        .where(inArray(stories.id, storyIds));
    }
    const after = await themeLabelsOf(tx, storyIds);
    const entries: ChangeEntry[] = storyIds.map((storyId) => ({
      entityType: 'story',
      entityId: storyId,
      entityLabel: 'Verhaal of citaat',
      action: 'update',
      field: 'themes',
      before: { themes: before.get(storyId) ?? [] },
      after: { themes: after.get(storyId) ?? [], reason: input.reason || `Hercodering: ${from.label} → ${into.label}` },
    }));
    if (!from.isStandard) await tx.delete(storyThemes).where(eq(storyThemes.id, id));
    entries.push({
      entityType: 'story_theme',
      entityId: id,
      entityLabel: from.label,
      action: from.isStandard ? 'update' : 'delete',
      field: 'recode',
      before: { label: from.label, stories: storyIds.length },
      after: { into: into.label, reason: input.reason },
    });
    await recordChanges(tx, actor, entries);
    return { from: from.label, into: into.label, stories: storyIds.length };
  });
}

async function themeLabelsOf(db: DbOrTx, storyIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!storyIds.length) return out;
  const rows = await db
    .select({ storyId: storyThemeLinks.storyId, label: storyThemes.label })
    .from(storyThemeLinks)
    .innerJoin(storyThemes, eq(storyThemes.id, storyThemeLinks.themeId))
    .where(inArray(storyThemeLinks.storyId, storyIds))
    .orderBy(asc(storyThemes.sortOrder), asc(storyThemes.label));
  for (const r of rows) out.set(r.storyId, [...(out.get(r.storyId) ?? []), r.label]);
  return out;
}

// ---------- areas ----------

/**
 * Areas a round or story may name: a programme area or a wijk of Brunssum (never a buurt, a
 * street or a reference area elsewhere). Returns code → area; refuses unknown and too fine areas.
 */
export async function voiceAreas(db: DbOrTx, codes: string[], field: (code: string) => string): Promise<Map<string, AreaRef>> {
  const unique = [...new Set(codes)];
  const out = new Map<string, AreaRef>();
  if (!unique.length) return out;
  const parent = alias(areas, 'parent');
  const rows = await db
    .select({ id: areas.id, code: areas.code, name: areas.name, level: areas.level, parentCode: parent.code })
    .from(areas)
    .leftJoin(parent, eq(parent.id, areas.parentId))
    .where(inArray(areas.code, unique));
  const problems: { name: string; reason: string }[] = [];
  for (const code of unique) {
    const a = rows.find((r) => r.code === code);
    if (!a) problems.push({ name: field(code), reason: `Het gebied ${code} is niet bekend in Koers.` });
    else if (!(a.level === 'programmagebied' || a.level === 'wijk') || a.parentCode !== BRUNSSUM) {
      problems.push({ name: field(code), reason: `Kies een programmagebied of een wijk van Brunssum; ${a.name} kan niet (nooit een buurt, straat of gebied buiten Brunssum).` });
    } else out.set(code, { id: a.id, code: a.code, name: a.name });
  }
  if (problems.length) throw new AppError('validation', problems[0]!.reason, problems);
  return out;
}

/** Areas a round or story may name, for the forms. */
export async function voiceAreaChoices(db: DbOrTx): Promise<AreaRef[]> {
  const parent = alias(areas, 'parent');
  const rows = await db
    .select({ id: areas.id, code: areas.code, name: areas.name, level: areas.level })
    .from(areas)
    .innerJoin(parent, eq(parent.id, areas.parentId))
    .where(and(inArray(areas.level, ['programmagebied', 'wijk']), eq(parent.code, BRUNSSUM)))
    .orderBy(asc(areas.sortOrder), asc(areas.code));
  return rows.sort((a, b) => AREA_LEVELS.indexOf(b.level) - AREA_LEVELS.indexOf(a.level)).map(({ id, code, name }) => ({ id, code, name }));
}

// ---------- conversation rounds ----------

type RoundIn = z.infer<typeof RoundInput>;
type RoundRow = typeof conversationRounds.$inferSelect;

async function reachOf(db: DbOrTx, roundIds: string[]) {
  if (!roundIds.length) return [];
  return db
    .select({ roundId: conversationRoundReach.roundId, ageBand: conversationRoundReach.ageBand, reached: conversationRoundReach.reached, id: areas.id, code: areas.code, name: areas.name, sortOrder: areas.sortOrder })
    .from(conversationRoundReach)
    .innerJoin(areas, eq(areas.id, conversationRoundReach.areaId))
    .where(inArray(conversationRoundReach.roundId, roundIds))
    .orderBy(asc(areas.sortOrder), asc(areas.code));
}

function reachByArea(rows: Awaited<ReturnType<typeof reachOf>>) {
  const byArea = new Map<string, RoundDetail['reach'][number]>();
  for (const r of rows) {
    let e = byArea.get(r.id);
    if (!e) {
      e = { area: { id: r.id, code: r.code, name: r.name }, byAgeBand: { '15_24': 0, '25_44': 0, '45_64': 0, '65_oo': 0 }, unknownAge: 0, total: 0 };
      byArea.set(r.id, e);
    }
    if (r.ageBand === 'onbekend') e.unknownAge += r.reached;
    else e.byAgeBand[r.ageBand] += r.reached;
    e.total += r.reached;
  }
  return [...byArea.values()];
}

async function storyCounts(db: DbOrTx, roundIds: string[]): Promise<Map<string, number>> {
  if (!roundIds.length) return new Map();
  const rows = await db
    .select({ roundId: stories.roundId, n: sql<number>`count(*)::int` })
    .from(stories)
    .where(inArray(stories.roundId, roundIds))
    .groupBy(stories.roundId);
  return new Map(rows.map((r) => [r.roundId!, r.n]));
}

function summary(r: RoundRow, reach: RoundDetail['reach'], storiesN: number): RoundSummary {
  return {
    id: r.id,
    title: r.title,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    method: r.method,
    conductedBy: r.conductedBy,
    areas: reach.map((x) => x.area),
    reached: reach.reduce((s, x) => s + x.total, 0),
    stories: storiesN,
    isDemo: r.isDemo,
  };
}

export async function listRounds(db: DbOrTx): Promise<RoundSummary[]> {
  const rows = await db.select().from(conversationRounds).orderBy(desc(conversationRounds.periodFrom), asc(conversationRounds.title));
  const ids = rows.map((r) => r.id);
  const [reach, counts] = await Promise.all([reachOf(db, ids), storyCounts(db, ids)]);
  return rows.map((r) =>
    summary(
      r,
      reachByArea(reach.filter((x) => x.roundId === r.id)),
      counts.get(r.id) ?? 0,
    ),
  );
}

export async function getRound(db: DbOrTx, id: string): Promise<RoundDetail> {
  const [r] = await db.select().from(conversationRounds).where(eq(conversationRounds.id, id));
  if (!r) throw notFoundRound();
  const reach = reachByArea(await reachOf(db, [id]));
  const counts = await storyCounts(db, [id]);
  return { ...summary(r, reach, counts.get(id) ?? 0), description: r.description, reach, version: r.version, updatedAt: r.updatedAt.toISOString() };
}

async function writeReach(tx: Tx, roundId: string, input: RoundIn) {
  const byCode = await voiceAreas(
    tx,
    input.reach.map((x) => x.areaCode),
    (code) => `reach.${input.reach.findIndex((x) => x.areaCode === code)}.areaCode`,
  );
  await tx.delete(conversationRoundReach).where(eq(conversationRoundReach.roundId, roundId));
  const rows = input.reach.flatMap((x) => [
    ...AGE_BANDS.map((band) => ({ roundId, areaId: byCode.get(x.areaCode)!.id, ageBand: band as AgeBand | 'onbekend', reached: x.byAgeBand[band] })),
    { roundId, areaId: byCode.get(x.areaCode)!.id, ageBand: 'onbekend' as const, reached: x.unknownAge },
  ]);
  await tx.insert(conversationRoundReach).values(rows);
}

/** the reach as it is written to the change log: "Brunssum Noord: 15–24 12, …" */
function reachLog(input: RoundIn) {
  return input.reach.map((x) => ({ area: x.areaCode, ...x.byAgeBand, onbekend: x.unknownAge }));
}

export async function createRound(db: Db, actor: Actor, input: RoundIn): Promise<RoundDetail> {
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(conversationRounds)
      .values({ title: input.title, periodFrom: input.periodFrom, periodTo: input.periodTo, method: input.method, conductedBy: input.conductedBy, description: input.description, createdBy: actor.id })
      .returning();
    await writeReach(tx, row!.id, input);
    await recordChanges(tx, actor, [
      {
        entityType: 'conversation_round',
        entityId: row!.id,
        entityLabel: row!.title,
        action: 'create',
        after: { title: input.title, periodFrom: input.periodFrom, periodTo: input.periodTo, method: input.method, conductedBy: input.conductedBy, reach: reachLog(input) },
      },
    ]);
    return row!.id;
  });
  return getRound(db, id);
}

export async function updateRound(db: Db, actor: Actor, id: string, patch: RoundIn & { version: number }): Promise<RoundDetail> {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(conversationRounds).where(eq(conversationRounds.id, id)).for('update');
    if (!current) throw notFoundRound();
    assertVersion(current.version, patch.version);
    const before = await getRound(tx, id);
    const values = { title: patch.title, periodFrom: patch.periodFrom, periodTo: patch.periodTo, method: patch.method, conductedBy: patch.conductedBy, description: patch.description };
    const base = { entityType: 'conversation_round', entityId: id, entityLabel: patch.title };
    const changes = fieldChanges(base, current, values);
    const beforeReach = before.reach.map((x) => ({ area: x.area.code, ...x.byAgeBand, onbekend: x.unknownAge }));
    const afterReach = reachLog(patch);
    if (JSON.stringify(beforeReach) !== JSON.stringify(afterReach)) {
      await writeReach(tx, id, patch);
      changes.push({ ...base, action: 'update', field: 'reach', before: beforeReach, after: afterReach });
    } else {
      // still check the areas (an area may have become invalid); writes nothing
      await voiceAreas(tx, patch.reach.map((x) => x.areaCode), (code) => `reach.${patch.reach.findIndex((x) => x.areaCode === code)}.areaCode`);
    }
    if (changes.length) {
      await tx
        .update(conversationRounds)
        .set({ ...values, version: current.version + 1, updatedAt: new Date() })
        .where(eq(conversationRounds.id, id));
      await recordChanges(tx, actor, changes);
    }
  });
  return getRound(db, id);
}

// ---------- representativeness ----------

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Population (15 years and older) per age band of each area: the latest period in which all four bands have a value. */
export async function populationByArea(db: DbOrTx, areaIds: string[]) {
  const keys = [...Object.values(AGE_BAND_INDICATORS), 'cbs_inwoners'];
  const rows = areaIds.length
    ? await db
        .select({ key: indicators.key, areaId: indicatorValues.areaId, period: indicatorValues.period, value: indicatorValues.value, isDemo: indicatorValues.isDemo })
        .from(indicatorValues)
        .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
        .where(and(inArray(indicators.key, keys), inArray(indicatorValues.areaId, areaIds)))
    : [];
  const out = new Map<string, { period: string; isDemo: boolean; byBand: Record<AgeBand, number>; total: number; inhabitants: number | null }>();
  for (const areaId of areaIds) {
    const mine = rows.filter((r) => r.areaId === areaId);
    const periods = [...new Set(mine.map((r) => r.period))].sort().reverse();
    for (const period of periods) {
      const at = mine.filter((r) => r.period === period);
      const values = AGE_BANDS.map((b) => at.find((r) => r.key === AGE_BAND_INDICATORS[b]));
      if (values.some((v) => !v)) continue;
      const byBand = Object.fromEntries(AGE_BANDS.map((b, i) => [b, Number(values[i]!.value)])) as Record<AgeBand, number>;
      const inh = at.find((r) => r.key === 'cbs_inwoners');
      out.set(areaId, {
        period,
        isDemo: values.some((v) => v!.isDemo),
        byBand,
        total: AGE_BANDS.reduce((s, b) => s + byBand[b], 0),
        inhabitants: inh ? Number(inh.value) : null,
      });
      break;
    }
  }
  return out;
}

function share(reached: number, reachedBase: number, population: number | null, populationBase: number) {
  const reachedShare = reachedBase > 0 ? reached / reachedBase : 0;
  if (population === null || populationBase <= 0) {
    return { reached, reachedShare: round4(reachedShare), population, populationShare: null, ratio: null, expected: null, underReached: false };
  }
  const populationShare = population / populationBase;
  return {
    reached,
    reachedShare: round4(reachedShare),
    population,
    populationShare: round4(populationShare),
    ratio: populationShare > 0 ? round2(reachedShare / populationShare) : null,
    expected: Math.round(populationShare * reachedBase * 10) / 10,
    underReached: populationShare > 0 && reachedBase > 0 && reachedShare < UNDER_REACHED_THRESHOLD * populationShare,
  };
}

/**
 * Residents reached per area and age band against their share of the population aged 15 and
 * older (indicator values cbs_leeftijd_15_24 … cbs_leeftijd_65_oo, latest complete period per
 * area). A group is under-reached when its reached share < 0.75 × its population share.
 * Areas without population figures are left out of the comparison and named.
 */
export async function representativeness(db: DbOrTx, id: string): Promise<Representativeness> {
  const round = await getRound(db, id);
  const pop = await populationByArea(
    db,
    round.reach.map((r) => r.area.id),
  );
  const withPop = round.reach.filter((r) => pop.has(r.area.id));
  const missingPopulation = round.reach.filter((r) => !pop.has(r.area.id)).map((r) => r.area);
  const totalReached = withPop.reduce((s, r) => s + r.total, 0);
  const totalKnownAge = withPop.reduce((s, r) => s + AGE_BANDS.reduce((t, b) => t + r.byAgeBand[b], 0), 0);
  const popTotal = withPop.reduce((s, r) => s + pop.get(r.area.id)!.total, 0);

  const areasOut = round.reach.map((r) => ({ area: r.area, ...share(r.total, totalReached, pop.get(r.area.id)?.total ?? null, popTotal) }));
  const ageBands = AGE_BANDS.map((b) => ({
    ageBand: b,
    ...share(
      withPop.reduce((s, r) => s + r.byAgeBand[b], 0),
      totalKnownAge,
      withPop.length ? withPop.reduce((s, r) => s + pop.get(r.area.id)!.byBand[b], 0) : null,
      popTotal,
    ),
  }));
  const cells = withPop.flatMap((r) => AGE_BANDS.map((b) => ({ area: r.area, ageBand: b, ...share(r.byAgeBand[b], totalKnownAge, pop.get(r.area.id)!.byBand[b], popTotal) })));

  const underReached = [
    ...areasOut.filter((a) => a.underReached).map((a) => ({ kind: 'area' as const, label: a.area.name, area: a.area, ageBand: null, ratio: a.ratio! })),
    ...ageBands.filter((a) => a.underReached).map((a) => ({ kind: 'ageBand' as const, label: AGE_BAND_LABELS[a.ageBand].nl, area: null, ageBand: a.ageBand, ratio: a.ratio! })),
    // a cell is named only when more than one area is compared (otherwise it repeats the age band)
    ...(withPop.length > 1
      ? cells
          .filter((c) => c.underReached)
          .map((c) => ({ kind: 'cell' as const, label: `${AGE_BAND_LABELS[c.ageBand].nl} in ${c.area.name}`, area: c.area, ageBand: c.ageBand, ratio: c.ratio! }))
      : []),
  ].sort((a, b) => a.ratio - b.ratio);

  return {
    round: { id: round.id, title: round.title },
    threshold: UNDER_REACHED_THRESHOLD,
    totalReached,
    totalKnownAge,
    populationPeriods: round.reach.map((r) => ({ area: r.area, period: pop.get(r.area.id)?.period ?? null, isDemo: pop.get(r.area.id)?.isDemo ?? false })),
    areas: areasOut,
    ageBands,
    cells,
    underReached,
    missingPopulation,
  };
}

// ---------- stories ----------

type StoryIn = z.infer<typeof StoryInput>;

export async function presentStories(db: DbOrTx, rows: (typeof stories.$inferSelect)[]): Promise<Story[]> {
  const ids = rows.map((r) => r.id);
  const roundIds = [...new Set(rows.map((r) => r.roundId).filter((x): x is string => !!x))];
  const areaIds = [...new Set(rows.map((r) => r.areaId).filter((x): x is string => !!x))];
  const [links, rounds, ars] = await Promise.all([
    ids.length
      ? db
          .select({ storyId: storyThemeLinks.storyId, id: storyThemes.id, key: storyThemes.key, label: storyThemes.label, theme: storyThemes.theme })
          .from(storyThemeLinks)
          .innerJoin(storyThemes, eq(storyThemes.id, storyThemeLinks.themeId))
          .where(inArray(storyThemeLinks.storyId, ids))
          .orderBy(asc(storyThemes.sortOrder), asc(storyThemes.label))
      : [],
    roundIds.length ? db.select({ id: conversationRounds.id, title: conversationRounds.title }).from(conversationRounds).where(inArray(conversationRounds.id, roundIds)) : [],
    areaIds.length ? db.select({ id: areas.id, code: areas.code, name: areas.name }).from(areas).where(inArray(areas.id, areaIds)) : [],
  ]);
  const roundById = new Map(rounds.map((r) => [r.id, r]));
  const areaById = new Map(ars.map((a) => [a.id, a]));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    round: r.roundId ? (roundById.get(r.roundId) ?? null) : null,
    area: r.areaId ? (areaById.get(r.areaId) ?? null) : null,
    ageBand: r.ageBand,
    householdType: r.householdType,
    consent: r.consent,
    themes: links.filter((l) => l.storyId === r.id).map(({ id, key, label, theme }) => ({ id, key, label, theme })),
    isDemo: r.isDemo,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** The theme codes a filter value names: the code with that key, or every code of that monitoring theme. */
async function themeIdsFor(db: DbOrTx, theme: string): Promise<string[]> {
  const rows = await db
    .select({ id: storyThemes.id })
    .from(storyThemes)
    .where(sql`${storyThemes.key} = ${theme} or ${storyThemes.theme} = ${(THEMES as readonly string[]).includes(theme) ? theme : null}`);
  return rows.map((r) => r.id);
}

export async function listStories(
  db: DbOrTx,
  q: { theme?: string; area?: string; round?: string; consent?: 'ja' | 'nee'; limit?: number; offset?: number },
): Promise<{ items: Story[]; total: number; nextOffset: number | null }> {
  const conditions = [];
  if (q.theme) {
    const ids = await themeIdsFor(db, q.theme);
    if (!ids.length) throw invalid('querystring.theme', `Het thema "${q.theme}" bestaat niet.`);
    conditions.push(sql`${stories.id} in (select ${storyThemeLinks.storyId} from ${storyThemeLinks} where ${inArray(storyThemeLinks.themeId, ids)})`);
  }
  if (q.area) {
    const [a] = await db.select({ id: areas.id }).from(areas).where(eq(areas.code, q.area));
    if (!a) throw invalid('querystring.area', `Het gebied ${q.area} is niet bekend in Koers.`);
    conditions.push(eq(stories.areaId, a.id));
  }
  if (q.round) conditions.push(eq(stories.roundId, q.round));
  if (q.consent) conditions.push(eq(stories.consent, q.consent === 'ja'));
  const limit = q.limit ?? 100;
  const offset = q.offset ?? 0;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(stories)
      .where(and(...conditions))
      .orderBy(desc(stories.createdAt), asc(stories.id))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(stories)
      .where(and(...conditions)),
  ]);
  const n = total?.n ?? 0;
  return { items: await presentStories(db, rows), total: n, nextOffset: offset + rows.length < n ? offset + rows.length : null };
}

async function loadStory(db: DbOrTx, id: string, lock = false) {
  const q = db.select().from(stories).where(eq(stories.id, id));
  const [row] = await (lock ? q.for('update') : q);
  if (!row) throw notFoundStory();
  return row;
}

export async function getStory(db: DbOrTx, id: string): Promise<Story> {
  return (await presentStories(db, [await loadStory(db, id)]))[0]!;
}

async function checkStory(tx: Tx, input: StoryIn) {
  const themeIds = [...new Set(input.themeIds)];
  const known = await tx.select({ id: storyThemes.id }).from(storyThemes).where(inArray(storyThemes.id, themeIds));
  if (known.length !== themeIds.length) throw invalid('themeIds', 'Een gekozen thema bestaat niet (meer).');
  if (input.roundId) {
    const [r] = await tx.select({ id: conversationRounds.id }).from(conversationRounds).where(eq(conversationRounds.id, input.roundId));
    if (!r) throw invalid('roundId', 'De gekozen gespreksronde bestaat niet (meer).');
  }
  const area = input.areaCode ? (await voiceAreas(tx, [input.areaCode], () => 'areaCode')).get(input.areaCode)! : null;
  return { themeIds, areaId: area?.id ?? null };
}

const storyLabel = (kind: StoryIn['kind']) => STORY_KIND_LABELS[kind].nl;
/**
 * A story's text is not copied into the change log (which is never erased): deleting a story
 * removes its text everywhere, also when a name slipped past the personal-data check.
 */
const TEXT_NOT_LOGGED = '(tekst niet in het logboek)';
const withoutText = <T extends { text: string }>(v: T) => ({ ...v, text: TEXT_NOT_LOGGED });

export async function createStory(db: Db, actor: Actor, input: StoryIn): Promise<Story> {
  const id = await db.transaction(async (tx) => {
    const { themeIds, areaId } = await checkStory(tx, input);
    const values = { kind: input.kind, text: input.text, roundId: input.roundId, areaId, ageBand: input.ageBand, householdType: input.householdType, consent: input.consent };
    const [row] = await tx
      .insert(stories)
      .values({ ...values, createdBy: actor.id })
      .returning({ id: stories.id });
    await tx.insert(storyThemeLinks).values(themeIds.map((themeId) => ({ storyId: row!.id, themeId })));
    const labels = (await themeLabelsOf(tx, [row!.id])).get(row!.id) ?? [];
    await recordChanges(tx, actor, [
      { entityType: 'story', entityId: row!.id, entityLabel: storyLabel(input.kind), action: 'create', after: withoutText({ ...values, areaCode: input.areaCode }) },
      { entityType: 'story', entityId: row!.id, entityLabel: storyLabel(input.kind), action: 'update', field: 'themes', before: { themes: [] }, after: { themes: labels, reason: 'Eerste codering' } },
    ]);
    return row!.id;
  });
  return getStory(db, id);
}

export async function updateStory(db: Db, actor: Actor, id: string, patch: StoryIn & { version: number }): Promise<Story> {
  await db.transaction(async (tx) => {
    const current = await loadStory(tx, id, true);
    assertVersion(current.version, patch.version);
    const { themeIds, areaId } = await checkStory(tx, patch);
    const values = { kind: patch.kind, text: patch.text, roundId: patch.roundId, areaId, ageBand: patch.ageBand, householdType: patch.householdType, consent: patch.consent };
    const base = { entityType: 'story', entityId: id, entityLabel: storyLabel(patch.kind) };
    const changes = fieldChanges(base, current, values).map((c) => (c.field === 'text' ? { ...c, before: TEXT_NOT_LOGGED, after: TEXT_NOT_LOGGED } : c));
    const before = (await themeLabelsOf(tx, [id])).get(id) ?? [];
    const currentIds = (await tx.select({ id: storyThemeLinks.themeId }).from(storyThemeLinks).where(eq(storyThemeLinks.storyId, id))).map((r) => r.id).sort();
    if (currentIds.join() !== [...themeIds].sort().join()) {
      await tx.delete(storyThemeLinks).where(eq(storyThemeLinks.storyId, id));
      await tx.insert(storyThemeLinks).values(themeIds.map((themeId) => ({ storyId: id, themeId })));
      const after = (await themeLabelsOf(tx, [id])).get(id) ?? [];
      changes.push({ ...base, action: 'update', field: 'themes', before: { themes: before }, after: { themes: after, reason: 'Codering aangepast' } });
    }
    if (changes.length) {
      await tx
        .update(stories)
        .set({ ...values, version: current.version + 1, updatedAt: new Date() })
        .where(eq(stories.id, id));
      await recordChanges(tx, actor, changes);
    }
  });
  return getStory(db, id);
}

export async function deleteStory(db: Db, actor: Actor, id: string, version: number | undefined): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await loadStory(tx, id, true);
    if (version !== undefined) assertVersion(current.version, version);
    await tx.delete(stories).where(eq(stories.id, id));
    // the text is not kept in the log: a deleted story is gone (it may have been deleted because of what it said)
    await recordChanges(tx, actor, [{ entityType: 'story', entityId: id, entityLabel: storyLabel(current.kind), action: 'delete', before: { kind: current.kind, consent: current.consent } }]);
  });
}

/** The coding history of a story (every change of its themes, with the reason), newest first. */
export async function storyCoding(db: DbOrTx, id: string): Promise<StoryCoding> {
  await loadStory(db, id);
  const rows = await db
    .select({ at: changeLog.at, by: changeLog.actorLabel, before: changeLog.before, after: changeLog.after })
    .from(changeLog)
    .where(and(eq(changeLog.entityType, 'story'), eq(changeLog.entityId, id), eq(changeLog.field, 'themes')))
    .orderBy(desc(changeLog.id));
  return {
    items: rows.map((r) => {
      const before = (r.before ?? {}) as { themes?: string[] };
      const after = (r.after ?? {}) as { themes?: string[]; reason?: string };
      return { at: r.at.toISOString(), by: r.by, before: before.themes ?? [], after: after.themes ?? [], reason: after.reason ?? '' };
    }),
  };
}

/**
 * Stories for publication as CSV: ONLY stories with consent for publication. A story without
 * consent never leaves the authenticated app (PRODUCT.md; docs/decisions/0007).
 */
export async function storiesCsv(db: DbOrTx): Promise<string> {
  const rows = await db.select().from(stories).where(eq(stories.consent, true)).orderBy(asc(stories.createdAt), asc(stories.id));
  const items = await presentStories(db, rows);
  const header = ['soort', 'tekst', 'themas', 'gebied', 'leeftijdsgroep', 'huishouden', 'gespreksronde', 'voorbeelddata'];
  const records = items.map((s) => [
    STORY_KIND_LABELS[s.kind].nl,
    s.text,
    s.themes.map((t) => t.label).join(', '),
    s.area?.name ?? '',
    s.ageBand ? AGE_BAND_LABELS[s.ageBand].nl : '',
    s.householdType ? HOUSEHOLD_TYPE_LABELS[s.householdType].nl : '',
    s.round?.title ?? '',
    s.isDemo ? 'ja' : 'nee',
  ]);
  return `\ufeff${stringify([header, ...records], { delimiter: ';', record_delimiter: '\r\n' })}`;
}

