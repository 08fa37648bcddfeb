/**
 * Loads the monitoring seed (seed/brunssum/monitoring.ts): areas and the standard indicator set.
 * Idempotent (existing codes and keys are left alone), so start.ts can run it on databases that
 * were seeded before monitoring existed. Demo values only through seedDemoMonitoring.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { areas, indicatorValues, indicators } from '../../db/schema';
import * as seed from '../../seed/brunssum/monitoring';
import { removeDemoVoice } from '../../seed/brunssum/voice';

export async function seedMonitoring(db: DbOrTx): Promise<void> {
  for (const [i, a] of seed.areas.entries()) {
    const parentId = a.parentCode ? (await db.select({ id: areas.id }).from(areas).where(eq(areas.code, a.parentCode)))[0]?.id : null;
    await db.insert(areas).values({ code: a.code, name: a.name, level: a.level, parentId: parentId ?? null, sortOrder: i }).onConflictDoNothing();
  }
  await db
    .insert(indicators)
    .values(seed.indicators.map((d, i) => ({ key: d.key, name: d.name, definition: d.definition, source: d.source, unit: d.unit, direction: d.direction, theme: d.theme, sortOrder: i })))
    .onConflictDoNothing();
}

export const DEMO_SOURCE = 'Voorbeelddata: geen echte cijfers';
export const DEMO_RETRIEVED_ON = '2026-01-01';

/** FNV-1a: a stable number in [0, 1) for a text, so demo values are the same on every machine. */
function unit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 2 ** 32;
}

/** Demo values for every seeded area and indicator; once (skipped when demo values exist). Returns how many were written. */
export async function seedDemoMonitoring(db: DbOrTx): Promise<number> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(indicatorValues).where(eq(indicatorValues.isDemo, true));
  if ((existing?.n ?? 0) > 0) return 0;
  const areaRows = await db.select({ id: areas.id, code: areas.code }).from(areas);
  const byCode = new Map(areaRows.map((a) => [a.code, a.id]));
  const rows: (typeof indicatorValues.$inferInsert)[] = [];
  for (const ind of seed.indicators) {
    const [row] = await db.select({ id: indicators.id }).from(indicators).where(and(eq(indicators.key, ind.key)));
    if (!row) continue;
    for (const area of seed.areas) {
      const areaId = byCode.get(area.code);
      if (!areaId) continue;
      // counts only for areas where a count of this size is plausible (not for Nederland or Parkstad)
      if (ind.unit === 'aantal' && area.level !== 'programmagebied') continue;
      for (const period of ind.demo.periods) {
        const { min, max, decimals } = ind.demo;
        const raw = min + (max - min) * unit(`${ind.key}|${area.code}|${period}`);
        rows.push({ indicatorId: row.id, areaId, period, value: raw.toFixed(decimals), source: DEMO_SOURCE, retrievedOn: DEMO_RETRIEVED_ON, isDemo: true });
      }
    }
  }
  if (rows.length) await db.insert(indicatorValues).values(rows).onConflictDoNothing();
  return rows.length;
}

/**
 * npm run demo:remove, monitoring part: every demo value (is_demo; imported and hand-entered values
 * stay) and the demo resident voice (rounds, stories, demo theme codes no story uses any more).
 */
export async function removeDemoMonitoring(db: Db): Promise<{ values: number; rounds: number; stories: number }> {
  const values = await db.delete(indicatorValues).where(eq(indicatorValues.isDemo, true)).returning({ id: indicatorValues.id });
  const voice = await removeDemoVoice(db);
  return { values: values.length, ...voice };
}
