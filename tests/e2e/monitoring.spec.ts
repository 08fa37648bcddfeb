/**
 * Monitoring — figures: the import journey with a CBS-layout file (one bad row → report → fixed
 * file → commit → trend next to Heerlen-Noord → undo), a value entered by hand, one flow by
 * keyboard, and axe on every monitoring page.
 */
import { readFileSync } from 'node:fs';
import { type Locator, type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loginAs, menu, test } from './fixtures';

const fixture = (name: string) => readFileSync(new URL(`../../src/server/domains/monitoring/fixtures/${name}`, import.meta.url));

/** The period 2025: demo data fills 2020–2024, so this file clashes with nothing. */
const BAD = { name: 'kwb-2025-met-fout.csv', mimeType: 'text/csv', buffer: fixture('kwb-2023-met-fout.csv') };
const GOOD = { name: 'kwb-2025.csv', mimeType: 'text/csv', buffer: fixture('kwb-2023.csv') };

async function indicatorId(page: Page, key: string) {
  const res = await page.request.get('/api/v1/indicators');
  return ((await res.json()) as { items: { id: string; key: string }[] }).items.find((i) => i.key === key)!.id;
}

/** Presses Tab until `target` has focus (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('target never received focus by Tab');
}

test('een CBS-bestand met één foute rij: rapport, verbeteren, inlezen, trend naast Heerlen-Noord, ongedaan maken', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  await menu(page, 'Cijfers en verhalen', 'Cijfers');
  await expect(page.getByRole('heading', { level: 1, name: 'Cijfers per gebied' })).toBeVisible();
  await page.getByRole('link', { name: 'Bestand inlezen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bestand met cijfers inlezen' })).toBeVisible();

  // 1. the file with one bad row: the report names line, column and problem; nothing can be read in
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(BAD);
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  const report = page.locator('section', { has: page.getByRole('heading', { name: 'Controle van kwb-2025-met-fout.csv' }) });
  await expect(report.getByText('Het bestand heeft 1 fout.')).toBeVisible();
  const problems = report.getByRole('table', { name: 'Fouten in kwb-2025-met-fout.csv' });
  await expect(problems.getByRole('row').nth(1)).toHaveText(/5\s*a_inw\s*"2\.230" is geen getal\. Gebruik een decimale komma \(zoals 12,5\) of een punt voor 'geen gegeven'\./);
  await expect(report.getByRole('button', { name: /^Inlezen/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // 2. the fixed file: a clean preview, then read in
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(GOOD);
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  const good = page.locator('section', { has: page.getByRole('heading', { name: 'Controle van kwb-2025.csv' }) });
  await expect(good.getByText('4 rijen: 4 goed, 0 met fouten')).toBeVisible();
  await expect(good.getByText('Testwijk Een (WK089901)')).toBeVisible();
  await expectNoAxeViolations(page);
  await good.getByRole('button', { name: 'Inlezen (19 waarden)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ingelezen: 19 waarden en 3 nieuwe gebieden.' })).toBeVisible();
  const list = page.getByRole('table', { name: 'De laatste 50 imports, nieuwste eerst' });
  await expect(list.getByRole('row', { name: /kwb-2025\.csv/ })).toContainText('Ingelezen');

  // 3. the trend of the WOZ value: Brunssum 2025 from the file, next to Heerlen-Noord
  await page.getByRole('navigation', { name: 'Cijfers', exact: true }).getByRole('link', { name: 'Overzicht' }).click();
  await page.getByRole('link', { name: 'Gemiddelde WOZ-waarde van woningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gemiddelde WOZ-waarde van woningen' })).toBeVisible();
  const trend = page.getByRole('table', { name: /^Tabel bij de grafiek: Gemiddelde WOZ-waarde van woningen/ });
  await expect(trend.getByRole('columnheader', { name: 'Heerlen-Noord' })).toBeVisible();
  await expect(trend.getByRole('row', { name: /^2025/ })).toContainText('194');
  await expect(page.getByRole('img', { name: /Gemiddelde WOZ-waarde van woningen \(x € 1\.000\) per gebied door de jaren/ })).toBeVisible();
  const values = page.getByRole('table', { name: 'Alle waarden van Gemiddelde WOZ-waarde van woningen' });
  await expect(values.getByRole('row', { name: /Brunssum\s+2025/ })).toContainText('Ingelezen bestand');
  await expectNoAxeViolations(page);
  // the downloads work: CSV with ; and decimal comma
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Gegevens van Gemiddelde WOZ-waarde .* downloaden \(CSV\)/ }).first().click();
  const csv = readFileSync(await (await download).path()).toString('utf8');
  expect(csv).toMatch(/^\uFEFFPeriode;Brunssum \(x € 1\.000\);/);
  expect(csv).toContain('2025;194;');
  // … the chart as SVG and as PNG (drawn on a canvas from the same SVG)
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: /WOZ-waarde .* downloaden als tekening \(SVG\)/ }).first().click();
  const svg = readFileSync(await (await svgDownload).path()).toString('utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: /WOZ-waarde .* downloaden als afbeelding \(PNG\)/ }).first().click();
  const png = readFileSync(await (await pngDownload).path());
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.length).toBeGreaterThan(5_000);

  // 4. undo, after a confirmation
  await page.goto('/monitoring/importeren');
  const row = page.getByRole('table', { name: 'De laatste 50 imports, nieuwste eerst' }).getByRole('row', { name: /kwb-2025\.csv/ }).first();
  await row.getByRole('button', { name: 'Ongedaan maken kwb-2025.csv' }).click();
  await expect(row.getByText('De 19 waarden uit “kwb-2025.csv” en de gebieden die deze import toevoegde, worden verwijderd.')).toBeFocused();
  await expectNoAxeViolations(page);
  await row.getByRole('button', { name: 'Ja, ongedaan maken' }).click();
  await expect(page.getByRole('table', { name: 'De laatste 50 imports, nieuwste eerst' }).getByRole('row', { name: /kwb-2025\.csv/ }).first()).toContainText('Ongedaan gemaakt');
  await page.goto(`/monitoring/indicatoren/${await indicatorId(page, 'cbs_woz')}`);
  await expect(page.getByRole('table', { name: /^Tabel bij de grafiek/ }).getByRole('row', { name: /^2025/ })).toHaveCount(0);
});

test('een projectleider voert een waarde met de hand in, eerst met een fout', async ({ page }) => {
  await loginAs(page, 'projectleider');
  await page.goto(`/monitoring/indicatoren/${await indicatorId(page, 'ggd_sociale_steun')}`);
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Waarde opslaan' }) });
  await form.getByLabel('Gebied').selectOption('KS-BRUNSSUM-OOST');
  await form.getByLabel('Periode').fill('2025');
  await form.getByLabel('Waarde').fill('1.234,5');
  await form.getByLabel('Bron').fill('GGD Zuid Limburg, Gezondheidsmonitor 2025');
  await form.getByRole('button', { name: 'Waarde opslaan' }).click();
  const message = 'Vul een getal in, met hoogstens één decimaalteken (12,5 of 12.5) en zonder scheidingsteken voor duizendtallen.';
  await expect(form.locator('#nv-value-error')).toHaveText(message);
  await expect(form.getByLabel('Waarde')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await form.getByLabel('Waarde').fill('12,4');
  await form.getByRole('button', { name: 'Waarde opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De waarde voor Brunssum Oost, 2025 is opgeslagen.' })).toBeVisible();
  const row = page.getByRole('table', { name: /^Alle waarden van/ }).getByRole('row', { name: /Brunssum Oost\s+2025/ });
  await expect(row).toContainText('12,4%');
  await expect(row).toContainText('Met de hand ingevoerd');
  // correct it: the form opens below the row, focus returns to the button after saving
  await row.getByRole('button', { name: 'Corrigeren de waarde van Brunssum Oost, 2025' }).click();
  const edit = page.getByRole('form', { name: 'de waarde van Brunssum Oost, 2025' });
  await edit.getByLabel('Waarde').fill('12,6');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(row).toContainText('12,6%');
  await expect(row.getByRole('button', { name: 'Corrigeren de waarde van Brunssum Oost, 2025' })).toBeFocused();
  // a mistaken entry can be deleted, after a confirmation
  await row.getByRole('button', { name: 'Corrigeren de waarde van Brunssum Oost, 2025' }).click();
  await page.getByRole('button', { name: 'Verwijderen “de waarde voor Brunssum Oost, 2025”' }).click();
  await expect(page.getByText('U verwijdert "de waarde voor Brunssum Oost, 2025". Dit kunt u niet ongedaan maken.')).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Alle waarden met bron' })).toBeFocused();
  // no import for a project leader
  await expect(page.getByRole('link', { name: 'Bestand inlezen' })).toHaveCount(0);
});

test('met het toetsenbord: Parkstad aan de trend toevoegen en een indicator vergelijken', async ({ page }) => {
  await loginAs(page, 'raadslid');
  await page.goto(`/monitoring/indicatoren/${await indicatorId(page, 'ggd_eenzaamheid')}`);
  await page.getByRole('heading', { level: 1 }).focus();
  const parkstad = page.getByRole('checkbox', { name: 'Parkstad Limburg (referentie)' });
  await tabTo(page, parkstad);
  await page.keyboard.press('Space');
  await expect(parkstad).toBeChecked();
  await expect(page).toHaveURL(/gebied=KS-PARKSTAD/);
  await expect(page.getByRole('table', { name: /^Tabel bij de grafiek: Eenzaam/ }).getByRole('columnheader', { name: 'Parkstad Limburg' })).toBeVisible();
  // the CSV download button is reachable and named
  await tabTo(page, page.getByRole('button', { name: 'Gegevens van Eenzaam per gebied door de jaren downloaden (CSV)' }));

  await page.goto('/monitoring/vergelijken');
  const select = page.getByLabel('Indicator', { exact: true });
  await page.getByRole('heading', { level: 1 }).focus();
  await tabTo(page, select);
  await select.selectOption({ label: 'Eenzaam (Meedoen)' });
  await expect(page.getByRole('heading', { level: 2, name: 'Eenzaam' })).toBeVisible();
  const bars = page.getByRole('table', { name: 'Tabel bij de grafiek: Eenzaam: nieuwste waarde per gebied' });
  for (const area of ['Brunssum Noord', 'Brunssum Oost', 'Rest van Brunssum', 'Heerlen-Noord']) await expect(bars.getByRole('rowheader', { name: area })).toBeVisible();
});

test('elke cijferpagina zonder axe-overtredingen', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  const id = await indicatorId(page, 'ggd_moeite_rondkomen');
  for (const path of ['/monitoring', `/monitoring/indicatoren/${id}`, '/monitoring/gebieden/KS-BRUNSSUM-NOORD', '/monitoring/gebieden/GM0899', '/monitoring/gebieden/NL00', '/monitoring/vergelijken', '/monitoring/vergelijken?thema=bestaanszekerheid', '/monitoring/importeren']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  // English too
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.goto('/monitoring');
  await expect(page.getByRole('heading', { level: 1, name: 'Figures per area' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('een kaartvlak uploaden: eerst een punt (geweigerd), dan een vlak; de kaart en haar tabel zonder axe-overtredingen', async ({ page }) => {
  await loginAs(page, 'beheerder');
  await page.goto('/monitoring/gebieden/KS-BRUNSSUM-OOST');
  await expect(page.getByRole('heading', { level: 1, name: 'Brunssum Oost' })).toBeVisible();
  const file = page.getByLabel('GeoJSON-bestand');
  const point = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [5.99, 50.94] } };
  await file.setInputFiles({ name: 'oost.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(point)) });
  await page.getByRole('button', { name: 'Kaartvlak uploaden' }).click();
  await expect(page.locator('#geo-file-error')).toHaveText('Een gebied moet een Polygon of MultiPolygon zijn, niet Point.');
  await expect(file).toBeFocused();
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  const polygon = { type: 'Polygon', coordinates: [[[5.99, 50.94], [6.0, 50.95], [6.02, 50.945], [6.015, 50.925], [5.99, 50.94]]] };
  await file.setInputFiles({ name: 'oost.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(polygon)) });
  await page.getByRole('button', { name: 'Kaartvlak uploaden' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het kaartvlak is opgeslagen.' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Kaart van Brunssum Oost/ })).toBeVisible();
  await expectNoAxeViolations(page);
  // the indicator page now has a choropleth with its table
  await page.goto(`/monitoring/indicatoren/${await indicatorId(page, 'ggd_eenzaamheid')}`);
  const map = page.locator('section', { has: page.getByRole('heading', { name: /^Kaart: Eenzaam, 2024/ }) });
  await expect(map.getByRole('img', { name: /^Kaart: Eenzaam, 2024/ })).toBeVisible();
  await expect(map.getByRole('table').getByRole('rowheader', { name: 'Brunssum Oost' })).toBeVisible();
  await expectNoAxeViolations(page);
});
