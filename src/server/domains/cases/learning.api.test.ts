import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LearningView, SystemSignal } from '../../../shared/cases';
import { processingLog } from '../../db/schema';
import { seedDemoCases } from '../../seed/demo-cases';
import { type TestContext, createTestContext } from '../../test/harness';

let ctx: TestContext;
let pmView: LearningView;

const rows = async <T>(q: ReturnType<typeof sql>) => ((await ctx.database.db.execute(q)) as unknown as { rows: T[] }).rows;

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoCases(ctx.database.db);
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
    expect(pmView.blockers[0]!.cases).toHaveLength(top!.n);
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
    expect(done.cases.length).toBe(done.caseCount);
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
});
