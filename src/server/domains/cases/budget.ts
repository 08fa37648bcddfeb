/**
 * The Tussen Wal en Schip budget per year: the annual amount (set by the programme manager), what
 * was spent (cost of the cases decided that year: status besloten or later), what is committed
 * (cost entered on open cases of that intake year not yet decided), what remains, per source,
 * and the share spent on what could have been financed otherwise.
 *
 * Exact for the programme manager. For everyone else the money comes from cases, so it is
 * protected like the dashboard: every amount is rounded to € 1.000 and shown only when at least 5
 * cases with costs make it up; case counts are protected by suppression.ts (the per-source counts
 * as a breakdown of the total, so no small count can be derived); per-source amounts are shown
 * only when every source with costs can be shown (otherwise the total minus the others would give
 * a withheld one away); remaining is withheld whenever a part of it is.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { CASE_SOURCE_LABELS, CASE_SOURCES, type CaseSource, type Count, type TwsBudgetView } from '../../../shared/cases';
import { recordChanges } from '../../audit/change-log';
import type { Db } from '../../db/client';
import { cases, twsBudgets } from '../../db/schema';
import { AppError } from '../../errors';
import { type Actor, allows } from '../../policies';
import { protectCount, protectPartitions } from './suppression';

const MIN_CASES = 5;
const METHOD_EXACT = 'Exacte bedragen en aantallen (programmamanager).';
const METHOD_PROTECTED =
  'Bedragen zijn afgerond op € 1.000 en staan er alleen als ten minste 5 casussen met kosten ze vormen; ' +
  'aantallen van 0 tot en met 4 staan als "< 5", andere zijn afgerond op vijftallen. Het begrote bedrag is exact.';

const roundThousand = (cents: number) => Math.round(cents / 100_000) * 100_000;
export const currentYear = (now = new Date()) => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(now));

type Row = { source: CaseSource; spent: boolean; n: number; cents: number; otherwiseN: number; otherwiseCents: number };

export async function budgetView(db: Db, actor: Actor, year: number): Promise<TwsBudgetView> {
  const exact = allows(actor, 'cases.aggregate.exact');
  const budgets = await db.select({ year: twsBudgets.year, amountCents: twsBudgets.amountCents }).from(twsBudgets).orderBy(asc(twsBudgets.year));
  const budget = budgets.find((b) => b.year === year)?.amountCents ?? null;
  const decidedYear = sql`extract(year from coalesce(${cases.decidedOn}, (${cases.beslotenAt} at time zone 'Europe/Amsterdam')::date))::int`;
  const intakeYear = sql`extract(year from ${cases.intakeDate})::int`;
  const spentCase = sql`${cases.status} in ('besloten', 'uitgevoerd', 'nazorg', 'afgesloten')`;
  const rows = (await db
    .select({
      source: cases.source,
      spent: sql<boolean>`${spentCase}`,
      n: sql<number>`count(*)::int`,
      cents: sql<string>`coalesce(sum(${cases.costCents}), 0)`,
      otherwiseN: sql<number>`(count(*) filter (where ${cases.financeableOtherwise}))::int`,
      otherwiseCents: sql<string>`coalesce(sum(${cases.costCents}) filter (where ${cases.financeableOtherwise}), 0)`,
    })
    .from(cases)
    .where(sql`${cases.costCents} > 0 and ((${spentCase} and ${decidedYear} = ${year}) or (${cases.status} in ('aangemeld', 'in_behandeling') and ${intakeYear} = ${year}))`)
    .groupBy(cases.source, sql`2`)) as unknown as (Omit<Row, 'cents' | 'otherwiseCents'> & { cents: string; otherwiseCents: string })[];
  const data: Row[] = rows.map((r) => ({ ...r, cents: Number(r.cents), otherwiseCents: Number(r.otherwiseCents) }));
  const sum = (xs: Row[], f: (r: Row) => number) => xs.reduce((s, r) => s + f(r), 0);
  const spent = data.filter((r) => r.spent);
  const committed = data.filter((r) => !r.spent);
  const spentN = sum(spent, (r) => r.n);
  const spentCents = sum(spent, (r) => r.cents);
  const committedN = sum(committed, (r) => r.n);
  const committedCents = sum(committed, (r) => r.cents);
  const otherwiseN = sum(spent, (r) => r.otherwiseN);
  const otherwiseCents = sum(spent, (r) => r.otherwiseCents);
  const perSource = CASE_SOURCES.map((key) => {
    const r = spent.filter((x) => x.source === key);
    return { key, n: sum(r, (x) => x.n), cents: sum(r, (x) => x.cents) };
  });

  if (exact) {
    return {
      year,
      exact,
      method: METHOD_EXACT,
      budgetCents: budget,
      spentCents,
      spentCases: spentN,
      committedCents,
      committedCases: committedN,
      remainingCents: budget === null ? null : budget - spentCents - committedCents,
      financeableOtherwiseCents: otherwiseCents,
      financeableOtherwiseShare: spentCents > 0 ? Math.round((otherwiseCents / spentCents) * 1000) / 1000 : null,
      bySource: perSource.map((s) => ({ key: s.key, label: CASE_SOURCE_LABELS[s.key].nl, cases: s.n, spentCents: s.cents })),
      budgets,
    };
  }
  const money = (n: number, cents: number) => (n >= MIN_CASES ? roundThousand(cents) : null);
  const pSpent = money(spentN, spentCents);
  const pCommitted = committedN === 0 ? 0 : money(committedN, committedCents);
  const pOtherwise = otherwiseN === 0 ? 0 : money(otherwiseN, otherwiseCents);
  const counts = protectPartitions(spentN, [perSource.map((s) => s.n)]);
  // per source only when every source with costs reaches the minimum
  const sourcesShown = perSource.every((s) => s.n === 0 || s.n >= MIN_CASES);
  return {
    year,
    exact,
    method: METHOD_PROTECTED,
    budgetCents: budget,
    spentCents: pSpent,
    spentCases: counts.total,
    committedCents: pCommitted,
    committedCases: protectCount(committedN) as Count,
    remainingCents: budget === null || pSpent === null || pCommitted === null ? null : budget - pSpent - pCommitted,
    financeableOtherwiseCents: pSpent === null ? null : pOtherwise,
    financeableOtherwiseShare: pSpent && pOtherwise !== null ? Math.round((pOtherwise / pSpent) * 100) / 100 : null,
    bySource: perSource.map((s, i) => ({
      key: s.key,
      label: CASE_SOURCE_LABELS[s.key].nl,
      cases: counts.partitions[0]![i]!,
      spentCents: sourcesShown && pSpent !== null ? (s.n === 0 ? 0 : roundThousand(s.cents)) : null,
    })),
    budgets,
  };
}

/** Sets the budget of a year (programme data, not case data: written to the general change log). */
export async function setBudget(db: Db, actor: Actor, year: number, amountCents: number) {
  if (!allows(actor, 'cases.budget.edit')) throw new AppError('forbidden', 'Alleen de programmamanager stelt het budget vast.');
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(twsBudgets).where(eq(twsBudgets.year, year)).for('update');
    if (before?.amountCents === amountCents) return;
    await tx
      .insert(twsBudgets)
      .values({ year, amountCents, updatedByUserId: actor.id, updatedAt: new Date() })
      .onConflictDoUpdate({ target: twsBudgets.year, set: { amountCents, updatedByUserId: actor.id, updatedAt: new Date() } });
    await recordChanges(tx, actor, [
      {
        entityType: 'tws_budget',
        entityId: String(year),
        entityLabel: `Tussen Wal en Schip budget ${year}`,
        action: before ? 'update' : 'create',
        field: 'amountCents',
        before: before?.amountCents ?? null,
        after: amountCents,
      },
    ]);
  });
}
