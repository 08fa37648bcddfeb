/**
 * `npm run bench:theme`: the theme page API (and the other resident-voice reads) at national scale.
 *
 * For each engine (PGlite; PostgreSQL when available, as bench/run.ts starts it) it prepares a
 * database — migrate, seed Brunssum, then set-based in SQL: about 17,000 areas (340 gemeenten,
 * 3,400 wijken, 13,600 buurten, the size of the CBS Kerncijfers wijken en buurten file) with values
 * for every indicator of the theme bestaanszekerheid over five years, 10,000 stories with theme
 * codes, one conversation round and 200 results that take their progress from an indicator —,
 * starts the real server as a child process, and loads each endpoint with 20 concurrent clients
 * (autocannon). Figures are ratios to GET /api/v1/health in the same run against the same server.
 *
 * Environment: BENCH_SECONDS (default 5), BENCH_CONNECTIONS (default 20), BENCH_ENGINES
 * (pglite,postgres), BENCH_DATABASE_URL (an existing PostgreSQL maintenance URL).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, migrateDatabase, openDatabase } from '../src/server/db/client';
import { seedDemoAccounts, seedProgrammeData } from '../src/server/seed';
import { login, startThrowawayPostgres } from './lib';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const PASSWORD = 'benchmark-wachtwoord';
const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.cache', 'bench-theme');
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((s) => s.trim()) as ('pglite' | 'postgres')[];

interface Row {
  engine: string;
  endpoint: string;
  rps: number;
  p50: number;
  p95: number;
  requests: number;
  mode: 'duration' | 'rounds';
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function cannon(url: string, cookie: string, seconds: number) {
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon({ url, connections: CONNECTIONS, headers: { cookie }, duration: seconds, timeout: 120 }, (err, res) => (err ? fail(err) : done(res)));
    instance.on('response', (_c, status, _b, ms) => {
      if (status !== 200) errors++;
      times.push(ms);
    });
  });
  times.sort((a, b) => a - b);
  return { requests: times.length, rps: times.length / result.duration, p50: percentile(times, 50), p95: percentile(times, 95), errors: errors + result.errors + result.timeouts };
}

/** a fixed number of requests (every client makes `rounds`), waiting for all of them: for endpoints too slow for the timed run */
async function rounds(url: string, cookie: string, n: number) {
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon({ url, connections: CONNECTIONS, headers: { cookie }, amount: n * CONNECTIONS, timeout: 120 }, (err, res) => (err ? fail(err) : done(res)));
    instance.on('response', (_c, status, _b, ms) => {
      if (status !== 200) errors++;
      times.push(ms);
    });
  });
  times.sort((a, b) => a - b);
  return { requests: times.length, rps: times.length / result.duration, p50: percentile(times, 50), p95: percentile(times, 95), errors: errors + result.errors + result.timeouts, mode: 'rounds' as const };
}

async function load(url: string, cookie: string) {
  await cannon(url, cookie, 1); // warm-up
  await (await fetch(url, { headers: { cookie } })).arrayBuffer(); // let the server work off what is still in flight
  const r = await cannon(url, cookie, SECONDS);
  await (await fetch(url, { headers: { cookie } })).arrayBuffer();
  // fewer responses than clients: the timed run saw only the fastest; measure two requests per client instead
  if (r.errors === 0 && r.requests < CONNECTIONS) return rounds(url, cookie, 2);
  return { ...r, mode: 'duration' as const };
}

async function waitForHealth(base: string, child: ChildProcess) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become healthy');
}

function startServer(env: Record<string, string>, port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', KOERS_DEMO_PASSWORD: PASSWORD, KOERS_LOGIN_RATE_LIMIT: '1000', KOERS_DEMO_DATA: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}



/** National scale, set-based: areas, values of the theme's indicators, stories, a round, linked results. */
async function generate(database: Database) {
  const { db } = database;
  const count = async (q: string) => Number(((await db.execute(sql.raw(q))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
  const t0 = performance.now();
  await db.execute(sql`
    insert into areas (code, name, level, parent_id, sort_order)
    select 'GM' || (1000 + g)::text, 'Benchgemeente ' || g, 'gemeente', null, 1000 from generate_series(1, 340) g`);
  await db.execute(sql`
    insert into areas (code, name, level, parent_id, sort_order)
    select 'WK' || substr(p.code, 3) || lpad(w::text, 2, '0'), 'Benchwijk ' || substr(p.code, 3) || '-' || w, 'wijk', p.id, 1000
    from areas p cross join generate_series(0, 9) w where p.name like 'Benchgemeente %'`);
  await db.execute(sql`
    insert into areas (code, name, level, parent_id, sort_order)
    select 'BU' || substr(p.code, 3) || lpad(b::text, 2, '0'), 'Benchbuurt ' || substr(p.code, 3) || '-' || b, 'buurt', p.id, 1000
    from areas p cross join generate_series(0, 3) b where p.name like 'Benchwijk %'`);
  await db.execute(sql`
    insert into indicator_values (indicator_id, area_id, period, value, source, retrieved_on, is_demo)
    select i.id, a.id, p::text, round(10 + (abs(hashtext(a.code || i.key || p::text)) % 2000) / 100.0, 1), 'Benchmark', '2026-01-01', true
    from areas a cross join indicators i cross join generate_series(2020, 2024) p
    where i.theme = 'bestaanszekerheid'
    on conflict do nothing`);
  await db.execute(sql`
    insert into stories (kind, text, area_id, consent, is_demo, created_at, updated_at)
    select case when g % 3 = 0 then 'verhaal' else 'citaat' end, 'Benchmarkverhaal ' || g || ', geen echte tekst.',
      (select id from areas where code = (array['KS-BRUNSSUM-NOORD', 'KS-BRUNSSUM-OOST', 'KS-BRUNSSUM-REST'])[1 + g % 3]),
      g % 4 <> 0, true, now() - (g || ' minutes')::interval, now()
    from generate_series(1, 10000) g`);
  await db.execute(sql`
    insert into story_theme_links (story_id, theme_id)
    select s.id, t.id from stories s join story_themes t on t.is_standard and t.sort_order = (abs(hashtext(s.id::text)) % 8)
    on conflict do nothing`);
  await db.execute(sql`
    insert into story_theme_links (story_id, theme_id)
    select s.id, t.id from stories s join story_themes t on t.key = 'bestaanszekerheid' where abs(hashtext(s.text)) % 5 = 0
    on conflict do nothing`);
  await db.execute(sql`
    insert into conversation_rounds (title, period_from, period_to, method, conducted_by, is_demo)
    values ('Benchmarkronde', '2026-01-05', '2026-02-27', 'telefonisch_willekeurig', 'Benchmarkteam', true)`);
  await db.execute(sql`
    insert into conversation_round_reach (round_id, area_id, age_band, reached)
    select r.id, a.id, b, 5 + (abs(hashtext(a.code || b)) % 40)
    from conversation_rounds r cross join areas a cross join unnest(array['15_24', '25_44', '45_64', '65_oo', 'onbekend']) b
    where r.title = 'Benchmarkronde' and a.code in ('KS-BRUNSSUM-NOORD', 'KS-BRUNSSUM-OOST', 'KS-BRUNSSUM-REST')`);
  // population per age band for the programme areas (the representativeness reads these)
  await db.execute(sql`
    insert into indicator_values (indicator_id, area_id, period, value, source, retrieved_on, is_demo)
    select i.id, a.id, p::text, 500 + abs(hashtext(a.code || i.key || p::text)) % 1500, 'Benchmark', '2026-01-01', true
    from areas a cross join indicators i cross join generate_series(2020, 2024) p
    where i.key like 'cbs_leeftijd_%' and a.level = 'programmagebied'
    on conflict do nothing`);
  await db.execute(sql`
    insert into results (effort_id, description, indicator_id, indicator_area_id, indicator_baseline_period, indicator_target, sort_order)
    select e.id, 'Benchmarkresultaat ' || g, i.id, (select id from areas where code = 'WK' || (1000 + 1 + g % 340)::text || '01'), '2020', 10, 100 + g
    from generate_series(1, 200) g cross join efforts e cross join indicators i where e.code = '3' and i.key = 'ggd_moeite_rondkomen'`);
  await db.execute(sql`analyze`);
  return {
    seconds: (performance.now() - t0) / 1000,
    areas: await count('select count(*)::int as n from areas'),
    values: await count('select count(*)::int as n from indicator_values'),
    stories: await count('select count(*)::int as n from stories'),
    results: await count('select count(*)::int as n from results where indicator_id is not null'),
  };
}

async function prepare(engine: 'pglite' | 'postgres', adminUrl?: string) {
  let env: Record<string, string>;
  let database: Database;
  if (engine === 'pglite') {
    const dataDir = join(WORK, 'pglite');
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    database = await openDatabase({ dataDir });
    env = { KOERS_DATA_DIR: dataDir, DATABASE_URL: '' };
  } else {
    const name = 'koers_bench_theme';
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    database = await openDatabase({ databaseUrl: url.toString() });
    env = { DATABASE_URL: url.toString() };
  }
  try {
    await migrateDatabase(database);
    await seedProgrammeData(database.db);
    await seedDemoAccounts(database.db, PASSWORD);
    const g = await generate(database);
    console.log(`  ${engine}: generated in ${g.seconds.toFixed(1)} s: ${g.areas} areas, ${g.values} indicator values, ${g.stories} stories, ${g.results} results linked to an indicator`);
    return { env, generated: g };
  } finally {
    await database.close();
  }
}

const fmt = (n: number, d = 1) => n.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });

async function main() {
  mkdirSync(WORK, { recursive: true });
  const rows: Row[] = [];
  let pgServer: { url: string; stop: () => void } | null = null;
  let adminUrl = process.env.BENCH_DATABASE_URL;
  if (engines.includes('postgres') && !adminUrl) {
    pgServer = startThrowawayPostgres(54340, 'theme');
    adminUrl = pgServer?.url;
    if (!adminUrl) console.log('PostgreSQL not available: skipping the postgres run.');
  }
  let port = 3450;
  let generated: Awaited<ReturnType<typeof generate>> | null = null;
  try {
    for (const engine of engines) {
      if (engine === 'postgres' && !adminUrl) continue;
      const prepared = await prepare(engine, adminUrl);
      generated = prepared.generated;
      const base = `http://127.0.0.1:${++port}`;
      const child = startServer(prepared.env, port);
      try {
        await waitForHealth(base, child);
        const cookie = await login(base, PASSWORD, 'raadslid');
        const round = ((await (await fetch(`${base}/api/v1/conversation-rounds`, { headers: { cookie } })).json()) as { items: { id: string }[] }).items[0]!.id;
        const endpoints: [string, string][] = [
          ['GET /api/v1/health', '/api/v1/health'],
          ['GET /api/v1/themes/bestaanszekerheid?area=KS-BRUNSSUM-NOORD', '/api/v1/themes/bestaanszekerheid?area=KS-BRUNSSUM-NOORD'],
          ['GET /api/v1/themes/bestaanszekerheid?area=GM0899', '/api/v1/themes/bestaanszekerheid?area=GM0899'],
          ['GET /api/v1/themes/bestaanszekerheid?area=BU10170203 (a buurt elsewhere)', '/api/v1/themes/bestaanszekerheid?area=BU10170203'],
          ['GET /api/v1/stories?theme=bestaanszekerheid&area=KS-BRUNSSUM-OOST', '/api/v1/stories?theme=bestaanszekerheid&area=KS-BRUNSSUM-OOST'],
          ['GET /api/v1/conversation-rounds/{id}/representativeness', `/api/v1/conversation-rounds/${round}/representativeness`],
        ];
        for (const [endpoint, path] of endpoints) {
          const r = await load(base + path, cookie);
          if (r.errors > 0) throw new Error(`${endpoint}: ${r.errors} failed requests`);
          rows.push({ engine, endpoint, ...r });
          console.log(`  ${engine} ${endpoint}: ${fmt(r.rps, 0)} req/s, p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms`);
        }
      } finally {
        await stopServer(child);
      }
    }
  } finally {
    pgServer?.stop();
  }
  const out = ['| engine | endpoint | req/s | p50 ms | p95 ms | req/s vs health | p95 vs health |', '|---|---|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    const h = rows.find((x) => x.engine === r.engine && x.endpoint === 'GET /api/v1/health')!;
    out.push(`| ${r.engine} | \`${r.endpoint}\`${r.mode === 'rounds' ? ' †' : ''} | ${fmt(r.rps, r.rps < 10 ? 1 : 0)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.rps / h.rps, 3)} | ${fmt(r.p95 / h.p95, 1)}× |`);
  }
  console.log(
    `\nMeasured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:theme\` (${SECONDS} s per endpoint, ${CONNECTIONS} connections, ${cpus().length} cores, ` +
      `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}). Data: ${generated?.areas.toLocaleString('en-GB')} areas, ` +
      `${generated?.values.toLocaleString('en-GB')} indicator values, ${generated?.stories.toLocaleString('en-GB')} stories, ${generated?.results} results linked to an indicator.\n`,
  );
  console.log(out.join('\n'));
  if (rows.some((r) => r.mode === 'rounds')) console.log(`\n† too slow for one response per client in ${SECONDS} s: every client made two requests and all were awaited.`);
}

await main();
