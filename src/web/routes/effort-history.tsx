import { diffWords } from 'diff';
import { useParams, useSearchParams } from 'react-router';
import type { HistoryEntry } from '../../shared/api';
import { FORM_FIELDS } from '../../shared/form-fields';
import { useEffort, useHistory } from '../api/hooks';
import { Breadcrumbs, Button, ErrorView, Loading, PageTitle } from '../components/ui';
import { useI18n } from '../i18n';
import type { MessageKey } from '../../shared/i18n/nl';

type FieldValue = { state: string; value: string };
const isFieldValue = (v: unknown): v is FieldValue => typeof v === 'object' && v !== null && 'state' in v;

function asText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (isFieldValue(v)) return v.value;
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

export function Diff({ before, after }: { before: string; after: string }) {
  const { t } = useI18n();
  const parts = diffWords(before, after);
  return (
    <p className="koers-diff utrecht-paragraph">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i}>
            <span className="koers-visually-hidden">[{t('history.added')} </span>
            {p.value}
            <span className="koers-visually-hidden">]</span>
          </ins>
        ) : p.removed ? (
          <del key={i}>
            <span className="koers-visually-hidden">[{t('history.removed')} </span>
            {p.value}
            <span className="koers-visually-hidden">]</span>
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </p>
  );
}

export function ChangeView({ entry }: { entry: Pick<HistoryEntry, 'action' | 'before' | 'after'> }) {
  const { t } = useI18n();
  if (entry.action === 'create') return <p className="utrecht-paragraph">{t('history.created')}</p>;
  const stateLabel = (s: string) => t(`state.${s}` as MessageKey);
  const stateChanged = isFieldValue(entry.before) && isFieldValue(entry.after) && entry.before.state !== entry.after.state;
  const before = asText(entry.before);
  const after = asText(entry.after);
  return (
    <>
      {stateChanged ? (
        <p className="utrecht-paragraph koers-state-change">
          {t('history.stateChange', { before: stateLabel((entry.before as FieldValue).state), after: stateLabel((entry.after as FieldValue).state) })}
        </p>
      ) : null}
      {before || after ? <Diff before={before} after={after} /> : null}
    </>
  );
}

export function EffortHistoryPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const field = params.get('veld') ?? undefined;
  const { t, fieldLabel, formatDateTime, formatNumber } = useI18n();
  const effort = useEffort(id);
  const history = useHistory(id, field);
  if (effort.isError) return <ErrorView error={effort.error} />;
  if (history.isError) return <ErrorView error={history.error} />;
  if (!effort.data || !history.data) return <Loading />;
  const name = `${effort.data.effort.code} ${effort.data.effort.name}`;
  const items = history.data.pages.flatMap((p) => p.items);
  const total = history.data.pages[0]?.total ?? 0;
  const heading = field ? `${t('history.title', { name })} · ${fieldLabel(field)}` : t('history.title', { name });
  return (
    <>
      <Breadcrumbs items={[{ to: '/', label: t('nav.programme') }, { to: `/inspanningen/${id}`, label: name }, { label: t('effort.history') }]} />
      <PageTitle title={heading}>{heading}</PageTitle>
      <form className="koers-filter" onSubmit={(e) => e.preventDefault()}>
        <label className="utrecht-form-label" htmlFor="history-field">
          {t('history.filter')}
        </label>
        <select
          id="history-field"
          className="utrecht-select utrecht-select--html-select"
          value={field ?? ''}
          onChange={(e) => setParams(e.target.value ? { veld: e.target.value } : {}, { replace: true })}
        >
          <option value="">{t('history.allFields')}</option>
          <option value="name">{fieldLabel('name')}</option>
          <option value="projectName">{fieldLabel('projectName')}</option>
          {FORM_FIELDS.map((f) => (
            <option key={f.key} value={f.key}>
              {fieldLabel(f.key)}
            </option>
          ))}
          <option value="principles">{fieldLabel('principles')}</option>
          <option value="goals">{fieldLabel('goals')}</option>
        </select>
      </form>
      {items.length === 0 ? (
        <p className="utrecht-paragraph koers-empty">{t('history.empty')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph koers-muted" aria-live="polite">
            {total === 1 ? t('history.countOne') : t('history.count', { shown: formatNumber(items.length), total: formatNumber(total) })}
          </p>
          <ol className="koers-history">
            {items.map((h) => (
              <li key={h.id} className="koers-history__item">
                <h2 className="utrecht-heading-4 koers-history__head">
                  {h.field ? fieldLabel(h.field) : name}
                  <span className="koers-muted">
                    {' '}
                    · <time dateTime={h.at}>{formatDateTime(h.at)}</time> · {t('history.by', { actor: h.actor })}
                  </span>
                </h2>
                <ChangeView entry={h} />
              </li>
            ))}
          </ol>
          {history.hasNextPage ? (
            <Button onClick={() => void history.fetchNextPage()} disabled={history.isFetchingNextPage}>
              {history.isFetchingNextPage ? t('history.loadingMore') : t('history.more')}
            </Button>
          ) : null}
        </>
      )}
    </>
  );
}
