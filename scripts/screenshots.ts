/**
 * Screenshots of every page, for review and for the docs: `npm run screenshots`.
 * Needs a running Koers (KOERS_URL, default http://127.0.0.1:3000) with demo accounts whose
 * password is in KOERS_DEMO_PASSWORD. Writes PNGs to screenshots/ (git-ignored); pass
 * --docs to also write the README's overview to docs/screenshots/.
 */
import { mkdirSync, copyFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const BASE = process.env.KOERS_URL ?? 'http://127.0.0.1:3000';
const PASSWORD = process.env.KOERS_DEMO_PASSWORD;
if (!PASSWORD) throw new Error('Set KOERS_DEMO_PASSWORD to the demo accounts’ password.');
const OUT = 'screenshots';
mkdirSync(OUT, { recursive: true });

async function login(page: Page, role: string) {
  await page.goto(`${BASE}/inloggen`);
  await page.getByLabel('E-mailadres').fill(`${role}@koers.test`);
  await page.getByLabel('Wachtwoord').fill(PASSWORD!);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Brunssum Noord en Oost' }).waitFor();
}

async function shot(page: Page, name: string, path: string) {
  await page.goto(`${BASE}${path}`);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
  console.log(`${OUT}/${name}.png  ${path}`);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  await shot(page, '01-inloggen', '/inloggen');
  await login(page, 'programmamanager');
  const efforts = (await (await page.request.get(`${BASE}/api/v1/efforts`)).json()) as { items: { id: string; code: string }[] };
  const id = (code: string) => efforts.items.find((e) => e.code === code)!.id;
  await shot(page, '02-overzicht', '/');
  await page.getByRole('button', { name: 'Alles openklappen' }).click();
  await page.screenshot({ path: `${OUT}/03-boom-open.png`, fullPage: true });
  await shot(page, '04-inspanning', `/inspanningen/${id('4')}`);
  await shot(page, '05-deelinspanning', `/inspanningen/${id('8.C')}`);
  await shot(page, '06-bewerken', `/inspanningen/${id('2.C')}/bewerken`);
  await page.getByRole('group', { name: 'Communicatie' }).getByRole('radio', { name: 'Ingevuld' }).check();
  await page.getByRole('group', { name: 'Communicatie' }).getByRole('textbox').fill('');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Er is iets niet goed ingevuld').waitFor();
  await page.screenshot({ path: `${OUT}/07-bewerken-fout.png`, fullPage: false });
  // two real edits, so the history shows a diff
  for (const text of ['Via de nieuwsbrief en de wijkavonden in Noord en Oost.', 'Via de nieuwsbrief, de wijkavonden in Noord en Oost en de ambassadeurs zelf.']) {
    await page.goto(`${BASE}/inspanningen/${id('2.C')}/bewerken`);
    await page.getByRole('group', { name: 'Communicatie' }).getByRole('radio', { name: 'Ingevuld' }).check();
    await page.getByRole('group', { name: 'Communicatie' }).getByRole('textbox').fill(text);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Wijzigingen opgeslagen.').waitFor();
  }
  await shot(page, '08-geschiedenis', `/inspanningen/${id('2.C')}/geschiedenis`);
  await shot(page, '09-zoeken', '/zoeken?q=Regiodeal');
  await shot(page, '10-open-velden', '/open-velden');
  await shot(page, '11-principes', '/principes');
  await shot(page, '12-doelstellingen', '/doelstellingen');
  await shot(page, '13-organisaties', '/organisaties');
  await shot(page, '14-personen', '/personen');
  await shot(page, '15-raadsvragen', '/raadsvragen');
  await shot(page, '16-logboek', '/logboek');
  await page.goto(`${BASE}/organisaties`);
  await page.getByRole('link', { name: 'K2', exact: true }).click();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${OUT}/17-organisatie.png`, fullPage: true });
  // steering cycle and finance (issue 3)
  await shot(page, '20-sturing', `/inspanningen/${id('5')}/sturing`);
  await page.getByRole('button', { name: 'Risico toevoegen' }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Er is iets niet goed ingevuld').waitFor();
  await page.screenshot({ path: `${OUT}/21-sturing-fout.png`, fullPage: false });
  await shot(page, '22-aandacht', '/signalen');
  await shot(page, '23-risicos', '/risicos');
  await shot(page, '24-financien', '/financien');
  await shot(page, '25-planning', '/roadmap');
  await shot(page, '26-afhankelijkheden', '/afhankelijkheden');
  const mobile = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', storageState: await context.storageState() });
  const phone = await mobile.newPage();
  await shot(phone, '18-mobiel-inspanning', `/inspanningen/${id('1')}`);
  await shot(phone, '19-mobiel-overzicht', '/');
  await shot(phone, '27-mobiel-sturing', `/inspanningen/${id('5')}/sturing`);
  await shot(phone, '28-mobiel-risicos', '/risicos');
  // Tussen Wal en Schip casework (issue 4)
  const cases = (await (await page.request.get(`${BASE}/api/v1/cases`)).json()) as { items: { id: string }[] };
  await shot(page, '30-casussen', '/casussen');
  if (cases.items[0]) await shot(page, '31-casus', `/casussen/${cases.items[0].id}`);
  await shot(page, '32-casusoverzicht', '/casusoverzicht');
  await shot(page, '33-leren', '/leren');
  await shot(phone, '34-mobiel-casusoverzicht', '/casusoverzicht');
  const worker = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const workerPage = await worker.newPage();
  await login(workerPage, 'casusregisseur');
  await shot(workerPage, '35-casus-registreren', '/casussen/nieuw');
  await workerPage.getByLabel('Korte probleemschets').fill('Inwoner met BSN 111222333 valt tussen wal en schip.');
  await workerPage.getByRole('button', { name: 'Casus registreren' }).click();
  await workerPage.getByText('Er is iets niet goed ingevuld').waitFor();
  await workerPage.screenshot({ path: `${OUT}/36-casus-registreren-fout.png`, fullPage: true });
  const council = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const councilPage = await council.newPage();
  await login(councilPage, 'raadslid');
  await shot(councilPage, '37-casusoverzicht-raadslid', '/casusoverzicht');
  await shot(page, '38-casusoverleggen', '/casusoverleggen');
  await shot(page, '39-systeemsignalen', '/systeemsignalen');
  await shot(page, '40-tws-budget', '/tws-budget');
  // Monitoring: figures and stories (issue 5)
  await shot(page, '41-cijfers', '/monitoring');
  const indicators = (await (await page.request.get(`${BASE}/api/v1/indicators`)).json()) as { items: { id: string; key: string }[] };
  const poor = indicators.items.find((i) => i.key.includes('rondkomen')) ?? indicators.items[0];
  if (poor) await shot(page, '42-indicator', `/monitoring/indicatoren/${poor.id}`);
  await shot(page, '43-vergelijken', '/monitoring/vergelijken');
  await shot(page, '44-importeren', '/monitoring/importeren');
  await shot(page, '45-stem-van-bewoners', '/stem-van-bewoners');
  const rounds = (await (await page.request.get(`${BASE}/api/v1/conversation-rounds`)).json()) as { items: { id: string }[] };
  if (rounds.items[0]) await shot(page, '46-gespreksronde', `/stem-van-bewoners/rondes/${rounds.items[0].id}`);
  await shot(page, '47-thema-bestaanszekerheid', '/thema/bestaanszekerheid');
  await shot(phone, '48-mobiel-thema', '/thema/bestaanszekerheid');
  if (process.argv.includes('--docs')) {
    mkdirSync('docs/screenshots', { recursive: true });
    copyFileSync(`${OUT}/02-overzicht.png`, 'docs/screenshots/overzicht.png');
    copyFileSync(`${OUT}/04-inspanning.png`, 'docs/screenshots/inspanning.png');
    copyFileSync(`${OUT}/08-geschiedenis.png`, 'docs/screenshots/geschiedenis.png');
    copyFileSync(`${OUT}/20-sturing.png`, 'docs/screenshots/sturing.png');
    copyFileSync(`${OUT}/24-financien.png`, 'docs/screenshots/financien.png');
    copyFileSync(`${OUT}/25-planning.png`, 'docs/screenshots/planning.png');
    copyFileSync(`${OUT}/39-systeemsignalen.png`, 'docs/screenshots/systeemsignalen.png');
    copyFileSync(`${OUT}/47-thema-bestaanszekerheid.png`, 'docs/screenshots/thema.png');
  }
} finally {
  await browser.close();
}
