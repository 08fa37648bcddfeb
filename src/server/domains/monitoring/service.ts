/**
 * Monitoring: reading areas, indicators and values; importing values (preview → commit → undo).
 * A preview writes only the import record (with the validated rows in `pending`), never values.
 * A commit writes everything in one transaction or nothing; an undo removes exactly the values
 * and new areas that carry the import's id. Both are written to the change log.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Area, ImportFormat, ImportProblem, ImportReport, Indicator, IndicatorValue } from '../../../shared/monitoring';
import { recordChanges } from '../../audit/change-log';
import type { Db, DbOrTx } from '../../db/client';
import { areas, indicatorValues, indicators, monitoringImports, programmeAreaMembers } from '../../db/schema';
import { AppError } from '../../errors';
import type { Actor } from '../../policies';
import { FileError, type ParsedArea, type ParsedValue, parseFile } from './parse';

const PREVIEW_ROWS = 20;
const CHUNK = 1000;
const LEVEL_ORDER = { gemeente: 0, wijk: 1, buurt: 2, programmagebied: 3, referentie: 4 } as const;

interface Pending {
  values: Omit<ParsedValue, 'row' | 'column'>[];
  newAreas: Omit<ParsedArea, 'row'>[];
  retrievedOn: string;
}

export async function listAreas(db: DbOrTx, level?: Area['level']): Promise<Area[]> {
  const rows = await db
    .select({ id: areas.id, code: areas.code, name: areas.name, level: areas.level, parentId: areas.parentId })
    .from(areas)
    .where(level ? eq(areas.level, level) : undefined)
    .orderBy(asc(areas.sortOrder), asc(areas.code));
  const members = await db
    .select({ programmeAreaId: programmeAreaMembers.programmeAreaId, code: areas.code })
    .from(programmeAreaMembers)
    .innerJoin(areas, eq(areas.id, programmeAreaMembers.buurtId))
    .orderBy(asc(areas.code));
  const byArea = new Map<string, string[]>();
  for (const m of members) byArea.set(m.programmeAreaId, [...(byArea.get(m.programmeAreaId) ?? []), m.code]);
  return rows.map((r) => ({ ...r, members: byArea.get(r.id) ?? [] }));
}

const indicatorColumns = {
  id: indicators.id,
  key: indicators.key,
  name: indicators.name,
  definition: indicators.definition,
  source: indicators.source,
  unit: indicators.unit,
  direction: indicators.direction,
  theme: indicators.theme,
};

export async function listIndicators(db: DbOrTx, theme?: Indicator['theme']): Promise<Indicator[]> {
  return db
    .select(indicatorColumns)
    .from(indicators)
    .where(theme ? eq(indicators.theme, theme) : undefined)
    .orderBy(asc(indicators.sortOrder), asc(indicators.key));
}

export async function indicatorValuesFor(
  db: DbOrTx,
  id: string,
  q: { area?: string | string[]; from?: string; to?: string },
): Promise<{ indicator: Indicator; items: IndicatorValue[] }> {
  const [indicator] = await db.select(indicatorColumns).from(indicators).where(eq(indicators.id, id));
  if (!indicator) throw new AppError('not_found', 'Deze indicator bestaat niet (meer).');
  const codes = q.area === undefined ? [] : [...new Set(Array.isArray(q.area) ? q.area : [q.area])];
  if (codes.length) {
    const known = await db.select({ code: areas.code }).from(areas).where(inArray(areas.code, codes));
    const missing = codes.filter((c) => !known.some((k) => k.code === c));
    if (missing.length) {
      throw new AppError('validation', 'Controleer de gemarkeerde velden.', missing.map((c) => ({ name: 'querystring.area', reason: `Het gebied ${c} is niet bekend in Koers.` })));
    }
  }
  const rows = await db
    .select({
      id: indicatorValues.id,
      areaId: areas.id,
      areaCode: areas.code,
      areaName: areas.name,
      period: indicatorValues.period,
      value: indicatorValues.value,
      source: indicatorValues.source,
      retrievedOn: indicatorValues.retrievedOn,
      isDemo: indicatorValues.isDemo,
      importId: indicatorValues.importId,
    })
    .from(indicatorValues)
    .innerJoin(areas, eq(areas.id, indicatorValues.areaId))
    .where(
      and(
        eq(indicatorValues.indicatorId, id),
        codes.length ? inArray(areas.code, codes) : undefined,
        q.from ? sql`${indicatorValues.period} >= ${q.from}` : undefined,
        q.to ? sql`${indicatorValues.period} <= ${q.to}` : undefined,
      ),
    )
    .orderBy(asc(areas.code), asc(indicatorValues.period));
  return {
    indicator,
    items: rows.map((r) => ({
      id: r.id,
      area: { id: r.areaId, code: r.areaCode, name: r.areaName },
      period: r.period,
      value: normalise(r.value),
      source: r.source,
      retrievedOn: r.retrievedOn,
      isDemo: r.isDemo,
      importId: r.importId,
    })),
  };
}

/** numeric comes back as text; drop trailing zeros of the fraction ("12.50" → "12.5") */
function normalise(v: string): string {
  return v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v;
}

type ImportRow = typeof monitoringImports.$inferSelect;

function report(row: ImportRow): ImportReport {
  const pending = (row.pending ?? { values: [], newAreas: [] }) as Pending;
  return {
    id: row.id,
    filename: row.filename,
    format: row.format,
    status: row.status,
    rowsTotal: row.rowsTotal,
    rowsValid: row.rowsValid,
    rowsInvalid: row.rowsInvalid,
    valuesCount: row.valuesCount,
    newAreas: pending.newAreas.map((a) => ({ code: a.code, name: a.name, level: a.level })),
    problems: row.problems,
    preview: pending.values.slice(0, PREVIEW_ROWS).map((v) => ({ indicatorKey: v.indicatorKey, areaCode: v.areaCode, period: v.period, value: v.value, source: v.source })),
    createdAt: row.createdAt.toISOString(),
    undoneAt: row.undoneAt?.toISOString() ?? null,
  };
}

export interface UploadOptions {
  filename: string;
  period?: string;
  source?: string;
  retrievedOn: string;
}

/** Parses and checks a file against the database; stores the import as a preview. Writes no values. */
export async function previewImport(db: Db, actor: Actor, file: Buffer, opts: UploadOptions): Promise<ImportReport> {
  let parsed;
  try {
    parsed = parseFile(file, { filename: opts.filename, period: opts.period, source: opts.source });
  } catch (err) {
    if (err instanceof FileError) throw new AppError('validation', err.message, [{ name: 'file', reason: err.message }]);
    throw err;
  }
  const problems: ImportProblem[] = [...parsed.problems];
  const invalid = new Set(parsed.invalidRows);
  const problem = (row: number, column: string, text: string) => {
    problems.push({ row, column, problem: text });
    invalid.add(row);
  };

  // indicators
  const keys = [...new Set(parsed.values.map((v) => v.indicatorKey))];
  const indicatorRows = keys.length ? await db.select({ id: indicators.id, key: indicators.key }).from(indicators).where(inArray(indicators.key, keys)) : [];
  const indicatorIds = new Map(indicatorRows.map((r) => [r.key, r.id]));
  // areas: known in Koers, or described by this file (KWB)
  const codes = [...new Set([...parsed.values.map((v) => v.areaCode), ...parsed.areas.flatMap((a) => (a.parentCode ? [a.code, a.parentCode] : [a.code]))])];
  const known = new Map<string, string>();
  for (let i = 0; i < codes.length; i += CHUNK) {
    const part = codes.slice(i, i + CHUNK);
    for (const r of await db.select({ id: areas.id, code: areas.code }).from(areas).where(inArray(areas.code, part))) known.set(r.code, r.id);
  }
  const inFile = new Map(parsed.areas.map((a) => [a.code, a]));
  const newAreas: ParsedArea[] = [];
  for (const a of parsed.areas) {
    if (known.has(a.code)) continue;
    if (a.parentCode && !known.has(a.parentCode) && !inFile.has(a.parentCode)) {
      problem(a.row, 'gwb_code_10', `Het bovenliggende gebied ${a.parentCode} van ${a.code} staat niet in Koers en niet in dit bestand.`);
      continue;
    }
    newAreas.push(a);
  }
  const values: ParsedValue[] = [];
  for (const v of parsed.values) {
    let ok = true;
    if (!indicatorIds.has(v.indicatorKey)) {
      problem(v.row, parsed.format === 'koers_csv' ? 'indicator_key' : v.column, `De indicator "${v.indicatorKey}" is niet bekend in Koers.`);
      ok = false;
    }
    if (!known.has(v.areaCode) && !inFile.has(v.areaCode)) {
      problem(v.row, parsed.format === 'koers_csv' ? 'area_code' : 'gwb_code_10', `Het gebied ${v.areaCode} is niet bekend in Koers.`);
      ok = false;
    }
    if (ok && !invalid.has(v.row)) values.push(v);
  }
  // values that already exist (from another import, the seed or demo data) are not overwritten
  const existingPairs = values.filter((v) => known.has(v.areaCode));
  for (let i = 0; i < existingPairs.length; i += CHUNK) {
    const part = existingPairs.slice(i, i + CHUNK);
    const hits = await db
      .select({ indicatorId: indicatorValues.indicatorId, areaId: indicatorValues.areaId, period: indicatorValues.period })
      .from(indicatorValues)
      .where(
        sql`(${indicatorValues.indicatorId}, ${indicatorValues.areaId}, ${indicatorValues.period}) in (${sql.join(
          part.map((v) => sql`(${indicatorIds.get(v.indicatorKey)!}::uuid, ${known.get(v.areaCode)!}::uuid, ${v.period})`),
          sql`, `,
        )})`,
      );
    const hit = new Set(hits.map((h) => `${h.indicatorId}|${h.areaId}|${h.period}`));
    for (const v of part) {
      if (hit.has(`${indicatorIds.get(v.indicatorKey)}|${known.get(v.areaCode)}|${v.period}`)) {
        problem(v.row, v.column, `Koers heeft al een waarde voor ${v.indicatorKey}, ${v.areaCode}, ${v.period}. Maak de eerdere import eerst ongedaan.`);
      }
    }
  }
  problems.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  const finalValues = values.filter((v) => !invalid.has(v.row));
  const status = problems.length ? 'invalid' : 'preview';
  const pending: Pending = {
    values: finalValues.map(({ row: _r, column: _c, ...v }) => v),
    newAreas: newAreas.filter((a) => !invalid.has(a.row)).map(({ row: _r, ...a }) => a),
    retrievedOn: opts.retrievedOn,
  };
  const [row] = await db
    .insert(monitoringImports)
    .values({
      filename: opts.filename,
      format: parsed.format as ImportFormat,
      status,
      rowsTotal: parsed.rowsTotal,
      rowsInvalid: invalid.size,
      rowsValid: parsed.rowsTotal - invalid.size,
      valuesCount: finalValues.length,
      problems,
      pending,
      createdBy: actor.id,
    })
    .returning();
  return report(row!);
}

async function loadImport(db: DbOrTx, id: string, lock = false): Promise<ImportRow> {
  const q = db.select().from(monitoringImports).where(eq(monitoringImports.id, id)).limit(1);
  const [row] = await (lock ? q.for('update') : q);
  if (!row) throw new AppError('not_found', 'Deze import bestaat niet (meer).');
  return row;
}

export async function getImport(db: DbOrTx, id: string): Promise<ImportReport> {
  return report(await loadImport(db, id));
}

/** Writes all values (and new areas) of a checked import in one transaction, or nothing. */
export async function commitImport(db: Db, actor: Actor, id: string): Promise<ImportReport> {
  try {
    return await db.transaction(async (tx) => {
      const row = await loadImport(tx, id, true);
      if (row.status === 'invalid') {
        throw new AppError('conflict', `Dit bestand heeft ${row.problems.length} ${row.problems.length === 1 ? 'fout' : 'fouten'} en kan niet worden ingelezen. Verbeter het bestand en lees het opnieuw in.`);
      }
      if (row.status !== 'preview') throw new AppError('conflict', row.status === 'committed' ? 'Deze import is al ingelezen.' : 'Deze import is ongedaan gemaakt; lees het bestand opnieuw in.');
      const pending = row.pending as Pending;
      const areaIds = new Map<string, string>();
      const sorted = [...pending.newAreas].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code));
      const lookup = async (codes: string[]) => {
        const need = codes.filter((c) => !areaIds.has(c));
        for (let i = 0; i < need.length; i += CHUNK) {
          for (const r of await tx.select({ id: areas.id, code: areas.code }).from(areas).where(inArray(areas.code, need.slice(i, i + CHUNK)))) areaIds.set(r.code, r.id);
        }
      };
      await lookup(sorted.flatMap((a) => (a.parentCode ? [a.parentCode] : [])));
      for (const level of ['gemeente', 'wijk', 'buurt'] as const) {
        const batch = sorted.filter((a) => a.level === level);
        for (let i = 0; i < batch.length; i += CHUNK) {
          const inserted = await tx
            .insert(areas)
            .values(batch.slice(i, i + CHUNK).map((a) => ({ code: a.code, name: a.name, level: a.level, parentId: a.parentCode ? (areaIds.get(a.parentCode) ?? null) : null, importId: id })))
            .returning({ id: areas.id, code: areas.code });
          for (const r of inserted) areaIds.set(r.code, r.id);
        }
      }
      await lookup([...new Set(pending.values.map((v) => v.areaCode))]);
      const keys = [...new Set(pending.values.map((v) => v.indicatorKey))];
      const indicatorIds = new Map(
        (keys.length ? await tx.select({ id: indicators.id, key: indicators.key }).from(indicators).where(inArray(indicators.key, keys)) : []).map((r) => [r.key, r.id]),
      );
      for (let i = 0; i < pending.values.length; i += CHUNK) {
        await tx.insert(indicatorValues).values(
          pending.values.slice(i, i + CHUNK).map((v) => {
            const indicatorId = indicatorIds.get(v.indicatorKey);
            const areaId = areaIds.get(v.areaCode);
            if (!indicatorId || !areaId) throw new AppError('conflict', `De indicator ${v.indicatorKey} of het gebied ${v.areaCode} bestaat niet meer; lees het bestand opnieuw in.`);
            return { indicatorId, areaId, period: v.period, value: v.value, source: v.source, retrievedOn: pending.retrievedOn, isDemo: false, importId: id };
          }),
        );
      }
      const [done] = await tx.update(monitoringImports).set({ status: 'committed', committedAt: new Date() }).where(eq(monitoringImports.id, id)).returning();
      await recordChanges(tx, actor, [
        { entityType: 'monitoring_import', entityId: id, entityLabel: row.filename, action: 'update', field: 'status', before: 'preview', after: { status: 'committed', values: pending.values.length, newAreas: pending.newAreas.length } },
      ]);
      return report(done!);
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505' || (err as { cause?: { code?: string } }).cause?.code === '23505') {
      throw new AppError('conflict', 'Intussen is voor een van deze gebieden en perioden al een waarde ingelezen. Er is niets opgeslagen; lees het bestand opnieuw in.');
    }
    throw err;
  }
}

/** Removes exactly the values and new areas of a committed import, in one transaction. */
export async function undoImport(db: Db, actor: Actor, id: string): Promise<ImportReport> {
  try {
    return await db.transaction(async (tx) => {
      const row = await loadImport(tx, id, true);
      if (row.status !== 'committed') throw new AppError('conflict', row.status === 'undone' ? 'Deze import is al ongedaan gemaakt.' : 'Alleen een ingelezen import kan ongedaan worden gemaakt.');
      const removed = await tx.delete(indicatorValues).where(eq(indicatorValues.importId, id)).returning({ id: indicatorValues.id });
      let removedAreas = 0;
      for (const level of ['buurt', 'wijk', 'gemeente'] as const) {
        const gone = await tx
          .delete(areas)
          .where(and(eq(areas.importId, id), eq(areas.level, level)))
          .returning({ id: areas.id });
        removedAreas += gone.length;
      }
      const [done] = await tx.update(monitoringImports).set({ status: 'undone', undoneAt: new Date() }).where(eq(monitoringImports.id, id)).returning();
      await recordChanges(tx, actor, [
        { entityType: 'monitoring_import', entityId: id, entityLabel: row.filename, action: 'update', field: 'status', before: 'committed', after: { status: 'undone', values: removed.length, areas: removedAreas } },
      ]);
      return report(done!);
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23503' || (err as { cause?: { code?: string } }).cause?.code === '23503') {
      throw new AppError('conflict', 'Deze import kan niet ongedaan worden gemaakt: gebieden die zij toevoegde, worden intussen door andere gegevens gebruikt. Er is niets verwijderd.');
    }
    throw err;
  }
}

function duplicate(err: unknown): boolean {
  return (err as { code?: string }).code === '23505' || (err as { cause?: { code?: string } }).cause?.code === '23505';
}

async function presentValue(db: DbOrTx, id: string): Promise<IndicatorValue> {
  const [r] = await db
    .select({
      id: indicatorValues.id,
      areaId: areas.id,
      areaCode: areas.code,
      areaName: areas.name,
      period: indicatorValues.period,
      value: indicatorValues.value,
      source: indicatorValues.source,
      retrievedOn: indicatorValues.retrievedOn,
      isDemo: indicatorValues.isDemo,
      importId: indicatorValues.importId,
    })
    .from(indicatorValues)
    .innerJoin(areas, eq(areas.id, indicatorValues.areaId))
    .where(eq(indicatorValues.id, id));
  if (!r) throw new AppError('not_found', 'Deze waarde bestaat niet (meer).');
  return { id: r.id, area: { id: r.areaId, code: r.areaCode, name: r.areaName }, period: r.period, value: normalise(r.value), source: r.source, retrievedOn: r.retrievedOn, isDemo: r.isDemo, importId: r.importId };
}

/** Enters one value by hand (programme manager, project leaders). */
export async function createValue(
  db: Db,
  actor: Actor,
  indicatorId: string,
  input: { areaCode: string; period: string; value: string; source: string; retrievedOn: string },
): Promise<IndicatorValue> {
  try {
    return await db.transaction(async (tx) => {
      const [ind] = await tx.select({ id: indicators.id, key: indicators.key }).from(indicators).where(eq(indicators.id, indicatorId));
      if (!ind) throw new AppError('not_found', 'Deze indicator bestaat niet (meer).');
      const [area] = await tx.select({ id: areas.id }).from(areas).where(eq(areas.code, input.areaCode));
      if (!area) throw new AppError('validation', 'Controleer de gemarkeerde velden.', [{ name: 'areaCode', reason: `Het gebied ${input.areaCode} is niet bekend in Koers.` }]);
      const [row] = await tx
        .insert(indicatorValues)
        .values({ indicatorId, areaId: area.id, period: input.period, value: input.value, source: input.source, retrievedOn: input.retrievedOn })
        .returning({ id: indicatorValues.id });
      await recordChanges(tx, actor, [{ entityType: 'indicator_value', entityId: row!.id, entityLabel: `${ind.key} ${input.areaCode} ${input.period}`, action: 'create', after: input }]);
      return presentValue(tx, row!.id);
    });
  } catch (err) {
    if (duplicate(err)) throw new AppError('conflict', 'Er is al een waarde voor deze indicator, dit gebied en deze periode. Pas die waarde aan.');
    throw err;
  }
}

/** Corrects a value entered by hand. Imported values change through their import, demo values not at all. */
export async function updateValue(db: Db, actor: Actor, id: string, patch: { value: string; source: string; retrievedOn: string }): Promise<IndicatorValue> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(indicatorValues).where(eq(indicatorValues.id, id)).for('update');
    if (!current) throw new AppError('not_found', 'Deze waarde bestaat niet (meer).');
    if (current.importId) throw new AppError('conflict', 'Deze waarde komt uit een import. Maak die import ongedaan en lees een verbeterd bestand in.');
    if (current.isDemo) throw new AppError('conflict', 'Dit is voorbeelddata; die wordt niet met de hand aangepast.');
    const before = { value: normalise(current.value), source: current.source, retrievedOn: current.retrievedOn };
    const after = { value: normalise(patch.value), source: patch.source, retrievedOn: patch.retrievedOn };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
    if (changed.length) {
      await tx.update(indicatorValues).set(patch).where(eq(indicatorValues.id, id));
      await recordChanges(
        tx,
        actor,
        changed.map((k) => ({ entityType: 'indicator_value', entityId: id, action: 'update' as const, field: k, before: before[k], after: after[k] })),
      );
    }
    return presentValue(tx, id);
  });
}
