/** "Wat vraagt aandacht": every signal across the programme, grouped by kind or sorted by severity or date. */
import { useSearchParams } from 'react-router';
import { type Signal, SIGNAL_KINDS, type SignalKind } from '../../shared/steering';
import { useSignals } from '../api/steering';
import { SEVERITY_ORDER, SignalItems, signalKindLabel } from '../components/steering';
import { ErrorView, Loading, PageTitle } from '../components/ui';
import { useI18n } from '../i18n';

type Order = 'kind' | 'severity' | 'date';

const bySeverity = (a: Signal, b: Signal) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.date ?? '9999').localeCompare(b.date ?? '9999');
const byDate = (a: Signal, b: Signal) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];

export function SignalsPage() {
  const { t, formatDate } = useI18n();
  const [params, setParams] = useSearchParams();
  const kind = (SIGNAL_KINDS as readonly string[]).includes(params.get('soort') ?? '') ? (params.get('soort') as SignalKind) : '';
  const order: Order = params.get('volgorde') === 'ernst' ? 'severity' : params.get('volgorde') === 'datum' ? 'date' : 'kind';
  const q = useSignals();
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const all = q.data?.items ?? [];
  const items = kind ? all.filter((s) => s.kind === kind) : all;
  const counts = { hoog: 0, middel: 0, laag: 0 };
  for (const s of items) counts[s.severity]++;
  const kindsPresent = SIGNAL_KINDS.filter((k) => all.some((s) => s.kind === k));

  return (
    <>
      <PageTitle title={t('signals.title')}>{t('signals.title')}</PageTitle>
      <p className="utrecht-paragraph koers-lead">{t('signals.intro')}</p>
      {q.isError ? <ErrorView error={q.error} /> : null}
      {!q.data && !q.isError ? <Loading /> : null}
      {q.data ? (
        <>
          <form className="koers-filter" onSubmit={(e) => e.preventDefault()} aria-label={t('signals.filters')}>
            <div className="koers-filter__item">
              <label className="utrecht-form-label" htmlFor="signal-kind">
                {t('signals.filterKind')}
              </label>
              <select id="signal-kind" className="utrecht-select utrecht-select--html-select" value={kind} onChange={(e) => setParam('soort', e.target.value)}>
                <option value="">{t('signals.allKinds', { n: all.length })}</option>
                {kindsPresent.map((k) => (
                  <option key={k} value={k}>
                    {signalKindLabel(t, k)} ({all.filter((s) => s.kind === k).length})
                  </option>
                ))}
              </select>
            </div>
            <div className="koers-filter__item">
              <label className="utrecht-form-label" htmlFor="signal-order">
                {t('signals.order')}
              </label>
              <select
                id="signal-order"
                className="utrecht-select utrecht-select--html-select"
                value={order === 'severity' ? 'ernst' : order === 'date' ? 'datum' : ''}
                onChange={(e) => setParam('volgorde', e.target.value)}
              >
                <option value="">{t('signals.orderKind')}</option>
                <option value="ernst">{t('signals.orderSeverity')}</option>
                <option value="datum">{t('signals.orderDate')}</option>
              </select>
            </div>
          </form>
          <div role="status" className="koers-summary-line">
            <p className="utrecht-paragraph">
              <strong>{items.length === 1 ? t('signals.countOne') : t('signals.count', { n: items.length })}</strong>
              {items.length ? ` ${t('signals.bySeverity', counts)}` : ''}
              {q.data.today ? <span className="koers-muted"> · {t('signals.today', { date: formatDate(q.data.today) })}</span> : null}
            </p>
          </div>
          {items.length === 0 ? (
            <p className="utrecht-paragraph koers-empty">{kind ? t('signals.noneOfKind') : t('signals.none')}</p>
          ) : order === 'kind' ? (
            SIGNAL_KINDS.filter((k) => items.some((s) => s.kind === k)).map((k) => {
              const group = items.filter((s) => s.kind === k).sort(bySeverity);
              return (
                <section key={k} className="koers-section koers-signal-group" aria-labelledby={`kind-${k}`}>
                  <h2 className="utrecht-heading-2" id={`kind-${k}`}>
                    {signalKindLabel(t, k)} <span className="koers-count">({group.length})</span>
                  </h2>
                  <SignalItems items={group} showKind={false} />
                </section>
              );
            })
          ) : (
            <section className="koers-section" aria-labelledby="signal-list-title">
              <h2 className="utrecht-heading-2" id="signal-list-title">
                {order === 'severity' ? t('signals.listSeverity') : t('signals.listDate')}
              </h2>
              <SignalItems items={[...items].sort(order === 'severity' ? bySeverity : byDate)} />
            </section>
          )}
        </>
      ) : null}
    </>
  );
}
