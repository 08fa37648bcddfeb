/**
 * The theme page (issue 5, docs/decisions/0007): per theme and area, side by side, the theme's
 * indicators with their values for the area and its reference areas, the stories and quotes coded
 * with the theme, and the efforts and results that address it — through the programme goals the
 * theme belongs to (GOAL_THEMES) and through results that take their progress from an indicator
 * of the theme.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Theme } from '../../../shared/monitoring';
import { GOAL_THEMES, type ThemePage } from '../../../shared/voice';
import type { DbOrTx } from '../../db/client';
import { areas, effortGoals, efforts, goals, indicatorValues, indicators, resultGoals, results, stories, storyThemeLinks, storyThemes } from '../../db/schema';
import { AppError } from '../../errors';
import { indicatorLinks, normaliseDecimal } from '../steering/indicator-link';
import { presentStories } from './voice-service';

type AreaRef = { id: string; code: string; name: string };
const DEFAULT_AREA = 'KS-BRUNSSUM-NOORD';
const BRUNSSUM = 'GM0899';
const REST = 'KS-BRUNSSUM-REST';
const MAX_STORIES = 60;

type AreaRow = { id: string; code: string; name: string; level: string; parentId: string | null; sortOrder: number };
const areaColumns = { id: areas.id, code: areas.code, name: areas.name, level: areas.level, parentId: areas.parentId, sortOrder: areas.sortOrder };
const ref = (a: AreaRow): AreaRef => ({ id: a.id, code: a.code, name: a.name });

/**
 * The reference areas of an area: for a programme area the rest of Brunssum and Brunssum; for a
 * wijk or buurt its parents; then every reference area (Heerlen-Noord, Parkstad, Nederland).
 */
async function referenceAreas(db: DbOrTx, area: AreaRow): Promise<AreaRef[]> {
  const out: AreaRow[] = [];
  const byCode = async (code: string) => (await db.select(areaColumns).from(areas).where(eq(areas.code, code)))[0];
  if (area.level === 'programmagebied' && area.code !== REST) {
    const rest = await byCode(REST);
    if (rest) out.push(rest);
  }
  // parents up to the gemeente (a wijk's wijk-gemeente, a buurt's wijk and gemeente)
  let parentId = area.parentId;
  for (let i = 0; parentId && i < 4; i++) {
    const [p] = await db.select(areaColumns).from(areas).where(eq(areas.id, parentId));
    if (!p) break;
    out.push(p);
    parentId = p.parentId;
  }
  const refs = await db.select(areaColumns).from(areas).where(eq(areas.level, 'referentie')).orderBy(asc(areas.sortOrder), asc(areas.code));
  out.push(...refs.filter((r) => r.id !== area.id));
  const seen = new Set<string>();
  return out.filter((a) => a.id !== area.id && !seen.has(a.id) && seen.add(a.id)).map(ref);
}

/** Brunssum, its programme areas and its wijken: the areas a theme page can be shown for. */
async function areaChoices(db: DbOrTx): Promise<AreaRef[]> {
  // Brunssum itself, then its children through the parent index (no scan over the national area list)
  const [gemeente] = await db.select(areaColumns).from(areas).where(eq(areas.code, BRUNSSUM));
  if (!gemeente) return [];
  const children = await db
    .select(areaColumns)
    .from(areas)
    .where(and(eq(areas.parentId, gemeente.id), inArray(areas.level, ['programmagebied', 'wijk'])));
  const rows = [gemeente, ...children];
  const order = { gemeente: 0, programmagebied: 1, wijk: 2 } as Record<string, number>;
  return rows.sort((a, b) => (order[a.level] ?? 9) - (order[b.level] ?? 9) || a.sortOrder - b.sortOrder || a.code.localeCompare(b.code)).map(ref);
}

export async function themePage(db: DbOrTx, theme: Theme, areaCode?: string): Promise<ThemePage> {
  const code = areaCode || DEFAULT_AREA;
  const [area] = await db.select(areaColumns).from(areas).where(eq(areas.code, code));
  if (!area) throw new AppError('validation', `Het gebied ${code} is niet bekend in Koers.`, [{ name: 'querystring.area', reason: `Het gebied ${code} is niet bekend in Koers.` }]);
  const [refs, choices, inds] = await Promise.all([
    referenceAreas(db, area),
    areaChoices(db),
    db
      .select({
        id: indicators.id,
        key: indicators.key,
        name: indicators.name,
        definition: indicators.definition,
        source: indicators.source,
        unit: indicators.unit,
        direction: indicators.direction,
      })
      .from(indicators)
      .where(eq(indicators.theme, theme))
      .orderBy(asc(indicators.sortOrder), asc(indicators.key)),
  ]);
  const shown = [ref(area), ...refs];

  // values: one query on the unique (indicator, area, period) index
  const values = inds.length
    ? await db
        .select({ indicatorId: indicatorValues.indicatorId, areaId: indicatorValues.areaId, period: indicatorValues.period, value: indicatorValues.value, isDemo: indicatorValues.isDemo })
        .from(indicatorValues)
        .where(
          and(
            inArray(
              indicatorValues.indicatorId,
              inds.map((i) => i.id),
            ),
            inArray(
              indicatorValues.areaId,
              shown.map((a) => a.id),
            ),
          ),
        )
        .orderBy(asc(indicatorValues.period))
    : [];
  const indicatorsOut = inds.map((i) => ({
    ...i,
    series: shown
      .map((a) => ({
        area: a,
        values: values.filter((v) => v.indicatorId === i.id && v.areaId === a.id).map((v) => ({ period: v.period, value: normaliseDecimal(v.value), isDemo: v.isDemo })),
      }))
      .filter((s, idx) => idx === 0 || s.values.length > 0),
  }));

  // stories: coded with a code of this theme; narrowed to the area unless it is Brunssum as a whole
  const codeIds = (await db.select({ id: storyThemes.id }).from(storyThemes).where(eq(storyThemes.theme, theme))).map((r) => r.id);
  const ofTheme = codeIds.length ? sql`${stories.id} in (select ${storyThemeLinks.storyId} from ${storyThemeLinks} where ${inArray(storyThemeLinks.themeId, codeIds)})` : sql`false`;
  const narrow = area.code === BRUNSSUM ? undefined : eq(stories.areaId, area.id);
  const [storyRows, [total]] = await Promise.all([
    db
      .select()
      .from(stories)
      .where(and(ofTheme, narrow))
      .orderBy(desc(stories.createdAt), asc(stories.id))
      .limit(MAX_STORIES),
    // all of Brunssum: counted on the link table alone (every link belongs to a story)
    codeIds.length
      ? db
          .select({ n: sql<number>`count(distinct ${storyThemeLinks.storyId})::int` })
          .from(storyThemeLinks)
          .where(inArray(storyThemeLinks.themeId, codeIds))
      : [{ n: 0 }],
  ]);

  return {
    theme,
    area: ref(area),
    referenceAreas: refs,
    areaChoices: choices,
    indicators: indicatorsOut,
    stories: await presentStories(db, storyRows),
    storiesTotal: total?.n ?? 0,
    efforts: await effortsForTheme(
      db,
      theme,
      inds.map((i) => i.id),
    ),
  };
}

/** Efforts that address a theme: through their goals, their results' goals, or results measured by an indicator of the theme. */
async function effortsForTheme(db: DbOrTx, theme: Theme, indicatorIds: string[]): Promise<ThemePage['efforts']> {
  const goalKeys = Object.entries(GOAL_THEMES)
    .filter(([, themes]) => themes.includes(theme))
    .map(([k]) => k);
  const themeGoals = goalKeys.length ? await db.select({ id: goals.id, name: goals.name }).from(goals).where(inArray(goals.key, goalKeys)) : [];
  const goalIds = themeGoals.map((g) => g.id);
  const goalName = new Map(themeGoals.map((g) => [g.id, g.name]));

  const [effortLinks, resultLinks, measured] = await Promise.all([
    goalIds.length ? db.select({ effortId: effortGoals.effortId, goalId: effortGoals.goalId }).from(effortGoals).where(inArray(effortGoals.goalId, goalIds)) : [],
    goalIds.length ? db.select({ resultId: resultGoals.resultId, goalId: resultGoals.goalId }).from(resultGoals).where(inArray(resultGoals.goalId, goalIds)) : [],
    indicatorIds.length ? db.select({ id: results.id }).from(results).where(inArray(results.indicatorId, indicatorIds)) : [],
  ]);
  const resultIds = [...new Set([...resultLinks.map((r) => r.resultId), ...measured.map((r) => r.id)])];
  const resultRows = resultIds.length ? await db.select().from(results).where(inArray(results.id, resultIds)) : [];
  const effortIds = [...new Set([...effortLinks.map((l) => l.effortId), ...resultRows.map((r) => r.effortId)])];
  if (!effortIds.length) return [];
  const [effortRows, links] = await Promise.all([
    db.select({ id: efforts.id, code: efforts.code, name: efforts.name, sortOrder: efforts.sortOrder }).from(efforts).where(inArray(efforts.id, effortIds)),
    indicatorLinks(db, resultRows),
  ]);
  return effortRows
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((e) => {
      const viaGoals = new Set<string>();
      for (const l of effortLinks) if (l.effortId === e.id) viaGoals.add(goalName.get(l.goalId)!);
      const mine = resultRows.filter((r) => r.effortId === e.id).sort((a, b) => a.sortOrder - b.sortOrder);
      for (const r of mine) for (const l of resultLinks) if (l.resultId === r.id) viaGoals.add(goalName.get(l.goalId)!);
      return {
        effort: { id: e.id, code: e.code, name: e.name },
        viaGoals: [...viaGoals].sort(),
        results: mine.map((r) => ({ id: r.id, description: r.description, status: r.status, target: r.target, deadline: r.deadline, indicatorLink: links.get(r.id) ?? null })),
      };
    });
}
