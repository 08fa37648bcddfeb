/**
 * `npm run bench`: load benchmark of the programme register.
 *
 * For each engine (PGlite; PostgreSQL when available) and scale (realistic, large) it prepares a
 * database (migrate, seed Brunssum, add the generated benchmark programme with its steering and
 * finance data), starts the real server as a child process (the way `npm start` does), logs in,
 * and loads each endpoint (register, steering and finance) with 20 concurrent clients
 * (autocannon). Figures are reported as ratios to GET /api/v1/health measured in the same run
 * against the same server, so they compare across machines.
 *
 * Environment:
 *   BENCH_SECONDS      seconds per endpoint (default 5, plus 1 s warm-up)
 *   BENCH_CONNECTIONS  concurrent clients (default 20)
 *   BENCH_SCALES       comma list: realistic,large (default both)
 *   BENCH_ENGINES      comma list: pglite,postgres (default both; postgres is skipped if unavailable)
 *   BENCH_DATABASE_URL an existing PostgreSQL server (maintenance DB URL, e.g. postgres://u:p@host/postgres);
 *                      without it, a throwaway server is started from Debian's postgresql if installed
 *   --readme           write the result table into README.md between the bench-results markers
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { migrateDatabase, openDatabase } from '../src/server/db/client';
import { seedDemoAccounts, seedProgrammeData } from '../src/server/seed';
import { CASE_SCALES, generate, generateCases, SCALES, type Scale } from './generate';
import { login, startThrowawayPostgres } from './lib';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const PASSWORD = 'benchmark-wachtwoord';
const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.cache', 'bench');
const list = (v: string | undefined, all: string[]) => (v ? v.split(',').map((s) => s.trim()) : all);
const scales = list(process.env.BENCH_SCALES, ['realistic', 'large']) as Scale[];
const engines = list(process.env.BENCH_ENGINES, ['pglite', 'postgres']) as ('pglite' | 'postgres')[];
/** which groups of endpoints: register (programme, steering, finance) and cases (Tussen Wal en Schip) */
const groups = list(process.env.BENCH_ENDPOINTS, ['register', 'cases']);

interface Row {
  engine: string;
  scale: Scale;
  endpoint: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** 'duration': load for BENCH_SECONDS; 'rounds': too slow for that, so every client made two requests (see load) */
  mode: 'duration' | 'rounds';
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Seconds autocannon waits for one response before it counts a timeout (a failure). */
const TIMEOUT_SECONDS = 120;

type Measured = Omit<Row, 'engine' | 'scale' | 'endpoint'> & { failures: string[] };

/** One autocannon run: for `seconds`, or until every client has made `rounds` requests. */
async function cannon(url: string, cookie: string, until: { seconds: number } | { rounds: number }): Promise<Measured> {
  const times: number[] = [];
  let errors = 0;
  const statuses = new Set<number>();
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        headers: { cookie },
        timeout: TIMEOUT_SECONDS,
        ...('seconds' in until ? { duration: until.seconds } : { amount: until.rounds * CONNECTIONS }),
      },
      (err, res) => (err ? fail(err) : done(res)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status !== 200) {
        errors++;
        statuses.add(status);
      }
      times.push(ms);
    });
  });
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    rps: times.length / result.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: errors + result.errors + result.timeouts,
    mode: 'seconds' in until ? 'duration' : 'rounds',
    failures: [...statuses]
      .sort((a, b) => a - b)
      .map((s) => `HTTP ${s}`)
      .concat(result.errors ? [`${result.errors} connection errors`] : [], result.timeouts ? [`${result.timeouts} timeouts after ${TIMEOUT_SECONDS} s`] : []),
  };
}

/**
 * When a timed run ends, autocannon drops the requests still in flight, but the server works them
 * off: that would slow the next endpoint down, and PGlite does them one at a time. One more request
 * to the same endpoint, queued behind them, returns when they are done.
 */
async function drain(url: string, cookie: string) {
  await (await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(10 * TIMEOUT_SECONDS * 1000) })).arrayBuffer();
}

/**
 * Warm-up (1 s) and `seconds` of measurement. An endpoint so slow that the timed run saw fewer
 * responses than there are clients would report only its fastest responses (the slow ones are
 * dropped at the end) or none at all; it is measured instead by letting every client make two
 * requests and waiting for all of them ('rounds'): its req/s and percentiles are then real, over
 * 2 × BENCH_CONNECTIONS responses.
 */
async function load(url: string, cookie: string, seconds: number): Promise<Measured> {
  await cannon(url, cookie, { seconds: 1 }); // warm-up
  await drain(url, cookie);
  const timed = await cannon(url, cookie, { seconds });
  await drain(url, cookie);
  if (timed.errors > 0 || timed.requests >= CONNECTIONS) return timed;
  return cannon(url, cookie, { rounds: 2 });
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
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', KOERS_DEMO_PASSWORD: PASSWORD, KOERS_LOGIN_RATE_LIMIT: '1000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}



async function prepare(engine: 'pglite' | 'postgres', scale: Scale, adminUrl?: string): Promise<{ env: Record<string, string>; busiest: string }> {
  let env: Record<string, string>;
  let database;
  if (engine === 'pglite') {
    const dataDir = join(WORK, `${scale}-pglite`);
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    database = await openDatabase({ dataDir });
    env = { KOERS_DATA_DIR: dataDir, DATABASE_URL: '' };
  } else {
    const name = `koers_bench_${scale}`;
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
    const t0 = performance.now();
    const g = await generate(database.db, scale);
    console.log(
      `  ${engine}/${scale}: generated in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${g.efforts} efforts, ${g.changeLogRows} change-log rows, ` +
        `${g.milestones} milestones (${g.milestonesOverdue} overdue), ${g.evaluations} evaluations (${g.evaluationsDecided} decided, ${g.evaluationsOverdue} overdue), ` +
        `${g.risks} risks (${g.risksUnassessed} unassessed, ${g.risksReviewOverdue} review overdue), ${g.budgetLines} budget lines ` +
        `(${g.budgetLinesOverPlan} over plan, ${g.budgetLinesAfterSourceEnd} after their source's end, ${g.budgetLinesWithoutSource} without source) ` +
        `over ${g.fundingSources} funding sources${g.fundingSourcesInserted ? ` (${g.fundingSourcesInserted} benchmark sources inserted)` : ''}; ` +
        `busiest effort: ${g.busiest.changeLogRows} change-log rows, ${g.busiest.milestones} milestones, ${g.busiest.evaluations} evaluations, ` +
        `${g.busiest.risks} risks, ${g.busiest.budgetLines} budget lines`,
    );
    const t1 = performance.now();
    const c = await generateCases(database.db, scale);
    console.log(
      `  ${engine}/${scale}: casework generated in ${((performance.now() - t1) / 1000).toFixed(1)} s: ${c.cases} cases, ${c.knelpunten} knelpunten, ` +
        `${c.processingLog} processing-log rows, ${c.conferences} conferences (${c.agenda} agenda entries, ${c.actions} actions), ` +
        `${c.signals} system signals (${c.signalKnelpunten} knelpunten linked), ${c.caseWorkers} case workers (the demo case worker on ${c.demoWorkerCases} cases)`,
    );
    return { env, busiest: g.busiestEffortId };
  } finally {
    await database.close();
  }
}

const describeScale = (scale: Scale) => {
  const s = SCALES[scale];
  const c = CASE_SCALES[scale];
  const n = (v: number) => v.toLocaleString('en-GB');
  return (
    `${n(s.efforts)} efforts / ${n(s.changeLogRows)} change-log rows / ${n(s.milestones)} milestones / ` +
    `${n(s.budgetLines)} budget lines / ${n(s.evaluations)} evaluations / ${n(s.risks)} risks / ` +
    `${n(c.cases)} cases / ${n(c.knelpunten)} knelpunten / ${n(c.processingLog)} processing-log rows`
  );
};

const fmt = (n: number, d = 1) => n.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });

function table(rows: Row[]): string {
  const out = [
    '| engine | scale | endpoint | req/s | p50 ms | p95 ms | req/s vs health | p95 vs health |',
    '|---|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const health = rows.find((h) => h.engine === r.engine && h.scale === r.scale && h.endpoint === 'GET /api/v1/health')!;
    out.push(
      `| ${r.engine} | ${r.scale} | \`${r.endpoint}\`${r.mode === 'rounds' ? ' †' : ''} | ${fmt(r.rps, r.rps < 10 ? 1 : 0)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.rps / health.rps, r.rps / health.rps < 0.01 ? 4 : 3)} | ${fmt(r.p95 / health.p95, 1)}× |`,
    );
  }
  return out.join('\n');
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  const rows: Row[] = [];
  let port = 3400;
  let pgServer: { url: string; stop: () => void } | null = null;
  let adminUrl = process.env.BENCH_DATABASE_URL;
  if (engines.includes('postgres') && !adminUrl) {
    pgServer = startThrowawayPostgres(54330, 'run');
    adminUrl = pgServer?.url;
    if (!adminUrl) console.log('PostgreSQL not available (set BENCH_DATABASE_URL or install postgresql): skipping the postgres runs.');
  }
  try {
    for (const engine of engines) {
      if (engine === 'postgres' && !adminUrl) continue;
      for (const scale of scales) {
        if (!(scale in SCALES)) throw new Error(`unknown scale ${scale}`);
        const { env, busiest } = await prepare(engine, scale, adminUrl);
        const base = `http://127.0.0.1:${++port}`;
        const child = startServer(env, port);
        try {
          await waitForHealth(base, child);
          const cookie = await login(base, PASSWORD);
          const cookies: Record<string, string> = { pm: cookie, raadslid: await login(base, PASSWORD, 'raadslid'), casusregisseur: await login(base, PASSWORD, 'casusregisseur') };
          const register: [string, string][] = [
            ['GET /api/v1/efforts', '/api/v1/efforts'],
            ['GET /api/v1/efforts/{id}', `/api/v1/efforts/${busiest}`],
            ['GET /api/v1/efforts/{id}/history', `/api/v1/efforts/${busiest}/history`],
            ['GET /api/v1/search?q=Schutterspark', '/api/v1/search?q=Schutterspark'],
            ['GET /api/v1/open-fields', '/api/v1/open-fields'],
            ['GET /api/v1/roadmap', '/api/v1/roadmap'],
            ['GET /api/v1/finance/overview', '/api/v1/finance/overview'],
            ['GET /api/v1/signals', '/api/v1/signals'],
            ['GET /api/v1/risks', '/api/v1/risks'],
            ['GET /api/v1/efforts/{id}/steering', `/api/v1/efforts/${busiest}/steering`],
          ];
          // Tussen Wal en Schip: as the programme manager unless a role is named (raadslid: aggregates only)
          const casework: [string, string, string?][] = [
            ['GET /api/v1/learning', '/api/v1/learning'],
            ['GET /api/v1/learning (raadslid)', '/api/v1/learning', 'raadslid'],
            ['GET /api/v1/case-dashboard', '/api/v1/case-dashboard'],
            ['GET /api/v1/case-dashboard (raadslid)', '/api/v1/case-dashboard', 'raadslid'],
            ['GET /api/v1/knelpunten', '/api/v1/knelpunten'],
            ['GET /api/v1/cases', '/api/v1/cases'],
            ['GET /api/v1/cases (casusregisseur)', '/api/v1/cases', 'casusregisseur'],
            ['GET /api/v1/case-attention', '/api/v1/case-attention'],
            ['GET /api/v1/case-attention (casusregisseur)', '/api/v1/case-attention', 'casusregisseur'],
          ];
          const endpoints: [string, string, string?][] = [
            ['GET /api/v1/health', '/api/v1/health'],
            ...(groups.includes('register') ? register : []),
            ...(groups.includes('cases') ? casework : []),
          ];
          for (const [endpoint, path, role] of endpoints) {
            const { failures, ...r } = await load(base + path, cookies[role ?? 'pm']!, SECONDS);
            if (r.errors > 0) throw new Error(`${endpoint}: ${r.errors} failed requests (${failures.join(', ')})`);
            rows.push({ engine, scale, endpoint, ...r });
            console.log(
              `  ${engine}/${scale} ${endpoint}: ${fmt(r.rps, r.rps < 10 ? 1 : 0)} req/s, p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms` +
                (r.mode === 'rounds' ? ` (too slow for ${SECONDS} s: ${r.requests} requests, 2 per client)` : ''),
            );
          }
        } finally {
          await stopServer(child);
        }
      }
    }
  } finally {
    pgServer?.stop();
  }

  const header =
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (${SECONDS} s per endpoint, ${CONNECTIONS} connections, ` +
    `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}; load generator and server share the machine). ` +
    `Scales: realistic = ${describeScale('realistic')}, large = ${describeScale('large')} (on top of the Brunssum programme). ` +
    '"req/s vs health" is the endpoint\'s throughput as a fraction of `GET /api/v1/health` on the same server in the same run; "p95 vs health" the ratio of the 95th-percentile latencies.';
  const slow = rows.some((r) => r.mode === 'rounds')
    ? `\n\n† too slow to give one response per client in ${SECONDS} s: measured with every client making two requests, waiting for all of them (${2 * CONNECTIONS} responses).`
    : '';
  const md = `${header}${slow}\n\n${table(rows)}\n`;
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(ROOT, 'bench', 'results', `${stamp}.json`), JSON.stringify(rows, null, 2));
  writeFileSync(join(ROOT, 'bench', 'results', 'latest.md'), md);
  console.log(`\n${md}`);
  if (process.argv.includes('--readme')) {
    const readme = join(ROOT, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const start = '<!-- bench-results -->';
    const end = '<!-- /bench-results -->';
    const i = text.indexOf(start);
    if (i < 0) throw new Error('README.md has no bench-results marker');
    const j = text.indexOf(end, i);
    const after = j >= 0 ? text.slice(j + end.length) : text.slice(i + start.length);
    writeFileSync(readme, `${text.slice(0, i)}${start}\n${md}${end}${after}`);
    console.log('README.md updated.');
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
