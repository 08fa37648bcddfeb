import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEARNING_TRACE_MAX, type LearningView, type SystemSignal } from '../../../shared/cases';
import { processingLog, systemSignals } from '../../db/schema';
import { seedDemoCases } from '../../seed/demo-cases';
import { type TestContext, createTestContext } from '../../test/harness';

let ctx: TestContext;
let pmView: LearningView;

const rows = async <T>(q: ReturnType<typeof sql>) => ((await ctx.database.db.execute(q)) as unknown as { rows: T[] }).rows;

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoCases(ctx.database.db);
  // this file builds its own structural changes from the demo knelpunten: without the demo signals
  await ctx.database.db.delete(systemSignals).where(eq(systemSignals.isDemo, true));
  const pm = await ctx.as('programmamanager');
  // three structural changes: one solved, one stuck, one pending
  const ks = (await pm.get('/api/v1/knelpunten')).json().items as { id: string; blocker: string }[];
  const of = (blocker: string) => ks.filter((k) => k.blocker === blocker).map((k) => k.id);
  const signal = async (title: string, blocker: string, steps: Record<string, unknown>[]) => {
    const res = await pm.post('/api/v1/system-signals', { title, knelpuntIds: of(blocker), owner: 'Team Wmo (gemeente)', learningCircle: 'uitvoering_en_beleid' });
    expect(res.statusCode, res.body).toBe(201);
    let s: SystemSignal = res.json();
    for (const step of steps) {
      const r = await pm.patch(`/api/v1/system-signals/${s.id}`, { version: s.version, ...step });
      expect(r.statusCode, r.body).toBe(200);
      s = r.json();
    }
    return s;
  };
  await signal('Wachtlijst schuldhulp', 'Wachtlijst schuldhulpverlening', [{ status: 'geagendeerd', changeKind: 'inkoop' }, { status: 'in_behandeling' }, { status: 'structureel_opgelost' }]);
  await signal('Vermogensnorm kwijtschelding', 'Vermogensnorm kwijtschelding', [{ status: 'niet_opgelost', statusReason: 'Landelijke norm; de gemeente kan die niet aanpassen.' }]);
  await signal('Voorliggende voorzieningen in de Wmo', 'Wmo-beleidsregel: eerst voorliggende voorzieningen', [{ status: 'geagendeerd', changeKind: 'beleidsregel' }]);
  pmView = (await pm.get('/api/v1/learning')).json();
});
afterAll(() => ctx?.close());

describe('the learning view', () => {
  it('shows the programme manager which rules and organisations block most residents, exactly, with what the workarounds cost', async () => {
    expect(pmView.exact).toBe(true);
    const counts = pmView.blockers.map((b) => b.residents as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // checked against the database, independently: distinct cases and the cost of the decided ones
    const [top] = await rows<{ n: number; cents: string }>(
      sql`select count(distinct c.id)::int as n, coalesce(sum(c.cost_cents) filter (where c.status in ('besloten','uitgevoerd','nazorg','afgesloten')), 0)::text as cents
          from cases c where exists (select 1 from knelpunten k where k.case_id = c.id and lower(btrim(k.blocker)) = ${pmView.blockers[0]!.key})`,
    );
    expect(pmView.blockers[0]!.residents).toBe(top!.n);
    expect(pmView.blockers[0]!.workaroundCents).toBe(Number(top!.cents));
    // the first LEARNING_TRACE_MAX cases are listed, the rest counted (and listed by /learning/cases)
    expect(pmView.blockers[0]!.cases).toHaveLength(Math.min(top!.n, LEARNING_TRACE_MAX));
    expect(pmView.blockers[0]!.cases.length + pmView.blockers[0]!.moreCases).toBe(top!.n);
    expect(pmView.blockers[0]!.cases[0]!.caseCode).toMatch(/^TWS-\d{4}-\d{4}$/);
    const [total] = await rows<{ cents: string }>(
      sql`select coalesce(sum(cost_cents), 0)::text as cents from cases c where status in ('besloten','uitgevoerd','nazorg','afgesloten') and exists (select 1 from knelpunten k where k.case_id = c.id)`,
    );
    expect(pmView.workarounds.totalCents).toBe(Number(total!.cents));
    expect(pmView.workarounds.byKind.map((k) => k.key)).toEqual(['kan_niet', 'mag_niet', 'doen_we_al', 'wachtlijst', 'financiering', 'informatie', 'anders']);
  });

  it('shows which structural changes are done, pending or stuck, traceable to their cases', async () => {
    expect(pmView.changes).toMatchObject({ done: 1, pending: 1, stuck: 1 });
    const stuck = pmView.changes.items.find((s) => s.phase === 'stuck')!;
    expect(stuck).toMatchObject({ title: 'Vermogensnorm kwijtschelding', status: 'niet_opgelost', statusReason: expect.stringMatching(/Landelijke norm/) });
    const done = pmView.changes.items.find((s) => s.phase === 'done')!;
    expect(done).toMatchObject({ changeKind: 'inkoop' });
    expect(done.cases.length + done.moreCases).toBe(done.caseCount);
    expect(done.cases.length).toBeGreaterThan(0);
  });

  it('traces a case worker only to their own cases, with protected counts', async () => {
    const cr = await ctx.as('casusregisseur');
    const view: LearningView = (await cr.get('/api/v1/learning')).json();
    expect(view.exact).toBe(false);
    const own = new Set(((await cr.get('/api/v1/cases')).json().items as { id: string }[]).map((c) => c.id));
    const traced = [...view.blockers.flatMap((b) => b.cases), ...view.changes.items.flatMap((s) => s.cases)];
    expect(traced.length).toBeGreaterThan(0);
    for (const c of traced) expect(own.has(c.caseId), c.caseCode).toBe(true);
    // the programme manager's own demo cases (one in six) are never among them
    const pmOnly = await rows<{ id: string }>(sql`select id from cases where id not in (select case_id from case_team where user_id = (select id from users where email = 'casusregisseur@koers.test'))`);
    expect(pmOnly.length).toBeGreaterThan(0);
    for (const { id } of pmOnly) expect(JSON.stringify(view)).not.toContain(id);
    // and the tracing is in the processing log of each of those cases
    const logged = await ctx.database.db.select({ caseId: processingLog.caseId }).from(processingLog).where(eq(processingLog.activity, 'tws.leren'));
    const loggedIds = new Set(logged.map((l) => l.caseId));
    for (const c of traced) expect(loggedIds.has(c.caseId)).toBe(true);
  });

  it('shows a council member only blockers of at least 5 residents, rounded, with no case at all', async () => {
    const before = (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(processingLog))[0]!.n;
    const res = await (await ctx.as('raadslid')).get('/api/v1/learning');
    expect(res.statusCode).toBe(200);
    const view: LearningView = res.json();
    expect(view.exact).toBe(false);
    expect(res.body).not.toMatch(/TWS-\d{4}-\d{4}/);
    expect(view.blockers.length).toBeGreaterThan(0);
    expect(view.blockers.length).toBeLessThan(pmView.blockers.length);
    for (const b of view.blockers) {
      expect(b.cases).toEqual([]);
      expect(typeof b.residents === 'number' && b.residents >= 5 && b.residents % 5 === 0).toBe(true);
      if (b.workaroundCents !== null) expect(b.workaroundCents % 100_000).toBe(0);
    }
    for (const k of view.workarounds.byKind) {
      expect(k.cases === '< 5' || (typeof k.cases === 'number' && k.cases % 5 === 0)).toBe(true);
      if (k.cents !== null) expect(k.cents % 100_000).toBe(0);
    }
    // counts of signals are not case data; their case counts are protected
    expect(view.changes).toMatchObject({ done: 1, pending: 1, stuck: 1 });
    for (const s of view.changes.items) {
      expect(s.cases).toEqual([]);
      expect(s.caseCount === '< 5' || (typeof s.caseCount === 'number' && s.caseCount % 5 === 0)).toBe(true);
    }
    // nothing about a case was processed for this reader
    const after = (await ctx.database.db.select({ n: sql<number>`count(*)::int` }).from(processingLog))[0]!.n;
    expect(after).toBe(before);
  });

  it('traces a change or a blocker back to all its cases for those allowed, page by page, logged; others 403', async () => {
    const pm = await ctx.as('programmamanager');
    const done = pmView.changes.items.find((s) => s.phase === 'done')!;
    const all = (await pm.get(`/api/v1/learning/cases?signalId=${done.id}`)).json();
    expect(all.total).toBe(done.caseCount);
    expect(all.items).toHaveLength(done.caseCount as number);
    expect(all.items.slice(0, LEARNING_TRACE_MAX).map((i: { caseCode: string }) => i.caseCode)).toEqual(done.cases.map((c) => c.caseCode));
    const page = (await pm.get(`/api/v1/learning/cases?signalId=${done.id}&limit=1&offset=1`)).json();
    expect(page.items).toEqual([all.items[1]]);
    expect(page.nextOffset).toBe(all.total > 2 ? 2 : null);
    // a blocker by its key, only the case worker's own cases
    const cr = await ctx.as('casusregisseur');
    const key = pmView.blockers[0]!.key;
    const mine = (await cr.get(`/api/v1/learning/cases?blocker=${encodeURIComponent(key)}`)).json();
    const own = new Set(((await cr.get('/api/v1/cases')).json().items as { id: string }[]).map((c) => c.id));
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.length).toBeLessThan(pmView.blockers[0]!.residents as number);
    for (const i of mine.items) expect(own.has(i.caseId)).toBe(true);
    const logged = await ctx.database.db.select().from(processingLog).where(eq(processingLog.dataSubject, mine.items[0].caseCode));
    expect(logged.some((l) => l.activity === 'tws.leren' && (l.details as { via?: string })?.via === 'knelpunt')).toBe(true);
    // exactly one of blocker and signalId, in Dutch; no case access: 403
    const bad = await pm.get('/api/v1/learning/cases');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].reason).toBe('Geef óf een regel of organisatie (blocker), óf een systeemsignaal (signalId).');
    expect((await (await ctx.as('raadslid')).get(`/api/v1/learning/cases?signalId=${done.id}`)).statusCode).toBe(403);
  });

  it('is never stale: a registered, changed or moved case shows at once (the shared aggregates are recomputed)', async () => {
    const pm = await ctx.as('programmamanager');
    const blockerOf = async (key: string) => ((await pm.get('/api/v1/learning')).json() as LearningView).blockers.find((b) => b.key === key);
    expect(await blockerOf('regel voor de actualiteitstest')).toBeUndefined();
    const res = await pm.post('/api/v1/cases', {
      intakeDate: '2026-10-01',
      source: 'partner',
      area: 'oost',
      summary: 'Casus voor de actualiteit van het leeroverzicht.',
      solution: 'Eenmalige bijdrage.',
      costCents: 700_00,
      knelpunten: [{ route: 'Route', blocker: ' Regel voor de actualiteitstest ', blockerType: 'regel', kind: 'mag_niet' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await blockerOf('regel voor de actualiteitstest')).toMatchObject({ label: 'Regel voor de actualiteitstest', residents: 1, workaroundCents: 0, kinds: ['mag_niet'] });
    let c = res.json();
    for (const status of ['in_behandeling', 'besloten']) {
      const r = await pm.post(`/api/v1/cases/${c.id}/status`, { status, version: c.version });
      expect(r.statusCode, r.body).toBe(200);
      c = r.json();
    }
    expect(await blockerOf('regel voor de actualiteitstest')).toMatchObject({ residents: 1, workaroundCents: 700_00 });
    const r = await pm.patch(`/api/v1/cases/${c.id}`, { version: c.version, knelpunten: [{ route: 'Route', blocker: 'Regel voor de actualiteitstest', blockerType: 'regel', kind: 'wachtlijst' }] });
    expect(r.statusCode, r.body).toBe(200);
    expect((await blockerOf('regel voor de actualiteitstest'))!.kinds).toEqual(['wachtlijst']);
  });
});
