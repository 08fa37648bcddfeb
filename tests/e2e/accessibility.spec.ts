import { effortId, expect, expectNoAxeViolations, loginAs, test } from './fixtures';

test('axe: inlogpagina', async ({ page }) => {
  await page.goto('/inloggen');
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Inloggen' }).click(); // with inline errors
  await expect(page.getByText('Vul uw e-mailadres in.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('axe: elke pagina als programmamanager', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  await page.getByRole('button', { name: 'Alles openklappen' }).click();
  await expectNoAxeViolations(page);
  const id4 = await effortId(page, '4');
  const pages: [string, string | RegExp][] = [
    [`/inspanningen/${id4}`, '4 Sociaal Veilig Brunssum'],
    [`/inspanningen/${await effortId(page, '4.A')}`, '4.A Casuistiek overleg'],
    [`/inspanningen/${id4}/bewerken`, '4 Sociaal Veilig Brunssum bewerken'],
    [`/inspanningen/${id4}/geschiedenis`, /Geschiedenis/],
    ['/zoeken?q=Regiodeal', 'Zoeken'],
    ['/open-velden', 'Open velden'],
    ['/principes', 'Strategische principes'],
    ['/doelstellingen', 'Doelstellingen'],
    ['/organisaties', 'Organisaties'],
    ['/personen', 'Personen'],
    ['/raadsvragen', 'Raadsvragen'],
    ['/logboek', 'Logboek'],
    ['/bestaat-niet', 'Pagina niet gevonden'],
  ];
  for (const [url, heading] of pages) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expectNoAxeViolations(page);
  }
  // detail pages
  for (const [list, link] of [
    ['/principes', 'Mensgericht'],
    ['/doelstellingen', 'Stabiliteit'],
    ['/organisaties', 'K2'],
    ['/personen', 'Anoek Vandermullen'],
  ] as const) {
    await page.goto(list);
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(link);
    await expectNoAxeViolations(page);
  }
  // edit form showing errors
  await page.goto(`/inspanningen/${id4}/bewerken`);
  await page.getByRole('group', { name: 'Communicatie' }).getByRole('radio', { name: 'Ingevuld' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Er is iets niet goed ingevuld')).toBeVisible();
  await expectNoAxeViolations(page);
  // open council question
  await page.goto('/raadsvragen');
  await page.locator('summary').first().click();
  await expectNoAxeViolations(page);
});

test('axe: logboek en gebruikers als beheerder, en een smal scherm', async ({ page }) => {
  await loginAs(page, 'beheerder');
  const adminPages: [string, string][] = [
    ['/logboek', 'Logboek'],
    ['/gebruikers', 'Gebruikers'],
  ];
  for (const [url, heading] of adminPages) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expectNoAxeViolations(page);
  }
  await expect(page.getByRole('cell', { name: 'Projectleider' }).or(page.getByText('Projectleider')).first()).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/inspanningen/${await effortId(page, '1')}`);
  await expectNoAxeViolations(page);
});
