/** Risico's across the programme: a 5×5 heat map (an HTML table), a sortable list with filters, and the risks not yet assessed. */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { type Risk, RISK_STATUS_LABELS, RISK_STATUSES } from '../../shared/steering';
import type { MessageKey } from '../../shared/i18n/nl';
import { useEfforts } from '../api/hooks';
import { type RiskStatus, useRisks } from '../api/steering';
import { todayIso } from '../components/form';
import { byCode, riskBand, RiskScore } from '../components/steering';
import { Button, ErrorView, Link, Loading, PageTitle } from '../components/ui';
import { useI18n } from '../i18n';

type SortKey = 'score' | 'reviewDate' | 'effort';
const SCALE = [1, 2, 3, 4, 5] as const;

export function RisksPage() {
  const { t, label, formatDate } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = (RISK_STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as RiskStatus) : undefined;
  const effort = params.get('inspanning') ?? undefined;
  const q = useRisks({ status, effort });
  const efforts = useEfforts();
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({ key: 'score', dir: 'desc' });
  const [cell, setCell] = useState<{ likelihood: number; impact: number } | null>(null);
  const today = todayIso();
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setCell(null);
    setParams(next, { replace: true });
  };
  const all = q.data?.items ?? [];
  const assessed = all.filter((r) => r.score !== null);
  const unassessed = all.filter((r) => r.score === null);
  const countAt = (likelihood: number, impact: number) => assessed.filter((r) => r.likelihood === likelihood && r.impact === impact).length;
  const listed = cell ? assessed.filter((r) => r.likelihood === cell.likelihood && r.impact === cell.impact) : assessed;
  const sorted = [...listed].sort((a, b) => {
    const dir = sort.dir === 'asc' ? 1 : -1;
    if (sort.key === 'score') return dir * ((a.score ?? 0) - (b.score ?? 0)) || (a.reviewDate ?? '9999').localeCompare(b.reviewDate ?? '9999');
    if (sort.key === 'reviewDate') return dir * (a.reviewDate ?? '9999').localeCompare(b.reviewDate ?? '9999') || (b.score ?? 0) - (a.score ?? 0);
    return dir * byCode(a.effort, b.effort) || (b.score ?? 0) - (a.score ?? 0);
  });
  const scaleLabel = (prefix: 'likelihood' | 'impact', n: number) => t(`risk.${prefix}.${n}` as MessageKey);
  const overdue = (r: Risk) => !!r.reviewDate && r.reviewDate < today && r.status !== 'gesloten';

  /** a sortable column header (a function, not a component, so the button keeps focus after sorting) */
  const sortHeader = (k: SortKey, children: string, className?: string) => {
    const active = sort.key === k;
    return (
      <th scope="col" className={className} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button
          type="button"
          className="koers-sort"
          onClick={() => setSort(active ? { key: k, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key: k, dir: k === 'score' ? 'desc' : 'asc' })}
        >
          {children}
          <span aria-hidden="true" className="koers-sort__icon">
            {active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
          </span>
          <span className="koers-visually-hidden">
            {' '}
            {active ? (sort.dir === 'asc' ? t('sort.ascending') : t('sort.descending')) : t('sort.sortable')}
          </span>
        </button>
      </th>
    );
  };

  return (
    <>
      <PageTitle title={t('risks.title')}>{t('risks.title')}</PageTitle>
      <p className="utrecht-paragraph koers-lead">{t('risks.intro')}</p>
      <form className="koers-filter" onSubmit={(e) => e.preventDefault()} aria-label={t('risks.filters')}>
        <div className="koers-filter__item">
          <label className="utrecht-form-label" htmlFor="risk-status">
            {t('risk.status')}
          </label>
          <select id="risk-status" className="utrecht-select utrecht-select--html-select" value={status ?? ''} onChange={(e) => setParam('status', e.target.value)}>
            <option value="">{t('risks.allStatuses')}</option>
            {RISK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {label(RISK_STATUS_LABELS, s)}
              </option>
            ))}
          </select>
        </div>
        <div className="koers-filter__item">
          <label className="utrecht-form-label" htmlFor="risk-effort">
            {t('risks.effort')}
          </label>
          <select id="risk-effort" className="utrecht-select utrecht-select--html-select" value={effort ?? ''} onChange={(e) => setParam('inspanning', e.target.value)}>
            <option value="">{t('risks.allEfforts')}</option>
            {[...(efforts.data?.items ?? [])].sort(byCode).map((e) => (
              <option key={e.id} value={e.id}>
                {e.code} {e.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      {q.isError ? <ErrorView error={q.error} /> : null}
      {!q.data && !q.isError ? <Loading /> : null}
      {q.data ? (
        <>
          <div role="status" className="koers-summary-line">
            <p className="utrecht-paragraph">
              <strong>{t('risks.summary', { total: all.length, assessed: assessed.length, unassessed: unassessed.length })}</strong>
            </p>
          </div>
          <section className="koers-section" aria-labelledby="heatmap-title">
            <h2 className="utrecht-heading-2" id="heatmap-title">
              {t('risks.heatmap')}
            </h2>
            <p className="utrecht-paragraph koers-muted">{t('risks.heatmapIntro')}</p>
            <div className="koers-heatmap-layout">
              <div className="koers-table-wrap koers-heatmap-wrap" role="region" aria-labelledby="heatmap-caption" tabIndex={0}>
                <table className="koers-heatmap">
                  <caption id="heatmap-caption" className="koers-caption">
                    {t('risks.heatmapCaption')}
                  </caption>
                  <thead>
                    <tr>
                      <td className="koers-heatmap__corner">
                        <span aria-hidden="true">{t('risks.axisCorner')}</span>
                      </td>
                      {SCALE.map((l) => (
                        <th scope="col" key={l}>
                          {t('risks.likelihoodN', { n: l })}
                          <span className="koers-heatmap__scale">{scaleLabel('likelihood', l)}</span>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {[...SCALE].reverse().map((i) => (
                      <tr key={i}>
                        <th scope="row">
                          {t('risks.impactN', { n: i })}
                          <span className="koers-heatmap__scale">{scaleLabel('impact', i)}</span>
                        </th>
                        {SCALE.map((l) => {
                          const n = countAt(l, i);
                          const band = riskBand(l * i);
                          const selected = cell?.likelihood === l && cell.impact === i;
                          return (
                            <td key={l} className={`koers-heatmap__cell koers-band--${band}${n === 0 ? ' koers-heatmap__cell--empty' : ''}${selected ? ' koers-heatmap__cell--selected' : ''}`}>
                              {n > 0 ? (
                                <button
                                  type="button"
                                  className="koers-heatmap__count"
                                  aria-pressed={selected}
                                  onClick={() => setCell(selected ? null : { likelihood: l, impact: i })}
                                >
                                  {n}
                                  <span className="koers-visually-hidden"> {t('risks.cellShow', { likelihood: l, impact: i })}</span>
                                </button>
                              ) : (
                                <span className="koers-heatmap__count">0</span>
                              )}
                              <span className="koers-heatmap__band">{t(`risk.band.${band}` as MessageKey)}</span>
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="koers-legend" aria-labelledby="band-legend">
                <h3 className="utrecht-heading-4" id="band-legend">
                  {t('risks.legend')}
                </h3>
                <ul className="koers-plain-list">
                  {(['laag', 'middel', 'hoog', 'zeer_hoog'] as const).map((b) => (
                    <li key={b}>
                      <span className={`koers-swatch koers-band--${b}`} aria-hidden="true" /> {t(`risk.band.${b}` as MessageKey)}: {t(`risks.bandRange.${b}` as MessageKey)}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          </section>

          <section className="koers-section" aria-labelledby="risk-list-title">
            <div className="koers-section__head">
              <h2 className="utrecht-heading-2" id="risk-list-title">
                {t('risks.list')} <span className="koers-count">({sorted.length})</span>
              </h2>
              {cell ? (
                <Button onClick={() => setCell(null)}>{t('risks.cellReset', { likelihood: cell.likelihood, impact: cell.impact })}</Button>
              ) : null}
            </div>
            {sorted.length ? (
              <div className="koers-table-wrap">
                <table className="utrecht-table koers-table">
                  <caption className="koers-caption">
                    {cell ? t('risks.listCaptionCell', { likelihood: cell.likelihood, impact: cell.impact }) : t('risks.listCaption')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('risk.description')}</th>
                      {sortHeader('effort', t('risks.effort'))}
                      <th scope="col" className="koers-num">
                        {t('risk.likelihood')}
                      </th>
                      <th scope="col" className="koers-num">
                        {t('risk.impact')}
                      </th>
                      {sortHeader('score', t('risk.score'))}
                      <th scope="col">{t('risk.status')}</th>
                      <th scope="col">{t('risk.owner')}</th>
                      {sortHeader('reviewDate', t('risk.reviewDate'))}
                    </tr>
                  </thead>
                  <tbody>
                    {sorted.map((r) => (
                      <tr key={r.id}>
                        <td className="koers-cell-wide">
                          <Link to={`/inspanningen/${r.effort.id}/sturing#item-${r.id}`}>{r.description}</Link>
                          {r.mitigation ? <div className="koers-muted koers-small">{t('risks.mitigationShort', { text: r.mitigation })}</div> : null}
                        </td>
                        <td>
                          <span className="koers-code">{r.effort.code}</span> {r.effort.name}
                        </td>
                        <td className="koers-num">{r.likelihood}</td>
                        <td className="koers-num">{r.impact}</td>
                        <td>
                          <RiskScore score={r.score} />
                        </td>
                        <td>{label(RISK_STATUS_LABELS, r.status)}</td>
                        <td>{r.owner || <span className="koers-muted">{t('risks.noOwner')}</span>}</td>
                        <td className="koers-nowrap">
                          {r.reviewDate ? formatDate(r.reviewDate) : <span className="koers-muted">{t('risks.noReviewDate')}</span>}
                          {overdue(r) ? <span className="koers-over"> {t('risks.overdue')}</span> : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="utrecht-paragraph koers-empty">{t('risks.noneAssessed')}</p>
            )}
          </section>

          <section className="koers-section" aria-labelledby="risk-unassessed-title">
            <h2 className="utrecht-heading-2" id="risk-unassessed-title">
              {t('risks.unassessed')} <span className="koers-count">({unassessed.length})</span>
            </h2>
            <p className="utrecht-paragraph koers-muted">{t('risks.unassessedIntro')}</p>
            {unassessed.length ? (
              <div className="koers-table-wrap">
                <table className="utrecht-table koers-table">
                  <caption className="koers-caption koers-visually-hidden">{t('risks.unassessed')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('risk.description')}</th>
                      <th scope="col">{t('risks.effort')}</th>
                      <th scope="col">{t('risk.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...unassessed]
                      .sort((a, b) => byCode(a.effort, b.effort))
                      .map((r) => (
                        <tr key={r.id}>
                          <td className="koers-cell-wide">
                            <Link to={`/inspanningen/${r.effort.id}/sturing#item-${r.id}`}>{r.description}</Link>
                          </td>
                          <td>
                            <span className="koers-code">{r.effort.code}</span> {r.effort.name}
                          </td>
                          <td>{label(RISK_STATUS_LABELS, r.status)}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="utrecht-paragraph koers-empty">{t('risks.allAssessed')}</p>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
