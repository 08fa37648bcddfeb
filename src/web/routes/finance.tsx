/** Financiën: totals, warnings, a bar chart per year with its table (for the programme, one effort or one source: `?grafiek=`), multi-year tables per effort and per source, and the funding sources. */
import { type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type FinanceOverview, type FundingSource, FUNDING_STATUS_LABELS, FUNDING_STATUSES, FundingSourceInput } from '../../shared/steering';
import { useSession } from '../api/hooks';
import { type FundingSourceBody, steeringApi, useFinanceOverview, useFundingSources, useSteeringMutation } from '../api/steering';
import { ChoiceGroup, focusSoon, StatusRegion, TextInput, useFormErrors, zodIssues } from '../components/form';
import { byCode, SignalItems, useMoney } from '../components/steering';
import { type BadgeTone, Button, ErrorView, Link, Loading, PageTitle, StatusBadge } from '../components/ui';
import { useI18n } from '../i18n';
import { InlineForm } from './steering-forms';

type Amounts = FinanceOverview['totals'];
const MEASURES = ['plannedCents', 'committedCents', 'realisedCents'] as const;
type Measure = (typeof MEASURES)[number];
const ZERO: Amounts = { plannedCents: 0, committedCents: 0, realisedCents: 0 };
const SOURCE_TONES: Record<FundingSource['status'], BadgeTone> = { toegekend: 'ok', aangevraagd: 'info', onzeker: 'warn' };

function useMeasureLabel() {
  const { t } = useI18n();
  return (m: Measure) => (m === 'plannedCents' ? t('budget.planned') : m === 'committedCents' ? t('budget.committed') : t('budget.realised'));
}

export function FinancePage() {
  const { t, label } = useI18n();
  const formatMoney = useMoney();
  const overview = useFinanceOverview();
  const session = useSession().data;
  if (overview.isError) return <ErrorView error={overview.error} />;
  if (!overview.data) return <Loading />;
  const o = overview.data;
  const realisedPct = o.totals.plannedCents > 0 ? Math.round((o.totals.realisedCents / o.totals.plannedCents) * 100) : null;
  return (
    <>
      <PageTitle title={t('finance.title')}>{t('finance.title')}</PageTitle>
      <p className="utrecht-paragraph koers-lead">{t('finance.intro')}</p>
      <section aria-labelledby="finance-totals" className="koers-section koers-section--first">
        <h2 className="utrecht-heading-2 koers-visually-hidden" id="finance-totals">
          {t('finance.totals')}
        </h2>
        <ul className="koers-tiles">
          <li className="koers-tile">
            <span className="koers-tile__number koers-tile__number--money">{formatMoney(o.totals.plannedCents)}</span>
            {t('finance.totalPlanned')}
          </li>
          <li className="koers-tile">
            <span className="koers-tile__number koers-tile__number--money">{formatMoney(o.totals.committedCents)}</span>
            {t('finance.totalCommitted')}
          </li>
          <li className="koers-tile">
            <span className="koers-tile__number koers-tile__number--money">{formatMoney(o.totals.realisedCents)}</span>
            {realisedPct === null ? t('finance.totalRealised') : t('finance.totalRealisedPct', { pct: realisedPct })}
          </li>
        </ul>
        <div className="koers-downloads">
          <span className="koers-downloads__label">{t('finance.download')}</span>
          <a className="utrecht-button utrecht-button--secondary-action koers-button-link" href="/api/v1/finance/export.xlsx" download>
            {t('finance.downloadXlsx')}
          </a>
          <a className="utrecht-button utrecht-button--secondary-action koers-button-link" href="/api/v1/finance/export.csv" download>
            {t('finance.downloadCsv')}
          </a>
        </div>
      </section>

      <section className="koers-section" aria-labelledby="finance-warnings">
        <h2 className="utrecht-heading-2" id="finance-warnings">
          {t('finance.warnings')} <span className="koers-count">({o.warnings.length})</span>
        </h2>
        {o.warnings.length ? (
          <>
            <p className="utrecht-paragraph koers-muted">{t('finance.warningsIntro')}</p>
            <SignalItems items={o.warnings} />
          </>
        ) : (
          <p className="utrecht-paragraph koers-empty">{t('finance.noWarnings')}</p>
        )}
      </section>

      <YearChart overview={o} />

      <section className="koers-section" aria-labelledby="finance-by-effort">
        <h2 className="utrecht-heading-2" id="finance-by-effort">
          {t('finance.byEffort')}
        </h2>
        <AmountsTable
          id="by-effort"
          caption={t('finance.byEffortCaption')}
          headLabel={t('finance.effort')}
          years={o.years}
          totals={o.totals}
          rows={[...o.byEffort].sort((a, b) => byCode(a.effort, b.effort)).map((r) => ({
            key: r.effort.id,
            head: (
              <Link to={`/inspanningen/${r.effort.id}/sturing#budget`}>
                <span className="koers-code">{r.effort.code}</span> {r.effort.name}
              </Link>
            ),
            total: r.total,
            years: r.years,
          }))}
        />
      </section>

      <section className="koers-section" aria-labelledby="finance-by-source">
        <h2 className="utrecht-heading-2" id="finance-by-source">
          {t('finance.bySource')}
        </h2>
        <AmountsTable
          id="by-source"
          caption={t('finance.bySourceCaption')}
          headLabel={t('budget.source')}
          years={o.years}
          totals={o.totals}
          rows={o.bySource.map((r) => ({
            key: r.source?.id ?? 'none',
            head: r.source ? (
              <>
                {r.source.name}{' '}
                <StatusBadge tone={SOURCE_TONES[r.source.status]}>{label(FUNDING_STATUS_LABELS, r.source.status)}</StatusBadge>
              </>
            ) : (
              <span className="koers-muted">{t('budget.noSourceShort')}</span>
            ),
            total: r.total,
            years: r.years,
          }))}
        />
      </section>

      <FundingSourcesSection canEdit={!!session?.abilities.editFundingSources} />
    </>
  );
}

/** Rows of planned / committed / realised per year, one row group per effort or source. */
function AmountsTable({
  id,
  caption,
  headLabel,
  years,
  rows,
  totals,
}: {
  id: string;
  caption: string;
  headLabel: string;
  years: number[];
  rows: { key: string; head: ReactNode; total: Amounts; years: Record<string, Amounts> }[];
  totals: Amounts;
}) {
  const { t } = useI18n();
  const formatMoney = useMoney();
  const measureLabel = useMeasureLabel();
  if (!rows.length) return <p className="utrecht-paragraph koers-empty">{t('finance.noLines')}</p>;
  const yearTotal = (y: number): Amounts =>
    rows.reduce((acc, r) => {
      const a = r.years[String(y)] ?? ZERO;
      return { plannedCents: acc.plannedCents + a.plannedCents, committedCents: acc.committedCents + a.committedCents, realisedCents: acc.realisedCents + a.realisedCents };
    }, ZERO);
  return (
    <div className="koers-table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="utrecht-table koers-table koers-table--money koers-table--grouped">
        <caption id={`${id}-caption`} className="koers-caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{headLabel}</th>
            <th scope="col">{t('finance.amount')}</th>
            {years.map((y) => (
              <th scope="col" className="koers-num" key={y}>
                {y}
              </th>
            ))}
            <th scope="col" className="koers-num">
              {t('budget.total')}
            </th>
          </tr>
        </thead>
        {rows.map((r) => (
          <tbody key={r.key} className="koers-row-group">
            {MEASURES.map((m, i) => (
              <tr key={m} className={r.total.realisedCents > r.total.plannedCents && m === 'realisedCents' ? 'koers-row--warn' : undefined}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={3} className="koers-row-group__head">
                    {r.head}
                  </th>
                ) : null}
                <th scope="row" className="koers-measure">
                  {measureLabel(m)}
                </th>
                {years.map((y) => (
                  <td className="koers-num koers-nowrap" key={y}>
                    {formatMoney(r.years[String(y)]?.[m] ?? 0)}
                  </td>
                ))}
                <td className="koers-num koers-nowrap koers-strong">{formatMoney(r.total[m])}</td>
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          {MEASURES.map((m, i) => (
            <tr key={m} className="koers-total-row">
              {i === 0 ? (
                <th scope="rowgroup" rowSpan={3}>
                  {t('budget.total')}
                </th>
              ) : null}
              <th scope="row" className="koers-measure">
                {measureLabel(m)}
              </th>
              {years.map((y) => (
                <td className="koers-num koers-nowrap" key={y}>
                  {formatMoney(yearTotal(y)[m])}
                </td>
              ))}
              <td className="koers-num koers-nowrap">{formatMoney(totals[m])}</td>
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}

/** A "nice" upper bound for the chart's axis: 1, 2, 2.5 or 5 times a power of ten. */
function niceMax(v: number) {
  if (v <= 0) return 100_00;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** What the year chart shows: the whole programme, one effort or one funding source (`?grafiek=`). */
interface ChartSubject {
  /** the `grafiek` URL value; '' for the whole programme */
  key: string;
  /** "het hele programma", "4 Sociaal Veilig Brunssum", "financieringsbron Regiodeal" */
  subject: string;
  years: Record<string, Amounts>;
  total: Amounts;
}

const CHART_PARAM = 'grafiek';
const effortKey = (id: string) => `effort:${id}`;
const sourceKey = (id: string | null) => (id ? `source:${id}` : 'source:none');
const addAmounts = (a: Amounts, b: Amounts): Amounts => ({
  plannedCents: a.plannedCents + b.plannedCents,
  committedCents: a.committedCents + b.committedCents,
  realisedCents: a.realisedCents + b.realisedCents,
});

/** The programme plus every effort and source, in the chooser's order. */
function useChartSubjects(overview: FinanceOverview) {
  const { t } = useI18n();
  const programmeYears: Record<string, Amounts> = {};
  for (const r of overview.byEffort) for (const [y, a] of Object.entries(r.years)) programmeYears[y] = addAmounts(programmeYears[y] ?? ZERO, a);
  const programme: ChartSubject = { key: '', subject: t('finance.chartSubjectProgramme'), years: programmeYears, total: overview.totals };
  const efforts = [...overview.byEffort]
    .sort((a, b) => byCode(a.effort, b.effort))
    .map((r) => ({ key: effortKey(r.effort.id), option: `${r.effort.code} ${r.effort.name}`, subject: `${r.effort.code} ${r.effort.name}`, years: r.years, total: r.total }));
  const sources = overview.bySource.map((r) => ({
    key: sourceKey(r.source?.id ?? null),
    option: r.source ? r.source.name : t('budget.noSourceShort'),
    subject: r.source ? t('finance.chartSubjectSource', { name: r.source.name }) : t('finance.chartSubjectNoSource'),
    years: r.years,
    total: r.total,
  }));
  return { programme, efforts, sources };
}

function YearChart({ overview }: { overview: FinanceOverview }) {
  const { t, lang } = useI18n();
  const formatMoney = useMoney();
  const measureLabel = useMeasureLabel();
  const [params, setParams] = useSearchParams();
  const { programme, efforts, sources } = useChartSubjects(overview);
  const wanted = params.get(CHART_PARAM) ?? '';
  // an unknown or outdated value (a removed effort or source) falls back to the whole programme
  const chosen: ChartSubject = [...efforts, ...sources].find((s) => s.key === wanted) ?? programme;
  const choose = (key: string) => {
    const next = new URLSearchParams(params);
    if (key) next.set(CHART_PARAM, key);
    else next.delete(CHART_PARAM);
    setParams(next, { replace: true });
  };
  const years = overview.years;
  const perYear = years.map((y) => ({ year: y, ...(chosen.years[String(y)] ?? ZERO) }));
  const compact = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
  const max = niceMax(Math.max(0, ...perYear.map((p) => Math.max(p.plannedCents, p.committedCents, p.realisedCents))));
  const W = 640;
  const H = 300;
  const left = 78;
  const right = 12;
  const top = 16;
  const bottom = 40;
  const gap = 3;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const slot = years.length ? plotW / years.length : plotW;
  const barW = Math.min(44, slot * 0.26);
  const y = (cents: number) => top + plotH - (cents / max) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  /** one bar per measure: solid, dotted and striped, so the difference is not in colour only */
  const bars: { m: Measure; fill: string; stroke?: string }[] = [
    { m: 'plannedCents', fill: '#00447c' },
    { m: 'committedCents', fill: 'url(#dots)', stroke: '#5b2a86' },
    { m: 'realisedCents', fill: 'url(#hatch)', stroke: '#b34700' },
  ];
  const pct = (p: Amounts) => (p.plannedCents > 0 ? `${Math.round((p.realisedCents / p.plannedCents) * 100)}%` : '–');
  const heading = t('finance.perYearFor', { subject: chosen.subject });
  return (
    <section className="koers-section" aria-labelledby="finance-chart">
      <h2 className="utrecht-heading-2" id="finance-chart">
        {heading}
      </h2>
      {years.length === 0 ? (
        <p className="utrecht-paragraph koers-empty">{t('finance.noLines')}</p>
      ) : (
        <>
          <div className="koers-filter koers-chart-chooser">
            <div className="koers-filter__item">
              <label className="utrecht-form-label" htmlFor="finance-chart-subject">
                {t('finance.chartChooser')}
              </label>
              <select id="finance-chart-subject" className="utrecht-select utrecht-select--html-select" value={chosen.key} onChange={(e) => choose(e.target.value)}>
                <optgroup label={t('finance.chartGroupProgramme')}>
                  <option value="">{t('finance.chartWholeProgramme')}</option>
                </optgroup>
                {efforts.length ? (
                  <optgroup label={t('finance.byEffort')}>
                    {efforts.map((s) => (
                      <option key={s.key} value={s.key}>
                        {s.option}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
                {sources.length ? (
                  <optgroup label={t('finance.bySource')}>
                    {sources.map((s) => (
                      <option key={s.key} value={s.key}>
                        {s.option}
                      </option>
                    ))}
                  </optgroup>
                ) : null}
              </select>
            </div>
          </div>
          <div className="koers-chart-layout">
            <figure className="koers-chart">
              <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc" className="koers-chart__svg">
                <title id="chart-title">{t('finance.chartTitleFor', { subject: chosen.subject })}</title>
                <desc id="chart-desc">{t('finance.chartDescFull')}</desc>
                <defs>
                  <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="6" height="6" fill="#b34700" />
                    <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" />
                  </pattern>
                  <pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse">
                    <rect width="6" height="6" fill="#5b2a86" />
                    <circle cx="3" cy="3" r="1.4" fill="#fff" />
                  </pattern>
                </defs>
                {ticks.map((v) => (
                  <g key={v}>
                    <line x1={left} x2={W - right} y1={y(v)} y2={y(v)} stroke="#c9d1da" strokeWidth="1" />
                    <text x={left - 8} y={y(v) + 4} textAnchor="end" fontSize="12" fill="#4d5560">
                      {compact.format(v / 100)}
                    </text>
                  </g>
                ))}
                {perYear.map((p, i) => {
                  const cx = left + slot * i + slot / 2;
                  const x0 = cx - (bars.length * barW + (bars.length - 1) * gap) / 2;
                  return (
                    <g key={p.year}>
                      {bars.map((b, j) => (
                        <rect key={b.m} x={x0 + j * (barW + gap)} y={y(p[b.m])} width={barW} height={Math.max(0, top + plotH - y(p[b.m]))} fill={b.fill} stroke={b.stroke} />
                      ))}
                      <text x={cx} y={H - bottom + 20} textAnchor="middle" fontSize="13" fill="#1a1a1a" fontWeight="600">
                        {p.year}
                      </text>
                    </g>
                  );
                })}
                <line x1={left} x2={W - right} y1={top + plotH} y2={top + plotH} stroke="#1a1a1a" strokeWidth="1.5" />
              </svg>
              <figcaption className="koers-chart__legend">
                {MEASURES.map((m) => (
                  <span key={m}>
                    <span className={`koers-swatch koers-swatch--${m === 'plannedCents' ? 'planned' : m === 'committedCents' ? 'committed' : 'realised'}`} aria-hidden="true" /> {measureLabel(m)}
                  </span>
                ))}
              </figcaption>
            </figure>
            <div className="koers-table-wrap koers-chart-table" role="region" aria-labelledby="chart-table-caption" tabIndex={0}>
              <table className="utrecht-table koers-table koers-table--money">
                <caption id="chart-table-caption" className="koers-caption">
                  {t('finance.chartTableCaptionFor', { subject: chosen.subject })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('budget.year')}</th>
                    {MEASURES.map((m) => (
                      <th scope="col" className="koers-num" key={m}>
                        {measureLabel(m)}
                      </th>
                    ))}
                    <th scope="col" className="koers-num">
                      {t('finance.realisedPctOfPlanned')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {perYear.map((p) => (
                    <tr key={p.year}>
                      <th scope="row">{p.year}</th>
                      {MEASURES.map((m) => (
                        <td className="koers-num koers-nowrap" key={m}>
                          {formatMoney(p[m])}
                        </td>
                      ))}
                      <td className="koers-num">{pct(p)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="koers-total-row">
                    <th scope="row">{t('budget.total')}</th>
                    {MEASURES.map((m) => (
                      <td className="koers-num koers-nowrap" key={m}>
                        {formatMoney(chosen.total[m])}
                      </td>
                    ))}
                    <td className="koers-num">{pct(chosen.total)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </div>
        </>
      )}
    </section>
  );
}

// ---------- funding sources ----------

function FundingSourcesSection({ canEdit }: { canEdit: boolean }) {
  const { t, label, formatDate } = useI18n();
  const formatMoney = useMoney();
  const q = useFundingSources();
  const [open, setOpen] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const start = (id: string) => {
    setStatus('');
    setOpen(id);
    focusSoon(`source-${id}-heading`);
  };
  const done = (message: string, focusId: string) => {
    setOpen(null);
    setStatus(message);
    focusSoon(focusId);
  };
  const items = q.data?.items ?? [];
  const editing = items.find((s) => s.id === open);
  const period = (s: FundingSource) =>
    s.startDate || s.endDate ? `${s.startDate ? formatDate(s.startDate) : t('lifecycle.openStart')} – ${s.endDate ? formatDate(s.endDate) : t('lifecycle.openEnd')}` : t('finance.noPeriod');
  return (
    <section className="koers-section" aria-labelledby="sources-title">
      <div className="koers-section__head">
        <div>
          <h2 className="utrecht-heading-2" id="sources-title" tabIndex={-1}>
            {t('finance.sources')}
          </h2>
          <p className="utrecht-paragraph koers-muted">{t('finance.sourcesIntro')}</p>
        </div>
        {canEdit && open !== 'new' ? (
          <Button id="source-add" onClick={() => start('new')}>
            {t('finance.addSource')}
          </Button>
        ) : null}
      </div>
      <StatusRegion message={status} />
      {open === 'new' ? (
        <div className="koers-card koers-form-card">
          <FundingSourceForm onDone={done} onCancel={() => done('', 'source-add')} />
        </div>
      ) : null}
      {editing ? (
        <div className="koers-card koers-form-card" key={`${editing.id}-${editing.version}`}>
          <FundingSourceForm item={editing} onDone={done} onCancel={() => done('', `source-edit-${editing.id}`)} />
        </div>
      ) : null}
      {q.isError ? <ErrorView error={q.error} /> : null}
      {!q.data && !q.isError ? <Loading /> : null}
      {q.data && !items.length ? <p className="utrecht-paragraph koers-empty">{t('finance.noSources')}</p> : null}
      {items.length ? (
        <div className="koers-table-wrap">
          <table className="utrecht-table koers-table">
            <caption className="koers-caption koers-visually-hidden">{t('finance.sources')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('source.name')}</th>
                <th scope="col">{t('source.period')}</th>
                <th scope="col">{t('source.status')}</th>
                <th scope="col" className="koers-num">
                  {t('source.plannedTotal')}
                </th>
                {canEdit ? <th scope="col">{t('budget.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    {s.name}
                    {s.description ? <div className="koers-muted koers-small koers-normal">{s.description}</div> : null}
                  </th>
                  <td>{period(s)}</td>
                  <td>
                    <StatusBadge tone={SOURCE_TONES[s.status]}>{label(FUNDING_STATUS_LABELS, s.status)}</StatusBadge>
                  </td>
                  <td className="koers-num koers-nowrap">{formatMoney(s.plannedCents)}</td>
                  {canEdit ? (
                    <td>
                      <Button id={`source-edit-${s.id}`} onClick={() => start(s.id)}>
                        {t('form.edit')}
                        <span className="koers-visually-hidden"> “{s.name}”</span>
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

const SOURCE_FIELDS = ['name', 'description', 'startDate', 'endDate', 'status'] as const;

function FundingSourceForm({ item, onDone, onCancel }: { item?: FundingSource; onDone: (message: string, focusId: string) => void; onCancel: () => void }) {
  const { t, label } = useI18n();
  const p = `source-${item?.id ?? 'new'}`;
  const [d, setD] = useState({
    name: item?.name ?? '',
    description: item?.description ?? '',
    startDate: item?.startDate ?? '',
    endDate: item?.endDate ?? '',
    status: item?.status ?? '',
  });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const f = useFormErrors(SOURCE_FIELDS);
  const m = useSteeringMutation((body: FundingSourceBody) => (item ? steeringApi.updateSource(item.id, { ...body, version: item.version }) : steeringApi.createSource(body)));
  const labels = { name: t('source.name'), description: t('source.description'), startDate: t('source.startDate'), endDate: t('source.endDate'), status: t('source.status') };
  const submit = () => {
    const body = { ...d, startDate: d.startDate || null, endDate: d.endDate || null } as FundingSourceBody;
    if (f.check(zodIssues(FundingSourceInput, body))) return;
    f.clear();
    m.mutate(body, { onSuccess: (s) => onDone(t('form.saved'), item ? `source-edit-${s.id}` : 'sources-title'), onError: f.fromApi });
  };
  const e = f.errors.fields;
  return (
    <InlineForm idPrefix={p} title={item ? t('source.editTitle', { name: item.name }) : t('source.addTitle')} errors={f.errors} labels={labels} pending={m.isPending} onSubmit={submit} onCancel={onCancel}>
      <TextInput id={`${p}-name`} label={labels.name} value={d.name} onChange={(v) => set({ name: v })} error={e.name} />
      <TextInput id={`${p}-description`} label={labels.description} value={d.description} onChange={(v) => set({ description: v })} error={e.description} optional multiline />
      <div className="koers-form-row">
        <TextInput id={`${p}-startDate`} type="date" label={labels.startDate} value={d.startDate} onChange={(v) => set({ startDate: v })} error={e.startDate} optional />
        <TextInput id={`${p}-endDate`} type="date" label={labels.endDate} value={d.endDate} onChange={(v) => set({ endDate: v })} error={e.endDate} optional description={t('source.endDateHint')} />
      </div>
      <ChoiceGroup
        id={`${p}-status`}
        legend={labels.status}
        value={d.status}
        onChange={(v) => set({ status: v as typeof d.status })}
        error={e.status}
        inline
        options={FUNDING_STATUSES.map((s) => ({ value: s, label: label(FUNDING_STATUS_LABELS, s) }))}
      />
    </InlineForm>
  );
}
