/**
 * Parsing and checking import files, without touching the database. The file is read as a stream
 * (csv-parse's streaming parser, exceljs's streaming workbook reader), so a national file of
 * ~17,000 areas × 120 columns never exists as one big array of rows; only the figures Koers knows
 * are kept. Progress (bytes read) is reported every few thousand rows. Four layouts:
 *
 * - CBS "Kerncijfers wijken en buurten" (KWB) CSV: `;`-separated, one row per land, gemeente, wijk or
 *   buurt, identified by `gwb_code_10` (NL00, GM0899, WK089900, BU08990000) with `regio` (name) and
 *   `recs` (Land/Gemeente/Wijk/Buurt), then one column per figure (a_inw, a_hh, …). Dutch decimal
 *   commas; `.` means "no figure" (missing or secret) and is skipped, not an error. The file has
 *   no year column: the period comes with the upload (or from a year in the file name).
 *   Columns Koers knows are mapped to indicators (KWB_COLUMNS); other columns are ignored.
 * - The same KWB table as an Excel workbook (XLSX): first sheet, header in row 1, the same columns;
 *   figures are numeric cells (or text with a decimal comma), `.` = no figure.
 * - CBS StatLine OData JSON: OData v3 `TypedDataSet` (`odata.metadata`, `value` rows with
 *   `WijkenEnBuurten`, `SoortRegio_2`, `Gemeentenaam_1`, measure columns such as `AantalInwoners_5`
 *   whose number suffix differs per table year, optional `Perioden` such as `2023JJ00`) and OData v4
 *   `Observations` (`@odata.context`, rows with `Measure`, `Value`, `WijkenEnBuurten`, optional
 *   `Perioden`). Codes are padded with spaces in StatLine and are trimmed.
 * - Koers CSV template: `indicator_key;area_code;period;value;source`, one value per row
 *   (docs/monitoring.md).
 *
 * Every problem is reported with its line number in the file (the header is line 1; for JSON the
 * record number in `value`, the first record being 1), its column and a Dutch sentence. A file with
 * any problem cannot be committed.
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AREA_CODE, type AreaLevel, type ImportFormat, type ImportProblem, PERIOD } from '../../../shared/monitoring';

/** KWB column → indicator key (seed/brunssum/monitoring.ts) */
export const KWB_COLUMNS: Record<string, string> = {
  a_inw: 'cbs_inwoners',
  a_hh: 'cbs_huishoudens',
  a_00_14: 'cbs_leeftijd_00_14',
  a_15_24: 'cbs_leeftijd_15_24',
  a_25_44: 'cbs_leeftijd_25_44',
  a_45_64: 'cbs_leeftijd_45_64',
  a_65_oo: 'cbs_leeftijd_65_oo',
  a_soz_wb: 'cbs_bijstand',
  g_ink_pi: 'cbs_inkomen_per_inwoner',
  g_woz: 'cbs_woz',
};
/**
 * StatLine KWB tables (OData v3 TypedDataSet): measure name without its `_<n>` suffix → indicator key.
 * The suffix numbers differ per year's table (AantalInwoners_5, GemiddeldInkomenPerInwoner_78 …).
 */
export const ODATA_V3_MEASURES: Record<string, string> = {
  AantalInwoners: 'cbs_inwoners',
  HuishoudensTotaal: 'cbs_huishoudens',
  k_0Tot15Jaar: 'cbs_leeftijd_00_14',
  k_15Tot25Jaar: 'cbs_leeftijd_15_24',
  k_25Tot45Jaar: 'cbs_leeftijd_25_44',
  k_45Tot65Jaar: 'cbs_leeftijd_45_64',
  k_65JaarOfOuder: 'cbs_leeftijd_65_oo',
  PersonenPerSoortUitkeringBijstand: 'cbs_bijstand',
  GemiddeldInkomenPerInwoner: 'cbs_inkomen_per_inwoner',
  GemiddeldeWOZWaardeVanWoningen: 'cbs_woz',
  GemiddeldeWoningwaarde: 'cbs_woz',
};
/** StatLine OData v4 measure codes → indicator key. Only codes confirmed from CBS documentation. */
export const ODATA_V4_MEASURES: Record<string, string> = {
  T001036: 'cbs_inwoners',
};
export const KOERS_COLUMNS = ['indicator_key', 'area_code', 'period', 'value', 'source'] as const;
const RECS: Record<string, AreaLevel | 'land'> = { land: 'land', gemeente: 'gemeente', wijk: 'wijk', buurt: 'buurt' };
const PREFIX: Record<AreaLevel | 'land', string> = { land: 'NL', gemeente: 'GM', wijk: 'WK', buurt: 'BU', programmagebied: 'KS', referentie: 'KS' };
/** Nederland: NL00 in the KWB tables; NL01 in other StatLine tables */
const NEDERLAND = 'NL00';
const PROGRESS_EVERY = 2000;

export interface ParsedValue {
  row: number;
  /** the file's column the value came from (for the report) */
  column: string;
  indicatorKey: string;
  areaCode: string;
  period: string;
  value: string;
  source: string;
}
export interface ParsedArea {
  row: number;
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
}
export interface Parsed {
  format: ImportFormat;
  rowsTotal: number;
  invalidRows: Set<number>;
  values: ParsedValue[];
  /** gemeenten, wijken and buurten described by the file (KWB and StatLine) */
  areas: ParsedArea[];
  problems: ImportProblem[];
}
export interface ParseOptions {
  period?: string;
  filename: string;
  source?: string;
  /** called every few thousand rows with the bytes of the file read so far */
  onProgress?: (bytesRead: number, rows: number) => Promise<void> | void;
}

export class FileError extends Error {}

/** UTF-8 (with or without BOM); files that are not valid UTF-8 are read as Windows-1252, as older CBS files are. */
export function decode(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}
function isUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/**
 * A number as written in a file → an exact decimal string ("1.234,5" is refused: no thousands
 * separators). `comma` allows the Dutch decimal comma; the Koers template accepts both.
 */
export function toDecimal(raw: string, opts: { comma: boolean; point: boolean }): string | null {
  const s = raw.trim();
  const m = /^(-?)(\d{1,15})(?:([.,])(\d{1,6}))?$/.exec(s);
  if (!m) return null;
  const sep = m[3];
  if (sep === ',' && !opts.comma) return null;
  if (sep === '.' && !opts.point) return null;
  const whole = m[2]!.replace(/^0+(?=\d)/, '');
  const frac = (m[4] ?? '').replace(/0+$/, '');
  const out = `${m[1]}${whole}${frac ? `.${frac}` : ''}`;
  return out === '-0' ? '0' : out;
}

/** A JSON or spreadsheet number → exact decimal text (at most 6 decimals, no binary noise: 24.6 stays "24.6"). */
function numberToDecimal(n: number): string | null {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e15) return null;
  const s = String(Number(n.toFixed(6)));
  return /e/i.test(s) ? null : s;
}

/** The parent CBS code of a wijk or buurt code. */
export function parentCode(code: string): string | null {
  if (code.startsWith('BU')) return `WK${code.slice(2, 8)}`;
  if (code.startsWith('WK')) return `GM${code.slice(2, 6)}`;
  return null;
}

export function detectFormat(header: string[]): ImportFormat | null {
  const cols = header.map((h) => h.trim().toLowerCase());
  if (cols.includes('gwb_code_10')) return 'cbs_kwb_csv';
  if (KOERS_COLUMNS.every((c) => cols.includes(c))) return 'koers_csv';
  return null;
}

/** StatLine periods: 2023JJ00 → 2023, 2023MM03 → 2023-03; quarters and other kinds are refused. */
export function statlinePeriod(raw: string): string | null {
  const m = /^(\d{4})(JJ00|MM(0[1-9]|1[0-2]))$/.exec(raw.trim());
  if (!m) return null;
  return m[3] ? `${m[1]}-${m[3]}` : m[1]!;
}

const NO_PERIOD = 'Geef de periode (het jaar) van dit CBS-bestand op; het bestand zelf noemt het jaar niet.';

function uploadPeriod(opts: ParseOptions): string | undefined {
  const period = opts.period ?? /(?:^|\D)(20\d{2})(?:\D|$)/.exec(opts.filename)?.[1];
  if (period && !PERIOD.test(period)) throw new FileError('Gebruik een periode als 2024 of 2024-03.');
  return period;
}

/** Reads a file of any accepted layout. Throws FileError when the file as a whole cannot be read. */
export async function parseFile(buf: Buffer, opts: ParseOptions): Promise<Parsed> {
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) return parseXlsx(buf, opts);
  const head = buf.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return parseJson(buf, opts);
  return parseCsv(buf, opts);
}

// ---------- rows of the KWB table (CSV and XLSX) and the Koers template ----------

type Problem = (row: number, column: string, text: string) => void;

/** Checks one KWB row (cells as text, numbers with a decimal comma) and adds its area and values. */
class KwbRows {
  private readonly idx: (name: string) => number;
  private readonly figureCols: string[];
  private readonly seen = new Set<string>();
  constructor(
    cols: string[],
    private readonly period: string,
    private readonly source: string,
    private readonly out: Parsed,
    private readonly problem: Problem,
  ) {
    this.idx = (name) => cols.indexOf(name);
    for (const required of ['gwb_code_10', 'regio', 'recs']) {
      if (this.idx(required) < 0) throw new FileError(`De kolom ${required} ontbreekt; die hoort bij de CBS Kerncijfers wijken en buurten.`);
    }
    this.figureCols = Object.keys(KWB_COLUMNS).filter((c) => this.idx(c) >= 0);
    if (!this.figureCols.length) throw new FileError(`Het bestand heeft geen kolom die Koers kent (${Object.keys(KWB_COLUMNS).join(', ')}).`);
  }
  add(cells: string[], row: number) {
    const { problem, out } = this;
    const cell = (name: string) => (cells[this.idx(name)] ?? '').trim();
    const code = cell('gwb_code_10').toUpperCase();
    const name = cell('regio');
    const recs = cell('recs').toLowerCase();
    if (!/^(NL\d{2}|GM\d{4}|WK\d{6}|BU\d{8})$/.test(code)) {
      problem(row, 'gwb_code_10', code ? `"${code}" is geen CBS-code voor een gemeente, wijk of buurt (zoals GM0899, WK089900 of BU08990000).` : 'De gebiedscode ontbreekt.');
      return;
    }
    const level = RECS[recs];
    if (!level) {
      problem(row, 'recs', `"${cell('recs')}" is geen soort regio; verwacht Land, Gemeente, Wijk of Buurt.`);
      return;
    }
    if (code.slice(0, 2) !== PREFIX[level]) {
      problem(row, 'recs', `De code ${code} past niet bij de soort regio ${cell('recs')}.`);
      return;
    }
    const areaCode = level === 'land' ? NEDERLAND : code;
    if (this.seen.has(areaCode)) {
      problem(row, 'gwb_code_10', `Het gebied ${code} staat meer dan één keer in het bestand.`);
      return;
    }
    this.seen.add(areaCode);
    if (!name) problem(row, 'regio', 'De naam van het gebied ontbreekt.');
    for (const c of this.figureCols) {
      const raw = cell(c);
      if (raw === '' || raw === '.') continue; // CBS: "." = no figure
      const value = toDecimal(raw, { comma: true, point: false });
      if (value === null) {
        problem(row, c, `"${raw}" is geen getal. Gebruik een decimale komma (zoals 12,5) of een punt voor 'geen gegeven'.`);
        continue;
      }
      out.values.push({ row, column: c, indicatorKey: KWB_COLUMNS[c]!, areaCode, period: this.period, value, source: this.source });
    }
    if (level !== 'land') out.areas.push({ row, code, name, level, parentCode: parentCode(code) });
  }
}

class KoersRows {
  private readonly idx: Record<(typeof KOERS_COLUMNS)[number], number>;
  private readonly seen = new Set<string>();
  constructor(
    cols: string[],
    private readonly out: Parsed,
    private readonly problem: Problem,
  ) {
    this.idx = Object.fromEntries(KOERS_COLUMNS.map((c) => [c, cols.indexOf(c)])) as Record<(typeof KOERS_COLUMNS)[number], number>;
  }
  add(cells: string[], row: number) {
    const { problem } = this;
    const cell = (name: (typeof KOERS_COLUMNS)[number]) => (cells[this.idx[name]] ?? '').trim();
    const indicatorKey = cell('indicator_key');
    const areaCode = cell('area_code').toUpperCase();
    const period = cell('period');
    const raw = cell('value');
    const source = cell('source');
    let ok = true;
    if (!/^[a-z0-9_]{2,80}$/.test(indicatorKey)) {
      problem(row, 'indicator_key', indicatorKey ? `"${indicatorKey}" is geen indicatorsleutel (kleine letters, cijfers en _).` : 'De indicatorsleutel ontbreekt.');
      ok = false;
    }
    if (!AREA_CODE.test(areaCode)) {
      problem(row, 'area_code', areaCode ? `"${areaCode}" is geen gebiedscode (zoals GM0899, WK089900, BU08990000, NL00 of KS-…).` : 'De gebiedscode ontbreekt.');
      ok = false;
    }
    if (!PERIOD.test(period)) {
      problem(row, 'period', period ? `"${period}" is geen periode; gebruik een jaar (2024) of een maand (2024-03).` : 'De periode ontbreekt.');
      ok = false;
    }
    const value = toDecimal(raw, { comma: true, point: true });
    if (value === null) {
      problem(row, 'value', raw ? `"${raw}" is geen getal. Gebruik cijfers met hoogstens één decimaalteken (12,5 of 12.5), zonder scheidingsteken voor duizendtallen.` : 'De waarde ontbreekt.');
      ok = false;
    }
    if (source.length < 3 || source.length > 300) {
      problem(row, 'source', source ? 'De bron mag maximaal 300 tekens hebben.' : 'Vul de bron in (minstens 3 tekens).');
      ok = false;
    }
    if (!ok) return;
    const key = `${indicatorKey}|${areaCode}|${period}`;
    if (this.seen.has(key)) {
      problem(row, 'value', `Er staat al een waarde voor ${indicatorKey}, ${areaCode}, ${period} in dit bestand.`);
      return;
    }
    this.seen.add(key);
    this.out.values.push({ row, column: 'value', indicatorKey, areaCode, period, value: value!, source });
  }
}

function newParsed(format: ImportFormat): { out: Parsed; problem: Problem } {
  const out: Parsed = { format, rowsTotal: 0, invalidRows: new Set(), values: [], areas: [], problems: [] };
  const problem: Problem = (row, column, text) => {
    out.problems.push({ row, column, problem: text });
    out.invalidRows.add(row);
  };
  return { out, problem };
}

const UNKNOWN_LAYOUT =
  'Het bestand heeft geen bekende indeling. Verwacht: de CBS Kerncijfers wijken en buurten (CSV of Excel, met kolom gwb_code_10), CBS StatLine OData (JSON) of het Koers-sjabloon (indicator_key;area_code;period;value;source).';

// ---------- CSV (streamed) ----------

async function parseCsv(buf: Buffer, opts: ParseOptions): Promise<Parsed> {
  const encoding = isUtf8(buf) ? 'utf8' : 'latin1';
  // Windows-1252 files: decode once (csv-parse has no cp1252); UTF-8 files are streamed as they are
  const source: Buffer = encoding === 'utf8' ? buf : Buffer.from(decode(buf), 'utf8');
  const CHUNK = 256 * 1024;
  const chunks = (function* () {
    for (let i = 0; i < source.length; i += CHUNK) yield source.subarray(i, i + CHUNK);
  })();
  const parser = Readable.from(chunks).pipe(parse({ delimiter: ';', relax_column_count: true, skip_empty_lines: true, bom: true, trim: false, info: true }));
  let rows: KwbRows | KoersRows | null = null;
  let parsed: { out: Parsed; problem: Problem } | null = null;
  let line = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
      const record = item.record;
      line = item.info.lines;
      if (!rows) {
        const format = detectFormat(record);
        if (!format) throw new FileError(UNKNOWN_LAYOUT);
        parsed = newParsed(format);
        const cols = record.map((h) => h.trim().toLowerCase());
        if (format === 'cbs_kwb_csv') {
          const period = uploadPeriod(opts);
          if (!period) throw new FileError(NO_PERIOD);
          rows = new KwbRows(cols, period, opts.source?.trim() || `CBS, Kerncijfers wijken en buurten ${period.slice(0, 4)}`, parsed.out, parsed.problem);
        } else rows = new KoersRows(cols, parsed.out, parsed.problem);
        continue;
      }
      parsed!.out.rowsTotal++;
      rows.add(record, item.info.lines);
      if (opts.onProgress && parsed!.out.rowsTotal % PROGRESS_EVERY === 0) await opts.onProgress(Math.min(buf.length, item.info.bytes), parsed!.out.rowsTotal);
    }
  } catch (err) {
    parser.destroy();
    if (err instanceof FileError) throw err;
    const at = (err as { lines?: number }).lines ?? line;
    throw new FileError(`Het bestand is geen leesbaar CSV-bestand met ; als scheidingsteken${at ? ` (vastgelopen op regel ${at})` : ''}.`);
  }
  if (!parsed) throw new FileError('Het bestand is leeg.');
  return parsed.out;
}

// ---------- XLSX (streamed) ----------

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    const d = numberToDecimal(v);
    return d === null ? String(v) : d.replace('.', ',');
  }
  if (typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { result?: unknown; richText?: { text: string }[]; text?: string };
    if ('result' in o) return cellText(o.result);
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (typeof o.text === 'string') return o.text;
  }
  return String(v);
}

async function parseXlsx(buf: Buffer, opts: ParseOptions): Promise<Parsed> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'emit' });
  let rows: KwbRows | null = null;
  let parsed: { out: Parsed; problem: Problem } | null = null;
  // a problem with the file as a whole ends the reading; it is thrown after the reader has stopped,
  // so an error of the interrupted reader cannot take its place
  let refused: FileError | null = null;
  const header = (values: string[]) => {
    if (detectFormat(values) !== 'cbs_kwb_csv') {
      return new FileError('Het Excel-bestand heeft geen bekende indeling. Verwacht: de CBS Kerncijfers wijken en buurten, met de kolomnamen (zoals gwb_code_10, regio, recs, a_inw) in de eerste rij van het eerste werkblad.');
    }
    parsed = newParsed('cbs_kwb_xlsx');
    const period = uploadPeriod(opts);
    if (!period) return new FileError(NO_PERIOD);
    try {
      rows = new KwbRows(
        values.map((h) => h.trim().toLowerCase()),
        period,
        opts.source?.trim() || `CBS, Kerncijfers wijken en buurten ${period.slice(0, 4)}`,
        parsed.out,
        parsed.problem,
      );
    } catch (err) {
      if (err instanceof FileError) return err;
      throw err;
    }
    return null;
  };
  try {
    sheets: for await (const sheet of reader) {
      for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as unknown[]).slice(1).map(cellText);
        if (values.every((v) => v.trim() === '')) continue;
        if (!rows) {
          refused = header(values);
          if (refused) break sheets;
          continue;
        }
        const out = (parsed as { out: Parsed } | null)!.out;
        out.rowsTotal++;
        (rows as KwbRows).add(values, row.number);
        if (opts.onProgress && out.rowsTotal % PROGRESS_EVERY === 0) await opts.onProgress(Math.round(buf.length * 0.5), out.rowsTotal);
      }
      break; // the first worksheet only
    }
  } catch (err) {
    if (refused) throw refused;
    if (err instanceof FileError) throw err;
    throw new FileError('Het Excel-bestand is niet leesbaar (beschadigd of geen .xlsx).');
  }
  if (refused) throw refused;
  if (!parsed) throw new FileError('Het Excel-bestand is leeg.');
  return (parsed as { out: Parsed }).out;
}

// ---------- CBS StatLine OData JSON ----------

async function parseJson(buf: Buffer, opts: ParseOptions): Promise<Parsed> {
  let doc: unknown;
  try {
    doc = JSON.parse(decode(buf).replace(/^\uFEFF/, ''));
  } catch {
    throw new FileError('Het bestand is geen geldige JSON.');
  }
  const o = doc as Record<string, unknown>;
  if (!o || typeof o !== 'object' || Array.isArray(o) || !Array.isArray(o.value)) {
    throw new FileError('Het JSON-bestand is geen CBS StatLine OData-antwoord: het veld "value" met de rijen ontbreekt.');
  }
  const v4 = typeof o['@odata.context'] === 'string';
  if (!v4 && typeof o['odata.metadata'] !== 'string') {
    throw new FileError('Het JSON-bestand is geen CBS StatLine OData-antwoord: "odata.metadata" (OData v3) of "@odata.context" (OData v4) ontbreekt.');
  }
  const context = String(o['@odata.context'] ?? o['odata.metadata']);
  const table = /\/(\d{5}[A-Z]{3})\//i.exec(context)?.[1]?.toUpperCase();
  const records = o.value as Record<string, unknown>[];
  const { out, problem } = newParsed('cbs_odata_json');
  out.rowsTotal = records.length;
  const fallbackPeriod = uploadPeriod(opts);
  const source = opts.source?.trim() || `CBS StatLine${table ? ` tabel ${table}` : ''}`;
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const seenAreas = new Set<string>();
  const seenValues = new Set<string>();
  let knownMeasure = false;
  const periodOf = (rec: Record<string, unknown>, row: number): string | null => {
    if ('Perioden' in rec) {
      const p = statlinePeriod(str(rec.Perioden));
      if (!p) problem(row, 'Perioden', `"${str(rec.Perioden)}" is geen periode die Koers kent; verwacht een jaar (2023JJ00) of een maand (2023MM03).`);
      return p;
    }
    if (!fallbackPeriod) throw new FileError('Geef de periode (het jaar) van deze StatLine-tabel op; de rijen hebben geen kolom Perioden.');
    return fallbackPeriod;
  };
  const areaOf = (rec: Record<string, unknown>, row: number): string | null => {
    const raw = str(rec.WijkenEnBuurten) || str(rec.Codering_3) || str(rec.RegioS);
    const code = raw.toUpperCase();
    if (code === 'NL00' || code === 'NL01') return NEDERLAND;
    if (!/^(GM\d{4}|WK\d{6}|BU\d{8})$/.test(code)) {
      problem(row, 'WijkenEnBuurten', raw ? `"${raw}" is geen CBS-code voor een gemeente, wijk of buurt (zoals GM0899, WK089900 of BU08990000).` : 'De gebiedscode (WijkenEnBuurten) ontbreekt.');
      return null;
    }
    if (!seenAreas.has(code)) {
      seenAreas.add(code);
      const level: AreaLevel = code.startsWith('GM') ? 'gemeente' : code.startsWith('WK') ? 'wijk' : 'buurt';
      const kind = str(rec.SoortRegio_2).toLowerCase();
      if (kind && RECS[kind] && RECS[kind] !== level) problem(row, 'SoortRegio_2', `De code ${code} past niet bij de soort regio ${str(rec.SoortRegio_2)}.`);
      // v3 KWB rows name the area only through the dimension; Gemeentenaam_1 names the gemeente
      const name = level === 'gemeente' ? str(rec.Gemeentenaam_1) || code : str(rec.Naam) || str(rec.Title) || code;
      out.areas.push({ row, code, name, level, parentCode: parentCode(code) });
    }
    return code;
  };
  const addValue = (row: number, column: string, indicatorKey: string, areaCode: string, period: string, raw: unknown) => {
    if (raw === null || raw === undefined || raw === '.' || raw === '') return; // no figure
    const value = typeof raw === 'number' ? numberToDecimal(raw) : typeof raw === 'string' ? toDecimal(raw, { comma: false, point: true }) : null;
    if (value === null) {
      problem(row, column, `"${String(raw)}" is geen getal.`);
      return;
    }
    const key = `${indicatorKey}|${areaCode}|${period}`;
    if (seenValues.has(key)) {
      problem(row, column, `Er staat al een waarde voor ${indicatorKey}, ${areaCode}, ${period} in dit bestand.`);
      return;
    }
    seenValues.add(key);
    out.values.push({ row, column, indicatorKey, areaCode, period, value, source });
  };
  records.forEach((rec, i) => {
    const row = i + 1;
    if (!rec || typeof rec !== 'object') {
      problem(row, '(rij)', 'Deze rij is geen object met kolommen.');
      return;
    }
    if (v4) {
      const key = ODATA_V4_MEASURES[str(rec.Measure)];
      if (!key) return; // a measure Koers does not know
      knownMeasure = true;
      if (rec.Value === null || rec.Value === undefined) return; // no figure (ValueAttribute Secret, Impossible, …)
      const area = areaOf(rec, row);
      const period = periodOf(rec, row);
      if (!area || !period) return;
      addValue(row, 'Value', key, area, period, rec.Value);
      return;
    }
    const area = areaOf(rec, row);
    const period = periodOf(rec, row);
    for (const [col, raw] of Object.entries(rec)) {
      const key = ODATA_V3_MEASURES[col.replace(/_\d+$/, '')];
      if (!key) continue;
      knownMeasure = true;
      if (area && period) addValue(row, col, key, area, period, raw);
    }
  });
  if (records.length && !knownMeasure) {
    throw new FileError(
      v4
        ? `Het bestand heeft geen meetwaarde (Measure) die Koers kent (${Object.keys(ODATA_V4_MEASURES).join(', ')}).`
        : `Het bestand heeft geen kolom die Koers kent (zoals ${Object.keys(ODATA_V3_MEASURES).slice(0, 3).join(', ')}).`,
    );
  }
  if (opts.onProgress) await opts.onProgress(buf.length, records.length);
  return out;
}
