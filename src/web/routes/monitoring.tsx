/**
 * Monitoring — figures: the overview of indicators by theme (latest value for Brunssum and the
 * programme areas), an indicator's trend per area with reference areas, an area profile, and the
 * comparison of Noord and Oost with the rest of Brunssum and Heerlen-Noord. Every chart has its
 * table (components/charts.tsx); maps appear when areas have a geometry (monitoring-map.tsx).
 */
import { type ReactNode, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { type Area, type AreaValue, DIRECTION_LABELS, type Indicator, type IndicatorValue, THEME_LABELS, THEMES, type Theme, ValueInput, ValuePatch, AREA_LEVEL_LABELS } from '../../shared/monitoring';
import { useSession } from '../api/hooks';
import {
  BRUNSSUM,
  HEERLEN_NOORD,
  NOORD,
  OOST,
  PROGRAMME_AREAS,
  REFERENCE_AREAS,
  REST,
  monitoringAbilities,
  useAreas,
  useAreaValues,
  useCreateValue,
  useDeleteGeometry,
  useIndicators,
  useIndicatorValues,
  usePatchValue,
  useDeleteValue,
  useSetMembers,
  uploadFile,
  invalidateMonitoring,
} from '../api/monitoring';
import { BarChart, formatDecimal, LineChart } from '../components/charts';
import { CheckboxGroup, DeleteAction, ErrorSummary, focusSoon, SelectInput, StatusRegion, TextInput, todayIso, useFormErrors, zodIssues } from '../components/form';
import { Alert, Breadcrumbs, Button, ButtonLink, ErrorView, Link, Loading, PageTitle, ScrollTable, StatusBadge } from '../components/ui';
import { useI18n } from '../i18n';
import { AreaMap } from './monitoring-map';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

// ---------- shared bits ----------

/** "24,6%" or "27.745" (other units are named in the column or axis) */
function useValueText() {
  const { lang } = useI18n();
  return (value: string | null | undefined, unit: string) => {
    if (value === null || value === undefined) return '–';
    const v = formatDecimal(value, lang);
    return unit === '%' ? `${v}%` : v;
  };
}

function unitLabel(unit: string) {
  return unit === '%' || unit === 'aantal' ? '' : ` (${unit})`;
}

export function MonitoringNav({ current }: { current: 'overview' | 'compare' | 'import' | 'other' }) {
  const { t } = useI18n();
  const session = useSession().data;
  const can = monitoringAbilities(session);
  const links: [string, string, typeof current][] = [
    ['/monitoring', t('mon.navOverview'), 'overview'],
    ['/monitoring/vergelijken', t('mon.navCompare'), 'compare'],
    ...(can.importFiles ? ([['/monitoring/importeren', t('mon.navImport'), 'import']] as [string, string, typeof current][]) : []),
  ];
  return (
    <nav aria-label={t('mon.subnav')} className="koers-subnav">
      <ul>
        {links.map(([to, label, key]) => (
          <li key={to}>
            <Link to={to} aria-current={key === current ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function DemoMark({ show }: { show: boolean }) {
  const { t } = useI18n();
  return show ? (
    <>
      {' '}
      <StatusBadge tone="demo">{t('app.demoData')}</StatusBadge>
    </>
  ) : null;
}

const byCode = (areas: Area[] | undefined) => new Map((areas ?? []).map((a) => [a.code, a]));

// ---------- overview ----------

export function MonitoringPage() {
  const { t, label } = useI18n();
  const indicators = useIndicators();
  const areas = useAreas(BRUNSSUM);
  const cols = [BRUNSSUM, ...PROGRAMME_AREAS];
  const values = useAreaValues(cols, { latest: true });
  const valueText = useValueText();
  if (indicators.isError) return <ErrorView error={indicators.error} />;
  if (areas.isError) return <ErrorView error={areas.error} />;
  if (values.isError) return <ErrorView error={values.error} />;
  if (!indicators.data || !areas.data || !values.data) return <Loading />;
  const area = byCode(areas.data.items);
  const get = (indicatorId: string, code: string) => values.data.items.find((v) => v.indicatorId === indicatorId && v.area.code === code);
  const anyDemo = values.data.items.some((v) => v.isDemo);
  const themes = THEMES.filter((th) => indicators.data.items.some((i) => i.theme === th));
  // Brunssum's wijken (a national KWB import also brings every other gemeente's)
  const gm = area.get(BRUNSSUM);
  const wijken = areas.data.items.filter((a) => a.level === 'wijk' && a.parentId === gm?.id);
  return (
    <>
      <PageTitle title={t('mon.title')}>{t('mon.title')}</PageTitle>
      <MonitoringNav current="overview" />
      <p className="utrecht-paragraph koers-lead">{t('mon.intro')}</p>
      {anyDemo ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{t('mon.demoNote')}</p>
        </Alert>
      ) : null}
      <nav aria-labelledby="mon-themes-title" className="koers-section koers-section--first">
        <h2 className="utrecht-heading-2" id="mon-themes-title">
          {t('mon.themes')}
        </h2>
        <ul className="koers-inline-list">
          {themes.map((th) => (
            <li key={th}>
              <a className="utrecht-link" href={`#thema-${th}`}>
                {label(THEME_LABELS, th)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {themes.map((th) => {
        const list = indicators.data.items.filter((i) => i.theme === th);
        return (
          <section key={th} className="koers-section" aria-labelledby={`thema-${th}`}>
            <h2 className="utrecht-heading-2" id={`thema-${th}`} tabIndex={-1}>
              {label(THEME_LABELS, th)}
            </h2>
            <ScrollTable id={`mon-table-${th}`} caption={t('mon.themeCaption', { theme: label(THEME_LABELS, th) })}>
              <thead>
                <tr>
                  <th scope="col">{t('mon.indicator')}</th>
                  {cols.map((c) => (
                    <th scope="col" className="koers-num" key={c}>
                      <Link to={`/monitoring/gebieden/${c}`}>{area.get(c)?.name ?? c}</Link>
                    </th>
                  ))}
                  <th scope="col">{t('mon.period')}</th>
                  <th scope="col">{t('mon.source')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((ind) => {
                  const row = cols.map((c) => get(ind.id, c));
                  const periods = [...new Set(row.filter(Boolean).map((v) => v!.period))].sort();
                  const latest = periods[periods.length - 1];
                  const sources = [...new Set(row.filter(Boolean).map((v) => v!.source))];
                  return (
                    <tr key={ind.id}>
                      <th scope="row">
                        <Link to={`/monitoring/indicatoren/${ind.id}`}>{ind.name}</Link>
                        <span className="koers-muted">{unitLabel(ind.unit)}</span>
                      </th>
                      {row.map((v, i) => (
                        <td className="koers-num koers-nowrap" key={cols[i]}>
                          {v ? valueText(v.value, ind.unit) : <span aria-label={t('chart.noValue')}>–</span>}
                          {v && v.period !== latest ? <span className="koers-muted"> ({v.period})</span> : null}
                        </td>
                      ))}
                      <td>{latest ?? '–'}</td>
                      <td className="koers-source">
                        {row.every((v) => !v || v.isDemo) && row.some(Boolean) ? <StatusBadge tone="demo">{t('app.demoData')}</StatusBadge> : sources.length ? sources.join('; ') : ind.source}
                        {row.some((v) => v && !v.isDemo) ? <DemoMark show={row.some((v) => v?.isDemo)} /> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </ScrollTable>
          </section>
        );
      })}
      <section className="koers-section" aria-labelledby="mon-areas-title">
        <h2 className="utrecht-heading-2" id="mon-areas-title">
          {t('mon.areas')}
        </h2>
        <p className="utrecht-paragraph">{t('mon.areasIntro')}</p>
        <AreaLinks title={t('mon.areasProgramme')} areas={[area.get(BRUNSSUM), ...PROGRAMME_AREAS.map((c) => area.get(c))]} />
        <AreaLinks title={t('mon.areasReference')} areas={REFERENCE_AREAS.map((c) => area.get(c))} />
        {wijken.length ? <AreaLinks title={t('mon.areasWijken')} areas={wijken} /> : <p className="utrecht-paragraph koers-muted">{t('mon.noWijken')}</p>}
      </section>
    </>
  );
}

function AreaLinks({ title, areas }: { title: string; areas: (Area | undefined)[] }) {
  return (
    <>
      <h3 className="utrecht-heading-3">{title}</h3>
      <ul className="koers-inline-list">
        {areas.filter(Boolean).map((a) => (
          <li key={a!.code}>
            <Link to={`/monitoring/gebieden/${a!.code}`}>{a!.name}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

// ---------- indicator ----------

const AREA_PARAM = 'gebied';
const DEFAULT_TREND = [BRUNSSUM, NOORD, OOST, REST, HEERLEN_NOORD];

export function IndicatorPage() {
  const { id = '' } = useParams();
  const { t, label, formatDate } = useI18n();
  const [params, setParams] = useSearchParams();
  const areas = useAreas(BRUNSSUM);
  const chosen = params.getAll(AREA_PARAM).length ? params.getAll(AREA_PARAM) : DEFAULT_TREND;
  // Brunssum, its programme areas, wijken and buurten, and the reference areas (not every area of a national import)
  const local = (areas.data?.items ?? []).filter((a) => (a.level === 'wijk' || a.level === 'buurt') && a.code.slice(2, 6) === BRUNSSUM.slice(2)).map((a) => a.code);
  const wanted = [BRUNSSUM, ...PROGRAMME_AREAS, ...REFERENCE_AREAS, ...local].filter((c) => areas.data?.items.some((a) => a.code === c)).slice(0, 50);
  const values = useIndicatorValues(id, wanted, !!areas.data);
  const session = useSession().data;
  const can = monitoringAbilities(session);
  const valueText = useValueText();
  if (values.isError) return <ErrorView error={values.error} />;
  if (areas.isError) return <ErrorView error={areas.error} />;
  if (!values.data || !areas.data) return <Loading />;
  const ind = values.data.indicator;
  const area = byCode(areas.data.items);
  const options = [BRUNSSUM, ...PROGRAMME_AREAS, ...REFERENCE_AREAS].filter((c) => area.has(c));
  const choose = (codes: string[]) => {
    const next = new URLSearchParams(params);
    next.delete(AREA_PARAM);
    for (const c of options.filter((o) => codes.includes(o))) next.append(AREA_PARAM, c);
    setParams(next, { replace: true });
  };
  const shown = options.filter((c) => chosen.includes(c));
  const items = values.data.items;
  const series = shown.map((c) => ({
    key: c,
    label: area.get(c)?.name ?? c,
    points: items.filter((v) => v.area.code === c).map((v) => ({ x: v.period, value: v.value })),
  }));
  const title = `${ind.name}${unitLabel(ind.unit)}`;
  const latestPeriod = [...new Set(items.map((v) => v.period))].sort().pop();
  return (
    <>
      <Breadcrumbs items={[{ to: '/monitoring', label: t('mon.title') }, { label: ind.name }]} />
      <PageTitle title={ind.name} pre={label(THEME_LABELS, ind.theme)}>
        {ind.name}
      </PageTitle>
      <dl className="koers-props">
        <div className="koers-props__row">
          <dt>{t('mon.definition')}</dt>
          <dd>{ind.definition}</dd>
        </div>
        <div className="koers-props__row">
          <dt>{t('mon.source')}</dt>
          <dd>{ind.source}</dd>
        </div>
        <div className="koers-props__row">
          <dt>{t('mon.unit')}</dt>
          <dd>{ind.unit}</dd>
        </div>
        <div className="koers-props__row">
          <dt>{t('mon.direction')}</dt>
          <dd>{ind.direction ? label(DIRECTION_LABELS, ind.direction) : t('mon.noDirection')}</dd>
        </div>
        <div className="koers-props__row">
          <dt>{t('mon.theme')}</dt>
          <dd>{label(THEME_LABELS, ind.theme)}</dd>
        </div>
      </dl>
      <section className="koers-section" aria-labelledby="mon-trend-title">
        <h2 className="utrecht-heading-2" id="mon-trend-title">
          {t('mon.trend')}
        </h2>
        <CheckboxGroup
          id="mon-trend-areas"
          legend={t('mon.trendAreas')}
          values={shown}
          onChange={choose}
          options={options.map((c) => ({ value: c, label: `${area.get(c)!.name}${REFERENCE_AREAS.includes(c) ? ` (${t('mon.reference')})` : ''}` }))}
        />
        {shown.length && items.some((v) => shown.includes(v.area.code)) ? (
          <LineChart id="mon-trend" title={t('mon.trendTitle', { name: title })} unit={ind.unit} xLabel={t('mon.period')} yLabel={ind.name} series={series} filename={`koers-${ind.key}`} />
        ) : (
          <p className="utrecht-paragraph koers-empty">{t('mon.noValuesChosen')}</p>
        )}
      </section>
      {latestPeriod ? <IndicatorMap indicator={ind} values={items} period={latestPeriod} /> : null}
      <section className="koers-section" aria-labelledby="mon-values-title">
        <h2 className="utrecht-heading-2" id="mon-values-title" tabIndex={-1}>
          {t('mon.allValues')}
        </h2>
        <p className="utrecht-paragraph koers-muted">{t('mon.allValuesIntro')}</p>
        {items.length ? (
          <ScrollTable id="mon-values" caption={t('mon.allValuesCaption', { name: ind.name })}>
            <thead>
              <tr>
                <th scope="col">{t('mon.area')}</th>
                <th scope="col">{t('mon.period')}</th>
                <th scope="col" className="koers-num">
                  {t('mon.value')}
                  {unitLabel(ind.unit)}
                </th>
                <th scope="col">{t('mon.source')}</th>
                <th scope="col">{t('mon.retrievedOn')}</th>
                <th scope="col">{t('mon.origin')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((v) => (
                <ValueRow key={v.id} v={v} indicator={ind} canEdit={can.editValues} valueText={valueText} formatDate={formatDate} />
              ))}
            </tbody>
          </ScrollTable>
        ) : (
          <p className="utrecht-paragraph koers-empty">{t('mon.noValues')}</p>
        )}
      </section>
      {can.editValues ? <NewValueForm indicator={ind} areas={areas.data.items.filter((a) => wanted.includes(a.code))} /> : null}
    </>
  );
}

function ValueRow({
  v,
  indicator,
  canEdit,
  valueText,
  formatDate,
}: {
  v: IndicatorValue;
  indicator: Indicator;
  canEdit: boolean;
  valueText: (v: string, unit: string) => string;
  formatDate: (iso: string, style?: 'long' | 'short') => string;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const remove = useDeleteValue();
  const origin = v.isDemo ? t('app.demoData') : v.importId ? t('mon.originImport') : t('mon.originHand');
  return (
    <>
      <tr>
        <th scope="row">
          <Link to={`/monitoring/gebieden/${v.area.code}`}>{v.area.name}</Link>
        </th>
        <td>{v.period}</td>
        <td className="koers-num koers-nowrap" id={`value-${v.id}`}>
          {valueText(v.value, indicator.unit)}
        </td>
        <td className="koers-source">{v.source}</td>
        <td className="koers-nowrap">{formatDate(v.retrievedOn, 'short')}</td>
        <td>
          {v.isDemo ? <StatusBadge tone="demo">{origin}</StatusBadge> : origin}
          {canEdit && !v.isDemo && !v.importId && !editing ? (
            <>
              {' '}
              <Button appearance="subtle" id={`edit-${v.id}`} onClick={() => setEditing(true)}>
                {t('mon.correct')}
                <span className="koers-visually-hidden"> {t('mon.correctWhat', { area: v.area.name, period: v.period })}</span>
              </Button>
            </>
          ) : null}
        </td>
      </tr>
      {editing ? (
        <tr>
          <td colSpan={6}>
            <EditValueForm
              v={v}
              onDone={() => {
                setEditing(false);
                focusSoon(`edit-${v.id}`);
              }}
            />
            <div className="koers-actions">
              <DeleteAction id={`value-${v.id}-remove`} what={t('mon.valueWhat', { area: v.area.name, period: v.period })} onDelete={async () => {
                  await remove.mutateAsync(v.id);
                  focusSoon('mon-values-title');
                }}
              />
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
}

const VALUE_FIELDS = ['areaCode', 'period', 'value', 'source', 'retrievedOn'] as const;

function NewValueForm({ indicator, areas }: { indicator: Indicator; areas: Area[] }) {
  const { t } = useI18n();
  const create = useCreateValue(indicator.id);
  const [body, setBody] = useState({ areaCode: BRUNSSUM, period: '', value: '', source: '', retrievedOn: todayIso() });
  const [status, setStatus] = useState('');
  const { errors, check, clear, fromApi } = useFormErrors(VALUE_FIELDS);
  const labels = { areaCode: t('mon.area'), period: t('mon.period'), value: t('mon.value'), source: t('mon.source'), retrievedOn: t('mon.retrievedOn') };
  const set = (k: keyof typeof body) => (v: string) => setBody((b) => ({ ...b, [k]: v }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setStatus('');
    if (check(zodIssues(ValueInput, body))) return;
    clear();
    create.mutate(body, {
      onSuccess: (v) => {
        setStatus(t('mon.valueSaved', { area: v.area.name, period: v.period }));
        setBody((b) => ({ ...b, period: '', value: '' }));
      },
      // a clash is not "someone else changed this": say what the server says
      onError: (err) => (err instanceof ApiError && err.status === 409 ? check([['(body)', err.detail]]) : fromApi(err)),
    });
  };
  return (
    <section className="koers-section" aria-labelledby="mon-new-value">
      <h2 className="utrecht-heading-2" id="mon-new-value">
        {t('mon.newValue')}
      </h2>
      <p className="utrecht-paragraph koers-muted">{t('mon.newValueIntro')}</p>
      <form onSubmit={submit} noValidate className="koers-form koers-form--narrow">
        <ErrorSummary errors={errors} labels={labels} idPrefix="nv" />
        <SelectInput
          id="nv-areaCode"
          label={labels.areaCode}
          value={body.areaCode}
          onChange={set('areaCode')}
          options={areas.map((a) => [a.code, `${a.name} (${a.code})`] as const)}
          error={errors.fields.areaCode}
        />
        <TextInput id="nv-period" label={labels.period} value={body.period} onChange={set('period')} error={errors.fields.period} description={t('mon.periodHint')} width="short" />
        <TextInput id="nv-value" label={`${labels.value}${unitLabel(indicator.unit)}`} value={body.value} onChange={set('value')} error={errors.fields.value} description={t('mon.valueHint')} inputMode="decimal" width="short" />
        <TextInput id="nv-source" label={labels.source} value={body.source} onChange={set('source')} error={errors.fields.source} />
        <TextInput id="nv-retrievedOn" label={labels.retrievedOn} type="date" value={body.retrievedOn} onChange={set('retrievedOn')} error={errors.fields.retrievedOn} width="short" />
        <div className="koers-actions">
          <Button type="submit" appearance="primary" disabled={create.isPending}>
            {create.isPending ? t('mon.saving') : t('mon.saveValue')}
          </Button>
        </div>
        <StatusRegion message={status} />
      </form>
    </section>
  );
}

function EditValueForm({ v, onDone }: { v: IndicatorValue; onDone: () => void }) {
  const { t } = useI18n();
  const patch = usePatchValue();
  const [body, setBody] = useState({ value: v.value.replace('.', ','), source: v.source, retrievedOn: v.retrievedOn });
  const fields = ['value', 'source', 'retrievedOn'] as const;
  const { errors, check, fromApi } = useFormErrors(fields);
  const labels = { value: t('mon.value'), source: t('mon.source'), retrievedOn: t('mon.retrievedOn') };
  const prefix = `ev-${v.id}`;
  const set = (k: keyof typeof body) => (x: string) => setBody((b) => ({ ...b, [k]: x }));
  return (
    <form
      noValidate
      className="koers-form koers-inline-form"
      aria-label={t('mon.correctWhat', { area: v.area.name, period: v.period })}
      onSubmit={(e) => {
        e.preventDefault();
        if (check(zodIssues(ValuePatch, body))) return;
        patch.mutate({ id: v.id, body }, { onSuccess: onDone, onError: fromApi });
      }}
    >
      <ErrorSummary errors={errors} labels={labels} idPrefix={prefix} level={4} />
      <TextInput id={`${prefix}-value`} label={labels.value} value={body.value} onChange={set('value')} error={errors.fields.value} inputMode="decimal" width="short" />
      <TextInput id={`${prefix}-source`} label={labels.source} value={body.source} onChange={set('source')} error={errors.fields.source} />
      <TextInput id={`${prefix}-retrievedOn`} label={labels.retrievedOn} type="date" value={body.retrievedOn} onChange={set('retrievedOn')} error={errors.fields.retrievedOn} width="short" />
      <div className="koers-actions">
        <Button type="submit" appearance="primary" disabled={patch.isPending}>
          {t('edit.save')}
        </Button>
        <Button onClick={onDone}>{t('edit.cancel')}</Button>
      </div>
    </form>
  );
}

/** A choropleth of the latest period when areas with values have a geometry. */
function IndicatorMap({ indicator, values, period }: { indicator: Indicator; values: IndicatorValue[]; period: string }) {
  const { t } = useI18n();
  const inPeriod = values.filter((v) => v.period === period);
  return (
    <AreaMap
      id="mon-map"
      heading={t('mon.mapTitle', { name: indicator.name, period })}
      codes={inPeriod.map((v) => v.area.code)}
      values={Object.fromEntries(inPeriod.map((v) => [v.area.code, v.value]))}
      unit={indicator.unit}
      direction={indicator.direction}
    />
  );
}

// ---------- area profile ----------

export function AreaPage() {
  const { code = '' } = useParams();
  const { t, label } = useI18n();
  const local = useAreas(BRUNSSUM);
  // an area outside Brunssum (after a national import): the full list
  const outside = !!local.data && !local.data.items.some((a) => a.code === code.toUpperCase());
  const all = useAreas(undefined, outside);
  const areas = outside ? all : local;
  const indicators = useIndicators();
  const upper = code.toUpperCase();
  const compareTo = upper === BRUNSSUM ? [] : [BRUNSSUM];
  const values = useAreaValues([upper, ...compareTo], { latest: true, enabled: !!areas.data?.items.some((a) => a.code === upper) });
  const session = useSession().data;
  const can = monitoringAbilities(session);
  const valueText = useValueText();
  if (areas.isError) return <ErrorView error={areas.error} />;
  if (indicators.isError) return <ErrorView error={indicators.error} />;
  if (!areas.data || !indicators.data) return <Loading />;
  const area = areas.data.items.find((a) => a.code === upper);
  if (!area) return <ErrorView error={new ApiError(404, '', '', 'not_found')} />;
  if (values.isError) return <ErrorView error={values.error} />;
  if (!values.data) return <Loading />;
  const index = byCode(areas.data.items);
  const parent = areas.data.items.find((a) => a.id === area.parentId);
  const children = areas.data.items.filter((a) => a.parentId === area.id && (a.level === 'wijk' || a.level === 'buurt'));
  const get = (indicatorId: string, c: string) => values.data.items.find((v) => v.indicatorId === indicatorId && v.area.code === c);
  const withValues = indicators.data.items.filter((i) => get(i.id, upper));
  const themes = THEMES.filter((th) => withValues.some((i) => i.theme === th));
  return (
    <>
      <Breadcrumbs items={[{ to: '/monitoring', label: t('mon.title') }, { label: area.name }]} />
      <PageTitle title={area.name} pre={label(AREA_LEVEL_LABELS, area.level)}>
        {area.name}
      </PageTitle>
      <dl className="koers-props">
        <div className="koers-props__row">
          <dt>{t('mon.code')}</dt>
          <dd>
            <span className="koers-code">{area.code}</span>
          </dd>
        </div>
        {parent ? (
          <div className="koers-props__row">
            <dt>{t('mon.partOf')}</dt>
            <dd>
              <Link to={`/monitoring/gebieden/${parent.code}`}>{parent.name}</Link>
            </dd>
          </div>
        ) : null}
        {area.level === 'programmagebied' ? (
          <div className="koers-props__row">
            <dt>{t('mon.members')}</dt>
            <dd>{area.members.length ? area.members.map((m) => index.get(m)?.name ?? m).join(', ') : t('mon.noMembers')}</dd>
          </div>
        ) : null}
      </dl>
      {children.length ? (
        <AreaLinks title={area.level === 'gemeente' ? t('mon.areasWijken') : t('mon.areasBuurten')} areas={children} />
      ) : null}
      <section className="koers-section" aria-labelledby="mon-profile-title">
        <h2 className="utrecht-heading-2" id="mon-profile-title">
          {t('mon.profile')}
        </h2>
        {withValues.length ? (
          themes.map((th) => (
            <ScrollTable key={th} id={`mon-profile-${th}`} caption={t('mon.profileCaption', { theme: label(THEME_LABELS, th), area: area.name })}>
              <thead>
                <tr>
                  <th scope="col">{t('mon.indicator')}</th>
                  <th scope="col" className="koers-num">
                    {area.name}
                  </th>
                  {compareTo.length ? (
                    <>
                      <th scope="col" className="koers-num">
                        {index.get(BRUNSSUM)?.name ?? BRUNSSUM}
                      </th>
                      <th scope="col" className="koers-num">
                        {t('mon.difference')}
                      </th>
                    </>
                  ) : null}
                  <th scope="col">{t('mon.period')}</th>
                  <th scope="col">{t('mon.source')}</th>
                </tr>
              </thead>
              <tbody>
                {withValues
                  .filter((i) => i.theme === th)
                  .map((ind) => {
                    const own = get(ind.id, upper)!;
                    const ref = compareTo.length ? get(ind.id, BRUNSSUM) : undefined;
                    return (
                      <tr key={ind.id}>
                        <th scope="row">
                          <Link to={`/monitoring/indicatoren/${ind.id}?gebied=${upper}&gebied=${BRUNSSUM}${PROGRAMME_AREAS.includes(upper) ? `&gebied=${HEERLEN_NOORD}` : ''}`}>{ind.name}</Link>
                          <span className="koers-muted">{unitLabel(ind.unit)}</span>
                        </th>
                        <td className="koers-num koers-nowrap">{valueText(own.value, ind.unit)}</td>
                        {compareTo.length ? (
                          <>
                            <td className="koers-num koers-nowrap">
                              {ref ? valueText(ref.value, ind.unit) : '–'}
                              {ref && ref.period !== own.period ? <span className="koers-muted"> ({ref.period})</span> : null}
                            </td>
                            <td className="koers-num koers-nowrap">
                              <Difference own={own} other={ref} indicator={ind} />
                            </td>
                          </>
                        ) : null}
                        <td>{own.period}</td>
                        <td className="koers-source">{own.isDemo ? <StatusBadge tone="demo">{t('app.demoData')}</StatusBadge> : own.source}</td>
                      </tr>
                    );
                  })}
              </tbody>
            </ScrollTable>
          ))
        ) : (
          <p className="utrecht-paragraph koers-empty">{t('mon.noValuesArea')}</p>
        )}
      </section>
      <AreaMap id="mon-area-map" heading={t('mon.areaMapTitle', { area: area.name })} codes={[area.code, ...area.members]} />
      {can.editGeometry ? <GeometryForm area={area} /> : null}
      {area.level === 'programmagebied' && can.editAreas ? <MembersForm area={area} areas={areas.data.items} /> : null}
    </>
  );
}

/** The difference with Brunssum, in the unit ("+2,3 procentpunt" for %), and whether that is better or worse. */
function Difference({ own, other, indicator }: { own: AreaValue; other: AreaValue | undefined; indicator: Indicator }) {
  const { t, lang } = useI18n();
  if (!other || other.period !== own.period) return <span aria-label={t('chart.noValue')}>–</span>;
  const d = Number(own.value) - Number(other.value);
  const decimals = Math.max((own.value.split('.')[1] ?? '').length, (other.value.split('.')[1] ?? '').length);
  const text = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { signDisplay: 'exceptZero', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(d);
  const unit = indicator.unit === '%' ? ` ${t('mon.percentagePoints')}` : '';
  let judgement: ReactNode = null;
  if (indicator.direction && d !== 0) {
    const better = indicator.direction === 'higher_is_better' ? d > 0 : d < 0;
    judgement = <span className={better ? 'koers-better' : 'koers-worse'}> ({better ? t('mon.better') : t('mon.worse')})</span>;
  }
  return (
    <>
      {text}
      {unit}
      {judgement}
    </>
  );
}

function GeometryForm({ area }: { area: Area }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const session = useSession().data;
  const remove = useDeleteGeometry(area.code);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setStatus('');
    if (!file) {
      setError(t('mon.chooseFile'));
      focusSoon('geo-file');
      return;
    }
    setBusy(true);
    try {
      await uploadFile(`/areas/${area.code}/geometry`, 'PUT', file, {}, session?.csrfToken, () => undefined);
      setError('');
      setStatus(t('mon.geometrySaved'));
      invalidateMonitoring(qc);
    } catch (err) {
      setError(err instanceof ApiError ? err.invalidParams[0]?.reason || err.detail || err.title : String(err));
      focusSoon('geo-file');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="koers-section" aria-labelledby="mon-geo-title">
      <h2 className="utrecht-heading-2" id="mon-geo-title">
        {t('mon.geometry')}
      </h2>
      <p className="utrecht-paragraph koers-muted">{t('mon.geometryIntro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="koers-form koers-form--narrow">
        <div className={`utrecht-form-field koers-form-field ${error ? 'utrecht-form-field--invalid' : ''}`}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="geo-file">
              {t('mon.geometryFile')}
            </label>
          </div>
          {error ? (
            <div className="utrecht-form-field-error-message koers-field-error" id="geo-file-error">
              {error}
            </div>
          ) : null}
          <input
            id="geo-file"
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            className="koers-file"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'geo-file-error' : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <div className="koers-actions">
          <Button type="submit" appearance="primary" disabled={busy}>
            {t('mon.geometryUpload')}
          </Button>
          {area.hasGeometry ? (
            <Button
              onClick={() =>
                remove.mutate(undefined, {
                  onSuccess: () => setStatus(t('mon.geometryRemoved')),
                })
              }
            >
              {t('mon.geometryRemove')}
            </Button>
          ) : null}
        </div>
        <StatusRegion message={status} />
      </form>
    </section>
  );
}

function MembersForm({ area, areas }: { area: Area; areas: Area[] }) {
  const { t } = useI18n();
  const save = useSetMembers(area.code);
  const [chosen, setChosen] = useState<string[]>(area.members);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const gm = areas.find((a) => a.id === area.parentId);
  const buurten = areas.filter((a) => a.level === 'buurt' && (!gm || a.code.slice(2, 6) === gm.code.slice(2, 6)));
  const taken = new Map(areas.filter((a) => a.level === 'programmagebied' && a.code !== area.code).flatMap((a) => a.members.map((m) => [m, a.name] as const)));
  return (
    <section className="koers-section" aria-labelledby="mon-members-title">
      <h2 className="utrecht-heading-2" id="mon-members-title">
        {t('mon.membersEdit')}
      </h2>
      {buurten.length ? (
        <form
          noValidate
          className="koers-form"
          onSubmit={(e) => {
            e.preventDefault();
            setStatus('');
            save.mutate(chosen, {
              onSuccess: () => {
                setError('');
                setStatus(t('mon.membersSaved'));
              },
              onError: (err) => {
                setError(err instanceof ApiError ? [err.detail, ...err.invalidParams.map((p) => p.reason)].filter(Boolean).join(' ') : String(err));
                focusSoon('mon-members');
              },
            });
          }}
        >
          <CheckboxGroup
            id="mon-members"
            legend={t('mon.membersLegend', { area: area.name })}
            values={chosen}
            onChange={setChosen}
            error={error || undefined}
            options={buurten.map((b) => ({ value: b.code, label: `${b.name} (${b.code})${taken.has(b.code) ? ` — ${t('mon.memberOf', { area: taken.get(b.code)! })}` : ''}` }))}
          />
          <div className="koers-actions">
            <Button type="submit" appearance="primary" disabled={save.isPending}>
              {t('mon.membersSave')}
            </Button>
          </div>
          <StatusRegion message={status} />
        </form>
      ) : (
        <p className="utrecht-paragraph koers-muted">{t('mon.noBuurten')}</p>
      )}
    </section>
  );
}

// ---------- comparison ----------

const COMPARE = [NOORD, OOST, REST, HEERLEN_NOORD];

export function ComparePage() {
  const { t, label } = useI18n();
  const [params, setParams] = useSearchParams();
  const indicators = useIndicators();
  const areas = useAreas(BRUNSSUM);
  const values = useAreaValues([...COMPARE, BRUNSSUM]);
  const valueText = useValueText();
  if (indicators.isError) return <ErrorView error={indicators.error} />;
  if (values.isError) return <ErrorView error={values.error} />;
  if (!indicators.data || !areas.data || !values.data) return <Loading />;
  const area = byCode(areas.data.items);
  const list = indicators.data.items;
  const wanted = params.get('indicator');
  const theme = (params.get('thema') ?? '') as Theme | '';
  const ind = list.find((i) => i.id === wanted) ?? (theme ? undefined : list.find((i) => i.key === 'ggd_moeite_rondkomen') ?? list[0]);
  const set = (k: string, v: string) => {
    const next = new URLSearchParams();
    if (v) next.set(k, v);
    setParams(next, { replace: true });
  };
  const latestOf = (indicatorId: string, code: string) =>
    values.data.items
      .filter((v) => v.indicatorId === indicatorId && v.area.code === code)
      .sort((a, b) => a.period.localeCompare(b.period))
      .pop();
  return (
    <>
      <PageTitle title={t('mon.compareTitle')}>{t('mon.compareTitle')}</PageTitle>
      <MonitoringNav current="compare" />
      <p className="utrecht-paragraph koers-lead">{t('mon.compareIntro')}</p>
      <div className="koers-filter">
        <div className="koers-filter__item">
          <SelectInput
            id="cmp-indicator"
            label={t('mon.compareIndicator')}
            value={ind?.id ?? ''}
            onChange={(v) => set('indicator', v)}
            options={[['', t('mon.compareChooseTheme')] as const, ...list.map((i) => [i.id, `${i.name} (${label(THEME_LABELS, i.theme)})`] as const)]}
          />
        </div>
        <div className="koers-filter__item">
          <SelectInput
            id="cmp-theme"
            label={t('mon.compareTheme')}
            value={ind ? '' : theme}
            onChange={(v) => set('thema', v)}
            options={[['', t('mon.compareChooseIndicator')] as const, ...THEMES.map((th) => [th, label(THEME_LABELS, th)] as const)]}
          />
        </div>
      </div>
      {ind ? (
        <section className="koers-section" aria-labelledby="cmp-one">
          <h2 className="utrecht-heading-2" id="cmp-one">
            {ind.name}
          </h2>
          <p className="utrecht-paragraph koers-muted">
            {ind.direction ? label(DIRECTION_LABELS, ind.direction) : t('mon.noDirection')} · {ind.source} ·{' '}
            <Link to={`/monitoring/indicatoren/${ind.id}`}>{t('mon.toIndicator')}</Link>
          </p>
          <BarChart
            id="cmp-bars"
            title={t('mon.compareBarTitle', { name: `${ind.name}${unitLabel(ind.unit)}` })}
            unit={ind.unit}
            xLabel={t('mon.area')}
            yLabel={ind.name}
            filename={`koers-vergelijking-${ind.key}`}
            bars={[...COMPARE, BRUNSSUM].map((c) => {
              const v = latestOf(ind.id, c);
              return { key: c, label: area.get(c)?.name ?? c, value: v?.value ?? null, highlight: c === NOORD || c === OOST, note: v ? `${v.period}${v.isDemo ? `, ${t('mon.demoShort')}` : ''}` : undefined };
            })}
          />
          <LineChart
            id="cmp-trend"
            title={t('mon.trendTitle', { name: `${ind.name}${unitLabel(ind.unit)}` })}
            unit={ind.unit}
            xLabel={t('mon.period')}
            yLabel={ind.name}
            filename={`koers-trend-${ind.key}`}
            series={COMPARE.map((c) => ({
              key: c,
              label: area.get(c)?.name ?? c,
              points: values.data.items.filter((v) => v.indicatorId === ind.id && v.area.code === c).map((v) => ({ x: v.period, value: v.value })),
            }))}
          />
        </section>
      ) : theme ? (
        <section className="koers-section" aria-labelledby="cmp-theme-title">
          <h2 className="utrecht-heading-2" id="cmp-theme-title">
            {label(THEME_LABELS, theme)}
          </h2>
          <ScrollTable id="cmp-theme-table" caption={t('mon.compareThemeCaption', { theme: label(THEME_LABELS, theme) })}>
            <thead>
              <tr>
                <th scope="col">{t('mon.indicator')}</th>
                {COMPARE.map((c) => (
                  <th scope="col" className="koers-num" key={c}>
                    {area.get(c)?.name ?? c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list
                .filter((i) => i.theme === theme)
                .map((i) => (
                  <tr key={i.id}>
                    <th scope="row">
                      <Link to={`/monitoring/vergelijken?indicator=${i.id}`}>{i.name}</Link>
                      <span className="koers-muted">{unitLabel(i.unit)}</span>
                    </th>
                    {COMPARE.map((c) => {
                      const v = latestOf(i.id, c);
                      return (
                        <td className="koers-num koers-nowrap" key={c}>
                          {v ? valueText(v.value, i.unit) : '–'}
                          {v ? <span className="koers-muted"> ({v.period})</span> : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
            </tbody>
          </ScrollTable>
        </section>
      ) : null}
      <p className="utrecht-paragraph koers-muted">{t('mon.compareNote')}</p>
      <ButtonLink to="/monitoring">{t('mon.backToOverview')}</ButtonLink>
    </>
  );
}
