/**
 * `npm run bench:import`: importing a national-size CBS Kerncijfers wijken en buurten file.
 *
 * Generates a KWB CSV in the CBS layout (`;`, decimal comma, `.` for "no figure") with about
 * 17,000 areas (Nederland, ~345 gemeenten, ~3,300 wijken, ~13,300 buurten, realistic CBS codes)
 * × 120 columns (the 7 identification columns and 113 figure columns, of which Koers knows 10),
 * then on each engine runs the import as the server does — parse and check (preview), commit
 * (one transaction), undo — and reports the time of each step and the peak memory (RSS sampled
 * every 20 ms, and the process's maxRSS). The services are called in-process, without HTTP, so the
 * figures are the import's own cost.
 *
 * Environment:
 *   BENCH_ENGINES      comma list: pglite,postgres (default both; postgres is skipped when Debian's
 *                      postgresql is not installed and BENCH_DATABASE_URL is not set)
 *   BENCH_DATABASE_URL an existing PostgreSQL server to use instead of a throwaway one
 *   BENCH_AREAS        number of buurten (default 13,300)
 *
 * `generateKwb()` is exported for other checks (a large file for the import page's progress bar).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { type Database, migrateDatabase, openDatabase } from '../src/server/db/client';
import { users } from '../src/server/db/schema';
import { seedMonitoring } from '../src/server/domains/monitoring/seed';
import { commitImport, previewImport, undoImport } from '../src/server/domains/monitoring/service';
import type { Actor } from '../src/server/policies';
import { seedDemoAccounts, seedProgrammeData } from '../src/server/seed';
import { startThrowawayPostgres } from './lib';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.cache', 'bench-import');
const BUURTEN = Number(process.env.BENCH_AREAS ?? 13_300);
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((s) => s.trim());

// ---------- the file ----------

/** Identification columns and figure columns as in the KWB CSV; the first ones are real KWB names. */
const ID_COLUMNS = ['gwb_code_10', 'gwb_code_8', 'regio', 'gm_naam', 'recs', 'gwb_code', 'ind_wbi'];
const REAL_FIGURES = [
  'a_inw', 'a_man', 'a_vrouw', 'a_00_14', 'a_15_24', 'a_25_44', 'a_45_64', 'a_65_oo', 'a_ongeh', 'a_gehuwd', 'a_gesch', 'a_verwed',
  'a_geb', 'p_geb', 'a_ste', 'p_ste', 'a_hh', 'a_1p_hh', 'a_hh_z_k', 'a_hh_m_k', 'g_hhgro', 'bev_dich', 'a_woning', 'g_woz', 'p_1gezw',
  'p_mgezw', 'p_bewndw', 'p_leegsw', 'p_koopw', 'p_huurw', 'p_wcorpw', 'p_ov_hw', 'p_e_o_w', 'p_bjj2k', 'p_bjo2k', 'g_ele', 'g_gas',
  'p_stadv', 'a_inkont', 'g_ink_po', 'g_ink_pi', 'p_ink_li', 'p_ink_hi', 'g_hh_sti', 'p_hh_li', 'p_hh_hi', 'p_hh_lkk', 'p_hh_osm',
  'p_hh_110', 'p_hh_120', 'm_hh_ver', 'a_soz_wb', 'a_soz_ao', 'a_soz_ww', 'a_soz_ow', 'a_jz_tn', 'p_jz_tn', 'a_wmo_t', 'p_wmo_t',
  'a_bedv', 'a_bed_a', 'a_bed_bf', 'a_bed_gi', 'a_bed_hj', 'a_bed_kl', 'a_bed_mn', 'a_bed_ru', 'a_pau', 'a_bst_b', 'a_bst_nb',
  'g_pau_hh', 'g_pau_km', 'a_m2w', 'g_afs_hp', 'g_afs_gs', 'g_afs_kv', 'g_afs_sc', 'g_3km_sc', 'a_opp_ha', 'a_lan_ha', 'a_wat_ha',
  'pst_mvp', 'pst_dekp', 'ste_mvs', 'ste_oad',
];
const FIGURES = [...REAL_FIGURES, ...Array.from({ length: 113 - REAL_FIGURES.length }, (_, i) => `x_kolom_${i + 1}`)];

/** a deterministic pseudo-random number in [0, 1) */
function* random(seed: number) {
  let s = seed >>> 0;
  for (;;) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    yield ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

export function generateKwb(): { csv: Buffer; areas: number } {
  const rnd = random(899);
  const r = () => rnd.next().value as number;
  const lines: string[] = [[...ID_COLUMNS, ...FIGURES].join(';')];
  const figure = (name: string, size: number) => {
    if (r() < 0.08) return '.'; // no figure (missing or secret)
    if (name.startsWith('p_') || name.startsWith('g_')) return (r() * 100).toFixed(1).replace('.', ',');
    return String(Math.round(size * (0.05 + r() * 0.5)));
  };
  const row = (code: string, code8: string, name: string, gm: string, recs: string, size: number) =>
    lines.push([code, code8, name, gm, recs, code, recs === 'Land' ? '.' : '1', ...FIGURES.map((f) => (f === 'a_inw' ? String(size) : figure(f, size)))].join(';'));
  row('NL00', '0', 'Nederland', 'Nederland', 'Land', 17_942_942);
  let areas = 1;
  const gemeenten = 345;
  const wijkenPer = Math.round(3300 / gemeenten);
  const buurtenPer = Math.max(1, Math.round(BUURTEN / (gemeenten * wijkenPer)));
  for (let g = 0; g < gemeenten; g++) {
    const gm = String(g === 0 ? 899 : g * 5 + 3).padStart(4, '0');
    const gmName = g === 0 ? 'Brunssum' : `Gemeente ${gm}`;
    row(`GM${gm}`, gm, gmName, gmName, 'Gemeente', 20_000 + Math.round(r() * 80_000));
    areas++;
    for (let w = 0; w < wijkenPer; w++) {
      const wk = `${gm}${String(w).padStart(2, '0')}`;
      row(`WK${wk}`, wk, `Wijk ${w} ${gmName}`, gmName, 'Wijk', 2_000 + Math.round(r() * 8_000));
      areas++;
      for (let b = 0; b < buurtenPer; b++) {
        const bu = `${wk}${String(b).padStart(2, '0')}`;
        row(`BU${bu}`, bu, `Buurt ${b} ${w} ${gmName}`, gmName, 'Buurt', 200 + Math.round(r() * 3_000));
        areas++;
      }
    }
  }
  return { csv: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'), areas };
}

// ---------- measuring ----------

async function measure<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; peakRssMb: number; peakHeapMb: number }> {
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const start = performance.now();
  try {
    const result = await fn();
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    return { result, ms: performance.now() - start, peakRssMb: peakRss / 2 ** 20, peakHeapMb: peakHeap / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}


async function openEngine(engine: string, adminUrl?: string): Promise<Database> {
  if (engine === 'pglite') {
    const dir = join(WORK, 'pglite');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return openDatabase({ dataDir: dir });
  }
  const name = `koers_bench_import_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return openDatabase({ databaseUrl: url.toString() });
}

const mb = (n: number) => `${Math.round(n)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  mkdirSync(WORK, { recursive: true });
  const gen = await measure(async () => generateKwb());
  const { csv, areas } = gen.result;
  console.log(`File: ${areas.toLocaleString('en')} areas × ${ID_COLUMNS.length + FIGURES.length} columns, ${(csv.length / 2 ** 20).toFixed(1)} MB (generated in ${s(gen.ms)}).`);
  console.log(`Machine: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}.`);
  let pgServer: { url: string; stop: () => void } | null = null;
  let adminUrl = process.env.BENCH_DATABASE_URL;
  if (engines.includes('postgres') && !adminUrl) {
    pgServer = startThrowawayPostgres(54331, 'import');
    adminUrl = pgServer?.url;
    if (!adminUrl) console.log('PostgreSQL not available: skipping it.');
  }
  const rows: string[] = [];
  try {
    for (const engine of engines) {
      if (engine === 'postgres' && !adminUrl) continue;
      const database = await openEngine(engine, adminUrl);
      try {
        await migrateDatabase(database);
        await seedProgrammeData(database.db);
        await seedMonitoring(database.db);
        await seedDemoAccounts(database.db, 'benchmark-wachtwoord');
        const [u] = await database.db.select().from(users).where(eq(users.email, 'programmamanager@koers.test'));
        const actor: Actor = { id: u!.id, role: 'programmamanager', personId: null, displayName: u!.displayName };
        global.gc?.();
        const base = process.memoryUsage().rss / 2 ** 20;
        const preview = await measure(() => previewImport(database.db, actor, csv, { filename: 'kwb-2024.csv', retrievedOn: '2026-11-25' }));
        if (preview.result.status !== 'preview') throw new Error(`preview: ${preview.result.status} ${JSON.stringify(preview.result.problems.slice(0, 3))}`);
        const commit = await measure(() => commitImport(database.db, actor, preview.result.id));
        const undo = await measure(() => undoImport(database.db, actor, preview.result.id));
        const r = preview.result;
        console.log(
          `${engine}: ${r.rowsTotal.toLocaleString('en')} rows, ${r.valuesCount.toLocaleString('en')} values, ${r.newAreas.length.toLocaleString('en')} new areas — ` +
            `preview ${s(preview.ms)} (peak RSS ${mb(preview.peakRssMb)}), commit ${s(commit.ms)} (${mb(commit.peakRssMb)}), undo ${s(undo.ms)} (${mb(undo.peakRssMb)}); RSS before ${mb(base)}`,
        );
        rows.push(
          `| ${engine} | ${r.rowsTotal.toLocaleString('en')} | ${r.valuesCount.toLocaleString('en')} | ${r.newAreas.length.toLocaleString('en')} | ${s(preview.ms)} | ${s(commit.ms)} | ${s(undo.ms)} | ${mb(base)} | ${mb(Math.max(preview.peakRssMb, commit.peakRssMb, undo.peakRssMb))} | ${mb(Math.max(preview.peakHeapMb, commit.peakHeapMb))} |`,
        );
      } finally {
        await database.close();
      }
    }
  } finally {
    pgServer?.stop();
  }
  console.log(`\nmaxRSS of the whole run: ${mb(process.resourceUsage().maxRSS / 1024)}\n`);
  console.log('| engine | rows | values | new areas | preview (parse + check) | commit | undo | RSS before | peak RSS | peak JS heap |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
}

// run when started as a script (`npm run bench:import`), not when imported for its generator
if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) await main();
