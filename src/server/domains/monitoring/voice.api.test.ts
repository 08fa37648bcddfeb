/**
 * Resident voice, theme pages and results measured by an indicator (issue 5, docs/decisions/0007):
 * real app, real database (PGlite copy of the seeded template), requests through the full pipeline.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../shared/personal-data';
import { demoRounds, demoStories, removeDemoVoice, seedDemoVoice } from '../../seed/brunssum/voice';
import { type Client, type TestContext, createTestContext } from '../../test/harness';

let ctx: TestContext;
let pm: Client;
let leader: Client;
let themes: { id: string; key: string; label: string; theme: string | null }[];
const themeId = (key: string) => themes.find((t) => t.key === key)!.id;
let indicatorIds: Record<string, string>;

const count = async (table: string) => {
  const res = await ctx.database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`));
  return Number((res as unknown as { rows: { n: number }[] }).rows[0]!.n);
};

async function setValue(key: string, areaCode: string, period: string, value: string) {
  const res = await pm.post(`/api/v1/indicators/${indicatorIds[key]}/values`, { areaCode, period, value, source: 'Testbron', retrievedOn: '2026-11-01' });
  if (res.statusCode !== 201) throw new Error(`${key} ${areaCode} ${period}: ${res.statusCode} ${res.body}`);
}

const ROUND = {
  title: 'Testronde Noord en Oost',
  periodFrom: '2026-03-02',
  periodTo: '2026-03-27',
  method: 'telefonisch_willekeurig',
  conductedBy: 'Team Onderzoek',
  description: 'Willekeurig gebeld.',
  reach: [
    { areaCode: 'KS-BRUNSSUM-NOORD', byAgeBand: { '15_24': 2, '25_44': 10, '45_64': 20, '65_oo': 8 }, unknownAge: 2 },
    { areaCode: 'KS-BRUNSSUM-OOST', byAgeBand: { '15_24': 0, '25_44': 5, '45_64': 10, '65_oo': 3 } },
    { areaCode: 'KS-BRUNSSUM-REST', byAgeBand: { '15_24': 1, '25_44': 1, '45_64': 1, '65_oo': 1 } },
  ],
};

beforeAll(async () => {
  ctx = await createTestContext();
  pm = await ctx.as('programmamanager');
  leader = await ctx.as('projectleider');
  themes = (await pm.get('/api/v1/story-themes')).json().items;
  const inds = (await pm.get('/api/v1/indicators')).json().items as { id: string; key: string }[];
  indicatorIds = Object.fromEntries(inds.map((i) => [i.key, i.id]));
  // population 15+: Noord 500/1000/1500/1000, Oost 500/1000/1000/1500 (2025); an older period that must not be used
  const pop = {
    'KS-BRUNSSUM-NOORD': ['500', '1000', '1500', '1000'],
    'KS-BRUNSSUM-OOST': ['500', '1000', '1000', '1500'],
  };
  for (const [area, values] of Object.entries(pop)) {
    for (const [i, key] of ['cbs_leeftijd_15_24', 'cbs_leeftijd_25_44', 'cbs_leeftijd_45_64', 'cbs_leeftijd_65_oo'].entries()) {
      await setValue(key, area, '2025', values[i]!);
      await setValue(key, area, '2024', '9999');
    }
    await setValue('cbs_inwoners', area, '2025', '4600');
  }
});
afterAll(() => ctx?.close());

describe('the standard theme codes', () => {
  it('are the monitoring themes', () => {
    expect(themes.filter((t) => t.theme === t.key).map((t) => t.key)).toEqual(['bestaanszekerheid', 'gezondheid', 'wonen', 'veiligheid', 'meedoen', 'vertrouwen', 'onderwijs', 'werk', 'bevolking']);
  });
});

describe('conversation rounds', () => {
  let roundId: string;
  it('a project leader adds a round with its reach per area and age band', async () => {
    const res = await leader.post('/api/v1/conversation-rounds', ROUND);
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    roundId = r.id;
    expect(r.reached).toBe(42 + 18 + 4);
    expect(r.areas.map((a: { code: string }) => a.code)).toEqual(['KS-BRUNSSUM-NOORD', 'KS-BRUNSSUM-OOST', 'KS-BRUNSSUM-REST']);
    expect(r.reach[0]).toMatchObject({ byAgeBand: { '15_24': 2, '25_44': 10, '45_64': 20, '65_oo': 8 }, unknownAge: 2, total: 42 });
    const list = (await (await ctx.as('raadslid')).get('/api/v1/conversation-rounds')).json();
    expect(list.items.some((x: { id: string }) => x.id === roundId)).toBe(true);
    expect(list.areaChoices.map((a: { code: string }) => a.code)).toEqual(['KS-BRUNSSUM-NOORD', 'KS-BRUNSSUM-OOST', 'KS-BRUNSSUM-REST']);
  });

  it('refuses bad input in Dutch and changes nothing', async () => {
    const before = await count('conversation_rounds');
    const cases: [unknown, string, RegExp][] = [
      [{ ...ROUND, periodTo: '2026-02-01' }, 'periodTo', /einddatum ligt vóór de begindatum/],
      [{ ...ROUND, reach: [{ ...ROUND.reach[0], areaCode: 'KS-HEERLEN-NOORD' }] }, 'reach.0.areaCode', /programmagebied of een wijk van Brunssum/],
      [{ ...ROUND, reach: [{ ...ROUND.reach[0], areaCode: 'BU08990101' }] }, 'reach.0.areaCode', /nooit een buurt of straat/],
      [{ ...ROUND, reach: [ROUND.reach[1], { ...ROUND.reach[0], areaCode: 'Brunssum' }] }, 'reach.1.areaCode', /programmagebied of een wijk/],
      [{ ...ROUND, reach: [{ ...ROUND.reach[0], byAgeBand: { ...ROUND.reach[0]!.byAgeBand, '65_oo': -1 } }] }, 'reach.0.byAgeBand.65_oo', /niet negatief/],
      [{ ...ROUND, reach: [] }, 'reach', /minstens één gebied/],
      [{ ...ROUND, reach: [ROUND.reach[0], ROUND.reach[0]] }, 'reach', /maar één keer/],
      [{ ...ROUND, description: 'Bel de bewoner terug op 06-12345678.' }, 'description', /telefoonnummer/],
      [{ ...ROUND, method: 'enquete' }, 'method', /Kies hoe de gesprekken gevoerd zijn/],
    ];
    for (const [body, name, reason] of cases) {
      const res = await pm.post('/api/v1/conversation-rounds', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const p = res.json();
      expect(p.title).toBe('De invoer is niet geldig');
      // nested fields are named with dots (body.reach.0.areaCode), as the forms map them onto fields
      expect(p.invalidParams.filter((x: { name: string }) => x.name.includes('/')), JSON.stringify(p.invalidParams)).toEqual([]);
      const hit = p.invalidParams.find((x: { name: string }) => x.name.replace(/^body\./, '') === name);
      expect(hit, `${name} in ${JSON.stringify(p.invalidParams)}`).toBeDefined();
      expect(hit.reason).toMatch(reason);
    }
    // the contract's own check on a nested field: the exact name, with the request part first
    const nested = await pm.post('/api/v1/conversation-rounds', { ...ROUND, reach: [{ ...ROUND.reach[0], areaCode: 'BU08990101' }] });
    expect(nested.json().invalidParams).toContainEqual({ name: 'body.reach.0.areaCode', reason: expect.stringMatching(/nooit een buurt of straat/) });
    expect(await count('conversation_rounds')).toBe(before);
  });

  it('readers may not add or change rounds', async () => {
    for (const role of ['raadslid', 'ambassadeur', 'partner', 'casusregisseur', 'beheerder'] as const) {
      const res = await (await ctx.as(role)).post('/api/v1/conversation-rounds', ROUND);
      expect(res.statusCode).toBe(403);
    }
  });

  it('changes a round with its version; an old version gets 409 and changes nothing', async () => {
    const res = await pm.patch(`/api/v1/conversation-rounds/${roundId}`, { ...ROUND, conductedBy: 'Team Onderzoek en Statistiek', version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ conductedBy: 'Team Onderzoek en Statistiek', version: 2 });
    const stale = await pm.patch(`/api/v1/conversation-rounds/${roundId}`, { ...ROUND, title: 'Oud', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await pm.get(`/api/v1/conversation-rounds/${roundId}`)).json().title).toBe(ROUND.title);
  });

  it('computes representativeness against the population aged 15 and older (latest period) and names the under-reached groups', async () => {
    const res = await (await ctx.as('raadslid')).get(`/api/v1/conversation-rounds/${roundId}/representativeness`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.threshold).toBe(0.75);
    // Rest van Brunssum has no population figures: named, and left out of the comparison
    expect(r.missingPopulation.map((a: { code: string }) => a.code)).toEqual(['KS-BRUNSSUM-REST']);
    expect(r.totalReached).toBe(60);
    expect(r.totalKnownAge).toBe(58);
    expect(r.populationPeriods.find((p: { area: { code: string } }) => p.area.code === 'KS-BRUNSSUM-NOORD').period).toBe('2025');
    const area = (code: string) => r.areas.find((a: { area: { code: string } }) => a.area.code === code);
    // Noord: 42 of 60 reached (0.7) against 4000 of 8000 inhabitants (0.5)
    expect(area('KS-BRUNSSUM-NOORD')).toMatchObject({ reached: 42, reachedShare: 0.7, population: 4000, populationShare: 0.5, ratio: 1.4, expected: 30, underReached: false });
    // Oost: 18 of 60 (0.3) < 0.75 × 0.5
    expect(area('KS-BRUNSSUM-OOST')).toMatchObject({ reached: 18, reachedShare: 0.3, populationShare: 0.5, ratio: 0.6, underReached: true });
    expect(area('KS-BRUNSSUM-REST')).toMatchObject({ reached: 4, population: null, populationShare: null, underReached: false });
    const band = (b: string) => r.ageBands.find((x: { ageBand: string }) => x.ageBand === b);
    expect(band('15_24')).toMatchObject({ reached: 2, reachedShare: 0.0345, population: 1000, populationShare: 0.125, ratio: 0.28, expected: 7.3, underReached: true });
    expect(band('25_44')).toMatchObject({ reached: 15, reachedShare: 0.2586, population: 2000, populationShare: 0.25, ratio: 1.03, underReached: false });
    expect(band('45_64')).toMatchObject({ reached: 30, populationShare: 0.3125, underReached: false });
    expect(band('65_oo')).toMatchObject({ reached: 11, reachedShare: 0.1897, population: 2500, populationShare: 0.3125, ratio: 0.61, expected: 18.1, underReached: true });
    const cell = r.cells.find((c: { area: { code: string }; ageBand: string }) => c.area.code === 'KS-BRUNSSUM-OOST' && c.ageBand === '65_oo');
    // 3 of 58 against 1500 of 8000
    expect(cell).toMatchObject({ reached: 3, reachedShare: 0.0517, populationShare: 0.1875, ratio: 0.28, underReached: true });
    const labels = r.underReached.map((u: { label: string }) => u.label);
    expect(labels).toContain('Brunssum Oost');
    expect(labels).toContain('15 tot 25 jaar');
    expect(labels).toContain('65 jaar en ouder');
    expect(labels).toContain('65 jaar en ouder in Brunssum Oost');
    expect(labels).not.toContain('Brunssum Noord');
    // the group is also given as data, so the UI can name it in its own language
    expect(r.underReached.find((u: { label: string }) => u.label === '65 jaar en ouder in Brunssum Oost')).toMatchObject({ kind: 'cell', area: { code: 'KS-BRUNSSUM-OOST' }, ageBand: '65_oo' });
    // most under-reached first
    const ratios = r.underReached.map((u: { ratio: number }) => u.ratio);
    expect([...ratios].sort((a, b) => a - b)).toEqual(ratios);
  });

  it('answers 404 for a round that does not exist', async () => {
    const res = await pm.get('/api/v1/conversation-rounds/00000000-0000-4000-8000-000000000000/representativeness');
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toMatch(/gespreksronde bestaat niet/);
  });
});

describe('stories and quotes', () => {
  let roundId: string;
  let withConsent: string;
  let withoutConsent: string;
  const STORY = () => ({
    kind: 'verhaal',
    text: 'Aan het eind van de maand is het geld op. Dan lenen we bij familie, en dat voelt niet goed.',
    roundId,
    areaCode: 'KS-BRUNSSUM-OOST',
    ageBand: '25_44',
    householdType: 'eenoudergezin',
    consent: true,
    themeIds: [themeId('bestaanszekerheid')],
  });
  beforeAll(async () => {
    roundId = (await pm.post('/api/v1/conversation-rounds', { ...ROUND, title: 'Ronde voor verhalen' })).json().id;
  });

  it('refuses a phone number, a postcode with house number, an e-mail address and a BSN in the text, and stores nothing', async () => {
    const before = await count('stories');
    const texts: [string, RegExp][] = [
      ['Bel me gerust terug op 045 123 4567 als er nieuws is.', /telefoonnummer/],
      ['Ik woon op 6441 AB 12 en daar is het koud in huis.', /postcode met huisnummer/],
      ['Mail me op bewoner@example.nl voor de uitnodiging.', /e-mailadres/],
      ['Mijn nummer bij de gemeente is 111222333 en dat mag iedereen weten.', /burgerservicenummer/],
    ];
    for (const [text, reason] of texts) {
      const res = await pm.post('/api/v1/stories', { ...STORY(), text });
      expect(res.statusCode).toBe(400);
      const hit = res.json().invalidParams.find((p: { name: string }) => p.name === 'body.text');
      expect(hit.reason).toMatch(reason);
    }
    expect(await count('stories')).toBe(before);
  });

  it('refuses a buurt or an area outside Brunssum, unknown themes and a missing consent answer', async () => {
    const bad: [unknown, string, RegExp][] = [
      [{ ...STORY(), areaCode: 'BU08990101' }, 'areaCode', /nooit een buurt/],
      [{ ...STORY(), areaCode: 'NL00' }, 'areaCode', /programmagebied of een wijk/],
      [{ ...STORY(), areaCode: 'KS-PARKSTAD' }, 'areaCode', /programmagebied of een wijk van Brunssum/],
      [{ ...STORY(), themeIds: [] }, 'themeIds', /minstens één thema/],
      [{ ...STORY(), themeIds: ['00000000-0000-4000-8000-000000000000'] }, 'themeIds', /thema bestaat niet/],
      [{ ...STORY(), consent: undefined }, 'consent', /toestemming/],
      [{ ...STORY(), kind: 'citaat', text: 'x'.repeat(700) }, 'text', /citaat mag maximaal 600 tekens/],
      [{ ...STORY(), ageBand: '0_14' }, 'ageBand', /leeftijdsgroep/],
    ];
    const before = await count('stories');
    for (const [body, name, reason] of bad) {
      const res = await pm.post('/api/v1/stories', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const hit = res.json().invalidParams?.find((p: { name: string }) => p.name.replace(/^body\./, '') === name);
      expect(hit, `${name}: ${res.body}`).toBeDefined();
      expect(hit.reason).toMatch(reason);
    }
    expect(await count('stories')).toBe(before);
  });

  it('stores a story and a quote; readers see both inside the app', async () => {
    const a = await leader.post('/api/v1/stories', STORY());
    expect(a.statusCode, a.body).toBe(201);
    withConsent = a.json().id;
    expect(a.json()).toMatchObject({ kind: 'verhaal', consent: true, area: { code: 'KS-BRUNSSUM-OOST' }, round: { id: roundId }, ageBand: '25_44', householdType: 'eenoudergezin', isDemo: false });
    const b = await pm.post('/api/v1/stories', { ...STORY(), kind: 'citaat', text: 'Niemand vraagt hoe het echt met je gaat.', consent: false, ageBand: null, householdType: null, themeIds: [themeId('vertrouwen')] });
    expect(b.statusCode, b.body).toBe(201);
    withoutConsent = b.json().id;
    const reader = await ctx.as('ambassadeur');
    const all = (await reader.get(`/api/v1/stories?round=${roundId}`)).json().items.map((s: { id: string }) => s.id);
    expect(all).toEqual(expect.arrayContaining([withConsent, withoutConsent]));
    // newest first, 100 at a time by default; limit and offset page through
    const page1 = (await reader.get(`/api/v1/stories?round=${roundId}&limit=1`)).json();
    expect(page1).toMatchObject({ total: 2, nextOffset: 1 });
    expect(page1.items.map((s: { id: string }) => s.id)).toEqual([withoutConsent]);
    const page2 = (await reader.get(`/api/v1/stories?round=${roundId}&limit=1&offset=1`)).json();
    expect(page2).toMatchObject({ total: 2, nextOffset: null });
    expect((await reader.get('/api/v1/stories?limit=501')).statusCode).toBe(400);
    expect((await reader.get('/api/v1/stories?consent=nee')).json().items.map((s: { id: string }) => s.id)).toContain(withoutConsent);
    expect((await reader.get('/api/v1/stories?theme=vertrouwen&area=KS-BRUNSSUM-OOST')).json().items.map((s: { id: string }) => s.id)).toEqual([withoutConsent]);
    const unknown = await reader.get('/api/v1/stories?theme=onbekend');
    expect(unknown.statusCode).toBe(400);
  });

  it('never puts a story without consent in the export', async () => {
    const res = await (await ctx.as('raadslid')).get('/api/v1/stories/export.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.body).toContain('Aan het eind van de maand is het geld op.');
    expect(res.body).not.toContain('Niemand vraagt hoe het echt met je gaat.');
    expect(res.body.split('\r\n')[0]).toBe('\ufeffsoort;tekst;themas;gebied;leeftijdsgroep;huishouden;gespreksronde;voorbeelddata');
  });

  it('changes a story with its version, refuses personal data on change too, and keeps the text out of the change log', async () => {
    const bad = await pm.patch(`/api/v1/stories/${withConsent}`, { ...STORY(), text: 'Aangepast: bel 06 12 34 56 78 voor meer.', version: 1 });
    expect(bad.statusCode).toBe(400);
    const ok = await pm.patch(`/api/v1/stories/${withConsent}`, { ...STORY(), text: 'Aan het eind van de maand is het geld op, zegt een moeder.', consent: false, version: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, consent: false });
    // now without consent: gone from the export
    expect((await pm.get('/api/v1/stories/export.csv')).body).not.toContain('zegt een moeder');
    const log = await ctx.database.db.execute(sql`select count(*)::int as n from change_log where entity_type = 'story' and (before::text like '%geld op%' or after::text like '%geld op%')`);
    expect(Number((log as unknown as { rows: { n: number }[] }).rows[0]!.n)).toBe(0);
  });

  it('codes and recodes themes; every recode is recorded with its reason', async () => {
    const code = await pm.post('/api/v1/story-themes', { label: 'Geldzorgen', theme: 'bestaanszekerheid', description: 'Zorgen over geld' });
    expect(code.statusCode, code.body).toBe(201);
    expect(code.json()).toMatchObject({ key: 'geldzorgen', theme: 'bestaanszekerheid', isStandard: false, stories: 0 });
    const dup = await pm.post('/api/v1/story-themes', { label: 'geldzorgen' });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().invalidParams[0]).toMatchObject({ name: 'label', reason: 'Er is al een thema "geldzorgen". Gebruik dat thema of kies een andere naam.' });
    // code a story with the new theme (a change of coding)
    const current = (await pm.get(`/api/v1/stories?round=${roundId}`)).json().items.find((s: { id: string }) => s.id === withoutConsent);
    const coded = await pm.patch(`/api/v1/stories/${withoutConsent}`, {
      kind: current.kind,
      text: current.text,
      roundId,
      areaCode: 'KS-BRUNSSUM-OOST',
      consent: false,
      themeIds: [themeId('vertrouwen'), code.json().id],
      version: current.version,
    });
    expect(coded.statusCode, coded.body).toBe(200);
    // the theme page of bestaanszekerheid finds it through the code's monitoring theme
    expect((await pm.get('/api/v1/stories?theme=bestaanszekerheid')).json().items.map((s: { id: string }) => s.id)).toContain(withoutConsent);
    // recode: Geldzorgen → the standard theme Bestaanszekerheid
    const same = await pm.post(`/api/v1/story-themes/${code.json().id}/recode`, { into: code.json().id });
    expect(same.statusCode).toBe(400);
    const recode = await leader.post(`/api/v1/story-themes/${code.json().id}/recode`, { into: themeId('bestaanszekerheid'), reason: 'Geldzorgen valt onder bestaanszekerheid' });
    expect(recode.statusCode, recode.body).toBe(200);
    expect(recode.json()).toEqual({ from: 'Geldzorgen', into: 'Bestaanszekerheid', stories: 1 });
    const after = (await pm.get(`/api/v1/stories?round=${roundId}`)).json().items.find((s: { id: string }) => s.id === withoutConsent);
    expect(after.themes.map((t: { key: string }) => t.key)).toEqual(['bestaanszekerheid', 'vertrouwen']);
    expect(after.version).toBe(current.version + 2);
    expect((await pm.get('/api/v1/story-themes')).json().items.some((t: { key: string }) => t.key === 'geldzorgen')).toBe(false);
    const history = (await (await ctx.as('raadslid')).get(`/api/v1/stories/${withoutConsent}/coding`)).json().items;
    expect(history[0]).toMatchObject({ before: ['Vertrouwen', 'Geldzorgen'], after: ['Bestaanszekerheid', 'Vertrouwen'], reason: 'Geldzorgen valt onder bestaanszekerheid', by: 'Demo projectleider' });
    expect(history.at(-1)).toMatchObject({ before: [], after: ['Vertrouwen'], reason: 'Eerste codering' });
    // a standard theme keeps its monitoring theme
    const std = await pm.patch(`/api/v1/story-themes/${themeId('wonen')}`, { theme: 'veiligheid' });
    expect(std.statusCode).toBe(400);
  });

  it('deletes a story; readers may not', async () => {
    expect((await (await ctx.as('raadslid')).delete(`/api/v1/stories/${withConsent}`)).statusCode).toBe(403);
    const stale = await pm.delete(`/api/v1/stories/${withConsent}?version=1`);
    expect(stale.statusCode).toBe(409);
    const res = await pm.delete(`/api/v1/stories/${withConsent}?version=2`);
    expect(res.statusCode).toBe(204);
    expect((await pm.get(`/api/v1/stories/${withConsent}/coding`)).statusCode).toBe(404);
  });
});

describe('results that take their progress from an indicator', () => {
  let effort3: string;
  let resultId: string;
  beforeAll(async () => {
    effort3 = (await pm.get('/api/v1/efforts')).json().items.find((e: { code: string }) => e.code === '3').id;
    await setValue('ggd_moeite_rondkomen', 'KS-BRUNSSUM-NOORD', '2020', '30');
    await setValue('ggd_moeite_rondkomen', 'KS-BRUNSSUM-NOORD', '2024', '25,0');
  });
  const RESULT = () => ({
    description: 'Minder inwoners van Noord met moeite met rondkomen',
    targetKind: 'quantitative',
    target: '20%',
    indicatorId: indicatorIds.ggd_moeite_rondkomen,
    indicatorAreaCode: 'KS-BRUNSSUM-NOORD',
    indicatorBaselinePeriod: '2020',
    indicatorTarget: '20',
  });

  it('refuses an incomplete or unknown link', async () => {
    const incomplete = await pm.post(`/api/v1/efforts/${effort3}/results`, { ...RESULT(), indicatorAreaCode: null, indicatorTarget: null });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['body.indicatorAreaCode', 'body.indicatorTarget']);
    const noIndicator = await pm.post(`/api/v1/efforts/${effort3}/results`, { ...RESULT(), indicatorId: null });
    expect(noIndicator.statusCode).toBe(400);
    expect(noIndicator.json().invalidParams[0].reason).toMatch(/Kies eerst de indicator/);
    const area = await pm.post(`/api/v1/efforts/${effort3}/results`, { ...RESULT(), indicatorAreaCode: 'WK089999' });
    expect(area.statusCode).toBe(400);
    expect(area.json().invalidParams[0]).toMatchObject({ name: 'indicatorAreaCode' });
    const target = await pm.post(`/api/v1/efforts/${effort3}/results`, { ...RESULT(), indicatorTarget: '1.000,5' });
    expect(target.statusCode).toBe(400);
  });

  it('shows baseline, target, latest value and progress', async () => {
    const res = await pm.post(`/api/v1/efforts/${effort3}/results`, RESULT());
    expect(res.statusCode, res.body).toBe(201);
    resultId = res.json().id;
    // (25 − 30) ÷ (20 − 30) = 0.5
    expect(res.json().indicatorLink).toMatchObject({
      indicator: { key: 'ggd_moeite_rondkomen', unit: '%', direction: 'lower_is_better' },
      area: { code: 'KS-BRUNSSUM-NOORD' },
      baselinePeriod: '2020',
      baseline: '30',
      target: '20',
      latest: { period: '2024', value: '25' },
      progress: 0.5,
    });
    const steering = (await (await ctx.as('raadslid')).get(`/api/v1/efforts/${effort3}/steering`)).json();
    expect(steering.results.find((r: { id: string }) => r.id === resultId).indicatorLink.progress).toBe(0.5);
    // a new value moves the progress without touching the result
    await setValue('ggd_moeite_rondkomen', 'KS-BRUNSSUM-NOORD', '2026', '18');
    const again = (await pm.get(`/api/v1/efforts/${effort3}/results`)).json().items.find((r: { id: string }) => r.id === resultId);
    expect(again.indicatorLink).toMatchObject({ latest: { period: '2026', value: '18' }, progress: 1.2 });
  });

  it('unlinks with the version (the change log records it)', async () => {
    const res = await pm.patch(`/api/v1/results/${resultId}`, { ...RESULT(), indicatorId: null, indicatorAreaCode: null, indicatorBaselinePeriod: null, indicatorTarget: null, version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().indicatorLink).toBeNull();
    const log = await ctx.database.db.execute(sql`select count(*)::int as n from change_log where entity_type = 'result' and entity_id = ${resultId} and field = 'indicatorId'`);
    expect(Number((log as unknown as { rows: { n: number }[] }).rows[0]!.n)).toBe(1);
    const relink = await pm.patch(`/api/v1/results/${resultId}`, { ...RESULT(), version: 2 });
    expect(relink.statusCode).toBe(200);
  });
});

describe('the theme page', () => {
  it('puts figures with reference areas, stories and efforts side by side', async () => {
    const res = await (await ctx.as('partner')).get('/api/v1/themes/bestaanszekerheid?area=ks-brunssum-noord');
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.theme).toBe('bestaanszekerheid');
    expect(p.area.code).toBe('KS-BRUNSSUM-NOORD');
    expect(p.referenceAreas.map((a: { code: string }) => a.code)).toEqual(['KS-BRUNSSUM-REST', 'GM0899', 'KS-HEERLEN-NOORD', 'KS-PARKSTAD', 'NL00']);
    expect(p.areaChoices.map((a: { code: string }) => a.code).slice(0, 2)).toEqual(['GM0899', 'KS-BRUNSSUM-NOORD']);
    const keys = p.indicators.map((i: { key: string }) => i.key);
    expect(keys).toEqual(expect.arrayContaining(['ggd_moeite_rondkomen', 'ggd_regie_eigen_leven', 'nibud_rondkomen', 'cbs_bijstand']));
    const rondkomen = p.indicators.find((i: { key: string }) => i.key === 'ggd_moeite_rondkomen');
    expect(rondkomen.series[0]).toMatchObject({ area: { code: 'KS-BRUNSSUM-NOORD' }, values: [{ period: '2020', value: '30' }, { period: '2024', value: '25' }, { period: '2026', value: '18' }] });
    // efforts: through the goal "Bestaanszekerheid vergroten" (effort 1, and effort 3's result) and the measured result
    const codes = p.efforts.map((e: { effort: { code: string } }) => e.effort.code);
    expect(codes).toEqual(expect.arrayContaining(['1', '3']));
    const e3 = p.efforts.find((e: { effort: { code: string } }) => e.effort.code === '3');
    expect(e3.viaGoals).toContain('Bestaanszekerheid vergroten');
    expect(e3.results.some((r: { indicatorLink: { progress: number } | null }) => r.indicatorLink?.progress === 1.2)).toBe(true);
    // stories of the theme in Oost are not on Noord's page, but counted in the total
    expect(p.storiesTotal).toBeGreaterThan(0);
    expect(p.stories.every((s: { area: { code: string } | null }) => s.area?.code === 'KS-BRUNSSUM-NOORD')).toBe(true);
    const oost = (await pm.get('/api/v1/themes/bestaanszekerheid?area=KS-BRUNSSUM-OOST')).json();
    expect(oost.stories.length).toBeGreaterThan(0);
    expect(oost.stories.every((s: { themes: { theme: string }[] }) => s.themes.some((t) => t.theme === 'bestaanszekerheid'))).toBe(true);
  });

  it('refuses an unknown theme or area', async () => {
    const theme = await pm.get('/api/v1/themes/geluk');
    expect(theme.statusCode).toBe(400);
    expect(theme.json().invalidParams[0].reason).toBe('Onbekend thema.');
    const area = await pm.get('/api/v1/themes/wonen?area=WK089999');
    expect(area.statusCode).toBe(400);
    expect(area.json().invalidParams[0]).toMatchObject({ name: 'querystring.area' });
  });
});

describe('demo resident voice (voorbeelddata)', () => {
  it('has about 250 conversations over three rounds and no personal data in its texts', () => {
    const total = demoRounds.reduce((s, r) => s + Object.values(r.reach).reduce((t, x) => t + x['15_24'] + x['25_44'] + x['45_64'] + x['65_oo'] + x.onbekend, 0), 0);
    expect(total).toBeGreaterThanOrEqual(240);
    expect(total).toBeLessThanOrEqual(260);
    expect(demoStories.length).toBe(30);
    for (const s of demoStories) {
      expect(findPersonalData(s.text), s.text).toBeNull();
      if (s.kind === 'citaat') expect(s.text.length).toBeLessThanOrEqual(600);
    }
  });

  it('is written once, marked as demo, and removed again', async () => {
    const before = await count('stories');
    expect(await seedDemoVoice(ctx.database.db)).toBe(30);
    expect(await seedDemoVoice(ctx.database.db)).toBe(0);
    expect(await count('stories')).toBe(before + 30);
    const rounds = (await pm.get('/api/v1/conversation-rounds')).json().items.filter((r: { isDemo: boolean }) => r.isDemo);
    expect(rounds).toHaveLength(3);
    const page = (await pm.get('/api/v1/themes/bestaanszekerheid?area=GM0899')).json();
    expect(page.stories.some((s: { isDemo: boolean }) => s.isDemo)).toBe(true);
    expect(await removeDemoVoice(ctx.database.db)).toEqual({ rounds: 3, stories: 30 });
    expect(await count('stories')).toBe(before);
    expect((await pm.get('/api/v1/story-themes')).json().items.some((t: { key: string }) => t.key === 'eenzaamheid')).toBe(false);
  });
});
