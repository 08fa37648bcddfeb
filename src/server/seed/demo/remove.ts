/**
 * npm run demo:remove — removes all voorbeelddata: the demo Tussen Wal en Schip cases, case
 * conferences and system signals (removeDemoCaseData; each case's removal written to the data-processing log), the demo
 * indicator values and the demo conversation rounds and stories (removeDemoMonitoring), and the demo accounts (and their sessions). The programme itself comes from the seed documents and stays. The removal
 * is written to the change log. Refuses while a server holds the embedded database.
 */
import { eq } from 'drizzle-orm';
import { recordChanges } from '../../audit/change-log';
import { loadConfig } from '../../config';
import { DataDirLockedError, migrateDatabase, openDatabase } from '../../db/client';
import { users } from '../../db/schema';
import { removeDemoCaseData } from '../demo-cases';
import { removeDemoMonitoring } from '../../domains/monitoring/seed';

const config = loadConfig();
let database;
try {
  database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
} catch (err) {
  if (err instanceof DataDirLockedError) {
    console.error(err.message);
    process.exit(3);
  }
  throw err;
}
try {
  await migrateDatabase(database);
  // demo cases, case conferences and system signals (each removed case in the processing log)
  const removedCases = await removeDemoCaseData(database.db);
  console.log(
    `Koers: ${removedCases.cases} voorbeeldcasus(sen), ${removedCases.conferences} voorbeeld-casusoverleg(gen) en ${removedCases.signals} voorbeeld-systeemsignaal/-signalen verwijderd.`,
  );
  // monitoring: demo indicator values (is_demo), and the resident voice's demo stories, rounds and unused demo theme codes
  const monitoring = await removeDemoMonitoring(database.db);
  console.log(
    `Koers: ${monitoring.values} voorbeeldwaarde(n) van indicatoren, ${monitoring.stories} voorbeeldverha(a)l(en) en ${monitoring.rounds} voorbeeldgespreksronde(s) verwijderd.`,
  );
  const removed = await database.db.transaction(async (tx) => {
    const rows = await tx.delete(users).where(eq(users.isDemo, true)).returning({ id: users.id, email: users.email });
    await recordChanges(
      tx,
      null,
      rows.map((r) => ({ entityType: 'user', entityId: r.id, entityLabel: r.email, action: 'delete' as const, before: { email: r.email } })),
    );
    return rows.length;
  });
  console.log(`Koers: ${removed} demo-account(s) verwijderd.`);
} finally {
  await database.close();
}
