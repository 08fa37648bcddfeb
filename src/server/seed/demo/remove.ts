/**
 * npm run demo:remove — removes all voorbeelddata: the demo Tussen Wal en Schip cases (their
 * removal written to the data-processing log) and the demo accounts (and their sessions). The programme itself comes from the seed documents and stays. The removal
 * is written to the change log. Refuses while a server holds the embedded database.
 */
import { eq } from 'drizzle-orm';
import { recordChanges } from '../../audit/change-log';
import { loadConfig } from '../../config';
import { DataDirLockedError, migrateDatabase, openDatabase } from '../../db/client';
import { cases, users } from '../../db/schema';
import { logProcessing, systemContext } from '../../domains/cases/processing-log';

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
  const removedCases = await database.db.transaction(async (tx) => {
    const rows = await tx.delete(cases).where(eq(cases.isDemo, true)).returning({ id: cases.id, code: cases.code });
    await logProcessing(
      tx,
      systemContext(),
      rows.map((r) => ({ activity: 'tws.voorbeelddata', caseId: r.id, dataSubject: r.code, details: { voorbeelddata: true } })),
    );
    return rows.length;
  });
  console.log(`Koers: ${removedCases} voorbeeldcasus(sen) verwijderd.`);
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
