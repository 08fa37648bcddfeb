/**
 * Tussen Wal en Schip cases: register, list, read, change, move through the workflow. Every
 * function checks the need-to-know rule (canSeeCase) inside its transaction and writes the
 * data-processing log in that same transaction. A case the caller may not see is answered with
 * the same 404 as a case that does not exist.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  CASE_TRANSITIONS,
  type CaseDetail,
  type CaseInput,
  type CasePatch,
  type CaseStatus,
  DEFAULT_FRAMEWORK,
  type TeamCandidates,
} from '../../../shared/cases';
import { ROLES } from '../../../shared/roles';
import type { DbOrTx, Db, Tx } from '../../db/client';
import { caseCodeCounters, caseDomainScores, caseTeam, cases, knelpunten, lifeDomainFrameworks, lifeDomains, users } from '../../db/schema';
import { AppError } from '../../errors';
import { type Actor, allows, canSeeCase } from '../../policies';
import { type ProcessingContext, logProcessing } from './processing-log';

type CaseRow = typeof cases.$inferSelect;

export const NOT_FOUND = 'Deze casus bestaat niet of u heeft er geen toegang toe.';

/** The column holding the moment each step was reached. */
const STEP_COLUMN = {
  aangemeld: 'aangemeldAt',
  in_behandeling: 'inBehandelingAt',
  besloten: 'beslotenAt',
  uitgevoerd: 'uitgevoerdAt',
  nazorg: 'nazorgAt',
  afgesloten: 'afgeslotenAt',
} as const satisfies Record<CaseStatus, keyof CaseRow>;

const DAY = 24 * 60 * 60 * 1000;

async function teamOf(db: DbOrTx, caseId: string): Promise<string[]> {
  return (await db.select({ userId: caseTeam.userId }).from(caseTeam).where(eq(caseTeam.caseId, caseId))).map((r) => r.userId);
}

/** Loads a case the actor may see, or answers 404 (also when it exists but is not theirs). */
async function loadVisible(tx: DbOrTx, actor: Actor | null, id: string, lock = false): Promise<{ row: CaseRow; team: string[] }> {
  const q = tx.select().from(cases).where(eq(cases.id, id)).limit(1);
  const [row] = await (lock ? q.for('update') : q);
  if (!row) throw new AppError('not_found', NOT_FOUND);
  const team = await teamOf(tx, id);
  if (!canSeeCase(actor, team)) throw new AppError('not_found', NOT_FOUND);
  return { row, team };
}

async function framework(db: DbOrTx, key: string) {
  const [f] = await db.select().from(lifeDomainFrameworks).where(eq(lifeDomainFrameworks.key, key));
  if (!f) throw new AppError('validation', 'Het levensdomeinenkader bestaat niet.');
  const domains = await db.select().from(lifeDomains).where(eq(lifeDomains.frameworkKey, key)).orderBy(asc(lifeDomains.sortOrder));
  return { ...f, domains };
}

export async function listFrameworks(db: DbOrTx) {
  const fs = await db.select().from(lifeDomainFrameworks).where(eq(lifeDomainFrameworks.active, true)).orderBy(asc(lifeDomainFrameworks.key));
  const ds = await db.select().from(lifeDomains).orderBy(asc(lifeDomains.sortOrder));
  return fs.map((f) => ({
    key: f.key,
    name: f.name,
    source: f.source,
    scaleMin: f.scaleMin,
    scaleMax: f.scaleMax,
    scaleLabels: f.scaleLabels,
    isDefault: f.key === DEFAULT_FRAMEWORK,
    domains: ds.filter((d) => d.frameworkKey === f.key).map((d) => ({ key: d.key, name: d.name })),
  }));
}

/**
 * Who may be put on a case team: active accounts whose role may work with cases (programme managers
 * and case workers), the same rule validateTeam applies. Staff accounts, not case data.
 */
export async function teamCandidates(db: DbOrTx): Promise<TeamCandidates['items']> {
  const roles = ROLES.filter((role) => allows({ id: '', role, personId: null, displayName: '' }, 'cases.read'));
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, roles)))
    .orderBy(asc(users.displayName), asc(users.id));
  return rows as TeamCandidates['items'];
}

export const TEAM_LEAVE_REFUSED =
  'U kunt uzelf niet uit het casusteam halen: u zou de casus daarna niet meer kunnen zien. Vraag een ander teamlid of de programmamanager.';

/** Team members must be active accounts that may work with cases. */
async function validateTeam(tx: Tx, userIds: string[]) {
  const wanted = [...new Set(userIds)];
  if (!wanted.length) return wanted;
  const rows = await tx.select({ id: users.id, role: users.role, active: users.active }).from(users).where(inArray(users.id, wanted));
  const ok = rows.filter((u) => u.active && allows({ id: u.id, role: u.role, personId: null, displayName: '' }, 'cases.read'));
  if (ok.length !== wanted.length) {
    const reason = 'Alleen actieve programmamanagers en casusregisseurs kunnen in het casusteam.';
    throw new AppError('validation', reason, [{ name: 'teamUserIds', reason }]);
  }
  return wanted;
}

type ScoreIn = { domain: string; intake: number | null; followUp: number | null };
async function validateScores(tx: Tx, frameworkKey: string, scores: ScoreIn[]) {
  const f = await framework(tx, frameworkKey);
  const keys = new Set(f.domains.map((d) => d.key));
  const seen = new Set<string>();
  for (const [i, s] of scores.entries()) {
    const fail = (reason: string) => {
      throw new AppError('validation', reason, [{ name: `scores.${i}`, reason }]);
    };
    if (!keys.has(s.domain)) fail(`Het levensdomein '${s.domain}' hoort niet bij ${f.name}.`);
    if (seen.has(s.domain)) fail(`Het levensdomein ‘${f.domains.find((d) => d.key === s.domain)!.name}’ staat er twee keer in.`);
    seen.add(s.domain);
    for (const v of [s.intake, s.followUp]) {
      if (v !== null && (v < f.scaleMin || v > f.scaleMax)) fail(`Een score ligt tussen ${f.scaleMin} en ${f.scaleMax}.`);
    }
  }
}

async function writeScores(tx: Tx, caseId: string, frameworkKey: string, scores: ScoreIn[]) {
  await tx.delete(caseDomainScores).where(eq(caseDomainScores.caseId, caseId));
  const rows = scores.flatMap((s) => [
    ...(s.intake !== null ? [{ caseId, frameworkKey, domainKey: s.domain, moment: 'intake' as const, score: s.intake }] : []),
    ...(s.followUp !== null ? [{ caseId, frameworkKey, domainKey: s.domain, moment: 'follow_up' as const, score: s.followUp }] : []),
  ]);
  if (rows.length) await tx.insert(caseDomainScores).values(rows);
}

/**
 * Writes the knelpunten of a case. A knelpunt sent with its id is updated in place (route, blocker
 * and kind included), so it keeps its id and with it its system signal; a knelpunt sent without an
 * id that matches an existing one exactly (same route, blocker, kind of blocker and kind — older
 * clients) keeps that one too; any other is new. Only the existing knelpunten not sent are removed.
 */
async function writeKnelpunten(tx: Tx, caseId: string, items: CaseInput['knelpunten']) {
  const existing = await tx.select().from(knelpunten).where(eq(knelpunten.caseId, caseId)).orderBy(asc(knelpunten.sortOrder));
  const existingIds = new Set(existing.map((e) => e.id));
  const claimed = new Set<string>();
  for (const [i, k] of items.entries()) {
    if (k.id === undefined) continue;
    const reason = !existingIds.has(k.id) ? 'Dit knelpunt hoort niet bij deze casus.' : claimed.has(k.id) ? 'Dit knelpunt staat er twee keer in.' : null;
    if (reason) throw new AppError('validation', reason, [{ name: `knelpunten.${i}.id`, reason }]);
    claimed.add(k.id);
  }
  const key = (k: Pick<CaseInput['knelpunten'][number], 'route' | 'blocker' | 'blockerType' | 'kind'>) => JSON.stringify([k.route, k.blocker, k.blockerType, k.kind]);
  const unused = new Map<string, string[]>();
  for (const e of existing) if (!claimed.has(e.id)) unused.set(key(e), [...(unused.get(key(e)) ?? []), e.id]);
  const inserts: (typeof knelpunten.$inferInsert)[] = [];
  const kept = new Set<string>();
  for (const [i, { id: sentId, ...k }] of items.entries()) {
    const id = sentId ?? unused.get(key(k))?.shift();
    if (id) {
      kept.add(id);
      await tx.update(knelpunten).set({ ...k, sortOrder: i }).where(eq(knelpunten.id, id));
    } else inserts.push({ caseId, ...k, sortOrder: i });
  }
  const gone = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
  if (gone.length) await tx.delete(knelpunten).where(inArray(knelpunten.id, gone));
  if (inserts.length) await tx.insert(knelpunten).values(inserts);
}

/** The next pseudonymous code for a year: TWS-2026-0042 (a counter, so it says nothing about the resident). */
export async function nextCaseCode(tx: DbOrTx, year: number): Promise<string> {
  const [row] = await tx
    .insert(caseCodeCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: caseCodeCounters.year, set: { last: sql`${caseCodeCounters.last} + 1` } })
    .returning({ last: caseCodeCounters.last });
  return `TWS-${year}-${String(row!.last).padStart(4, '0')}`;
}

const DATA_FIELDS = [
  'intakeDate',
  'source',
  'area',
  'summary',
  'solution',
  'solutionKind',
  'decidedBy',
  'decidedOn',
  'costCents',
  'financeableOtherwise',
  'alternativeFinancing',
  'caseResponsible',
  'outcome',
  'followUpDate',
] as const;

export async function createCase(db: Db, ctx: ProcessingContext, input: CaseInput, opts: { isDemo?: boolean } = {}): Promise<CaseDetail> {
  const actor = ctx.actor!;
  return db.transaction(async (tx) => {
    const team = await validateTeam(tx, [actor.id, ...input.teamUserIds]);
    await validateScores(tx, DEFAULT_FRAMEWORK, input.scores);
    const code = await nextCaseCode(tx, Number(input.intakeDate.slice(0, 4)));
    const values = Object.fromEntries(DATA_FIELDS.map((k) => [k, input[k]])) as Pick<CaseInput, (typeof DATA_FIELDS)[number]>;
    const [row] = await tx
      .insert(cases)
      .values({ ...values, code, frameworkKey: DEFAULT_FRAMEWORK, isDemo: opts.isDemo ?? false, createdByUserId: actor.id })
      .returning();
    await tx.insert(caseTeam).values(team.map((userId) => ({ caseId: row!.id, userId })));
    await writeKnelpunten(tx, row!.id, input.knelpunten);
    await writeScores(tx, row!.id, DEFAULT_FRAMEWORK, input.scores);
    await logProcessing(tx, ctx, [
      { activity: 'tws.registreren', caseId: row!.id, dataSubject: code, details: { fields: [...DATA_FIELDS], knelpunten: input.knelpunten.length, scores: input.scores.length, team: team.length } },
    ]);
    return presentCase(tx, row!, team);
  });
}

/** When the current workflow step was reached (SQL, on the cases table). */
export const stepAtSql = sql<Date>`(case ${cases.status}
  when 'aangemeld' then ${cases.aangemeldAt} when 'in_behandeling' then ${cases.inBehandelingAt} when 'besloten' then ${cases.beslotenAt}
  when 'uitgevoerd' then ${cases.uitgevoerdAt} when 'nazorg' then ${cases.nazorgAt} else ${cases.afgeslotenAt} end)`;

/**
 * Need-to-know reads select a caller's cases through case_team (an index) and then each case by its
 * key: with the default random_page_cost (4, for spinning disks) PostgreSQL prefers scanning every
 * case instead, which the benchmark showed to be 5× slower at 50,000 cases. The data is in memory
 * or on SSD, so this lowers the cost for the current transaction only (SET LOCAL).
 */
export async function preferIndexes(tx: DbOrTx) {
  await tx.execute(sql`set local random_page_cost = 1.1`);
}

/** Today as an ISO date in Europe/Amsterdam. */
export const todayIso = (now = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
/** Whole calendar days from one ISO date to another. */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/**
 * The cases the actor may see, one page (newest intake first), with the days in the current step.
 * Only the cases on the page are read, so only those are written to the processing log.
 */
export async function listCases(db: Db, ctx: ProcessingContext, q: { status?: CaseStatus; q?: string; limit?: number; offset?: number }, now = new Date()) {
  const actor = ctx.actor!;
  const limit = q.limit ?? 100;
  const offset = q.offset ?? 0;
  return db.transaction(async (tx) => {
    if (!allows(actor, 'cases.read')) return { items: [], total: 0, nextOffset: null };
    await preferIndexes(tx);
    const visible =
      actor.role === 'programmamanager'
        ? undefined
        : inArray(cases.id, tx.select({ id: caseTeam.caseId }).from(caseTeam).where(eq(caseTeam.userId, actor.id)));
    const search = q.q ? sql`${cases.code} ilike ${`%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : undefined;
    const where = and(visible, q.status ? eq(cases.status, q.status) : undefined, search);
    const [{ total } = { total: 0 }] = await tx.select({ total: sql<number>`count(*)::int` }).from(cases).where(where);
    const rows = await tx
      .select({
        id: cases.id,
        code: cases.code,
        isDemo: cases.isDemo,
        intakeDate: cases.intakeDate,
        source: cases.source,
        area: cases.area,
        status: cases.status,
        caseResponsible: cases.caseResponsible,
        updatedAt: cases.updatedAt,
        stepAt: stepAtSql,
        knelpuntCount: sql<number>`(select count(*)::int from ${knelpunten} where ${knelpunten.caseId} = ${cases.id})`,
      })
      .from(cases)
      .where(where)
      .orderBy(sql`${cases.intakeDate} desc nulls last`, asc(cases.code))
      .limit(limit)
      .offset(offset);
    await logProcessing(
      tx,
      ctx,
      rows.map((r) => ({ activity: 'tws.overzicht' as const, caseId: r.id, dataSubject: r.code, details: { fields: ['code', 'intakeDate', 'source', 'area', 'status', 'caseResponsible'] } })),
    );
    const today = todayIso(now);
    const items = rows.map(({ stepAt, ...r }) => {
      const at = new Date(stepAt);
      return { ...r, stepSince: at.toISOString(), daysInStep: Math.max(0, daysBetween(todayIso(at), today)), updatedAt: r.updatedAt.toISOString() };
    });
    return { items, total, nextOffset: offset + rows.length < total ? offset + rows.length : null };
  });
}

export async function getCase(db: Db, ctx: ProcessingContext, id: string): Promise<CaseDetail> {
  return db.transaction(async (tx) => {
    const { row, team } = await loadVisible(tx, ctx.actor, id);
    await logProcessing(tx, ctx, [{ activity: 'tws.raadplegen', caseId: row.id, dataSubject: row.code, details: { fields: 'all' } }]);
    return presentCase(tx, row, team);
  });
}

function assertVersion(current: number, sent: number) {
  if (current !== sent) {
    throw new AppError('conflict', 'Deze casus is gewijzigd nadat u begon met bewerken. Uw wijzigingen zijn niet opgeslagen; laad de casus opnieuw.');
  }
}

function assertMayWrite(actor: Actor | null) {
  if (!actor || !allows(actor, 'cases.write')) throw new AppError('forbidden', 'U kunt deze casus niet wijzigen.');
}

export async function updateCase(db: Db, ctx: ProcessingContext, id: string, patch: CasePatch): Promise<CaseDetail> {
  return db.transaction(async (tx) => {
    const { row, team } = await loadVisible(tx, ctx.actor, id, true);
    assertMayWrite(ctx.actor);
    assertVersion(row.version, patch.version);
    if (row.status === 'afgesloten') throw new AppError('conflict', 'Deze casus is afgesloten en wordt niet meer gewijzigd.');
    const next = { ...row, ...Object.fromEntries(Object.entries(patch).filter(([k, v]) => v !== undefined && (DATA_FIELDS as readonly string[]).includes(k))) } as CaseRow;
    if (next.decidedOn && next.decidedOn < next.intakeDate) {
      throw new AppError('validation', 'De besluitdatum ligt vóór de intakedatum.', [{ name: 'decidedOn', reason: 'De besluitdatum ligt vóór de intakedatum.' }]);
    }
    if (next.financeableOtherwise === true && !next.alternativeFinancing) {
      const reason = 'Noem de bron waaruit het anders gefinancierd had kunnen worden.';
      throw new AppError('validation', reason, [{ name: 'alternativeFinancing', reason }]);
    }
    const changed: string[] = DATA_FIELDS.filter((k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(row[k]));
    let newTeam = team;
    if (patch.teamUserIds) {
      newTeam = await validateTeam(tx, patch.teamUserIds);
      // a case worker who took themselves off the team would lose the case at once (need-to-know):
      // only another team member or the programme manager (who sees every case) can do that
      if (ctx.actor!.role !== 'programmamanager' && team.includes(ctx.actor!.id) && !newTeam.includes(ctx.actor!.id)) {
        throw new AppError('validation', TEAM_LEAVE_REFUSED, [{ name: 'teamUserIds', reason: TEAM_LEAVE_REFUSED }]);
      }
      if ([...newTeam].sort().join() !== [...team].sort().join()) {
        await tx.delete(caseTeam).where(eq(caseTeam.caseId, id));
        if (newTeam.length) await tx.insert(caseTeam).values(newTeam.map((userId) => ({ caseId: id, userId })));
        changed.push('team');
      }
    }
    if (patch.knelpunten) {
      await writeKnelpunten(tx, id, patch.knelpunten);
      changed.push('knelpunten');
    }
    if (patch.scores) {
      await validateScores(tx, row.frameworkKey, patch.scores);
      await writeScores(tx, id, row.frameworkKey, patch.scores);
      changed.push('scores');
    }
    let current = row;
    if (changed.length) {
      const values = Object.fromEntries(DATA_FIELDS.filter((k) => patch[k] !== undefined).map((k) => [k, patch[k]]));
      [current] = (await tx
        .update(cases)
        .set({ ...values, version: row.version + 1, updatedAt: new Date() })
        .where(eq(cases.id, id))
        .returning()) as [CaseRow];
      await logProcessing(tx, ctx, [{ activity: 'tws.wijzigen', caseId: id, dataSubject: row.code, details: { fields: changed } }]);
    } else {
      await logProcessing(tx, ctx, [{ activity: 'tws.raadplegen', caseId: id, dataSubject: row.code, details: { fields: 'all', unchanged: true } }]);
    }
    return presentCase(tx, current, newTeam);
  });
}

export async function moveCase(db: Db, ctx: ProcessingContext, id: string, body: { status: CaseStatus; version: number }, now = new Date()): Promise<CaseDetail> {
  return db.transaction(async (tx) => {
    const { row, team } = await loadVisible(tx, ctx.actor, id, true);
    assertMayWrite(ctx.actor);
    assertVersion(row.version, body.version);
    const allowed = CASE_TRANSITIONS[row.status];
    if (!allowed.includes(body.status)) {
      const nl = (s: CaseStatus) => CASE_STATUS_LABELS[s].nl.toLowerCase();
      const options = allowed.length ? `Mogelijk vanaf hier: ${allowed.map(nl).join(', ')}.` : 'Een afgesloten casus gaat niet verder.';
      throw new AppError('conflict', `Van ‘${nl(row.status)}’ kan de casus niet naar ‘${nl(body.status)}’. ${options}`);
    }
    const set: Partial<CaseRow> = { status: body.status, [STEP_COLUMN[body.status]]: now, version: row.version + 1, updatedAt: now };
    if (body.status === 'besloten') {
      if (!allows(ctx.actor!, 'cases.decide')) throw new AppError('forbidden', 'Alleen de programmamanager neemt het besluit over een casus.');
      if (row.solution.length < 3) {
        const reason = 'Beschrijf eerst de oplossing waarover besloten wordt.';
        throw new AppError('validation', reason, [{ name: 'solution', reason }]);
      }
      if (!row.decidedBy) set.decidedBy = ctx.actor!.displayName;
      if (!row.decidedOn) set.decidedOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
    }
    if (body.status === 'afgesloten' && row.beslotenAt && !row.outcome) {
      const reason = 'Leg eerst vast of de inwoner een oplossing ervaart (ja, deels of nee).';
      throw new AppError('validation', reason, [{ name: 'outcome', reason }]);
    }
    const [updated] = await tx.update(cases).set(set).where(eq(cases.id, id)).returning();
    await logProcessing(tx, ctx, [{ activity: 'tws.status', caseId: id, dataSubject: row.code, details: { from: row.status, to: body.status } }]);
    return presentCase(tx, updated!, team);
  });
}

/** The case for the API: picks fields, adds domain names, steps with their durations, the team. */
export async function presentCase(db: DbOrTx, row: CaseRow, team: string[]): Promise<CaseDetail> {
  const f = await framework(db, row.frameworkKey);
  const scoreRows = await db.select().from(caseDomainScores).where(eq(caseDomainScores.caseId, row.id));
  const ks = await db.select().from(knelpunten).where(eq(knelpunten.caseId, row.id)).orderBy(asc(knelpunten.sortOrder));
  const members = team.length ? await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, team)) : [];
  const scored = f.domains.filter((d) => scoreRows.some((s) => s.domainKey === d.key));
  const steps: CaseDetail['steps'] = [];
  let previous: Date | null = null;
  for (const status of CASE_STATUSES) {
    const at = row[STEP_COLUMN[status]] as Date | null;
    if (!at) continue;
    steps.push({ status, at: at.toISOString(), daysSincePrevious: previous ? Math.round(((at.getTime() - previous.getTime()) / DAY) * 10) / 10 : null });
    previous = at;
  }
  return {
    id: row.id,
    code: row.code,
    isDemo: row.isDemo,
    intakeDate: row.intakeDate,
    source: row.source,
    area: row.area,
    summary: row.summary,
    knelpunten: ks.map((k) => ({ id: k.id, route: k.route, blocker: k.blocker, blockerType: k.blockerType, kind: k.kind, explanation: k.explanation })),
    framework: { key: f.key, name: f.name, scaleMin: f.scaleMin, scaleMax: f.scaleMax, scaleLabels: f.scaleLabels },
    scores: scored.map((d) => ({
      domain: d.key,
      name: d.name,
      intake: scoreRows.find((s) => s.domainKey === d.key && s.moment === 'intake')?.score ?? null,
      followUp: scoreRows.find((s) => s.domainKey === d.key && s.moment === 'follow_up')?.score ?? null,
    })),
    solution: row.solution,
    solutionKind: row.solutionKind,
    decidedBy: row.decidedBy,
    decidedOn: row.decidedOn,
    costCents: row.costCents,
    financeableOtherwise: row.financeableOtherwise,
    alternativeFinancing: row.alternativeFinancing,
    caseResponsible: row.caseResponsible,
    outcome: row.outcome,
    followUpDate: row.followUpDate,
    status: row.status,
    steps,
    team: members.sort((a, b) => a.displayName.localeCompare(b.displayName)),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** For the processing-log export: the case's code, when the actor may see it (else 404). */
export async function caseCodeFor(db: DbOrTx, actor: Actor | null, id: string): Promise<{ id: string; code: string }> {
  const { row } = await loadVisible(db, actor, id);
  return { id: row.id, code: row.code };
}
