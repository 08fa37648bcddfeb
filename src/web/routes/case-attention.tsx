/** "Wat vraagt aandacht" in casework (GET /case-attention), shown on the case conferences page. */
import { useState } from 'react';
import { CASE_ATTENTION_KINDS, CASE_ATTENTION_LABELS, CASE_STATUS_LABELS, type CaseAttentionItem, type CaseAttentionKind } from '../../shared/cases';
import { useCaseAttention } from '../api/cases';
import { ErrorView, Link, Loading, ScrollTable, StatusBadge } from '../components/ui';
import { useI18n } from '../i18n';

export function AttentionSection({ all }: { all: boolean }) {
  const { t, label, formatDate, formatNumber } = useI18n();
  const [kind, setKind] = useState<CaseAttentionKind | ''>('');
  const q = useCaseAttention(kind || undefined);
  const total = q.data?.counts.reduce((s, c) => s + c.count, 0) ?? 0;
  return (
    <section className="koers-section" aria-labelledby="attention-title">
      <h2 className="utrecht-heading-2" id="attention-title">
        {t('attention.title')} {q.data ? <span className="koers-count">({formatNumber(total)})</span> : null}
      </h2>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorView error={q.error} />
      ) : (
        <>
          <p className="utrecht-paragraph koers-muted">
            {t('attention.intro', { days: q.data.conferenceWaitDays })} {all ? t('attention.allCases') : t('attention.ownCases')}
          </p>
          <ul className="koers-attention-counts">
            {q.data.counts.map((c) => (
              <li key={c.key} className={c.count ? 'koers-attention-counts__item koers-attention-counts__item--some' : 'koers-attention-counts__item'}>
                <span className="koers-attention-counts__n">{formatNumber(c.count)}</span> {label(CASE_ATTENTION_LABELS, c.key)}
              </li>
            ))}
          </ul>
          <div className="koers-filter">
            <label className="utrecht-form-label" htmlFor="attention-kind">
              {t('attention.filter')}
            </label>
            <select
              id="attention-kind"
              className="utrecht-select utrecht-select--html-select koers-select"
              value={kind}
              onChange={(e) => setKind(CASE_ATTENTION_KINDS.find((k) => k === e.target.value) ?? '')}
            >
              <option value="">{t('attention.allKinds')}</option>
              {CASE_ATTENTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {label(CASE_ATTENTION_LABELS, k)}
                </option>
              ))}
            </select>
          </div>
          {q.data.items.length ? (
            <ScrollTable
              id="attention-table"
              caption={q.data.truncated ? t('attention.captionTruncated', { n: q.data.items.length }) : t('attention.caption', { n: q.data.items.length })}
            >
              <thead>
                <tr>
                  <th scope="col">{t('attention.what')}</th>
                  <th scope="col">{t('cases.code')}</th>
                  <th scope="col">{t('attention.details')}</th>
                  <th scope="col">{t('attention.since')}</th>
                  <th scope="col" className="koers-num">
                    {t('attention.days')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {q.data.items.map((item) => (
                  <tr key={`${item.kind}-${item.caseId ?? ''}-${item.conferenceId ?? ''}-${item.actionId ?? ''}`}>
                    <th scope="row">
                      <StatusBadge tone={item.kind === 'action_overdue' || item.kind === 'waiting_for_conference' ? 'error' : 'warn'}>{label(CASE_ATTENTION_LABELS, item.kind)}</StatusBadge>
                    </th>
                    <td className="koers-nowrap">
                      {item.caseId ? <Link to={`/casussen/${item.caseId}`}>{item.caseCode}</Link> : <span className="koers-muted">{t('action.noCase')}</span>}
                      {item.status ? <div className="koers-muted koers-small">{label(CASE_STATUS_LABELS, item.status)}</div> : null}
                    </td>
                    <td>
                      <AttentionDetails item={item} />
                    </td>
                    <td className="koers-nowrap">{formatDate(item.since, 'short')}</td>
                    <td className="koers-num koers-nowrap">{t('case.days', { n: formatNumber(item.days) })}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          ) : (
            <p className="utrecht-paragraph koers-empty" role="status">
              {t('attention.none')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function AttentionDetails({ item }: { item: CaseAttentionItem }) {
  const { t, formatDate } = useI18n();
  const conference = item.conferenceId ? (
    <Link to={`/casusoverleggen/${item.conferenceId}`}>{t('attention.conferenceOf', { date: formatDate(item.conferenceDate) })}</Link>
  ) : null;
  switch (item.kind) {
    case 'action_overdue':
      return (
        <>
          {item.description} {item.owner ? <span className="koers-muted">({t('attention.owner', { owner: item.owner })})</span> : null}
          {conference ? <div>{conference}</div> : null}
        </>
      );
    case 'no_case_responsible':
      return conference ? <>{t('attention.notConfirmedAt')} {conference}</> : <>{t('attention.noResponsibleNamed')}</>;
    case 'waiting_for_conference':
      return <>{t('attention.waiting')}</>;
    case 'follow_up_due':
      return <>{t('attention.followUp')}</>;
  }
}
