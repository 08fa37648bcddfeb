/**
 * Parsing and checking import files, without touching the database beyond lookups. Two layouts:
 *
 * - CBS "Kerncijfers wijken en buurten" (KWB) CSV: `;`-separated, one row per gemeente, wijk or
 *   buurt, identified by `gwb_code_10` (GM0899, WK089900, BU08990000) with `regio` (name) and
 *   `recs` (Gemeente/Wijk/Buurt), then one column per figure (a_inw, a_hh, …). Dutch decimal
 *   commas; `.` means "no figure" (missing or secret) and is skipped, not an error. The file has
 *   no year column: the period comes with the upload (or from a year in the file name).
 *   Columns Koers knows are mapped to indicators (KWB_COLUMNS); other columns are ignored.
 * - Koers CSV template: `indicator_key;area_code;period;value;source`, one value per row
 *   (docs/glossary.md, "Koers-CSV-sjabloon").
 *
 * Every problem is reported with its line number in the file (the header is line 1), its column
 * and a Dutch sentence. A file with any problem cannot be committed.
 */
import { parse } from 'csv-parse/sync';
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
export const KOERS_COLUMNS = ['indicator_key', 'area_code', 'period', 'value', 'source'] as const;
const RECS: Record<string, AreaLevel> = { gemeente: 'gemeente', wijk: 'wijk', buurt: 'buurt' };

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
  /** areas described by the file (KWB only) */
  areas: ParsedArea[];
  problems: ImportProblem[];
}

/** UTF-8 (with or without BOM); files that are not valid UTF-8 are read as Windows-1252, as older CBS files are. */
export function decode(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
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

/** The parent CBS code of a wijk or buurt code. */
export function parentCode(code: string): string | null {
  if (code.startsWith('BU')) return `WK${code.slice(2, 8)}`;
  if (code.startsWith('WK')) return `GM${code.slice(2, 6)}`;
  return null;
}

function readRows(text: string): string[][] {
  return parse(text, { delimiter: ';', relax_column_count: true, skip_empty_lines: true, bom: true, trim: false }) as string[][];
}

export function detectFormat(header: string[]): ImportFormat | null {
  const cols = header.map((h) => h.trim().toLowerCase());
  if (cols.includes('gwb_code_10')) return 'cbs_kwb_csv';
  if (KOERS_COLUMNS.every((c) => cols.includes(c))) return 'koers_csv';
  return null;
}

export class FileError extends Error {}

export function parseFile(buf: Buffer, opts: { period?: string; filename: string; source?: string }): Parsed {
  let rows: string[][];
  try {
    rows = readRows(decode(buf));
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new FileError(`Het bestand is geen leesbaar CSV-bestand met ; als scheidingsteken${line ? ` (vastgelopen op regel ${line})` : ''}.`);
  }
  const header = rows[0];
  if (!header) throw new FileError('Het bestand is leeg.');
  const format = detectFormat(header);
  if (!format) {
    throw new FileError(
      'Het bestand heeft geen bekende indeling. Verwacht: de CBS Kerncijfers wijken en buurten (met kolom gwb_code_10) of het Koers-sjabloon (indicator_key;area_code;period;value;source).',
    );
  }
  const cols = header.map((h) => h.trim().toLowerCase());
  const body = rows.slice(1);
  const out: Parsed = { format, rowsTotal: body.length, invalidRows: new Set(), values: [], areas: [], problems: [] };
  const problem = (row: number, column: string, text: string) => {
    out.problems.push({ row, column, problem: text });
    out.invalidRows.add(row);
  };
  if (format === 'cbs_kwb_csv') parseKwb(cols, body, opts, out, problem);
  else parseKoers(cols, body, out, problem);
  return out;
}

function parseKwb(cols: string[], body: string[][], opts: { period?: string; filename: string; source?: string }, out: Parsed, problem: (r: number, c: string, t: string) => void) {
  const idx = (name: string) => cols.indexOf(name);
  for (const required of ['gwb_code_10', 'regio', 'recs']) {
    if (idx(required) < 0) throw new FileError(`De kolom ${required} ontbreekt; die hoort bij de CBS Kerncijfers wijken en buurten.`);
  }
  const period = opts.period ?? /(?:^|\D)(20\d{2})(?:\D|$)/.exec(opts.filename)?.[1];
  if (!period) throw new FileError('Geef de periode (het jaar) van dit CBS-bestand op; het bestand zelf noemt het jaar niet.');
  if (!PERIOD.test(period)) throw new FileError('Gebruik een periode als 2024 of 2024-03.');
  const source = opts.source?.trim() || `CBS, Kerncijfers wijken en buurten ${period.slice(0, 4)}`;
  const figureCols = Object.keys(KWB_COLUMNS).filter((c) => idx(c) >= 0);
  if (!figureCols.length) throw new FileError(`Het bestand heeft geen kolom die Koers kent (${Object.keys(KWB_COLUMNS).join(', ')}).`);
  const seen = new Set<string>();
  body.forEach((cells, i) => {
    const row = i + 2;
    const cell = (name: string) => (cells[idx(name)] ?? '').trim();
    const code = cell('gwb_code_10').toUpperCase();
    const name = cell('regio');
    const recs = cell('recs').toLowerCase();
    if (!/^(GM\d{4}|WK\d{6}|BU\d{8})$/.test(code)) {
      problem(row, 'gwb_code_10', code ? `"${code}" is geen CBS-code voor een gemeente, wijk of buurt (zoals GM0899, WK089900 of BU08990000).` : 'De gebiedscode ontbreekt.');
      return;
    }
    const level = RECS[recs];
    if (!level) {
      problem(row, 'recs', `"${cell('recs')}" is geen soort regio; verwacht Gemeente, Wijk of Buurt.`);
      return;
    }
    if (code.slice(0, 2) !== { gemeente: 'GM', wijk: 'WK', buurt: 'BU' }[level as 'gemeente']) {
      problem(row, 'recs', `De code ${code} past niet bij de soort regio ${cell('recs')}.`);
      return;
    }
    if (seen.has(code)) {
      problem(row, 'gwb_code_10', `Het gebied ${code} staat meer dan één keer in het bestand.`);
      return;
    }
    seen.add(code);
    if (!name) problem(row, 'regio', 'De naam van het gebied ontbreekt.');
    const values: ParsedValue[] = [];
    for (const c of figureCols) {
      const raw = cell(c);
      if (raw === '' || raw === '.') continue; // CBS: "." = no figure
      const value = toDecimal(raw, { comma: true, point: false });
      if (value === null) {
        problem(row, c, `"${raw}" is geen getal. Gebruik een decimale komma (zoals 12,5) of een punt voor 'geen gegeven'.`);
        continue;
      }
      values.push({ row, column: c, indicatorKey: KWB_COLUMNS[c]!, areaCode: code, period, value, source });
    }
    out.areas.push({ row, code, name, level, parentCode: parentCode(code) });
    out.values.push(...values);
  });
}

function parseKoers(cols: string[], body: string[][], out: Parsed, problem: (r: number, c: string, t: string) => void) {
  const idx = Object.fromEntries(KOERS_COLUMNS.map((c) => [c, cols.indexOf(c)])) as Record<(typeof KOERS_COLUMNS)[number], number>;
  const seen = new Set<string>();
  body.forEach((cells, i) => {
    const row = i + 2;
    const cell = (name: (typeof KOERS_COLUMNS)[number]) => (cells[idx[name]] ?? '').trim();
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
    if (seen.has(key)) {
      problem(row, 'value', `Er staat al een waarde voor ${indicatorKey}, ${areaCode}, ${period} in dit bestand.`);
      return;
    }
    seen.add(key);
    out.values.push({ row, column: 'value', indicatorKey, areaCode, period, value: value!, source });
  });
}
