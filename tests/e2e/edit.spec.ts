import { effortId, expect, loginAs, test } from './fixtures';

test('bewerken: validatiefout, persoonsgegevens geweigerd, dan opslaan en de geschiedenis zien', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  const id = await effortId(page, '7');
  await page.goto(`/inspanningen/${id}`);
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('7 Herijking Sociaal Domein bewerken');

  // Planning is N.t.b. in the document: mark it filled without text
  const planning = page.getByRole('group', { name: 'Planning' });
  await planning.getByRole('radio', { name: 'Ingevuld' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Er is iets niet goed ingevuld');
  await expect(summary).toContainText('Vul tekst in, of kies "N.t.b." als het veld nog open is.');
  await expect(planning.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');

  // text with a BSN (passes the 11-test) is refused
  await planning.getByRole('textbox').fill('Gesprek met bewoner 111222333 in januari');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('burgerservicenummer');

  // nothing was saved
  const before = await (await page.request.get(`/api/v1/efforts/${id}`)).json();
  expect(before.fields.find((f: { key: string }) => f.key === 'planning').state).toBe('ntb');

  await planning.getByRole('textbox').fill('Eerste experimenten in Noord en Oost in 2026.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Wijzigingen opgeslagen.')).toBeVisible();
  const row = page.locator('.koers-form-view__row', { hasText: 'Planning' });
  await expect(row).toContainText('Eerste experimenten in Noord en Oost in 2026.');

  await row.getByRole('link', { name: 'Geschiedenis Planning' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Planning');
  const entry = page.locator('.koers-history__item').first();
  await expect(entry).toContainText('Demo programmamanager');
  await expect(entry).toContainText('Status: N.t.b. → ingevuld');
  await expect(entry.locator('ins')).toContainText('Eerste experimenten in Noord en Oost in 2026.');

  // a second edit shows old and new text as a word diff
  await page.goto(`/inspanningen/${id}/bewerken`);
  await page.getByRole('group', { name: 'Planning' }).getByRole('textbox').fill('Eerste experimenten in Oost in 2027.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Wijzigingen opgeslagen.')).toBeVisible();
  await page.goto(`/inspanningen/${id}/geschiedenis?veld=planning`);
  const latest = page.locator('.koers-history__item').first();
  await expect(latest.locator('del')).toContainText(['Noord en']);
  await expect(latest.locator('ins')).toContainText(['2027']);
});

test('de projectleider bewerkt alleen de eigen inspanning; lezers bewerken niets', async ({ page }) => {
  await loginAs(page, 'projectleider');
  await page.goto(`/inspanningen/${await effortId(page, '1')}`);
  await expect(page.getByRole('link', { name: 'Bewerken' })).toBeVisible();
  await page.goto(`/inspanningen/${await effortId(page, '1.A')}`);
  await expect(page.getByRole('link', { name: 'Bewerken' })).toBeVisible();
  await page.goto(`/inspanningen/${await effortId(page, '3')}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tussen wal en schip');
  await expect(page.getByRole('link', { name: 'Bewerken' })).toHaveCount(0);
  await page.goto(`/inspanningen/${await effortId(page, '3')}/bewerken`);
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();

  for (const role of ['raadslid', 'ambassadeur'] as const) {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await loginAs(page, role);
    for (const code of ['1', '3', '6']) {
      await page.goto(`/inspanningen/${await effortId(page, code)}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Bewerken' })).toHaveCount(0);
    }
  }
});
