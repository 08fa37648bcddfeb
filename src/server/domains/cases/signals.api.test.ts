import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, SystemSignal } from '../../../shared/cases';
import { hashPassword } from '../../auth/passwords';
import { changeLog, processingLog, users } from '../../db/schema';
import { type Client, type TestContext, createTestContext, login } from '../../test/harness';
import { TEST_PASSWORD } from '../../test/env';
import { eraseExpiredCases } from './retention';

let ctx: TestContext;
let cr: Client;
let pm: Client;
let other: Client;
let otherId: string;

const CASE = { intakeDate: '2026-09-14', source: 'wijkmanager', area: 'noord', summary: 'Casus voor de systeemsignalen.' };
const K = (blocker: string, kind = 'wachtlijst', blockerType = 'organisatie') => ({ route: 'Reguliere route', blocker, blockerType, kind });
type Suggestion = { label: string; blockers: string[]; caseCount: number; knelpunten: { id: string; caseCode: string; blocker: string }[] };

let a: CaseDetail;
let b: CaseDetail;
let c: CaseDetail;
let theirs: CaseDetail;

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
  const create = async (as: Client, body: Record<string, unknown>) => {
    const res = await as.post('/api/v1/cases', { ...CASE, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as CaseDetail;
  };
  a = await create(cr, { knelpunten: [K('Wachtlijst schuldhulp'), K('Participatiewet: geen bijstand voor schulden', 'mag_niet', 'wet')] });
  b = await create(cr, { knelpunten: [K('Wachtlijst schuldhulpverlening'), K('Vermogensnorm kwijtschelding', 'mag_niet', 'regel')] });
  c = await create(cr, { knelpunten: [K('Participatiewet: schulden vallen buiten de bijzondere bijstand', 'mag_niet', 'wet'), K('Wachtlijst specialistische ggz')] });
  theirs = await create(pm, { teamUserIds: [otherId], knelpunten: [K('wachtlijst  Schuldhulp ')] });
});
afterAll(() => ctx?.close());

const suggestions = async (as: Client): Promise<Suggestion[]> => {
  const res = await as.get('/api/v1/system-signals/suggestions');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};
const kId = (c: CaseDetail, blocker: string) => c.knelpunten.find((k) => k.blocker === blocker)!.id;

describe('suggestions: similar knelpunten by text similarity', () => {
  it('clusters similar blocking texts of the cases the caller may see, deterministically, with the threshold documented', async () => {
    const res = (await cr.get('/api/v1/system-signals/suggestions')).json();
    expect(res.threshold).toBe(0.5);
    expect(res.method).toMatch(/similarity/);
    const items: Suggestion[] = res.items;
    expect(items.map((s) => s.blockers)).toEqual([
      ['Participatiewet: geen bijstand voor schulden', 'Participatiewet: schulden vallen buiten de bijzondere bijstand'],
      ['Wachtlijst schuldhulp', 'Wachtlijst schuldhulpverlening'],
    ]);
    // the other team's knelpunt is not suggested to this case worker
    expect(JSON.stringify(items)).not.toContain(theirs.code);
    expect(await suggestions(cr)).toEqual(items);
    // the programme manager sees all cases: the other team's (differently written) text joins the cluster
    const all = await suggestions(pm);
    const wachtlijst = all.find((s) => s.blockers.includes('Wachtlijst schuldhulp'))!;
    expect(wachtlijst.caseCount).toBe(3);
    expect(wachtlijst.knelpunten.map((k) => k.caseCode).sort()).toEqual([a.code, b.code, theirs.code].sort());
  });
});

describe('confirming and following a signal', () => {
  let signal: SystemSignal;

  it('is confirmed by a person with a title, knelpunten, an owner in the line and a learning circle', async () => {
    const res = await cr.post('/api/v1/system-signals', {
      title: 'Wachttijd schuldhulp laat huurachterstand oplopen',
      knelpuntIds: [kId(a, 'Wachtlijst schuldhulp'), kId(b, 'Wachtlijst schuldhulpverlening')],
      owner: 'Teamleider schuldhulpverlening (gemeente)',
      learningCircle: 'uitvoering_en_beleid',
    });
    expect(res.statusCode, res.body).toBe(201);
    signal = res.json();
    // the case worker has no exact access: counts protected (the knelpunten of their own cases are listed)
    expect(signal).toMatchObject({ status: 'gesignaleerd', changeKind: null, knelpuntCount: '< 5', caseCount: '< 5', version: 1 });
    expect((await pm.get(`/api/v1/system-signals/${signal.id}`)).json()).toMatchObject({ knelpuntCount: 2, caseCount: 2 });
    expect(signal.history).toEqual([{ from: null, to: 'gesignaleerd', reason: '', at: expect.any(String), by: 'Demo casusregisseur' }]);
    expect(signal.knelpunten.map((k) => k.caseCode).sort()).toEqual([a.code, b.code].sort());
    // linked knelpunten are no longer suggested
    expect((await suggestions(cr)).flatMap((s) => s.blockers)).not.toContain('Wachtlijst schuldhulp');
  });

  it('refuses knelpunten the caller may not see, knelpunten already in a signal, and personal data', async () => {
    const body = { title: 'Tweede signaal', owner: 'Team Wmo', learningCircle: 'casuistiek' };
    const hidden = await cr.post('/api/v1/system-signals', { ...body, knelpuntIds: [theirs.knelpunten[0]!.id] });
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().invalidParams).toEqual([{ name: 'knelpuntIds.0', reason: 'Dit knelpunt bestaat niet of u heeft er geen toegang toe.' }]);
    const taken = await cr.post('/api/v1/system-signals', { ...body, knelpuntIds: [kId(a, 'Wachtlijst schuldhulp')] });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().invalidParams[0].reason).toMatch(/hoort al bij het signaal/);
    const email = await cr.post('/api/v1/system-signals', { ...body, owner: 'schuldhulp@example.nl', knelpuntIds: [kId(b, 'Vermogensnorm kwijtschelding')] });
    expect(email.statusCode).toBe(400);
    expect(email.json().invalidParams[0].name).toBe('body.owner');
    const circle = await cr.post('/api/v1/system-signals', { ...body, learningCircle: 'overig', knelpuntIds: [kId(b, 'Vermogensnorm kwijtschelding')] });
    expect(circle.json().invalidParams[0].reason).toBe('Kies de leercirkel: casuïstiek, uitvoering en beleid, of sturingsmodellen.');
  });

  it('moves along the path to a structural change, every step timestamped; niet opgelost needs a reason', async () => {
    const patch = (body: Record<string, unknown>) => cr.patch(`/api/v1/system-signals/${signal.id}`, body);
    const skip = await patch({ version: 1, status: 'in_behandeling' });
    expect(skip.statusCode).toBe(409); // no skipping
    // the Dutch message names the steps by their labels, never by internal keys
    expect(skip.json().detail).toBe('Van ‘gesignaleerd’ kan het signaal niet naar ‘in behandeling’. Mogelijk vanaf hier: geagendeerd, niet opgelost.');
    let res = await patch({ version: 1, status: 'geagendeerd', changeKind: 'werkwijze' });
    expect(res.statusCode, res.body).toBe(200);
    const noReason = await patch({ version: 2, status: 'niet_opgelost' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().invalidParams[0]).toEqual({ name: 'body.statusReason', reason: 'Geef de reden waarom het niet is opgelost (minstens 3 tekens).' });
    res = await patch({ version: 2, status: 'niet_opgelost', statusReason: 'De capaciteit van schuldhulp is voor 2027 niet uit te breiden.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'niet_opgelost', statusReason: 'De capaciteit van schuldhulp is voor 2027 niet uit te breiden.' });
    // put on the agenda again, taken up, solved
    for (const [version, status] of [
      [3, 'geagendeerd'],
      [4, 'in_behandeling'],
      [5, 'structureel_opgelost'],
    ] as const) {
      res = await patch({ version, status });
      expect(res.statusCode, res.body).toBe(200);
    }
    const done: SystemSignal = res.json();
    expect(done.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'gesignaleerd'],
      ['gesignaleerd', 'geagendeerd'],
      ['geagendeerd', 'niet_opgelost'],
      ['niet_opgelost', 'geagendeerd'],
      ['geagendeerd', 'in_behandeling'],
      ['in_behandeling', 'structureel_opgelost'],
    ]);
    expect(done.history[2]!.reason).toMatch(/capaciteit/);
    for (const h of done.history) expect(Date.parse(h.at)).not.toBeNaN();
    expect(done.statusChangedAt).toBe(done.history.at(-1)!.at);
    expect(done.changeKind).toBe('werkwijze');
    expect((await patch({ version: 6, status: 'geagendeerd' })).statusCode).toBe(409);
    expect((await patch({ version: 1, title: 'Oude versie' })).statusCode).toBe(409);
    // status changes are in the change log, the knelpunten are not
    const log = await ctx.database.db.select().from(changeLog).where(eq(changeLog.entityId, signal.id));
    expect(log.filter((l) => l.field === 'status').map((l) => l.after)).toEqual(['geagendeerd', 'niet_opgelost', 'geagendeerd', 'in_behandeling', 'structureel_opgelost']);
    expect(JSON.stringify(log)).not.toContain(a.code);
  });
});

describe('who sees which knelpunten of a signal', () => {
  let mixed: SystemSignal;
  beforeAll(async () => {
    const res = await pm.post('/api/v1/system-signals', {
      title: 'Participatiewet sluit schulden uit van bijzondere bijstand',
      knelpuntIds: [kId(a, 'Participatiewet: geen bijstand voor schulden'), kId(c, 'Participatiewet: schulden vallen buiten de bijzondere bijstand'), theirs.knelpunten[0]!.id],
      owner: 'Beleidsadviseur Participatiewet (gemeente)',
      learningCircle: 'sturingsmodellen',
      changeKind: 'landelijk_signaal',
    });
    expect(res.statusCode, res.body).toBe(201);
    mixed = res.json();
  });

  it('gives the programme manager exact counts and every knelpunt', async () => {
    const s: SystemSignal = (await pm.get(`/api/v1/system-signals/${mixed.id}`)).json();
    expect(s).toMatchObject({ knelpuntCount: 3, caseCount: 3 });
    expect(s.knelpunten).toHaveLength(3);
  });

  it('shows a case worker only the knelpunten of their own cases, and counts protected', async () => {
    const mine: SystemSignal = (await cr.get(`/api/v1/system-signals/${mixed.id}`)).json();
    expect(mine.knelpunten.map((k) => k.caseCode).sort()).toEqual([a.code, c.code].sort());
    expect(mine.knelpuntCount).toBe('< 5');
    const theirView: SystemSignal = (await other.get(`/api/v1/system-signals/${mixed.id}`)).json();
    expect(theirView.knelpunten.map((k) => k.caseCode)).toEqual([theirs.code]);
  });

  it('shows a council member the signal and its path, with protected counts and no knelpunten', async () => {
    const list = (await (await ctx.as('raadslid')).get('/api/v1/system-signals')).json();
    expect(list.exact).toBe(false);
    const s: SystemSignal = list.items.find((x: SystemSignal) => x.id === mixed.id);
    expect(s).toMatchObject({ title: mixed.title, status: 'gesignaleerd', knelpuntCount: '< 5', caseCount: '< 5', knelpunten: [] });
    for (const code of [a.code, c.code, theirs.code]) expect(JSON.stringify(list)).not.toContain(code);
    expect((await (await ctx.as('raadslid')).get('/api/v1/system-signals/suggestions')).statusCode).toBe(403);
    expect((await (await ctx.as('raadslid')).patch(`/api/v1/system-signals/${mixed.id}`, { version: 1, title: 'Van de raad' })).statusCode).toBe(403);
  });

  it('lets a case worker add and remove only knelpunten of their own cases', async () => {
    const refused = await cr.patch(`/api/v1/system-signals/${mixed.id}`, { version: 1, removeKnelpuntIds: [theirs.knelpunten[0]!.id] });
    expect(refused.statusCode).toBe(400);
    const removed = await cr.patch(`/api/v1/system-signals/${mixed.id}`, { version: 1, removeKnelpuntIds: [kId(c, 'Participatiewet: schulden vallen buiten de bijzondere bijstand')] });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((removed.json() as SystemSignal).knelpunten.map((k) => k.caseCode)).toEqual([a.code]);
    const added = await cr.patch(`/api/v1/system-signals/${mixed.id}`, { version: 2, addKnelpuntIds: [kId(c, 'Participatiewet: schulden vallen buiten de bijzondere bijstand')] });
    expect(added.statusCode, added.body).toBe(200);
    expect((await pm.get(`/api/v1/system-signals/${mixed.id}`)).json().knelpuntCount).toBe(3);
  });

  it('keeps the link when the case is edited and its knelpunt sent again unchanged', async () => {
    const current = (await cr.get(`/api/v1/cases/${a.id}`)).json() as CaseDetail;
    const res = await cr.patch(`/api/v1/cases/${a.id}`, {
      version: current.version,
      knelpunten: [...current.knelpunten.map(({ id: _, ...k }) => k), K('Nieuw knelpunt na bespreking', 'informatie', 'gewoonte')],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as CaseDetail).knelpunten[0]!.id).toBe(current.knelpunten[0]!.id);
    expect((await pm.get(`/api/v1/system-signals/${mixed.id}`)).json().knelpuntCount).toBe(3);
  });

  it('keeps a knelpunt in its signal when its route, blocker and kind are changed (sent with its id); only one left out is removed', async () => {
    const current = (await cr.get(`/api/v1/cases/${a.id}`)).json() as CaseDetail;
    const linked = kId(current, 'Participatiewet: geen bijstand voor schulden');
    const other = current.knelpunten.find((k) => k.id !== linked && k.blocker !== 'Wachtlijst schuldhulp')!;
    // an id of a knelpunt of another case is refused
    const foreign = await cr.patch(`/api/v1/cases/${a.id}`, { version: current.version, knelpunten: [{ ...K('Ander knelpunt'), id: kId(b, 'Vermogensnorm kwijtschelding') }] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().invalidParams).toEqual([{ name: 'knelpunten.0.id', reason: 'Dit knelpunt hoort niet bij deze casus.' }]);
    const edited = { id: linked, route: 'Bijzondere bijstand', blocker: 'Participatiewet: schulden buiten bijzondere bijstand', blockerType: 'wet', kind: 'kan_niet', explanation: 'Aangescherpt na het overleg.' };
    const res = await cr.patch(`/api/v1/cases/${a.id}`, {
      version: current.version,
      knelpunten: current.knelpunten.filter((k) => k.id !== other.id).map((k) => (k.id === linked ? edited : k)),
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as CaseDetail;
    expect(after.knelpunten.map((k) => k.id)).toEqual(current.knelpunten.filter((k) => k.id !== other.id).map((k) => k.id));
    expect(after.knelpunten.find((k) => k.id === linked)).toEqual(edited);
    const s: SystemSignal = (await pm.get(`/api/v1/system-signals/${mixed.id}`)).json();
    expect(s.knelpuntCount).toBe(3);
    expect(s.knelpunten.find((k) => k.id === linked)).toMatchObject({ blocker: edited.blocker, kind: 'kan_niet', caseCode: a.code });
  });

  it('logs linking and listing knelpunten in the data-processing log of each case', async () => {
    const rows = await ctx.database.db.select().from(processingLog).where(eq(processingLog.dataSubject, c.code)).orderBy(processingLog.id);
    const acts = rows.map((r) => r.activity);
    expect(acts.filter((x) => x === 'tws.signaal').length).toBeGreaterThanOrEqual(3); // linked, removed, added again
    expect(acts).toContain('tws.knelpunten');
    expect(rows.find((r) => r.activity === 'tws.signaal')!.details).toMatchObject({ signalId: mixed.id });
  });

  it('keeps an anonymous count when a linked case is erased after the retention period', async () => {
    await ctx.database.db.execute(sql`update cases set status = 'afgesloten', afgesloten_at = '2024-01-01T00:00:00Z' where id = ${theirs.id}`);
    const { erased } = await eraseExpiredCases(ctx.database.db, { months: 24, now: new Date('2026-11-25T12:00:00Z') });
    expect(erased).toEqual([theirs.code]);
    const s: SystemSignal = (await pm.get(`/api/v1/system-signals/${mixed.id}`)).json();
    expect(s).toMatchObject({ knelpuntCount: 3, caseCount: 2 });
    expect(s.knelpunten).toHaveLength(2);
  });
});
