import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDashboard, CaseDetail } from '../../../shared/cases';
import { hashPassword } from '../../auth/passwords';
import { cases, knelpuntTallies, knelpunten, processingLog, users } from '../../db/schema';
import { type Client, type TestContext, createTestContext, login } from '../../test/harness';
import { TEST_PASSWORD } from '../../test/env';
import { DEMO_CASE_COUNT, seedDemoCases } from '../../seed/demo-cases';
import { eraseExpiredCases } from './retention';
import { findDerivable } from './suppression';

let ctx: TestContext;
let other: Client; // a second case worker, not on the demo case worker's cases
let otherId: string;

const CASE = {
  intakeDate: '2026-09-14',
  source: 'casuistiekoverleg',
  area: 'oost',
  summary: 'Inwoner met schulden en een dreigende huisuitzetting; de reguliere schuldhulp kan pas over vier maanden starten.',
  knelpunten: [
    { route: 'Schuldhulpverlening', blocker: 'Wachtlijst schuldhulp', blockerType: 'organisatie', kind: 'wachtlijst' },
    { route: 'Bijzondere bijstand', blocker: 'Participatiewet: geen bijstand voor schulden', blockerType: 'wet', kind: 'mag_niet', explanation: 'Schulden vallen buiten de bijzondere bijstand.' },
  ],
  scores: [
    { domain: 'financien', intake: 1, followUp: null },
    { domain: 'huisvesting', intake: 2, followUp: null },
  ],
  caseResponsible: 'Wijkmanager Oost (gemeente Brunssum)',
};

beforeAll(async () => {
  ctx = await createTestContext();
  const [u] = await ctx.database.db
    .insert(users)
    .values({ email: 'casusregisseur2@koers.test', displayName: 'Tweede casusregisseur', role: 'casusregisseur', passwordHash: await hashPassword(TEST_PASSWORD) })
    .returning({ id: users.id });
  otherId = u!.id;
  other = await login(ctx.app, 'casusregisseur2@koers.test');
});
afterAll(() => ctx?.close());

async function create(as: Client, body: Record<string, unknown> = CASE): Promise<CaseDetail> {
  const res = await as.post('/api/v1/cases', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
async function logRows(code: string) {
  return ctx.database.db.select().from(processingLog).where(eq(processingLog.dataSubject, code)).orderBy(processingLog.id);
}

describe('registering a case', () => {
  it('gives it a pseudonymous code, puts the registering case worker on the team, and keeps what was sent', async () => {
    const cr = await ctx.as('casusregisseur');
    const c = await create(cr);
    expect(c.code).toMatch(/^TWS-2026-\d{4}$/);
    expect(c.status).toBe('aangemeld');
    expect(c.team.map((t) => t.displayName)).toEqual(['Demo casusregisseur']);
    expect(c.knelpunten.map((k) => k.kind)).toEqual(['wachtlijst', 'mag_niet']);
    expect(c.framework).toMatchObject({ key: 'zrm-2017', name: 'Zelfredzaamheid-Matrix 2017', scaleMin: 1, scaleMax: 5 });
    expect(c.scores).toEqual([
      { domain: 'financien', name: 'Financiën', intake: 1, followUp: null },
      { domain: 'huisvesting', name: 'Huisvesting', intake: 2, followUp: null },
    ]);
    expect(c.steps).toEqual([{ status: 'aangemeld', at: expect.any(String), daysSincePrevious: null }]);
    const next = await create(cr);
    expect(Number(next.code.slice(-4))).toBe(Number(c.code.slice(-4)) + 1);
  });

  it('ships the 13 domains of the Zelfredzaamheid-Matrix 2017 as data', async () => {
    const res = await (await ctx.as('raadslid')).get('/api/v1/life-domain-frameworks');
    const zrm = res.json().items.find((f: { key: string }) => f.key === 'zrm-2017');
    expect(zrm.domains).toHaveLength(13);
    expect(zrm.domains.map((d: { name: string }) => d.name)).toContain('Middelengebruik');
    expect(zrm.scaleLabels).toEqual(['Acuut probleem', 'Niet zelfredzaam', 'Beperkt zelfredzaam', 'Voldoende zelfredzaam', 'Volledig zelfredzaam']);
  });

  it('refuses a BSN in the summary with a Dutch problem+json, and stores nothing', async () => {
    const before = (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(cases))[0]!.n;
    const res = await (await ctx.as('casusregisseur')).post('/api/v1/cases', { ...CASE, summary: 'Inwoner met BSN 111222333 heeft schulden.' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const body = res.json();
    expect(body.title).toBe('De invoer is niet geldig');
    expect(body.invalidParams).toContainEqual({ name: 'body.summary', reason: 'Verwijder het nummer: het lijkt op een burgerservicenummer (BSN).' });
    const after = (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(cases))[0]!.n;
    expect(after).toBe(before);
  });

  it('refuses a date of birth, an e-mail address and an address in any free text', async () => {
    const cr = await ctx.as('casusregisseur');
    const birth = await cr.post('/api/v1/cases', { ...CASE, knelpunten: [{ ...CASE.knelpunten[0], explanation: 'Inwoner (geb. 12 maart 1984) staat op de wachtlijst.' }] });
    expect(birth.statusCode).toBe(400);
    expect(birth.json().invalidParams[0].reason).toMatch(/geboortedatum/);
    expect((await cr.post('/api/v1/cases', { ...CASE, caseResponsible: 'j.jansen@example.nl' })).statusCode).toBe(400);
    expect((await cr.post('/api/v1/cases', { ...CASE, solution: 'Huur betaald voor 6441 AB 12' })).statusCode).toBe(400);
    // an ordinary date is fine
    expect((await cr.post('/api/v1/cases', { ...CASE, solution: 'Besluit op 12-03-2026: huur twee maanden overgenomen.' })).statusCode).toBe(201);
  });

  it('refuses team members who may not work with cases and unknown life domains', async () => {
    const cr = await ctx.as('casusregisseur');
    const [raadslid] = await ctx.database.db.select({ id: users.id }).from(users).where(eq(users.role, 'raadslid'));
    expect((await cr.post('/api/v1/cases', { ...CASE, teamUserIds: [raadslid!.id] })).statusCode).toBe(400);
    expect((await cr.post('/api/v1/cases', { ...CASE, scores: [{ domain: 'opvoeding', intake: 3 }] })).statusCode).toBe(400);
    // a domain twice: the message names the domain, not its internal key
    const twice = await cr.post('/api/v1/cases', { ...CASE, scores: [{ domain: 'financien', intake: 3 }, { domain: 'financien', intake: 2 }] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().invalidParams).toEqual([{ name: 'scores.1', reason: 'Het levensdomein ‘Financiën’ staat er twee keer in.' }]);
  });
});

describe('need-to-know: only the case team and the programme manager', () => {
  let mine: CaseDetail;
  let theirs: CaseDetail;
  beforeAll(async () => {
    mine = await create(await ctx.as('casusregisseur'));
    theirs = await create(await ctx.as('programmamanager'), { ...CASE, teamUserIds: [otherId] });
  });

  it('lists only the cases whose team the case worker is on', async () => {
    const listed = (await (await ctx.as('casusregisseur')).get('/api/v1/cases')).json().items.map((c: { id: string }) => c.id);
    expect(listed).toContain(mine.id);
    expect(listed).not.toContain(theirs.id);
    const otherListed = (await other.get('/api/v1/cases')).json().items.map((c: { id: string }) => c.id);
    expect(otherListed).toEqual([theirs.id]);
    const all = (await (await ctx.as('programmamanager')).get('/api/v1/cases')).json().items.map((c: { id: string }) => c.id);
    expect(all).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  });

  it('answers 404 — exactly as for a case that does not exist — to a case worker not on the team', async () => {
    const cr = await ctx.as('casusregisseur');
    const missing = await cr.get('/api/v1/cases/00000000-0000-4000-8000-000000000000');
    const res = await cr.get(`/api/v1/cases/${theirs.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe(missing.json().detail);
    expect((await cr.patch(`/api/v1/cases/${theirs.id}`, { version: 1, summary: 'Overschreven door iemand buiten het team' })).statusCode).toBe(404);
    expect((await cr.post(`/api/v1/cases/${theirs.id}/status`, { version: 1, status: 'in_behandeling' })).statusCode).toBe(404);
    expect((await other.get(`/api/v1/cases/${theirs.id}`)).statusCode).toBe(200);
  });

  it('answers 404 to a council member who types the URL of a case, on every case route', async () => {
    const raadslid = await ctx.as('raadslid');
    for (const url of [`/api/v1/cases/${mine.id}`, `/api/v1/cases/${mine.id}/processing-log`, `/api/v1/cases/${mine.id}/processing-log?format=csv`]) {
      const res = await raadslid.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).not.toContain(mine.code);
    }
    expect((await raadslid.patch(`/api/v1/cases/${mine.id}`, { version: 1 })).statusCode).toBe(404);
    expect((await raadslid.get('/api/v1/cases')).statusCode).toBe(403);
    const knelpunten = (await raadslid.get('/api/v1/knelpunten')).json();
    expect(knelpunten.items).toEqual([]);
    expect(knelpunten.exact).toBe(false);
  });

  it('lets the team add a colleague, who then sees the case', async () => {
    const cr = await ctx.as('casusregisseur');
    expect((await other.get(`/api/v1/cases/${mine.id}`)).statusCode).toBe(404);
    const res = await cr.patch(`/api/v1/cases/${mine.id}`, { version: mine.version, teamUserIds: [mine.team[0]!.id, otherId] });
    expect(res.statusCode, res.body).toBe(200);
    expect((await other.get(`/api/v1/cases/${mine.id}`)).statusCode).toBe(200);
  });

  it('refuses a case worker who takes themselves off the team (in Dutch); another member or the programme manager can', async () => {
    const cr = await ctx.as('casusregisseur');
    const current: CaseDetail = (await cr.get(`/api/v1/cases/${mine.id}`)).json();
    const me = mine.team[0]!.id;
    expect(current.team.map((m) => m.id).sort()).toEqual([me, otherId].sort());
    const leave = await cr.patch(`/api/v1/cases/${mine.id}`, { version: current.version, teamUserIds: [otherId] });
    expect(leave.statusCode).toBe(400);
    expect(leave.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(leave.json().invalidParams).toEqual([
      { name: 'teamUserIds', reason: 'U kunt uzelf niet uit het casusteam halen: u zou de casus daarna niet meer kunnen zien. Vraag een ander teamlid of de programmamanager.' },
    ]);
    // nothing changed: still on the team, same version
    const after: CaseDetail = (await cr.get(`/api/v1/cases/${mine.id}`)).json();
    expect(after.version).toBe(current.version);
    expect(after.team.map((m) => m.id)).toContain(me);
    // another team member takes them off: allowed
    const byOther = await other.patch(`/api/v1/cases/${mine.id}`, { version: current.version, teamUserIds: [otherId] });
    expect(byOther.statusCode, byOther.body).toBe(200);
    expect((await cr.get(`/api/v1/cases/${mine.id}`)).statusCode).toBe(404);
    // the programme manager puts them back, and may take themselves off a team (they see every case)
    const pm = await ctx.as('programmamanager');
    const back = await pm.patch(`/api/v1/cases/${mine.id}`, { version: (byOther.json() as CaseDetail).version, teamUserIds: [me, otherId] });
    expect(back.statusCode, back.body).toBe(200);
    const pmId = (await pm.get('/api/v1/session')).json().user.id;
    const t: CaseDetail = (await pm.get(`/api/v1/cases/${theirs.id}`)).json();
    expect(t.team.map((m) => m.id)).toContain(pmId);
    const pmLeaves = await pm.patch(`/api/v1/cases/${theirs.id}`, { version: t.version, teamUserIds: [otherId] });
    expect(pmLeaves.statusCode, pmLeaves.body).toBe(200);
  });
});

describe('the data-processing log (Logboek Dataverwerkingen)', () => {
  it('gets a row for every read and every change, with trace, operation, activity, subject, user and purpose', async () => {
    const cr = await ctx.as('casusregisseur');
    const c = await create(cr);
    const activities = async () => (await logRows(c.code)).map((r) => r.activity);
    expect(await activities()).toEqual(['tws.registreren']);

    await cr.get(`/api/v1/cases/${c.id}`);
    expect(await activities()).toEqual(['tws.registreren', 'tws.raadplegen']);

    const patched = await cr.patch(`/api/v1/cases/${c.id}`, { version: 1, solution: 'Eenmalige bijdrage aan de huurachterstand.', costCents: 85_000 });
    expect(patched.statusCode, patched.body).toBe(200);
    await cr.post(`/api/v1/cases/${c.id}/status`, { version: 2, status: 'in_behandeling' });
    await cr.get('/api/v1/cases');
    await cr.get('/api/v1/knelpunten');
    const rows = await logRows(c.code);
    expect(rows.map((r) => r.activity)).toEqual(['tws.registreren', 'tws.raadplegen', 'tws.wijzigen', 'tws.status', 'tws.overzicht', 'tws.knelpunten']);
    const change = rows[2]!;
    // what changed, by name — never the values
    expect(change.details).toEqual({ fields: ['solution', 'costCents'] });
    expect(JSON.stringify(rows.map((r) => r.details))).not.toContain('huurachterstand');
    const [me] = await ctx.database.db.select({ id: users.id }).from(users).where(eq(users.email, 'casusregisseur@koers.test'));
    for (const r of rows) {
      expect(r.traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(r.operationId).toMatch(/^[0-9a-f]{16}$/);
      expect(r.userId).toBe(me!.id);
      expect(r.userRole).toBe('casusregisseur');
      expect(r.purpose).toMatch(/Tussen Wal en Schip/);
      expect(r.legalBasis).toMatch(/privacy officer/);
      expect(r.startTime.getTime()).toBeLessThanOrEqual(r.endTime.getTime());
    }
    // one trace per request
    expect(new Set(rows.map((r) => r.traceId)).size).toBe(rows.length);
  });

  it('honours a W3C traceparent header', async () => {
    const cr = await ctx.as('casusregisseur');
    const c = await create(cr);
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    await cr.request({ method: 'GET', url: `/api/v1/cases/${c.id}`, headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } });
    const last = (await logRows(c.code)).at(-1)!;
    expect(last).toMatchObject({ traceId, parentOperationId: '00f067aa0ba902b7', activity: 'tws.raadplegen' });
  });

  it('can be exported for one case by the programme manager, as JSON and CSV; the export is logged too', async () => {
    const c = await create(await ctx.as('casusregisseur'));
    const pm = await ctx.as('programmamanager');
    const json = await pm.get(`/api/v1/cases/${c.id}/processing-log`);
    expect(json.statusCode, json.body).toBe(200);
    const log = json.json();
    expect(log.dataSubject).toBe(c.code);
    expect(log.items.map((i: { name: string }) => i.name)).toEqual(['tws.registreren', 'tws.logboek']);
    expect(log.items[0].attributes).toMatchObject({
      'dpl.core.data_subject_id': c.code,
      'dpl.core.processing_activity_id': 'https://koers.brunssum.nl/verwerkingsactiviteiten/tws.registreren',
    });
    const csv = await pm.get(`/api/v1/cases/${c.id}/processing-log?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain('trace_id;operation_id');
    expect(csv.body.trim().split('\r\n')).toHaveLength(1 + 3);
    // the case worker on the team knows the case, but does not export the log
    expect((await (await ctx.as('casusregisseur')).get(`/api/v1/cases/${c.id}/processing-log`)).statusCode).toBe(403);
  });

  it('is append-only', async () => {
    const refusal = async (q: Promise<unknown>) => q.then(() => 'allowed', (e: { cause?: Error }) => String(e.cause?.message ?? e));
    expect(await refusal(ctx.database.db.execute(sql`delete from processing_log`))).toMatch(/append-only/);
    expect(await refusal(ctx.database.db.execute(sql`update processing_log set user_id = null`))).toMatch(/append-only/);
  });
});

describe('editing and the workflow', () => {
  it('refuses a stale version with 409 and changes nothing', async () => {
    const cr = await ctx.as('casusregisseur');
    const c = await create(cr);
    expect((await cr.patch(`/api/v1/cases/${c.id}`, { version: 1, solution: 'Eerste versie van de oplossing' })).statusCode).toBe(200);
    const stale = await cr.patch(`/api/v1/cases/${c.id}`, { version: 1, solution: 'Tweede versie, op een oude stand' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().title).toBe('Iemand anders heeft dit intussen gewijzigd');
    expect((await cr.get(`/api/v1/cases/${c.id}`)).json().solution).toBe('Eerste versie van de oplossing');
  });

  it('moves forward step by step with a timestamp per step; only the programme manager decides', async () => {
    const cr = await ctx.as('casusregisseur');
    const pm = await ctx.as('programmamanager');
    const c = await create(cr);
    const move = (as: Client, status: string, version: number) => as.post(`/api/v1/cases/${c.id}/status`, { status, version });

    const skip = await move(cr, 'besloten', 1);
    expect(skip.statusCode).toBe(409); // no skipping
    expect(skip.json().detail).toBe('Van ‘aangemeld’ kan de casus niet naar ‘besloten’. Mogelijk vanaf hier: in behandeling, afgesloten.');
    expect((await move(cr, 'in_behandeling', 1)).statusCode).toBe(200);
    expect((await move(cr, 'besloten', 2)).statusCode).toBe(403); // the case worker does not decide
    const noSolution = await move(pm, 'besloten', 2);
    expect(noSolution.statusCode).toBe(400);
    expect(noSolution.json().invalidParams[0].name).toBe('solution');
    expect((await cr.patch(`/api/v1/cases/${c.id}`, { version: 2, solution: 'Huurachterstand eenmalig betalen uit het budget.', costCents: 120_000 })).statusCode).toBe(200);
    const decided = await move(pm, 'besloten', 3);
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'besloten', decidedBy: 'Demo programmamanager', decidedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect((await move(pm, 'in_behandeling', 4)).statusCode).toBe(409); // no step back
    expect((await move(pm, 'afgesloten', 4)).statusCode).toBe(409); // first carried out

    // the time each step took: set known moments and read them back
    await ctx.database.db.execute(
      sql`update cases set aangemeld_at = '2026-09-14T08:00:00Z', in_behandeling_at = '2026-09-17T08:00:00Z', besloten_at = '2026-10-01T20:00:00Z' where id = ${c.id}`,
    );
    const steps = (await cr.get(`/api/v1/cases/${c.id}`)).json().steps;
    expect(steps).toEqual([
      { status: 'aangemeld', at: '2026-09-14T08:00:00.000Z', daysSincePrevious: null },
      { status: 'in_behandeling', at: '2026-09-17T08:00:00.000Z', daysSincePrevious: 3 },
      { status: 'besloten', at: '2026-10-01T20:00:00.000Z', daysSincePrevious: 14.5 },
    ]);
    expect((await move(cr, 'uitgevoerd', 4)).statusCode).toBe(200);
    const noOutcome = await move(cr, 'afgesloten', 5);
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().invalidParams[0].name).toBe('outcome');
    expect((await cr.patch(`/api/v1/cases/${c.id}`, { version: 5, outcome: 'ja', followUpDate: '2027-01-15' })).statusCode).toBe(200);
    const closed = await move(cr, 'afgesloten', 6);
    expect(closed.statusCode).toBe(200);
    expect(closed.json().steps.map((s: { status: string }) => s.status)).toEqual(['aangemeld', 'in_behandeling', 'besloten', 'uitgevoerd', 'afgesloten']);
    expect((await cr.patch(`/api/v1/cases/${c.id}`, { version: 7, solution: 'Achteraf aangepast' })).statusCode).toBe(409);
  });
});

describe('the dashboard: exact for the programme manager, small counts protected for everyone else', () => {
  let fresh: TestContext;
  beforeAll(async () => {
    fresh = await createTestContext();
    const cr = await fresh.as('casusregisseur');
    // 8 cases: 6 in Noord, 2 in Oost, none elsewhere
    for (let i = 0; i < 8; i++) {
      const res = await cr.post('/api/v1/cases', { ...CASE, area: i < 6 ? 'noord' : 'oost', source: 'wijkmanager' });
      expect(res.statusCode).toBe(201);
    }
  });
  afterAll(() => fresh?.close());

  it('shows the programme manager exact counts', async () => {
    const d: CaseDashboard = (await (await fresh.as('programmamanager')).get('/api/v1/case-dashboard')).json();
    expect(d.exact).toBe(true);
    expect(d.total).toBe(8);
    expect(d.byArea.map((a) => a.count)).toEqual([6, 2, 0]);
    expect(d.byStatus.find((s) => s.key === 'aangemeld')!.count).toBe(8);
    expect(d.knelpuntKinds.find((k) => k.key === 'wachtlijst')!.count).toBe(8);
    expect(d.byDomain.find((k) => k.key === 'financien')!.count).toBe(8);
  });

  it('shows a council member "< 5" for small counts, rounded totals, and nothing that can be derived', async () => {
    for (const role of ['raadslid', 'ambassadeur', 'casusregisseur'] as const) {
      const d: CaseDashboard = (await (await fresh.as(role)).get('/api/v1/case-dashboard')).json();
      expect(d.exact).toBe(false);
      expect(d.total).toBe(10); // 8, rounded to a multiple of 5
      expect(d.byArea.map((a) => a.count)).toEqual([5, '< 5', '< 5']);
      expect(d.bySource.find((s) => s.key === 'wijkmanager')!.count).toBe(10);
      expect(d.byStatus.filter((s) => s.key !== 'aangemeld').every((s) => s.count === '< 5')).toBe(true);
      const published = [d.byStatus, d.byArea, d.bySource].map((b) => b.map((c) => c.count));
      expect(findDerivable(d.total, published)).toBeNull();
      // no published number is below 5 and every number is a multiple of 5
      const all = [d.total, ...published.flat(), ...d.byDomain.map((x) => x.count), ...d.knelpuntKinds.map((x) => x.count)];
      for (const n of all) if (typeof n === 'number') expect(n % 5 === 0 && n >= 5).toBe(true);
      expect(d.medianDaysToDecision).toBeNull();
      expect(d.spendCents).toBeNull();
    }
  });

  it('lists knelpunten only to those who may see their cases; aggregates protected for the others', async () => {
    const cr = (await (await fresh.as('casusregisseur')).get('/api/v1/knelpunten')).json();
    expect(cr.items).toHaveLength(16);
    const raadslid = (await (await fresh.as('raadslid')).get('/api/v1/knelpunten')).json();
    expect(raadslid.items).toEqual([]);
    expect(raadslid.byKind.find((k: { key: string }) => k.key === 'mag_niet').count).toBe(10);
    expect(raadslid.byKind.find((k: { key: string }) => k.key === 'kan_niet').count).toBe('< 5');
    expect(raadslid.topBlockers.map((b: { label: string }) => b.label).sort()).toEqual(['Participatiewet: geen bijstand voor schulden', 'Wachtlijst schuldhulp']);
  });
});

describe('retention (bewaartermijn)', () => {
  it('erases closed cases past the retention period, keeps anonymous knelpunt counts, and logs the erasure', async () => {
    const cr = await ctx.as('casusregisseur');
    const marker = 'Unieke route voor de bewaartermijntest';
    const old = await create(cr, { ...CASE, knelpunten: [{ route: marker, blocker: 'Regel voor de bewaartermijntest', blockerType: 'regel', kind: 'kan_niet' }] });
    const recent = await create(cr);
    const openOld = await create(cr);
    await ctx.database.db.execute(sql`update cases set status = 'afgesloten', afgesloten_at = '2024-09-01T00:00:00Z' where id = ${old.id}`);
    await ctx.database.db.execute(sql`update cases set status = 'afgesloten', afgesloten_at = '2026-10-01T00:00:00Z' where id = ${recent.id}`);
    await ctx.database.db.execute(sql`update cases set aangemeld_at = '2020-01-01T00:00:00Z' where id = ${openOld.id}`);

    const { erased } = await eraseExpiredCases(ctx.database.db, { months: 24, now: new Date('2026-11-25T12:00:00Z') });
    expect(erased).toEqual([old.code]);

    const db = ctx.database.db;
    expect(await db.select().from(cases).where(eq(cases.id, old.id))).toEqual([]);
    expect(await db.select().from(knelpunten).where(eq(knelpunten.caseId, old.id))).toEqual([]);
    const text = await db.execute(sql`select count(*)::int as n from knelpunten where route = ${marker}`);
    expect((text as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
    expect((await db.select().from(cases).where(eq(cases.id, recent.id))).length).toBe(1);
    expect((await db.select().from(cases).where(eq(cases.id, openOld.id))).length).toBe(1);

    // the anonymous counts remain
    expect(await db.select().from(knelpuntTallies).where(eq(knelpuntTallies.blocker, 'Regel voor de bewaartermijntest'))).toEqual([
      { year: 2026, kind: 'kan_niet', blockerType: 'regel', blocker: 'Regel voor de bewaartermijntest', count: 1 },
    ]);
    const dashboard: CaseDashboard = (await (await ctx.as('programmamanager')).get('/api/v1/case-dashboard')).json();
    expect(dashboard.erasedKnelpunten).toBe(1);

    // the processing log says it was erased, by the system
    const last = (await logRows(old.code)).at(-1)!;
    expect(last).toMatchObject({ activity: 'tws.bewaartermijn', userId: null, dataSubject: old.code });
    expect(last.details).toMatchObject({ retentionMonths: 24, knelpuntenCounted: 1 });

    // and the case is gone for everyone
    expect((await (await ctx.as('programmamanager')).get(`/api/v1/cases/${old.id}`)).statusCode).toBe(404);
    // a second run erases nothing more
    expect((await eraseExpiredCases(db, { months: 24, now: new Date('2026-11-25T12:00:00Z') })).erased).toEqual([]);
  });
});

describe('voorbeelddata: demo cases', () => {
  const contexts: TestContext[] = [];
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });
  async function seeded() {
    const c = await createTestContext();
    contexts.push(c);
    expect(await seedDemoCases(c.database.db)).toBe(DEMO_CASE_COUNT);
    return c;
  }
  const snapshot = async (c: TestContext) =>
    (
      (await c.database.db.execute(
        sql`select c.code, c.area, c.source, c.status, c.cost_cents, c.intake_date, c.afgesloten_at, string_agg(k.kind, ',' order by k.sort_order) as kinds
            from cases c left join knelpunten k on k.case_id = c.id group by c.id order by c.code`,
      )) as unknown as { rows: unknown[] }
    ).rows;

  it('creates about 60 deterministic cases, marked as voorbeelddata, once', async () => {
    const a = await seeded();
    const b = await seeded();
    expect(await snapshot(a)).toEqual(await snapshot(b));
    expect(await seedDemoCases(a.database.db)).toBe(0);
    const rows = await a.database.db.select({ isDemo: cases.isDemo }).from(cases);
    expect(rows).toHaveLength(DEMO_CASE_COUNT);
    expect(rows.every((r) => r.isDemo)).toBe(true);
  });

  it('puts the demo case worker on most cases and spreads knelpunten over every kind', async () => {
    const c = contexts[0]!;
    const mine = (await (await c.as('casusregisseur')).get('/api/v1/cases')).json().items;
    expect(mine.length).toBe(50);
    expect(mine.every((m: { isDemo: boolean }) => m.isDemo)).toBe(true);
    const pm: CaseDashboard = (await (await c.as('programmamanager')).get('/api/v1/case-dashboard')).json();
    expect(pm.total).toBe(DEMO_CASE_COUNT);
    for (const k of pm.knelpuntKinds) expect(k.count as number, k.key).toBeGreaterThan(0);
    expect(pm.medianDaysToDecision).toBeGreaterThan(0);
    const raadslid: CaseDashboard = (await (await c.as('raadslid')).get('/api/v1/case-dashboard')).json();
    expect(raadslid.total).toBe(60);
    expect(raadslid.byStatus.some((s) => typeof s.count === 'number')).toBe(true);
    expect(raadslid.spendCents! % 100_000).toBe(0);
  });
});
