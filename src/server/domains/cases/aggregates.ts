/**
 * Aggregates over all cases: the knelpunten overview and the case dashboard. Exact for the
 * programme manager; for everyone else protected by suppression.ts (no small count can be read or
 * derived). Individual knelpunten are only listed for cases the caller may see, and that listing
 * is a read of case data, so it is logged.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, ilike, inArray, isNotNull, or, sql } from 'drizzle-orm';
import {
  BLOCKER_TYPE_LABELS,
  BLOCKER_TYPES,
  CASE_AREA_LABELS,
  CASE_AREAS,
  CASE_SOURCE_LABELS,
  CASE_SOURCES,
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  type CaseDashboard,
  type Count,
  DEFAULT_FRAMEWORK,
  KNELPUNT_KIND_LABELS,
  KNELPUNT_KINDS,
} from '../../../shared/cases';
import type { Db, DbOrTx } from '../../db/client';
import { caseDomainScores, caseTeam, cases, caseworkVersion, knelpuntTallies, knelpunten, lifeDomains } from '../../db/schema';
import { allows } from '../../policies';
import { type ProcessingContext, logProcessing } from './processing-log';
import { preferIndexes } from './service';
import { protectCount, protectPartitions } from './suppression';

const METHOD_EXACT = 'Exacte aantallen (programmamanager).';
export const METHOD_PROTECTED =
  'Aantallen van 0 tot en met 4 staan als "< 5"; andere aantallen zijn afgerond op vijftallen, het totaal ook. ' +
  'Een uitsplitsing waaruit een klein aantal toch af te leiden zou zijn, wordt niet getoond. ' +
  'Bedragen zijn afgerond op € 1.000 en de doorlooptijd staat er pas bij vijf of meer casussen.';

type Row = { key: string; n: number };

/**
 * Aggregates over all knelpunten group and deduplicate some 10^5 rows: with the default work_mem
 * (4 MB) PostgreSQL spills those hash tables to disk, which is slow, on PGlite especially. This
 * raises it for the current transaction only (SET LOCAL).
 */
export async function aggregateMemory(tx: DbOrTx) {
  await tx.execute(sql`set local work_mem = '32MB'`);
}

/**
 * The version of the casework data behind the aggregates: one row that statement-level triggers
 * bump with every insert, update or delete of cases, knelpunten, life-domain scores, anonymous
 * tallies, system signals and their knelpunten (migration casework_version_triggers). Read inside
 * the transaction of the read it guards.
 */
export async function caseworkStamp(tx: DbOrTx): Promise<string> {
  const [row] = await tx.select({ version: caseworkVersion.version }).from(caseworkVersion).where(eq(caseworkVersion.id, 1));
  // without the row (it is created by the migration) nothing may be kept: a stamp that never repeats
  return row ? String(row.version) : `none-${randomUUID()}`;
}

/**
 * Aggregates over every case and knelpunt are the same for every caller and scan the whole tables,
 * so they are kept per database (in this process) under the stamp above and recomputed only when
 * the data changed. The stamp is read in the caller's transaction, so a kept result is never older
 * than what the caller could read itself. Nothing personal is kept: counts and sums only.
 */
const kept = new WeakMap<object, Map<string, { stamp: string; data: unknown }>>();
export async function keptAggregate<T>(db: object, tx: DbOrTx, name: string, compute: () => Promise<T>): Promise<T> {
  const stamp = await caseworkStamp(tx);
  let perDb = kept.get(db);
  if (!perDb) kept.set(db, (perDb = new Map()));
  const hit = perDb.get(name);
  if (hit?.stamp === stamp) return hit.data as T;
  await aggregateMemory(tx);
  const data = await compute();
  perDb.set(name, { stamp, data });
  return data;
}
const countOf = (rows: Row[], key: string) => rows.find((r) => r.key === key)?.n ?? 0;

async function knelpuntCounts(db: DbOrTx) {
  const live = await db
    .select({ kind: knelpunten.kind, blockerType: knelpunten.blockerType, blocker: knelpunten.blocker, n: sql<number>`count(*)::int` })
    .from(knelpunten)
    .groupBy(knelpunten.kind, knelpunten.blockerType, knelpunten.blocker);
  const erased = await db
    .select({ kind: knelpuntTallies.kind, blockerType: knelpuntTallies.blockerType, blocker: knelpuntTallies.blocker, n: sql<number>`sum(${knelpuntTallies.count})::int` })
    .from(knelpuntTallies)
    .groupBy(knelpuntTallies.kind, knelpuntTallies.blockerType, knelpuntTallies.blocker);
  return { all: [...live, ...erased], erasedTotal: erased.reduce((s, r) => s + r.n, 0) };
}

function breakdown<K extends string>(keys: readonly K[], labels: Record<K, { nl: string }>, counts: (k: K) => number, publish: (n: number) => Count) {
  return keys.map((key) => ({ key, label: labels[key].nl, count: publish(counts(key)) }));
}

export async function knelpuntOverview(db: Db, ctx: ProcessingContext, q: { q?: string; limit?: number; offset?: number } = {}) {
  const actor = ctx.actor!;
  const exact = allows(actor, 'cases.aggregate.exact');
  const publish = exact ? (n: number): Count => n : protectCount;
  const limit = q.limit ?? 200;
  const offset = q.offset ?? 0;
  return db.transaction(async (tx) => {
    // the knelpunten of the cases this caller may see, one page (only those are read, and logged)
    let items: { id: string; caseId: string; caseCode: string; route: string; blocker: string; blockerType: (typeof BLOCKER_TYPES)[number]; kind: (typeof KNELPUNT_KINDS)[number]; explanation: string }[] = [];
    let itemsTotal = 0;
    if (allows(actor, 'cases.read')) {
      await preferIndexes(tx);
      const visible = actor.role === 'programmamanager' ? undefined : inArray(knelpunten.caseId, tx.select({ id: caseTeam.caseId }).from(caseTeam).where(eq(caseTeam.userId, actor.id)));
      const pattern = q.q ? `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
      const where = and(visible, pattern ? or(ilike(knelpunten.blocker, pattern), ilike(knelpunten.route, pattern)) : undefined);
      itemsTotal = (await tx.select({ n: sql<number>`count(*)::int` }).from(knelpunten).where(where))[0]?.n ?? 0;
      items = await tx
        .select({
          id: knelpunten.id,
          caseId: knelpunten.caseId,
          caseCode: cases.code,
          route: knelpunten.route,
          blocker: knelpunten.blocker,
          blockerType: knelpunten.blockerType,
          kind: knelpunten.kind,
          explanation: knelpunten.explanation,
        })
        .from(knelpunten)
        .innerJoin(cases, eq(cases.id, knelpunten.caseId))
        .where(where)
        .orderBy(asc(cases.code), asc(knelpunten.sortOrder), asc(knelpunten.id))
        .limit(limit)
        .offset(offset);
      const perCase = new Map<string, string>();
      for (const k of items) perCase.set(k.caseId, k.caseCode);
      await logProcessing(
        tx,
        ctx,
        [...perCase].map(([caseId, code]) => ({ activity: 'tws.knelpunten' as const, caseId, dataSubject: code, details: { fields: ['knelpunten'] } })),
      );
    }
    const { all } = await keptAggregate(db, tx, 'knelpuntCounts', () => knelpuntCounts(tx));
    const sum = (pred: (r: (typeof all)[number]) => boolean) => all.filter(pred).reduce((s, r) => s + r.n, 0);
    const blockers = new Map<string, { label: string; n: number }>();
    for (const r of all) {
      const key = r.blocker.trim().toLowerCase();
      const b = blockers.get(key) ?? { label: r.blocker.trim(), n: 0 };
      b.n += r.n;
      blockers.set(key, b);
    }
    const top = [...blockers.entries()]
      .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
      // others see only the rules and organisations that blocked at least 5 times
      .filter(([, b]) => exact || b.n >= 5)
      .slice(0, 10)
      .map(([key, b]) => ({ key, label: b.label, count: publish(b.n) }));
    return {
      items,
      itemsTotal,
      nextOffset: offset + items.length < itemsTotal ? offset + items.length : null,
      exact,
      byKind: breakdown(KNELPUNT_KINDS, KNELPUNT_KIND_LABELS, (k) => sum((r) => r.kind === k), publish),
      byBlockerType: breakdown(BLOCKER_TYPES, BLOCKER_TYPE_LABELS, (k) => sum((r) => r.blockerType === k), publish),
      topBlockers: top,
    };
  });
}

export async function caseDashboard(db: Db, ctx: ProcessingContext): Promise<CaseDashboard> {
  return db.transaction(async (tx) => presentDashboard(ctx, await keptAggregate(db, tx, 'dashboard', () => dashboardFacts(tx))));
}

/** The exact figures of the dashboard (the same for everyone; protected per role in presentDashboard). */
async function dashboardFacts(db: DbOrTx) {
  // one pass over the cases for the three breakdowns
  const grouped = (await db.execute(
    sql`select status, area, source, grouping(status) as gs, grouping(area) as ga, count(*)::int as n from ${cases} group by grouping sets ((status), (area), (source))`,
  )) as unknown as { rows: { status: string | null; area: string | null; source: string | null; gs: number; ga: number; n: number }[] };
  const byStatus: Row[] = grouped.rows.filter((r) => Number(r.gs) === 0).map((r) => ({ key: r.status!, n: r.n }));
  const byArea: Row[] = grouped.rows.filter((r) => Number(r.gs) === 1 && Number(r.ga) === 0).map((r) => ({ key: r.area!, n: r.n }));
  const bySource: Row[] = grouped.rows.filter((r) => Number(r.gs) === 1 && Number(r.ga) === 1).map((r) => ({ key: r.source!, n: r.n }));
  const domainNames = await db.select({ key: lifeDomains.key, name: lifeDomains.name }).from(lifeDomains).where(eq(lifeDomains.frameworkKey, DEFAULT_FRAMEWORK)).orderBy(asc(lifeDomains.sortOrder));
  // cases per life domain: distinct (domain, case) pairs from the index (case_domain_scores_domain_idx)
  const perDomain = (
    (await db.execute(
      sql`select domain_key, count(*)::int as n from (select distinct ${caseDomainScores.domainKey} as domain_key, ${caseDomainScores.caseId}
          from ${caseDomainScores} where ${caseDomainScores.frameworkKey} = ${DEFAULT_FRAMEWORK}) d group by domain_key`,
    )) as unknown as { rows: { domain_key: string; n: number }[] }
  ).rows;
  const domains = domainNames.map((d) => ({ ...d, n: perDomain.find((p) => p.domain_key === d.key)?.n ?? 0 }));
  const { all: knelpuntRows, erasedTotal } = await knelpuntCounts(db);
  const knelpuntByKind = Object.fromEntries(KNELPUNT_KINDS.map((k) => [k, knelpuntRows.filter((r) => r.kind === k).reduce((s, r) => s + r.n, 0)]));
  // days from intake to decision: the median and how many, in SQL (not every decided case to the server)
  const [decided] = (
    (await db.execute(
      sql`select count(*)::int as n, percentile_cont(0.5) within group (order by greatest(0, round(extract(epoch from (${cases.beslotenAt} - ${cases.intakeDate}::timestamp at time zone 'UTC')) / 86400))) as median
          from ${cases} where ${isNotNull(cases.beslotenAt)}`,
    )) as unknown as { rows: { n: number; median: number | string | null }[] }
  ).rows;
  const [spend] = await db
    .select({
      cents: sql<string>`coalesce(sum(${cases.costCents}), 0)`,
      otherwise: sql<string>`coalesce(sum(case when ${cases.financeableOtherwise} then ${cases.costCents} else 0 end), 0)`,
      paying: sql<number>`count(*) filter (where ${cases.costCents} > 0)::int`,
    })
    .from(cases);
  return {
    byStatus,
    byArea,
    bySource,
    domains,
    knelpuntByKind,
    erasedTotal,
    decidedN: decided?.n ?? 0,
    median: decided?.median === null || decided?.median === undefined ? null : Number(decided.median),
    cents: Number(spend!.cents),
    otherwise: Number(spend!.otherwise),
    paying: spend!.paying,
  };
}

function presentDashboard(ctx: ProcessingContext, f: Awaited<ReturnType<typeof dashboardFacts>>): CaseDashboard {
  const exact = allows(ctx.actor!, 'cases.aggregate.exact');
  const publish = exact ? (n: number): Count => n : protectCount;
  const { byStatus, byArea, bySource, domains, erasedTotal, decidedN, cents, otherwise } = f;
  const med = f.median;
  const total = byStatus.reduce((s, r) => s + r.n, 0);

  const statusCells = CASE_STATUSES.map((k) => countOf(byStatus, k));
  const areaCells = CASE_AREAS.map((k) => countOf(byArea, k));
  const sourceCells = CASE_SOURCES.map((k) => countOf(bySource, k));
  const protectedParts = exact ? null : protectPartitions(total, [statusCells, areaCells, sourceCells]);
  const cells = (i: number, raw: number[]) => (protectedParts ? protectedParts.partitions[i]! : raw);
  const label = <K extends string>(keys: readonly K[], labels: Record<K, { nl: string }>, values: Count[]) =>
    keys.map((key, i) => ({ key, label: labels[key].nl, count: values[i]! }));

  const roundEuros = (c: number) => Math.round(c / 100_000) * 100_000;
  const enoughSpend = exact || f.paying >= 5;

  return {
    exact,
    method: exact ? METHOD_EXACT : METHOD_PROTECTED,
    total: protectedParts ? protectedParts.total : total,
    byStatus: label(CASE_STATUSES, CASE_STATUS_LABELS, cells(0, statusCells)),
    byArea: label(CASE_AREAS, CASE_AREA_LABELS, cells(1, areaCells)),
    bySource: label(CASE_SOURCES, CASE_SOURCE_LABELS, cells(2, sourceCells)),
    byDomain: domains.map((d) => ({ key: d.key, label: d.name, count: publish(d.n) })),
    knelpuntKinds: breakdown(KNELPUNT_KINDS, KNELPUNT_KIND_LABELS, (k) => f.knelpuntByKind[k] ?? 0, publish),
    medianDaysToDecision: exact || decidedN >= 5 ? (med === null ? null : Math.round(med)) : null,
    decidedCount: publish(decidedN),
    spendCents: enoughSpend ? (exact ? cents : roundEuros(cents)) : null,
    spendFinanceableOtherwiseCents: enoughSpend ? (exact ? otherwise : roundEuros(otherwise)) : null,
    erasedKnelpunten: publish(erasedTotal),
  };
}
