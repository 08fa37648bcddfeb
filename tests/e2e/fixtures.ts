import AxeBuilder from '@axe-core/playwright';
import { type Page, test as base, expect } from '@playwright/test';
import type { Role } from '../../src/shared/roles';

export const PASSWORD = 'e2e-wachtwoord-koers';

export async function loginAs(page: Page, role: Role) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(`${role}@koers.test`);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brunssum Noord en Oost' })).toBeVisible();
}

/** Zero axe violations against WCAG 2.1 A and AA. */
export async function expectNoAxeViolations(page: Page) {
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const readable = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(readable, `axe violations on ${page.url()}`).toEqual([]);
}

/** id of an effort by its code, through the API with the page's session */
export async function effortId(page: Page, code: string): Promise<string> {
  const res = await page.request.get('/api/v1/efforts');
  const body = (await res.json()) as { items: { id: string; code: string }[] };
  const e = body.items.find((x) => x.code === code);
  if (!e) throw new Error(`no effort ${code}`);
  return e.id;
}

/** Go to a page through the two-level menu: the section in the main menu, then the page in that section's row. */
export async function menu(page: Page, section: string, item?: string) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: section, exact: true }).click();
  if (item) await page.getByRole('navigation', { name: section, exact: true }).getByRole('link', { name: item, exact: true }).click();
}

export const test = base;
export { expect };
