import { and, asc, desc, eq, inArray, or } from 'drizzle-orm';
import type { z } from 'zod';
import { DECISION_LIFECYCLE, type DecisionInput, type LifecyclePatch, type Roadmap, type Steering } from '../../../shared/steering';
import { type ChangeEntry, recordChanges } from '../../audit/change-log';
import type { Db, DbOrTx } from '../../db/client';
import { changeLog, dependencies, efforts, evaluations, milestones, risks } from '../../db/schema';
import { AppError } from '../../errors';
import { type Actor, allows } from '../../policies';
import { assertVersion, mayEditSteering, refLabel, todayIso } from './common';
import { budgetLineRecords, evaluationRecords, milestoneRecords, presentDependencies, presentEvaluation, presentRisks, resultRecords } from './records';
import { computeSignals } from './signals';

export async function getSteering(db: DbOrTx, effortId: string, actor: Actor | null): Promise<Steering> {
  const [effort] = await db.select().from(efforts).where(eq(efforts.id, effortId)).limit(1);
  if (!effort) throw new AppError('not_found', 'Deze inspanning bestaat niet (meer).');
  const [res, ms, evs, rks, deps, lines, signals, history, edit] = await Promise.all([
    resultRecords.list(db, effortId),
    milestoneRecords.list(db, effortId),
    evaluationRecords.list(db, effortId),
    db.select().from(risks).where(eq(risks.effortId, effortId)),
    db
      .select()
      .from(dependencies)
      .where(or(eq(dependencies.effortId, effortId), eq(dependencies.dependsOnEffortId, effortId))),
    budgetLineRecords.list(db, effortId),
    computeSignals(db, todayIso(), effortId),
    db
      .select({ at: changeLog.at, actor: changeLog.actorLabel, before: changeLog.before, after: changeLog.after })
      .from(changeLog)
      .where(and(eq(changeLog.entityType, 'effort'), eq(changeLog.entityId, effortId), eq(changeLog.field, 'lifecycle')))
      .orderBy(desc(changeLog.id)),
    mayEditSteering(db, actor, effortId),
  ]);
  const presentedDeps = await presentDependencies(db, deps);
  return {
    effort: {
      id: effort.id,
      code: effort.code,
      name: effort.name,
      lifecycle: effort.lifecycle,
      plannedStart: effort.plannedStart,
      plannedEnd: effort.plannedEnd,
      lineOwner: effort.lineOwner,
      version: effort.version,
    },
    results: res,
    milestones: ms,
    evaluations: evs,
    risks: (await presentRisks(db, rks)).sort((a, b) => (b.score ?? -1) - (a.score ?? -1)),
    dependencies: {
      on: presentedDeps.filter((d) => d.effort.id === effortId),
      from: presentedDeps.filter((d) => d.dependsOn?.id === effortId),
    },
    budgetLines: lines,
    signals,
    lifecycleHistory: history.map((h) => ({
      at: h.at.toISOString(),
      actor: h.actor,
      before: typeof h.before === 'string' ? h.before : null,
      after: typeof h.after === 'string' ? h.after : null,
    })),
    abilities: { edit: edit, decide: !!actor && allows(actor, 'evaluation.decide') },
  };
}

/** The programme manager sets the life cycle and planned period by hand (e.g. idee → in voorbereiding). */
export async function updateLifecycle(db: Db, actor: Actor, effortId: string, patch: z.infer<typeof LifecyclePatch>) {
  await db.transaction(async (tx) => {
    const [effort] = await tx.select().from(efforts).where(eq(efforts.id, effortId)).for('update');
    if (!effort) throw new AppError('not_found', 'Deze inspanning bestaat niet (meer).');
    assertVersion(effort.version, patch.version);
    const next = { lifecycle: patch.lifecycle, plannedStart: patch.plannedStart ?? null, plannedEnd: patch.plannedEnd ?? null };
    const base = { entityType: 'effort', entityId: effortId, entityLabel: refLabel(effort), action: 'update' as const };
    const changes: ChangeEntry[] = [];
    for (const key of ['lifecycle', 'plannedStart', 'plannedEnd'] as const) {
      if ((effort[key] ?? null) !== next[key]) changes.push({ ...base, field: key, before: effort[key] ?? null, after: next[key] });
    }
    if (!changes.length) return;
    await tx
      .update(efforts)
      .set({ ...next, version: effort.version + 1, updatedAt: new Date() })
      .where(eq(efforts.id, effortId));
    await recordChanges(tx, actor, changes);
  });
  return (await getSteering(db, effortId, actor)).effort;
}

/**
 * Records an evaluation's decision. In one transaction: the evaluation becomes 'uitgevoerd' with
 * the decision, reasons, who and when; the effort's life cycle follows the decision
 * (DECISION_LIFECYCLE); a hand-over records the line owner. All of it in the change log.
 */
export async function recordDecision(db: Db, actor: Actor, evaluationId: string, input: z.infer<typeof DecisionInput>) {
  return db.transaction(async (tx) => {
    const [ev] = await tx.select().from(evaluations).where(eq(evaluations.id, evaluationId)).for('update');
    if (!ev) throw new AppError('not_found', 'Dit evaluatiemoment bestaat niet (meer).');
    assertVersion(ev.version, input.version);
    if (ev.status === 'uitgevoerd') {
      throw new AppError('conflict', 'Over deze evaluatie is al besloten. Plan een nieuwe evaluatie voor een volgend besluit.');
    }
    const [effort] = await tx.select().from(efforts).where(eq(efforts.id, ev.effortId)).for('update');
    const label = refLabel(effort!);
    const lineOwner = input.decision === 'overdragen' ? input.lineOwner!.trim() : null;
    const decided = {
      status: 'uitgevoerd' as const,
      decision: input.decision,
      reasons: input.reasons,
      decidedBy: input.decidedBy,
      decidedOn: input.decidedOn,
      lineOwner,
      recordedByUserId: actor.id,
    };
    await tx
      .update(evaluations)
      .set({ ...decided, version: ev.version + 1, updatedAt: new Date() })
      .where(eq(evaluations.id, evaluationId));
    const lifecycle = DECISION_LIFECYCLE[input.decision];
    const effortChanges: ChangeEntry[] = [];
    const base = { entityType: 'effort', entityId: ev.effortId, entityLabel: label, action: 'update' as const };
    if (effort!.lifecycle !== lifecycle) effortChanges.push({ ...base, field: 'lifecycle', before: effort!.lifecycle, after: lifecycle });
    if (lineOwner && effort!.lineOwner !== lineOwner) effortChanges.push({ ...base, field: 'lineOwner', before: effort!.lineOwner, after: lineOwner });
    await tx
      .update(efforts)
      .set({ lifecycle, lineOwner: lineOwner ?? effort!.lineOwner, version: effort!.version + 1, updatedAt: new Date() })
      .where(eq(efforts.id, ev.effortId));
    await recordChanges(tx, actor, [
      {
        entityType: 'evaluation',
        entityId: evaluationId,
        entityLabel: label,
        effortId: ev.effortId,
        action: 'update',
        field: 'decision',
        before: null,
        after: { decision: input.decision, reasons: input.reasons, decidedBy: input.decidedBy, decidedOn: input.decidedOn, lineOwner },
      },
      ...effortChanges,
    ]);
    const [after] = await tx.select().from(evaluations).where(eq(evaluations.id, evaluationId));
    const [e] = await tx.select({ lifecycle: efforts.lifecycle, lineOwner: efforts.lineOwner, version: efforts.version }).from(efforts).where(eq(efforts.id, ev.effortId));
    return { evaluation: presentEvaluation(after!), effort: e! };
  });
}

/** The roadmap: efforts with their period, milestones and evaluations; today's date for the line. */
export async function roadmap(db: DbOrTx, q: { lifecycle?: (typeof efforts.$inferSelect)['lifecycle']; effort?: string }): Promise<Roadmap> {
  const today = todayIso();
  let list = await db
    .select({
      id: efforts.id,
      code: efforts.code,
      name: efforts.name,
      parentId: efforts.parentId,
      lifecycle: efforts.lifecycle,
      plannedStart: efforts.plannedStart,
      plannedEnd: efforts.plannedEnd,
      sortOrder: efforts.sortOrder,
    })
    .from(efforts)
    .orderBy(asc(efforts.sortOrder), asc(efforts.code));
  if (q.effort) list = list.filter((e) => e.id === q.effort || e.parentId === q.effort);
  if (q.lifecycle) list = list.filter((e) => e.lifecycle === q.lifecycle);
  const ids = list.map((e) => e.id);
  const [ms, evs] = ids.length
    ? await Promise.all([
        db
          .select({ id: milestones.id, effortId: milestones.effortId, title: milestones.title, date: milestones.date, status: milestones.status })
          .from(milestones)
          .where(inArray(milestones.effortId, ids))
          .orderBy(asc(milestones.date)),
        db
          .select({ id: evaluations.id, effortId: evaluations.effortId, title: evaluations.title, date: evaluations.plannedDate, decision: evaluations.decision })
          .from(evaluations)
          .where(inArray(evaluations.effortId, ids))
          .orderBy(asc(evaluations.plannedDate)),
      ])
    : [[], []];
  const group = <T extends { effortId: string }>(rows: T[]) => {
    const m = new Map<string, Omit<T, 'effortId'>[]>();
    for (const { effortId, ...rest } of rows) m.set(effortId, [...(m.get(effortId) ?? []), rest]);
    return m;
  };
  const msBy = group(ms);
  const evBy = group(evs);
  let min = `${Number(today.slice(0, 4)) - 1}-01-01`;
  let max = `${Number(today.slice(0, 4)) + 1}-12-31`;
  const out = list.map((e) => {
    const marks = [...(msBy.get(e.id) ?? []).map((m) => m.date), ...(evBy.get(e.id) ?? []).map((v) => v.date)].sort();
    const start = e.plannedStart ?? marks[0] ?? null;
    const end = e.plannedEnd ?? marks[marks.length - 1] ?? null;
    for (const d of [start, end, ...marks]) {
      if (!d) continue;
      if (d < min) min = `${d.slice(0, 4)}-01-01`;
      if (d > max) max = `${d.slice(0, 4)}-12-31`;
    }
    return {
      id: e.id,
      code: e.code,
      name: e.name,
      parentId: e.parentId,
      lifecycle: e.lifecycle,
      start,
      end,
      milestones: (msBy.get(e.id) ?? []) as Roadmap['efforts'][number]['milestones'],
      evaluations: (evBy.get(e.id) ?? []) as Roadmap['efforts'][number]['evaluations'],
    };
  });
  return { from: min, to: max, today, efforts: out };
}
