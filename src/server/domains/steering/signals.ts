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

/** Budget signals: over plan, money planned after the source ends, money from an unsecured source. */
export async function budgetSignals(db: DbOrTx, effortId?: string): Promise<Signal[]> {
  const rows = await db
    .select({
      id: budgetLines.id,
      year: budgetLines.year,
      description: budgetLines.description,
      planned: budgetLines.plannedCents,
      committed: budgetLines.committedCents,
      realised: budgetLines.realisedCents,
      effortId: efforts.id,
      code: efforts.code,
      name: efforts.name,
      sourceName: fundingSources.name,
      sourceEnd: fundingSources.endDate,
      sourceStatus: fundingSources.status,
    })
    .from(budgetLines)
    .innerJoin(efforts, eq(efforts.id, budgetLines.effortId))
    .leftJoin(fundingSources, eq(fundingSources.id, budgetLines.fundingSourceId))
    .where(
      and(
        effortId ? eq(budgetLines.effortId, effortId) : undefined,
        or(
          sql`${budgetLines.realisedCents} > ${budgetLines.plannedCents}`,
          sql`${budgetLines.committedCents} > ${budgetLines.plannedCents}`,
          sql`${budgetLines.year} > extract(year from ${fundingSources.endDate})`,
          ne(fundingSources.status, 'toegekend'),
        ),
      ),
    );
  const out: Signal[] = [];
  for (const r of rows) {
    const effort = { id: r.effortId, code: r.code, name: r.name };
    const label = `${r.year}${r.description ? ` · ${r.description}` : ''}`;
    const subject = { type: 'budget_line', id: r.id, label };
    const spent = Math.max(r.realised, r.committed);
    if (spent > r.planned) {
      out.push({
        kind: 'budget_over_plan',
        severity: 'hoog',
        effort,
        subject,
        date: null,
        message: `Budgetregel ${label} gaat over het plan: ${r.realised > r.planned ? 'gerealiseerd' : 'verplicht'} ${formatCents(spent)} bij ${formatCents(r.planned)} gepland.`,
      });
    }
    if (r.sourceEnd && r.year > Number(r.sourceEnd.slice(0, 4))) {
      out.push({
        kind: 'budget_after_source_end',
        severity: 'hoog',
        effort,
        subject,
        date: r.sourceEnd,
        message: `Budgetregel ${label} plant geld uit ${r.sourceName} in ${r.year}, maar die bron loopt af op ${formatDateNl(r.sourceEnd)}.`,
      });
    }
    if (r.sourceStatus && r.sourceStatus !== 'toegekend') {
      out.push({
        kind: 'budget_unsecured_source',
        severity: 'middel',
        effort,
        subject,
        date: null,
        message: `Budgetregel ${label} rekent op ${r.sourceName}, maar die bron is nog niet toegekend (${r.sourceStatus}).`,
      });
    }
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
