/**
 * Vitest global setup for the API suite: builds one migrated, seeded database as a template,
 * so every test file starts from a copy in well under a second instead of running initdb.
 * - PGlite (default): a data-directory dump in .cache/test-template.tar.gz
 * - PostgreSQL (KOERS_TEST_DB=postgres, DATABASE_URL=postgres://…/postgres): a template database
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrateDatabase, openDatabase } from '../db/client';
import { seedDemoAccounts, seedProgrammeData } from '../seed';
import { TEMPLATE_DB, TEMPLATE_FILE, TEST_PASSWORD, adminUrl } from './env';

export default async function setup() {
  if (process.env.KOERS_TEST_DB === 'postgres') {
    const admin = new pg.Client({ connectionString: adminUrl() });
    await admin.connect();
    // leftovers of an earlier aborted run
    const old = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'koers_test_%' or datname = $1`, [TEMPLATE_DB]);
    for (const { datname } of old.rows) await admin.query(`drop database if exists "${datname}" with (force)`);
    await admin.query(`create database "${TEMPLATE_DB}"`);
    const url = new URL(adminUrl());
    url.pathname = `/${TEMPLATE_DB}`;
    const database = await openDatabase({ databaseUrl: url.toString() });
    await migrateDatabase(database);
    await seedProgrammeData(database.db);
    await seedDemoAccounts(database.db, TEST_PASSWORD);
    await database.close();
    await admin.end();
    return async () => {
      const a = new pg.Client({ connectionString: adminUrl() });
      await a.connect();
      const rows = await a.query<{ datname: string }>(`select datname from pg_database where datname like 'koers_test_%' or datname = $1`, [TEMPLATE_DB]);
      for (const { datname } of rows.rows) await a.query(`drop database if exists "${datname}" with (force)`);
      await a.end();
    };
  }
  const database = await openDatabase({ inMemory: true });
  await migrateDatabase(database);
  await seedProgrammeData(database.db);
  await seedDemoAccounts(database.db, TEST_PASSWORD);
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir('gzip');
  mkdirSync('.cache', { recursive: true });
  writeFileSync(TEMPLATE_FILE, Buffer.from(await dump.arrayBuffer()));
  await database.close();
}
