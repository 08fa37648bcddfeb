import { ROLES } from '../../src/shared/roles';
import { PASSWORD, expect, loginAs, test } from './fixtures';

test.describe('inloggen', () => {
  for (const role of ROLES) {
    test(`${role} logt in en ziet het programma`, async ({ page }) => {
      await loginAs(page, role);
      await expect(page.getByRole('link', { name: /1 Verduurzaming woningen/ })).toBeVisible();
      await expect(page.getByRole('link', { name: /4 Sociaal Veilig Brunssum/ })).toBeVisible();
      await expect(page.getByText('Voorbeeldaccount')).toBeVisible();
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      const admin = role === 'programmamanager' || role === 'beheerder';
      await expect(nav.getByRole('link', { name: 'Beheer' })).toHaveCount(admin ? 1 : 0);
      if (admin) {
        await nav.getByRole('link', { name: 'Beheer' }).click();
        const section = page.getByRole('navigation', { name: 'Beheer', exact: true });
        if (role === 'beheerder') await expect(section.getByRole('link', { name: 'Logboek' })).toHaveCount(1);
        await expect(section.getByRole('link', { name: 'Gebruikers' })).toHaveCount(role === 'beheerder' ? 1 : 0);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Logboek/);
      }
    });
  }

  test('een verkeerd wachtwoord geeft een Nederlandse melding en geen toegang', async ({ page }) => {
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('raadslid@koers.test');
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByRole('alert')).toContainText('Het e-mailadres of het wachtwoord klopt niet.');
    await expect(page).toHaveURL(/\/inloggen/);
  });

  test('lege velden worden bij het veld gemeld', async ({ page }) => {
    await page.goto('/inloggen');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Vul uw e-mailadres in.')).toBeVisible();
    await expect(page.getByText('Vul uw wachtwoord in.')).toBeVisible();
  });

  test('uitloggen beëindigt de sessie; een beveiligde pagina stuurt naar inloggen en daarna terug', async ({ page }) => {
    await loginAs(page, 'ambassadeur');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/inloggen/);
    await page.goto('/raadsvragen');
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Fraadsvragen/);
    await page.getByLabel('E-mailadres').fill('ambassadeur@koers.test');
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Raadsvragen' })).toBeVisible();
  });
});
