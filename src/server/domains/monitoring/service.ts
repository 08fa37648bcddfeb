/**
 * Monitoring: reading areas, indicators and values; importing values (preview → commit → undo).
 * A preview writes only the import record (with the validated rows in `pending`), never values.
 * A commit writes everything in one transaction or nothing; an undo removes exactly the values
 * and new areas that carry the import's id. Both are written to the change log.
 */
import { and, asc, desc, eq, getTableColumns, inArray, or, sql } from 'drizzle-orm';
import { IMPORT_FORMAT_LABELS } from '../../../shared/monitoring';
import type { Area, AreaGeometry, AreaValue, ImportFormat, ImportProblem, ImportReport, ImportSummary, Indicator, IndicatorValue, Theme } from '../../../shared/monitoring';
import { recordChanges } from '../../audit/change-log';
import type { Db, DbOrTx, Tx } from '../../db/client';
import {
  areas,
  conversationRoundReach,
  conversationRounds,
  efforts,
  indicatorValues,
  indicators,
  monitoringImports,
  programmeAreaMembers,
  results,
  stories,
  users,
} from '../../db/schema';
import { AppError } from '../../errors';
import type { Actor } from '../../policies';
import { FileError, type ParsedArea, type ParsedValue, parseFile } from './parse';

const PREVIEW_ROWS = 20;
const CHUNK = 1000;

interface Pending {
  values: Omit<ParsedValue, 'row' | 'column'>[];
  newAreas: Omit<ParsedArea, 'row'>[];
  /** known wijken and buurten whose name in the file differs (CBS renames buurten now and then); undo restores the old name */
  renamedAreas?: { code: string; from: string; to: string }[];
  retrievedOn: string;
}

export async function listAreas(db: DbOrTx, level?: Area['level'], within?: string): Promise<Area[]> {
  const rows = await db
    .select({ id: areas.id, code: areas.code, name: areas.name, level: areas.level, parentId: areas.parentId, hasGeometry: sql<boolean>`${areas.geometry} is not null` })
    .from(areas)
    .where(
      and(
        level ? eq(areas.level, level) : undefined,
        within
          ? or(inArray(areas.level, ['programmagebied', 'referentie']), eq(areas.code, within), sql`${areas.code} ~ ${`^(WK|BU)${within.slice(2)}`}`)
          : undefined,
      ),
    )
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
const { pending: _pending, ...importColumns } = getTableColumns(monitoringImports);

function report(row: ImportRow): ImportReport {
  const pending = (row.pending ?? { values: [], newAreas: [] }) as Pending;
  return {
    id: row.id,
    filename: row.filename,
    format: row.format,
    status: row.status,
    bytesTotal: row.bytesTotal,
    bytesRead: row.bytesRead,
    period: row.period,
    committedAt: row.committedAt?.toISOString() ?? null,
    rowsTotal: row.rowsTotal,
    rowsValid: row.rowsValid,
    rowsInvalid: row.rowsInvalid,
    valuesCount: row.valuesCount,
    newAreas: pending.newAreas.map((a) => ({ code: a.code, name: a.name, level: a.level })),
    renamedAreas: pending.renamedAreas ?? [],
    problems: row.problems,
    preview: pending.values.slice(0, PREVIEW_ROWS).map((v) => ({ indicatorKey: v.indicatorKey, areaCode: v.areaCode, period: v.period, value: v.value, source: v.source })),
    createdAt: row.createdAt.toISOString(),
    undoneAt: row.undoneAt?.toISOString() ?? null,
  };
}

export interface UploadOptions {
  /** chosen by the client so it can poll the progress (optional) */
  id?: string;
  /** refuse the file when its layout is not this one */
  expectedFormat?: ImportFormat;
  filename: string;
  period?: string;
  source?: string;
  retrievedOn: string;
}

/**
 * Parses and checks a file against the database; stores the import as a preview. Writes no values.
 * The import record exists from the start with status `processing` and its progress (bytes read),
 * so a client can poll GET /imports/{id} while a large file is read; `opts.id` lets the client
 * choose that id before it uploads.
 */
export async function previewImport(db: Db, actor: Actor, file: Buffer, opts: UploadOptions): Promise<ImportReport> {
  let created;
  try {
    [created] = await db
      .insert(monitoringImports)
      .values({ ...(opts.id ? { id: opts.id } : {}), filename: opts.filename, format: guessFormat(file, opts.filename), status: 'processing', bytesTotal: file.length, period: opts.period ?? null, createdBy: actor.id })
      .returning({ id: monitoringImports.id });
  } catch (err) {
    if (duplicate(err)) throw new AppError('conflict', 'Er bestaat al een import met dit kenmerk. Lees het bestand opnieuw in.');
    throw err;
  }
  const importId = created!.id;
  try {
    return await checkImport(db, importId, file, opts);
  } catch (err) {
    const message = err instanceof FileError ? err.message : 'Het bestand kon niet worden gelezen.';
    await db
      .update(monitoringImports)
      .set({ status: 'failed', bytesRead: file.length, problems: [{ row: 0, column: 'file', problem: message }] })
      .where(eq(monitoringImports.id, importId));
    if (err instanceof FileError) throw new AppError('validation', err.message, [{ name: 'file', reason: err.message }]);
    throw err;
  }
}

/** The format as far as it can be told before reading (for the record while it is processing). */
function guessFormat(file: Buffer, filename: string): ImportFormat {
  if (file[0] === 0x50 && file[1] === 0x4b) return 'cbs_kwb_xlsx';
  const head = file.subarray(0, 400).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'cbs_odata_json';
  if (/gwb_code_10/i.test(head) || /kwb/i.test(filename)) return 'cbs_kwb_csv';
  return 'koers_csv';
}

async function checkImport(db: Db, importId: string, file: Buffer, opts: UploadOptions): Promise<ImportReport> {
  let lastUpdate = 0;
  const parsed = await parseFile(file, {
    filename: opts.filename,
    period: opts.period,
    source: opts.source,
    onProgress: async (bytesRead, rows) => {
      const now = Date.now();
      if (now - lastUpdate < 250) return;
      lastUpdate = now;
      await db.update(monitoringImports).set({ bytesRead, rowsTotal: rows }).where(eq(monitoringImports.id, importId));
      // let the poll for progress in between
      await new Promise((resolve) => setImmediate(resolve));
    },
  });
  if (opts.expectedFormat && parsed.format !== opts.expectedFormat) {
    throw new FileError(`Dit bestand is geen ${IMPORT_FORMAT_LABELS[opts.expectedFormat].nl}, maar ${IMPORT_FORMAT_LABELS[parsed.format].nl}. Kies de juiste soort bestand of laat Koers die herkennen.`);
  }
  const problems: ImportProblem[] = [...parsed.problems];
  const invalid = new Set(parsed.invalidRows);
  const problem = (row: number, column: string, text: string) => {
    problems.push({ row, column, problem: text });
    invalid.add(row);
  };
  const areaColumn = parsed.format === 'koers_csv' ? 'area_code' : parsed.format === 'cbs_odata_json' ? 'WijkenEnBuurten' : 'gwb_code_10';

  // indicators
  const keys = [...new Set(parsed.values.map((v) => v.indicatorKey))];
  const indicatorRows = keys.length ? await db.select({ id: indicators.id, key: indicators.key }).from(indicators).where(inArray(indicators.key, keys)) : [];
  const indicatorIds = new Map(indicatorRows.map((r) => [r.key, r.id]));
  // areas: known in Koers, or described by this file (KWB)
  const codes = [...new Set([...parsed.values.map((v) => v.areaCode), ...parsed.areas.flatMap((a) => (a.parentCode ? [a.code, a.parentCode] : [a.code]))])];
  const known = new Map<string, string>();
  const knownNames = new Map<string, { name: string; level: string }>();
  for (let i = 0; i < codes.length; i += CHUNK) {
    const part = codes.slice(i, i + CHUNK);
    for (const r of await db.select({ id: areas.id, code: areas.code, name: areas.name, level: areas.level }).from(areas).where(inArray(areas.code, part))) {
      known.set(r.code, r.id);
      knownNames.set(r.code, { name: r.name, level: r.level });
    }
  }
  const inFile = new Map(parsed.areas.map((a) => [a.code, a]));
  const newAreas: ParsedArea[] = [];
  const renamed: (NonNullable<Pending['renamedAreas']>[number] & { row: number })[] = [];
  for (const a of parsed.areas) {
    if (known.has(a.code)) {
      // a KWB file names its wijken and buurten; StatLine rows do not (their "name" is the code)
      const k = knownNames.get(a.code)!;
      if ((a.level === 'wijk' || a.level === 'buurt') && a.name && a.name !== a.code && a.name !== k.name) renamed.push({ row: a.row, code: a.code, from: k.name, to: a.name });
      continue;
    }
    if (a.parentCode && !known.has(a.parentCode) && !inFile.has(a.parentCode)) {
      problem(a.row, areaColumn, `Het bovenliggende gebied ${a.parentCode} van ${a.code} staat niet in Koers en niet in dit bestand.`);
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
      problem(v.row, areaColumn, `Het gebied ${v.areaCode} is niet bekend in Koers.`);
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
    renamedAreas: renamed.filter((a) => !invalid.has(a.row)).map(({ row: _r, ...a }) => a),
    retrievedOn: opts.retrievedOn,
  };
  const [row] = await db
    .update(monitoringImports)
    .set({
      format: parsed.format as ImportFormat,
      status,
      bytesRead: file.length,
      rowsTotal: parsed.rowsTotal,
      rowsInvalid: invalid.size,
      rowsValid: parsed.rowsTotal - invalid.size,
      valuesCount: finalValues.length,
      problems,
      pending,
    })
    .where(eq(monitoringImports.id, importId))
    .returning();
  return report(row!);
}

async function loadImport(db: DbOrTx, id: string, lock = false): Promise<ImportRow> {
  const q = db.select().from(monitoringImports).where(eq(monitoringImports.id, id)).limit(1);
  const [row] = await (lock ? q.for('update') : q);
  if (!row) throw new AppError('not_found', 'Deze import bestaat niet (meer).');
  return row;
}

/**
 * One import as a report. Polled while a file is read, so it does not load all pending rows
 * (160,000 for a national file): only the preview's first rows and the new areas.
 */
export async function getImport(db: DbOrTx, id: string): Promise<ImportReport> {
  const [row] = await db
    .select({
      ...importColumns,
      pending: sql<unknown>`case when ${monitoringImports.pending} is null then null else jsonb_build_object(
        'values', jsonb_path_query_array(${monitoringImports.pending}, ${`$.values[0 to ${PREVIEW_ROWS - 1}]`}),
        'newAreas', ${monitoringImports.pending} -> 'newAreas',
        'renamedAreas', coalesce(${monitoringImports.pending} -> 'renamedAreas', '[]'::jsonb),
        'retrievedOn', ${monitoringImports.pending} -> 'retrievedOn') end`,
    })
    .from(monitoringImports)
    .where(eq(monitoringImports.id, id));
  if (!row) throw new AppError('not_found', 'Deze import bestaat niet (meer).');
  return report(row as ImportRow);
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
      // set-based, from the stored pending rows: one statement per area level and one for all values
      // (a national KWB file has ~17,000 areas and ~160,000 values; see bench/monitoring-import.ts)
      let addedAreas = 0;
      for (const level of ['gemeente', 'wijk', 'buurt'] as const) {
        const inserted = await tx.execute(sql`
          insert into areas (code, name, level, parent_id, import_id)
          select x.code, x.name, x.level, p.id, ${id}::uuid
          from monitoring_imports m
          cross join lateral jsonb_to_recordset(m.pending -> 'newAreas') as x(code text, name text, level text, "parentCode" text)
          left join areas p on p.code = x."parentCode"
          where m.id = ${id}::uuid and x.level = ${level}`);
        addedAreas += rowCount(inserted);
      }
      for (const r of pending.renamedAreas ?? []) await tx.update(areas).set({ name: r.to }).where(eq(areas.code, r.code));
      if (addedAreas !== pending.newAreas.length) throw new AppError('conflict', 'Intussen zijn gebieden uit dit bestand al aan Koers toegevoegd. Er is niets opgeslagen; lees het bestand opnieuw in.');
      const written = await tx.execute(sql`
        insert into indicator_values (indicator_id, area_id, period, value, source, retrieved_on, is_demo, import_id)
        select i.id, a.id, v.period, v.value::numeric, v.source, ${pending.retrievedOn}::date, false, ${id}::uuid
        from monitoring_imports m
        cross join lateral jsonb_to_recordset(m.pending -> 'values') as v("indicatorKey" text, "areaCode" text, period text, value text, source text)
        join indicators i on i.key = v."indicatorKey"
        join areas a on a.code = v."areaCode"
        where m.id = ${id}::uuid`);
      if (rowCount(written) !== pending.values.length) {
        throw new AppError('conflict', 'Een indicator of gebied uit dit bestand bestaat niet meer. Er is niets opgeslagen; lees het bestand opnieuw in.');
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

const LEVEL_NOUN: Record<string, string> = { gemeente: 'de gemeente', wijk: 'de wijk', buurt: 'de buurt' };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * What still uses an area that this import added, as a Dutch sentence (null when nothing does): a
 * programme area it belongs to, a conversation round's reach, stories, a result measured in it, values
 * from elsewhere (by hand or another import), or areas another import added beneath it. Undoing would
 * otherwise silently change those, or fail on a foreign key.
 */
async function importAreaInUse(tx: Tx, id: string): Promise<string | null> {
  // a subquery, not a list: a national KWB import adds some 17,000 areas
  const ids = tx.select({ id: areas.id }).from(areas).where(eq(areas.importId, id));
  const label = async (areaId: string) => {
    const [a] = await tx.select({ code: areas.code, name: areas.name, level: areas.level }).from(areas).where(eq(areas.id, areaId));
    return `${LEVEL_NOUN[a!.level] ?? 'het gebied'} ${a!.code} (${a!.name}), die zij toevoegde,`;
  };

  const [member] = await tx
    .select({ areaId: programmeAreaMembers.buurtId, programme: areas.name })
    .from(programmeAreaMembers)
    .innerJoin(areas, eq(areas.id, programmeAreaMembers.programmeAreaId))
    .where(inArray(programmeAreaMembers.buurtId, ids))
    .limit(1);
  if (member) return `${await label(member.areaId)} hoort nu bij het programmagebied ${member.programme}. Haal die buurt daar eerst uit.`;

  const [round] = await tx
    .select({ areaId: conversationRoundReach.areaId, title: conversationRounds.title })
    .from(conversationRoundReach)
    .innerJoin(conversationRounds, eq(conversationRounds.id, conversationRoundReach.roundId))
    .where(inArray(conversationRoundReach.areaId, ids))
    .orderBy(asc(conversationRounds.title))
    .limit(1);
  if (round) return `${await label(round.areaId)} wordt gebruikt door de gespreksronde "${clip(round.title)}". Haal dat gebied eerst uit die gespreksronde.`;

  const [story] = await tx
    .select({ areaId: stories.areaId, n: sql<number>`count(*)::int` })
    .from(stories)
    .where(inArray(stories.areaId, ids))
    .groupBy(stories.areaId)
    .limit(1);
  if (story?.areaId) return `${await label(story.areaId)} wordt gebruikt door ${plural(story.n, 'verhaal of citaat', 'verhalen of citaten')}. Kies bij ${story.n === 1 ? 'dat verhaal' : 'die verhalen'} eerst een ander gebied.`;

  const [result] = await tx
    .select({ areaId: results.indicatorAreaId, description: results.description, effort: efforts.code })
    .from(results)
    .innerJoin(efforts, eq(efforts.id, results.effortId))
    .where(inArray(results.indicatorAreaId, ids))
    .limit(1);
  if (result?.areaId) return `${await label(result.areaId)} wordt gebruikt door het resultaat "${clip(result.description)}" van inspanning ${result.effort}. Kies bij dat resultaat eerst een ander gebied.`;

  const [value] = await tx
    .select({ areaId: indicatorValues.areaId, filename: sql<string | null>`min(${monitoringImports.filename})`, n: sql<number>`count(*)::int` })
    .from(indicatorValues)
    .leftJoin(monitoringImports, eq(monitoringImports.id, indicatorValues.importId))
    .where(and(inArray(indicatorValues.areaId, ids), or(sql`${indicatorValues.importId} is null`, sql`${indicatorValues.importId} <> ${id}`)))
    .groupBy(indicatorValues.areaId)
    .limit(1);
  if (value) {
    const what = plural(value.n, 'waarde', 'waarden');
    return value.filename
      ? `${await label(value.areaId)} heeft ${what} die niet uit deze import ${value.n === 1 ? 'komt' : 'komen'}, onder meer uit de import "${value.filename}". Maak die import eerst ongedaan.`
      : `${await label(value.areaId)} heeft ${what} die met de hand ${value.n === 1 ? 'is' : 'zijn'} ingevoerd.`;
  }

  const [child] = await tx
    .select({ parentId: areas.parentId, code: areas.code, filename: monitoringImports.filename })
    .from(areas)
    .leftJoin(monitoringImports, eq(monitoringImports.id, areas.importId))
    .where(and(inArray(areas.parentId, ids), or(sql`${areas.importId} is null`, sql`${areas.importId} <> ${id}`)))
    .limit(1);
  if (child?.parentId) {
    return `${await label(child.parentId)} bevat het gebied ${child.code}${child.filename ? `, dat de import "${child.filename}" toevoegde. Maak die import eerst ongedaan.` : '.'}`;
  }
  return null;
}

/** Removes exactly the values and new areas of a committed import, in one transaction. */
export async function undoImport(db: Db, actor: Actor, id: string): Promise<ImportReport> {
  try {
    return await db.transaction(async (tx) => {
      const row = await loadImport(tx, id, true);
      if (row.status !== 'committed') throw new AppError('conflict', row.status === 'undone' ? 'Deze import is al ongedaan gemaakt.' : 'Alleen een ingelezen import kan ongedaan worden gemaakt.');
      // an area this import added that something else now uses: refuse up front, naming the use, and change nothing
      const inUse = await importAreaInUse(tx, id);
      if (inUse) throw new AppError('conflict', `Deze import kan niet ongedaan worden gemaakt: ${inUse} Er is niets verwijderd.`);
      const removed = await tx.delete(indicatorValues).where(eq(indicatorValues.importId, id)).returning({ id: indicatorValues.id });
      // names this import changed go back to what they were
      for (const r of (row.pending as Pending | null)?.renamedAreas ?? []) await tx.update(areas).set({ name: r.from }).where(and(eq(areas.code, r.code), eq(areas.name, r.to)));
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

/** rows affected by an execute(), on PGlite ({ affectedRows }) and node-postgres ({ rowCount }) alike */
function rowCount(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
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

/** Deletes a value entered by hand (a mistaken entry). Imported values go with their import, demo values with demo:remove. */
export async function deleteValue(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ row: indicatorValues, key: indicators.key, areaCode: areas.code })
      .from(indicatorValues)
      .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
      .innerJoin(areas, eq(areas.id, indicatorValues.areaId))
      .where(eq(indicatorValues.id, id))
      .for('update', { of: indicatorValues });
    if (!current) throw new AppError('not_found', 'Deze waarde bestaat niet (meer).');
    if (current.row.importId) throw new AppError('conflict', 'Deze waarde komt uit een import. Maak die import ongedaan om haar te verwijderen.');
    if (current.row.isDemo) throw new AppError('conflict', 'Dit is voorbeelddata; die verdwijnt met npm run demo:remove.');
    await tx.delete(indicatorValues).where(eq(indicatorValues.id, id));
    const before = { period: current.row.period, value: normalise(current.row.value), source: current.row.source, retrievedOn: current.row.retrievedOn };
    await recordChanges(tx, actor, [{ entityType: 'indicator_value', entityId: id, entityLabel: `${current.key} ${current.areaCode} ${current.row.period}`, action: 'delete', before }]);
  });
}

// ---------- imports: list and one ----------

/** The latest imports (newest first), for the import page and its undo. */
export async function listImports(db: DbOrTx, limit = 50): Promise<ImportSummary[]> {
  const rows = await db
    .select({ row: importColumns, by: users.displayName, newAreas: sql<number>`coalesce(jsonb_array_length(${monitoringImports.pending} -> 'newAreas'), 0)::int` })
    .from(monitoringImports)
    .leftJoin(users, eq(users.id, monitoringImports.createdBy))
    .orderBy(desc(monitoringImports.createdAt))
    .limit(limit);
  return rows.map(({ row, by, newAreas }) => {
    const { preview: _p, problems, newAreas: _n, renamedAreas: _r, ...rest } = report({ ...row, pending: null });
    return { ...rest, createdByName: by ?? null, problemCount: problems.length, newAreaCount: newAreas };
  });
}

// ---------- values of several indicators for some areas ----------

/** Values for the given areas (all indicators, one theme or some indicators); `latest` keeps only the newest period per indicator and area. */
export async function areaValues(db: DbOrTx, q: { area: string | string[]; theme?: Theme; indicator?: string | string[]; latest?: 'true' | 'false' }): Promise<AreaValue[]> {
  const codes = [...new Set(Array.isArray(q.area) ? q.area : [q.area])];
  const known = await db.select({ code: areas.code }).from(areas).where(inArray(areas.code, codes));
  const missing = codes.filter((c) => !known.some((k) => k.code === c));
  if (missing.length) throw new AppError('validation', 'Controleer de gemarkeerde velden.', missing.map((c) => ({ name: 'querystring.area', reason: `Het gebied ${c} is niet bekend in Koers.` })));
  const ids = q.indicator === undefined ? [] : Array.isArray(q.indicator) ? q.indicator : [q.indicator];
  const rows = await db
    .select({
      id: indicatorValues.id,
      indicatorId: indicatorValues.indicatorId,
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
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .where(
      and(
        inArray(areas.code, codes),
        q.theme ? eq(indicators.theme, q.theme) : undefined,
        ids.length ? inArray(indicatorValues.indicatorId, ids) : undefined,
        q.latest === 'true'
          ? sql`${indicatorValues.period} = (select max(v2.period) from indicator_values v2 where v2.indicator_id = ${indicatorValues.indicatorId} and v2.area_id = ${indicatorValues.areaId})`
          : undefined,
      ),
    )
    .orderBy(asc(indicators.sortOrder), asc(areas.code), asc(indicatorValues.period));
  return rows.map((r) => ({
    id: r.id,
    indicatorId: r.indicatorId,
    area: { id: r.areaId, code: r.areaCode, name: r.areaName },
    period: r.period,
    value: normalise(r.value),
    source: r.source,
    retrievedOn: r.retrievedOn,
    isDemo: r.isDemo,
    importId: r.importId,
  }));
}

// ---------- programme areas ----------

/** Sets the buurten of a programme area (Noord, Oost, rest van Brunssum); a buurt belongs to one programme area at most. */
export async function setMembers(db: Db, actor: Actor, code: string, buurten: string[]): Promise<Area> {
  return db.transaction(async (tx) => {
    const [area] = await tx.select().from(areas).where(eq(areas.code, code)).for('update');
    if (!area) throw new AppError('not_found', 'Dit gebied bestaat niet (meer).');
    if (area.level !== 'programmagebied') throw new AppError('conflict', 'Alleen een programmagebied bestaat uit buurten.');
    const wanted = [...new Set(buurten)];
    const found = wanted.length ? await tx.select({ id: areas.id, code: areas.code, level: areas.level, parentId: areas.parentId }).from(areas).where(inArray(areas.code, wanted)) : [];
    const problems: { name: string; reason: string }[] = [];
    wanted.forEach((c, i) => {
      const f = found.find((x) => x.code === c);
      if (!f) problems.push({ name: `buurten.${i}`, reason: `De buurt ${c} is niet bekend in Koers. Lees eerst de Kerncijfers wijken en buurten in.` });
    });
    // the buurten must lie in the programme area's gemeente
    const gm = area.parentId ? (await tx.select({ code: areas.code }).from(areas).where(eq(areas.id, area.parentId)))[0]?.code : undefined;
    if (gm) {
      wanted.forEach((c, i) => {
        if (found.some((x) => x.code === c) && c.slice(2, 6) !== gm.slice(2, 6)) problems.push({ name: `buurten.${i}`, reason: `De buurt ${c} ligt niet in gemeente ${gm}.` });
      });
    }
    const others = found.length
      ? await tx
          .select({ buurt: areas.code, name: sql<string>`pa.name` })
          .from(programmeAreaMembers)
          .innerJoin(areas, eq(areas.id, programmeAreaMembers.buurtId))
          .innerJoin(sql`areas pa`, sql`pa.id = ${programmeAreaMembers.programmeAreaId}`)
          .where(and(inArray(programmeAreaMembers.buurtId, found.map((f) => f.id)), sql`${programmeAreaMembers.programmeAreaId} <> ${area.id}`))
      : [];
    for (const o of others) problems.push({ name: `buurten.${wanted.indexOf(o.buurt)}`, reason: `De buurt ${o.buurt} hoort al bij ${o.name}.` });
    if (problems.length) throw new AppError('validation', 'Controleer de gekozen buurten.', problems);
    const before = (await tx.select({ code: areas.code }).from(programmeAreaMembers).innerJoin(areas, eq(areas.id, programmeAreaMembers.buurtId)).where(eq(programmeAreaMembers.programmeAreaId, area.id))).map((r) => r.code).sort();
    await tx.delete(programmeAreaMembers).where(eq(programmeAreaMembers.programmeAreaId, area.id));
    if (found.length) await tx.insert(programmeAreaMembers).values(found.map((f) => ({ programmeAreaId: area.id, buurtId: f.id })));
    const after = [...wanted].sort();
    if (before.join() !== after.join()) {
      await recordChanges(tx, actor, [{ entityType: 'area', entityId: area.id, entityLabel: `${area.code} ${area.name}`, action: 'update', field: 'members', before, after }]);
    }
    return (await listAreas(tx)).find((a) => a.id === area.id)!;
  });
}

// ---------- geometry ----------

/** Checks a GeoJSON upload: a Geometry, Feature or one-feature FeatureCollection holding a Polygon or MultiPolygon in lon/lat. */
export function validateGeometry(input: unknown): { geometry: AreaGeometry } | { error: string } {
  let g = input as { type?: unknown; geometry?: unknown; features?: unknown; coordinates?: unknown };
  if (!g || typeof g !== 'object') return { error: 'Het bestand is geen GeoJSON-object.' };
  if (g.type === 'FeatureCollection') {
    const f = g.features;
    if (!Array.isArray(f) || f.length !== 1) return { error: 'Een FeatureCollection moet precies één gebied (Feature) bevatten.' };
    g = f[0] as typeof g;
  }
  if (g && g.type === 'Feature') g = g.geometry as typeof g;
  if (!g || typeof g !== 'object') return { error: 'De geometrie ontbreekt.' };
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return { error: `Een gebied moet een Polygon of MultiPolygon zijn, niet ${typeof g.type === 'string' ? g.type : 'iets anders'}.` };
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown;
  if (!Array.isArray(polygons) || !polygons.length) return { error: 'De coördinaten ontbreken.' };
  let points = 0;
  for (const poly of polygons) {
    if (!Array.isArray(poly) || !poly.length) return { error: 'Een vlak (polygon) heeft geen ringen.' };
    for (const ring of poly) {
      if (!Array.isArray(ring) || ring.length < 4) return { error: 'Een ring van een vlak heeft minstens 4 punten nodig (de eerste en laatste gelijk).' };
      for (const p of ring) {
        if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number') return { error: 'Elk punt moet een paar getallen zijn: [lengtegraad, breedtegraad].' };
        if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
          return { error: 'De coördinaten liggen buiten lengte- en breedtegraden (WGS84). Zet RD-coördinaten (EPSG:28992) eerst om naar WGS84 (EPSG:4326).' };
        }
        points++;
      }
      const first = ring[0] as number[];
      const last = ring[ring.length - 1] as number[];
      if (first[0] !== last[0] || first[1] !== last[1]) return { error: 'Een ring van een vlak moet eindigen op het punt waar hij begint.' };
    }
  }
  if (points > 100_000) return { error: 'De geometrie heeft meer dan 100.000 punten. Vereenvoudig haar eerst.' };
  const round = (p: number[]) => [Math.round(p[0]! * 1e6) / 1e6, Math.round(p[1]! * 1e6) / 1e6];
  const coords = (polygons as number[][][][]).map((poly) => poly.map((ring) => ring.map(round)));
  return { geometry: g.type === 'Polygon' ? { type: 'Polygon', coordinates: coords[0]! } : { type: 'MultiPolygon', coordinates: coords } };
}

export async function setGeometry(db: Db, actor: Actor, code: string, geometry: AreaGeometry | null): Promise<Area> {
  return db.transaction(async (tx) => {
    const [area] = await tx.select({ id: areas.id, code: areas.code, name: areas.name, had: sql<boolean>`${areas.geometry} is not null` }).from(areas).where(eq(areas.code, code)).for('update');
    if (!area) throw new AppError('not_found', 'Dit gebied bestaat niet (meer).');
    await tx.update(areas).set({ geometry, geometryUpdatedAt: geometry ? new Date() : null }).where(eq(areas.id, area.id));
    await recordChanges(tx, actor, [
      { entityType: 'area', entityId: area.id, entityLabel: `${area.code} ${area.name}`, action: 'update', field: 'geometry', before: area.had ? 'kaartvlak' : null, after: geometry ? `kaartvlak (${geometry.type})` : null },
    ]);
    return (await listAreas(tx)).find((a) => a.id === area.id)!;
  });
}

/** GeoJSON FeatureCollection of the areas that have a geometry (by codes or by level). */
export async function areaGeometries(db: DbOrTx, q: { area?: string | string[]; level?: Area['level'] }) {
  const codes = q.area === undefined ? [] : Array.isArray(q.area) ? q.area : [q.area];
  const rows = await db
    .select({ code: areas.code, name: areas.name, level: areas.level, geometry: areas.geometry })
    .from(areas)
    .where(and(sql`${areas.geometry} is not null`, codes.length ? inArray(areas.code, codes) : undefined, q.level ? eq(areas.level, q.level) : undefined))
    .orderBy(asc(areas.code));
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((r) => ({ type: 'Feature' as const, properties: { code: r.code, name: r.name, level: r.level }, geometry: r.geometry })),
  };
}
