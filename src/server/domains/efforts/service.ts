import { and, asc, desc, eq, ilike, inArray, lt, or, sql } from 'drizzle-orm';
import type { EffortDetail, EffortListItem, EffortPatch, OpenFields, SearchResults } from '../../../shared/api';
import { FORM_FIELD_KEYS, type FieldState, type FormFieldKey } from '../../../shared/form-fields';
import { type ChangeEntry, recordChanges } from '../../audit/change-log';
import type { Db, DbOrTx } from '../../db/client';
import {
  changeLog,
  effortFields,
  effortGoals,
  effortOrganisations,
  effortPeople,
  effortPrinciples,
  efforts,
  goals,
  organisations,
  people,
  principles,
} from '../../db/schema';
import { AppError } from '../../errors';
import { type Actor, canEditEffort } from '../../policies';

const iso = (d: Date) => d.toISOString();
const FIELD_ORDER = new Map(FORM_FIELD_KEYS.map((k, i) => [k, i]));

export async function listEfforts(db: Db): Promise<EffortListItem[]> {
  // Three flat queries merged here: cheaper than per-effort subqueries at 500+ efforts
  // (bench/: GET /api/v1/efforts). Open fields come from the partial index effort_fields_open_idx.
  const [rows, open, leaders] = await Promise.all([
    db
      .select({
        id: efforts.id,
        code: efforts.code,
        name: efforts.name,
        parentId: efforts.parentId,
        projectName: efforts.projectName,
        hasForm: efforts.hasForm,
        updatedAt: efforts.updatedAt,
      })
      .from(efforts)
      .orderBy(asc(efforts.sortOrder), asc(efforts.code)),
    db
      .select({ effortId: effortFields.effortId, state: effortFields.state, n: sql<number>`count(*)::int` })
      .from(effortFields)
      .where(sql`${effortFields.state} <> 'filled'`)
      .groupBy(effortFields.effortId, effortFields.state),
    db
      .select({ effortId: effortPeople.effortId, name: people.name })
      .from(effortPeople)
      .innerJoin(people, eq(people.id, effortPeople.personId))
      .where(eq(effortPeople.role, 'projectleider'))
      .orderBy(asc(people.name)),
  ]);
  const counts = new Map<string, { open: number; ntb: number }>();
  for (const o of open) {
    const c = counts.get(o.effortId) ?? { open: 0, ntb: 0 };
    c.open += o.n;
    if (o.state === 'ntb') c.ntb += o.n;
    counts.set(o.effortId, c);
  }
  const leaderNames = new Map<string, string[]>();
  for (const l of leaders) leaderNames.set(l.effortId, [...(leaderNames.get(l.effortId) ?? []), l.name]);
  return rows.map((r) => ({
    ...r,
    openFieldCount: r.hasForm ? (counts.get(r.id)?.open ?? 0) : 0,
    ntbFieldCount: r.hasForm ? (counts.get(r.id)?.ntb ?? 0) : 0,
    projectLeaders: leaderNames.get(r.id) ?? [],
    updatedAt: iso(r.updatedAt),
  }));
}

/** People who are projectleider of the effort or of one of its ancestors. */
export async function leaderPersonIds(db: DbOrTx, effortId: string): Promise<string[]> {
  const rows = await db.execute<{ person_id: string }>(sql`
    with recursive chain(id, parent_id) as (
      select id, parent_id from efforts where id = ${effortId}
      union all
      select e.id, e.parent_id from efforts e join chain c on e.id = c.parent_id
    )
    select ep.person_id from effort_people ep join chain c on c.id = ep.effort_id where ep.role = 'projectleider'`);
  return rowsOf<{ person_id: string }>(rows).map((r) => r.person_id);
}

/** drizzle's execute returns { rows } on both pglite and node-postgres */
function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export async function getEffort(db: DbOrTx, id: string, actor: Actor | null): Promise<EffortDetail> {
  const [effort] = await db.select().from(efforts).where(eq(efforts.id, id)).limit(1);
  if (!effort) throw new AppError('not_found', 'Deze inspanning bestaat niet (meer).');
  const [parent, children, fields, ppl, orgs, prins, gls, leaders] = await Promise.all([
    effort.parentId
      ? db.select({ id: efforts.id, code: efforts.code, name: efforts.name }).from(efforts).where(eq(efforts.id, effort.parentId))
      : Promise.resolve([]),
    db
      .select({ id: efforts.id, code: efforts.code, name: efforts.name })
      .from(efforts)
      .where(eq(efforts.parentId, id))
      .orderBy(asc(efforts.sortOrder), asc(efforts.code)),
    db.select().from(effortFields).where(eq(effortFields.effortId, id)),
    db
      .select({ id: people.id, name: people.name, kind: people.kind, role: effortPeople.role, description: effortPeople.description })
      .from(effortPeople)
      .innerJoin(people, eq(people.id, effortPeople.personId))
      .where(eq(effortPeople.effortId, id))
      .orderBy(asc(effortPeople.role), asc(people.name)),
    db
      .select({ id: organisations.id, name: organisations.name, role: effortOrganisations.role, description: effortOrganisations.description })
      .from(effortOrganisations)
      .innerJoin(organisations, eq(organisations.id, effortOrganisations.organisationId))
      .where(eq(effortOrganisations.effortId, id))
      .orderBy(asc(effortOrganisations.role), asc(organisations.name)),
    db
      .select({ id: principles.id, name: principles.name })
      .from(effortPrinciples)
      .innerJoin(principles, eq(principles.id, effortPrinciples.principleId))
      .where(eq(effortPrinciples.effortId, id))
      .orderBy(asc(principles.sortOrder)),
    db
      .select({ id: goals.id, name: goals.name })
      .from(effortGoals)
      .innerJoin(goals, eq(goals.id, effortGoals.goalId))
      .where(eq(effortGoals.effortId, id))
      .orderBy(asc(goals.sortOrder)),
    actor ? leaderPersonIds(db, id) : Promise.resolve([]),
  ]);
  return {
    effort: {
      id: effort.id,
      code: effort.code,
      name: effort.name,
      projectName: effort.projectName,
      parentId: effort.parentId,
      hasForm: effort.hasForm,
      version: effort.version,
      updatedAt: iso(effort.updatedAt),
    },
    parent: parent[0] ?? null,
    children,
    fields: fields
      .filter((f) => FIELD_ORDER.has(f.fieldKey as FormFieldKey))
      .sort((a, b) => FIELD_ORDER.get(a.fieldKey as FormFieldKey)! - FIELD_ORDER.get(b.fieldKey as FormFieldKey)!)
      .map((f) => ({ key: f.fieldKey as FormFieldKey, state: f.state, value: f.value, updatedAt: iso(f.updatedAt) })),
    people: ppl,
    organisations: orgs,
    principles: prins,
    goals: gls,
    abilities: { edit: canEditEffort(actor, leaders) },
  };
}

export function effortLabel(e: { code: string; name: string }) {
  return `${e.code} ${e.name}`;
}

/**
 * Applies an edit to an effort in one transaction: checks the version (409 when someone else
 * saved in between), checks the actor may edit this effort, writes the changed values, one
 * change-log row per changed field, and bumps the version.
 */
export async function updateEffort(db: Db, actor: Actor, id: string, patch: EffortPatch): Promise<EffortDetail> {
  return db.transaction(async (tx) => {
    const [effort] = await tx.select().from(efforts).where(eq(efforts.id, id)).for('update').limit(1);
    if (!effort) throw new AppError('not_found', 'Deze inspanning bestaat niet (meer).');
    if (!canEditEffort(actor, await leaderPersonIds(tx, id))) {
      throw new AppError('forbidden', 'U kunt alleen inspanningen bewerken waarvan u projectleider bent.');
    }
    if (effort.version !== patch.version) {
      throw new AppError(
        'conflict',
        'Deze inspanning is gewijzigd nadat u begon met bewerken. Uw wijzigingen zijn niet opgeslagen; laad de pagina opnieuw en breng ze opnieuw aan.',
      );
    }
    const label = effortLabel(effort);
    const changes: ChangeEntry[] = [];
    const base = { entityType: 'effort', entityId: id, entityLabel: label, action: 'update' as const };
    const now = new Date();
    const effortUpdate: Partial<typeof efforts.$inferInsert> = {};

    if (patch.name !== undefined && patch.name !== effort.name) {
      effortUpdate.name = patch.name;
      changes.push({ ...base, field: 'name', before: effort.name, after: patch.name });
    }
    if (patch.projectName !== undefined) {
      const next = patch.projectName === '' ? null : patch.projectName;
      if (next !== effort.projectName) {
        effortUpdate.projectName = next;
        changes.push({ ...base, field: 'projectName', before: effort.projectName, after: next });
      }
    }

    if (patch.fields) {
      const current = new Map(
        (await tx.select().from(effortFields).where(eq(effortFields.effortId, id))).map((f) => [f.fieldKey, f]),
      );
      for (const [key, f] of Object.entries(patch.fields) as [FormFieldKey, { state: FieldState; value?: string }][]) {
        const value = f.state === 'filled' ? (f.value ?? '').trim() : '';
        const old = current.get(key);
        const before = old ? { state: old.state, value: old.value } : { state: 'empty', value: '' };
        if (before.state === f.state && before.value === value) continue;
        await tx
          .insert(effortFields)
          .values({ effortId: id, fieldKey: key, state: f.state, value, updatedAt: now })
          .onConflictDoUpdate({ target: [effortFields.effortId, effortFields.fieldKey], set: { state: f.state, value, updatedAt: now } });
        changes.push({ ...base, field: key, before, after: { state: f.state, value } });
        if (f.state === 'filled' && !effort.hasForm) effortUpdate.hasForm = true;
      }
    }

    if (patch.principleIds) {
      await replaceLinks(tx, changes, base, 'principles', patch.principleIds, id);
    }
    if (patch.goalIds) {
      await replaceLinks(tx, changes, base, 'goals', patch.goalIds, id);
    }

    if (changes.length > 0) {
      await tx
        .update(efforts)
        .set({ ...effortUpdate, version: effort.version + 1, updatedAt: now })
        .where(eq(efforts.id, id));
      await recordChanges(tx, actor, changes);
    }
    return getEffort(tx, id, actor);
  });
}

async function replaceLinks(
  tx: DbOrTx,
  changes: ChangeEntry[],
  base: Omit<ChangeEntry, 'field'>,
  kind: 'principles' | 'goals',
  wantedIds: string[],
  effortId: string,
) {
  const table = kind === 'principles' ? principles : goals;
  const link = kind === 'principles' ? effortPrinciples : effortGoals;
  const linkCol = kind === 'principles' ? effortPrinciples.principleId : effortGoals.goalId;
  const wanted = [...new Set(wantedIds)];
  const known = wanted.length ? await tx.select({ id: table.id, name: table.name }).from(table).where(inArray(table.id, wanted)) : [];
  if (known.length !== wanted.length) {
    const message = kind === 'principles' ? 'Een gekozen strategisch principe bestaat niet.' : 'Een gekozen doelstelling bestaat niet.';
    throw new AppError('validation', message, [{ name: kind === 'principles' ? 'principleIds' : 'goalIds', reason: message }]);
  }
  const current = await tx
    .select({ id: table.id, name: table.name })
    .from(link)
    .innerJoin(table, eq(table.id, linkCol))
    .where(eq(link.effortId, effortId));
  const beforeNames = current.map((c) => c.name).sort();
  const afterNames = known.map((c) => c.name).sort();
  if (beforeNames.join('\n') === afterNames.join('\n')) return;
  await tx.delete(link).where(eq(link.effortId, effortId));
  if (wanted.length) {
    await tx.insert(link).values(
      wanted.map((wid) => (kind === 'principles' ? { effortId, principleId: wid } : { effortId, goalId: wid })) as never,
    );
  }
  changes.push({ ...base, action: 'update', field: kind, before: beforeNames, after: afterNames });
}

/** A page of an effort's history, newest first (keyset pagination on the change-log id). */
export async function effortHistory(db: Db, id: string, opts: { field?: string; limit: number; before?: number }) {
  const [effort] = await db.select({ id: efforts.id }).from(efforts).where(eq(efforts.id, id)).limit(1);
  if (!effort) throw new AppError('not_found', 'Deze inspanning bestaat niet (meer).');
  // the effort's own changes, and those of its results, milestones, risks, … (change_log.effort_id)
  const match = and(
    or(and(eq(changeLog.entityType, 'effort'), eq(changeLog.entityId, id)), eq(changeLog.effortId, id)),
    opts.field ? eq(changeLog.field, opts.field) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(changeLog)
      .where(and(match, opts.before ? lt(changeLog.id, opts.before) : undefined))
      .orderBy(desc(changeLog.id))
      .limit(opts.limit + 1),
    db.select({ n: sql<number>`count(*)::int` }).from(changeLog).where(match),
  ]);
  const page = rows.slice(0, opts.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      entityType: r.entityType,
      at: iso(r.at),
      actor: r.actorLabel,
      action: r.action,
      field: r.field,
      before: r.before,
      after: r.after,
    })),
    total: count?.n ?? 0,
    nextBefore: rows.length > opts.limit ? page[page.length - 1]!.id : null,
  };
}

function snippet(text: string, q: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const i = flat.toLowerCase().indexOf(q.toLowerCase());
  if (i < 0) return flat.slice(0, 160);
  const start = Math.max(0, i - 60);
  const end = Math.min(flat.length, i + q.length + 90);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function searchEfforts(db: Db, q: string): Promise<SearchResults['items']> {
  const pattern = `%${escapeLike(q)}%`;
  const [byName, byField] = await Promise.all([
    db
      .select({ id: efforts.id, code: efforts.code, name: efforts.name, projectName: efforts.projectName, sortOrder: efforts.sortOrder })
      .from(efforts)
      .where(or(ilike(efforts.name, pattern), ilike(efforts.projectName, pattern), ilike(efforts.code, pattern)))
      .orderBy(asc(efforts.sortOrder)),
    db
      .select({
        id: efforts.id,
        code: efforts.code,
        name: efforts.name,
        sortOrder: efforts.sortOrder,
        fieldKey: effortFields.fieldKey,
        value: effortFields.value,
      })
      .from(effortFields)
      .innerJoin(efforts, eq(efforts.id, effortFields.effortId))
      .where(and(eq(effortFields.state, 'filled'), ilike(effortFields.value, pattern)))
      .orderBy(asc(efforts.sortOrder))
      .limit(200),
  ]);
  const items: SearchResults['items'] = byName.map((e) => ({
    effort: { id: e.id, code: e.code, name: e.name },
    field: null,
    snippet: e.projectName && e.projectName !== e.name ? e.projectName : e.name,
  }));
  const fieldHits = byField.sort(
    (a, b) => a.sortOrder - b.sortOrder || FIELD_ORDER.get(a.fieldKey as FormFieldKey)! - FIELD_ORDER.get(b.fieldKey as FormFieldKey)!,
  );
  for (const h of fieldHits) {
    items.push({ effort: { id: h.id, code: h.code, name: h.name }, field: h.fieldKey as FormFieldKey, snippet: snippet(h.value, q) });
  }
  return items;
}

export async function openFields(db: Db): Promise<OpenFields['items']> {
  const rows = await db
    .select({ id: efforts.id, code: efforts.code, name: efforts.name, sortOrder: efforts.sortOrder, key: effortFields.fieldKey, state: effortFields.state })
    .from(effortFields)
    .innerJoin(efforts, eq(efforts.id, effortFields.effortId))
    .where(and(eq(efforts.hasForm, true), sql`${effortFields.state} <> 'filled'`))
    .orderBy(asc(efforts.sortOrder));
  const byEffort = new Map<string, OpenFields['items'][number]>();
  for (const r of rows) {
    let item = byEffort.get(r.id);
    if (!item) {
      item = { effort: { id: r.id, code: r.code, name: r.name }, open: [] };
      byEffort.set(r.id, item);
    }
    item.open.push({ key: r.key as FormFieldKey, state: r.state as 'ntb' | 'empty' });
  }
  for (const item of byEffort.values()) item.open.sort((a, b) => FIELD_ORDER.get(a.key)! - FIELD_ORDER.get(b.key)!);
  return [...byEffort.values()];
}
