import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinanceOverview, Signal, Steering } from '../../../shared/steering';
import { programme as seedProgramme } from '../../seed/brunssum/programme';
import * as seedSteering from '../../seed/brunssum/steering';
import { type TestContext, createTestContext } from '../../test/harness';

let ctx: TestContext;
let byCode: Map<string, string>;
const id = (code: string) => byCode.get(code)!;

beforeAll(async () => {
  ctx = await createTestContext();
  const items = (await (await ctx.as('programmamanager')).get('/api/v1/efforts')).json().items as { id: string; code: string }[];
  byCode = new Map(items.map((e) => [e.code, e.id]));
});
afterAll(() => ctx?.close());

async function changeLogCount() {
  const res = await ctx.database.db.execute(sql`select count(*)::int as n from change_log`);
  return (res as unknown as { rows: { n: number }[] }).rows[0]!.n;
}
const steering = async (code: string): Promise<Steering> => (await (await ctx.as('programmamanager')).get(`/api/v1/efforts/${id(code)}/steering`)).json();

describe('seeded steering data (from the forms)', () => {
  // the forms are checked against the document text in seed.api.test.ts; the steering seed
  // must quote them: every result from the form's Resultaat, every milestone from its Planning
  const normalise = (t: string) =>
    t
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const form = (code: string) => seedProgramme.efforts.find((e) => e.code === code)!.form!;
  it('quotes every result from its form and every milestone from its planning', () => {
    for (const r of seedSteering.results) expect(normalise(form(r.effort).result!), `${r.effort}: ${r.description}`).toContain(normalise(r.description).slice(0, 200));
    for (const m of seedSteering.milestones) {
      expect(normalise(`${form(m.effort).planning} ${form(m.effort).result}`), `${m.effort}: ${m.description}`).toContain(normalise(m.description!));
    }
  });

  it('holds the results as the document states them, with deadlines where it gives them', async () => {
    const one = await steering('1');
    const gas = one.results.find((r) => r.target.includes('20% aardgasreductie'));
    expect(gas).toMatchObject({ targetKind: 'quantitative', deadline: '2030-12-31', baseline: 'Aardgasverbruik 2020' });
    expect(gas!.description).toContain('20% aardgasreductie in 2030 ten opzichte van 2020');
    expect(one.results.find((r) => r.deadline === '2050-12-31')!.description).toBe('Het eindresultaat is aardgasvrije buurten in Brunssum in 2050');
    expect((await steering('2.B')).results[0]).toMatchObject({ description: 'Fase 1 samenstellen Bewonersambassadeursgroep medio april 2025', deadline: '2025-04-15' });
    expect((await steering('8.C')).results.find((r) => r.description === 'Er ligt een participatieverordening')!.deadline).toBe('2025-12-31');
  });

  it("holds one unscored risk per item of every form's Risico's", async () => {
    const four = await steering('4');
    expect(four.risks.map((r) => r.description).sort()).toEqual(['Men neemt geen casusverantwoordelijkheid', 'Wachten met het bieden van een oplossing tot het casuistiekoverleg']);
    expect(four.risks.every((r) => r.likelihood === null && r.score === null)).toBe(true);
    const all = (await (await ctx.as('raadslid')).get('/api/v1/risks')).json().items;
    expect(all.length).toBe(18); // 1: 3, 2.A: 2, 2.B: 2, 2.C: 1, 3: 1, 4: 2, 5: 1, 6: 1, 7: 1, 8: 3, 8.C: 1 (5.B says "Nog niet duidelijk")
  });

  it('links dependencies to efforts where the text names them, and keeps external factors', async () => {
    const one = await steering('1');
    expect(one.dependencies.on.map((d) => d.externalFactor)).toContain('Soortenmanagementplan');
    const eightC = await steering('8.C');
    expect(eightC.dependencies.from.map((d) => d.effort.code)).toContain('8');
  });

  it('holds the funding sources of the documents; the Regiodeal ends in 2026 and ZonMw is applied for', async () => {
    const sources = (await (await ctx.as('partner')).get('/api/v1/funding-sources')).json().items as { name: string; endDate: string | null; status: string }[];
    expect(sources.find((s) => s.name === 'Regiodeal')).toMatchObject({ endDate: '2026-12-31', status: 'toegekend' });
    expect(sources.find((s) => s.name === 'ZonMw onderzoeksbudget')).toMatchObject({ status: 'aangevraagd', endDate: '2028-12-31' });
    expect(sources.find((s) => s.name === 'Reguliere begroting')).toMatchObject({ plannedCents: 200_000_00 }); // effort 1: 2025 and 2026
    const lines = (await (await ctx.as('partner')).get(`/api/v1/budget-lines?effort=${id('1')}`)).json().items;
    expect(lines.map((l: { year: number; plannedCents: number }) => [l.year, l.plannedCents])).toEqual([
      [2025, 100_000_00],
      [2026, 100_000_00],
    ]);
  });
});

describe('results', () => {
  it('adds a result with a target, linked to a goal, and writes the change log', async () => {
    const pm = await ctx.as('programmamanager');
    const goal = (await pm.get('/api/v1/goals')).json().items[0];
    const before = await changeLogCount();
    const res = await pm.post(`/api/v1/efforts/${id('5.B')}/results`, {
      description: 'Bezoekers van het Noorderhuis per week',
      measure: 'Aantal bezoekers per week',
      baseline: '40',
      target: '80',
      targetKind: 'quantitative',
      startDate: '2026-01-01',
      deadline: '2026-12-31',
      goalIds: [goal.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ target: '80', deadline: '2026-12-31', goals: [{ id: goal.id }] });
    expect(await changeLogCount()).toBe(before + 2); // the result, and its goal links
    const history = (await pm.get(`/api/v1/efforts/${id('5.B')}/history`)).json().items;
    expect(history.slice(0, 2).map((h: { entityType: string; action: string }) => `${h.entityType} ${h.action}`).sort()).toEqual(['result create', 'result update']);
  });

  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['a deadline before the start', { description: 'Iets meetbaars', startDate: '2026-05-01', deadline: '2026-01-01' }, /deadline ligt vóór de startdatum/],
    ['a measurable target without a value', { description: 'Iets meetbaars', targetKind: 'quantitative' }, /streefwaarde/],
    ['no description', { description: ' ' }, /Vul omschrijving in/],
    ['a date that is not a date', { description: 'Iets meetbaars', deadline: '31-12-2026' }, /geldige datum/],
    ['personal data in free text', { description: 'Bel mevrouw op 06-12345678' }, /telefoonnummer/],
  ];
  for (const [what, body, message] of bad) {
    it(`refuses ${what} with a Dutch problem+json and changes nothing`, async () => {
      const pm = await ctx.as('programmamanager');
      const before = await changeLogCount();
      const res = await pm.post(`/api/v1/efforts/${id('5.B')}/results`, body);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(JSON.stringify(res.json())).toMatch(message);
      expect(await changeLogCount()).toBe(before);
    });
  }

  it('refuses a stale version with 409', async () => {
    const pm = await ctx.as('programmamanager');
    const created = (await pm.post(`/api/v1/efforts/${id('6')}/results`, { description: 'Eerste versie' })).json();
    expect((await pm.patch(`/api/v1/results/${created.id}`, { description: 'Tweede versie', version: 1 })).statusCode).toBe(200);
    const stale = await pm.patch(`/api/v1/results/${created.id}`, { description: 'Derde versie', version: 1 });
    expect(stale.statusCode).toBe(409);
  });

  it('lets the project leader edit the results of their own effort only', async () => {
    const pl = await ctx.as('projectleider');
    expect((await pl.post(`/api/v1/efforts/${id('1.A')}/results`, { description: 'Eigen resultaat' })).statusCode).toBe(201);
    const other = await pl.post(`/api/v1/efforts/${id('4')}/results`, { description: 'Niet van mij' });
    expect(other.statusCode).toBe(403);
    expect(other.json().detail).toMatch(/projectleider/);
  });
});

describe('risks', () => {
  it('refuses a likelihood of 7', async () => {
    const res = await (await ctx.as('programmamanager')).post(`/api/v1/efforts/${id('4')}/risks`, { description: 'Te hoge kans', likelihood: 7, impact: 2 });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toMatch(/1 tot en met 5/);
  });

  it('computes the score and filters the register', async () => {
    const pm = await ctx.as('programmamanager');
    const r = (await pm.post(`/api/v1/efforts/${id('4')}/risks`, { description: 'Partners haken af', likelihood: 4, impact: 5, reviewDate: '2025-01-01' })).json();
    expect(r.score).toBe(20);
    const list = (await pm.get(`/api/v1/risks?effort=${id('4')}&status=open`)).json().items;
    expect(list[0].id).toBe(r.id); // highest score first
    const signals: Signal[] = (await pm.get(`/api/v1/signals?effort=${id('4')}`)).json().items;
    expect(signals.some((s) => s.kind === 'risk_review_overdue' && s.subject?.id === r.id)).toBe(true);
  });
});

describe('evaluations and decisions', () => {
  it('records "overdragen aan de reguliere lijn": the evaluation is decided, the life cycle and line owner follow, all in the history', async () => {
    const pm = await ctx.as('programmamanager');
    const ev = (await pm.post(`/api/v1/efforts/${id('2.C')}/evaluations`, { title: 'Evaluatie netwerkaanpak', plannedDate: '2026-10-01', criteria: 'Partners stemmen af' })).json();
    const missingOwner = await pm.post(`/api/v1/evaluations/${ev.id}/decision`, {
      version: ev.version,
      decision: 'overdragen',
      reasons: 'Werkt, hoort in de lijn',
      decidedBy: 'Stuurgroep',
      decidedOn: '2026-10-01',
    });
    expect(missingOwner.statusCode).toBe(400);
    expect(JSON.stringify(missingOwner.json())).toMatch(/lijnorganisatie/);

    const res = await pm.post(`/api/v1/evaluations/${ev.id}/decision`, {
      version: ev.version,
      decision: 'overdragen',
      reasons: 'De werkwijze werkt; het netwerk draait zelfstandig.',
      decidedBy: 'Stuurgroep Noord en Oost',
      decidedOn: '2026-10-01',
      lineOwner: 'Teammanager uitvoering sociaal domein',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().effort).toMatchObject({ lifecycle: 'overgedragen', lineOwner: 'Teammanager uitvoering sociaal domein' });
    const s = await steering('2.C');
    expect(s.evaluations.find((e) => e.id === ev.id)).toMatchObject({ status: 'uitgevoerd', decision: 'overdragen', decidedBy: 'Stuurgroep Noord en Oost' });
    expect(s.lifecycleHistory[0]).toMatchObject({ before: 'uitvoering', after: 'overgedragen', actor: 'Demo programmamanager' });
    const history = (await pm.get(`/api/v1/efforts/${id('2.C')}/history?field=lineOwner`)).json().items;
    expect(history[0].after).toBe('Teammanager uitvoering sociaal domein');

    const again = await pm.post(`/api/v1/evaluations/${ev.id}/decision`, { ...{ decision: 'stoppen', reasons: 'Toch niet', decidedBy: 'Stuurgroep', decidedOn: '2026-10-02' }, version: ev.version + 1 });
    expect(again.statusCode).toBe(409);
  });

  it('lets only the programme manager decide; a project leader may plan on their own effort', async () => {
    const pl = await ctx.as('projectleider');
    const ev = await pl.post(`/api/v1/efforts/${id('1')}/evaluations`, { title: 'Tussenevaluatie isolatie', plannedDate: '2026-12-15' });
    expect(ev.statusCode).toBe(201);
    const decide = await pl.post(`/api/v1/evaluations/${ev.json().id}/decision`, { version: 1, decision: 'doorgaan', reasons: 'Loopt goed', decidedBy: 'Projectleider zelf', decidedOn: '2026-12-15' });
    expect(decide.statusCode).toBe(403);
  });

  it('signals an evaluation due within 30 days', async () => {
    const pm = await ctx.as('programmamanager');
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await pm.post(`/api/v1/efforts/${id('7')}/evaluations`, { title: 'Evaluatie herijking', plannedDate: soon });
    const signals: Signal[] = (await pm.get(`/api/v1/signals?effort=${id('7')}`)).json().items;
    expect(signals.find((s) => s.kind === 'evaluation_due')!.message).toMatch(/binnen 30 dagen/);
  });
});

describe('finance', () => {
  it('signals a budget line that runs past its source, and one over plan', async () => {
    const pm = await ctx.as('programmamanager');
    const regiodeal = (await pm.get('/api/v1/funding-sources')).json().items.find((s: { name: string }) => s.name === 'Regiodeal');
    const line = await pm.post(`/api/v1/efforts/${id('4')}/budget-lines`, {
      fundingSourceId: regiodeal.id,
      year: 2027,
      description: 'Trainingen stabiliteitsdenken',
      plannedCents: 25_000_00,
      realisedCents: 30_000_50,
    });
    expect(line.statusCode, line.body).toBe(201);
    const signals: Signal[] = (await pm.get('/api/v1/signals')).json().items;
    const mine = signals.filter((s) => s.subject?.id === line.json().id);
    expect(mine.map((s) => s.kind).sort()).toEqual(['budget_after_source_end', 'budget_over_plan']);
    expect(mine.find((s) => s.kind === 'budget_after_source_end')!.message).toMatch(/Regiodeal.*31 december 2026/);
    expect(mine.find((s) => s.kind === 'budget_over_plan')!.message).toContain('€ 30.000,50');
  });

  it('groups many budget lines with the same problem into one signal per effort and source', async () => {
    const pm = await ctx.as('programmamanager');
    const zonmw = (await pm.get('/api/v1/funding-sources')).json().items.find((s: { name: string }) => s.name === 'ZonMw onderzoeksbudget');
    for (const year of [2029, 2030]) {
      const res = await pm.post(`/api/v1/efforts/${id('8')}/budget-lines`, { fundingSourceId: zonmw.id, year, plannedCents: 5_000_00 });
      expect(res.statusCode).toBe(201);
    }
    const signals: Signal[] = (await pm.get(`/api/v1/signals?effort=${id('8')}`)).json().items;
    const afterEnd = signals.filter((s) => s.kind === 'budget_after_source_end');
    expect(afterEnd).toHaveLength(1);
    expect(afterEnd[0]!.message).toBe('2 budgetregels (2029–2030, samen € 10.000,00) plannen geld uit ZonMw onderzoeksbudget, maar die bron loopt af op 31 december 2028.');
    expect(signals.filter((s) => s.kind === 'budget_unsecured_source')).toHaveLength(1);
  });

  it('refuses a negative amount and an amount in fractions of a cent', async () => {
    const pm = await ctx.as('programmamanager');
    for (const plannedCents of [-100, 10.5]) {
      const res = await pm.post(`/api/v1/efforts/${id('4')}/budget-lines`, { year: 2026, plannedCents });
      expect(res.statusCode).toBe(400);
    }
  });

  it('sums exactly per effort, source and year, and exports CSV and XLSX with the same totals', async () => {
    const pm = await ctx.as('programmamanager');
    // three amounts whose float sum is not exact (0.1 + 0.2)
    for (const cents of [10, 20, 1_000_000_00]) await pm.post(`/api/v1/efforts/${id('6')}/budget-lines`, { year: 2028, plannedCents: cents });
    const overview: FinanceOverview = (await pm.get('/api/v1/finance/overview')).json();
    const six = overview.byEffort.find((e) => e.effort.code === '6')!;
    expect(six.years['2028']!.plannedCents).toBe(1_000_000_30);
    expect(overview.years).toContain(2028);

    const csv = await pm.get('/api/v1/finance/export.csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="koers-financien-/);
    expect(csv.body).toContain('Code;Inspanning;Jaar;Financieringsbron');
    expect(csv.body).toContain(';1000000,00;');
    expect(csv.body).toContain(';0,10;');

    const xlsx = await pm.request({ method: 'GET', url: '/api/v1/finance/export.xlsx' });
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Budgetregels', 'Per inspanning', 'Per bron']);
    const perEffort = wb.getWorksheet('Per inspanning')!;
    const row = perEffort.getSheetValues().find((r) => Array.isArray(r) && String(r[1]).startsWith('6 '));
    expect(row).toBeTruthy();
  });

  it('lets only the programme manager add a funding source, and refuses an end before the start', async () => {
    const pm = await ctx.as('programmamanager');
    const bad = await pm.post('/api/v1/funding-sources', { name: 'Provinciale subsidie', status: 'aangevraagd', startDate: '2027-01-01', endDate: '2026-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/einddatum ligt vóór de startdatum/);
    const dup = await pm.post('/api/v1/funding-sources', { name: 'Regiodeal', status: 'toegekend' });
    expect(dup.statusCode).toBe(400);
    const pl = await ctx.as('projectleider');
    expect((await pl.post('/api/v1/funding-sources', { name: 'Eigen potje', status: 'onzeker' })).statusCode).toBe(403);
  });
});

describe('roadmap and signals', () => {
  it('gives the programme over the years with milestones, evaluations and today', async () => {
    const r = (await (await ctx.as('ambassadeur')).get('/api/v1/roadmap')).json();
    expect(r.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const twoB = r.efforts.find((e: { code: string }) => e.code === '2.B');
    expect(twoB.milestones[0]).toMatchObject({ title: 'Bewonersambassadeursgroep samengesteld', date: '2025-04-15' });
    expect(r.from <= '2025-01-01').toBe(true);
    const filtered = (await (await ctx.as('ambassadeur')).get('/api/v1/roadmap?lifecycle=doorlopend')).json();
    expect(filtered.efforts.map((e: { code: string }) => e.code)).toContain('3');
    expect(filtered.efforts.every((e: { lifecycle: string }) => e.lifecycle === 'doorlopend')).toBe(true);
  });

  it('filters by kind and severity, limits, and counts per kind', async () => {
    const pm = await ctx.as('programmamanager');
    const all = (await pm.get('/api/v1/signals')).json();
    expect(all.total).toBe(all.items.length);
    const sum = Object.values(all.counts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBe(all.total);
    const overdue = (await pm.get('/api/v1/signals?kind=milestone_overdue&limit=2')).json();
    expect(overdue.items).toHaveLength(2);
    expect(overdue.total).toBe(all.counts.milestone_overdue);
    expect(overdue.items.every((s: Signal) => s.kind === 'milestone_overdue')).toBe(true);
    const bad = await pm.get('/api/v1/signals?kind=onzin');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/Onbekend soort signaal/);
  });

  it('lists overdue milestones and efforts without results or evaluation moments', async () => {
    const items: Signal[] = (await (await ctx.as('raadslid')).get('/api/v1/signals')).json().items;
    expect(items.some((s) => s.kind === 'milestone_overdue' && s.subject?.label === 'Startbijeenkomst')).toBe(true);
    expect(items.some((s) => s.kind === 'no_result_or_evaluation' && s.effort.code === '7')).toBe(true);
    expect(items.some((s) => s.kind === 'open_fields' && s.effort.code === '6')).toBe(true);
  });
});
