import { type Page } from '@playwright/test';
import { effortId, expect, expectNoAxeViolations, loginAs, menu, test } from './fixtures';

async function openSteering(page: Page, code: string) {
  await page.goto(`/inspanningen/${await effortId(page, code)}/sturing`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
}

test('een resultaat met een streefwaarde toevoegen, eerst met een fout', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  await openSteering(page, '5.B');
  const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^Resultaten/ }) });
  await section.getByRole('button', { name: 'Resultaat toevoegen' }).click();
  const form = page.getByRole('form').or(section.locator('form')).first();
  await form.getByLabel('Omschrijving').fill('Meer bezoekers in het Noorderhuis');
  await form.getByLabel('Meetwijze').fill('Bezoekers per week, geteld door de beheerder');
  await form.getByLabel('Nulmeting').fill('40 per week');
  await form.getByRole('radio', { name: /Meetbaar/ }).check();
  await form.getByLabel('Streefwaarde').fill('80 per week');
  await form.getByLabel('Startdatum').fill('2026-06-01');
  await form.getByLabel('Deadline').fill('2026-01-01');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  // the server's Dutch message, next to the field and in the summary
  await expect(page.getByText('De deadline ligt vóór de startdatum.').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await form.getByLabel('Deadline').fill('2026-12-31');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).first()).toBeVisible();
  await expect(section).toContainText('Meer bezoekers in het Noorderhuis');
  await expect(section).toContainText('80 per week');
  // and it is in the effort's history
  await page.goto(`/inspanningen/${await effortId(page, '5.B')}/geschiedenis`);
  await expect(page.locator('.koers-history')).toContainText('Meer bezoekers in het Noorderhuis');
});

test('een evaluatie vastleggen met het besluit "overdragen aan de reguliere lijn"', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  await openSteering(page, '2.C');
  await expect(page.getByText('In uitvoering').first()).toBeVisible();
  const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^Evaluatiemomenten/ }) });
  await section.getByRole('button', { name: 'Evaluatiemoment plannen' }).click();
  await section.getByLabel('Titel').fill('Evaluatie netwerkaanpak externe partners');
  await section.getByLabel('Geplande datum').fill('2026-11-20');
  await section.getByLabel('Waar kijkt u naar?').fill('Stemmen de partners hun inzet af zonder de gemeente als spil?');
  await section.getByRole('button', { name: 'Opslaan' }).click();
  await expect(section).toContainText('Evaluatie netwerkaanpak externe partners');

  await section.getByRole('button', { name: /Besluit vastleggen/ }).first().click();
  await section.getByRole('radio', { name: /Overdragen aan de reguliere lijn/ }).check();
  await section.getByLabel('Onderbouwing').fill('Het netwerk draait zelfstandig; de werkwijze hoort nu in de lijn.');
  await section.getByLabel('Besloten door').fill('Stuurgroep Noord en Oost');
  await section.getByLabel('Datum van het besluit').fill('2026-11-20');
  // without the line owner: a Dutch message at the field
  await section.getByRole('button', { name: 'Besluit vastleggen' }).last().click();
  await expect(page.getByText('Vul in wie in de lijnorganisatie de inspanning overneemt.').first()).toBeVisible();
  await section.getByLabel('Wie neemt het over in de lijn?').fill('Team uitvoering sociaal domein');
  await section.getByRole('button', { name: 'Besluit vastleggen' }).last().click();
  await expect(page.getByText('Besluit vastgelegd. De levensfase is nu: Overgedragen aan de lijn.')).toBeVisible();

  // the effort's life cycle and its history changed
  const lifecycle = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Levensfase' }) });
  await expect(lifecycle).toContainText('Overgedragen aan de lijn');
  await expect(lifecycle).toContainText('Team uitvoering sociaal domein');
  await expect(lifecycle.getByRole('listitem').first()).toContainText('Demo programmamanager');
  await page.goto(`/inspanningen/${await effortId(page, '2.C')}/geschiedenis`);
  await expect(page.locator('.koers-history')).toContainText('Team uitvoering sociaal domein');
  await expectNoAxeViolations(page);
});

test('een begrotingsregel na het einde van de Regiodeal geeft een signaal', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  await openSteering(page, '4');
  const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^Budget/ }) });
  await section.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
  await section.getByLabel('Financieringsbron').selectOption({ label: 'Regiodeal (toegekend)' });
  await section.getByLabel('Jaar').fill('2027');
  await section.getByLabel('Omschrijving').fill('Trainingen stabiliteitsdenken');
  await section.getByLabel(/^Gepland/).fill('tienduizend');
  await section.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Vul een bedrag in euro’s in, bijvoorbeeld 12.500,00 of 250.').first()).toBeVisible();
  await section.getByLabel(/^Gepland/).fill('25.000,00');
  await section.getByRole('button', { name: 'Opslaan' }).click();
  await expect(section).toContainText('€ 25.000,00');

  await menu(page, 'Sturing', 'Aandacht');
  await expect(page.getByRole('heading', { level: 1, name: 'Wat vraagt aandacht' })).toBeVisible();
  await expect(page.getByText('plant geld uit Regiodeal in 2027, maar die bron loopt af op 31 december 2026').first()).toBeVisible();
  await page.goto('/financien');
  await expect(page.getByText('plant geld uit Regiodeal in 2027').first()).toBeVisible();
});

test('de projectleider stuurt alleen de eigen inspanning; een raadslid leest alleen', async ({ page }) => {
  await loginAs(page, 'projectleider');
  await openSteering(page, '1');
  await expect(page.getByRole('button', { name: 'Resultaat toevoegen' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Besluit vastleggen/ })).toHaveCount(0);
  await openSteering(page, '4');
  await expect(page.getByRole('button', { name: 'Resultaat toevoegen' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await loginAs(page, 'raadslid');
  await openSteering(page, '1');
  await expect(page.getByText('20% aardgasreductie').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /toevoegen|plannen|Wijzigen|Verwijderen/ })).toHaveCount(0);
});

test('de afhankelijkhedengrafiek werkt met het toetsenbord', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  await page.goto('/afhankelijkheden');
  const graph = page.getByRole('group').filter({ has: page.getByRole('button', { name: /2\.B/ }) }).first();
  const node = graph.getByRole('button', { name: /2\.B/ }).first();
  await node.focus();
  await page.keyboard.press('Enter');
  await expect(node).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/Als deze inspanning vertraagt, raakt dat: 2\.C/).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(node).toHaveAttribute('aria-pressed', 'false');
  await expectNoAxeViolations(page);
});

test('axe: de nieuwe pagina’s voor sturing en financiën', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  const pages: [string, string | RegExp][] = [
    ['/signalen', 'Wat vraagt aandacht'],
    ['/risicos', "Risico's"],
    ['/financien', 'Financiën'],
    ['/roadmap', 'Planning'],
    ['/afhankelijkheden', 'Afhankelijkheden'],
    [`/inspanningen/${await effortId(page, '1')}/sturing`, /1 Verduurzaming woningen/],
  ];
  for (const [url, heading] of pages) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
    await expectNoAxeViolations(page);
  }
  // with forms open
  await page.getByRole('button', { name: 'Risico toevoegen' }).click();
  await page.getByRole('button', { name: 'Begrotingsregel toevoegen' }).click();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of ['/risicos', '/roadmap', '/financien']) {
    await page.goto(url);
    await expectNoAxeViolations(page);
  }
});

test('financiën: de grafiek per inspanning kiezen, ook in de URL', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  await page.goto('/financien');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Financiën');
  await page.getByLabel('Grafiek voor').selectOption({ label: '1 Verduurzaming woningen' });
  const heading = page.getByRole('heading', { level: 2, name: /per jaar voor 1 Verduurzaming woningen/ });
  await expect(heading).toBeVisible();
  const table = page.getByRole('table', { name: 'Bedragen per jaar voor 1 Verduurzaming woningen' });
  await expect(table.getByRole('row', { name: /^2025/ })).toContainText('€ 100.000,00');
  await expect(page.getByRole('img', { name: /voor 1 Verduurzaming woningen/ })).toBeVisible();
  await expect(page).toHaveURL(/[?&]grafiek=effort%3A/);
  // the choice survives a reload
  await page.reload();
  await expect(page.getByLabel('Grafiek voor')).toHaveValue(/^effort:/);
  await expect(heading).toBeVisible();
  await expectNoAxeViolations(page);
});
