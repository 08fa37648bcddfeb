import { buildApp } from './app';
import { loadConfig } from './config';
import { DataDirLockedError } from './db/client';
import { eraseExpiredCases } from './domains/cases/retention';
import { prepareDatabase } from './start';

async function main() {
  const config = loadConfig();
  let prepared;
  try {
    prepared = await prepareDatabase(config);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(3);
    }
    throw err;
  }
  const { database, seeded, demo, demoCases } = prepared;
  if (seeded) console.log('Koers: programma Brunssum Noord en Oost geladen uit de brondocumenten.');
  if (demo.created > 0) {
    console.log(`Koers: ${demo.created} demo-accounts aangemaakt (programmamanager@koers.test, projectleider@koers.test, …).`);
    if (demo.generatedPassword) {
      console.log(`Koers: wachtwoord van de demo-accounts (wordt maar één keer getoond): ${demo.generatedPassword}`);
    }
  }
  if (demoCases > 0) console.log(`Koers: ${demoCases} voorbeeldcasussen Tussen Wal en Schip aangemaakt (voorbeelddata).`);
  const app = await buildApp({ database, config }, { logger: config.logLevel !== 'silent' });

  // Retention: erase closed cases past KOERS_CASE_RETENTION_MONTHS, once now and then daily.
  const retention = async () => {
    try {
      const { erased } = await eraseExpiredCases(database.db, { months: config.caseRetentionMonths });
      if (erased.length) app.log.info(`bewaartermijn: ${erased.length} afgesloten casus(sen) gewist`);
    } catch (err) {
      app.log.error({ err }, 'bewaartermijn: wissen mislukt; volgende poging over een dag');
    }
  };
  await retention();
  const retentionTimer = setInterval(() => void retention(), 24 * 60 * 60 * 1000);
  retentionTimer.unref();

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    clearInterval(retentionTimer);
    app.log.info(`${signal}: Koers stopt (lopende verzoeken worden afgemaakt)`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await app.close();
      await database.close();
      process.exit(0);
    } catch (err) {
      console.error(err);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  console.log(`Koers draait op http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (database: ${database.engine})`);
}

main().catch((err) => {
  console.error('Koers kon niet starten / could not start:', err);
  process.exit(1);
});
