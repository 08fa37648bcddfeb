/**
 * Case conferences (casuïstiekoverleg, VLB overleg): date, kind, participating organisations, the
 * cases on the agenda (with case responsibility confirmed or not) and the agreed actions.
 *
 * A conference is case data, because its agenda links cases. The need-to-know rule applies per
 * agenda case: the programme manager sees every conference; a case worker sees a conference only
 * when they are on the team of at least one case on its agenda, and then only those agenda cases
 * (and only the actions that are about no case or about one of those). Anyone else gets the same
 * 404 as for a conference that does not exist. Every read and change is written to the
 * data-processing log, one row per case concerned, in the same transaction.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Conference, ConferenceActionInput, ConferenceActionPatch, ConferenceInput, ConferenceKind, ConferencePatch } from '../../../shared/cases';
import type { Db, DbOrTx, Tx } from '../../db/client';
import { caseConferenceActions, caseConferenceCases, caseConferences, caseTeam, cases } from '../../db/schema';
import { AppError } from '../../errors';
import { type Actor, allows } from '../../policies';
import { type ProcessingContext, type ProcessingEntry, logProcessing } from './processing-log';

export const CONFERENCE_NOT_FOUND = 'Dit overleg bestaat niet of u heeft er geen toegang toe.';
const UNKNOWN_CASE = 'Deze casus bestaat niet of u heeft er geen toegang toe.';

type ConferenceRow = typeof caseConferences.$inferSelect;
type CaseRef = { id: string; code: string; status: Conference['agenda'][number]['status']; caseResponsible: string };

const todayIso = (now = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);

/** Of these case ids, the cases the actor may see (need-to-know), with what the agenda shows of them. */
async function visibleCases(db: DbOrTx, actor: Actor | null, caseIds: string[]): Promise<Map<string, CaseRef>> {
  const ids = [...new Set(caseIds)];
  if (!ids.length || !actor || !allows(actor, 'cases.read')) return new Map();
  const own =
    actor.role === 'programmamanager'
      ? undefined
      : inArray(cases.id, db.select({ id: caseTeam.caseId }).from(caseTeam).where(eq(caseTeam.userId, actor.id)));
  const rows = await db
    .select({ id: cases.id, code: cases.code, status: cases.status, caseResponsible: cases.caseResponsible })
    .from(cases)
    .where(and(inArray(cases.id, ids), own));
  return new Map(rows.map((r) => [r.id, r]));
}

function assertMayWrite(actor: Actor | null) {
  if (!actor || !allows(actor, 'cases.write')) throw new AppError('forbidden', 'U kunt dit overleg niet wijzigen.');
}

function invalid(name: string, reason: string): never {
  throw new AppError('validation', reason, [{ name, reason }]);
}

/** The conference and its agenda, when the actor may see it (else 404). */
async function loadVisible(tx: DbOrTx, actor: Actor | null, id: string, lock = false) {
  const q = tx.select().from(caseConferences).where(eq(caseConferences.id, id)).limit(1);
  const [row] = await (lock ? q.for('update') : q);
  if (!row || !actor || !allows(actor, 'cases.read')) throw new AppError('not_found', CONFERENCE_NOT_FOUND);
  const agenda = await tx.select().from(caseConferenceCases).where(eq(caseConferenceCases.conferenceId, id)).orderBy(asc(caseConferenceCases.sortOrder));
  const visible = await visibleCases(tx, actor, agenda.map((a) => a.caseId));
  if (actor.role !== 'programmamanager' && visible.size === 0) throw new AppError('not_found', CONFERENCE_NOT_FOUND);
  return { row, agenda, visible };
}

/** Presents conferences as the actor may see them; returns the log entries for the cases shown. */
async function present(db: DbOrTx, actor: Actor, rows: ConferenceRow[], now = new Date()): Promise<{ items: Conference[]; shown: { caseId: string; code: string; conferenceId: string }[] }> {
  if (!rows.length) return { items: [], shown: [] };
  const ids = rows.map((r) => r.id);
  const agenda = await db.select().from(caseConferenceCases).where(inArray(caseConferenceCases.conferenceId, ids)).orderBy(asc(caseConferenceCases.sortOrder));
  const actions = await db
    .select()
    .from(caseConferenceActions)
    .where(inArray(caseConferenceActions.conferenceId, ids))
    .orderBy(asc(caseConferenceActions.createdAt), asc(caseConferenceActions.id));
  const visible = await visibleCases(db, actor, [...agenda.map((a) => a.caseId), ...actions.flatMap((a) => (a.caseId ? [a.caseId] : []))]);
  const today = todayIso(now);
  const shown: { caseId: string; code: string; conferenceId: string }[] = [];
  const items = rows.map((r): Conference => {
    const mine = agenda.filter((a) => a.conferenceId === r.id && visible.has(a.caseId));
    for (const a of mine) shown.push({ caseId: a.caseId, code: visible.get(a.caseId)!.code, conferenceId: r.id });
    return {
      id: r.id,
      isDemo: r.isDemo,
      date: r.date,
      kind: r.kind,
      organisations: r.organisations,
      agenda: mine.map((a) => {
        const c = visible.get(a.caseId)!;
        return { caseId: c.id, caseCode: c.code, status: c.status, caseResponsible: c.caseResponsible, responsibilityConfirmed: a.responsibilityConfirmed };
      }),
      actions: actions
        .filter((a) => a.conferenceId === r.id && (a.caseId === null || visible.has(a.caseId)))
        .map((a) => ({
          id: a.id,
          caseId: a.caseId,
          caseCode: a.caseId ? visible.get(a.caseId)!.code : null,
          description: a.description,
          owner: a.owner,
          dueDate: a.dueDate,
          done: a.done,
          doneAt: a.doneAt?.toISOString() ?? null,
          overdue: !a.done && a.dueDate !== null && a.dueDate < today,
        })),
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
  return { items, shown };
}

const readEntries = (shown: { caseId: string; code: string; conferenceId: string }[]): ProcessingEntry[] =>
  shown.map((s) => ({ activity: 'tws.overleg.raadplegen', caseId: s.caseId, dataSubject: s.code, details: { conferenceId: s.conferenceId } }));

function changeEntries(conferenceId: string, concerned: Map<string, CaseRef>, fields: string[]): ProcessingEntry[] {
  return [...concerned.values()].map((c) => ({ activity: 'tws.overleg.wijzigen', caseId: c.id, dataSubject: c.code, details: { conferenceId, fields } }));
}

async function presentOne(tx: Tx, actor: Actor, id: string): Promise<Conference> {
  const [row] = await tx.select().from(caseConferences).where(eq(caseConferences.id, id));
  return (await present(tx, actor, [row!])).items[0]!;
}

/** Action cases must be on the agenda and visible to the actor. */
function checkActionCase(name: string, caseId: string | null, agendaCaseIds: Set<string>, visible: Map<string, CaseRef>) {
  if (caseId === null) return;
  if (!visible.has(caseId)) invalid(name, UNKNOWN_CASE);
  if (!agendaCaseIds.has(caseId)) invalid(name, 'Een actie kan alleen over een casus gaan die op de agenda staat.');
}

async function insertActions(tx: Tx, conferenceId: string, actions: ConferenceActionInput[], now: Date) {
  if (!actions.length) return;
  await tx.insert(caseConferenceActions).values(
    actions.map((a, i) => ({
      conferenceId,
      caseId: a.caseId,
      description: a.description,
      owner: a.owner,
      dueDate: a.dueDate,
      done: a.done,
      doneAt: a.done ? now : null,
      // keep the order in which they were sent
      createdAt: new Date(now.getTime() + i),
    })),
  );
}

export async function listConferences(db: Db, ctx: ProcessingContext, q: { kind?: ConferenceKind }): Promise<Conference[]> {
  const actor = ctx.actor!;
  return db.transaction(async (tx) => {
    if (!allows(actor, 'cases.read')) return [];
    const own =
      actor.role === 'programmamanager'
        ? undefined
        : inArray(
            caseConferences.id,
            tx
              .select({ id: caseConferenceCases.conferenceId })
              .from(caseConferenceCases)
              .innerJoin(caseTeam, eq(caseTeam.caseId, caseConferenceCases.caseId))
              .where(eq(caseTeam.userId, actor.id)),
          );
    const rows = await tx
      .select()
      .from(caseConferences)
      .where(and(own, q.kind ? eq(caseConferences.kind, q.kind) : undefined))
      .orderBy(desc(caseConferences.date), asc(caseConferences.id));
    const { items, shown } = await present(tx, actor, rows);
    await logProcessing(tx, ctx, readEntries(shown));
    return items;
  });
}

export async function getConference(db: Db, ctx: ProcessingContext, id: string): Promise<Conference> {
  return db.transaction(async (tx) => {
    const { row } = await loadVisible(tx, ctx.actor, id);
    const { items, shown } = await present(tx, ctx.actor!, [row]);
    await logProcessing(tx, ctx, readEntries(shown));
    return items[0]!;
  });
}

export async function createConference(db: Db, ctx: ProcessingContext, input: ConferenceInput, now = new Date()): Promise<Conference> {
  const actor = ctx.actor!;
  assertMayWrite(actor);
  return db.transaction(async (tx) => {
    const visible = await visibleCases(tx, actor, input.agenda.map((a) => a.caseId));
    for (const [i, a] of input.agenda.entries()) if (!visible.has(a.caseId)) invalid(`agenda.${i}.caseId`, UNKNOWN_CASE);
    if (actor.role !== 'programmamanager' && input.agenda.length === 0) {
      invalid('agenda', 'Zet minstens één casus van uw team op de agenda.');
    }
    const agendaIds = new Set(input.agenda.map((a) => a.caseId));
    for (const [i, a] of input.actions.entries()) checkActionCase(`actions.${i}.caseId`, a.caseId, agendaIds, visible);
    const [row] = await tx
      .insert(caseConferences)
      .values({ date: input.date, kind: input.kind, organisations: input.organisations, createdByUserId: actor.id })
      .returning();
    if (input.agenda.length) {
      await tx.insert(caseConferenceCases).values(input.agenda.map((a, i) => ({ conferenceId: row!.id, caseId: a.caseId, responsibilityConfirmed: a.responsibilityConfirmed, sortOrder: i })));
    }
    await insertActions(tx, row!.id, input.actions, now);
    await logProcessing(tx, ctx, changeEntries(row!.id, visible, ['agenda', ...(input.actions.length ? ['actions'] : [])]));
    return presentOne(tx, actor, row!.id);
  });
}

export async function updateConference(db: Db, ctx: ProcessingContext, id: string, patch: ConferencePatch): Promise<Conference> {
  const actor = ctx.actor!;
  return db.transaction(async (tx) => {
    const { row, agenda, visible } = await loadVisible(tx, actor, id, true);
    assertMayWrite(actor);
    if (row.version !== patch.version) {
      throw new AppError('conflict', 'Dit overleg is gewijzigd nadat u begon met bewerken. Uw wijzigingen zijn niet opgeslagen; laad het overleg opnieuw.');
    }
    const changed: string[] = [];
    const set: Partial<ConferenceRow> = {};
    if (patch.date !== undefined && patch.date !== row.date) {
      set.date = patch.date;
      changed.push('date');
    }
    if (patch.kind !== undefined && patch.kind !== row.kind) {
      set.kind = patch.kind;
      changed.push('kind');
    }
    if (patch.organisations !== undefined && JSON.stringify(patch.organisations) !== JSON.stringify(row.organisations)) {
      set.organisations = patch.organisations;
      changed.push('organisations');
    }
    // the cases this change concerns (for the processing log): what the caller sees, before and after
    const concerned = new Map(visible);
    if (patch.agenda) {
      const wanted = await visibleCases(tx, actor, patch.agenda.map((a) => a.caseId));
      for (const [i, a] of patch.agenda.entries()) if (!wanted.has(a.caseId)) invalid(`agenda.${i}.caseId`, UNKNOWN_CASE);
      // agenda cases the caller may not see stay, untouched and unseen
      const hidden = agenda.filter((a) => !visible.has(a.caseId));
      if (actor.role !== 'programmamanager' && patch.agenda.length === 0) invalid('agenda', 'Laat minstens één casus van uw team op de agenda staan.');
      const before = agenda.filter((a) => visible.has(a.caseId)).map((a) => `${a.caseId}:${a.responsibilityConfirmed}`);
      const after = patch.agenda.map((a) => `${a.caseId}:${a.responsibilityConfirmed}`);
      if (before.join() !== after.join()) {
        await tx.delete(caseConferenceCases).where(eq(caseConferenceCases.conferenceId, id));
        const rows = [
          ...patch.agenda.map((a) => ({ caseId: a.caseId, responsibilityConfirmed: a.responsibilityConfirmed })),
          ...hidden.map((a) => ({ caseId: a.caseId, responsibilityConfirmed: a.responsibilityConfirmed })),
        ];
        await tx.insert(caseConferenceCases).values(rows.map((a, i) => ({ conferenceId: id, ...a, sortOrder: i })));
        for (const [k, v] of wanted) concerned.set(k, v);
        changed.push('agenda');
      }
    }
    if (changed.length) {
      await tx
        .update(caseConferences)
        .set({ ...set, version: row.version + 1, updatedAt: new Date() })
        .where(eq(caseConferences.id, id));
      await logProcessing(tx, ctx, changeEntries(id, concerned, changed));
      return presentOne(tx, actor, id);
    }
    const { items, shown } = await present(tx, actor, [row]);
    await logProcessing(tx, ctx, readEntries(shown));
    return items[0]!;
  });
}

export async function addConferenceAction(db: Db, ctx: ProcessingContext, id: string, input: ConferenceActionInput, now = new Date()): Promise<Conference> {
  const actor = ctx.actor!;
  return db.transaction(async (tx) => {
    const { row, agenda, visible } = await loadVisible(tx, actor, id, true);
    assertMayWrite(actor);
    checkActionCase('caseId', input.caseId, new Set(agenda.map((a) => a.caseId)), visible);
    await insertActions(tx, id, [input], now);
    await tx.update(caseConferences).set({ version: row.version + 1, updatedAt: now }).where(eq(caseConferences.id, id));
    const concerned = input.caseId ? new Map([[input.caseId, visible.get(input.caseId)!]]) : visible;
    await logProcessing(tx, ctx, changeEntries(id, concerned, ['actions']));
    return presentOne(tx, actor, id);
  });
}

export async function updateConferenceAction(
  db: Db,
  ctx: ProcessingContext,
  id: string,
  actionId: string,
  patch: ConferenceActionPatch,
  now = new Date(),
): Promise<Conference> {
  const actor = ctx.actor!;
  return db.transaction(async (tx) => {
    const { row, visible } = await loadVisible(tx, actor, id, true);
    assertMayWrite(actor);
    const [action] = await tx
      .select()
      .from(caseConferenceActions)
      .where(and(eq(caseConferenceActions.id, actionId), eq(caseConferenceActions.conferenceId, id)));
    // an action about a case the caller may not see does not exist for them
    if (!action || (action.caseId !== null && !visible.has(action.caseId))) throw new AppError('not_found', 'Deze actie bestaat niet of u heeft er geen toegang toe.');
    const set: Partial<typeof caseConferenceActions.$inferSelect> = {};
    const changed: string[] = [];
    for (const k of ['description', 'owner', 'dueDate'] as const) {
      if (patch[k] !== undefined && patch[k] !== action[k]) {
        Object.assign(set, { [k]: patch[k] });
        changed.push(k);
      }
    }
    if (patch.done !== undefined && patch.done !== action.done) {
      set.done = patch.done;
      set.doneAt = patch.done ? now : null;
      changed.push('done');
    }
    if (changed.length) {
      await tx.update(caseConferenceActions).set(set).where(eq(caseConferenceActions.id, actionId));
      await tx.update(caseConferences).set({ version: row.version + 1, updatedAt: now }).where(eq(caseConferences.id, id));
      const concerned = action.caseId ? new Map([[action.caseId, visible.get(action.caseId)!]]) : visible;
      await logProcessing(tx, ctx, changeEntries(id, concerned, changed.map((f) => `actions.${f}`)));
    }
    return presentOne(tx, actor, id);
  });
}
