import type { Config } from './config';
import { type Database, migrateDatabase, openDatabase } from './db/client';
import { isSeeded, seedDemoAccounts, seedProgrammeData } from './seed';
import { seedDemoCases } from './seed/demo-cases';
import { seedDemoMonitoring, seedMonitoring } from './domains/monitoring/seed';
import { seedStoryThemes } from './domains/monitoring/voice-service';
import { seedDemoVoice } from './seed/brunssum/voice';

export interface Prepared {
  database: Database;
  seeded: boolean;
  demo: { created: number; generatedPassword?: string };
  /** demo (voorbeelddata) Tussen Wal en Schip cases created on this start */
  demoCases: number;
}

/** Opens the database (taking the data-directory lock), migrates, and seeds an empty database. */
export async function prepareDatabase(config: Config): Promise<Prepared> {
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    await migrateDatabase(database);
    let seeded = false;
    if (!(await isSeeded(database.db))) {
      await seedProgrammeData(database.db);
      seeded = true;
    }
    // monitoring areas and indicators (issue 5): also for databases seeded before monitoring existed
    await seedMonitoring(database.db);
    const demo = config.demoData ? await seedDemoAccounts(database.db, config.demoPassword) : { created: 0 };
    // voorbeelddata cases: once, and only while the demo accounts exist (npm run demo:remove removes both)
    const demoCases = config.demoData ? await seedDemoCases(database.db) : 0;
    // voorbeelddata figures (is_demo): deterministic, once
    if (config.demoData) await seedDemoMonitoring(database.db);
    // voorbeelddata resident voice (rounds, stories; also the standard theme codes for databases seeded before them): once
    await seedStoryThemes(database.db);
    if (config.demoData) await seedDemoVoice(database.db);
    return { database, seeded, demo, demoCases };
  } catch (err) {
    await database.close();
    throw err;
  }
}
