import { effortId, expect, loginAs, menu, test } from './fixtures';

test('de programmamanager bladert door de boom naar een inspanning en een deelinspanning', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  const tree = page.getByRole('list', { name: 'Inspanningen' });
  const sub = page.getByRole('link', { name: /4\.A Casuistiek overleg/ });
  await expect(sub).toBeHidden();
  await tree.getByRole('button', { name: '4 Sociaal Veilig Brunssum openklappen' }).click();
  await expect(sub).toBeVisible();
  await page.getByRole('link', { name: '4 Sociaal Veilig Brunssum', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('4 Sociaal Veilig Brunssum');
  const labels = await page.locator('.koers-form-view dt > span').allTextContents();
  expect(labels.slice(0, 3)).toEqual(['Projectleider', 'Opdrachtgever', 'Bijdrage aan doelstellingen']);
  expect(labels).toHaveLength(19);
  expect(labels.at(-2)).toBe("Risico's");
  await expect(page.locator('.koers-form-view__row').first()).toContainText('Anoek Vandermullen');
  await expect(page.locator('.koers-form-view__row', { hasText: 'Communicatie' })).toContainText('N.t.b.');
  await page.getByRole('link', { name: '4.B VLB overleg (Veilig Leefbaar Brunssum)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('4.B VLB overleg (Veilig Leefbaar Brunssum)');
  await expect(page.getByText('geen eigen projectformulier')).toBeVisible();
  await page.getByRole('link', { name: '4 Sociaal Veilig Brunssum' }).last().click();
  await expect(page).toHaveURL(new RegExp(`/inspanningen/${await effortId(page, '4')}$`));
});

test('zoeken vindt tekst in alle formulieren en markeert de treffer', async ({ page }) => {
  await loginAs(page, 'raadslid');
  await menu(page, 'Programma', 'Zoeken');
  await page.getByLabel('Zoeken in alle projectformulieren').fill('Weller');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page.getByText(/resultaten? voor "Weller"/)).toBeVisible();
  const result = page.locator('.koers-results__item', { has: page.getByRole('link', { name: /1 Verduurzaming woningen/ }) });
  await expect(result.locator('mark').first()).toHaveText('Weller');
  await page.getByLabel('Zoeken in alle projectformulieren').fill('xyzzy');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await expect(page.getByText('Geen resultaten voor "xyzzy". Probeer een ander woord.')).toBeVisible();
});

test('het overzicht open velden toont het Schutterspark met zijn N.t.b.-velden', async ({ page }) => {
  await loginAs(page, 'raadslid');
  await page.goto('/open-velden');
  const row = page.getByRole('row', { name: /6 Ontwikkeling Schutterspark/ });
  await expect(row).toContainText('Projectleider');
  await expect(row).toContainText('Budget');
  await expect(row).toContainText('N.t.b.');
  await expect(page.getByRole('row', { name: /1 Verduurzaming woningen/ })).toHaveCount(0);
});

test('principes, doelstellingen, organisaties, personen en raadsvragen', async ({ page }) => {
  await loginAs(page, 'ambassadeur');
  const nav = page.getByRole('navigation', { name: 'Programma', exact: true });
  await nav.getByRole('link', { name: 'Principes' }).click();
  await page.getByRole('link', { name: 'Mensgericht' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mensgericht');
  await expect(page.getByRole('link', { name: /4 Sociaal Veilig Brunssum/ })).toBeVisible();

  await nav.getByRole('link', { name: 'Doelstellingen' }).click();
  await page.getByRole('link', { name: 'Common ground tussen systeem- en leefwereld' }).click();
  await expect(page.getByRole('link', { name: /3 Tussen wal en schip-budget/ })).toBeVisible();

  await nav.getByRole('link', { name: 'Organisaties' }).click();
  await page.getByRole('link', { name: 'Woningcorporatie Weller' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Woningcorporatie Weller');
  await expect(page.getByRole('link', { name: /1 Verduurzaming woningen/ })).toBeVisible();

  await nav.getByRole('link', { name: 'Personen' }).click();
  await page.getByRole('link', { name: 'Evelien Meijerink' }).click();
  await expect(page.getByRole('link', { name: /3 Tussen wal en schip-budget/ }).first()).toBeVisible();
  await expect(page.getByText('projectleider').first()).toBeVisible();

  await nav.getByRole('link', { name: 'Raadsvragen' }).click();
  await expect(page.locator('.koers-council__item')).toHaveCount(13);
  const q13 = page.locator('summary', { hasText: 'Structurele versus incidentele hulp' });
  await q13.click();
  await expect(page.getByText(/Het Tussen Wal en Schip budget is een lerend systeem/)).toBeVisible();
});
