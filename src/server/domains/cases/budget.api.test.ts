import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, TwsBudgetView } from '../../../shared/cases';
import { changeLog } from '../../db/schema';
import { ROLES } from '../../../shared/roles';
import { type Client, type TestContext, createTestContext } from '../../test/harness';

let ctx: TestContext;
let cr: Client;
let pm: Client;

const CASE = { intakeDate: '2026-03-02', area: 'oost', summary: 'Casus voor het budget.', solution: 'Eenmalige bijdrage uit het budget.' };

/** a case with a cost, moved to `status` directly in the database (decided in 2026 when decided) */
async function caseWith(costCents: number, status: string, source = 'wijkmanager', otherwise = false): Promise<CaseDetail> {
  const res = await cr.post('/api/v1/cases', { ...CASE, source, costCents, financeableOtherwise: otherwise, alternativeFinancing: otherwise ? 'Bijzondere bijstand' : '' });
  expect(res.statusCode, res.body).toBe(201);
  const c: CaseDetail = res.json();
  if (status !== 'aangemeld') {
    const decided = ['besloten', 'uitgevoerd', 'nazorg', 'afgesloten'].includes(status);
    await ctx.database.db.execute(
      sql`update cases set status = ${status}, in_behandeling_at = now(), besloten_at = ${decided ? sql`now()` : null}, decided_on = ${decided ? '2026-04-01' : null},
          afgesloten_at = ${status === 'afgesloten' ? sql`now()` : null}, outcome = ${status === 'afgesloten' ? 'ja' : null} where id = ${c.id}`,
    );
  }
  return c;
}

beforeAll(async () => {
  ctx = await createTestContext();
  cr = await ctx.as('casusregisseur');
  pm = await ctx.as('programmamanager');
  // spent in 2026: 6 wijkmanager cases of € 1.000 (two could have been financed otherwise) and 1 partner case of € 2.500
  for (let i = 0; i < 6; i++) await caseWith(1_000_00, ['besloten', 'uitgevoerd', 'nazorg', 'afgesloten', 'besloten', 'uitgevoerd'][i]!, 'wijkmanager', i < 2);
  await caseWith(2_500_00, 'uitgevoerd', 'partner');
  // committed: two open cases with a cost entered; one open case without cost
  await caseWith(400_00, 'aangemeld');
  await caseWith(600_00, 'in_behandeling');
  await caseWith(0, 'aangemeld');
});
afterAll(() => ctx?.close());

const view = async (as: Client, year = 2026): Promise<TwsBudgetView> => {
  const res = await as.get(`/api/v1/tws-budget?year=${year}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('the Tussen Wal en Schip budget', () => {
  it('is set per year by the programme manager, in cents, and logged in the change log', async () => {
    expect((await view(pm)).budgetCents).toBeNull();
    const res = await pm.request({ method: 'PUT', url: '/api/v1/tws-budget/2026', payload: { amountCents: 20_000_00 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ year: 2026, budgetCents: 20_000_00 });
    await pm.request({ method: 'PUT', url: '/api/v1/tws-budget/2027', payload: { amountCents: 25_000_00 } });
    expect((await view(pm)).budgets).toEqual([
      { year: 2026, amountCents: 20_000_00 },
      { year: 2027, amountCents: 25_000_00 },
    ]);
    const log = await ctx.database.db.select().from(changeLog).where(eq(changeLog.entityType, 'tws_budget'));
    expect(log.map((l) => [l.entityId, l.before, l.after])).toEqual([
      ['2026', null, 20_000_00],
      ['2027', null, 25_000_00],
    ]);
    // validation in Dutch; only the programme manager sets it
    const bad = await pm.request({ method: 'PUT', url: '/api/v1/tws-budget/2026', payload: { amountCents: -5 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].reason).toBe('Een bedrag kan niet negatief zijn.');
    expect((await pm.request({ method: 'PUT', url: '/api/v1/tws-budget/1999', payload: { amountCents: 5 } })).json().invalidParams[0].reason).toBe('Kies een jaar vanaf 2000.');
    expect((await cr.request({ method: 'PUT', url: '/api/v1/tws-budget/2026', payload: { amountCents: 1 } })).statusCode).toBe(403);
  });

  it('shows the programme manager exactly what was spent, committed and remains, per source and kind, and the share financeable otherwise', async () => {
    const v = await view(pm);
    expect(v).toMatchObject({
      exact: true,
      budgetCents: 20_000_00,
      // carried out (uitgevoerd, nazorg, afgesloten): 4 × € 1.000 + € 2.500
      spentCents: 6_500_00,
      spentCases: 5,
      // decided, not carried out yet (besloten): 2 × € 1.000
      committedCents: 2_000_00,
      committedCases: 2,
      chargedCents: 8_500_00,
      chargedCases: 7,
      remainingCents: 11_500_00,
      // cost entered on cases not decided yet: not deducted
      requestedCents: 1_000_00,
      requestedCases: 2,
      financeableOtherwiseCents: 2_000_00,
      financeableOtherwiseShare: 0.235,
    });
    expect(v.bySource.find((s) => s.key === 'wijkmanager')).toMatchObject({ cases: 6, spentCents: 6_000_00 });
    expect(v.bySource.find((s) => s.key === 'partner')).toMatchObject({ cases: 1, spentCents: 2_500_00 });
    expect(v.byKind.find((k) => k.key === null)).toEqual({
      key: null,
      label: 'Nog niet ingedeeld',
      cases: 7,
      chargedCents: 8_500_00,
      spentCents: 6_500_00,
      committedCents: 2_000_00,
      financeableOtherwiseCents: 2_000_00,
    });
    // another year has nothing spent
    expect(await view(pm, 2027)).toMatchObject({ spentCents: 0, committedCents: 0, remainingCents: 25_000_00 });
  });

  it('shows everyone else rounded money, only from 5 cases, and no small count that can be derived', async () => {
    for (const role of ['raadslid', 'casusregisseur', 'ambassadeur'] as const) {
      const v = await view(await ctx.as(role));
      expect(v.exact).toBe(false);
      expect(v.budgetCents).toBe(20_000_00); // the budget itself is not case data
      // charged: € 8.500 in 7 cases, rounded to € 1.000; the count rounded to a multiple of 5
      expect(v.chargedCents).toBe(9_000_00);
      expect(v.chargedCases).toBe(5);
      expect(v.remainingCents).toBe(20_000_00 - 9_000_00);
      // the two committed cases are too few to show their amount, so spent is not shown apart either
      // (charged − spent would give committed away)
      expect(v.spentCents).toBeNull();
      expect(v.committedCents).toBeNull();
      expect(v.spentCases).toBe(5);
      expect(v.committedCases).toBe('< 5');
      expect(v.requestedCents).toBeNull();
      expect(v.requestedCases).toBe('< 5');
      expect(v.byKind.every((k) => k.spentCents === null && k.committedCents === null && k.financeableOtherwiseCents === null)).toBe(true);
      // two cases financeable otherwise: too few
      expect(v.financeableOtherwiseCents).toBeNull();
      expect(v.financeableOtherwiseShare).toBeNull();
      // the partner source has a single case: no amount per source at all (total − others would give it away)
      expect(v.bySource.every((s) => s.spentCents === null)).toBe(true);
      expect(v.bySource.find((s) => s.key === 'partner')!.cases).toBe('< 5');
      const json = JSON.stringify(v);
      expect(json).not.toContain('850000'); // the exact spend
    }
  });

  it('shows rounded amounts to others once enough cases make them up', async () => {
    for (let i = 0; i < 3; i++) await caseWith(300_00, 'aangemeld');
    const v = await view(await ctx.as('raadslid'));
    expect(v.requestedCents).toBe(2_000_00); // € 1.900 in 5 cases, rounded
    expect(v.requestedCases).toBe(5);
    expect(v.remainingCents).toBe(20_000_00 - 9_000_00); // requested money is not deducted
  });

  it('moves when a case is decided (PATCH) and moved through the workflow: requested → committed → spent', async () => {
    const before = await view(pm);
    const created = await cr.post('/api/v1/cases', { ...CASE, source: 'uitvoeringsteam', solution: '' });
    expect(created.statusCode, created.body).toBe(201);
    let c: CaseDetail = created.json();
    const patch = await cr.patch(`/api/v1/cases/${c.id}`, {
      version: c.version,
      solution: 'Bijdrage aan de verhuiskosten naar een passende woning.',
      solutionKind: 'wonen',
      costCents: 1_500_00,
      decidedOn: '2026-05-04',
    });
    expect(patch.statusCode, patch.body).toBe(200);
    c = patch.json();
    expect(c).toMatchObject({ solutionKind: 'wonen', costCents: 1_500_00 });
    let v = await view(pm);
    expect(v.requestedCents).toBe(before.requestedCents! + 1_500_00);
    expect(v.remainingCents).toBe(before.remainingCents);
    const move = async (as: Client, status: string) => {
      const res = await as.post(`/api/v1/cases/${c.id}/status`, { status, version: c.version });
      expect(res.statusCode, res.body).toBe(200);
      c = res.json();
    };
    await move(cr, 'in_behandeling');
    // only the programme manager decides
    expect((await cr.post(`/api/v1/cases/${c.id}/status`, { status: 'besloten', version: c.version })).statusCode).toBe(403);
    await move(pm, 'besloten');
    v = await view(pm);
    expect(v).toMatchObject({
      requestedCents: before.requestedCents,
      committedCents: before.committedCents! + 1_500_00,
      committedCases: (before.committedCases as number) + 1,
      spentCents: before.spentCents,
      remainingCents: before.remainingCents! - 1_500_00,
    });
    expect(v.byKind.find((k) => k.key === 'wonen')).toMatchObject({ cases: 1, chargedCents: 1_500_00, committedCents: 1_500_00, spentCents: 0, label: 'Wonen en verhuizen' });
    await move(cr, 'uitgevoerd');
    v = await view(pm);
    expect(v).toMatchObject({
      committedCents: before.committedCents,
      spentCents: before.spentCents! + 1_500_00,
      spentCases: (before.spentCases as number) + 1,
      remainingCents: before.remainingCents! - 1_500_00,
    });
    expect(v.byKind.find((k) => k.key === 'wonen')).toMatchObject({ committedCents: 0, spentCents: 1_500_00 });
    expect(v.bySource.find((s) => s.key === 'uitvoeringsteam')).toMatchObject({ cases: 1, spentCents: 1_500_00 });
    // the decision year, not the intake year, carries the cost
    expect((await view(pm, 2027)).spentCents).toBe(0);
  });

  it('refuses an unknown kind of solution in Dutch and changes nothing', async () => {
    const res = await cr.post('/api/v1/cases', { ...CASE, source: 'partner', solutionKind: 'cadeau' });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0]).toEqual({ name: 'body.solutionKind', reason: 'Kies het soort oplossing.' });
  });

  it('is offered to set (session ability setTwsBudget) to exactly the roles the server lets set it', async () => {
    for (const role of ROLES) {
      const as = await ctx.as(role);
      const session = await as.get('/api/v1/session');
      expect(session.statusCode, session.body).toBe(200);
      const may: boolean = session.json().abilities.setTwsBudget;
      expect(typeof may, role).toBe('boolean');
      const put = await as.request({ method: 'PUT', url: '/api/v1/tws-budget/2031', payload: { amountCents: 1_00 } });
      expect(put.statusCode === 403, `${role}: ${put.statusCode}`).toBe(!may);
      expect(may, role).toBe(role === 'programmamanager');
    }
  });
});
