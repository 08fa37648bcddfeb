import { expect, expectNoAxeViolations, loginAs, test } from './fixtures';

test('een casusregisseur registreert een casus; een BSN in de probleemschets wordt geweigerd', async ({ page }) => {
  await loginAs(page, 'casusregisseur');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('TWS-');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Casus registreren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Casus registreren' })).toBeVisible();
  await expect(page.getByText('Koers bewaart geen naam, BSN, adres of geboortedatum')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Intakedatum').fill('2026-03-02');
  await page.getByLabel('Aangemeld via').selectOption('partner');
  await page.getByLabel('Gebied', { exact: true }).selectOption('noord');
  await page.getByLabel('Korte probleemschets').fill('Inwoner met BSN 111222333 heeft schulden en dreigt uit huis gezet te worden.');
  await page.getByLabel('Financiën').selectOption('1');
  await page.getByLabel('Huisvesting').selectOption('2');
  const routes = [
    ['Bijzondere bijstand', 'Participatiewet: geen bijstand voor schulden', 'wet', 'mag_niet'],
    ['Schuldhulpverlening', 'Wachttijd bij de kredietbank', 'organisatie', 'wachtlijst'],
  ] as const;
  for (const [i, [route, blocker, type, kind]] of routes.entries()) {
    await page.getByRole('button', { name: 'Knelpunt toevoegen' }).click();
    const group = page.getByRole('group', { name: `Knelpunt ${i + 1}`, exact: true });
    await expect(group.getByLabel('Geprobeerde route')).toBeFocused();
    await group.getByLabel('Geprobeerde route').fill(route);
    await group.getByLabel('Wat blokkeerde').fill(blocker);
    await group.getByLabel('Soort blokkade').selectOption(type);
    await group.getByLabel('Soort knelpunt').selectOption(kind);
  }
  await page.getByLabel('Casusverantwoordelijke').fill('Wijkcoach Noord (Sociaal Wijkteam)');
  await page.getByRole('button', { name: 'Casus registreren' }).click();

  // refused with the Dutch message, inline at the field and in the summary that takes focus
  await expect(page.locator('#case-problem-error')).toContainText('burgerservicenummer (BSN)');
  await expect(page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' })).toBeFocused();
  await expect(page.getByLabel('Korte probleemschets')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.getByLabel('Korte probleemschets').fill('Inwoner heeft schulden en dreigt uit huis gezet te worden; geen regeling past.');
  await page.getByRole('button', { name: 'Casus registreren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Casus TWS-\d{4}-\d{4}$/ })).toBeVisible();
  const knelpunten = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Knelpunten' }) });
  await expect(knelpunten.getByRole('listitem')).toHaveCount(2);
  await expect(knelpunten).toContainText('Bijzondere bijstand');
  await expect(knelpunten).toContainText('Wachttijd bij de kredietbank');
  await expect(knelpunten).toContainText('Wachtlijst');
  await expect(page.getByText('Wijkcoach Noord (Sociaal Wijkteam)')).toBeVisible();
  // a case worker does not decide and does not export the processing log
  await expect(page.getByRole('link', { name: 'Verwerkingslogboek downloaden (CSV)' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('de programmamanager zet een stap en ziet de melding van de server bij een besluit zonder oplossing', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  const list = (await (await page.request.get('/api/v1/cases?status=aangemeld')).json()) as { items: { id: string }[] };
  await page.goto(`/casussen/${list.items[0]!.id}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Casus TWS-/ })).toBeVisible();
  await page.getByRole('button', { name: 'Naar "In behandeling"' }).click();
  await expect(page.getByText('Huidige stap: In behandeling')).toBeVisible();
  await page.getByRole('button', { name: 'Naar "Besloten"' }).click();
  await expect(page.getByRole('alert')).toContainText('Beschrijf eerst de oplossing waarover besloten wordt.');
  await expect(page.getByRole('link', { name: 'Verwerkingslogboek downloaden (CSV)' })).toBeVisible();
  await expectNoAxeViolations(page);

  // edit with the version: someone else changes the case meanwhile → 409 → "Nieuwste versie laden"
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await page.getByRole('textbox', { name: /^Oplossing/ }).fill('Eenmalige bijdrage voor de huur, via het budget Tussen Wal en Schip.');
  const session = (await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string };
  const current = (await (await page.request.get(`/api/v1/cases/${list.items[0]!.id}`)).json()) as { version: number };
  const other = await page.request.patch(`/api/v1/cases/${list.items[0]!.id}`, {
    headers: { 'x-csrf-token': session.csrfToken },
    data: { caseResponsible: 'Wijkmanager Oost', version: current.version },
  });
  expect(other.status()).toBe(200);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Iemand anders heeft dit intussen gewijzigd.')).toBeVisible();
  await page.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(page.getByLabel('Casusverantwoordelijke')).toHaveValue('Wijkmanager Oost');
  await page.getByRole('textbox', { name: /^Oplossing/ }).fill('Eenmalige bijdrage voor de huur, via het budget Tussen Wal en Schip.');
  await page.getByLabel('Kosten in euro').fill('1.250,50');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  await expect(page.getByText('€ 1.250,50')).toBeVisible();
  await page.getByRole('button', { name: 'Naar "Besloten"' }).click();
  await expect(page.getByText('Huidige stap: Besloten')).toBeVisible();
});

test('een raadslid ziet kleine aantallen afgeschermd en bereikt geen casus via de URL', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  const list = (await (await page.request.get('/api/v1/cases')).json()) as { items: { id: string }[] };
  const caseId = list.items[0]!.id;
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();

  await loginAs(page, 'raadslid');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link', { name: 'Casussen', exact: true })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Casusoverzicht' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Casusoverzicht' })).toBeVisible();
  await expect(page.locator('.koers-count--small').first()).toHaveText('< 5');
  await expect(page.getByText('Kleine aantallen kunnen inwoners herkenbaar maken.')).toBeVisible();
  await expect(page.getByText('Voorbeelddata').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/casussen/${caseId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
  await page.goto('/casussen');
  await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
});

test('het leeroverzicht is toegankelijk', async ({ page }) => {
  await loginAs(page, 'raadslid');
  await page.goto('/leren');
  await expect(page.getByRole('heading', { level: 1, name: 'Leren van de casussen' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Structurele veranderingen' })).toBeVisible();
  await expectNoAxeViolations(page);
});
