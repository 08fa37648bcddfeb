/**
 * "Wat vraagt aandacht": signals computed from live data, for the programme and per effort.
 */
import { and, eq, inArray, isNotNull, isNull, lt, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Signal } from '../../../shared/steering';
import type { DbOrTx } from '../../db/client';
import { budgetLines, effortFields, efforts, evaluations, fundingSources, milestones, results, risks } from '../../db/schema';
import { addDays, formatDateNl } from './common';
import { formatCents } from '../../../shared/steering';

const SEVERITY_ORDER = { hoog: 0, middel: 1, laag: 2 } as const;

/**
 * Budget signals: over plan, money planned after the source ends, money from an unsecured
 * source. Grouped per effort (and source) in SQL, so a programme with thousands of budget lines
 * gets one signal per effort and problem, not one per line; a group of one names its line.
 */
export async function budgetSignals(db: DbOrTx, effortId?: string): Promise<Signal[]> {
  const one = <T>(col: unknown) => sql<T>`(array_agg(${col} order by ${budgetLines.year}, ${budgetLines.id}))[1]`;
  const forEffort = effortId ? eq(budgetLines.effortId, effortId) : undefined;
  const common = {
    effortId: efforts.id,
    code: efforts.code,
    name: efforts.name,
    n: sql<number>`count(*)::int`,
    lineId: one<string>(budgetLines.id),
    year: one<number>(budgetLines.year).mapWith(Number),
    description: one<string>(budgetLines.description),
    minYear: sql<number>`min(${budgetLines.year})::int`,
    maxYear: sql<number>`max(${budgetLines.year})::int`,
    planned: sql<number>`sum(${budgetLines.plannedCents})::bigint`.mapWith(Number),
  };
  const [over, afterEnd, unsecured] = await Promise.all([
    db
      .select({ ...common, over: sql<number>`sum(greatest(${budgetLines.realisedCents}, ${budgetLines.committedCents}) - ${budgetLines.plannedCents})::bigint`.mapWith(Number), spent: one<number>(sql`greatest(${budgetLines.realisedCents}, ${budgetLines.committedCents})`).mapWith(Number), realisedOver: one<boolean>(sql`${budgetLines.realisedCents} > ${budgetLines.plannedCents}`) })
      .from(budgetLines)
      .innerJoin(efforts, eq(efforts.id, budgetLines.effortId))
      .where(and(forEffort, sql`greatest(${budgetLines.realisedCents}, ${budgetLines.committedCents}) > ${budgetLines.plannedCents}`))
      .groupBy(efforts.id, efforts.code, efforts.name),
    db
      .select({ ...common, sourceName: fundingSources.name, sourceEnd: fundingSources.endDate })
      .from(budgetLines)
      .innerJoin(efforts, eq(efforts.id, budgetLines.effortId))
      .innerJoin(fundingSources, eq(fundingSources.id, budgetLines.fundingSourceId))
      .where(and(forEffort, sql`${budgetLines.year} > extract(year from ${fundingSources.endDate})`))
      .groupBy(efforts.id, efforts.code, efforts.name, fundingSources.name, fundingSources.endDate),
    db
      .select({ ...common, sourceName: fundingSources.name, sourceStatus: fundingSources.status })
      .from(budgetLines)
      .innerJoin(efforts, eq(efforts.id, budgetLines.effortId))
      .innerJoin(fundingSources, eq(fundingSources.id, budgetLines.fundingSourceId))
      .where(and(forEffort, ne(fundingSources.status, 'toegekend')))
      .groupBy(efforts.id, efforts.code, efforts.name, fundingSources.name, fundingSources.status),
  ]);
  const out: Signal[] = [];
  type Group = { effortId: string; code: string; name: string; n: number; lineId: string; year: number; description: string; minYear: number; maxYear: number };
  const base = (r: Group) => {
    const label = `${r.year}${r.description ? ` · ${r.description}` : ''}`;
    return {
      effort: { id: r.effortId, code: r.code, name: r.name },
      subject: r.n === 1 ? { type: 'budget_line', id: r.lineId, label } : null,
      label,
      years: r.minYear === r.maxYear ? String(r.minYear) : `${r.minYear}–${r.maxYear}`,
    };
  };
  for (const r of over) {
    const { label, years, ...b } = base(r);
    out.push({
      ...b,
      kind: 'budget_over_plan',
      severity: 'hoog',
      date: null,
      message:
        r.n === 1
          ? `Budgetregel ${label} gaat over het plan: ${r.realisedOver ? 'gerealiseerd' : 'verplicht'} ${formatCents(r.spent)} bij ${formatCents(r.planned)} gepland.`
          : `${r.n} budgetregels (${years}) gaan over het plan: samen ${formatCents(r.over)} meer dan gepland.`,
    });
  }
  for (const r of afterEnd) {
    const { label, years, ...b } = base(r);
    out.push({
      ...b,
      kind: 'budget_after_source_end',
      severity: 'hoog',
      date: r.sourceEnd,
      message:
        r.n === 1
          ? `Budgetregel ${label} plant geld uit ${r.sourceName} in ${r.year}, maar die bron loopt af op ${formatDateNl(r.sourceEnd!)}.`
          : `${r.n} budgetregels (${years}, samen ${formatCents(r.planned)}) plannen geld uit ${r.sourceName}, maar die bron loopt af op ${formatDateNl(r.sourceEnd!)}.`,
    });
  }
  for (const r of unsecured) {
    const { label, years, ...b } = base(r);
    out.push({
      ...b,
      kind: 'budget_unsecured_source',
      severity: 'middel',
      date: null,
      message:
        r.n === 1
          ? `Budgetregel ${label} rekent op ${r.sourceName}, maar die bron is nog niet toegekend (${r.sourceStatus}).`
          : `${r.n} budgetregels (${years}, samen ${formatCents(r.planned)}) rekenen op ${r.sourceName}, maar die bron is nog niet toegekend (${r.sourceStatus}).`,
    });
  }
  return out;
}

export async function computeSignals(db: DbOrTx, today: string, effortId?: string): Promise<Signal[]> {
  const soon = addDays(today, 30);
  const byEffort = <T extends { effortId: unknown }>(col: T['effortId']) => (effortId ? eq(col as never, effortId) : undefined);
  const [lateMilestones, evals, reviewRisks, unassessed, formEfforts, resultCounts, evalCounts, openCounts, budget] = await Promise.all([
    db
      .select({ id: milestones.id, title: milestones.title, date: milestones.date, effortId: efforts.id, code: efforts.code, name: efforts.name })
      .from(milestones)
      .innerJoin(efforts, eq(efforts.id, milestones.effortId))
      .where(and(inArray(milestones.status, ['gepland', 'verschoven']), lt(milestones.date, today), byEffort(milestones.effortId))),
    db
      .select({ id: evaluations.id, title: evaluations.title, date: evaluations.plannedDate, effortId: efforts.id, code: efforts.code, name: efforts.name })
      .from(evaluations)
      .innerJoin(efforts, eq(efforts.id, evaluations.effortId))
      .where(and(eq(evaluations.status, 'gepland'), sql`${evaluations.plannedDate} <= ${soon}`, byEffort(evaluations.effortId))),
    db
      .select({ id: risks.id, description: risks.description, date: risks.reviewDate, effortId: efforts.id, code: efforts.code, name: efforts.name })
      .from(risks)
      .innerJoin(efforts, eq(efforts.id, risks.effortId))
      .where(and(ne(risks.status, 'gesloten'), isNotNull(risks.reviewDate), lt(risks.reviewDate, today), byEffort(risks.effortId))),
    db
      .select({ effortId: efforts.id, code: efforts.code, name: efforts.name, n: sql<number>`count(*)::int` })
      .from(risks)
      .innerJoin(efforts, eq(efforts.id, risks.effortId))
      .where(and(eq(risks.status, 'open'), or(isNull(risks.likelihood), isNull(risks.impact)), byEffort(risks.effortId)))
      .groupBy(efforts.id, efforts.code, efforts.name),
    db
      .select({ id: efforts.id, code: efforts.code, name: efforts.name, sortOrder: efforts.sortOrder })
      .from(efforts)
      .where(and(eq(efforts.hasForm, true), or(isNull(efforts.lifecycle), notInArray(efforts.lifecycle, ['overgedragen', 'gestopt'])), effortId ? eq(efforts.id, effortId) : undefined)),
    db.select({ effortId: results.effortId, n: sql<number>`count(*)::int` }).from(results).groupBy(results.effortId),
    db.select({ effortId: evaluations.effortId, n: sql<number>`count(*)::int` }).from(evaluations).groupBy(evaluations.effortId),
    db
      .select({ effortId: effortFields.effortId, n: sql<number>`count(*)::int` })
      .from(effortFields)
      .where(and(eq(effortFields.state, 'ntb'), byEffort(effortFields.effortId)))
      .groupBy(effortFields.effortId),
    budgetSignals(db, effortId),
  ]);

  const out: Signal[] = [];
  const ref = (r: { effortId: string; code: string; name: string }) => ({ id: r.effortId, code: r.code, name: r.name });
  for (const m of lateMilestones) {
    out.push({
      kind: 'milestone_overdue',
      severity: m.date < addDays(today, -90) ? 'hoog' : 'middel',
      effort: ref(m),
      subject: { type: 'milestone', id: m.id, label: m.title },
      date: m.date,
      message: `Mijlpaal "${m.title}" stond op ${formatDateNl(m.date)} en is nog niet als behaald gemeld.`,
    });
  }
  for (const e of evals) {
    const overdue = e.date < today;
    out.push({
      kind: overdue ? 'evaluation_overdue' : 'evaluation_due',
      severity: overdue ? 'hoog' : 'middel',
      effort: ref(e),
      subject: { type: 'evaluation', id: e.id, label: e.title },
      date: e.date,
      message: overdue
        ? `Evaluatie "${e.title}" stond op ${formatDateNl(e.date)}; er is nog geen besluit vastgelegd.`
        : `Evaluatie "${e.title}" staat op ${formatDateNl(e.date)}, binnen 30 dagen.`,
    });
  }
  for (const r of reviewRisks) {
    out.push({
      kind: 'risk_review_overdue',
      severity: 'middel',
      effort: ref(r),
      subject: { type: 'risk', id: r.id, label: r.description.slice(0, 120) },
      date: r.date,
      message: `Risico "${r.description.slice(0, 80)}${r.description.length > 80 ? '…' : ''}" had op ${formatDateNl(r.date!)} opnieuw bekeken moeten worden.`,
    });
  }
  for (const u of unassessed) {
    out.push({
      kind: 'risk_unassessed',
      severity: 'laag',
      effort: ref(u),
      subject: null,
      date: null,
      message: u.n === 1 ? 'Eén risico is nog niet beoordeeld op kans en impact.' : `${u.n} risico's zijn nog niet beoordeeld op kans en impact.`,
    });
  }
  const hasResults = new Map(resultCounts.map((r) => [r.effortId, r.n]));
  const hasEvals = new Map(evalCounts.map((r) => [r.effortId, r.n]));
  const open = new Map(openCounts.map((r) => [r.effortId, r.n]));
  for (const e of formEfforts.sort((a, b) => a.sortOrder - b.sortOrder)) {
    const effort = { id: e.id, code: e.code, name: e.name };
    const noResult = !hasResults.get(e.id);
    const noEval = !hasEvals.get(e.id);
    if (noResult || noEval) {
      out.push({
        kind: 'no_result_or_evaluation',
        severity: noResult ? 'middel' : 'laag',
        effort,
        subject: null,
        date: null,
        message:
          noResult && noEval
            ? 'Deze inspanning heeft nog geen resultaat en geen evaluatiemoment.'
            : noResult
              ? 'Deze inspanning heeft nog geen resultaat.'
              : 'Deze inspanning heeft nog geen evaluatiemoment: wanneer wordt besloten over doorgaan, bijsturen, overdragen of stoppen?',
      });
    }
    const n = open.get(e.id);
    if (n) {
      out.push({
        kind: 'open_fields',
        severity: 'laag',
        effort,
        subject: null,
        date: null,
        message: n === 1 ? 'Eén veld van het projectformulier staat nog op N.t.b.' : `${n} velden van het projectformulier staan nog op N.t.b.`,
      });
    }
  }
  out.push(...budget);
  return out.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      a.effort.code.localeCompare(b.effort.code, 'nl', { numeric: true }),
  );
}
