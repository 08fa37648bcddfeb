import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** The Drizzle database, whichever engine is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle: same API as Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

/** Thrown when another process holds the data directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `De datamap ${dataDir} is al in gebruik door een ander Koers-proces (pid ${holderPid}). ` +
        `Stop dat proces eerst; er is niets gewijzigd.\n` +
        `The data directory ${dataDir} is already in use by another Koers process (pid ${holderPid}). ` +
        `Stop that process first; nothing was changed.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes an exclusive lock on a PGlite data directory: PGlite has no lock between processes,
 * and two processes on one directory silently lose committed rows. The lock is a file created
 * with O_EXCL holding our pid. A lock left by a crashed process (pid no longer alive) is moved
 * aside with an atomic rename, so of two processes racing for a stale lock only one wins.
 * Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'koers.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(lockPath, 'utf8') === String(process.pid)) rmSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: number;
      try {
        holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      } catch {
        continue; // removed meanwhile: try again
      }
      if (pidAlive(holder) && holder !== process.pid) throw new DataDirLockedError(dataDir, holder);
      if (holder === process.pid) throw new DataDirLockedError(dataDir, holder);
      // stale lock from a crashed process: move it aside atomically, then retry
      try {
        renameSync(lockPath, `${lockPath}.stale-${process.pid}-${Date.now()}`);
      } catch {
        /* another process moved it first */
      }
    }
  }
  throw new Error(`Kon de datamap ${dataDir} niet vergrendelen / could not lock the data directory`);
}

/** PGlite extensions the migrations use (PostgreSQL servers ship them in contrib). */
const extensions = { pg_trgm };

/** Opens PGlite in `dataDir/pg` (taking the lock) or, when `databaseUrl` is set, a pg pool. */
export async function openDatabase(opts: { dataDir?: string; databaseUrl?: string; inMemory?: boolean; loadDataDir?: Blob }): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    let closing = false;
    // An idle connection can be ended by the server (restart, failover, a dropped database).
    // node-postgres then emits 'error' on the pool; without a listener that would crash Koers.
    // The pool replaces the connection on the next query; running queries still fail normally.
    pool.on('error', (err) => {
      if (!closing) console.error(`PostgreSQL: een inactieve verbinding is verbroken / an idle connection was closed: ${err.message}`);
    });
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    return {
      db,
      engine: 'postgres',
      close: () => {
        closing = true;
        return pool.end();
      },
    };
  }
  let release = () => {};
  let client: PGlite;
  if (opts.inMemory) {
    client = await PGlite.create({ loadDataDir: opts.loadDataDir, extensions });
  } else {
    if (!opts.dataDir) throw new Error('dataDir is required for PGlite');
    release = lockDataDir(opts.dataDir);
    try {
      client = await PGlite.create(join(opts.dataDir, 'pg'), { extensions });
    } catch (err) {
      release();
      throw err;
    }
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

/** Applies the committed migrations. On PostgreSQL an advisory lock keeps two starting servers apart. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.engine === 'postgres') {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(727274)`);
      // migrate runs on the pool; the advisory lock is held until this transaction ends
      await migratePg(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
    });
  } else {
    await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  }
}

export function dataDirExists(dataDir: string): boolean {
  return existsSync(join(dataDir, 'pg', 'PG_VERSION'));
}
