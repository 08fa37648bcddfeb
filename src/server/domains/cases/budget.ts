/**
 * The Tussen Wal en Schip budget per year. A case's cost is charged to the year of its decision
 * (decidedOn, else the day it reached 'besloten'):
 * - committed ("verplicht"): decided (status besloten) and not yet carried out;
 * - spent ("besteed"): carried out (uitgevoerd, nazorg, afgesloten);
 * - charged = spent + committed; remaining = budget − charged;
 * - requested ("aangevraagd"): cost entered on a case not yet decided (aangemeld, in behandeling),
 *   counted in its intake year; not deducted from the budget (nothing was decided);
 * - per source and per kind of solution (solutionKind; unclassified separately) the charged money,
 *   and of the charged money the part that could have been financed otherwise.
 * Moving a case through the workflow moves its cost: besloten → committed, uitgevoerd → spent.
 *
 * Exact for the programme manager. For everyone else the money comes from cases, so it is
 * protected like the dashboard: every amount is rounded to € 1.000 and shown only when at least 5
 * cases make it up; spent and committed are shown separately only when both reach 5 cases
 * (otherwise the charged total minus one would give the other away), the charged total and the
 * remaining amount when the charged cases reach 5; case counts are protected by suppression.ts
 * (sources, kinds and spent/committed as breakdowns of the charged total, so no small count can
 * be derived); amounts per source or kind are shown only when every source (kind) with cases
 * reaches 5 (otherwise the total minus the others would give a withheld one away).
 */
import { asc, eq, sql } from 'drizzle-orm';
import { CASE_SOURCE_LABELS, CASE_SOURCES, type CaseSource, type Count, SOLUTION_KIND_LABELS, SOLUTION_KINDS, type SolutionKind, type TwsBudgetView } from '../../../shared/cases';
import { recordChanges } from '../../audit/change-log';
import type { Db } from '../../db/client';
import { cases, twsBudgets } from '../../db/schema';
import { AppError } from '../../errors';
import { type Actor, allows } from '../../policies';
import { protectCount, protectPartitions } from './suppression';

const MIN_CASES = 5;
const METHOD_EXACT = 'Exacte bedragen en aantallen (programmamanager).';
export const METHOD_PROTECTED =
  'Bedragen zijn afgerond op € 1.000 en staan er alleen als ten minste 5 casussen ze vormen; besteed en verplicht staan er apart alleen als ' +
  'elk ten minste 5 casussen telt. Aantallen van 0 tot en met 4 staan als "< 5", andere zijn afgerond op vijftallen. Het begrote bedrag is exact.';

const roundThousand = (cents: number) => Math.round(cents / 100_000) * 100_000;
export const currentYear = (now = new Date()) => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(now));

type Phase = 'spent' | 'committed' | 'requested';
type Row = { source: CaseSource; kind: SolutionKind | null; phase: Phase; n: number; cents: number; otherwiseN: number; otherwiseCents: number };
const KIND_KEYS = [...SOLUTION_KINDS, null] as const;
const kindLabel = (k: SolutionKind | null) => (k ? SOLUTION_KIND_LABELS[k].nl : 'Nog niet ingedeeld');

export async function budgetView(db: Db, actor: Actor, year: number): Promise<TwsBudgetView> {
  const exact = allows(actor, 'cases.aggregate.exact');
  const budgets = await db.select({ year: twsBudgets.year, amountCents: twsBudgets.amountCents }).from(twsBudgets).orderBy(asc(twsBudgets.year));
  const budget = budgets.find((b) => b.year === year)?.amountCents ?? null;
  const decidedYear = sql`extract(year from coalesce(${cases.decidedOn}, (${cases.beslotenAt} at time zone 'Europe/Amsterdam')::date))::int`;
  const intakeYear = sql`extract(year from ${cases.intakeDate})::int`;
  const phase = sql<Phase>`case when ${cases.status} = 'besloten' then 'committed' when ${cases.status} in ('uitgevoerd', 'nazorg', 'afgesloten') then 'spent' else 'requested' end`;
  const raw = (await db
    .select({
      source: cases.source,
      kind: cases.solutionKind,
      phase,
      n: sql<number>`count(*)::int`,
      cents: sql<string>`coalesce(sum(${cases.costCents}), 0)`,
      otherwiseN: sql<number>`(count(*) filter (where ${cases.financeableOtherwise}))::int`,
      otherwiseCents: sql<string>`coalesce(sum(${cases.costCents}) filter (where ${cases.financeableOtherwise}), 0)`,
    })
    .from(cases)
    .where(
      sql`(${cases.status} in ('besloten', 'uitgevoerd', 'nazorg', 'afgesloten') and ${decidedYear} = ${year})
          or (${cases.costCents} > 0 and ${cases.status} in ('aangemeld', 'in_behandeling') and ${intakeYear} = ${year})`,
    )
    .groupBy(cases.source, cases.solutionKind, sql`3`)) as unknown as (Omit<Row, 'cents' | 'otherwiseCents'> & { cents: string; otherwiseCents: string })[];
  const data: Row[] = raw.map((r) => ({ ...r, cents: Number(r.cents), otherwiseCents: Number(r.otherwiseCents) }));
  const sum = (xs: Row[], f: (r: Row) => number) => xs.reduce((s, r) => s + f(r), 0);
  const of = (p: Phase) => data.filter((r) => r.phase === p);
  const charged = data.filter((r) => r.phase !== 'requested');
  const [spentN, spentCents] = [sum(of('spent'), (r) => r.n), sum(of('spent'), (r) => r.cents)];
  const [committedN, committedCents] = [sum(of('committed'), (r) => r.n), sum(of('committed'), (r) => r.cents)];
  const [requestedN, requestedCents] = [sum(of('requested'), (r) => r.n), sum(of('requested'), (r) => r.cents)];
  const chargedN = spentN + committedN;
  const chargedCents = spentCents + committedCents;
  const otherwiseN = sum(charged, (r) => r.otherwiseN);
  const otherwiseCents = sum(charged, (r) => r.otherwiseCents);
  const perSource = CASE_SOURCES.map((key) => {
    const r = charged.filter((x) => x.source === key);
    return { key, n: sum(r, (x) => x.n), cents: sum(r, (x) => x.cents) };
  });
  const perKind = KIND_KEYS.map((key) => {
    const r = charged.filter((x) => x.kind === key);
    const p = (ph: Phase) => r.filter((x) => x.phase === ph);
    return {
      key,
      n: sum(r, (x) => x.n),
      cents: sum(r, (x) => x.cents),
      spent: sum(p('spent'), (x) => x.cents),
      committed: sum(p('committed'), (x) => x.cents),
      otherwise: sum(r, (x) => x.otherwiseCents),
    };
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
      chargedCents,
      chargedCases: chargedN,
      remainingCents: budget === null ? null : budget - chargedCents,
      requestedCents,
      requestedCases: requestedN,
      financeableOtherwiseCents: otherwiseCents,
      financeableOtherwiseShare: chargedCents > 0 ? Math.round((otherwiseCents / chargedCents) * 1000) / 1000 : null,
      bySource: perSource.map((s) => ({ key: s.key, label: CASE_SOURCE_LABELS[s.key].nl, cases: s.n, spentCents: s.cents })),
      byKind: perKind.map((k) => ({
        key: k.key,
        label: kindLabel(k.key),
        cases: k.n,
        chargedCents: k.cents,
        spentCents: k.spent,
        committedCents: k.committed,
        financeableOtherwiseCents: k.otherwise,
      })),
      budgets,
    };
  }
  const money = (n: number, cents: number) => (n >= MIN_CASES ? roundThousand(cents) : null);
  const split = spentN >= MIN_CASES && committedN >= MIN_CASES;
  const pCharged = money(chargedN, chargedCents);
  const pOtherwise = pCharged === null ? null : money(otherwiseN, otherwiseCents);
  const counts = protectPartitions(chargedN, [perSource.map((s) => s.n), perKind.map((k) => k.n), [spentN, committedN]]);
  const shownWhenAll = (xs: { n: number }[]) => pCharged !== null && xs.every((x) => x.n === 0 || x.n >= MIN_CASES);
  const sourcesShown = shownWhenAll(perSource);
  const kindsShown = shownWhenAll(perKind);
  return {
    year,
    exact,
    method: METHOD_PROTECTED,
    budgetCents: budget,
    spentCents: split ? roundThousand(spentCents) : null,
    spentCases: counts.partitions[2]![0]!,
    committedCents: split ? roundThousand(committedCents) : null,
    committedCases: counts.partitions[2]![1]!,
    chargedCents: pCharged,
    chargedCases: counts.total,
    remainingCents: budget === null || pCharged === null ? null : budget - pCharged,
    requestedCents: money(requestedN, requestedCents),
    requestedCases: protectCount(requestedN) as Count,
    financeableOtherwiseCents: pOtherwise,
    financeableOtherwiseShare: pCharged && pOtherwise !== null ? Math.round((pOtherwise / pCharged) * 100) / 100 : null,
    bySource: perSource.map((s, i) => ({
      key: s.key,
      label: CASE_SOURCE_LABELS[s.key].nl,
      cases: counts.partitions[0]![i]!,
      spentCents: sourcesShown ? (s.n === 0 ? 0 : roundThousand(s.cents)) : null,
    })),
    byKind: perKind.map((k, i) => ({
      key: k.key,
      label: kindLabel(k.key),
      cases: counts.partitions[1]![i]!,
      chargedCents: kindsShown ? (k.n === 0 ? 0 : roundThousand(k.cents)) : null,
      spentCents: null,
      committedCents: null,
      financeableOtherwiseCents: null,
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
