/**
 * The steering records of an effort — results, milestones, evaluations (planning), risks,
 * budget lines, dependencies — through one generic create/update/delete path: checks the actor
 * may edit the effort, checks the version, writes the change log in the same transaction.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type {
  BudgetLineInput,
  DependencyInput,
  EvaluationInput,
  MilestoneInput,
  ResultInput,
  RiskInput,
} from '../../../shared/steering';
import { type ChangeEntry, recordChanges } from '../../audit/change-log';
import type { Db, DbOrTx, Tx } from '../../db/client';
import { budgetLines, dependencies, evaluations, fundingSources, goals, milestones, resultGoals, results, risks } from '../../db/schema';
import { AppError } from '../../errors';
import type { Actor } from '../../policies';
import { assertCanEditSteering, assertVersion, effortRef, effortRefs, fieldChanges, iso, refLabel } from './common';
import { indicatorLinks, resolveIndicatorLink } from './indicator-link';

type AnyRow = { id: string; effortId: string; version: number } & Record<string, unknown>;

interface Spec<Input, Out> {
  /** change-log entity type */
  type: string;
  table: PgTable & { id: never; effortId: never; version: never };
  notFound: string;
  /** columns written from the input */
  toRow(input: Input): Record<string, unknown>;
  present(db: DbOrTx, rows: AnyRow[]): Promise<Out[]>;
  /** extra writes after insert/update (e.g. link tables); returns extra change entries */
  afterWrite?(tx: Tx, id: string, input: Input, base: Omit<ChangeEntry, 'field' | 'before' | 'after' | 'action'>): Promise<ChangeEntry[]>;
  /** refuse an update/delete in this state */
  guard?(row: AnyRow): void;
  validate?(tx: Tx, input: Input): Promise<void>;
}

// drizzle's column access on a generic table; the specs below are typed at their edges
const col = (table: PgTable, name: string) => (table as unknown as Record<string, PgColumn>)[name]!;

function makeRecords<Input, Out>(spec: Spec<Input, Out>) {
  const t = spec.table;
  async function load(db: DbOrTx, id: string, lock: boolean): Promise<AnyRow> {
    const q = db.select().from(t).where(eq(col(t, 'id'), id)).limit(1);
    const [row] = (await (lock ? q.for('update') : q)) as AnyRow[];
    if (!row) throw new AppError('not_found', spec.notFound);
    return row;
  }
  return {
    async list(db: DbOrTx, effortId: string): Promise<Out[]> {
      await effortRef(db, effortId);
      const rows = (await db.select().from(t).where(eq(col(t, 'effortId'), effortId))) as AnyRow[];
      return spec.present(db, rows);
    },
    async create(db: Db, actor: Actor, effortId: string, input: Input): Promise<Out> {
      return db.transaction(async (tx) => {
        const effort = await effortRef(tx, effortId);
        await assertCanEditSteering(tx, actor, effortId);
        await spec.validate?.(tx, input);
        const values = spec.toRow(input);
        const [row] = (await tx
          .insert(t)
          .values({ ...values, effortId } as never)
          .returning()) as AnyRow[];
        const base = { entityType: spec.type, entityId: row!.id, entityLabel: refLabel(effort), effortId };
        const extra = (await spec.afterWrite?.(tx, row!.id, input, base)) ?? [];
        await recordChanges(tx, actor, [{ ...base, action: 'create', after: values }, ...extra]);
        return (await spec.present(tx, [row!]))[0]!;
      });
    },
    async update(db: Db, actor: Actor, id: string, patch: Input & { version: number }): Promise<Out> {
      return db.transaction(async (tx) => {
        const current = await load(tx, id, true);
        const effort = await effortRef(tx, current.effortId);
        await assertCanEditSteering(tx, actor, current.effortId);
        assertVersion(current.version, patch.version);
        spec.guard?.(current);
        await spec.validate?.(tx, patch);
        const values = spec.toRow(patch);
        const base = { entityType: spec.type, entityId: id, entityLabel: refLabel(effort), effortId: current.effortId };
        const changes = fieldChanges(base, current, values);
        const extra = (await spec.afterWrite?.(tx, id, patch, base)) ?? [];
        if (changes.length || extra.length) {
          await tx
            .update(t)
            .set({ ...values, version: current.version + 1, updatedAt: new Date() } as never)
            .where(eq(col(t, 'id'), id));
          await recordChanges(tx, actor, [...changes, ...extra]);
        }
        return (await spec.present(tx, [await load(tx, id, false)]))[0]!;
      });
    },
    async remove(db: Db, actor: Actor, id: string, version: number | undefined): Promise<void> {
      await db.transaction(async (tx) => {
        const current = await load(tx, id, true);
        const effort = await effortRef(tx, current.effortId);
        await assertCanEditSteering(tx, actor, current.effortId);
        if (version !== undefined) assertVersion(current.version, version);
        spec.guard?.(current);
        await tx.delete(t).where(eq(col(t, 'id'), id));
        const { createdAt: _c, updatedAt: _u, ...before } = current;
        await recordChanges(tx, actor, [{ entityType: spec.type, entityId: id, entityLabel: refLabel(effort), effortId: current.effortId, action: 'delete', before }]);
      });
    },
    /** the effort a record belongs to (for routes that need it) */
    async effortOf(db: DbOrTx, id: string): Promise<string> {
      return (await load(db, id, false)).effortId;
    },
  };
}

const dateOrNull = (d: string | null | undefined) => d ?? null;

// ---------- results ----------
type ResultIn = z.infer<typeof ResultInput>;
async function presentResults(db: DbOrTx, rows: AnyRow[]) {
  const ids = rows.map((r) => r.id);
  const links = ids.length
    ? await db
        .select({ resultId: resultGoals.resultId, id: goals.id, name: goals.name })
        .from(resultGoals)
        .innerJoin(goals, eq(goals.id, resultGoals.goalId))
        .where(inArray(resultGoals.resultId, ids))
        .orderBy(asc(goals.sortOrder))
    : [];
  const typed = rows.map((r) => r as unknown as typeof results.$inferSelect);
  const indicatorLink = await indicatorLinks(db, typed);
  return typed
    .sort((a, b) => a.sortOrder - b.sortOrder || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'))
    .map((r) => ({
      id: r.id,
      effortId: r.effortId,
      description: r.description,
      measure: r.measure,
      baseline: r.baseline,
      target: r.target,
      targetKind: r.targetKind,
      startDate: r.startDate,
      deadline: r.deadline,
      status: r.status,
      goals: links.filter((l) => l.resultId === r.id).map(({ id, name }) => ({ id, name })),
      indicatorLink: indicatorLink.get(r.id) ?? null,
      version: r.version,
      updatedAt: iso(r.updatedAt),
    }));
}
/** the area id of a result's indicator link, resolved from its code in validate() (runs before toRow) */
const resolvedAreas = new WeakMap<ResultIn, string>();
export const resultRecords = makeRecords<ResultIn, Awaited<ReturnType<typeof presentResults>>[number]>({
  type: 'result',
  table: results as never,
  notFound: 'Dit resultaat bestaat niet (meer).',
  toRow: (r) => ({
    description: r.description,
    measure: r.measure,
    baseline: r.baseline,
    target: r.target,
    targetKind: r.targetKind,
    startDate: dateOrNull(r.startDate),
    deadline: dateOrNull(r.deadline),
    status: r.status,
    indicatorId: r.indicatorId,
    indicatorAreaId: resolvedAreas.get(r) ?? null,
    indicatorBaselinePeriod: r.indicatorId ? r.indicatorBaselinePeriod : null,
    indicatorTarget: r.indicatorId ? r.indicatorTarget : null,
  }),
  present: presentResults,
  async validate(tx, r) {
    const areaId = await resolveIndicatorLink(tx, r);
    if (areaId) resolvedAreas.set(r, areaId);
    const wanted = [...new Set(r.goalIds)];
    if (!wanted.length) return;
    const known = await tx.select({ id: goals.id }).from(goals).where(inArray(goals.id, wanted));
    if (known.length !== wanted.length) {
      throw new AppError('validation', 'Een gekozen doelstelling bestaat niet.', [{ name: 'goalIds', reason: 'Een gekozen doelstelling bestaat niet.' }]);
    }
  },
  async afterWrite(tx, id, r, base) {
    const current = await tx
      .select({ id: goals.id, name: goals.name })
      .from(resultGoals)
      .innerJoin(goals, eq(goals.id, resultGoals.goalId))
      .where(eq(resultGoals.resultId, id));
    const wanted = [...new Set(r.goalIds)];
    const before = current.map((c) => c.id).sort();
    if (before.join() === [...wanted].sort().join()) return [];
    await tx.delete(resultGoals).where(eq(resultGoals.resultId, id));
    if (wanted.length) await tx.insert(resultGoals).values(wanted.map((goalId) => ({ resultId: id, goalId })));
    const names = wanted.length ? (await tx.select({ name: goals.name }).from(goals).where(inArray(goals.id, wanted))).map((g) => g.name).sort() : [];
    return [{ ...base, action: 'update', field: 'goals', before: current.map((c) => c.name).sort(), after: names }];
  },
});

// ---------- milestones ----------
type MilestoneIn = z.infer<typeof MilestoneInput>;
export const milestoneRecords = makeRecords<MilestoneIn, ReturnType<typeof presentMilestone>>({
  type: 'milestone',
  table: milestones as never,
  notFound: 'Deze mijlpaal bestaat niet (meer).',
  toRow: (m) => ({ title: m.title, description: m.description, date: m.date, status: m.status }),
  present: async (_db, rows) => rows.map((r) => presentMilestone(r as unknown as typeof milestones.$inferSelect)).sort((a, b) => a.date.localeCompare(b.date)),
});
function presentMilestone(r: typeof milestones.$inferSelect) {
  return { id: r.id, effortId: r.effortId, title: r.title, description: r.description, date: r.date, status: r.status, version: r.version };
}

// ---------- evaluations (planning; the decision is recorded in decisions.ts) ----------
type EvaluationIn = z.infer<typeof EvaluationInput>;
export function presentEvaluation(r: typeof evaluations.$inferSelect) {
  return {
    id: r.id,
    effortId: r.effortId,
    title: r.title,
    plannedDate: r.plannedDate,
    criteria: r.criteria,
    status: r.status,
    decision: r.decision,
    reasons: r.reasons,
    decidedBy: r.decidedBy,
    decidedOn: r.decidedOn,
    lineOwner: r.lineOwner,
    version: r.version,
  };
}
export const evaluationRecords = makeRecords<EvaluationIn, ReturnType<typeof presentEvaluation>>({
  type: 'evaluation',
  table: evaluations as never,
  notFound: 'Dit evaluatiemoment bestaat niet (meer).',
  toRow: (e) => ({ title: e.title, plannedDate: e.plannedDate, criteria: e.criteria }),
  present: async (_db, rows) =>
    rows.map((r) => presentEvaluation(r as unknown as typeof evaluations.$inferSelect)).sort((a, b) => a.plannedDate.localeCompare(b.plannedDate)),
  guard(row) {
    if (row.status === 'uitgevoerd') {
      throw new AppError('conflict', 'Over deze evaluatie is al besloten; een vastgelegd besluit wordt niet meer gewijzigd. Plan zo nodig een nieuwe evaluatie.');
    }
  },
});

// ---------- risks ----------
type RiskIn = z.infer<typeof RiskInput>;
export async function presentRisks(db: DbOrTx, rows: (typeof risks.$inferSelect)[]) {
  const refs = await effortRefs(
    db,
    rows.map((r) => r.effortId),
  );
  return rows.map((r) => ({
    id: r.id,
    effort: refs.get(r.effortId)!,
    description: r.description,
    likelihood: r.likelihood,
    impact: r.impact,
    score: r.likelihood !== null && r.impact !== null ? r.likelihood * r.impact : null,
    mitigation: r.mitigation,
    owner: r.owner,
    reviewDate: r.reviewDate,
    status: r.status,
    version: r.version,
  }));
}
export const riskRecords = makeRecords<RiskIn, Awaited<ReturnType<typeof presentRisks>>[number]>({
  type: 'risk',
  table: risks as never,
  notFound: 'Dit risico bestaat niet (meer).',
  toRow: (r) => ({
    description: r.description,
    likelihood: r.likelihood,
    impact: r.impact,
    mitigation: r.mitigation,
    owner: r.owner,
    reviewDate: dateOrNull(r.reviewDate),
    status: r.status,
  }),
  present: async (db, rows) => (await presentRisks(db, rows as unknown as (typeof risks.$inferSelect)[])).sort((a, b) => (b.score ?? 0) - (a.score ?? 0)),
});

// ---------- budget lines ----------
type BudgetLineIn = z.infer<typeof BudgetLineInput>;
export async function presentBudgetLines(db: DbOrTx, rows: (typeof budgetLines.$inferSelect)[]) {
  const refs = await effortRefs(
    db,
    rows.map((r) => r.effortId),
  );
  const sourceIds = [...new Set(rows.map((r) => r.fundingSourceId).filter((x): x is string => !!x))];
  const sources = sourceIds.length
    ? new Map((await db.select({ id: fundingSources.id, name: fundingSources.name }).from(fundingSources).where(inArray(fundingSources.id, sourceIds))).map((s) => [s.id, s]))
    : new Map<string, { id: string; name: string }>();
  return rows.map((r) => ({
    id: r.id,
    effort: refs.get(r.effortId)!,
    fundingSource: r.fundingSourceId ? (sources.get(r.fundingSourceId) ?? null) : null,
    year: r.year,
    description: r.description,
    plannedCents: r.plannedCents,
    committedCents: r.committedCents,
    realisedCents: r.realisedCents,
    version: r.version,
  }));
}
export const budgetLineRecords = makeRecords<BudgetLineIn, Awaited<ReturnType<typeof presentBudgetLines>>[number]>({
  type: 'budget_line',
  table: budgetLines as never,
  notFound: 'Deze budgetregel bestaat niet (meer).',
  toRow: (b) => ({
    fundingSourceId: b.fundingSourceId,
    year: b.year,
    description: b.description,
    plannedCents: b.plannedCents,
    committedCents: b.committedCents,
    realisedCents: b.realisedCents,
  }),
  present: async (db, rows) =>
    (await presentBudgetLines(db, rows as unknown as (typeof budgetLines.$inferSelect)[])).sort((a, b) => a.year - b.year || a.description.localeCompare(b.description)),
  async validate(tx, b) {
    if (!b.fundingSourceId) return;
    const [s] = await tx.select({ id: fundingSources.id }).from(fundingSources).where(eq(fundingSources.id, b.fundingSourceId));
    if (!s) throw new AppError('validation', 'De gekozen financieringsbron bestaat niet.', [{ name: 'fundingSourceId', reason: 'De gekozen financieringsbron bestaat niet.' }]);
  },
});

// ---------- dependencies ----------
type DependencyIn = z.infer<typeof DependencyInput>;
export async function presentDependencies(db: DbOrTx, rows: (typeof dependencies.$inferSelect)[]) {
  const refs = await effortRefs(db, [...rows.map((r) => r.effortId), ...rows.map((r) => r.dependsOnEffortId).filter((x): x is string => !!x)]);
  return rows.map((r) => ({
    id: r.id,
    effort: refs.get(r.effortId)!,
    dependsOn: r.dependsOnEffortId ? refs.get(r.dependsOnEffortId)! : null,
    externalFactor: r.externalFactor,
    description: r.description,
  }));
}
export const dependencyRecords = makeRecords<DependencyIn, Awaited<ReturnType<typeof presentDependencies>>[number]>({
  type: 'dependency',
  table: dependencies as never,
  notFound: 'Deze afhankelijkheid bestaat niet (meer).',
  toRow: (d) => ({ dependsOnEffortId: d.dependsOnEffortId, externalFactor: d.dependsOnEffortId ? null : d.externalFactor || null, description: d.description }),
  present: async (db, rows) => presentDependencies(db, rows as unknown as (typeof dependencies.$inferSelect)[]),
  async validate(tx, d) {
    if (!d.dependsOnEffortId) return;
    await effortRef(tx, d.dependsOnEffortId).catch(() => {
      throw new AppError('validation', 'De gekozen inspanning bestaat niet.', [{ name: 'dependsOnEffortId', reason: 'De gekozen inspanning bestaat niet.' }]);
    });
  },
});

/** A dependency on itself is refused. */
export async function createDependency(db: Db, actor: Actor, effortId: string, input: DependencyIn) {
  if (input.dependsOnEffortId === effortId) {
    throw new AppError('validation', 'Een inspanning kan niet van zichzelf afhangen.', [{ name: 'dependsOnEffortId', reason: 'Een inspanning kan niet van zichzelf afhangen.' }]);
  }
  return dependencyRecords.create(db, actor, effortId, input);
}

export async function listAllDependencies(db: DbOrTx) {
  return presentDependencies(db, await db.select().from(dependencies));
}

export async function listRisks(db: DbOrTx, q: { effort?: string; status?: (typeof risks.$inferSelect)['status'] }) {
  const rows = await db
    .select()
    .from(risks)
    .where(and(q.effort ? eq(risks.effortId, q.effort) : undefined, q.status ? eq(risks.status, q.status) : undefined));
  return (await presentRisks(db, rows)).sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.effort.code.localeCompare(b.effort.code, 'nl', { numeric: true }));
}

export async function listBudgetLines(db: DbOrTx, q: { effort?: string; source?: string; year?: number }) {
  const rows = await db
    .select()
    .from(budgetLines)
    .where(
      and(
        q.effort ? eq(budgetLines.effortId, q.effort) : undefined,
        q.source ? eq(budgetLines.fundingSourceId, q.source) : undefined,
        q.year ? eq(budgetLines.year, q.year) : undefined,
      ),
    );
  return (await presentBudgetLines(db, rows)).sort(
    (a, b) => a.effort.code.localeCompare(b.effort.code, 'nl', { numeric: true }) || a.year - b.year || a.description.localeCompare(b.description),
  );
}
