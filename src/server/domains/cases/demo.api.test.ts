import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseAttention, Conference, LearningView, SystemSignal, TwsBudgetView } from '../../../shared/cases';
import { caseConferences, cases, processingLog, systemSignals } from '../../db/schema';
import { DEMO_CASE_COUNT, DEMO_CONFERENCES, DEMO_SIGNALS, removeDemoCaseData, seedDemoCases, seedDemoCasework } from '../../seed/demo-cases';
import { type TestContext, createTestContext } from '../../test/harness';

const contexts: TestContext[] = [];
let ctx: TestContext;

async function seeded() {
  const c = await createTestContext();
  contexts.push(c);
  expect(await seedDemoCases(c.database.db)).toBe(DEMO_CASE_COUNT);
  return c;
}
const rows = async <T>(c: TestContext, q: ReturnType<typeof sql>) => ((await c.database.db.execute(q)) as unknown as { rows: T[] }).rows;
const snapshot = async (c: TestContext) => ({
  conferences: await rows(
    c,
    sql`select f.date::text, f.kind, f.organisations, f.is_demo,
               (select string_agg(k.code || ':' || x.responsibility_confirmed, ',' order by x.sort_order) from case_conference_cases x join cases k on k.id = x.case_id where x.conference_id = f.id) as agenda,
               (select string_agg(coalesce(k.code, '-') || ':' || a.description || ':' || a.due_date || ':' || a.done, ',' order by a.created_at) from case_conference_actions a left join cases k on k.id = a.case_id where a.conference_id = f.id) as actions
        from case_conferences f order by f.date`,
  ),
  signals: await rows(
    c,
    sql`select s.title, s.status, s.status_reason, s.change_kind, s.learning_circle, s.is_demo,
               (select string_agg(k.code, ',' order by k.code) from system_signal_knelpunten sk join knelpunten kp on kp.id = sk.knelpunt_id join cases k on k.id = kp.case_id where sk.signal_id = s.id) as cases,
               (select string_agg(coalesce(h.from_status, '-') || '>' || h.to_status || '@' || h.at::date, ',' order by h.id) from system_signal_status_changes h where h.signal_id = s.id) as history
        from system_signals s order by s.title`,
  ),
});

beforeAll(async () => {
  ctx = await seeded();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
});

describe('voorbeelddata: demo case conferences and system signals', () => {
  it('are created deterministically with the demo cases, marked as voorbeelddata, once', async () => {
    const other = await seeded();
    const a = await snapshot(ctx);
    expect(a).toEqual(await snapshot(other));
    expect(a.conferences).toHaveLength(DEMO_CONFERENCES.length);
    expect(a.signals).toHaveLength(DEMO_SIGNALS.length);
    // a second start adds nothing
    expect(await seedDemoCasework(ctx.database.db)).toEqual({ conferences: 0, signals: 0 });
    expect(await seedDemoCases(ctx.database.db)).toBe(0);
    expect(await snapshot(ctx)).toEqual(a);
  });

  it('shows both kinds of conference with agenda, actions and (un)confirmed responsibility, and every step of the path to a structural change', async () => {
    const pm = await ctx.as('programmamanager');
    const list: Conference[] = (await pm.get('/api/v1/case-conferences')).json().items;
    expect(list.every((c) => c.isDemo)).toBe(true);
    expect(new Set(list.map((c) => c.kind))).toEqual(new Set(['casuistiekoverleg', 'vlb_overleg']));
    const agenda = list.flatMap((c) => c.agenda);
    expect(agenda.some((a) => a.responsibilityConfirmed)).toBe(true);
    expect(agenda.some((a) => !a.responsibilityConfirmed)).toBe(true);
    expect(list.flatMap((c) => c.actions).filter((a) => a.overdue).length).toBeGreaterThanOrEqual(3);

    const signals: { items: SystemSignal[] } = (await pm.get('/api/v1/system-signals')).json();
    expect(signals.items.every((s) => s.isDemo && s.knelpunten.length > 0)).toBe(true);
    expect(new Set(signals.items.map((s) => s.status))).toEqual(new Set(['structureel_opgelost', 'niet_opgelost', 'in_behandeling', 'geagendeerd', 'gesignaleerd']));
    const stuck = signals.items.find((s) => s.status === 'niet_opgelost')!;
    expect(stuck.statusReason).toMatch(/landelijk/);
    expect(stuck.history.map((h) => h.to)).toEqual(['gesignaleerd', 'geagendeerd', 'niet_opgelost']);
    expect(new Set(signals.items.map((s) => s.learningCircle))).toEqual(new Set(['casuistiek', 'uitvoering_en_beleid', 'sturingsmodellen']));

    const learning: LearningView = (await pm.get('/api/v1/learning')).json();
    expect(learning.changes).toMatchObject({ done: 1, stuck: 1, pending: 3 });
  });

  it('make the casework signals meaningful, per need-to-know', async () => {
    const pmView: CaseAttention = (await (await ctx.as('programmamanager')).get('/api/v1/case-attention')).json();
    const kinds = new Set(pmView.items.map((i) => i.kind));
    for (const k of ['waiting_for_conference', 'no_case_responsible', 'action_overdue', 'follow_up_due'] as const) expect(kinds, k).toContain(k);
    const crView: CaseAttention = (await (await ctx.as('casusregisseur')).get('/api/v1/case-attention')).json();
    const own = new Set(((await (await ctx.as('casusregisseur')).get('/api/v1/cases')).json().items as { id: string }[]).map((c) => c.id));
    expect(crView.items.length).toBeGreaterThan(0);
    expect(crView.items.length).toBeLessThan(pmView.items.length);
    for (const i of crView.items) if (i.caseId) expect(own.has(i.caseId), i.caseCode!).toBe(true);
    // the demo budget has kinds of solution
    const budget: TwsBudgetView = (await (await ctx.as('programmamanager')).get('/api/v1/tws-budget?year=2025')).json();
    expect(budget.byKind.filter((k) => k.key !== null && (k.cases as number) > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('are never stamped in the future: a conference still to come (gepland) was recorded at the latest when it was seeded', async () => {
    // the latest value of every timestamp column of the casework tables, and the seeding moment
    const latest = async (c: TestContext, tables: string[]) => {
      const cols = await rows<{ table_name: string; column_name: string }>(
        c,
        sql`select table_name, column_name from information_schema.columns
            where table_schema = current_schema() and data_type = 'timestamp with time zone' and table_name in ${sql.raw(`(${tables.map((t) => `'${t}'`).join(', ')})`)}
            order by table_name, column_name`,
      );
      expect(cols.length).toBeGreaterThan(5);
      const out: Record<string, number> = {};
      for (const { table_name: t, column_name: col } of cols) {
        const [r] = await rows<{ m: string | null }>(c, sql.raw(`select (extract(epoch from max("${col}")) * 1000)::bigint::text as m from "${t}"`));
        if (r?.m) out[`${t}.${col}`] = Number(r.m);
      }
      return out;
    };
    const conferencesAndSignals = ['case_conferences', 'case_conference_actions', 'system_signals', 'system_signal_status_changes'];
    // seeded with today's clock: nothing of the casework lies after now (while the conference of 2027-01-14 lies ahead)
    const now = Date.now();
    for (const [col, at] of Object.entries(await latest(ctx, ['cases', 'knelpunten', ...conferencesAndSignals]))) expect(at, col).toBeLessThanOrEqual(now);
    // seeded on an earlier day: the conferences and signals are stamped at that moment at the latest
    const early = await createTestContext();
    contexts.push(early);
    const then = new Date('2026-06-01T08:00:00Z');
    expect(DEMO_CONFERENCES.some((c) => c.date > '2026-06-01')).toBe(true);
    await seedDemoCases(early.database.db, then);
    const stamps = await latest(early, conferencesAndSignals);
    expect(stamps['case_conferences.created_at']).toBe(then.getTime());
    for (const [col, at] of Object.entries(stamps)) expect(at, col).toBeLessThanOrEqual(then.getTime());
    // the conference itself keeps its date (gepland)
    expect((await rows<{ d: string }>(early, sql`select max(date)::text as d from case_conferences`))[0]!.d).toBe('2027-01-14');
  });

  it('are removed by demo:remove with the demo cases, logged; real cases, conferences and signals stay', async () => {
    const db = ctx.database.db;
    const cr = await ctx.as('casusregisseur');
    // real data: a case with a knelpunt, on a real conference, in a real signal with one demo knelpunt too
    const real = await cr.post('/api/v1/cases', {
      intakeDate: '2026-10-01',
      source: 'wijkmanager',
      area: 'noord',
      summary: 'Echte casus naast de voorbeelddata.',
      knelpunten: [{ route: 'Schuldhulpverlening', blocker: 'Wachtlijst schuldhulpverlening', blockerType: 'organisatie', kind: 'wachtlijst' }],
    });
    expect(real.statusCode, real.body).toBe(201);
    const conf = await cr.post('/api/v1/case-conferences', { date: '2026-10-20', kind: 'casuistiekoverleg', agenda: [{ caseId: real.json().id }] });
    expect(conf.statusCode, conf.body).toBe(201);
    const demoK = (await cr.get('/api/v1/knelpunten?q=Urgentieregeling')).json().items[0];
    const sig = await cr.post('/api/v1/system-signals', {
      title: 'Echt signaal',
      knelpuntIds: [real.json().knelpunten[0].id, demoK.id],
      owner: 'Team Wonen (gemeente)',
      learningCircle: 'casuistiek',
    });
    expect(sig.statusCode, sig.body).toBe(201);
    const demoCodes = (await db.select({ code: cases.code }).from(cases).where(eq(cases.isDemo, true))).map((r) => r.code);

    expect(await removeDemoCaseData(db)).toEqual({ cases: DEMO_CASE_COUNT, conferences: DEMO_CONFERENCES.length, signals: DEMO_SIGNALS.length });
    expect(await db.select({ id: cases.id }).from(cases)).toEqual([{ id: real.json().id }]);
    expect((await db.select({ id: caseConferences.id }).from(caseConferences)).map((r) => r.id)).toEqual([conf.json().id]);
    const left = await db.select().from(systemSignals);
    expect(left.map((s) => [s.id, s.erasedKnelpunten])).toEqual([[sig.json().id, 1]]);
    const signal = (await (await ctx.as('programmamanager')).get(`/api/v1/system-signals/${sig.json().id}`)).json();
    expect(signal).toMatchObject({ knelpuntCount: 2, caseCount: 1 });
    // every demo case's removal is in the processing log under its code
    const logged = await db.select({ subject: processingLog.dataSubject }).from(processingLog).where(eq(processingLog.activity, 'tws.voorbeelddata'));
    expect(logged.map((l) => l.subject).sort()).toEqual([...demoCodes].sort());
    // and a second run removes nothing
    expect(await removeDemoCaseData(db)).toEqual({ cases: 0, conferences: 0, signals: 0 });
  });
});
