import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseAttention, CaseDetail, Conference } from '../../../shared/cases';
import { hashPassword } from '../../auth/passwords';
import { cases, processingLog, users } from '../../db/schema';
import { type Client, type TestContext, createTestContext, login } from '../../test/harness';
import { TEST_PASSWORD } from '../../test/env';
import { todayIso } from './service';

let ctx: TestContext;
let cr: Client; // the demo case worker
let other: Client; // a second case worker
let otherId: string;
let pm: Client;

const DAY = 86_400_000;
const today = todayIso();
/** today ± n days, as an ISO date (Europe/Amsterdam calendar) */
const day = (n: number) => new Date(Date.parse(`${today}T12:00:00Z`) + n * DAY).toISOString().slice(0, 10);

type Name = 'waiting' | 'planned' | 'discussed' | 'recent' | 'noResponsible' | 'followUp' | 'followedUp' | 'theirs';
const c = {} as Record<Name, CaseDetail>;
let held: Conference;
let upcoming: Conference;

async function register(as: Client, body: Record<string, unknown>): Promise<CaseDetail> {
  const res = await as.post('/api/v1/cases', { source: 'casuistiekoverleg', area: 'noord', summary: 'Casus voor de aandachtssignalen.', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

beforeAll(async () => {
  ctx = await createTestContext();
  const [u] = await ctx.database.db
    .insert(users)
    .values({ email: 'casusregisseur2@koers.test', displayName: 'Tweede casusregisseur', role: 'casusregisseur', passwordHash: await hashPassword(TEST_PASSWORD) })
    .returning({ id: users.id });
  otherId = u!.id;
  other = await login(ctx.app, 'casusregisseur2@koers.test');
  cr = await ctx.as('casusregisseur');
  pm = await ctx.as('programmamanager');

  // waiting: came in through the casuïstiekoverleg 30 days ago, never discussed
  c.waiting = await register(cr, { intakeDate: day(-30), caseResponsible: 'Wijkmanager Noord' });
  // waiting: came in through a wijkmanager, but is on the agenda of a conference next week
  c.planned = await register(cr, { intakeDate: day(-20), source: 'wijkmanager', caseResponsible: 'Wijkmanager Noord' });
  // discussed at a conference 5 days ago, responsibility not confirmed there
  c.discussed = await register(cr, { intakeDate: day(-30), caseResponsible: 'Consulent Wmo' });
  // only 10 days: not waiting too long yet
  c.recent = await register(cr, { intakeDate: day(-10), caseResponsible: 'Wijkmanager Noord' });
  // in behandeling without a case responsible
  c.noResponsible = await register(cr, { intakeDate: day(-3), source: 'uitvoeringsteam' });
  expect((await cr.post(`/api/v1/cases/${c.noResponsible.id}/status`, { status: 'in_behandeling', version: 1 })).statusCode).toBe(200);
  // follow-up date passed without an outcome
  c.followUp = await register(cr, { intakeDate: day(-60), source: 'wijkmanager', caseResponsible: 'Wijkmanager Oost', followUpDate: day(-1) });
  // follow-up date passed, but followed up (nazorg, outcome recorded): no signal
  c.followedUp = await register(cr, { intakeDate: day(-60), source: 'wijkmanager', caseResponsible: 'Wijkmanager Oost', followUpDate: day(-1), outcome: 'ja' });
  await ctx.database.db.update(cases).set({ status: 'nazorg', inBehandelingAt: new Date(), beslotenAt: new Date(), uitgevoerdAt: new Date(), nazorgAt: new Date() }).where(eq(cases.id, c.followedUp.id));
  // another team's case, waiting 40 days
  c.theirs = await register(pm, { intakeDate: day(-40), teamUserIds: [otherId], caseResponsible: 'Maatschappelijk werker' });

  const res1 = await cr.post('/api/v1/case-conferences', {
    date: day(-5),
    kind: 'casuistiekoverleg',
    organisations: ['Gemeente Brunssum', 'Wijkteam'],
    agenda: [{ caseId: c.discussed.id, responsibilityConfirmed: false }],
    actions: [
      { description: 'Schuldhulp inplannen', owner: 'Consulent schuldhulp (gemeente)', dueDate: day(-2), caseId: c.discussed.id },
      { description: 'Werkafspraak over voorrang agenderen', owner: 'Programmamanager', dueDate: day(-1) },
      { description: 'Al gedaan', owner: 'Wijkteam', dueDate: day(-3), done: true },
      { description: 'Nog niet aan de beurt', owner: 'Wijkteam', dueDate: day(3) },
    ],
  });
  expect(res1.statusCode, res1.body).toBe(201);
  held = res1.json();
  const res2 = await cr.post('/api/v1/case-conferences', { date: day(7), kind: 'vlb_overleg', agenda: [{ caseId: c.planned.id }] });
  expect(res2.statusCode, res2.body).toBe(201);
  upcoming = res2.json();
});
afterAll(() => ctx?.close());

const attention = async (as: Client, query = ''): Promise<CaseAttention> => {
  const res = await as.get(`/api/v1/case-attention${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const summary = (a: CaseAttention) => a.items.map((i) => [i.kind, i.caseCode ?? i.description]);

describe('GET /api/v1/case-attention', () => {
  it('shows the case worker the signals of their own cases, longest-standing first, with the date each began', async () => {
    const a = await attention(cr);
    expect(a.today).toBe(today);
    expect(a.conferenceWaitDays).toBe(14);
    expect(summary(a)).toEqual([
      ['waiting_for_conference', c.waiting.code],
      ['waiting_for_conference', c.planned.code],
      ['no_case_responsible', c.discussed.code],
      ['action_overdue', c.discussed.code],
      ['action_overdue', 'Werkafspraak over voorrang agenderen'],
      ['follow_up_due', c.followUp.code],
      ['no_case_responsible', c.noResponsible.code],
    ]);
    const byCase = (kind: string, code: string | null) => a.items.find((i) => i.kind === kind && i.caseCode === code)!;
    expect(byCase('waiting_for_conference', c.waiting.code)).toMatchObject({ since: day(-30), days: 30, conferenceId: null, status: 'aangemeld' });
    // waiting, and the next planned conference with the case on its agenda
    expect(byCase('waiting_for_conference', c.planned.code)).toMatchObject({ since: day(-20), days: 20, conferenceId: upcoming.id, conferenceDate: day(7) });
    // discussed at a held conference: not waiting; responsibility not confirmed there
    expect(byCase('no_case_responsible', c.discussed.code)).toMatchObject({ conferenceId: held.id, since: day(-5), days: 5 });
    expect(byCase('no_case_responsible', c.noResponsible.code)).toMatchObject({ conferenceId: null, since: today, days: 0, status: 'in_behandeling' });
    expect(byCase('action_overdue', c.discussed.code)).toMatchObject({ actionId: held.actions[0]!.id, owner: 'Consulent schuldhulp (gemeente)', since: day(-2), days: 2 });
    expect(byCase('action_overdue', null)).toMatchObject({ caseId: null, conferenceId: held.id, since: day(-1), days: 1 });
    expect(byCase('follow_up_due', c.followUp.code)).toMatchObject({ since: day(-1), days: 1 });
    const codes = a.items.map((i) => i.caseCode);
    for (const k of ['recent', 'followedUp', 'theirs'] as const) expect(codes, k).not.toContain(c[k].code);
    expect(a.counts).toEqual([
      { key: 'waiting_for_conference', label: 'Wacht te lang op een casusoverleg', count: 2 },
      { key: 'no_case_responsible', label: 'Geen casusverantwoordelijke', count: 2 },
      { key: 'action_overdue', label: 'Actie over de termijn', count: 2 },
      { key: 'follow_up_due', label: 'Nazorg niet opgevolgd', count: 1 },
    ]);
    // ordered by the day each began, oldest first
    const since = a.items.map((i) => i.since);
    expect(since).toEqual([...since].sort());
  });

  it('shows the programme manager every case and another case worker only theirs', async () => {
    const all = await attention(pm);
    expect(all.items.find((i) => i.caseId === c.theirs.id)).toMatchObject({ kind: 'waiting_for_conference', days: 40 });
    expect(all.counts.find((k) => k.key === 'waiting_for_conference')!.count).toBe(3);
    const theirs = await attention(other);
    expect(summary(theirs)).toEqual([['waiting_for_conference', c.theirs.code]]);
  });

  it('refuses roles without case access and validates the query in Dutch', async () => {
    for (const role of ['raadslid', 'projectleider', 'ambassadeur', 'partner', 'beheerder'] as const) {
      const res = await (await ctx.as(role)).get('/api/v1/case-attention');
      expect(res.statusCode, role).toBe(403);
    }
    const bad = await cr.get('/api/v1/case-attention?kind=iets&limit=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.json().invalidParams.map((p: { reason: string }) => p.reason)).toEqual(expect.arrayContaining(['Kies een soort signaal.', 'Minstens 1.']));
  });

  it('filters by kind and limits, keeping the counts of all', async () => {
    const one = await attention(cr, '?limit=1');
    expect(one.items).toHaveLength(1);
    expect(one.truncated).toBe(true);
    expect(one.counts.reduce((s, k) => s + k.count, 0)).toBe(7);
    const actions = await attention(cr, '?kind=action_overdue');
    expect(actions.items.map((i) => i.kind)).toEqual(['action_overdue', 'action_overdue']);
    expect(actions.truncated).toBe(false);
  });

  it('writes every case shown to the processing log, and none that was not shown', async () => {
    const [{ max } = { max: 0 }] = await ctx.database.db.select({ max: sql<number>`coalesce(max(${processingLog.id}), 0)::int` }).from(processingLog);
    await attention(cr, '?kind=follow_up_due');
    const latest = await ctx.database.db.select().from(processingLog).where(sql`${processingLog.id} > ${max}`);
    expect(latest.map((r) => [r.activity, r.dataSubject, r.userRole])).toEqual([['tws.aandacht', c.followUp.code, 'casusregisseur']]);
    expect(latest[0]!.details).toEqual({ fields: ['code', 'status'], signals: ['follow_up_due'] });
    // the other team's case was never shown to the demo case worker
    const theirs = await ctx.database.db.select().from(processingLog).where(and(eq(processingLog.dataSubject, c.theirs.code), eq(processingLog.activity, 'tws.aandacht')));
    expect(theirs.every((r) => r.userRole === 'programmamanager' || r.userId === otherId)).toBe(true);
  });

  it('follows every change of conferences, actions and teams at once (the kept list is never stale)', async () => {
    // the other case worker joins the team of the discussed case: they now see its signals and the conference's action about no case
    let theirs = await attention(other);
    expect(theirs.items.map((i) => i.caseId)).not.toContain(c.discussed.id);
    const cur: CaseDetail = (await cr.get(`/api/v1/cases/${c.discussed.id}`)).json();
    const team = cur.team.map((t) => t.id);
    expect((await cr.patch(`/api/v1/cases/${c.discussed.id}`, { version: cur.version, teamUserIds: [...team, otherId] })).statusCode).toBe(200);
    theirs = await attention(other);
    expect(theirs.items.filter((i) => i.caseId === c.discussed.id).map((i) => i.kind).sort()).toEqual(['action_overdue', 'no_case_responsible']);
    expect(theirs.items.some((i) => i.kind === 'action_overdue' && i.caseId === null)).toBe(true);
    // an action done is no longer overdue; a confirmed responsibility ends the signal
    const done = await cr.patch(`/api/v1/case-conferences/${held.id}/actions/${held.actions[0]!.id}`, { done: true });
    expect(done.statusCode, done.body).toBe(200);
    const conf: Conference = done.json();
    const confirmed = await cr.patch(`/api/v1/case-conferences/${held.id}`, { version: conf.version, agenda: [{ caseId: c.discussed.id, responsibilityConfirmed: true }] });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const a = await attention(cr);
    expect(a.items.filter((i) => i.caseId === c.discussed.id)).toEqual([]);
    expect(a.counts.find((k) => k.key === 'action_overdue')!.count).toBe(1);
    // restore the team
    const now: CaseDetail = (await cr.get(`/api/v1/cases/${c.discussed.id}`)).json();
    expect((await cr.patch(`/api/v1/cases/${c.discussed.id}`, { version: now.version, teamUserIds: team })).statusCode).toBe(200);
    expect((await attention(other)).items.map((i) => i.caseId)).not.toContain(c.discussed.id);
  });

  it('takes the waiting time from KOERS_CASE_CONFERENCE_WAIT_DAYS', async () => {
    const short = await createTestContext({ KOERS_CASE_CONFERENCE_WAIT_DAYS: '7' });
    try {
      const as = await short.as('casusregisseur');
      const r = await as.post('/api/v1/cases', { intakeDate: day(-10), source: 'casuistiekoverleg', area: 'oost', summary: 'Wacht tien dagen.' });
      expect(r.statusCode).toBe(201);
      const a: CaseAttention = (await as.get('/api/v1/case-attention')).json();
      expect(a.conferenceWaitDays).toBe(7);
      expect(a.items.map((i) => [i.kind, i.caseCode, i.days])).toEqual([['waiting_for_conference', r.json().code, 10]]);
    } finally {
      await short.close();
    }
  });
});

describe('GET /api/v1/case-team-candidates', () => {
  it('lists the active programme managers and case workers, for those who register cases', async () => {
    await ctx.database.db
      .insert(users)
      .values({ email: 'oud@koers.test', displayName: 'Oud-casusregisseur', role: 'casusregisseur', active: false, passwordHash: await hashPassword(TEST_PASSWORD) });
    const res = await cr.get('/api/v1/case-team-candidates');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; displayName: string; role: string }[];
    expect(items.map((i) => [i.displayName, i.role])).toEqual([
      ['Demo casusregisseur', 'casusregisseur'],
      ['Demo programmamanager', 'programmamanager'],
      ['Tweede casusregisseur', 'casusregisseur'],
    ]);
    // every candidate is accepted on a team
    const created = await cr.post('/api/v1/cases', { intakeDate: day(-1), source: 'partner', area: 'rest', summary: 'Team uit de kandidaten.', teamUserIds: items.map((i) => i.id) });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().team).toHaveLength(3);
    expect((await (await ctx.as('raadslid')).get('/api/v1/case-team-candidates')).statusCode).toBe(403);
  });
});

describe('GET /api/v1/cases: days in the current step, pages and search on the code', () => {
  it('gives each case the day its current step began and the days since', async () => {
    const list = (await cr.get('/api/v1/cases')).json();
    const item = list.items.find((i: { id: string }) => i.id === c.waiting.id);
    expect(item).toMatchObject({ status: 'aangemeld', daysInStep: 0 });
    // a step reached 12 days ago
    await ctx.database.db.update(cases).set({ aangemeldAt: new Date(Date.now() - 12 * DAY) }).where(eq(cases.id, c.recent.id));
    const again = (await cr.get('/api/v1/cases')).json();
    expect(again.items.find((i: { id: string }) => i.id === c.recent.id).daysInStep).toBe(12);
    expect(again.total).toBe(again.items.length);
    expect(again.nextOffset).toBeNull();
  });

  it('pages, searches on the code, and logs only the cases on the page', async () => {
    const page = (await cr.get('/api/v1/cases?limit=2')).json();
    expect(page.items).toHaveLength(2);
    expect(page.nextOffset).toBe(2);
    const next = (await cr.get('/api/v1/cases?limit=2&offset=2')).json();
    expect(next.items.map((i: { id: string }) => i.id)).not.toContain(page.items[0].id);
    const found = (await cr.get(`/api/v1/cases?q=${c.waiting.code.slice(-4)}`)).json();
    expect(found.items.map((i: { code: string }) => i.code)).toContain(c.waiting.code);
    // another team's case is not found by its code
    const hidden = (await cr.get(`/api/v1/cases?q=${c.theirs.code}`)).json();
    expect(hidden).toMatchObject({ items: [], total: 0 });
    expect((await cr.get('/api/v1/cases?limit=501')).statusCode).toBe(400);
  });
});

describe('aggregates kept between reads are never stale', () => {
  it('the dashboard and the knelpunt counts follow every registration and step at once', async () => {
    const dash = async () => (await pm.get('/api/v1/case-dashboard')).json();
    const before = await dash();
    const kBefore = (await pm.get('/api/v1/knelpunten?limit=1')).json();
    const r = await pm.post('/api/v1/cases', {
      intakeDate: day(-5),
      source: 'anders',
      area: 'rest',
      summary: 'Casus voor de actualiteit van het overzicht.',
      solution: 'Eenmalige bijdrage.',
      knelpunten: [{ route: 'Route', blocker: 'Regel voor de actualiteit', blockerType: 'regel', kind: 'informatie' }],
      scores: [{ domain: 'financien', intake: 2 }],
    });
    expect(r.statusCode, r.body).toBe(201);
    let after = await dash();
    expect(after.total).toBe(before.total + 1);
    expect(after.bySource.find((s: { key: string }) => s.key === 'anders').count).toBe(before.bySource.find((s: { key: string }) => s.key === 'anders').count + 1);
    expect(after.byDomain.find((d: { key: string }) => d.key === 'financien').count).toBe(before.byDomain.find((d: { key: string }) => d.key === 'financien').count + 1);
    const kAfter = (await pm.get('/api/v1/knelpunten?limit=1')).json();
    expect(kAfter.byKind.find((k: { key: string }) => k.key === 'informatie').count).toBe(kBefore.byKind.find((k: { key: string }) => k.key === 'informatie').count + 1);
    let c = r.json();
    for (const status of ['in_behandeling', 'besloten']) {
      const m = await pm.post(`/api/v1/cases/${c.id}/status`, { status, version: c.version });
      expect(m.statusCode, m.body).toBe(200);
      c = m.json();
    }
    after = await dash();
    expect(after.decidedCount).toBe(before.decidedCount + 1);
  });
});
