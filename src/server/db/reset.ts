/**
 * npm run db:reset: deletes the embedded database (after taking its lock, so a running
 * server is never pulled from under it). With DATABASE_URL set, drops and recreates the
 * schema instead. The next `npm start` migrates and seeds again.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../config';
import { DataDirLockedError, lockDataDir } from './client';

const config = loadConfig();
if (config.databaseUrl) {
  const client = new pg.Client({ connectionString: config.databaseUrl });
  await client.connect();
  await client.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
  await client.end();
  console.log('Koers: database leeggemaakt (PostgreSQL). Start Koers opnieuw om het programma te laden.');
} else {
  try {
    const release = lockDataDir(config.dataDir);
    rmSync(join(config.dataDir, 'pg'), { recursive: true, force: true });
    release();
    console.log(`Koers: database in ${config.dataDir} verwijderd. Start Koers opnieuw om het programma te laden.`);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(3);
    }
    throw err;
  }
}
