/** Planning (roadmap): an SVG timeline of every effort with milestones, evaluations and today, plus the same data as a table. */
import { Fragment } from 'react';
import { useSearchParams } from 'react-router';
import { DECISION_LABELS, type Lifecycle, LIFECYCLE_LABELS, LIFECYCLES, MILESTONE_STATUS_LABELS, type Roadmap } from '../../shared/steering';
import { useRoadmap } from '../api/steering';
import { byCode, LifecycleBadge } from '../components/steering';
import { Button, ErrorView, Link, Loading, PageTitle } from '../components/ui';
import { useI18n } from '../i18n';

type RoadmapEffort = Roadmap['efforts'][number];

const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

export function RoadmapPage() {
  const { t, label } = useI18n();
  const [params, setParams] = useSearchParams();
  const lifecycle = (LIFECYCLES as readonly string[]).includes(params.get('levensfase') ?? '') ? (params.get('levensfase') as Lifecycle) : undefined;
  const q = useRoadmap(lifecycle);
  const onlyPlanned = params.get('alleen') === 'gepland';
  const planned = (e: RoadmapEffort) => !!(e.start || e.end || e.milestones.length || e.evaluations.length);
  const efforts = q.data ? [...q.data.efforts].filter((e) => !onlyPlanned || planned(e)).sort(byCode) : [];
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <div className="koers-roadmap">
      <PageTitle title={t('roadmap.title')}>{t('roadmap.title')}</PageTitle>
      <p className="utrecht-paragraph koers-lead">{t('roadmap.intro')}</p>
      <div className="koers-filter koers-no-print">
        <div className="koers-filter__item">
          <label className="utrecht-form-label" htmlFor="roadmap-lifecycle">
            {t('roadmap.filter')}
          </label>
          <select
            id="roadmap-lifecycle"
            className="utrecht-select utrecht-select--html-select"
            value={lifecycle ?? ''}
            onChange={(e) => setParam('levensfase', e.target.value)}
          >
            <option value="">{t('roadmap.allLifecycles')}</option>
            {LIFECYCLES.map((l) => (
              <option key={l} value={l}>
                {label(LIFECYCLE_LABELS, l)}
              </option>
            ))}
          </select>
        </div>
        <label className="koers-checkbox koers-filter__check">
          <input type="checkbox" checked={onlyPlanned} onChange={(e) => setParam('alleen', e.target.checked ? 'gepland' : '')} />
          {t('roadmap.onlyPlanned')}
        </label>
        <Button onClick={() => window.print()}>{t('roadmap.print')}</Button>
        <a className="utrecht-link" href="#planning-tabel">
          {t('roadmap.toTable')}
        </a>
      </div>
      {q.isError ? <ErrorView error={q.error} /> : null}
      {!q.data && !q.isError ? <Loading /> : null}
      {q.data ? (
        <>
          <div role="status" className="koers-summary-line">
            <p className="utrecht-paragraph">
              <strong>{efforts.length === 1 ? t('roadmap.countOne') : t('roadmap.count', { n: efforts.length })}</strong>
              {lifecycle ? ` · ${label(LIFECYCLE_LABELS, lifecycle)}` : ''}
            </p>
          </div>
          {efforts.length === 0 ? (
            <p className="utrecht-paragraph koers-empty">{t('roadmap.none')}</p>
          ) : (
            <>
              <section className="koers-section koers-section--first" aria-labelledby="timeline-title">
                <h2 className="utrecht-heading-2" id="timeline-title">
                  {t('roadmap.timeline')}
                </h2>
                <Timeline data={q.data} efforts={efforts} />
                <Legend />
              </section>
              <RoadmapTable efforts={efforts} />
            </>
          )}
        </>
      ) : null}
    </div>
  );
}

function Timeline({ data, efforts }: { data: Roadmap; efforts: RoadmapEffort[] }) {
  const { t, formatDate } = useI18n();
  const from = toTime(data.from);
  const to = Math.max(toTime(data.to), from + 365 * DAY);
  const labelW = 290;
  const W = 1180;
  const right = 16;
  const top = 44;
  const rowH = 34;
  const H = top + efforts.length * rowH + 12;
  const plotW = W - labelW - right;
  const x = (iso: string) => labelW + ((Math.min(Math.max(toTime(iso), from), to) - from) / (to - from)) * plotW;
  const firstYear = new Date(from).getUTCFullYear();
  const lastYear = new Date(to).getUTCFullYear();
  const span = lastYear - firstYear + 1;
  const step = span > 24 ? 5 : span > 12 ? 2 : 1;
  const years: number[] = [];
  for (let y = firstYear; y <= lastYear + 1; y++) years.push(y);
  const todayX = x(data.today);
  const todayInRange = toTime(data.today) >= from && toTime(data.today) <= to;
  const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  return (
    <div className="koers-timeline-wrap" role="region" aria-labelledby="timeline-title" tabIndex={0}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="koers-timeline"
        role="img"
        aria-labelledby="timeline-svg-title timeline-svg-desc"
        style={{ minWidth: 880 }}
      >
        <title id="timeline-svg-title">{t('roadmap.svgTitle', { from: formatDate(data.from), to: formatDate(data.to) })}</title>
        <desc id="timeline-svg-desc">{t('roadmap.svgDesc')}</desc>
        <defs>
          <pattern id="open-end" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#cfdcea" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#00447c" strokeWidth="3" />
          </pattern>
        </defs>
        {/* zebra rows */}
        {efforts.map((e, i) => (i % 2 === 1 ? <rect key={e.id} x={0} y={top + i * rowH} width={W} height={rowH} fill="#f3f6f9" /> : null))}
        {/* years */}
        {years.map((y) => {
          const iso = `${y}-01-01`;
          const t0 = toTime(iso);
          if (t0 < from || t0 > to) return null;
          const gx = x(iso);
          const labelled = (y - firstYear) % step === 0;
          return (
            <g key={y}>
              <line x1={gx} x2={gx} y1={top - 6} y2={H - 8} stroke={labelled ? '#9aa5b1' : '#dde3ea'} strokeWidth="1" />
              {labelled ? (
                <text x={gx + 4} y={top - 14} fontSize="13" fill="#1a1a1a" fontWeight="600">
                  {y}
                </text>
              ) : null}
            </g>
          );
        })}
        {/* efforts */}
        {efforts.map((e, i) => {
          const cy = top + i * rowH + rowH / 2;
          const sub = e.parentId !== null;
          const name = `${e.code} ${e.name}`;
          const x1 = e.start ? x(e.start) : e.end ? labelW : null;
          const x2 = e.end ? x(e.end) : e.start ? W - right : null;
          const openEnded = !!e.start !== !!e.end;
          return (
            <g key={e.id}>
              <text x={sub ? 22 : 8} y={cy + 4} fontSize="13" fill="#1a1a1a" fontWeight={sub ? 400 : 700}>
                <title>{name}</title>
                {short(name, sub ? 38 : 36)}
              </text>
              {x1 !== null && x2 !== null ? (
                <rect
                  x={x1}
                  y={cy - 8}
                  width={Math.max(3, x2 - x1)}
                  height={16}
                  rx={3}
                  fill={openEnded ? 'url(#open-end)' : '#00447c'}
                  stroke="#00447c"
                  strokeWidth={1}
                  strokeDasharray={openEnded ? '4 3' : undefined}
                >
                  <title>
                    {name}: {e.start ? formatDate(e.start) : t('lifecycle.openStart')} – {e.end ? formatDate(e.end) : t('lifecycle.openEnd')}
                  </title>
                </rect>
              ) : (
                <text x={labelW + 6} y={cy + 4} fontSize="12" fill="#4d5560" fontStyle="italic">
                  {t('roadmap.noPeriod')}
                </text>
              )}
              {e.evaluations.map((ev) => (
                <circle key={ev.id} cx={x(ev.date)} cy={cy} r={7} fill={ev.decision ? '#1d6b35' : '#ffffff'} stroke="#1d6b35" strokeWidth={2.5}>
                  <title>
                    {t('roadmap.evaluation')}: {ev.title} ({formatDate(ev.date)})
                  </title>
                </circle>
              ))}
              {e.milestones.map((m) => {
                const mx = x(m.date);
                return (
                  <path
                    key={m.id}
                    d={`M ${mx} ${cy - 9} L ${mx + 9} ${cy} L ${mx} ${cy + 9} L ${mx - 9} ${cy} Z`}
                    fill={m.status === 'behaald' ? '#b34700' : '#ffffff'}
                    stroke="#b34700"
                    strokeWidth={2.5}
                  >
                    <title>
                      {t('roadmap.milestone')}: {m.title} ({formatDate(m.date)})
                    </title>
                  </path>
                );
              })}
            </g>
          );
        })}
        {todayInRange ? (
          <g>
            <line x1={todayX} x2={todayX} y1={top - 6} y2={H - 4} stroke="#b00020" strokeWidth={2} strokeDasharray="6 4" />
            <rect x={todayX - 32} y={2} width={64} height={20} rx={4} fill="#b00020" />
            <text x={todayX} y={16} fontSize="12" fill="#ffffff" textAnchor="middle" fontWeight="700">
              {t('roadmap.today')}
            </text>
          </g>
        ) : null}
      </svg>
    </div>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <ul className="koers-legend koers-legend--inline" aria-label={t('roadmap.legend')}>
      <li>
        <svg width="34" height="16" aria-hidden="true">
          <rect x="1" y="3" width="32" height="10" rx="2" fill="#00447c" />
        </svg>
        {t('roadmap.legendPeriod')}
      </li>
      <li>
        <svg width="34" height="16" aria-hidden="true">
          <rect x="1" y="3" width="32" height="10" rx="2" fill="#cfdcea" stroke="#00447c" strokeDasharray="4 3" />
        </svg>
        {t('roadmap.legendOpen')}
      </li>
      <li>
        <svg width="20" height="20" aria-hidden="true">
          <path d="M 10 2 L 18 10 L 10 18 L 2 10 Z" fill="#ffffff" stroke="#b34700" strokeWidth="2.5" />
        </svg>
        {t('roadmap.legendMilestone')}
      </li>
      <li>
        <svg width="20" height="20" aria-hidden="true">
          <path d="M 10 2 L 18 10 L 10 18 L 2 10 Z" fill="#b34700" stroke="#b34700" strokeWidth="2.5" />
        </svg>
        {t('roadmap.legendMilestoneDone')}
      </li>
      <li>
        <svg width="20" height="20" aria-hidden="true">
          <circle cx="10" cy="10" r="7" fill="#ffffff" stroke="#1d6b35" strokeWidth="2.5" />
        </svg>
        {t('roadmap.legendEvaluation')}
      </li>
      <li>
        <svg width="20" height="20" aria-hidden="true">
          <circle cx="10" cy="10" r="7" fill="#1d6b35" stroke="#1d6b35" strokeWidth="2.5" />
        </svg>
        {t('roadmap.legendEvaluationDone')}
      </li>
      <li>
        <svg width="20" height="20" aria-hidden="true">
          <line x1="10" y1="1" x2="10" y2="19" stroke="#b00020" strokeWidth="2" strokeDasharray="4 3" />
        </svg>
        {t('roadmap.today')}
      </li>
    </ul>
  );
}

function RoadmapTable({ efforts }: { efforts: RoadmapEffort[] }) {
  const { t, label, formatDate } = useI18n();
  const period = (e: RoadmapEffort) =>
    e.start || e.end ? `${e.start ? formatDate(e.start, 'short') : t('lifecycle.openStart')} – ${e.end ? formatDate(e.end, 'short') : t('lifecycle.openEnd')}` : t('roadmap.noPeriod');
  return (
    <section className="koers-section koers-roadmap-table" aria-labelledby="planning-tabel-title" id="planning-tabel">
      <h2 className="utrecht-heading-2" id="planning-tabel-title" tabIndex={-1}>
        {t('roadmap.table')}
      </h2>
      <div className="koers-table-wrap">
        <table className="utrecht-table koers-table">
          <caption className="koers-caption">{t('roadmap.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('finance.effort')}</th>
              <th scope="col">{t('lifecycle.lifecycle')}</th>
              <th scope="col">{t('roadmap.period')}</th>
              <th scope="col">{t('steering.milestones')}</th>
              <th scope="col">{t('steering.evaluations')}</th>
            </tr>
          </thead>
          <tbody>
            {efforts.map((e) => (
              <tr key={e.id}>
                <th scope="row" className={e.parentId ? 'koers-sub-effort' : undefined}>
                  <Link to={`/inspanningen/${e.id}/sturing`}>
                    <span className="koers-code">{e.code}</span> {e.name}
                  </Link>
                </th>
                <td>
                  <LifecycleBadge lifecycle={e.lifecycle} />
                </td>
                <td className="koers-period">{period(e)}</td>
                <td>
                  {e.milestones.length ? (
                    <ul className="koers-plain-list koers-dated-list">
                      {[...e.milestones]
                        .sort((a, b) => a.date.localeCompare(b.date))
                        .map((m) => (
                          <li key={m.id}>
                            <span className="koers-nowrap koers-strong">{formatDate(m.date, 'short')}</span> {m.title}{' '}
                            <span className="koers-muted">({label(MILESTONE_STATUS_LABELS, m.status).toLowerCase()})</span>
                          </li>
                        ))}
                    </ul>
                  ) : (
                    <span className="koers-muted">{t('effort.none')}</span>
                  )}
                </td>
                <td>
                  {e.evaluations.length ? (
                    <ul className="koers-plain-list koers-dated-list">
                      {[...e.evaluations]
                        .sort((a, b) => a.date.localeCompare(b.date))
                        .map((ev) => (
                          <li key={ev.id}>
                            <span className="koers-nowrap koers-strong">{formatDate(ev.date, 'short')}</span> {ev.title}
                            {ev.decision ? (
                              <Fragment>
                                {' '}
                                <span className="koers-muted">({t('roadmap.decision', { decision: label(DECISION_LABELS, ev.decision).toLowerCase() })})</span>
                              </Fragment>
                            ) : null}
                          </li>
                        ))}
                    </ul>
                  ) : (
                    <span className="koers-muted">{t('effort.none')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
