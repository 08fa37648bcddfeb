/**
 * Monitoring API, second part: the Excel variant of the KWB file (generated with exceljs in the
 * exact CSV layout), CBS StatLine OData v3 and v4 JSON, the Nederland row of a national KWB file,
 * import progress and the import list, programme-area membership, GeoJSON geometry per area, and
 * values of several indicators per area (latest period).
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestContext, createTestContext } from '../../test/harness';
import { multipartBody } from './multipart';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

let ctx: TestContext;
let pm: Client;
const upload = (client: Client, filename: string, content: Buffer | string, fields: Record<string, string> = {}) =>
  client.request({ method: 'POST', url: '/api/v1/imports', ...multipartBody({ filename, content }, fields) });
const put = (client: Client, url: string, body: unknown) => client.request({ method: 'PUT', url, payload: body as object });
const indicatorId = async (key: string) => ((await pm.get('/api/v1/indicators')).json().items as { id: string; key: string }[]).find((i) => i.key === key)!.id;

/** The KWB CSV as an Excel workbook in the same layout: header row, numeric cells, "." as text. */
async function kwbXlsx(csv: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KWB2023');
  csv
    .trim()
    .split(/\r?\n/)
    .forEach((line, i) => {
      const cells = line.split(';');
      ws.addRow(i === 0 ? cells : cells.map((c) => (/^-?\d+(,\d+)?$/.test(c) && !/^0\d/.test(c) ? Number(c.replace(',', '.')) : c)));
    });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  ctx = await createTestContext();
  pm = await ctx.as('programmamanager');
});
afterAll(() => ctx?.close());

describe('KWB as Excel (XLSX)', () => {
  it('reads the same layout as the CSV, and reports a bad cell with row and column', async () => {
    const good = await upload(pm, 'kwb-2023.xlsx', await kwbXlsx(fixture('kwb-2023.csv').toString('utf8')));
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json()).toMatchObject({ format: 'cbs_kwb_xlsx', status: 'preview', rowsTotal: 4, valuesCount: 19 });
    expect(good.json().newAreas.map((a: { code: string }) => a.code)).toEqual(['WK089901', 'BU08990101', 'BU08990102']);
    const income = good.json().preview.find((p: { indicatorKey: string; areaCode: string }) => p.indicatorKey === 'cbs_inkomen_per_inwoner' && p.areaCode === 'BU08990101');
    expect(income.value).toBe('24.6');

    const bad = await upload(pm, 'kwb-2023.xlsx', await kwbXlsx(fixture('kwb-2023-met-fout.csv').toString('utf8')));
    expect(bad.json().status).toBe('invalid');
    expect(bad.json().problems).toEqual([{ row: 5, column: 'a_inw', problem: `"2.230" is geen getal. Gebruik een decimale komma (zoals 12,5) of een punt voor 'geen gegeven'.` }]);
  });

  it('refuses a workbook of another layout and a damaged one, in Dutch', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1').addRow(['naam', 'waarde']);
    const other = await upload(pm, 'x.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), { period: '2023' });
    expect(other.statusCode).toBe(400);
    expect(other.json().detail).toMatch(/^Het Excel-bestand heeft geen bekende indeling/);
    const damaged = await upload(pm, 'kapot.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
    expect(damaged.statusCode).toBe(400);
    expect(damaged.json().detail).toBe('Het Excel-bestand is niet leesbaar (beschadigd of geen .xlsx).');
  });
});

describe('CBS StatLine OData JSON', () => {
  it('v3 TypedDataSet: measures by name whatever their number suffix, codes trimmed, Nederland as NL00, null skipped', async () => {
    const missing = await upload(pm, 'typeddataset.json', fixture('statline-85984NED-v3.json'));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().detail).toBe('Geef de periode (het jaar) van deze StatLine-tabel op; de rijen hebben geen kolom Perioden.');

    const res = await upload(pm, 'typeddataset.json', fixture('statline-85984NED-v3.json'), { period: '2024', retrievedOn: '2026-11-21' });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    // 4 rows × 8 known measures (inwoners, huishoudens, 5 age bands, WOZ); income is null everywhere
    expect(r).toMatchObject({ format: 'cbs_odata_json', status: 'preview', rowsTotal: 4, valuesCount: 32, problems: [] });
    expect(r.newAreas.map((a: { code: string }) => a.code)).toEqual(['WK089901', 'BU08990101']);
    expect(r.preview[0]).toEqual({ indicatorKey: 'cbs_inwoners', areaCode: 'NL00', period: '2024', value: '17942942', source: 'CBS StatLine tabel 85984NED' });
    expect((await pm.post(`/api/v1/imports/${r.id}/commit`, {})).statusCode).toBe(200);
    const nl = (await pm.get(`/api/v1/indicators/${await indicatorId('cbs_huishoudens')}/values?area=NL00`)).json().items;
    expect(nl.map((v: { period: string; value: string }) => [v.period, v.value])).toEqual([['2024', '8253170']]);
    expect((await pm.post(`/api/v1/imports/${r.id}/undo`, {})).statusCode).toBe(200);
  });

  it('v4 Observations: known measure codes only, secret values skipped; Perioden read when present', async () => {
    const res = await upload(pm, 'observations.json', fixture('statline-83765NED-v4.json'), { period: '2017' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'preview', valuesCount: 2, rowsTotal: 4 });
    expect(res.json().preview.map((p: { areaCode: string; value: string }) => [p.areaCode, p.value])).toEqual([
      ['NL00', '17081507'],
      ['GM0899', '28241'],
    ]);
    const withPeriods = JSON.stringify({
      '@odata.context': 'https://odata4.cbs.nl/CBS/99999NED/$metadata#Observations',
      value: [
        { Id: 0, Measure: 'T001036', Value: 100, WijkenEnBuurten: 'GM0899', Perioden: '2021JJ00' },
        { Id: 1, Measure: 'T001036', Value: 101, WijkenEnBuurten: 'GM0899', Perioden: '2021KW01' },
        { Id: 2, Measure: 'T001036', Value: 'veel', WijkenEnBuurten: 'Brunssum', Perioden: '2022JJ00' },
      ],
    });
    const bad = (await upload(pm, 'p.json', withPeriods)).json();
    expect(bad.status).toBe('invalid');
    expect(bad.problems).toEqual([
      { row: 2, column: 'Perioden', problem: '"2021KW01" is geen periode die Koers kent; verwacht een jaar (2023JJ00) of een maand (2023MM03).' },
      { row: 3, column: 'WijkenEnBuurten', problem: '"Brunssum" is geen CBS-code voor een gemeente, wijk of buurt (zoals GM0899, WK089900 of BU08990000).' },
    ]);
  });

  it('refuses JSON that is not an OData answer', async () => {
    const res = await upload(pm, 'x.json', '{"rows": []}');
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe('Het JSON-bestand is geen CBS StatLine OData-antwoord: het veld "value" met de rijen ontbreekt.');
    const broken = await upload(pm, 'x.json', '{"value": [');
    expect(broken.json().detail).toBe('Het bestand is geen geldige JSON.');
  });
});

describe('national KWB rows, progress and the import list', () => {
  it('reads the Nederland row (recs Land) as a value for NL00, not as a new area', async () => {
    const csv = `gwb_code_10;gwb_code_8;regio;gm_naam;recs;gwb_code;ind_wbi;a_inw;a_hh\nNL00;0;Nederland;Nederland;Land;NL00;.;17811291;8160000\nGM0899;0899;Brunssum;Brunssum;Gemeente;GM0899;.;27700;.\n`;
    const r = (await upload(pm, 'kwb-2022.csv', csv)).json();
    expect(r).toMatchObject({ status: 'preview', valuesCount: 3, newAreas: [] });
    expect(r.preview[0]).toMatchObject({ areaCode: 'NL00', indicatorKey: 'cbs_inwoners', value: '17811291', period: '2022' });
  });

  it('lists the areas of one gemeente (with the programme and reference areas) when asked with within=', async () => {
    const csv = `gwb_code_10;gwb_code_8;regio;gm_naam;recs;gwb_code;ind_wbi;a_inw\nGM0003;0003;Appingedam;Appingedam;Gemeente;GM0003;.;11800\nWK000300;000300;Wijk 00;Appingedam;Wijk;WK000300;1;2400\nWK089909;089909;Testwijk Negen;Brunssum;Wijk;WK089909;1;900\n`;
    const imp = (await upload(pm, 'kwb-2017.csv', csv)).json();
    expect((await pm.post(`/api/v1/imports/${imp.id}/commit`, {})).statusCode).toBe(200);
    const codes = ((await pm.get('/api/v1/areas?within=gm0899')).json().items as { code: string }[]).map((a) => a.code);
    expect(codes).toEqual(expect.arrayContaining(['GM0899', 'WK089909', 'KS-BRUNSSUM-NOORD', 'KS-HEERLEN-NOORD', 'NL00']));
    expect(codes).not.toContain('GM0003');
    expect(codes).not.toContain('WK000300');
    expect(((await pm.get('/api/v1/areas')).json().items as { code: string }[]).map((a) => a.code)).toContain('WK000300');
    const bad = await pm.get('/api/v1/areas?within=Brunssum');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].reason).toBe('Gebruik een gemeentecode zoals GM0899.');
    expect((await pm.post(`/api/v1/imports/${imp.id}/undo`, {})).statusCode).toBe(200);
  });

  it('renames a known buurt when the KWB file names it differently, and the undo restores the old name', async () => {
    const first = (await upload(pm, 'kwb-2019.csv', fixture('kwb-2023.csv'))).json();
    expect((await pm.post(`/api/v1/imports/${first.id}/commit`, {})).statusCode).toBe(200);
    const renamedCsv = fixture('kwb-2023.csv').toString('utf8').replace('Testbuurt Een-A', 'Testbuurt Een-A (nieuwe naam)');
    const second = (await upload(pm, 'kwb-2020.csv', renamedCsv)).json();
    expect(second).toMatchObject({ status: 'preview', newAreas: [], renamedAreas: [{ code: 'BU08990101', from: 'Testbuurt Een-A', to: 'Testbuurt Een-A (nieuwe naam)' }] });
    expect((await pm.get(`/api/v1/imports/${second.id}`)).json().renamedAreas).toHaveLength(1);
    expect((await pm.post(`/api/v1/imports/${second.id}/commit`, {})).statusCode).toBe(200);
    const name = async () => ((await pm.get('/api/v1/areas?level=buurt')).json().items as { code: string; name: string }[]).find((a) => a.code === 'BU08990101')!.name;
    expect(await name()).toBe('Testbuurt Een-A (nieuwe naam)');
    expect((await pm.post(`/api/v1/imports/${second.id}/undo`, {})).statusCode).toBe(200);
    expect(await name()).toBe('Testbuurt Een-A');
    expect((await pm.post(`/api/v1/imports/${first.id}/undo`, {})).statusCode).toBe(200);
  });

  it('lets the client choose the import id, so it can poll the progress; lists imports newest first', async () => {
    const id = '3f1c2b7e-8a4d-4c1e-9f00-0d5e6a7b8c9d';
    const res = await upload(pm, 'kwb-2023.csv', fixture('kwb-2023.csv'), { id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().id).toBe(id);
    const polled = await pm.get(`/api/v1/imports/${id}`);
    expect(polled.json()).toMatchObject({ id, status: 'preview', bytesTotal: fixture('kwb-2023.csv').length, bytesRead: fixture('kwb-2023.csv').length, period: null });
    const again = await upload(pm, 'kwb-2023.csv', fixture('kwb-2023.csv'), { id });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Er bestaat al een import met dit kenmerk. Lees het bestand opnieuw in.');
    const list = (await pm.get('/api/v1/imports')).json().items as { id: string; createdByName: string; problemCount: number; newAreaCount: number; status: string }[];
    expect(list[0]).toMatchObject({ id, status: 'preview', problemCount: 0, newAreaCount: 3 });
    expect(list[0]!.createdByName).toBeTruthy();
    // a file that cannot be read is kept as failed, with its reason
    const unreadable = await upload(pm, 'x.csv', 'naam;waarde\nBrunssum;1\n');
    expect(unreadable.statusCode).toBe(400);
    const failed = (await pm.get('/api/v1/imports')).json().items[0];
    expect(failed).toMatchObject({ filename: 'x.csv', status: 'failed', problemCount: 1 });
  });
});

describe('programme areas, geometry and values per area', () => {
  it('sets the buurten of a programme area; refuses unknown buurten and a buurt in two programme areas; blocks an undo that would drop a member', async () => {
    const unknown = await put(pm, '/api/v1/areas/KS-BRUNSSUM-NOORD/members', { buurten: ['BU08990199'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().invalidParams).toEqual([{ name: 'buurten.0', reason: 'De buurt BU08990199 is niet bekend in Koers. Lees eerst de Kerncijfers wijken en buurten in.' }]);
    const malformed = await put(pm, '/api/v1/areas/KS-BRUNSSUM-NOORD/members', { buurten: ['Treebeek'] });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().invalidParams[0].reason).toBe('Gebruik een buurtcode zoals BU08990101.');

    const imp = (await upload(pm, 'kwb-2021.csv', fixture('kwb-2023.csv'))).json();
    expect((await pm.post(`/api/v1/imports/${imp.id}/commit`, {})).statusCode).toBe(200);
    const set = await put(pm, '/api/v1/areas/ks-brunssum-noord/members', { buurten: ['bu08990101', 'BU08990102'] });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().members).toEqual(['BU08990101', 'BU08990102']);
    const twice = await put(pm, '/api/v1/areas/KS-BRUNSSUM-OOST/members', { buurten: ['BU08990102'] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().invalidParams).toEqual([{ name: 'buurten.0', reason: 'De buurt BU08990102 hoort al bij Brunssum Noord.' }]);
    const notProgramme = await put(pm, '/api/v1/areas/GM0899/members', { buurten: [] });
    expect(notProgramme.statusCode).toBe(409);

    const undo = await pm.post(`/api/v1/imports/${imp.id}/undo`, {});
    expect(undo.statusCode).toBe(409);
    expect(undo.json().detail).toBe(
      'Deze import kan niet ongedaan worden gemaakt: de buurt BU08990101 (Testbuurt Een-A), die zij toevoegde, hoort nu bij het programmagebied Brunssum Noord. Haal die buurt daar eerst uit. Er is niets verwijderd.',
    );
    expect((await put(pm, '/api/v1/areas/KS-BRUNSSUM-NOORD/members', { buurten: [] })).json().members).toEqual([]);
    expect((await pm.post(`/api/v1/imports/${imp.id}/undo`, {})).statusCode).toBe(200);
  });

  it('stores a GeoJSON polygon per area and serves it as a FeatureCollection; refuses other shapes and RD coordinates in Dutch', async () => {
    const put = (content: string) => pm.request({ method: 'PUT', url: '/api/v1/areas/KS-BRUNSSUM-OOST/geometry', ...multipartBody({ filename: 'oost.geojson', content }) });
    const point = await put(JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [5.98, 50.95] } }));
    expect(point.statusCode).toBe(400);
    expect(point.json().detail).toBe('Een gebied moet een Polygon of MultiPolygon zijn, niet Point.');
    const rd = await put(JSON.stringify({ type: 'Polygon', coordinates: [[[196000, 325000], [197000, 325000], [197000, 326000], [196000, 325000]]] }));
    expect(rd.json().invalidParams).toEqual([
      { name: 'file', reason: 'De coördinaten liggen buiten lengte- en breedtegraden (WGS84). Zet RD-coördinaten (EPSG:28992) eerst om naar WGS84 (EPSG:4326).' },
    ]);
    const open = await put(JSON.stringify({ type: 'Polygon', coordinates: [[[5.97, 50.94], [5.99, 50.94], [5.99, 50.96]]] }));
    expect(open.json().detail).toBe('Een ring van een vlak heeft minstens 4 punten nodig (de eerste en laatste gelijk).');
    const big = await put(`{"type":"Polygon","coordinates":[[${'[5.97,50.94],'.repeat(200_000)}[5.97,50.94]]]}`);
    expect(big.statusCode).toBe(400);
    expect(big.json().detail).toBe('Het bestand is groter dan 2 MB.');
    const notJson = await put('POLYGON((5.97 50.94, 5.99 50.94))');
    expect(notJson.json().detail).toBe('Het bestand is geen geldige GeoJSON (JSON).');

    const ok = await put(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[5.97, 50.94], [5.99, 50.94], [5.99, 50.96], [5.97, 50.94]]] } }] }));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ code: 'KS-BRUNSSUM-OOST', hasGeometry: true });
    const fc = (await (await ctx.as('raadslid')).get('/api/v1/area-geometries?level=programmagebied')).json();
    expect(fc.features).toEqual([{ type: 'Feature', properties: { code: 'KS-BRUNSSUM-OOST', name: 'Brunssum Oost', level: 'programmagebied' }, geometry: { type: 'Polygon', coordinates: [[[5.97, 50.94], [5.99, 50.94], [5.99, 50.96], [5.97, 50.94]]] } }]);
    const gone = await pm.delete('/api/v1/areas/KS-BRUNSSUM-OOST/geometry');
    expect(gone.json().hasGeometry).toBe(false);
  });

  it('gives the values of all indicators for some areas, or only the latest period of each', async () => {
    const csv = 'indicator_key;area_code;period;value;source\nggd_eenzaamheid;KS-BRUNSSUM-NOORD;2020;50,1;GGD\nggd_eenzaamheid;KS-BRUNSSUM-NOORD;2024;48,2;GGD\nggd_eenzaamheid;GM0899;2024;46;GGD\nnibud_rondkomen;GM0899;2023;12;Nibud\n';
    const imp = (await upload(pm, 'w.csv', csv)).json();
    expect((await pm.post(`/api/v1/imports/${imp.id}/commit`, {})).statusCode).toBe(200);
    const all = (await pm.get('/api/v1/indicator-values?area=KS-BRUNSSUM-NOORD&area=GM0899')).json().items as { area: { code: string }; period: string; value: string; indicatorId: string }[];
    expect(all.filter((v) => v.area.code === 'KS-BRUNSSUM-NOORD').map((v) => [v.period, v.value])).toEqual([
      ['2020', '50.1'],
      ['2024', '48.2'],
    ]);
    const latest = (await pm.get('/api/v1/indicator-values?area=KS-BRUNSSUM-NOORD&area=GM0899&latest=true')).json().items as typeof all;
    expect(latest.map((v) => [v.area.code, v.period, v.value])).toEqual([
      ['GM0899', '2024', '46'],
      ['KS-BRUNSSUM-NOORD', '2024', '48.2'],
      ['GM0899', '2023', '12'],
    ]);
    const theme = (await pm.get('/api/v1/indicator-values?area=GM0899&theme=bestaanszekerheid')).json().items as typeof all;
    expect(theme.map((v) => v.value)).toEqual(['12']);
    const unknown = await pm.get('/api/v1/indicator-values?area=GM0001');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().invalidParams[0].reason).toBe('Het gebied GM0001 is niet bekend in Koers.');
  });
});

// last in this file: it leaves an import that cannot be undone (a value entered by hand)
describe('undo refused while an area the import added is in use', () => {
  it('refuses up front, in Dutch and changing nothing, to undo an import whose wijk a conversation round or a story now uses', async () => {
    const imp = (await upload(pm, 'kwb-2020.csv', fixture('kwb-2023.csv'))).json();
    expect((await pm.post(`/api/v1/imports/${imp.id}/commit`, {})).statusCode).toBe(200);
    const themeIds = [((await pm.get('/api/v1/story-themes')).json().items as { id: string; key: string }[]).find((t) => t.key === 'bestaanszekerheid')!.id];
    const roundBody = {
      title: 'Ronde in Testwijk Een',
      periodFrom: '2026-04-01',
      periodTo: '2026-04-30',
      method: 'huisbezoek',
      conductedBy: 'Team Onderzoek',
      description: '',
      reach: [
        { areaCode: 'WK089901', byAgeBand: { '15_24': 1, '25_44': 2, '45_64': 3, '65_oo': 4 } },
        { areaCode: 'KS-BRUNSSUM-OOST', byAgeBand: { '15_24': 1, '25_44': 1, '45_64': 1, '65_oo': 1 } },
      ],
    };
    const round = await pm.post('/api/v1/conversation-rounds', roundBody);
    expect(round.statusCode, round.body).toBe(201);
    const story = await pm.post('/api/v1/stories', { kind: 'citaat', text: 'Hier in de wijk helpen we elkaar als het krap wordt.', areaCode: 'WK089901', consent: false, themeIds });
    expect(story.statusCode, story.body).toBe(201);
    const snapshot = async () => ({
      areas: (await pm.get('/api/v1/areas?within=GM0899')).json().items.map((a: { code: string }) => a.code).sort(),
      imported: (await pm.get(`/api/v1/imports/${imp.id}`)).json().status,
      values: (await pm.get(`/api/v1/indicators/${await indicatorId('cbs_inwoners')}/values?area=WK089901`)).json().items.length,
    });
    const before = await snapshot();
    expect(before).toMatchObject({ imported: 'committed', values: 1 });
    expect(before.areas).toContain('WK089901');

    const byRound = await pm.post(`/api/v1/imports/${imp.id}/undo`, {});
    expect(byRound.statusCode).toBe(409);
    expect(byRound.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(byRound.json().detail).toBe(
      'Deze import kan niet ongedaan worden gemaakt: de wijk WK089901 (Testwijk Een), die zij toevoegde, wordt gebruikt door de gespreksronde "Ronde in Testwijk Een". Haal dat gebied eerst uit die gespreksronde. Er is niets verwijderd.',
    );
    expect(await snapshot()).toEqual(before);

    const patched = await pm.patch(`/api/v1/conversation-rounds/${round.json().id}`, { ...roundBody, reach: roundBody.reach.slice(1), version: round.json().version });
    expect(patched.statusCode, patched.body).toBe(200);
    const byStory = await pm.post(`/api/v1/imports/${imp.id}/undo`, {});
    expect(byStory.statusCode).toBe(409);
    expect(byStory.json().detail).toBe(
      'Deze import kan niet ongedaan worden gemaakt: de wijk WK089901 (Testwijk Een), die zij toevoegde, wordt gebruikt door 1 verhaal of citaat. Kies bij dat verhaal eerst een ander gebied. Er is niets verwijderd.',
    );
    expect(await snapshot()).toEqual(before);

    expect((await pm.delete(`/api/v1/stories/${story.json().id}`)).statusCode).toBe(204);
    const undone = await pm.post(`/api/v1/imports/${imp.id}/undo`, {});
    expect(undone.statusCode, undone.body).toBe(200);
    expect((await pm.get('/api/v1/areas?within=GM0899')).json().items.map((a: { code: string }) => a.code)).not.toContain('WK089901');

    // a value entered by hand for an area the import added: refused, and named
    const again = (await upload(pm, 'kwb-2019.csv', fixture('kwb-2023.csv'))).json();
    expect((await pm.post(`/api/v1/imports/${again.id}/commit`, {})).statusCode).toBe(200);
    const byHand = await pm.post(`/api/v1/indicators/${await indicatorId('ggd_eenzaamheid')}/values`, { areaCode: 'WK089901', period: '2018', value: '9', source: 'Testbron', retrievedOn: '2026-10-01' });
    expect(byHand.statusCode, byHand.body).toBe(201);
    const byValue = await pm.post(`/api/v1/imports/${again.id}/undo`, {});
    expect(byValue.statusCode).toBe(409);
    expect(byValue.json().detail).toBe(
      'Deze import kan niet ongedaan worden gemaakt: de wijk WK089901 (Testwijk Een), die zij toevoegde, heeft 1 waarde die met de hand is ingevoerd. Er is niets verwijderd.',
    );
    expect((await pm.get(`/api/v1/imports/${again.id}`)).json().status).toBe('committed');
  });
});
