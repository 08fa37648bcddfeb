import { effortId, expect, loginAs, test } from './fixtures';

test('toetsenbord: skiplink, boom openklappen en het formulier opslaan', async ({ page }) => {
  await loginAs(page, 'programmamanager');
  // after client-side navigation focus moves to the page's h1 (announced by screen readers)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // on a full page load the first Tab reaches the skip link
  await page.reload();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);

  const toggle = page.getByRole('button', { name: '2 Werken met ambassadeurs openklappen' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '2 Werken met ambassadeurs dichtklappen' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('link', { name: /2\.B Werken met ambassadeurs: inwoners/ })).toBeVisible();

  await page.goto(`/inspanningen/${await effortId(page, '2.C')}/bewerken`);
  const budget = page.getByRole('group', { name: 'Budget' });
  await budget.getByRole('radio', { name: 'Ingevuld' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // a radio group is one tab stop: the next one is the text

  await expect(budget.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Opgenomen in de Regiodeal tot eind 2026.');
  await budget.getByRole('textbox').press('Control+Enter'); // no special handling: stays in the field
  await page.getByRole('button', { name: 'Opslaan' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Wijzigingen opgeslagen.')).toBeVisible();
  await expect(page.locator('.koers-form-view__row', { hasText: 'Budget' })).toContainText('Opgenomen in de Regiodeal tot eind 2026.');
});

test('taalkeuze: de interface schakelt naar het Engels en terug', async ({ page }) => {
  await loginAs(page, 'raadslid');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  const nav = page.getByRole('navigation', { name: 'Main menu' });
  await expect(nav.getByRole('link', { name: 'Programme' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Programme', exact: true }).getByRole('link', { name: 'Council questions' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Programma' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});
