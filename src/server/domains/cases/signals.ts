/**
 * System signals (systeemsignalen): similar knelpunten clustered into one signal — suggested by
 * text similarity, confirmed by a person — with an owner in the line organisation, a learning
 * circle, and the path to a structural change (gesignaleerd → geagendeerd → in behandeling →
 * structureel opgelost / niet opgelost).
 *
 * The signal itself holds no case data (title, owner, kind, status are about the system, checked
 * by the personal-data detector), so every role with aggregate access sees the signals, their
 * status history and their counts (protected per suppression.ts for roles without exact access).
 * Which knelpunten a signal holds is case data via the case: the knelpunten themselves are listed
 * only for the cases the caller may see, and listing or (un)linking them is logged.
 */
import { and, asc, desc, eq, inArray, notExists, sql } from 'drizzle-orm';
import {
  type Count,
  SIGNAL_SIMILARITY_THRESHOLD,
  SIGNAL_STATUS_LABELS,
  SIGNAL_TRANSITIONS,
  type SignalInput,
  type SignalPatch,
  type SystemSignal,
} from '../../../shared/cases';
import { recordChanges } from '../../audit/change-log';
import type { Db, DbOrTx } from '../../db/client';
import { caseTeam, cases, knelpunten, systemSignalKnelpunten, systemSignalStatusChanges, systemSignals } from '../../db/schema';
import { AppError } from '../../errors';
import { type Actor, allows } from '../../policies';
import { type ProcessingContext, logProcessing } from './processing-log';
import { protectCount } from './suppression';

export const SIGNAL_NOT_FOUND = 'Dit systeemsignaal bestaat niet.';
const UNKNOWN_KNELPUNT = 'Dit knelpunt bestaat niet of u heeft er geen toegang toe.';
export const SUGGESTION_METHOD =
  `Knelpunten die nog bij geen signaal horen, gegroepeerd op de tekst van wat blokkeerde (de regel, wet, organisatie of gewoonte): ` +
  `kleine letters, spaties aan de randen weg, en dan trigram-gelijkenis (pg_trgm similarity) van minstens ${SIGNAL_SIMILARITY_THRESHOLD}. ` +
  `Teksten die via een keten op elkaar lijken vormen één groep; een groep telt minstens twee knelpunten. Een mens bevestigt.`;

type SignalRow = typeof systemSignals.$inferSelect;
type KnelpuntOut = SystemSignal['knelpunten'][number];

const knelpuntColumns = {
  id: knelpunten.id,
  caseId: knelpunten.caseId,
  caseCode: cases.code,
  route: knelpunten.route,
  blocker: knelpunten.blocker,
  blockerType: knelpunten.blockerType,
  kind: knelpunten.kind,
  explanation: knelpunten.explanation,
};

/** A condition on knelpunten.caseId: the cases the actor may see (undefined: all, for the programme manager). */
function visibleCaseFilter(db: DbOrTx, actor: Actor) {
  if (actor.role === 'programmamanager') return undefined;
  return inArray(knelpunten.caseId, db.select({ id: caseTeam.caseId }).from(caseTeam).where(eq(caseTeam.userId, actor.id)));
}

/** Of these knelpunt ids, those of cases the actor may see. */
async function visibleKnelpunten(db: DbOrTx, actor: Actor, ids: string[]): Promise<Map<string, KnelpuntOut>> {
  if (!ids.length || !allows(actor, 'cases.read')) return new Map();
  const rows = await db
    .select(knelpuntColumns)
    .from(knelpunten)
    .innerJoin(cases, eq(cases.id, knelpunten.caseId))
    .where(and(inArray(knelpunten.id, [...new Set(ids)]), visibleCaseFilter(db, actor)));
  return new Map(rows.map((r) => [r.id, r]));
}

function logEntries(activity: 'tws.knelpunten' | 'tws.signaal', items: KnelpuntOut[], details: Record<string, unknown>) {
  const perCase = new Map<string, string>();
  for (const k of items) perCase.set(k.caseId, k.caseCode);
  return [...perCase].map(([caseId, code]) => ({ activity, caseId, dataSubject: code, details }));
}

async function presentSignals(db: DbOrTx, ctx: ProcessingContext, rows: SignalRow[]): Promise<SystemSignal[]> {
  const actor = ctx.actor!;
  if (!rows.length) return [];
  const exact = allows(actor, 'cases.aggregate.exact');
  const publish = (n: number): Count => (exact ? n : protectCount(n));
  const ids = rows.map((r) => r.id);
  const counts = await db
    .select({
      signalId: systemSignalKnelpunten.signalId,
      knelpunten: sql<number>`count(*)::int`,
      cases: sql<number>`count(distinct ${knelpunten.caseId})::int`,
    })
    .from(systemSignalKnelpunten)
    .innerJoin(knelpunten, eq(knelpunten.id, systemSignalKnelpunten.knelpuntId))
    .where(inArray(systemSignalKnelpunten.signalId, ids))
    .groupBy(systemSignalKnelpunten.signalId);
  const history = await db
    .select()
    .from(systemSignalStatusChanges)
    .where(inArray(systemSignalStatusChanges.signalId, ids))
    .orderBy(asc(systemSignalStatusChanges.id));
  let linked: (KnelpuntOut & { signalId: string })[] = [];
  if (allows(actor, 'cases.read')) {
    linked = await db
      .select({ ...knelpuntColumns, signalId: systemSignalKnelpunten.signalId })
      .from(systemSignalKnelpunten)
      .innerJoin(knelpunten, eq(knelpunten.id, systemSignalKnelpunten.knelpuntId))
      .innerJoin(cases, eq(cases.id, knelpunten.caseId))
      .where(and(inArray(systemSignalKnelpunten.signalId, ids), visibleCaseFilter(db, actor)))
      .orderBy(asc(cases.code), asc(knelpunten.sortOrder));
    await logProcessing(db, ctx, logEntries('tws.knelpunten', linked, { fields: ['knelpunten'], via: 'systeemsignalen' }));
  }
  return rows.map((r) => {
    const c = counts.find((x) => x.signalId === r.id);
    return {
      id: r.id,
      isDemo: r.isDemo,
      title: r.title,
      owner: r.owner,
      learningCircle: r.learningCircle,
      changeKind: r.changeKind,
      status: r.status,
      statusReason: r.statusReason,
      statusChangedAt: r.statusChangedAt.toISOString(),
      history: history
        .filter((h) => h.signalId === r.id)
        .map((h) => ({ from: h.fromStatus, to: h.toStatus, reason: h.reason, at: h.at.toISOString(), by: h.byLabel })),
      knelpuntCount: publish((c?.knelpunten ?? 0) + r.erasedKnelpunten),
      caseCount: publish(c?.cases ?? 0),
      knelpunten: linked.filter((k) => k.signalId === r.id).map(({ signalId: _, ...k }) => k),
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

export async function listSignals(db: Db, ctx: ProcessingContext) {
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(systemSignals).orderBy(desc(systemSignals.createdAt), asc(systemSignals.id));
    return { exact: allows(ctx.actor!, 'cases.aggregate.exact'), items: await presentSignals(tx, ctx, rows) };
  });
}

export async function getSignal(db: Db, ctx: ProcessingContext, id: string): Promise<SystemSignal> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(systemSignals).where(eq(systemSignals.id, id));
    if (!row) throw new AppError('not_found', SIGNAL_NOT_FOUND);
    return (await presentSignals(tx, ctx, [row]))[0]!;
  });
}

function assertMayWrite(actor: Actor | null): asserts actor is Actor {
  if (!actor || !allows(actor, 'cases.write')) throw new AppError('forbidden', 'U kunt systeemsignalen niet vastleggen of wijzigen.');
}

function invalid(name: string, reason: string): never {
  throw new AppError('validation', reason, [{ name, reason }]);
}

/** The knelpunten to link: visible to the actor and not yet in another signal. */
async function checkLinkable(tx: DbOrTx, actor: Actor, ids: string[], field: string, signalId: string | null) {
  const visible = await visibleKnelpunten(tx, actor, ids);
  for (const [i, id] of ids.entries()) if (!visible.has(id)) invalid(`${field}.${i}`, UNKNOWN_KNELPUNT);
  const taken = await tx
    .select({ knelpuntId: systemSignalKnelpunten.knelpuntId, title: systemSignals.title, signalId: systemSignals.id })
    .from(systemSignalKnelpunten)
    .innerJoin(systemSignals, eq(systemSignals.id, systemSignalKnelpunten.signalId))
    .where(inArray(systemSignalKnelpunten.knelpuntId, ids));
  for (const t of taken) {
    if (t.signalId === signalId) continue;
    invalid(`${field}.${ids.indexOf(t.knelpuntId)}`, `Dit knelpunt hoort al bij het signaal '${t.title}'.`);
  }
  return visible;
}

export async function createSignal(db: Db, ctx: ProcessingContext, input: SignalInput, now = new Date()): Promise<SystemSignal> {
  const actor = ctx.actor;
  assertMayWrite(actor);
  return db.transaction(async (tx) => {
    const ids = [...new Set(input.knelpuntIds)];
    const visible = await checkLinkable(tx, actor, ids, 'knelpuntIds', null);
    const [row] = await tx
      .insert(systemSignals)
      .values({ title: input.title, owner: input.owner, learningCircle: input.learningCircle, changeKind: input.changeKind, statusChangedAt: now, createdByUserId: actor.id })
      .returning();
    await tx.insert(systemSignalKnelpunten).values(ids.map((knelpuntId) => ({ signalId: row!.id, knelpuntId })));
    await tx.insert(systemSignalStatusChanges).values({ signalId: row!.id, fromStatus: null, toStatus: 'gesignaleerd', at: now, userId: actor.id, byLabel: actor.displayName });
    await recordChanges(tx, actor, [
      {
        entityType: 'system_signal',
        entityId: row!.id,
        entityLabel: row!.title,
        action: 'create',
        after: { title: row!.title, owner: row!.owner, learningCircle: row!.learningCircle, changeKind: row!.changeKind, status: row!.status },
      },
    ]);
    await logProcessing(tx, ctx, logEntries('tws.signaal', [...visible.values()], { signalId: row!.id, linked: true }));
    return (await presentSignals(tx, ctx, [row!]))[0]!;
  });
}

export async function updateSignal(db: Db, ctx: ProcessingContext, id: string, patch: SignalPatch, now = new Date()): Promise<SystemSignal> {
  const actor = ctx.actor;
  assertMayWrite(actor);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(systemSignals).where(eq(systemSignals.id, id)).for('update');
    if (!row) throw new AppError('not_found', SIGNAL_NOT_FOUND);
    if (row.version !== patch.version) {
      throw new AppError('conflict', 'Dit signaal is gewijzigd nadat u begon met bewerken. Uw wijzigingen zijn niet opgeslagen; laad het signaal opnieuw.');
    }
    const set: Partial<SignalRow> = {};
    const changes: { field: string; before: unknown; after: unknown }[] = [];
    for (const k of ['title', 'owner', 'learningCircle', 'changeKind'] as const) {
      if (patch[k] !== undefined && patch[k] !== row[k]) {
        Object.assign(set, { [k]: patch[k] });
        changes.push({ field: k, before: row[k], after: patch[k] });
      }
    }
    if (patch.status !== undefined && patch.status !== row.status) {
      const allowed = SIGNAL_TRANSITIONS[row.status];
      if (!allowed.includes(patch.status)) {
        const nl = (s: keyof typeof SIGNAL_STATUS_LABELS) => SIGNAL_STATUS_LABELS[s].nl.toLowerCase();
        const options = allowed.length ? `Mogelijk vanaf hier: ${allowed.map(nl).join(', ')}.` : 'Een structureel opgelost signaal gaat niet verder.';
        throw new AppError('conflict', `Van ‘${nl(row.status)}’ kan het signaal niet naar ‘${nl(patch.status)}’. ${options}`);
      }
      const reason = patch.statusReason ?? '';
      set.status = patch.status;
      set.statusReason = reason;
      set.statusChangedAt = now;
      changes.push({ field: 'status', before: row.status, after: patch.status });
      await tx.insert(systemSignalStatusChanges).values({ signalId: id, fromStatus: row.status, toStatus: patch.status, reason, at: now, userId: actor.id, byLabel: actor.displayName });
    } else if (patch.statusReason !== undefined && patch.statusReason !== row.statusReason) {
      if (row.status === 'niet_opgelost' && patch.statusReason.length < 3) invalid('statusReason', 'Geef de reden waarom het niet is opgelost (minstens 3 tekens).');
      set.statusReason = patch.statusReason;
      changes.push({ field: 'statusReason', before: row.statusReason, after: patch.statusReason });
    }
    // knelpunten: only those of cases the caller may see can be added or removed
    const add = [...new Set(patch.addKnelpuntIds ?? [])];
    const remove = [...new Set(patch.removeKnelpuntIds ?? [])];
    const touched: KnelpuntOut[] = [];
    if (add.length) {
      const visible = await checkLinkable(tx, actor, add, 'addKnelpuntIds', id);
      await tx.insert(systemSignalKnelpunten).values(add.map((knelpuntId) => ({ signalId: id, knelpuntId }))).onConflictDoNothing();
      touched.push(...visible.values());
    }
    if (remove.length) {
      const visible = await visibleKnelpunten(tx, actor, remove);
      const mine = await tx
        .select({ knelpuntId: systemSignalKnelpunten.knelpuntId })
        .from(systemSignalKnelpunten)
        .where(and(eq(systemSignalKnelpunten.signalId, id), inArray(systemSignalKnelpunten.knelpuntId, remove)));
      const linked = new Set(mine.map((m) => m.knelpuntId));
      for (const [i, k] of remove.entries()) {
        if (!visible.has(k)) invalid(`removeKnelpuntIds.${i}`, UNKNOWN_KNELPUNT);
        if (!linked.has(k)) invalid(`removeKnelpuntIds.${i}`, 'Dit knelpunt hoort niet bij dit signaal.');
      }
      await tx.delete(systemSignalKnelpunten).where(and(eq(systemSignalKnelpunten.signalId, id), inArray(systemSignalKnelpunten.knelpuntId, remove)));
      touched.push(...visible.values());
    }
    let current = row;
    if (changes.length || touched.length) {
      [current] = (await tx
        .update(systemSignals)
        .set({ ...set, version: row.version + 1, updatedAt: now })
        .where(eq(systemSignals.id, id))
        .returning()) as [SignalRow];
      await recordChanges(
        tx,
        actor,
        changes.map((c) => ({ entityType: 'system_signal', entityId: id, entityLabel: current.title, action: 'update' as const, field: c.field, before: c.before, after: c.after })),
      );
      if (add.length || remove.length) {
        // how many, never which: the knelpunten are case data
        await recordChanges(tx, actor, [{ entityType: 'system_signal', entityId: id, entityLabel: current.title, action: 'update', field: 'knelpunten', after: { added: add.length, removed: remove.length } }]);
      }
      await logProcessing(tx, ctx, logEntries('tws.signaal', touched, { signalId: id, added: add.length, removed: remove.length }));
    }
    return (await presentSignals(tx, ctx, [current]))[0]!;
  });
}

/** Union-find over the distinct blocking texts. */
function clusters(texts: string[], pairs: { a: string; b: string }[]): string[][] {
  const parent = new Map(texts.map((t) => [t, t]));
  const find = (t: string): string => {
    let r = t;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(t, r);
    return r;
  };
  for (const { a, b } of pairs) {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const t of texts) groups.set(find(t), [...(groups.get(find(t)) ?? []), t]);
  return [...groups.values()];
}

/**
 * Suggested clusters of the knelpunten (of cases the caller may see) that are in no signal yet.
 * Deterministic: the same knelpunten give the same clusters in the same order.
 */
export async function suggestSignals(db: Db, ctx: ProcessingContext) {
  const actor = ctx.actor!;
  return db.transaction(async (tx) => {
    const rows = await tx
      .select(knelpuntColumns)
      .from(knelpunten)
      .innerJoin(cases, eq(cases.id, knelpunten.caseId))
      .where(
        and(
          visibleCaseFilter(tx, actor),
          notExists(tx.select({ one: sql`1` }).from(systemSignalKnelpunten).where(eq(systemSignalKnelpunten.knelpuntId, knelpunten.id))),
        ),
      )
      .orderBy(asc(cases.code), asc(knelpunten.sortOrder));
    const norm = (t: string) => t.trim().toLowerCase().replace(/\s+/g, ' ');
    const texts = [...new Set(rows.map((r) => norm(r.blocker)))].sort();
    const pairs = texts.length
      ? ((
          (await tx.execute(
            sql`with t as (select value as v from jsonb_array_elements_text(${JSON.stringify(texts)}::jsonb))
                select t1.v as a, t2.v as b from t t1 join t t2 on t1.v < t2.v where similarity(t1.v, t2.v) >= ${SIGNAL_SIMILARITY_THRESHOLD}`,
          )) as unknown as { rows: { a: string; b: string }[] }
        ).rows)
      : [];
    const items = clusters(texts, pairs)
      .map((group) => {
        const members = rows.filter((r) => group.includes(norm(r.blocker)));
        const freq = new Map<string, number>();
        for (const m of members) freq.set(m.blocker.trim(), (freq.get(m.blocker.trim()) ?? 0) + 1);
        const label = [...freq].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
        return { label, blockers: [...freq.keys()].sort(), caseCount: new Set(members.map((m) => m.caseId)).size, knelpunten: members };
      })
      .filter((c) => c.knelpunten.length >= 2)
      .sort((a, b) => b.caseCount - a.caseCount || b.knelpunten.length - a.knelpunten.length || a.label.localeCompare(b.label))
      .slice(0, 50);
    await logProcessing(tx, ctx, logEntries('tws.knelpunten', items.flatMap((c) => c.knelpunten), { fields: ['knelpunten'], via: 'signaalsuggesties' }));
    return { threshold: SIGNAL_SIMILARITY_THRESHOLD, method: SUGGESTION_METHOD, items };
  });
}
