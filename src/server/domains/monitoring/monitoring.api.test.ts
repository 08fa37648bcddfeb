/**
 * Monitoring API on a real database: areas and indicators from the seed, the import journey with
 * CBS-layout sample files (preview with one bad row → fixed file → commit → values readable →
 * undo removes exactly them), the Koers template, and Dutch problem reports for bad input.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../shared/roles';
import { type Client, type TestContext, createTestContext } from '../../test/harness';
import { multipartBody } from './multipart';
import { seedDemoVoice } from '../../seed/brunssum/voice';
import { removeDemoMonitoring, seedDemoMonitoring } from './seed';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

let ctx: TestContext;
let pm: Client;
const upload = (client: Client, filename: string, content: Buffer | string, fields: Record<string, string> = {}) =>
  client.request({ method: 'POST', url: '/api/v1/imports', ...multipartBody({ filename, content }, fields) });
const indicatorId = async (key: string) => ((await pm.get('/api/v1/indicators')).json().items as { id: string; key: string }[]).find((i) => i.key === key)!.id;

beforeAll(async () => {
  ctx = await createTestContext();
  pm = await ctx.as('programmamanager');
});
afterAll(() => ctx?.close());

describe('areas and indicators', () => {
  it('lists the seeded areas: Brunssum, programme areas and reference areas', async () => {
    const res = await (await ctx.as('raadslid')).get('/api/v1/areas');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { code: string; level: string; parentId: string | null }[];
    expect(items.map((a) => a.code)).toEqual(expect.arrayContaining(['GM0899', 'KS-BRUNSSUM-NOORD', 'KS-BRUNSSUM-OOST', 'KS-BRUNSSUM-REST', 'KS-HEERLEN-NOORD', 'KS-PARKSTAD', 'NL00']));
    const gm = items.find((a) => a.code === 'GM0899')!;
    expect(items.filter((a) => a.level === 'programmagebied').every((a) => a.parentId !== null)).toBe(true);
    expect(gm.level).toBe('gemeente');
    const ref = await pm.get('/api/v1/areas?level=referentie');
    expect(ref.json().items.map((a: { code: string }) => a.code).sort()).toEqual(['KS-HEERLEN-NOORD', 'KS-PARKSTAD', 'NL00']);
  });

  it('lists the standard indicator set with definitions, sources and themes', async () => {
    const res = await pm.get('/api/v1/indicators');
    expect(res.statusCode).toBe(200);
    const keys = res.json().items.map((i: { key: string }) => i.key);
    for (const k of ['ggd_ervaren_gezondheid', 'ggd_eenzaamheid', 'ggd_moeite_rondkomen', 'ggd_regie_eigen_leven', 'ggd_sociale_steun', 'cbs_inwoners', 'cbs_huishoudens', 'cbs_bijstand', 'cbs_inkomen_per_inwoner', 'cbs_woz', 'cbs_vertrouwen_sociaal', 'cbs_vertrouwen_institutioneel', 'nibud_rondkomen', 'leefbaarometer_score']) {
      expect(keys).toContain(k);
    }
    const theme = await pm.get('/api/v1/indicators?theme=vertrouwen');
    expect(theme.json().items.map((i: { key: string }) => i.key).sort()).toEqual(['cbs_vertrouwen_institutioneel', 'cbs_vertrouwen_sociaal']);
    const bad = await pm.get('/api/v1/indicators?theme=geluk');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].reason).toBe('Onbekend thema.');
  });

  it('refuses unknown and malformed area codes in Dutch', async () => {
    const id = await indicatorId('cbs_inwoners');
    const malformed = await pm.get(`/api/v1/indicators/${id}/values?area=Brunssum`);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(malformed.body).toContain('Gebruik een gebiedscode zoals GM0899');
    const unknown = await pm.get(`/api/v1/indicators/${id}/values?area=GM0001`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().invalidParams[0].reason).toBe('Het gebied GM0001 is niet bekend in Koers.');
    const missing = await pm.get('/api/v1/indicators/00000000-0000-4000-8000-000000000000/values');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toBe('Deze indicator bestaat niet (meer).');
  });
});

describe('import journey: CBS Kerncijfers wijken en buurten', () => {
  it('previews a file with one bad row, refuses to commit it, then commits the fixed file and undoes it', async () => {
    const inwoners = await indicatorId('cbs_inwoners');
    const woz = await indicatorId('cbs_woz');

    // 1. the file with one bad row: report, nothing written, commit refused
    const bad = await upload(pm, 'kwb-2023-met-fout.csv', fixture('kwb-2023-met-fout.csv'));
    expect(bad.statusCode, bad.body).toBe(201);
    const badReport = bad.json();
    expect(badReport).toMatchObject({ format: 'cbs_kwb_csv', status: 'invalid', rowsTotal: 4, rowsInvalid: 1, rowsValid: 3 });
    expect(badReport.problems).toEqual([{ row: 5, column: 'a_inw', problem: `"2.230" is geen getal. Gebruik een decimale komma (zoals 12,5) of een punt voor 'geen gegeven'.` }]);
    const refused = await pm.post(`/api/v1/imports/${badReport.id}/commit`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('Dit bestand heeft 1 fout en kan niet worden ingelezen. Verbeter het bestand en lees het opnieuw in.');
    expect((await pm.get(`/api/v1/indicators/${inwoners}/values?area=GM0899`)).json().items).toEqual([]);

    // 2. the fixed file: a clean preview that names the new wijk and buurten, still writes nothing
    const good = await upload(pm, 'kwb-2023.csv', fixture('kwb-2023.csv'), { retrievedOn: '2026-11-20' });
    expect(good.statusCode, good.body).toBe(201);
    const report = good.json();
    expect(report).toMatchObject({ status: 'preview', rowsTotal: 4, rowsInvalid: 0, problems: [] });
    expect(report.newAreas.map((a: { code: string }) => a.code)).toEqual(['WK089901', 'BU08990101', 'BU08990102']);
    // 4 rows × 5 known columns, minus one "." (a_soz_wb of the wijk)
    expect(report.valuesCount).toBe(19);
    expect(report.preview[0]).toEqual({ indicatorKey: 'cbs_inwoners', areaCode: 'GM0899', period: '2023', value: '27745', source: 'CBS, Kerncijfers wijken en buurten 2023' });
    expect((await pm.get('/api/v1/areas')).json().items.map((a: { code: string }) => a.code)).not.toContain('WK089901');

    // 3. commit: all values and areas, exact decimals
    const commit = await pm.post(`/api/v1/imports/${report.id}/commit`, {});
    expect(commit.statusCode, commit.body).toBe(200);
    expect(commit.json().status).toBe('committed');
    const again = await pm.post(`/api/v1/imports/${report.id}/commit`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Deze import is al ingelezen.');

    const values = await (await ctx.as('partner')).get(`/api/v1/indicators/${inwoners}/values?area=GM0899&area=BU08990102`);
    expect(values.statusCode).toBe(200);
    expect(values.json().items.map((v: { area: { code: string }; value: string; period: string; retrievedOn: string; isDemo: boolean }) => [v.area.code, v.period, v.value, v.retrievedOn, v.isDemo])).toEqual([
      ['BU08990102', '2023', '2230', '2026-11-20', false],
      ['GM0899', '2023', '27745', '2026-11-20', false],
    ]);
    const wozValues = (await pm.get(`/api/v1/indicators/${woz}/values`)).json().items;
    expect(wozValues).toHaveLength(4);
    const income = (await pm.get(`/api/v1/indicators/${await indicatorId('cbs_inkomen_per_inwoner')}/values?area=BU08990101`)).json().items;
    expect(income[0].value).toBe('24.6');
    const areasNow = (await pm.get('/api/v1/areas')).json().items as { id: string; code: string; parentId: string | null }[];
    const wijk = areasNow.find((a) => a.code === 'WK089901')!;
    expect(areasNow.find((a) => a.code === 'BU08990101')!.parentId).toBe(wijk.id);
    expect(wijk.parentId).toBe(areasNow.find((a) => a.code === 'GM0899')!.id);

    // the same file again: every value already exists
    const dup = (await upload(pm, 'kwb-2023.csv', fixture('kwb-2023.csv'))).json();
    expect(dup.status).toBe('invalid');
    expect(dup.problems).toHaveLength(19);
    expect(dup.problems).toContainEqual({ row: 2, column: 'a_inw', problem: 'Koers heeft al een waarde voor cbs_inwoners, GM0899, 2023. Maak de eerdere import eerst ongedaan.' });

    // 4. undo: exactly this import's values and new areas disappear; seeded areas stay
    const undo = await pm.post(`/api/v1/imports/${report.id}/undo`, {});
    expect(undo.statusCode, undo.body).toBe(200);
    expect(undo.json().status).toBe('undone');
    expect(undo.json().undoneAt).not.toBeNull();
    expect((await pm.get(`/api/v1/indicators/${inwoners}/values`)).json().items).toEqual([]);
    const after = (await pm.get('/api/v1/areas')).json().items.map((a: { code: string }) => a.code);
    expect(after).not.toContain('WK089901');
    expect(after).toContain('GM0899');
    expect((await pm.post(`/api/v1/imports/${report.id}/undo`, {})).json().detail).toBe('Deze import is al ongedaan gemaakt.');

    // the change log has the commit and the undo
    const log = (await pm.get('/api/v1/audit')).json();
    const entries = (log.items ?? []) as { entityType: string; entityId: string }[];
    expect(entries.filter((e) => e.entityType === 'monitoring_import' && e.entityId === report.id)).toHaveLength(2);
  });

  it('needs the period when the file name does not give the year', async () => {
    const res = await upload(pm, 'kerncijfers.csv', fixture('kwb-2023.csv'));
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe('Geef de periode (het jaar) van dit CBS-bestand op; het bestand zelf noemt het jaar niet.');
    const ok = await upload(pm, 'kerncijfers.csv', fixture('kwb-2023.csv'), { period: '2022' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().preview[0].period).toBe('2022');
  });
});

describe('import: Koers template and bad input', () => {
  it('reads the Koers template with a comma or a point as decimal sign', async () => {
    const res = await upload(pm, 'koers-sjabloon.csv', fixture('koers-sjabloon.csv'));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ format: 'koers_csv', status: 'preview', valuesCount: 2 });
    expect(res.json().preview.map((p: { value: string }) => p.value)).toEqual(['21.4', '17.9']);
  });

  it('reports every bad cell of the template with row, column and a Dutch problem', async () => {
    const csv = [
      'indicator_key;area_code;period;value;source',
      'ggd_eenzaamheid;GM0899;2024;48,2;GGD Zuid Limburg',
      'onbekend_cijfer;GM0899;2024;1;GGD Zuid Limburg',
      'ggd_eenzaamheid;Brunssum;24;1.234,5;',
      'ggd_eenzaamheid;GM0001;2024;4;GGD Zuid Limburg',
    ].join('\n');
    const res = await upload(pm, 'waarden.csv', csv);
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({ status: 'invalid', rowsTotal: 4, rowsInvalid: 3 });
    expect(r.problems).toEqual([
      { row: 3, column: 'indicator_key', problem: 'De indicator "onbekend_cijfer" is niet bekend in Koers.' },
      { row: 4, column: 'area_code', problem: '"BRUNSSUM" is geen gebiedscode (zoals GM0899, WK089900, BU08990000, NL00 of KS-…).' },
      { row: 4, column: 'period', problem: '"24" is geen periode; gebruik een jaar (2024) of een maand (2024-03).' },
      { row: 4, column: 'source', problem: 'Vul de bron in (minstens 3 tekens).' },
      { row: 4, column: 'value', problem: '"1.234,5" is geen getal. Gebruik cijfers met hoogstens één decimaalteken (12,5 of 12.5), zonder scheidingsteken voor duizendtallen.' },
      { row: 5, column: 'area_code', problem: 'Het gebied GM0001 is niet bekend in Koers.' },
    ]);
  });

  it('refuses a file of unknown layout, an empty upload and a JSON body, in Dutch', async () => {
    const unknown = await upload(pm, 'x.csv', 'naam;waarde\nBrunssum;1\n');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknown.json().detail).toMatch(/^Het bestand heeft geen bekende indeling/);
    const empty = await upload(pm, 'leeg.csv', '');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toBe('Kies een bestand om in te lezen.');
    const json = await pm.post('/api/v1/imports', { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect(json.json().detail).toBe('Stuur het bestand als multipart/form-data met het veld file.');
    const badField = await upload(pm, 'kwb-2023.csv', fixture('kwb-2023.csv'), { retrievedOn: 'gisteren' });
    expect(badField.statusCode).toBe(400);
    expect(badField.json().invalidParams[0]).toEqual({ name: 'retrievedOn', reason: 'Vul een geldige datum in (jjjj-mm-dd).' });
  });

  it('answers 404 in Dutch for an unknown import', async () => {
    const res = await pm.post('/api/v1/imports/00000000-0000-4000-8000-000000000000/commit', {});
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('Deze import bestaat niet (meer).');
  });
});

describe('values entered by hand', () => {
  it('lets a project leader enter and correct a value, exactly, with a change log; refuses clashes and imported values', async () => {
    const id = await indicatorId('ggd_sociale_steun');
    const leader = await ctx.as('projectleider');
    const body = { areaCode: 'ks-brunssum-noord', period: '2024', value: '13,40', source: 'GGD Zuid Limburg, Gezondheidsmonitor 2024', retrievedOn: '2026-10-01' };
    const created = await leader.post(`/api/v1/indicators/${id}/values`, body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ area: { code: 'KS-BRUNSSUM-NOORD' }, period: '2024', value: '13.4', isDemo: false, importId: null });
    const clash = await pm.post(`/api/v1/indicators/${id}/values`, body);
    expect(clash.statusCode).toBe(409);
    expect(clash.json().detail).toBe('Er is al een waarde voor deze indicator, dit gebied en deze periode. Pas die waarde aan.');
    const patched = await leader.patch(`/api/v1/indicator-values/${created.json().id}`, { value: '13.45', source: body.source, retrievedOn: '2026-10-02' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().value).toBe('13.45');
    const history = (await pm.get('/api/v1/audit')).json().items.filter((e: { entityId: string }) => e.entityId === created.json().id);
    expect(history).toHaveLength(3);

    const bad = await pm.post(`/api/v1/indicators/${id}/values`, { ...body, period: '2024-13', value: '1.234,5', source: '' });
    expect(bad.statusCode).toBe(400);
    const reasons = Object.fromEntries(bad.json().invalidParams.map((p: { name: string; reason: string }) => [p.name.replace(/^body\./, ''), p.reason]));
    expect(reasons.period).toBe('Gebruik een periode als 2024 of 2024-03.');
    expect(reasons.value).toBe('Vul een getal in, met hoogstens één decimaalteken (12,5 of 12.5) en zonder scheidingsteken voor duizendtallen.');
    expect(reasons.source).toBe('Vul de bron in (minstens 3 tekens).');

    // an imported value is corrected through its import, not by hand
    const csv = 'indicator_key;area_code;period;value;source\nggd_sociale_steun;GM0899;2024;11,0;GGD Zuid Limburg\n';
    const imp = (await upload(pm, 'steun.csv', csv)).json();
    expect((await pm.post(`/api/v1/imports/${imp.id}/commit`, {})).statusCode).toBe(200);
    const imported = (await pm.get(`/api/v1/indicators/${id}/values?area=GM0899`)).json().items[0];
    expect(imported.value).toBe('11');
    const refused = await pm.patch(`/api/v1/indicator-values/${imported.id}`, { value: '12', source: 'x y z', retrievedOn: '2026-10-02' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('Deze waarde komt uit een import. Maak die import ongedaan en lees een verbeterd bestand in.');
    const notDeleted = await pm.delete(`/api/v1/indicator-values/${imported.id}`);
    expect(notDeleted.statusCode).toBe(409);
    expect(notDeleted.json().detail).toBe('Deze waarde komt uit een import. Maak die import ongedaan om haar te verwijderen.');
    expect((await pm.get(`/api/v1/indicators/${id}/values?area=GM0899`)).json().items.map((v: { id: string }) => v.id)).toContain(imported.id);
  });

  it('lets a mistaken value entered by hand be deleted, with the deletion in the change log; demo values stay', async () => {
    const id = await indicatorId('ggd_sociale_steun');
    const leader = await ctx.as('projectleider');
    const created = await leader.post(`/api/v1/indicators/${id}/values`, { areaCode: 'KS-BRUNSSUM-OOST', period: '2023', value: '9,9', source: 'Per vergissing ingevoerd', retrievedOn: '2026-10-01' });
    expect(created.statusCode, created.body).toBe(201);
    const valueId = created.json().id as string;
    const deleted = await leader.delete(`/api/v1/indicator-values/${valueId}`);
    expect(deleted.statusCode, deleted.body).toBe(204);
    const left = (await pm.get(`/api/v1/indicators/${id}/values?area=KS-BRUNSSUM-OOST`)).json().items as { id: string }[];
    expect(left.map((v) => v.id)).not.toContain(valueId);
    const history = (await pm.get('/api/v1/audit')).json().items.filter((e: { entityId: string }) => e.entityId === valueId);
    expect(history.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'delete']);
    expect((await leader.delete(`/api/v1/indicator-values/${valueId}`)).statusCode).toBe(404);
  });
});

describe('demo values', () => {
  it('are deterministic, marked as demo, and written once', async () => {
    const n = await seedDemoMonitoring(ctx.database.db);
    expect(n).toBeGreaterThan(100);
    expect(await seedDemoMonitoring(ctx.database.db)).toBe(0);
    const id = await indicatorId('ggd_moeite_rondkomen');
    const items = (await pm.get(`/api/v1/indicators/${id}/values?area=KS-BRUNSSUM-NOORD&area=KS-HEERLEN-NOORD`)).json().items as { value: string; isDemo: boolean; source: string }[];
    expect(items).toHaveLength(8);
    expect(items.every((v) => v.isDemo && v.source === 'Voorbeelddata: geen echte cijfers')).toBe(true);
    expect(items.every((v) => Number(v.value) >= 15 && Number(v.value) <= 32)).toBe(true);
    // demo values are neither corrected nor deleted by hand
    const demoId = (items[0] as unknown as { id: string }).id;
    const refused = await pm.delete(`/api/v1/indicator-values/${demoId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('Dit is voorbeelddata; die verdwijnt met npm run demo:remove.');
  });

  it('are removed by npm run demo:remove (removeDemoMonitoring) with the demo rounds and stories; real values stay', async () => {
    await seedDemoMonitoring(ctx.database.db);
    expect(await seedDemoVoice(ctx.database.db)).toBe(30);
    const id = await indicatorId('ggd_eenzaamheid');
    const real = await pm.post(`/api/v1/indicators/${id}/values`, { areaCode: 'KS-BRUNSSUM-OOST', period: '2019', value: '12,5', source: 'GGD Zuid Limburg, Gezondheidsmonitor 2019', retrievedOn: '2026-10-01' });
    expect(real.statusCode, real.body).toBe(201);
    const demoCount = async () => {
      const res = await ctx.database.db.execute(sql`select (select count(*)::int from indicator_values where is_demo) as v, (select count(*)::int from stories where is_demo) as s, (select count(*)::int from conversation_rounds where is_demo) as r`);
      return (res as unknown as { rows: { v: number; s: number; r: number }[] }).rows[0]!;
    };
    const before = await demoCount();
    expect(before.v).toBeGreaterThan(100);
    expect(await removeDemoMonitoring(ctx.database.db)).toEqual({ values: before.v, rounds: 3, stories: 30 });
    expect(await demoCount()).toEqual({ v: 0, s: 0, r: 0 });
    const left = (await pm.get(`/api/v1/indicators/${id}/values?area=KS-BRUNSSUM-OOST`)).json().items as { value: string; isDemo: boolean }[];
    expect(left.map((v) => [v.value, v.isDemo])).toEqual([['12.5', false]]);
    // the script npm run demo:remove calls exactly this function
    expect(readFileSync(new URL('../../seed/demo/remove.ts', import.meta.url), 'utf8')).toMatch(/await removeDemoMonitoring\(database\.db\)/);
  });
});

describe('session abilities for monitoring and resident voice', () => {
  it('are given per role with the session, from the same policies that guard the routes', async () => {
    const expected: Record<Role, { importMonitoringFiles: boolean; editIndicatorValues: boolean; editProgrammeAreas: boolean; editVoice: boolean }> = {
      programmamanager: { importMonitoringFiles: true, editIndicatorValues: true, editProgrammeAreas: true, editVoice: true },
      projectleider: { importMonitoringFiles: false, editIndicatorValues: true, editProgrammeAreas: false, editVoice: true },
      casusregisseur: { importMonitoringFiles: false, editIndicatorValues: false, editProgrammeAreas: false, editVoice: false },
      ambassadeur: { importMonitoringFiles: false, editIndicatorValues: false, editProgrammeAreas: false, editVoice: false },
      partner: { importMonitoringFiles: false, editIndicatorValues: false, editProgrammeAreas: false, editVoice: false },
      raadslid: { importMonitoringFiles: false, editIndicatorValues: false, editProgrammeAreas: false, editVoice: false },
      beheerder: { importMonitoringFiles: true, editIndicatorValues: false, editProgrammeAreas: false, editVoice: false },
    };
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const role of ROLES) {
      const client = await ctx.as(role);
      const abilities = (await client.get('/api/v1/session')).json().abilities;
      expect(abilities, role).toMatchObject(expected[role]);
      // each ability says exactly whether the route lets this role through (403 = the policy refused)
      const passes = async (res: Promise<{ statusCode: number }>) => (await res).statusCode !== 403;
      expect(await passes(client.get('/api/v1/imports')), `${role} imports`).toBe(abilities.importMonitoringFiles);
      expect(await passes(client.patch(`/api/v1/indicator-values/${missing}`, { value: '1', source: 'Testbron', retrievedOn: '2026-10-01' })), `${role} values`).toBe(abilities.editIndicatorValues);
      expect(await passes(client.request({ method: 'PUT', url: '/api/v1/areas/KS-BRUNSSUM-REST/members', payload: { buurten: [] } })), `${role} members`).toBe(abilities.editProgrammeAreas);
      expect(await passes(client.delete(`/api/v1/stories/${missing}?version=1`)), `${role} voice`).toBe(abilities.editVoice);
    }
  });
});
