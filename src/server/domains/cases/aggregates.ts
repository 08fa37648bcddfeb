/**
 * Aggregates over all cases: the knelpunten overview and the case dashboard. Exact for the
 * programme manager; for everyone else protected by suppression.ts (no small count can be read or
 * derived). Individual knelpunten are only listed for cases the caller may see, and that listing
 * is a read of case data, so it is logged.
 */
import { asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
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
import { caseDomainScores, caseTeam, cases, knelpuntTallies, knelpunten, lifeDomains } from '../../db/schema';
import { allows } from '../../policies';
import { type ProcessingContext, logProcessing } from './processing-log';
import { protectCount, protectPartitions } from './suppression';

const DAY = 24 * 60 * 60 * 1000;
const METHOD_EXACT = 'Exacte aantallen (programmamanager).';
const METHOD_PROTECTED =
  'Aantallen van 0 tot en met 4 staan als "< 5"; andere aantallen zijn afgerond op vijftallen, het totaal ook. ' +
  'Een uitsplitsing waaruit een klein aantal toch af te leiden zou zijn, wordt niet getoond. ' +
  'Bedragen zijn afgerond op € 1.000 en de doorlooptijd staat er pas bij vijf of meer casussen.';

type Row = { key: string; n: number };
const countOf = (rows: Row[], key: string) => rows.find((r) => r.key === key)?.n ?? 0;

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

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

export async function knelpuntOverview(db: Db, ctx: ProcessingContext) {
  const actor = ctx.actor!;
  const exact = allows(actor, 'cases.aggregate.exact');
  const publish = exact ? (n: number): Count => n : protectCount;
  return db.transaction(async (tx) => {
    // the knelpunten of the cases this caller may see
    let items: { id: string; caseId: string; caseCode: string; route: string; blocker: string; blockerType: (typeof BLOCKER_TYPES)[number]; kind: (typeof KNELPUNT_KINDS)[number]; explanation: string }[] = [];
    if (allows(actor, 'cases.read')) {
      const visible = actor.role === 'programmamanager' ? undefined : inArray(knelpunten.caseId, tx.select({ id: caseTeam.caseId }).from(caseTeam).where(eq(caseTeam.userId, actor.id)));
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
        .where(visible)
        .orderBy(asc(cases.code), asc(knelpunten.sortOrder));
      const perCase = new Map<string, string>();
      for (const k of items) perCase.set(k.caseId, k.caseCode);
      await logProcessing(
        tx,
        ctx,
        [...perCase].map(([caseId, code]) => ({ activity: 'tws.knelpunten' as const, caseId, dataSubject: code, details: { fields: ['knelpunten'] } })),
      );
    }
    const { all } = await knelpuntCounts(tx);
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
      exact,
      byKind: breakdown(KNELPUNT_KINDS, KNELPUNT_KIND_LABELS, (k) => sum((r) => r.kind === k), publish),
      byBlockerType: breakdown(BLOCKER_TYPES, BLOCKER_TYPE_LABELS, (k) => sum((r) => r.blockerType === k), publish),
      topBlockers: top,
    };
  });
}

export async function caseDashboard(db: Db, ctx: ProcessingContext): Promise<CaseDashboard> {
  const exact = allows(ctx.actor!, 'cases.aggregate.exact');
  const publish = exact ? (n: number): Count => n : protectCount;
  const group = async (col: typeof cases.status | typeof cases.area | typeof cases.source): Promise<Row[]> =>
    (await db.select({ key: col, n: sql<number>`count(*)::int` }).from(cases).groupBy(col)) as Row[];
  const [byStatus, byArea, bySource] = await Promise.all([group(cases.status), group(cases.area), group(cases.source)]);
  const total = byStatus.reduce((s, r) => s + r.n, 0);

  const statusCells = CASE_STATUSES.map((k) => countOf(byStatus, k));
  const areaCells = CASE_AREAS.map((k) => countOf(byArea, k));
  const sourceCells = CASE_SOURCES.map((k) => countOf(bySource, k));
  const protectedParts = exact ? null : protectPartitions(total, [statusCells, areaCells, sourceCells]);
  const cells = (i: number, raw: number[]) => (protectedParts ? protectedParts.partitions[i]! : raw);
  const label = <K extends string>(keys: readonly K[], labels: Record<K, { nl: string }>, values: Count[]) =>
    keys.map((key, i) => ({ key, label: labels[key].nl, count: values[i]! }));

  const domains = await db
    .select({ key: lifeDomains.key, name: lifeDomains.name, n: sql<number>`count(distinct ${caseDomainScores.caseId})::int` })
    .from(lifeDomains)
    .leftJoin(caseDomainScores, sql`${caseDomainScores.domainKey} = ${lifeDomains.key} and ${caseDomainScores.frameworkKey} = ${lifeDomains.frameworkKey}`)
    .where(eq(lifeDomains.frameworkKey, DEFAULT_FRAMEWORK))
    .groupBy(lifeDomains.key, lifeDomains.name, lifeDomains.sortOrder)
    .orderBy(asc(lifeDomains.sortOrder));

  const { all: knelpuntRows, erasedTotal } = await knelpuntCounts(db);
  const decided = await db.select({ intakeDate: cases.intakeDate, beslotenAt: cases.beslotenAt }).from(cases).where(isNotNull(cases.beslotenAt));
  const days = decided.map((d) => Math.max(0, Math.round((d.beslotenAt!.getTime() - new Date(`${d.intakeDate}T00:00:00Z`).getTime()) / DAY)));
  const [spend] = await db
    .select({
      cents: sql<string>`coalesce(sum(${cases.costCents}), 0)`,
      otherwise: sql<string>`coalesce(sum(case when ${cases.financeableOtherwise} then ${cases.costCents} else 0 end), 0)`,
      paying: sql<number>`count(*) filter (where ${cases.costCents} > 0)::int`,
    })
    .from(cases);
  const cents = Number(spend!.cents);
  const otherwise = Number(spend!.otherwise);
  const roundEuros = (c: number) => Math.round(c / 100_000) * 100_000;
  const enoughSpend = exact || spend!.paying >= 5;
  const med = median(days);

  return {
    exact,
    method: exact ? METHOD_EXACT : METHOD_PROTECTED,
    total: protectedParts ? protectedParts.total : total,
    byStatus: label(CASE_STATUSES, CASE_STATUS_LABELS, cells(0, statusCells)),
    byArea: label(CASE_AREAS, CASE_AREA_LABELS, cells(1, areaCells)),
    bySource: label(CASE_SOURCES, CASE_SOURCE_LABELS, cells(2, sourceCells)),
    byDomain: domains.map((d) => ({ key: d.key, label: d.name, count: publish(d.n) })),
    knelpuntKinds: breakdown(KNELPUNT_KINDS, KNELPUNT_KIND_LABELS, (k) => knelpuntRows.filter((r) => r.kind === k).reduce((s, r) => s + r.n, 0), publish),
    medianDaysToDecision: exact || days.length >= 5 ? (med === null ? null : Math.round(med)) : null,
    decidedCount: publish(days.length),
    spendCents: enoughSpend ? (exact ? cents : roundEuros(cents)) : null,
    spendFinanceableOtherwiseCents: enoughSpend ? (exact ? otherwise : roundEuros(otherwise)) : null,
    erasedKnelpunten: publish(erasedTotal),
  };
}
