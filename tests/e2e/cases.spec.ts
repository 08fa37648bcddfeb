import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loginAs, menu, test } from './fixtures';

test('een casusregisseur registreert een casus; een BSN in de probleemschets wordt geweigerd', async ({ page }) => {
  await loginAs(page, 'casusregisseur');
  await menu(page, 'Tussen Wal en Schip', 'Casussen');
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
  await menu(page, 'Tussen Wal en Schip', 'Casusoverzicht');
  await expect(page.getByRole('navigation', { name: 'Tussen Wal en Schip', exact: true }).getByRole('link', { name: 'Casussen', exact: true })).toHaveCount(0);
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

// ---------- the whole journey of issue 4: register → decide → budget → system signal → structural change ----------

/** Presses Tab until `target` has focus (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach ${target} by Tab`);
}

/** The figure in a tile of the budget page, with spaces normalised. */
async function tile(page: Page, name: string) {
  const text = await page.locator('.koers-tile', { hasText: name }).locator('.koers-tile__number').innerText();
  return text.replace(/\s+/g, ' ').trim();
}
const euro = (cents: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100).replace(/\s+/g, ' ');

test('van casus tot structurele verandering: besluit, budget, systeemsignaal', async ({ page }) => {
  test.setTimeout(240_000);
  const year = new Date().getFullYear();

  // a case worker registers a case; a BSN in the summary is refused; two knelpunten
  await loginAs(page, 'casusregisseur');
  await page.goto('/casussen/nieuw');
  await page.getByLabel('Intakedatum').fill(`${year}-01-05`);
  await page.getByLabel('Aangemeld via').selectOption('wijkmanager');
  await page.getByLabel('Gebied', { exact: true }).selectOption('oost');
  await page.getByLabel('Korte probleemschets').fill('Inwoner (BSN 111222333) kan de energierekening niet betalen.');
  const routes = [
    ['Energietoeslag', 'Energietoeslag alleen voor wie onder de inkomensgrens valt', 'regel', 'mag_niet'],
    ['Betalingsregeling energieleverancier', 'Leverancier wil geen regeling zonder schuldhulp', 'organisatie', 'kan_niet'],
  ] as const;
  for (const [i, [route, blocker, type, kind]] of routes.entries()) {
    await page.getByRole('button', { name: 'Knelpunt toevoegen' }).click();
    const group = page.getByRole('group', { name: `Knelpunt ${i + 1}`, exact: true });
    await group.getByLabel('Geprobeerde route').fill(route);
    await group.getByLabel('Wat blokkeerde').fill(blocker);
    await group.getByLabel('Soort blokkade').selectOption(type);
    await group.getByLabel('Soort knelpunt').selectOption(kind);
  }
  await page.getByRole('checkbox', { name: /Demo programmamanager/ }).check();
  await page.getByRole('button', { name: 'Casus registreren' }).click();
  await expect(page.locator('#case-problem-error')).toContainText('burgerservicenummer (BSN)');
  await page.getByLabel('Korte probleemschets').fill('Inwoner kan de energierekening niet betalen; geen regeling past.');
  await page.getByRole('button', { name: 'Casus registreren' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Casus TWS-\d{4}-\d{4}$/ });
  await expect(heading).toBeVisible();
  const code = (await heading.innerText()).replace('Casus ', '');
  const caseUrl = page.url();
  await expect(page.getByText('Demo programmamanager')).toBeVisible();

  // scores at follow-up and knelpunten after registration; taking one away asks first
  await page.getByRole('button', { name: 'Scores wijzigen' }).click();
  await page.getByRole('combobox', { name: 'Financiën Bij intake' }).selectOption('1');
  await page.getByRole('combobox', { name: 'Financiën Bij nazorg' }).selectOption('3');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Scores opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Financiën/ })).toContainText('3 – ');
  await page.getByRole('button', { name: 'Knelpunten wijzigen' }).click();
  await page.getByRole('button', { name: 'Knelpunt toevoegen' }).click();
  const third = page.getByRole('group', { name: 'Knelpunt 3', exact: true });
  await third.getByLabel('Geprobeerde route').fill('Bijzondere bijstand');
  await third.getByLabel('Wat blokkeerde').fill('Geen bijzondere bijstand voor energieschulden');
  await third.getByLabel('Soort blokkade').selectOption('regel');
  await third.getByLabel('Soort knelpunt').selectOption('mag_niet');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Knelpunten opslaan' }).click();
  const knelpunten = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Knelpunten' }) });
  await expect(knelpunten.getByRole('listitem')).toHaveCount(3);
  await page.getByRole('button', { name: 'Knelpunten wijzigen' }).click();
  await page.getByRole('button', { name: 'Knelpunt 3 verwijderen' }).click();
  await page.getByRole('button', { name: 'Knelpunten opslaan' }).click();
  await expect(page.getByText('U haalt 1 opgeslagen knelpunt(en) weg.')).toBeFocused();
  await page.getByRole('button', { name: 'Ja, opslaan' }).click();
  await expect(knelpunten.getByRole('listitem')).toHaveCount(2);
  // a case worker cannot take themselves off the team (they would lose the case)
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await page.getByRole('checkbox', { name: /Demo casusregisseur .*uzelf/ }).uncheck();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('#case-edit-teamUserIds-error')).toContainText('U kunt uzelf niet uit het casusteam halen');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  // the programme manager sets the year's budget (Dutch validation first)
  await loginAs(page, 'programmamanager');
  await menu(page, 'Tussen Wal en Schip', 'Budget Tussen Wal en Schip');
  await expect(page.getByRole('heading', { level: 1, name: 'Budget Tussen Wal en Schip' })).toBeVisible();
  await page.getByLabel('Budget in euro').fill('veel geld');
  await page.getByRole('button', { name: 'Budget vaststellen' }).click();
  await expect(page.locator('#tws-budget-amountCents-error')).toHaveText('Vul een bedrag in euro in, bijvoorbeeld 1250 of 1.250,50.');
  await expect(page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' })).toBeFocused();
  await page.getByLabel('Budget in euro').fill('150.000');
  await page.getByRole('button', { name: 'Budget vaststellen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Het budget voor ${year} is vastgesteld op` })).toBeVisible();
  await expect.poll(() => tile(page, 'Budget')).toBe(euro(150_000_00));
  const before = (await (await page.request.get(`/api/v1/tws-budget?year=${year}`)).json()) as { spentCents: number; committedCents: number };
  await expectNoAxeViolations(page);

  // ... decides: solution, kind, cost in euros, could it be financed otherwise; the workflow moves
  await page.goto(caseUrl);
  await page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
  await page.getByRole('textbox', { name: /^Oplossing/ }).fill('Eenmalige betaling van de energieachterstand, met budgetcoaching.');
  await page.getByLabel('Soort oplossing').selectOption('achterstand');
  await page.getByLabel('Besloten door').fill('Programmamanager Brunssum Noord en Oost');
  await page.getByLabel('Besloten op').fill(`${year}-01-20`);
  await page.getByLabel('Kosten in euro').fill('1.234,50');
  await page.getByRole('group', { name: 'Had dit anders gefinancierd kunnen worden?' }).getByRole('radio', { name: 'Ja' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('#case-edit-alternativeFinancing-error')).toContainText('Noem de bron');
  await page.getByLabel('Andere financieringsbron').fill('Bijzondere bijstand');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  await expect(page.getByText('€ 1.234,50')).toBeVisible();
  await page.getByRole('button', { name: 'Naar "In behandeling"' }).click();
  await expect(page.getByText('Huidige stap: In behandeling')).toBeVisible();
  await page.getByRole('button', { name: 'Naar "Besloten"' }).click();
  await expect(page.getByText('Huidige stap: Besloten')).toBeVisible();

  // the budget moves: decided = committed; carried out = spent
  await menu(page, 'Tussen Wal en Schip', 'Budget Tussen Wal en Schip');
  await expect.poll(() => tile(page, 'Verplicht')).toBe(euro(before.committedCents + 1_234_50));
  await expect(page.getByRole('row', { name: /Achterstand of schuld betalen/ })).toBeVisible();
  await page.goto(caseUrl);
  await page.getByRole('button', { name: 'Naar "Uitgevoerd"' }).click();
  await expect(page.getByText('Huidige stap: Uitgevoerd')).toBeVisible();
  await page.goto('/tws-budget');
  await expect.poll(() => tile(page, 'Besteed')).toBe(euro(before.spentCents + 1_234_50));
  await expect.poll(() => tile(page, 'Verplicht')).toBe(euro(before.committedCents));

  // a suggested cluster becomes a system signal (confirmed by a person); the new knelpunt joins it
  await menu(page, 'Tussen Wal en Schip', 'Systeemsignalen');
  await expect(page.getByRole('heading', { level: 1, name: 'Systeemsignalen' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Voorgestelde signalen/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const suggestion = page.locator('.koers-suggestion').first();
  await suggestion.getByRole('button', { name: /^Signaal maken/ }).click();
  await expect(suggestion.getByLabel('Titel van het signaal')).toBeFocused();
  await suggestion.getByLabel('Titel van het signaal').fill('Energieschulden vallen buiten elke regeling');
  await suggestion.getByRole('button', { name: 'Signaal bevestigen' }).click();
  await expect(suggestion.locator('#suggestion-0-new-owner-error')).toHaveText('Vul de eigenaar in de lijnorganisatie in (minstens 3 tekens).');
  await suggestion.getByLabel('Eigenaar in de lijnorganisatie').fill('Teammanager Werk en Inkomen');
  await suggestion.getByRole('radio', { name: 'Uitvoering en beleid' }).check();
  await suggestion.getByLabel('Soort verandering').selectOption('beleidsregel');
  await expectNoAxeViolations(page);
  await suggestion.getByRole('button', { name: 'Signaal bevestigen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het signaal "Energieschulden vallen buiten elke regeling" is gemaakt.' })).toBeVisible();
  await page.getByRole('link', { name: 'Energieschulden vallen buiten elke regeling' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Energieschulden vallen buiten elke regeling' })).toBeVisible();
  const add = page.getByLabel('Knelpunt', { exact: true });
  const option = add.locator('option', { hasText: `${code}: Energietoeslag` });
  await add.selectOption({ label: (await option.innerText()).trim() });
  await page.getByRole('button', { name: 'Aan signaal toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Het knelpunt "${code}: Energietoeslag" hoort nu bij dit signaal.` })).toBeVisible();
  await expect(page.getByRole('region', { name: /Knelpunten in dit signaal/ })).toContainText(code);
  await expectNoAxeViolations(page);

  // the knelpunt is changed on its case (what blocked it, and its kind): it stays in the signal
  const signalUrl = page.url();
  await page.goto(caseUrl);
  await page.getByRole('button', { name: 'Knelpunten wijzigen' }).click();
  const first = page.getByRole('group', { name: 'Knelpunt 1', exact: true });
  await first.getByLabel('Wat blokkeerde').fill('Energietoeslag alleen onder de landelijke inkomensgrens');
  await first.getByLabel('Soort knelpunt').selectOption('kan_niet');
  await page.getByRole('button', { name: 'Knelpunten opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  await page.goto(signalUrl);
  await expect(page.getByRole('region', { name: /Knelpunten in dit signaal/ })).toContainText('Energietoeslag alleen onder de landelijke inkomensgrens');

  // the structural change along its path: only allowed steps are offered; "niet opgelost" needs a reason
  const path = page.getByRole('list', { name: 'Weg naar een structurele verandering' });
  await expect(path.locator('[aria-current="step"]')).toContainText('Gesignaleerd');
  const next = page.getByRole('group', { name: 'Nieuwe stand' });
  await expect(next.getByRole('radio')).toHaveCount(2);
  await next.getByRole('radio', { name: 'Niet opgelost' }).check();
  await page.getByRole('button', { name: 'Stand wijzigen' }).click();
  await expect(page.locator('#signal-status-statusReason-error')).toContainText('Geef de reden');
  await next.getByRole('radio', { name: 'Geagendeerd' }).check();
  await page.getByRole('button', { name: 'Stand wijzigen' }).click();
  await expect(path.locator('[aria-current="step"]')).toContainText('Geagendeerd');
  await next.getByRole('radio', { name: 'In behandeling' }).check();
  await page.getByRole('button', { name: 'Stand wijzigen' }).click();
  await expect(path.locator('[aria-current="step"]')).toContainText('In behandeling');
  await next.getByRole('radio', { name: 'Structureel opgelost' }).check();
  await page.getByLabel(/Reden of toelichting/).fill('Beleidsregel energieschulden vastgesteld door het college.');
  await page.getByRole('button', { name: 'Stand wijzigen' }).click();
  await expect(path.locator('[aria-current="step"]')).toContainText('Structureel opgelost');
  await expect(page.getByText('Dit signaal is structureel opgelost; de stand verandert niet meer.')).toBeVisible();
  await expect(page.getByRole('region', { name: /Elke verandering van de stand/ }).getByRole('row')).toHaveCount(5);
  await expectNoAxeViolations(page);

  // traceable from the learning view back to the case
  await page.goto('/leren');
  const change = page.getByRole('row', { name: /Energieschulden vallen buiten elke regeling/ });
  await expect(change).toContainText('Klaar');
  const more = change.locator('summary', { hasText: 'en nog' });
  if (await more.count()) await more.click();
  await expect(change.getByRole('link', { name: code })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('een casusregisseur legt een casusoverleg vast, alleen met het toetsenbord', async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, 'casusregisseur');
  await tabTo(page, page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Tussen Wal en Schip' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
  // the page heading has focus after navigating; the section's menu row is just before it
  await tabTo(page, page.getByRole('navigation', { name: 'Tussen Wal en Schip', exact: true }).getByRole('link', { name: 'Casusoverleggen' }), 20, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Casusoverleggen' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Wat vraagt aandacht/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('link', { name: 'Overleg vastleggen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Casusoverleg vastleggen' })).toBeVisible();
  await expectNoAxeViolations(page);
  // submitting empty: the summary takes focus
  await tabTo(page, page.getByRole('button', { name: 'Overleg vastleggen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' })).toBeFocused();
  await expect(page.locator('#conference-kind-error')).toHaveText('Kies casuïstiekoverleg of VLB overleg.');

  await tabTo(page, page.getByRole('radio', { name: 'Casuïstiekoverleg' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Casuïstiekoverleg' })).toBeChecked();
  await tabTo(page, page.getByLabel(/Deelnemende organisaties/));
  await page.keyboard.type('Sociaal Wijkteam Brunssum');
  await page.keyboard.press('Enter');
  await page.keyboard.type('GGD Zuid Limburg');
  const pick = page.getByLabel('Casus op de agenda zetten');
  await tabTo(page, pick);
  await page.keyboard.press('ArrowDown');
  const picked = (await pick.locator('option:checked').innerText()).split(' · ')[0]!;
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Op de agenda zetten' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `${picked} staat op de agenda.` })).toBeVisible();
  await tabTo(page, page.getByRole('checkbox', { name: `Casusverantwoordelijkheid bevestigd (${picked})` }));
  await page.keyboard.press('Space');
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole('button', { name: 'Overleg vastleggen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Casuïstiekoverleg van / })).toBeVisible();
  const agenda = page.getByRole('region', { name: /Casussen op de agenda/ });
  await expect(agenda.getByRole('row', { name: new RegExp(picked) })).toContainText('Ja');
  await expect(page.getByText('Sociaal Wijkteam Brunssum, GGD Zuid Limburg')).toBeVisible();

  // an agreed action with an owner (a function), then marked done
  await tabTo(page, page.getByLabel('Afspraak', { exact: true }));
  await page.keyboard.type('Aanvraag bijzondere bijstand opnieuw beoordelen');
  await tabTo(page, page.getByLabel('Wie doet het'));
  await page.keyboard.type('Consulent ISD-BOL');
  await tabTo(page, page.getByRole('button', { name: 'Afspraak toevoegen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'De afspraak "Aanvraag bijzondere bijstand opnieuw beoordelen" is toegevoegd.' })).toBeVisible();
  await expect(page.getByLabel('Afspraak', { exact: true })).toBeFocused();
  const actions = page.getByRole('region', { name: /Afspraken van dit overleg/ });
  await expect(actions).toContainText('Consulent ISD-BOL');
  await tabTo(page, actions.getByRole('button', { name: /^Gedaan/ }));
  await page.keyboard.press('Enter');
  await expect(actions.getByRole('row', { name: /Aanvraag bijzondere bijstand/ })).toContainText('Gedaan op');
  await expect(actions.getByRole('button', { name: /^Weer open/ })).toBeFocused();
  // change the owner of the action
  await tabTo(page, actions.getByRole('button', { name: /^Wijzigen/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Afspraak wijzigen' })).toBeVisible();
  await expect(page.getByLabel('Afspraak', { exact: true })).toBeFocused();
  await tabTo(page, page.getByLabel('Wie doet het'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Consulent bijzondere bijstand ISD-BOL');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'is gewijzigd.' })).toBeVisible();
  await expect(actions).toContainText('Consulent bijzondere bijstand ISD-BOL');
  await expect(actions.getByRole('button', { name: /^Wijzigen/ })).toBeFocused();
  await expectNoAxeViolations(page);

  // the case links back to the conference
  await page.getByRole('region', { name: /Casussen op de agenda/ }).getByRole('link', { name: picked }).click();
  const onConferences = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Besproken in casusoverleggen' }) });
  await expect(onConferences.getByRole('link', { name: /^Casuïstiekoverleg van / }).first()).toBeVisible();
});

test('een raadslid ziet systeemsignalen en het budget zonder casusgegevens', async ({ page }) => {
  await loginAs(page, 'raadslid');
  await menu(page, 'Tussen Wal en Schip', 'Systeemsignalen');
  await expect(page.getByRole('navigation', { name: 'Tussen Wal en Schip', exact: true }).getByRole('link', { name: 'Casusoverleggen' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Systeemsignalen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Voorgestelde signalen/ })).toHaveCount(0);
  await expect(page.getByText('Kleine aantallen kunnen inwoners herkenbaar maken.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('region', { name: /Systeemsignalen, nieuwste eerst/ }).getByRole('link').first().click();
  await expect(page.getByText('U ziet de casussen achter dit signaal niet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stand wijzigen' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('navigation', { name: 'Tussen Wal en Schip', exact: true }).getByRole('link', { name: 'Budget Tussen Wal en Schip' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budget Tussen Wal en Schip' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Jaarbudget vaststellen' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto('/casusoverleggen');
  await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
});
