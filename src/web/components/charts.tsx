/**
 * Accessible SVG charts with their data table and downloads (monitoring, resident voice, …).
 *
 * API (small on purpose):
 *
 *   <LineChart id title description? unit? xLabel yLabel series={[{ key, label, points: [{ x: '2023', value: '24.6' }] }]} filename? />
 *     A trend: one line per series (e.g. one per area), x = periods (sorted as text: 2023, 2023-04, 2024),
 *     a gap where a series has no value. Series differ by colour, marker shape and dash, not by colour only.
 *
 *   <BarChart id title description? unit? xLabel yLabel bars={[{ key, label, value: '12.5', highlight? }]} filename? />
 *     One horizontal bar per item (areas, groups), in the given order; `highlight` draws a bar solid
 *     and the others hatched (e.g. the area of the page against the rest).
 *
 * Values are exact decimal strings ("24.6", "27745", null for "no figure") as the API sends them; they
 * are shown in the UI language's number format (a `%` unit follows the number; other units belong in
 * the axis label and the title) (nl: 27.745 and 24,6) without rounding. Every chart
 * is a <figure> with: the SVG (role="img", named by its title and description), a legend, the data
 * table (the accessible equivalent, always rendered beside or below the chart) and buttons that
 * download the chart as SVG and PNG (the PNG is drawn from the same SVG on a canvas, at 2×) and the
 * data as CSV (`;`-separated, decimal comma, UTF-8 with BOM so Excel opens it in Dutch settings).
 *
 * `id` must be unique on the page; the chart uses `${id}-svg-title`, `${id}-svg-desc`, `${id}-figcaption`,
 * `${id}-table-caption` and `${id}-hatch` for its own elements.
 *
 * Helpers also exported: formatDecimal (exact decimal string → localised text), SERIES_STYLES
 * (colour/marker/dash per series index), downloadBlob, toCsv.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { stringify } from 'csv-stringify/browser/esm/sync';
import { type ReactNode, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { Button } from './ui';

// ---------- numbers ----------

/** An exact decimal string ("-1234.5") in the UI's number format ("-1.234,5" / "-1,234.5"), without rounding. */
export function formatDecimal(value: string | null | undefined, lang: 'nl' | 'en'): string {
  if (value === null || value === undefined || value === '') return '–';
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return value;
  const [, sign, whole, frac] = m;
  const group = lang === 'nl' ? '.' : ',';
  const dec = lang === 'nl' ? ',' : '.';
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${frac ? `${dec}${frac}` : ''}`;
}

/** An exact decimal string for a CSV cell read in Dutch settings: decimal comma, no grouping. */
function csvDecimal(value: string | null | undefined): string {
  return value === null || value === undefined ? '' : value.replace('.', ',');
}

/** CSV with `;`, quoted where needed (csv-stringify), a BOM for Excel. */
export function toCsv(rows: string[][]): string {
  return `\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: '\r\n' })}`;
}

export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---------- styles ----------

export interface SeriesStyle {
  colour: string;
  marker: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'ring';
  dash?: string;
}
/** At least 3:1 against white (WCAG 1.4.11); the marker shape and dash keep series apart without colour. */
export const SERIES_STYLES: SeriesStyle[] = [
  { colour: '#00447c', marker: 'circle' },
  { colour: '#b34700', marker: 'square', dash: '7 4' },
  { colour: '#5b2a86', marker: 'triangle', dash: '2 3' },
  { colour: '#1d6b39', marker: 'diamond', dash: '10 3 2 3' },
  { colour: '#a4005b', marker: 'cross' },
  { colour: '#4d5560', marker: 'ring', dash: '4 4' },
  { colour: '#006d75', marker: 'square' },
];
export const seriesStyle = (i: number): SeriesStyle => SERIES_STYLES[i % SERIES_STYLES.length]!;

function Marker({ x, y, style, size = 4.5 }: { x: number; y: number; style: SeriesStyle; size?: number }) {
  const c = style.colour;
  switch (style.marker) {
    case 'square':
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} fill={c} />;
    case 'triangle':
      return <path d={`M${x},${y - size * 1.2}L${x + size * 1.1},${y + size * 0.8}L${x - size * 1.1},${y + size * 0.8}Z`} fill={c} />;
    case 'diamond':
      return <path d={`M${x},${y - size * 1.3}L${x + size * 1.1},${y}L${x},${y + size * 1.3}L${x - size * 1.1},${y}Z`} fill={c} />;
    case 'cross':
      return <path d={`M${x - size},${y - size}L${x + size},${y + size}M${x + size},${y - size}L${x - size},${y + size}`} stroke={c} strokeWidth={2.5} />;
    case 'ring':
      return <circle cx={x} cy={y} r={size} fill="#fff" stroke={c} strokeWidth={2.5} />;
    default:
      return <circle cx={x} cy={y} r={size} fill={c} />;
  }
}

/** The same marker as SVG text, for the exported image's legend. */
function markerText(style: SeriesStyle, x: number, y: number, size = 4.5): string {
  const c = style.colour;
  switch (style.marker) {
    case 'square':
      return `<rect x="${x - size}" y="${y - size}" width="${size * 2}" height="${size * 2}" fill="${c}"/>`;
    case 'triangle':
      return `<path d="M${x},${y - size * 1.2}L${x + size * 1.1},${y + size * 0.8}L${x - size * 1.1},${y + size * 0.8}Z" fill="${c}"/>`;
    case 'diamond':
      return `<path d="M${x},${y - size * 1.3}L${x + size * 1.1},${y}L${x},${y + size * 1.3}L${x - size * 1.1},${y}Z" fill="${c}"/>`;
    case 'cross':
      return `<path d="M${x - size},${y - size}L${x + size},${y + size}M${x + size},${y - size}L${x - size},${y + size}" stroke="${c}" stroke-width="2.5"/>`;
    case 'ring':
      return `<circle cx="${x}" cy="${y}" r="${size}" fill="#fff" stroke="${c}" stroke-width="2.5"/>`;
    default:
      return `<circle cx="${x}" cy="${y}" r="${size}" fill="${c}"/>`;
  }
}
const xmlEscape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The legend's sample: a short line with the series' dash and marker. */
export function SeriesSwatch({ index }: { index: number }) {
  const s = seriesStyle(index);
  return (
    <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" focusable="false" className="koers-series-swatch">
      <line x1="1" x2="33" y1="7" y2="7" stroke={s.colour} strokeWidth="2.5" strokeDasharray={s.dash} />
      <Marker x={17} y={7} style={s} size={4} />
    </svg>
  );
}

// ---------- the frame: figure, legend, table, downloads ----------

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

function ChartFrame({
  id,
  svg,
  svgRef,
  legend,
  table,
  filename,
  csv,
  title,
  exportLegend = [],
}: {
  id: string;
  svg: ReactNode;
  svgRef: React.RefObject<SVGSVGElement | null>;
  legend?: ReactNode;
  table: ReactNode;
  filename: string;
  csv: () => string[][];
  title: string;
  /** series named in the downloaded image's legend (the screen has its own HTML legend) */
  exportLegend?: string[];
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  /** The chart as a standalone SVG: a white background, the title above and the legend below it. */
  const serialise = () => {
    const el = svgRef.current;
    if (!el) return null;
    const copy = el.cloneNode(true) as SVGSVGElement;
    const vb = el.viewBox.baseVal;
    const W = vb.width;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('x', '0');
    copy.setAttribute('y', '34');
    copy.setAttribute('width', String(W));
    copy.setAttribute('height', String(vb.height));
    copy.removeAttribute('class');
    const perRow = 3;
    const rows = Math.ceil(exportLegend.length / perRow);
    const legendTop = 34 + vb.height + 8;
    const height = legendTop + (rows ? rows * 22 + 8 : 0);
    const legend = exportLegend
      .map((label, i) => {
        const st = seriesStyle(i);
        const x = 16 + (i % perRow) * ((W - 32) / perRow);
        const y = legendTop + 11 + Math.floor(i / perRow) * 22;
        return `<line x1="${x}" x2="${x + 30}" y1="${y}" y2="${y}" stroke="${st.colour}" stroke-width="2.5"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>${markerText(st, x + 15, y, 4)}<text x="${x + 38}" y="${y + 4}" font-size="13" fill="#1a1a1a">${xmlEscape(label)}</text>`;
      })
      .join('');
    const text =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="${xmlEscape(FONT)}">` +
      `<rect width="100%" height="100%" fill="#ffffff"/>` +
      `<text x="16" y="22" font-size="15" font-weight="700" fill="#1a1a1a">${xmlEscape(title)}</text>` +
      new XMLSerializer().serializeToString(copy) +
      legend +
      `</svg>`;
    return { text, width: W, height };
  };
  const downloadSvg = () => {
    const s = serialise();
    if (s) downloadBlob(new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${s.text}`], { type: 'image/svg+xml;charset=utf-8' }), `${filename}.svg`);
  };
  const downloadPng = async () => {
    const s = serialise();
    if (!s) return;
    setBusy(true);
    try {
      // a data: URL, not a blob: URL — the Content-Security-Policy allows images from 'self' and data:
      const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(s.text)}`;
      const img = new Image();
      await new Promise<void>((resolve, reject) => {
        img.onload = () => resolve();
        img.onerror = () => reject(new Error('svg'));
        img.src = url;
      });
      const scale = 2;
      const canvas = document.createElement('canvas');
      canvas.width = s.width * scale;
      canvas.height = s.height * scale;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (blob) downloadBlob(blob, `${filename}.png`);
    } finally {
      setBusy(false);
    }
  };
  const downloadCsv = () => downloadBlob(new Blob([toCsv(csv())], { type: 'text/csv;charset=utf-8' }), `${filename}.csv`);
  return (
    <figure className="koers-chart-figure" aria-labelledby={`${id}-figcaption`}>
      <figcaption id={`${id}-figcaption`} className="koers-chart-figure__title">
        {title}
      </figcaption>
      <div className="koers-chart-layout">
        <div className="koers-chart">
          {svg}
          {legend}
        </div>
        <div className="koers-chart-table">{table}</div>
      </div>
      <div className="koers-downloads" role="group" aria-label={t('chart.downloadsFor', { title })}>
        <span className="koers-downloads__label" aria-hidden="true">
          {t('chart.download')}
        </span>
        <Button onClick={() => void downloadPng()} disabled={busy} aria-label={t('chart.downloadPngLong', { title })}>
          {t('chart.png')}
        </Button>
        <Button onClick={downloadSvg} aria-label={t('chart.downloadSvgLong', { title })}>
          {t('chart.svg')}
        </Button>
        <Button onClick={downloadCsv} aria-label={t('chart.downloadCsvLong', { title })}>
          {t('chart.csv')}
        </Button>
      </div>
    </figure>
  );
}

/** A table in a keyboard-reachable scrolling region named by its caption. */
function DataTable({ id, caption, children }: { id: string; caption: string; children: ReactNode }) {
  return (
    <div className="koers-table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="utrecht-table koers-table koers-table--chart">
        <caption id={`${id}-caption`} className="koers-caption">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

/** Short tick labels: 12.500 → "12,5 k" is not plain Dutch; use the full number with grouping, at most 2 decimals. */
function tickFormatter(lang: 'nl' | 'en', ticks: number[]) {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const decimals = step >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(step)));
  const f = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return (n: number) => f.format(n);
}

function withUnit(text: string, unit?: string) {
  if (!unit) return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

// ---------- line chart ----------

export interface LinePoint {
  /** the period as text; the x axis sorts these as text */
  x: string;
  /** exact decimal string; null = no figure */
  value: string | null;
  /** marks a value in the table (e.g. "voorbeelddata") */
  note?: string;
}
export interface LineSeries {
  key: string;
  label: string;
  points: LinePoint[];
}

export function LineChart({
  id,
  title,
  description,
  unit,
  xLabel,
  yLabel,
  series,
  filename,
  zeroBased = true,
}: {
  id: string;
  title: string;
  description?: string;
  unit?: string;
  xLabel: string;
  yLabel: string;
  series: LineSeries[];
  filename?: string;
  /** start the value axis at 0 (default) */
  zeroBased?: boolean;
}) {
  const { t, lang } = useI18n();
  const svgRef = useRef<SVGSVGElement>(null);
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort();
  const nums = series.flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => Number(p.value)));
  const W = 680;
  const H = 340;
  const m = { left: 76, right: 20, top: 18, bottom: 56 };
  const lo = nums.length ? Math.min(...nums) : 0;
  const hi = nums.length ? Math.max(...nums) : 1;
  const y = scaleLinear()
    .domain([zeroBased ? Math.min(0, lo) : lo, hi === lo ? hi + 1 : hi])
    .range([H - m.bottom, m.top])
    .nice(5);
  const x = scalePoint<string>()
    .domain(xs)
    .range([m.left, W - m.right])
    .padding(0.4);
  const ticks = y.ticks(5);
  const fmtTick = tickFormatter(lang, ticks);
  const desc = description ?? t('chart.lineDesc', { n: series.length, from: xs[0] ?? '', to: xs[xs.length - 1] ?? '' });
  const path = line<LinePoint>()
    .defined((p) => p.value !== null)
    .x((p) => x(p.x) ?? 0)
    .y((p) => y(Number(p.value)));
  const tableCaption = t('chart.tableCaption', { title });
  const csv = () => [
    [xLabel, ...series.map((s) => (unit ? `${s.label} (${unit})` : s.label))],
    ...xs.map((px) => [px, ...series.map((s) => csvDecimal(s.points.find((p) => p.x === px)?.value ?? null))]),
  ];
  const svg = (
    <svg ref={svgRef} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} className="koers-chart__svg" fontFamily={FONT}>
      <title id={`${id}-svg-title`}>{title}</title>
      <desc id={`${id}-svg-desc`}>{desc}</desc>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={m.left} x2={W - m.right} y1={y(v)} y2={y(v)} stroke="#c9d1da" strokeWidth="1" />
          <text x={m.left - 8} y={y(v) + 4} textAnchor="end" fontSize="12" fill="#4d5560">
            {withUnit(fmtTick(v), unit === '%' ? '%' : undefined)}
          </text>
        </g>
      ))}
      <line x1={m.left} x2={W - m.right} y1={H - m.bottom} y2={H - m.bottom} stroke="#1a1a1a" strokeWidth="1.5" />
      {xs.map((px) => (
        <text key={px} x={x(px)} y={H - m.bottom + 20} textAnchor="middle" fontSize="13" fill="#1a1a1a">
          {px}
        </text>
      ))}
      <text x={(m.left + W - m.right) / 2} y={H - 8} textAnchor="middle" fontSize="13" fill="#4d5560">
        {xLabel}
      </text>
      <text transform={`translate(16 ${(m.top + H - m.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize="13" fill="#4d5560">
        {unit && unit !== '%' && unit !== 'aantal' ? `${yLabel} (${unit})` : yLabel}
      </text>
      {series.map((s, i) => {
        const st = seriesStyle(i);
        const pts = xs.map((px) => s.points.find((p) => p.x === px) ?? { x: px, value: null });
        return (
          <g key={s.key}>
            <path d={path(pts) ?? ''} fill="none" stroke={st.colour} strokeWidth="2.5" strokeDasharray={st.dash} strokeLinejoin="round" />
            {pts
              .filter((p) => p.value !== null)
              .map((p) => (
                <Marker key={p.x} x={x(p.x) ?? 0} y={y(Number(p.value))} style={st} />
              ))}
          </g>
        );
      })}
    </svg>
  );
  const legend = (
    <ul className="koers-chart__legend koers-chart__legend--list" aria-label={t('chart.legend')}>
      {series.map((s, i) => (
        <li key={s.key}>
          <SeriesSwatch index={i} /> {s.label}
        </li>
      ))}
    </ul>
  );
  const table = (
    <DataTable id={`${id}-table`} caption={tableCaption}>
      <thead>
        <tr>
          <th scope="col">{xLabel}</th>
          {series.map((s) => (
            <th scope="col" className="koers-num" key={s.key}>
              {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {xs.map((px) => (
          <tr key={px}>
            <th scope="row">{px}</th>
            {series.map((s) => {
              const p = s.points.find((q) => q.x === px);
              return (
                <td className="koers-num koers-nowrap" key={s.key}>
                  {p && p.value !== null ? withUnit(formatDecimal(p.value, lang), unit === '%' ? '%' : undefined) : <span aria-label={t('chart.noValue')}>–</span>}
                  {p?.note ? <span className="koers-chart-note"> {p.note}</span> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
  if (!xs.length) return <p className="utrecht-paragraph koers-empty">{t('chart.noData')}</p>;
  return <ChartFrame id={id} title={title} svg={svg} svgRef={svgRef} legend={legend} table={table} filename={filename ?? id} csv={csv} exportLegend={series.map((s) => s.label)} />;
}

// ---------- bar chart ----------

export interface Bar {
  key: string;
  label: string;
  /** exact decimal string; null = no figure */
  value: string | null;
  /** drawn solid (the others hatched) */
  highlight?: boolean;
  note?: string;
}

export function BarChart({
  id,
  title,
  description,
  unit,
  xLabel,
  yLabel,
  bars,
  filename,
}: {
  id: string;
  title: string;
  description?: string;
  unit?: string;
  /** the header of the category column (e.g. "Gebied") */
  xLabel: string;
  /** the header of the value column and the value axis (e.g. "Moeite met rondkomen") */
  yLabel: string;
  bars: Bar[];
  filename?: string;
}) {
  const { t, lang } = useI18n();
  const svgRef = useRef<SVGSVGElement>(null);
  const nums = bars.filter((b) => b.value !== null).map((b) => Number(b.value));
  const rowH = 34;
  const W = 680;
  const m = { left: 190, right: 90, top: 12, bottom: 44 };
  const H = m.top + m.bottom + Math.max(1, bars.length) * rowH;
  const lo = Math.min(0, ...nums);
  const hi = Math.max(0, ...nums);
  const x = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([m.left, W - m.right])
    .nice(5);
  const ticks = x.ticks(5);
  const fmtTick = tickFormatter(lang, ticks);
  const desc = description ?? t('chart.barDesc', { n: bars.length });
  const shown = (v: string | null) => (v === null ? '–' : withUnit(formatDecimal(v, lang), unit === '%' ? '%' : undefined));
  const csv = () => [[xLabel, unit ? `${yLabel} (${unit})` : yLabel], ...bars.map((b) => [b.label, csvDecimal(b.value)])];
  const truncate = (s: string) => (s.length > 26 ? `${s.slice(0, 25)}…` : s);
  const svg = (
    <svg ref={svgRef} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} className="koers-chart__svg" fontFamily={FONT}>
      <title id={`${id}-svg-title`}>{title}</title>
      <desc id={`${id}-svg-desc`}>{desc}</desc>
      <defs>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#5f7f9e" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" />
        </pattern>
      </defs>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={m.top} y2={H - m.bottom} stroke="#c9d1da" strokeWidth="1" />
          <text x={x(v)} y={H - m.bottom + 18} textAnchor="middle" fontSize="12" fill="#4d5560">
            {withUnit(fmtTick(v), unit === '%' ? '%' : undefined)}
          </text>
        </g>
      ))}
      <text x={(m.left + W - m.right) / 2} y={H - 6} textAnchor="middle" fontSize="13" fill="#4d5560">
        {unit && unit !== '%' && unit !== 'aantal' ? `${yLabel} (${unit})` : yLabel}
      </text>
      {bars.map((b, i) => {
        const top = m.top + i * rowH + 6;
        const v = b.value === null ? null : Number(b.value);
        const x0 = x(Math.min(0, v ?? 0));
        const x1 = x(Math.max(0, v ?? 0));
        return (
          <g key={b.key}>
            <text x={m.left - 8} y={top + rowH / 2} textAnchor="end" fontSize="13" fill="#1a1a1a" fontWeight={b.highlight ? 700 : 400}>
              {truncate(b.label)}
            </text>
            {v === null ? null : (
              <rect x={x0} y={top} width={Math.max(1, x1 - x0)} height={rowH - 12} fill={b.highlight ? '#00447c' : `url(#${id}-hatch)`} stroke={b.highlight ? undefined : '#00447c'} />
            )}
            <text x={(v === null ? x(0) : x1) + 6} y={top + rowH / 2 - 1} fontSize="13" fill="#1a1a1a">
              {shown(b.value)}
            </text>
          </g>
        );
      })}
      <line x1={x(0)} x2={x(0)} y1={m.top} y2={H - m.bottom} stroke="#1a1a1a" strokeWidth="1.5" />
    </svg>
  );
  const table = (
    <DataTable id={`${id}-table`} caption={t('chart.tableCaption', { title })}>
      <thead>
        <tr>
          <th scope="col">{xLabel}</th>
          <th scope="col" className="koers-num">
            {yLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key}>
            <th scope="row">{b.label}</th>
            <td className="koers-num koers-nowrap">
              {b.value === null ? <span aria-label={t('chart.noValue')}>–</span> : shown(b.value)}
              {b.note ? <span className="koers-chart-note"> {b.note}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
  if (!bars.length) return <p className="utrecht-paragraph koers-empty">{t('chart.noData')}</p>;
  return <ChartFrame id={id} title={title} svg={svg} svgRef={svgRef} table={table} filename={filename ?? id} csv={csv} />;
}
