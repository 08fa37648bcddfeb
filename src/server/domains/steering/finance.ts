/**
 * Finance: funding sources, the multi-year overview per effort and per source, and exports.
 * Amounts are integer cents end to end; sums are done in PostgreSQL on bigint.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { FinanceOverview, FundingSourceInput } from '../../../shared/steering';
import { FUNDING_STATUS_LABELS } from '../../../shared/steering';
import { recordChanges } from '../../audit/change-log';
import type { Db, DbOrTx } from '../../db/client';
import { budgetLines, efforts, fundingSources } from '../../db/schema';
import { AppError } from '../../errors';
import type { Actor } from '../../policies';
import { assertVersion, fieldChanges } from './common';
import { budgetSignals } from './signals';

type Amounts = { plannedCents: number; committedCents: number; realisedCents: number };
const zero = (): Amounts => ({ plannedCents: 0, committedCents: 0, realisedCents: 0 });
const add = (a: Amounts, b: Amounts) => {
  a.plannedCents += b.plannedCents;
  a.committedCents += b.committedCents;
  a.realisedCents += b.realisedCents;
};

export async function listFundingSources(db: DbOrTx) {
  const rows = await db
    .select({
      id: fundingSources.id,
      name: fundingSources.name,
      description: fundingSources.description,
      startDate: fundingSources.startDate,
      endDate: fundingSources.endDate,
      status: fundingSources.status,
      version: fundingSources.version,
      // raw column name: drizzle renders a column inside select fields without its table, which the subquery would misread
      plannedCents: sql<number>`coalesce((select sum(b.planned_cents) from budget_lines b where b.funding_source_id = funding_sources.id), 0)::bigint`.mapWith(Number),
    })
    .from(fundingSources)
    .orderBy(asc(fundingSources.name));
  return rows;
}

type SourceIn = z.infer<typeof FundingSourceInput>;
const sourceRow = (s: SourceIn) => ({ name: s.name, description: s.description, startDate: s.startDate ?? null, endDate: s.endDate ?? null, status: s.status });

async function uniqueName(tx: DbOrTx, name: string, exceptId?: string) {
  const [other] = await tx.select({ id: fundingSources.id }).from(fundingSources).where(eq(fundingSources.name, name));
  if (other && other.id !== exceptId) {
    throw new AppError('validation', 'Er is al een financieringsbron met deze naam.', [{ name: 'name', reason: 'Er is al een financieringsbron met deze naam.' }]);
  }
}

export async function createFundingSource(db: Db, actor: Actor, input: SourceIn) {
  const id = await db.transaction(async (tx) => {
    await uniqueName(tx, input.name);
    const values = sourceRow(input);
    const [row] = await tx.insert(fundingSources).values(values).returning({ id: fundingSources.id });
    await recordChanges(tx, actor, [{ entityType: 'funding_source', entityId: row!.id, entityLabel: input.name, action: 'create', after: values }]);
    return row!.id;
  });
  return (await listFundingSources(db)).find((s) => s.id === id)!;
}

export async function updateFundingSource(db: Db, actor: Actor, id: string, patch: SourceIn & { version: number }) {
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(fundingSources).where(eq(fundingSources.id, id)).for('update');
    if (!current) throw new AppError('not_found', 'Deze financieringsbron bestaat niet (meer).');
    assertVersion(current.version, patch.version);
    await uniqueName(tx, patch.name, id);
    const values = sourceRow(patch);
    const changes = fieldChanges({ entityType: 'funding_source', entityId: id, entityLabel: patch.name }, current, values);
    if (!changes.length) return;
    await tx
      .update(fundingSources)
      .set({ ...values, version: current.version + 1, updatedAt: new Date() })
      .where(eq(fundingSources.id, id));
    await recordChanges(tx, actor, changes);
  });
  return (await listFundingSources(db)).find((s) => s.id === id)!;
}

/** Sums per effort × source × year, done in the database. */
async function sums(db: DbOrTx) {
  return db
    .select({
      effortId: efforts.id,
      code: efforts.code,
      name: efforts.name,
      sortOrder: efforts.sortOrder,
      sourceId: budgetLines.fundingSourceId,
      year: budgetLines.year,
      plannedCents: sql<number>`sum(${budgetLines.plannedCents})::bigint`.mapWith(Number),
      committedCents: sql<number>`sum(${budgetLines.committedCents})::bigint`.mapWith(Number),
      realisedCents: sql<number>`sum(${budgetLines.realisedCents})::bigint`.mapWith(Number),
    })
    .from(budgetLines)
    .innerJoin(efforts, eq(efforts.id, budgetLines.effortId))
    .groupBy(efforts.id, efforts.code, efforts.name, efforts.sortOrder, budgetLines.fundingSourceId, budgetLines.year);
}

export async function financeOverview(db: DbOrTx): Promise<FinanceOverview> {
  const [rows, sources, warnings] = await Promise.all([
    sums(db),
    db.select({ id: fundingSources.id, name: fundingSources.name, status: fundingSources.status, endDate: fundingSources.endDate }).from(fundingSources),
    budgetSignals(db),
  ]);
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const totals = zero();
  const byEffort = new Map<string, { effort: { id: string; code: string; name: string }; sortOrder: number; total: Amounts; years: Record<string, Amounts> }>();
  const bySource = new Map<string | null, { total: Amounts; years: Record<string, Amounts> }>();
  for (const r of rows) {
    const amounts = { plannedCents: r.plannedCents, committedCents: r.committedCents, realisedCents: r.realisedCents };
    add(totals, amounts);
    let e = byEffort.get(r.effortId);
    if (!e) {
      e = { effort: { id: r.effortId, code: r.code, name: r.name }, sortOrder: r.sortOrder, total: zero(), years: {} };
      byEffort.set(r.effortId, e);
    }
    add(e.total, amounts);
    add((e.years[r.year] ??= zero()), amounts);
    let s = bySource.get(r.sourceId);
    if (!s) {
      s = { total: zero(), years: {} };
      bySource.set(r.sourceId, s);
    }
    add(s.total, amounts);
    add((s.years[r.year] ??= zero()), amounts);
  }
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return {
    years,
    totals,
    byEffort: [...byEffort.values()].sort((a, b) => a.sortOrder - b.sortOrder).map(({ effort, total, years: y }) => ({ effort, total, years: y })),
    bySource: [...bySource.entries()]
      .map(([id, v]) => ({ source: id ? (sourceById.get(id) ?? null) : null, ...v }))
      .sort((a, b) => (a.source?.name ?? '\uffff').localeCompare(b.source?.name ?? '\uffff', 'nl')),
    warnings: warnings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'hoog' ? -1 : 1)).slice(0, 100),
    warningTotal: warnings.length,
  };
}

/** Exact decimal text of cents, Dutch style: 123456 → '1234,56' (no thousands separator, for spreadsheets). */
const centsText = (c: number) => `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)},${String(Math.abs(c) % 100).padStart(2, '0')}`;

async function exportRows(db: DbOrTx) {
  const rows = await db
    .select({
      code: efforts.code,
      name: efforts.name,
      sortOrder: efforts.sortOrder,
      year: budgetLines.year,
      source: fundingSources.name,
      sourceStatus: fundingSources.status,
      sourceEnd: fundingSources.endDate,
      description: budgetLines.description,
      planned: budgetLines.plannedCents,
      committed: budgetLines.committedCents,
      realised: budgetLines.realisedCents,
    })
    .from(budgetLines)
    .innerJoin(efforts, eq(efforts.id, budgetLines.effortId))
    .leftJoin(fundingSources, eq(fundingSources.id, budgetLines.fundingSourceId));
  return rows.sort((a, b) => a.sortOrder - b.sortOrder || a.year - b.year || (a.source ?? '').localeCompare(b.source ?? '', 'nl'));
}

const HEADER = ['Code', 'Inspanning', 'Jaar', 'Financieringsbron', 'Status bron', 'Einde bron', 'Omschrijving', 'Gepland (EUR)', 'Verplicht (EUR)', 'Gerealiseerd (EUR)'];

/** CSV for Dutch spreadsheets: ';' separated, decimal comma, UTF-8 with BOM. */
export async function financeCsv(db: DbOrTx): Promise<string> {
  const rows = await exportRows(db);
  const records = rows.map((r) => [
    r.code,
    r.name,
    r.year,
    r.source ?? 'Geen bron',
    r.sourceStatus ? FUNDING_STATUS_LABELS[r.sourceStatus].nl : '',
    r.sourceEnd ?? '',
    r.description,
    centsText(r.planned),
    centsText(r.committed),
    centsText(r.realised),
  ]);
  return `\ufeff${stringify([HEADER, ...records], { delimiter: ';', record_delimiter: '\r\n' })}`;
}

export async function financeXlsx(db: DbOrTx): Promise<Buffer> {
  const [rows, overview] = await Promise.all([exportRows(db), financeOverview(db)]);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Koers';
  wb.created = new Date();
  const euro = '"€" #,##0.00';
  const money = (c: number) => c / 100; // a spreadsheet number; the exact cents are in the CSV export

  const lines = wb.addWorksheet('Budgetregels');
  lines.columns = HEADER.map((h, i) => ({ header: h, key: String(i), width: [8, 48, 8, 28, 14, 12, 40, 16, 16, 18][i] }));
  for (const r of rows) {
    lines.addRow([
      r.code,
      r.name,
      r.year,
      r.source ?? 'Geen bron',
      r.sourceStatus ? FUNDING_STATUS_LABELS[r.sourceStatus].nl : '',
      r.sourceEnd ?? '',
      r.description,
      money(r.planned),
      money(r.committed),
      money(r.realised),
    ]);
  }
  for (const c of [8, 9, 10]) lines.getColumn(c).numFmt = euro;

  const perYear = (name: string, items: { label: string; years: Record<string, Amounts>; total: Amounts }[]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([name === 'Per inspanning' ? 'Inspanning' : 'Financieringsbron', ...overview.years.flatMap((y) => [`${y} gepland`, `${y} gerealiseerd`]), 'Totaal gepland', 'Totaal gerealiseerd']);
    for (const it of items) {
      ws.addRow([
        it.label,
        ...overview.years.flatMap((y) => [money(it.years[y]?.plannedCents ?? 0), money(it.years[y]?.realisedCents ?? 0)]),
        money(it.total.plannedCents),
        money(it.total.realisedCents),
      ]);
    }
    ws.getRow(1).font = { bold: true };
    ws.getColumn(1).width = 48;
    for (let c = 2; c <= overview.years.length * 2 + 3; c++) {
      ws.getColumn(c).numFmt = euro;
      ws.getColumn(c).width = 16;
    }
  };
  perYear(
    'Per inspanning',
    overview.byEffort.map((e) => ({ label: `${e.effort.code} ${e.effort.name}`, years: e.years, total: e.total })),
  );
  perYear(
    'Per bron',
    overview.bySource.map((s) => ({ label: s.source?.name ?? 'Geen bron', years: s.years, total: s.total })),
  );
  lines.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
