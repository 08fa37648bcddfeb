/**
 * Results that take their progress from an indicator (docs/decisions/0007): the indicator and
 * area, the baseline (the indicator's value in the baseline period), the target, the latest value
 * and the progress (latest − baseline) ÷ (target − baseline). Read on every request, so a new
 * import moves the progress without anyone touching the result.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { IndicatorLink } from '../../../shared/steering';
import type { DbOrTx } from '../../db/client';
import { areas, indicatorValues, indicators, results } from '../../db/schema';
import { AppError } from '../../errors';

export interface LinkColumns {
  id: string;
  indicatorId: string | null;
  indicatorAreaId: string | null;
  indicatorBaselinePeriod: string | null;
  indicatorTarget: string | null;
}

/** numeric comes back as text; drop trailing zeros of the fraction ("12.50" → "12.5") */
export function normaliseDecimal(v: string): string {
  return v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v;
}

/** (latest − baseline) ÷ (target − baseline), rounded to 3 decimals; null when it cannot be computed. */
export function progressOf(baseline: string | null, target: string, latest: string | null): number | null {
  if (baseline === null || latest === null) return null;
  const b = Number(baseline);
  const span = Number(target) - b;
  if (span === 0) return null;
  return Math.round(((Number(latest) - b) / span) * 1000) / 1000;
}

/** The indicator link of each row that has one, keyed by row id. */
export async function indicatorLinks(db: DbOrTx, rows: LinkColumns[]): Promise<Map<string, IndicatorLink>> {
  const linked = rows.filter((r) => r.indicatorId && r.indicatorAreaId && r.indicatorBaselinePeriod && r.indicatorTarget !== null);
  const out = new Map<string, IndicatorLink>();
  if (!linked.length) return out;
  const indicatorIds = [...new Set(linked.map((r) => r.indicatorId!))];
  const areaIds = [...new Set(linked.map((r) => r.indicatorAreaId!))];
  const [inds, ars, values] = await Promise.all([
    db
      .select({ id: indicators.id, key: indicators.key, name: indicators.name, unit: indicators.unit, direction: indicators.direction })
      .from(indicators)
      .where(inArray(indicators.id, indicatorIds)),
    db.select({ id: areas.id, code: areas.code, name: areas.name }).from(areas).where(inArray(areas.id, areaIds)),
    db
      .select({ indicatorId: indicatorValues.indicatorId, areaId: indicatorValues.areaId, period: indicatorValues.period, value: indicatorValues.value })
      .from(indicatorValues)
      // the linked (indicator, area) pairs through the (indicator, area, period) index; one array parameter, not a long IN list
      .where(
        sql`(${indicatorValues.indicatorId}, ${indicatorValues.areaId}) in (select ${results.indicatorId}, ${results.indicatorAreaId} from ${results} where ${results.id} = any(${sql.param(
          linked.map((r) => r.id),
        )}::uuid[]))`,
      ),
  ]);
  const indById = new Map(inds.map((i) => [i.id, i]));
  const areaById = new Map(ars.map((a) => [a.id, a]));
  for (const r of linked) {
    const indicator = indById.get(r.indicatorId!);
    const area = areaById.get(r.indicatorAreaId!);
    if (!indicator || !area) continue;
    const series = values.filter((v) => v.indicatorId === r.indicatorId && v.areaId === r.indicatorAreaId).sort((a, b) => a.period.localeCompare(b.period));
    const base = series.find((v) => v.period === r.indicatorBaselinePeriod);
    const last = series.at(-1);
    const baseline = base ? normaliseDecimal(base.value) : null;
    const latest = last ? { period: last.period, value: normaliseDecimal(last.value) } : null;
    const target = normaliseDecimal(r.indicatorTarget!);
    out.set(r.id, {
      indicator,
      area,
      baselinePeriod: r.indicatorBaselinePeriod!,
      baseline,
      target,
      latest,
      progress: progressOf(baseline, target, latest?.value ?? null),
    });
  }
  return out;
}

/** Checks a link's indicator and area exist; returns the area's id (null when there is no link). */
export async function resolveIndicatorLink(db: DbOrTx, input: { indicatorId: string | null; indicatorAreaCode: string | null }): Promise<string | null> {
  if (!input.indicatorId || !input.indicatorAreaCode) return null;
  const [ind] = await db.select({ id: indicators.id }).from(indicators).where(eq(indicators.id, input.indicatorId));
  if (!ind) throw new AppError('validation', 'De gekozen indicator bestaat niet.', [{ name: 'indicatorId', reason: 'De gekozen indicator bestaat niet.' }]);
  const [area] = await db.select({ id: areas.id }).from(areas).where(sql`${areas.code} = ${input.indicatorAreaCode}`);
  if (!area) throw new AppError('validation', `Het gebied ${input.indicatorAreaCode} is niet bekend in Koers.`, [{ name: 'indicatorAreaCode', reason: `Het gebied ${input.indicatorAreaCode} is niet bekend in Koers.` }]);
  return area.id;
}
