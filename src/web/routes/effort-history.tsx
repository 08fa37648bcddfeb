import { diffWords } from 'diff';
import { useParams, useSearchParams } from 'react-router';
import type { HistoryEntry } from '../../shared/api';
import { FORM_FIELDS } from '../../shared/form-fields';
import { useEffort, useHistory } from '../api/hooks';
import { Breadcrumbs, Button, ErrorView, Loading, PageTitle } from '../components/ui';
import { useI18n } from '../i18n';
import type { MessageKey } from '../../shared/i18n/nl';
import { DECISION_LABELS, formatCents, LIFECYCLE_LABELS, type Decision, type Lifecycle } from '../../shared/steering';

/** Steering records in an effort's history: their kind and, per field, the label the forms use. */
const ENTITY_KEYS: Record<string, MessageKey> = {
  result: 'history.entity.result',
  milestone: 'history.entity.milestone',
  evaluation: 'history.entity.evaluation',
  risk: 'history.entity.risk',
  dependency: 'history.entity.dependency',
  budget_line: 'history.entity.budget_line',
};
const FIELD_KEYS: Record<string, MessageKey> = {
  'result.description': 'result.description',
  'result.measure': 'result.measure',
  'result.baseline': 'result.baseline',
  'result.target': 'result.target',
  'result.targetKind': 'result.targetKind',
  'result.startDate': 'result.startDate',
  'result.deadline': 'result.deadline',
  'result.status': 'result.status',
  'result.goals': 'result.goals',
  'milestone.title': 'milestone.title',
  'milestone.date': 'milestone.date',
  'milestone.status': 'milestone.status',
  'milestone.description': 'milestone.description',
  'evaluation.title': 'evaluation.title',
  'evaluation.plannedDate': 'evaluation.plannedDate',
  'evaluation.criteria': 'evaluation.criteria',
  'evaluation.decision': 'decision.decision',
  'risk.description': 'risk.description',
  'risk.likelihood': 'risk.likelihood',
  'risk.impact': 'risk.impact',
  'budget_line.year': 'budget.year',
  'budget_line.description': 'budget.description',
  'budget_line.plannedCents': 'budget.planned',
  'budget_line.committedCents': 'budget.committed',
  'budget_line.realisedCents': 'budget.realised',
  'budget_line.fundingSourceId': 'budget.source',
  'effort.lifecycle': 'lifecycle.lifecycle',
  'effort.plannedStart': 'lifecycle.plannedStart',
  'effort.plannedEnd': 'lifecycle.plannedEnd',
  'effort.lineOwner': 'lifecycle.lineOwner',
};

/** The first readable text of a created or deleted record. */
function summary(v: unknown): string {
  if (!v || typeof v !== 'object') return '';
  const o = v as Record<string, unknown>;
  for (const k of ['description', 'title', 'name', 'externalFactor']) if (typeof o[k] === 'string' && o[k]) return o[k] as string;
  if (typeof o.year === 'number') return `${o.year}${typeof o.plannedCents === 'number' ? ` · ${formatCents(o.plannedCents)}` : ''}`;
  return '';
}

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

export function ChangeView({ entry }: { entry: Pick<HistoryEntry, 'action' | 'before' | 'after' | 'entityType' | 'field'> }) {
  const { t, label } = useI18n();
  const steering = entry.entityType && entry.entityType !== 'effort';
  if (entry.action === 'create') {
    return <p className="utrecht-paragraph">{steering ? t('history.recordAdded', { summary: summary(entry.after) }) : t('history.created')}</p>;
  }
  if (entry.action === 'delete') return <p className="utrecht-paragraph">{t('history.recordDeleted', { summary: summary(entry.before) })}</p>;
  if (entry.field === 'lifecycle') {
    const l = (v: unknown) => (typeof v === 'string' ? label(LIFECYCLE_LABELS, v as Lifecycle) : t('lifecycle.unknown'));
    return <p className="utrecht-paragraph">{t('lifecycle.changed', { before: l(entry.before), after: l(entry.after) })}</p>;
  }
  if (entry.field === 'decision' && entry.after && typeof entry.after === 'object') {
    const d = entry.after as { decision: Decision; reasons: string; decidedBy: string };
    return <p className="utrecht-paragraph">{t('history.decision', { decision: label(DECISION_LABELS, d.decision), reasons: d.reasons, by: d.decidedBy })}</p>;
  }
  if (entry.field?.endsWith('Cents')) {
    const c = (v: unknown) => (typeof v === 'number' ? formatCents(v) : '');
    return <p className="utrecht-paragraph">{c(entry.before)} → {c(entry.after)}</p>;
  }
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
  const headingFor = (h: HistoryEntry) => {
    const type = h.entityType ?? 'effort';
    const fieldKey = h.field ? FIELD_KEYS[`${type}.${h.field}`] : undefined;
    const field = h.field ? (fieldKey ? t(fieldKey) : fieldLabel(h.field)) : null;
    if (type === 'effort') return field ?? name;
    const entity = ENTITY_KEYS[type] ? t(ENTITY_KEYS[type]) : type;
    return field ? `${entity} · ${field}` : entity;
  };
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
                  {headingFor(h)}
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
