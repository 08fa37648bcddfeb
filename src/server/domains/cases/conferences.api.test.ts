import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, Conference } from '../../../shared/cases';
import { hashPassword } from '../../auth/passwords';
import { processingLog, users } from '../../db/schema';
import { type Client, type TestContext, createTestContext, login } from '../../test/harness';
import { TEST_PASSWORD } from '../../test/env';

let ctx: TestContext;
let other: Client; // a second case worker, on the team of `theirs` only
let cr: Client;
let pm: Client;
let mine: CaseDetail;
let theirs: CaseDetail;

const CASE = { intakeDate: '2026-09-14', source: 'casuistiekoverleg', area: 'oost', summary: 'Casus voor het casusoverleg: huurachterstand en wachtlijst.' };

beforeAll(async () => {
  ctx = await createTestContext();
  const [u] = await ctx.database.db
    .insert(users)
    .values({ email: 'casusregisseur2@koers.test', displayName: 'Tweede casusregisseur', role: 'casusregisseur', passwordHash: await hashPassword(TEST_PASSWORD) })
    .returning({ id: users.id });
  other = await login(ctx.app, 'casusregisseur2@koers.test');
  cr = await ctx.as('casusregisseur');
  pm = await ctx.as('programmamanager');
  mine = (await cr.post('/api/v1/cases', CASE)).json();
  theirs = (await pm.post('/api/v1/cases', { ...CASE, teamUserIds: [u!.id] })).json();
});
afterAll(() => ctx?.close());

async function activities(code: string) {
  return (await ctx.database.db.select().from(processingLog).where(eq(processingLog.dataSubject, code)).orderBy(processingLog.id)).map((r) => r.activity);
}

async function conferenceWithBoth(): Promise<Conference> {
  const res = await pm.post('/api/v1/case-conferences', {
    date: '2026-10-08',
    kind: 'casuistiekoverleg',
    organisations: ['Gemeente Brunssum', 'Wijkteam', 'Woningcorporatie Weller'],
    agenda: [{ caseId: mine.id, responsibilityConfirmed: true }, { caseId: theirs.id }],
    actions: [
      { description: 'Schuldhulp met voorrang inplannen', owner: 'Consulent schuldhulp (gemeente)', dueDate: '2026-10-22', caseId: mine.id },
      { description: 'Huurachterstand bespreken met de corporatie', owner: 'Maatschappelijk werker (partner)', dueDate: '2026-10-15', caseId: theirs.id },
      { description: 'Werkafspraak over voorrang bij schuldhulp agenderen', owner: 'Programmamanager' },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('case conferences (casuïstiekoverleg, VLB overleg)', () => {
  it('records date, kind, organisations, agenda with confirmed case responsibility, and actions', async () => {
    const c = await conferenceWithBoth();
    expect(c).toMatchObject({ date: '2026-10-08', kind: 'casuistiekoverleg', organisations: ['Gemeente Brunssum', 'Wijkteam', 'Woningcorporatie Weller'], version: 1 });
    expect(c.agenda.map((a) => [a.caseCode, a.responsibilityConfirmed])).toEqual([
      [mine.code, true],
      [theirs.code, false],
    ]);
    expect(c.actions.map((a) => a.caseCode)).toEqual([mine.code, theirs.code, null]);
    expect(c.actions[0]).toMatchObject({ owner: 'Consulent schuldhulp (gemeente)', dueDate: '2026-10-22', done: false, doneAt: null });
  });

  it('shows a case worker only the agenda cases and actions of their own cases; others 404', async () => {
    const c = await conferenceWithBoth();
    const seen: Conference = (await cr.get(`/api/v1/case-conferences/${c.id}`)).json();
    expect(seen.agenda.map((a) => a.caseId)).toEqual([mine.id]);
    expect(seen.actions.map((a) => a.caseCode)).toEqual([mine.code, null]);
    expect(JSON.stringify(seen)).not.toContain(theirs.code);
    const seenByOther: Conference = (await other.get(`/api/v1/case-conferences/${c.id}`)).json();
    expect(seenByOther.agenda.map((a) => a.caseId)).toEqual([theirs.id]);

    // a conference with only someone else's case does not exist for this case worker
    const onlyTheirs = (await pm.post('/api/v1/case-conferences', { date: '2026-10-09', kind: 'vlb_overleg', agenda: [{ caseId: theirs.id }] })).json();
    const missing = await cr.get('/api/v1/case-conferences/00000000-0000-4000-8000-000000000000');
    const hidden = await cr.get(`/api/v1/case-conferences/${onlyTheirs.id}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().detail).toBe(missing.json().detail);
    expect((await cr.patch(`/api/v1/case-conferences/${onlyTheirs.id}`, { version: 1, date: '2026-10-10' })).statusCode).toBe(404);
    expect((await cr.post(`/api/v1/case-conferences/${onlyTheirs.id}/actions`, { description: 'Poging van buiten', owner: 'Iemand anders' })).statusCode).toBe(404);
    const listed = (await cr.get('/api/v1/case-conferences')).json().items.map((x: Conference) => x.id);
    expect(listed).toContain(c.id);
    expect(listed).not.toContain(onlyTheirs.id);
    expect((await pm.get('/api/v1/case-conferences')).json().items.map((x: Conference) => x.id)).toEqual(expect.arrayContaining([c.id, onlyTheirs.id]));

    // an action about a case the caller may not see cannot be changed by them
    const theirAction = c.actions.find((a) => a.caseId === theirs.id)!;
    expect((await cr.patch(`/api/v1/case-conferences/${c.id}/actions/${theirAction.id}`, { done: true })).statusCode).toBe(404);

    // roles without case access: 404 by URL, 403 on the list
    const raadslid = await ctx.as('raadslid');
    expect((await raadslid.get(`/api/v1/case-conferences/${c.id}`)).statusCode).toBe(404);
    expect((await raadslid.get('/api/v1/case-conferences')).statusCode).toBe(403);
  });

  it('lets a case worker put only cases they may see on the agenda and keeps hidden agenda cases on a change', async () => {
    const refused = await cr.post('/api/v1/case-conferences', { date: '2026-10-08', kind: 'casuistiekoverleg', agenda: [{ caseId: mine.id }, { caseId: theirs.id }] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams).toContainEqual({ name: 'agenda.1.caseId', reason: 'Deze casus bestaat niet of u heeft er geen toegang toe.' });
    expect((await cr.post('/api/v1/case-conferences', { date: '2026-10-08', kind: 'casuistiekoverleg', agenda: [] })).statusCode).toBe(400);

    const c = await conferenceWithBoth();
    // the case worker confirms the case responsibility of their case; the other team's case stays
    const res = await cr.patch(`/api/v1/case-conferences/${c.id}`, { version: 1, agenda: [{ caseId: mine.id, responsibilityConfirmed: false }] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().version).toBe(2);
    const all: Conference = (await pm.get(`/api/v1/case-conferences/${c.id}`)).json();
    expect(all.agenda.map((a) => [a.caseId, a.responsibilityConfirmed])).toEqual([
      [mine.id, false],
      [theirs.id, false],
    ]);
    // stale version
    expect((await cr.patch(`/api/v1/case-conferences/${c.id}`, { version: 1, kind: 'vlb_overleg' })).statusCode).toBe(409);
    // removing all of one's own cases is refused (the conference would vanish for its author)
    expect((await cr.patch(`/api/v1/case-conferences/${c.id}`, { version: 2, agenda: [] })).statusCode).toBe(400);
  });

  it('adds actions, ticks them off with a timestamp, and marks overdue ones', async () => {
    const c = await conferenceWithBoth();
    const added = await cr.post(`/api/v1/case-conferences/${c.id}/actions`, { description: 'Terugkoppeling aan de wijkmanager', owner: 'Wijkmanager Oost', dueDate: '2020-01-01', caseId: mine.id });
    expect(added.statusCode, added.body).toBe(201);
    const action = (added.json() as Conference).actions.at(-1)!;
    expect(action).toMatchObject({ overdue: true, done: false });
    // an action only about an agenda case
    expect((await pm.post(`/api/v1/case-conferences/${c.id}/actions`, { description: 'Los van de agenda', owner: 'Wijkmanager', caseId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(400);
    const done = await cr.patch(`/api/v1/case-conferences/${c.id}/actions/${action.id}`, { done: true });
    expect(done.statusCode, done.body).toBe(200);
    expect((done.json() as Conference).actions.find((a) => a.id === action.id)).toMatchObject({ done: true, overdue: false, doneAt: expect.any(String) });
  });

  it('refuses personal data in organisations and actions', async () => {
    const email = await pm.post('/api/v1/case-conferences', { date: '2026-10-08', kind: 'casuistiekoverleg', organisations: ['wijkteam@example.nl'] });
    expect(email.statusCode).toBe(400);
    expect(email.headers['content-type']).toMatch(/application\/problem\+json/);
    const bsn = await pm.post('/api/v1/case-conferences', {
      date: '2026-10-08',
      kind: 'casuistiekoverleg',
      agenda: [{ caseId: mine.id }],
      actions: [{ description: 'Inwoner met BSN 111222333 bellen', owner: 'Wijkmanager' }],
    });
    expect(bsn.statusCode).toBe(400);
    expect(bsn.json().invalidParams[0]).toEqual({ name: 'body.actions.0.description', reason: 'Verwijder het nummer: het lijkt op een burgerservicenummer (BSN).' });
    expect((await pm.post('/api/v1/case-conferences', { date: '2026-13-40', kind: 'overleg' })).json().invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['body.date', 'body.kind']);
  });

  it('writes the data-processing log for each case concerned, on every read and change', async () => {
    const a = (await cr.post('/api/v1/cases', CASE)).json() as CaseDetail;
    const b = (await pm.post('/api/v1/cases', { ...CASE, teamUserIds: [] })).json() as CaseDetail;
    const before = { a: await activities(a.code), b: await activities(b.code) };
    const c = (await pm.post('/api/v1/case-conferences', { date: '2026-11-02', kind: 'vlb_overleg', agenda: [{ caseId: a.id }, { caseId: b.id }] })).json() as Conference;
    await cr.get(`/api/v1/case-conferences/${c.id}`); // the case worker sees only a
    await cr.patch(`/api/v1/case-conferences/${c.id}`, { version: 1, agenda: [{ caseId: a.id, responsibilityConfirmed: true }] });
    const newA = (await activities(a.code)).slice(before.a.length);
    const newB = (await activities(b.code)).slice(before.b.length);
    expect(newA).toEqual(['tws.overleg.wijzigen', 'tws.overleg.raadplegen', 'tws.overleg.wijzigen']);
    expect(newB).toEqual(['tws.overleg.wijzigen']);
    const rows = await ctx.database.db.select().from(processingLog).where(inArray(processingLog.dataSubject, [a.code]));
    expect(rows.at(-1)).toMatchObject({ userRole: 'casusregisseur', details: { conferenceId: c.id, fields: ['agenda'] } });
  });
});
