import { expect, expectNoAxeViolations, loginAs, menu, test } from './fixtures';

test('een projectleider legt een gespreksronde met verhalen vast en ziet wie ondervertegenwoordigd is', async ({ page }) => {
  await loginAs(page, 'projectleider');
  await menu(page, 'Cijfers en verhalen', 'Stem van bewoners');
  await expect(page.getByRole('heading', { level: 1, name: 'Stem van bewoners' })).toBeVisible();
  // the demo rounds (voorbeelddata) and their stories
  await expect(page.getByRole('table', { name: /Gespreksrondes/ })).toContainText('Gesprekken voor het programmaplan');
  await expect(page.getByRole('table', { name: /Gespreksrondes/ }).getByText('Voorbeelddata').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Gespreksronde toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gespreksronde toevoegen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Naam van de ronde').fill('Straatgesprekken najaar 2026');
  await page.getByLabel('Van', { exact: true }).fill('2026-10-05');
  await page.getByLabel('Tot en met').fill('2026-10-30');
  await page.getByLabel('Manier van spreken').selectOption('straatgesprek');
  await page.getByLabel('Gesprekken gevoerd door').fill('Wijkmanagers met bewonersambassadeurs');
  const area1 = page.getByRole('group', { name: 'Gebied 1', exact: true });
  await area1.getByLabel('Gebied', { exact: true }).selectOption('KS-BRUNSSUM-NOORD');
  // nobody aged 15–24: that group must be named as under-reached
  for (const [band, n] of [['15 tot 25 jaar', '0'], ['25 tot 45 jaar', '12'], ['45 tot 65 jaar', '25'], ['65 jaar en ouder', '14']] as const) {
    await area1.getByLabel(band).fill(n);
  }
  await page.getByRole('button', { name: 'Gebied toevoegen' }).click();
  const area2 = page.getByRole('group', { name: 'Gebied 2', exact: true });
  await expect(area2.getByLabel('Gebied', { exact: true })).toBeFocused();
  await area2.getByLabel('Gebied', { exact: true }).selectOption('KS-BRUNSSUM-OOST');
  for (const [band, n] of [['15 tot 25 jaar', '0'], ['25 tot 45 jaar', '6'], ['45 tot 65 jaar', 'veel'], ['65 jaar en ouder', '9']] as const) {
    await area2.getByLabel(band).fill(n);
  }
  await page.getByRole('button', { name: 'Gespreksronde toevoegen' }).click();
  // a count that is not a number: refused inline, with the summary focused
  await expect(page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' })).toBeFocused();
  await expect(area2.getByLabel('45 tot 65 jaar')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await area2.getByLabel('45 tot 65 jaar').fill('11');
  await page.getByRole('button', { name: 'Gespreksronde toevoegen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Straatgesprekken najaar 2026' })).toBeVisible();
  await expect(page.getByText('77 bewoners')).toBeVisible();
  const repr = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Representativiteit' }) });
  await expect(repr.getByText('Ondervertegenwoordigd in deze ronde:')).toBeVisible();
  await expect(repr.locator('#under-reached')).toContainText('15 tot 25 jaar: bereikt 0%');
  // the chart (an image named by its title) with its data table, and the downloads
  await expect(repr.getByRole('img', { name: /Bereikt tegen bevolking per leeftijdsgroep/ })).toBeVisible();
  await expect(repr.getByRole('table', { name: /Tabel bij de grafiek: Bereikt tegen bevolking per leeftijdsgroep/ })).toContainText('15 tot 25 jaar, bevolking');
  await expect(repr.getByRole('table', { name: 'Bereikt tegen bevolking per gebied en leeftijdsgroep' })).toContainText('Ondervertegenwoordigd');
  await expectNoAxeViolations(page);

  // a quote with a phone number, then a postcode with house number: refused inline; then fixed
  await page.getByRole('link', { name: 'Verhaal of citaat uit deze ronde toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verhaal of citaat toevoegen' })).toBeVisible();
  await expect(page.getByLabel('Gespreksronde')).toHaveValue(/.+/);
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: 'Citaat' }).check();
  await page.getByLabel('Tekst').fill('Bel me maar op 06-12345678, dan vertel ik meer over de huur.');
  await page.getByRole('checkbox', { name: 'Bestaanszekerheid' }).check();
  await page.getByRole('checkbox', { name: 'Wonen' }).check();
  await page.getByLabel(/^Gebied/).selectOption('KS-BRUNSSUM-NOORD');
  await page.getByLabel(/^Leeftijdsgroep/).selectOption('45_64');
  await page.getByRole('radio', { name: 'Ja, de bewoner gaf toestemming' }).check();
  await page.getByRole('button', { name: 'Opslaan en nog een toevoegen' }).click();
  await expect(page.locator('#story-text-error')).toContainText('Verwijder het telefoonnummer');
  await expect(page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' })).toBeFocused();
  await expect(page.getByLabel('Tekst')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.getByLabel('Tekst').fill('Kom maar langs op 6441 AB 12, dan laat ik zien hoe koud het is.');
  await page.getByRole('button', { name: 'Opslaan en nog een toevoegen' }).click();
  await expect(page.locator('#story-text-error')).toContainText('postcode met huisnummer');
  await page.getByLabel('Tekst').fill('De huur gaat elk jaar omhoog, het inkomen niet. Daar lig ik wakker van.');
  await page.getByRole('button', { name: 'Opslaan en nog een toevoegen' }).click();
  await expect(page.getByText('Opgeslagen. U kunt het volgende verhaal invullen.')).toBeVisible();
  await expect(page.getByLabel('Tekst')).toHaveValue('');

  // a story without consent for publication
  await page.getByRole('radio', { name: 'Verhaal' }).check();
  await page.getByLabel('Tekst').fill('We hebben hulp gevraagd bij de schulden. Het duurde lang, maar nu is er rust. Eén vaste contactpersoon maakte het verschil.');
  await page.getByRole('checkbox', { name: 'Bestaanszekerheid' }).check();
  await page.getByRole('radio', { name: 'Nee, alleen voor intern gebruik' }).check();
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Straatgesprekken najaar 2026' })).toBeVisible();
  const stories = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Verhalen en citaten uit deze ronde' }) });
  await expect(stories.getByRole('article')).toHaveCount(2);
  await expect(stories.getByRole('article').filter({ hasText: 'Daar lig ik wakker van' })).toContainText('Mag gepubliceerd worden');
  await expect(stories.getByRole('article').filter({ hasText: 'vaste contactpersoon' })).toContainText('Niet voor publicatie');
  await expectNoAxeViolations(page);

  // the export holds only the story with consent
  const csv = await (await page.request.get('/api/v1/stories/export.csv')).text();
  expect(csv).toContain('Daar lig ik wakker van');
  expect(csv).not.toContain('vaste contactpersoon');

  // change the story: give it consent after all (the edit form, axe)
  await stories.getByRole('article').filter({ hasText: 'vaste contactpersoon' }).getByRole('link', { name: /Wijzigen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verhaal of citaat wijzigen' })).toBeVisible();
  await expect(page.getByLabel('Tekst')).toHaveValue(/vaste contactpersoon/);
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: 'Ja, de bewoner gaf toestemming' }).check();
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(stories.getByRole('article').filter({ hasText: 'vaste contactpersoon' })).toContainText('Mag gepubliceerd worden');

  // the round's edit form (axe)
  await page.getByRole('link', { name: 'Ronde wijzigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gespreksronde wijzigen' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Gebied 2', exact: true }).getByLabel('45 tot 65 jaar')).toHaveValue('11');
  await expectNoAxeViolations(page);
});

test('de themapagina bestaanszekerheid zet cijfers, verhalen en inspanningen naast elkaar', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  // a result of effort 3 that takes its progress from an indicator (through the API, with the session's token)
  const session = (await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string };
  const efforts = (await (await page.request.get('/api/v1/efforts')).json()) as { items: { id: string; code: string }[] };
  const indicators = (await (await page.request.get('/api/v1/indicators?theme=bestaanszekerheid')).json()) as { items: { id: string; key: string }[] };
  const created = await page.request.post(`/api/v1/efforts/${efforts.items.find((e) => e.code === '3')!.id}/results`, {
    headers: { 'x-csrf-token': session.csrfToken },
    data: {
      description: 'Minder huishoudens in Noord die moeilijk rondkomen',
      indicatorId: indicators.items.find((i) => i.key === 'nibud_rondkomen')!.id,
      indicatorAreaCode: 'KS-BRUNSSUM-NOORD',
      indicatorBaselinePeriod: '2020',
      indicatorTarget: '15',
    },
  });
  expect(created.status()).toBe(201);

  await menu(page, 'Cijfers en verhalen', 'Thema’s');
  await expect(page.getByRole('heading', { level: 1, name: 'Thema’s' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Bestaanszekerheid' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bestaanszekerheid' })).toBeVisible();
  await expect(page.getByLabel('Gebied', { exact: true })).toHaveValue('KS-BRUNSSUM-NOORD');

  const figures = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Cijfers' }) });
  await expect(figures.getByRole('heading', { level: 3, name: /Moeite met rondkomen/ })).toBeVisible();
  await expect(figures.getByRole('img', { name: /Moeite met rondkomen: Brunssum Noord en referentiegebieden/ })).toBeVisible();
  const table = figures.getByRole('table', { name: /Moeite met rondkomen: Brunssum Noord/ });
  await expect(table).toContainText('Heerlen-Noord');
  await expect(table).toContainText('Nederland');
  await expect(figures.getByText('Voorbeelddata').first()).toBeVisible();

  const stories = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Verhalen en citaten' }) });
  await expect(stories.getByRole('article').first()).toBeVisible();
  await expect(stories.getByText('Voorbeelddata').first()).toBeVisible();
  await expect(stories).toContainText('Aan het eind van de maand kijk ik wat er nog in de kast staat.');

  const efforts3 = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Inspanningen en resultaten' }) });
  await expect(efforts3.getByRole('link', { name: /Verduurzaming woningen/ })).toBeVisible();
  await expect(efforts3.getByRole('link', { name: /Tussen wal en schip-budget/ })).toBeVisible();
  await expect(efforts3).toContainText('Minder huishoudens in Noord die moeilijk rondkomen');
  await expect(efforts3.getByText(/^Voortgang: /).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // another area: the page follows, with its own reference areas
  await page.getByLabel('Gebied', { exact: true }).selectOption('KS-BRUNSSUM-OOST');
  await expect(page).toHaveURL(/gebied=KS-BRUNSSUM-OOST/);
  await expect(figures.getByRole('img', { name: /Moeite met rondkomen: Brunssum Oost en referentiegebieden/ })).toBeVisible();
  await expect(stories).toContainText('Eén brief van de Belastingdienst');
  await expectNoAxeViolations(page);
});

test('thema’s coderen en hercoderen, alleen met het toetsenbord', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  await page.goto('/stem-van-bewoners/themas');
  await expect(page.getByRole('heading', { level: 1, name: 'Thema’s van verhalen' })).toBeVisible();
  await expectNoAxeViolations(page);

  // add a theme code: focus the first field, then Tab, type and Enter only
  await page.getByRole('textbox', { name: 'Thema', exact: true }).focus();
  await page.keyboard.type('Energiearmoede');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Hoort bij monitoringthema')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Hoort bij monitoringthema')).toHaveValue('bestaanszekerheid');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hoge energierekening, slecht geïsoleerd huis.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Thema "Energiearmoede" toegevoegd.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Thema’s met het aantal verhalen' })).toContainText('Energiearmoede');

  // recode the demo code "Schulden en rondkomen" into "Bestaanszekerheid", by keyboard
  await page.getByLabel('Verhalen met thema', { exact: true }).focus();
  const from = page.getByLabel('Verhalen met thema', { exact: true });
  const fromValue = await from.locator('option', { hasText: /^Schulden en rondkomen/ }).getAttribute('value');
  while ((await from.inputValue()) !== fromValue) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Krijgen thema', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Krijgen thema', { exact: true })).toHaveValue(/.+/);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Valt onder bestaanszekerheid');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /verhalen gehercodeerd van Schulden en rondkomen naar Bestaanszekerheid/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Thema’s met het aantal verhalen' })).not.toContainText('Schulden en rondkomen');
  await expectNoAxeViolations(page);

  // the recode is in a story's coding history
  await page.goto('/stem-van-bewoners?thema=bestaanszekerheid');
  const story = page.getByRole('article').filter({ hasText: 'Eén brief van de Belastingdienst' });
  await story.getByText('Codering en hercodering').click();
  await expect(story).toContainText('(Valt onder bestaanszekerheid)');
  await expectNoAxeViolations(page);
});
