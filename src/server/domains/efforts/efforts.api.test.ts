import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EffortDetail } from '../../../shared/api';
import { FORM_FIELD_KEYS } from '../../../shared/form-fields';
import { type TestContext, createTestContext } from '../../test/harness';

let ctx: TestContext;
let byCode: Map<string, { id: string; code: string; name: string; parentId: string | null }>;

beforeAll(async () => {
  ctx = await createTestContext();
  const pm = await ctx.as('programmamanager');
  const items = (await pm.get('/api/v1/efforts')).json().items;
  byCode = new Map(items.map((e: { code: string }) => [e.code, e]));
});
afterAll(() => ctx?.close());

const id = (code: string) => byCode.get(code)!.id;
async function changeLogCount() {
  const res = await ctx.database.db.execute(sql`select count(*)::int as n from change_log`);
  return (res as unknown as { rows: { n: number }[] }).rows[0]!.n;
}

describe('GET /api/v1/efforts', () => {
  it('lists every effort of the programme with id, code, name and parentId', async () => {
    const res = await (await ctx.as('raadslid')).get('/api/v1/efforts');
    expect(res.statusCode).toBe(200);
    const codes = res.json().items.map((e: { code: string }) => e.code);
    for (const code of ['1', '1.A', '1.B', '2', '2.A', '2.B', '2.C', '3', '4', '4.A', '4.B', '4.C', '5', '5.A', '5.B', '6', '7', '7.A', '7.E', '8', '8.A', '8.F']) {
      expect(codes).toContain(code);
    }
    expect(byCode.get('4.B')!.parentId).toBe(id('4'));
    expect(byCode.get('4')!.parentId).toBeNull();
    expect(byCode.get('4')!.name).toBe('Sociaal Veilig Brunssum');
  });
});

describe('GET /api/v1/efforts/:id', () => {
  it('returns the complete form in the form order, with N.t.b. as a state', async () => {
    const res = await (await ctx.as('ambassadeur')).get(`/api/v1/efforts/${id('6')}`);
    expect(res.statusCode).toBe(200);
    const body: EffortDetail = res.json();
    expect(body.fields.map((f) => f.key)).toEqual(FORM_FIELD_KEYS);
    const f = Object.fromEntries(body.fields.map((x) => [x.key, x]));
    expect(f.projectLeader!.state).toBe('ntb');
    expect(f.planning!.state).toBe('ntb');
    expect(f.scope!.state).toBe('filled');
    expect(body.abilities.edit).toBe(false);
  });

  it('gives 404 problem+json for an unknown effort and 400 for a malformed id', async () => {
    const pm = await ctx.as('programmamanager');
    const missing = await pm.get('/api/v1/efforts/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/problem\+json/);
    expect(missing.json().title).toBe('Niet gevonden');
    const bad = await pm.get('/api/v1/efforts/niet-een-id');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toMatch(/Controleer/);
  });
});

describe('PATCH /api/v1/efforts/:id', () => {
  it('saves a field, bumps the version and writes the change log in the same transaction', async () => {
    const pm = await ctx.as('programmamanager');
    const before: EffortDetail = (await pm.get(`/api/v1/efforts/${id('6')}`)).json();
    const logBefore = await changeLogCount();
    const res = await pm.patch(`/api/v1/efforts/${id('6')}`, {
      version: before.effort.version,
      fields: { planning: { state: 'filled', value: 'Eerste verkenning in het voorjaar van 2026.' } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const after: EffortDetail = res.json();
    expect(after.effort.version).toBe(before.effort.version + 1);
    expect(after.fields.find((f) => f.key === 'planning')).toMatchObject({ state: 'filled', value: 'Eerste verkenning in het voorjaar van 2026.' });
    expect(await changeLogCount()).toBe(logBefore + 1);

    const history = (await pm.get(`/api/v1/efforts/${id('6')}/history?field=planning`)).json().items;
    expect(history[0]).toMatchObject({
      actor: 'Demo programmamanager',
      field: 'planning',
      before: { state: 'ntb', value: '' },
      after: { state: 'filled', value: 'Eerste verkenning in het voorjaar van 2026.' },
    });
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const pm = await ctx.as('programmamanager');
    const current: EffortDetail = (await pm.get(`/api/v1/efforts/${id('7')}`)).json();
    const ok = await pm.patch(`/api/v1/efforts/${id('7')}`, { version: current.effort.version, fields: { scope: { state: 'filled', value: 'Eerste versie' } } });
    expect(ok.statusCode).toBe(200);
    const stale = await pm.patch(`/api/v1/efforts/${id('7')}`, { version: current.effort.version, fields: { scope: { state: 'filled', value: 'Tweede versie' } } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().title).toMatch(/gewijzigd/);
    const now: EffortDetail = (await pm.get(`/api/v1/efforts/${id('7')}`)).json();
    expect(now.fields.find((f) => f.key === 'scope')!.value).toBe('Eerste versie');
  });

  const badInputs: [string, (v: number) => unknown, RegExp][] = [
    ['a filled field without text', (v) => ({ version: v, fields: { scope: { state: 'filled', value: '   ' } } }), /Vul tekst in/],
    ['a BSN in the text', (v) => ({ version: v, fields: { context: { state: 'filled', value: 'Bewoner met BSN 111222333' } } }), /burgerservicenummer/],
    ['an e-mail address', (v) => ({ version: v, fields: { context: { state: 'filled', value: 'mail jan@example.nl' } } }), /e-mailadres/],
    ['a postcode with house number', (v) => ({ version: v, fields: { context: { state: 'filled', value: 'woont op 6441 AB 12' } } }), /postcode/],
    ['an unknown field', (v) => ({ version: v, fields: { bestaatNiet: { state: 'filled', value: 'x' } } }), /.+/],
    ['an unknown state', (v) => ({ version: v, fields: { scope: { state: 'misschien', value: 'x' } } }), /.+/],
    ['a too short name', (v) => ({ version: v, name: 'x' }), /minstens 3 tekens/],
    ['text over the maximum length', (v) => ({ version: v, fields: { scope: { state: 'filled', value: 'a'.repeat(20_001) } } }), /maximaal/],
    ['an unknown top-level property', (v) => ({ version: v, status: 'klaar' }), /.+/],
    ['a missing version', () => ({ name: 'Nieuwe naam' }), /.+/],
    ['an unknown principle', (v) => ({ version: v, principleIds: ['00000000-0000-4000-8000-000000000000'] }), /principe/],
  ];
  for (const [what, body, message] of badInputs) {
    it(`refuses ${what} with a Dutch problem+json and changes nothing`, async () => {
      const pm = await ctx.as('programmamanager');
      const before = (await pm.get(`/api/v1/efforts/${id('2.B')}`)).json();
      const logBefore = await changeLogCount();
      const res = await pm.patch(`/api/v1/efforts/${id('2.B')}`, body(before.effort.version));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const problem = res.json();
      expect(problem.title).toBe('De invoer is niet geldig');
      expect(JSON.stringify(problem.invalidParams ?? problem.detail)).toMatch(message);
      expect((await pm.get(`/api/v1/efforts/${id('2.B')}`)).json()).toEqual(before);
      expect(await changeLogCount()).toBe(logBefore);
    });
  }

  it('refuses a request without the CSRF token', async () => {
    const pm = await ctx.as('programmamanager');
    const res = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/efforts/${id('2.B')}`,
      headers: { cookie: pm.cookie! },
      payload: { version: 1, name: 'Zonder token' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf');
  });

  it('lets the project leader edit their own effort and its sub-efforts, and nothing else', async () => {
    const pl = await ctx.as('projectleider');
    const own: EffortDetail = (await pl.get(`/api/v1/efforts/${id('1')}`)).json();
    expect(own.abilities.edit).toBe(true);
    expect((await pl.get(`/api/v1/efforts/${id('1.A')}`)).json().abilities.edit).toBe(true);
    const res = await pl.patch(`/api/v1/efforts/${id('1')}`, { version: own.effort.version, fields: { communication: { state: 'filled', value: 'Vier contactmomenten per jaar per buurt.' } } });
    expect(res.statusCode, res.body).toBe(200);
    const other: EffortDetail = (await pl.get(`/api/v1/efforts/${id('3')}`)).json();
    expect(other.abilities.edit).toBe(false);
    const refused = await pl.patch(`/api/v1/efforts/${id('3')}`, { version: other.effort.version, name: 'Overgenomen' });
    expect(refused.statusCode).toBe(403);
    expect((await pl.get(`/api/v1/efforts/${id('3')}`)).json().effort.name).toBe(other.effort.name);
  });

  it('updates links to principles and goals and logs them', async () => {
    const pm = await ctx.as('programmamanager');
    const principles = (await pm.get('/api/v1/principles')).json().items;
    const effort: EffortDetail = (await pm.get(`/api/v1/efforts/${id('8')}`)).json();
    const res = await pm.patch(`/api/v1/efforts/${id('8')}`, { version: effort.effort.version, principleIds: [principles[0].id] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().principles).toEqual([{ id: principles[0].id, name: principles[0].name }]);
    const history = (await pm.get(`/api/v1/efforts/${id('8')}/history?field=principles`)).json().items;
    expect(history[0].after).toEqual([principles[0].name]);
  });
});

describe('change log', () => {
  it('is append-only: the database refuses UPDATE and DELETE', async () => {
    const refused = (e: unknown) => /append-only/.test(String((e as { cause?: Error }).cause?.message ?? e));
    await expect(ctx.database.db.execute(sql`update change_log set actor_label = 'x'`)).rejects.toSatisfy(refused);
    await expect(ctx.database.db.execute(sql`delete from change_log`)).rejects.toSatisfy(refused);
    await expect(ctx.database.db.execute(sql`truncate change_log`)).rejects.toSatisfy(refused);
  });
});

describe('search and open fields', () => {
  it('finds text across all forms, case-insensitively, with a snippet', async () => {
    const res = await (await ctx.as('partner')).get('/api/v1/search?q=weller');
    expect(res.statusCode).toBe(200);
    const hits = res.json().items;
    expect(hits.some((h: { effort: { code: string }; snippet: string }) => h.effort.code === '1' && /Weller/.test(h.snippet))).toBe(true);
  });
  it('treats % and _ literally', async () => {
    const res = await (await ctx.as('partner')).get('/api/v1/search?q=%25%25');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  });
  it('refuses a one-letter query in Dutch', async () => {
    const res = await (await ctx.as('partner')).get('/api/v1/search?q=a');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toMatch(/minstens 2 tekens/);
  });
  it('lists the forms with open fields, including Schutterspark with its N.t.b. fields', async () => {
    const res = await (await ctx.as('raadslid')).get('/api/v1/open-fields');
    const six = res.json().items.find((i: { effort: { code: string } }) => i.effort.code === '6');
    expect(six.open).toEqual(expect.arrayContaining([{ key: 'projectLeader', state: 'ntb' }, { key: 'budget', state: 'ntb' }]));
  });
});

describe('GET /api/v1/efforts/:id/history', () => {
  it('pages through the history newest first, with a total and a cursor', async () => {
    const pm = await ctx.as('programmamanager');
    const effortId = id('5.B');
    for (let i = 1; i <= 5; i++) {
      const current: EffortDetail = (await pm.get(`/api/v1/efforts/${effortId}`)).json();
      const res = await pm.patch(`/api/v1/efforts/${effortId}`, { version: current.effort.version, fields: { communication: { state: 'filled', value: `Versie ${i}` } } });
      expect(res.statusCode, res.body).toBe(200);
    }
    const first = (await pm.get(`/api/v1/efforts/${effortId}/history?field=communication&limit=2`)).json();
    expect(first.total).toBe(5);
    expect(first.items.map((h: { after: { value: string } }) => h.after.value)).toEqual(['Versie 5', 'Versie 4']);
    expect(first.nextBefore).toBe(first.items[1].id);
    const second = (await pm.get(`/api/v1/efforts/${effortId}/history?field=communication&limit=2&before=${first.nextBefore}`)).json();
    expect(second.items.map((h: { after: { value: string } }) => h.after.value)).toEqual(['Versie 3', 'Versie 2']);
    const last = (await pm.get(`/api/v1/efforts/${effortId}/history?field=communication&limit=2&before=${second.nextBefore}`)).json();
    expect(last.items.map((h: { after: { value: string } }) => h.after.value)).toEqual(['Versie 1']);
    expect(last.nextBefore).toBeNull();
  });

  it('refuses a page size out of range with a Dutch message', async () => {
    const pm = await ctx.as('programmamanager');
    const res = await pm.get(`/api/v1/efforts/${id('1')}/history?limit=1000`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(JSON.stringify(res.json())).toMatch(/maximaal 200/);
  });
});
