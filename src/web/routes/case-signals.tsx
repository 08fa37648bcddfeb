/**
 * Tussen Wal en Schip: system signals (/systeemsignalen) — clusters of similar knelpunten on their
 * way to a structural change — with the suggested clusters a person confirms, and one signal
 * (/systeemsignalen/:id) with its path, history and (for those allowed) its pseudonymous cases.
 */
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import {
  BLOCKER_TYPE_LABELS,
  CHANGE_KIND_LABELS,
  CHANGE_KINDS,
  KNELPUNT_KIND_LABELS,
  LEARNING_CIRCLE_LABELS,
  LEARNING_CIRCLES,
  SIGNAL_STATUS_LABELS,
  SIGNAL_STATUSES,
  SIGNAL_TRANSITIONS,
  SignalInput,
  SignalPatch,
  type SignalStatus,
  type SystemSignal,
} from '../../shared/cases';
import { type SignalPatchBody, type SignalSuggestionsData, useCreateSignal, useKnelpunten, useSignal, useSignals, useSignalSuggestions, useUpdateSignal } from '../api/cases';
import { useSession } from '../api/hooks';
import { ConfirmAction, CountText, DemoNote, PrivacyNote, SignalStatusBadge } from '../components/cases';
import { ChoiceGroup, ErrorSummary, focusSoon, SelectInput, StatusRegion, TextInput, useFormErrors, zodIssues } from '../components/form';
import { Breadcrumbs, Button, ErrorView, Link, Loading, PageTitle, ScrollTable, StatusBadge } from '../components/ui';
import { useI18n } from '../i18n';

type Suggestion = SignalSuggestionsData['items'][number];
type SignalKnelpunt = SystemSignal['knelpunten'][number];

// ---------- the list and the suggestions ----------

export function SignalsPage() {
  const { t, label, formatDate } = useI18n();
  const session = useSession().data;
  const q = useSignals();
  const [params, setParams] = useSearchParams();
  const status = SIGNAL_STATUSES.find((s) => s === params.get('stand'));
  const circle = LEARNING_CIRCLES.find((c) => c === params.get('leercirkel'));
  const [message, setMessage] = useState('');
  const canRead = !!session && session.abilities.readCases !== 'none';
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const items = (q.data?.items ?? []).filter((s) => (!status || s.status === status) && (!circle || s.learningCircle === circle));
  const title = t('systemSignals.title');
  return (
    <>
      <PageTitle title={title} pre={t('cases.programme')}>
        {title}
      </PageTitle>
      <p className="utrecht-paragraph koers-lead">{t('systemSignals.intro')}</p>
      <DemoNote />
      <StatusRegion message={message} />
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorView error={q.error} />
      ) : (
        <>
          <PrivacyNote exact={q.data.exact} />
          <section className="koers-section" aria-labelledby="signals-list">
            <h2 className="utrecht-heading-2" id="signals-list">
              {t('systemSignals.list')}
            </h2>
            <form className="koers-filter" onSubmit={(e) => e.preventDefault()} aria-label={t('systemSignals.filters')}>
              <div className="koers-filter__item">
                <label className="utrecht-form-label" htmlFor="signal-status-filter">
                  {t('systemSignal.status')}
                </label>
                <select id="signal-status-filter" className="utrecht-select utrecht-select--html-select" value={status ?? ''} onChange={(e) => setParam('stand', e.target.value)}>
                  <option value="">{t('systemSignals.allStatuses')}</option>
                  {SIGNAL_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {label(SIGNAL_STATUS_LABELS, s)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="koers-filter__item">
                <label className="utrecht-form-label" htmlFor="signal-circle-filter">
                  {t('systemSignal.circle')}
                </label>
                <select id="signal-circle-filter" className="utrecht-select utrecht-select--html-select" value={circle ?? ''} onChange={(e) => setParam('leercirkel', e.target.value)}>
                  <option value="">{t('systemSignals.allCircles')}</option>
                  {LEARNING_CIRCLES.map((c) => (
                    <option key={c} value={c}>
                      {label(LEARNING_CIRCLE_LABELS, c)}
                    </option>
                  ))}
                </select>
              </div>
            </form>
            {items.length ? (
              <ScrollTable id="signals-table" caption={t('systemSignals.caption', { n: items.length })}>
                <thead>
                  <tr>
                    <th scope="col">{t('systemSignal.title')}</th>
                    <th scope="col">{t('systemSignal.status')}</th>
                    <th scope="col">{t('systemSignal.owner')}</th>
                    <th scope="col">{t('systemSignal.circle')}</th>
                    <th scope="col">{t('systemSignal.changeKind')}</th>
                    <th scope="col" className="koers-num">
                      {t('systemSignal.knelpuntCount')}
                    </th>
                    <th scope="col" className="koers-num">
                      {t('systemSignal.caseCount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">
                        <Link to={`/systeemsignalen/${s.id}`}>{s.title}</Link>
                        {s.isDemo ? (
                          <>
                            {' '}
                            <StatusBadge tone="demo">{t('app.demoData')}</StatusBadge>
                          </>
                        ) : null}
                      </th>
                      <td>
                        <SignalStatusBadge status={s.status} />
                        <div className="koers-muted koers-small">{t('systemSignal.since', { date: formatDate(s.statusChangedAt, 'short') })}</div>
                      </td>
                      <td>{s.owner}</td>
                      <td>{label(LEARNING_CIRCLE_LABELS, s.learningCircle)}</td>
                      <td>{s.changeKind ? label(CHANGE_KIND_LABELS, s.changeKind) : <span className="koers-muted">{t('systemSignal.noChangeKind')}</span>}</td>
                      <td className="koers-num">
                        <CountText count={s.knelpuntCount} />
                      </td>
                      <td className="koers-num">
                        <CountText count={s.caseCount} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            ) : (
              <p className="utrecht-paragraph koers-empty" role="status">
                {q.data.items.length ? t('systemSignals.emptyFilter') : t('systemSignals.empty')}
              </p>
            )}
          </section>
          {canRead ? <SuggestionsSection signals={q.data.items} canWrite={session.abilities.writeCases} onDone={setMessage} /> : null}
        </>
      )}
    </>
  );
}

function SuggestionsSection({ signals, canWrite, onDone }: { signals: SystemSignal[]; canWrite: boolean; onDone: (m: string) => void }) {
  const { t, formatNumber } = useI18n();
  const q = useSignalSuggestions();
  const [open, setOpen] = useState<{ index: number; mode: 'new' | 'add' } | null>(null);
  return (
    <section className="koers-section" aria-labelledby="suggestions-title">
      <h2 className="utrecht-heading-2" id="suggestions-title" tabIndex={-1}>
        {t('suggestions.title')} {q.data ? <span className="koers-count">({q.data.items.length})</span> : null}
      </h2>
      <p className="utrecht-paragraph">{t('suggestions.intro')}</p>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorView error={q.error} />
      ) : (
        <>
          <details className="koers-details">
            <summary>{t('suggestions.how')}</summary>
            <p className="utrecht-paragraph">{t('suggestions.method', { threshold: formatNumber(q.data.threshold) })}</p>
          </details>
          {q.data.items.length ? (
            <ol className="koers-suggestion-list">
              {q.data.items.map((s, i) => (
                <li key={`${s.label}-${i}`} className="koers-card koers-suggestion">
                  <h3 className="utrecht-heading-3" id={`suggestion-${i}`}>
                    {s.label}
                  </h3>
                  <p className="utrecht-paragraph">
                    <strong>{t('suggestions.size', { k: s.knelpunten.length, c: s.caseCount })}</strong>
                    {s.blockers.length > 1 ? <> · {t('suggestions.variants', { n: s.blockers.length })}</> : null}
                  </p>
                  <details className="koers-details">
                    <summary>{t('suggestions.show', { n: s.knelpunten.length })}</summary>
                    <SuggestionKnelpunten id={`suggestion-${i}-table`} knelpunten={s.knelpunten} caption={t('suggestions.tableCaption', { label: s.label })} />
                  </details>
                  {canWrite ? (
                    open?.index === i ? (
                      open.mode === 'new' ? (
                        <NewSignalForm
                          idPrefix={`suggestion-${i}-new`}
                          suggestion={s}
                          onCancel={() => {
                            setOpen(null);
                            focusSoon(`suggestion-${i}-new-open`);
                          }}
                          onDone={(m) => {
                            setOpen(null);
                            onDone(m);
                            focusSoon('suggestions-title');
                          }}
                        />
                      ) : (
                        <AddToSignalForm
                          idPrefix={`suggestion-${i}-add`}
                          suggestion={s}
                          signals={signals}
                          onCancel={() => {
                            setOpen(null);
                            focusSoon(`suggestion-${i}-add-open`);
                          }}
                          onDone={(m) => {
                            setOpen(null);
                            onDone(m);
                            focusSoon('suggestions-title');
                          }}
                        />
                      )
                    ) : (
                      <div className="koers-actions">
                        <Button
                          id={`suggestion-${i}-new-open`}
                          appearance="primary"
                          onClick={() => {
                            setOpen({ index: i, mode: 'new' });
                            focusSoon(`suggestion-${i}-new-title`);
                          }}
                        >
                          {t('suggestions.makeSignal')}
                          <span className="koers-visually-hidden">: {s.label}</span>
                        </Button>
                        {signals.length ? (
                          <Button
                            id={`suggestion-${i}-add-open`}
                            onClick={() => {
                              setOpen({ index: i, mode: 'add' });
                              focusSoon(`suggestion-${i}-add-signal`);
                            }}
                          >
                            {t('suggestions.addToSignal')}
                            <span className="koers-visually-hidden">: {s.label}</span>
                          </Button>
                        ) : null}
                      </div>
                    )
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="utrecht-paragraph koers-empty">{t('suggestions.none')}</p>
          )}
        </>
      )}
    </section>
  );
}

function SuggestionKnelpunten({ id, caption, knelpunten }: { id: string; caption: string; knelpunten: SignalKnelpunt[] }) {
  const { t, label } = useI18n();
  return (
    <ScrollTable id={id} caption={caption} className="koers-table--compact">
      <thead>
        <tr>
          <th scope="col">{t('cases.code')}</th>
          <th scope="col">{t('case.route')}</th>
          <th scope="col">{t('systemSignal.blockerShort')}</th>
          <th scope="col">{t('case.kind')}</th>
        </tr>
      </thead>
      <tbody>
        {knelpunten.map((k) => (
          <tr key={k.id}>
            <th scope="row" className="koers-nowrap">
              <Link to={`/casussen/${k.caseId}`}>{k.caseCode}</Link>
            </th>
            <td>{k.route}</td>
            <td>
              {k.blocker} <span className="koers-muted">({label(BLOCKER_TYPE_LABELS, k.blockerType)})</span>
            </td>
            <td>{label(KNELPUNT_KIND_LABELS, k.kind)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

const SIGNAL_FIELDS = ['title', 'owner', 'learningCircle', 'changeKind', 'knelpuntIds'] as const;

function NewSignalForm({ idPrefix, suggestion, onCancel, onDone }: { idPrefix: string; suggestion: Suggestion; onCancel: () => void; onDone: (m: string) => void }) {
  const { t, label } = useI18n();
  const create = useCreateSignal();
  const errs = useFormErrors(SIGNAL_FIELDS);
  const [v, setV] = useState({ title: suggestion.label, owner: '', learningCircle: '', changeKind: '' });
  const [chosen, setChosen] = useState<string[]>(suggestion.knelpunten.map((k) => k.id));
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const labels = {
    title: t('systemSignal.title'),
    owner: t('systemSignal.owner'),
    learningCircle: t('systemSignal.circle'),
    changeKind: t('systemSignal.changeKind'),
    knelpuntIds: t('systemSignal.knelpunten'),
  };
  const id = (f: string) => `${idPrefix}-${f}`;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = { title: v.title.trim(), owner: v.owner.trim(), learningCircle: v.learningCircle, changeKind: v.changeKind || null, knelpuntIds: chosen };
    if (errs.check(zodIssues(SignalInput, body))) return;
    create.mutate(body as never, {
      onSuccess: (s) => onDone(t('suggestions.created', { title: s.title })),
      onError: (err) => errs.fromApi(err),
    });
  };
  return (
    <form onSubmit={submit} noValidate className="koers-form koers-subform" aria-labelledby={id('title-heading')}>
      <h4 className="utrecht-heading-4" id={id('title-heading')}>
        {t('suggestions.newTitle')}
      </h4>
      <ErrorSummary errors={errs.errors} labels={labels} idPrefix={idPrefix} level={4} />
      <TextInput id={id('title')} label={labels.title} value={v.title} onChange={set('title')} error={errs.errors.fields.title} description={t('systemSignal.titleHint')} />
      <TextInput id={id('owner')} label={labels.owner} value={v.owner} onChange={set('owner')} error={errs.errors.fields.owner} description={t('systemSignal.ownerHint')} />
      <ChoiceGroup
        id={id('learningCircle')}
        legend={labels.learningCircle}
        value={v.learningCircle}
        onChange={set('learningCircle')}
        error={errs.errors.fields.learningCircle}
        options={LEARNING_CIRCLES.map((c) => ({ value: c, label: label(LEARNING_CIRCLE_LABELS, c), hint: t(`systemSignal.circleHint.${c}`) }))}
      />
      <SelectInput
        id={id('changeKind')}
        label={labels.changeKind}
        value={v.changeKind}
        onChange={set('changeKind')}
        error={errs.errors.fields.changeKind}
        optional
        options={[['', t('systemSignal.changeKindLater')], ...CHANGE_KINDS.map((k) => [k, label(CHANGE_KIND_LABELS, k)] as const)]}
      />
      <fieldset className="utrecht-form-fieldset koers-choice">
        <legend className="utrecht-form-fieldset__legend koers-choice__legend">{labels.knelpuntIds}</legend>
        {errs.errors.fields.knelpuntIds ? (
          <div className="koers-field-error" id={`${id('knelpuntIds')}-error`}>
            {errs.errors.fields.knelpuntIds}
          </div>
        ) : null}
        <div className="koers-choice__options">
          {suggestion.knelpunten.map((k, i) => (
            <label className="koers-checkbox" key={k.id}>
              <input
                type="checkbox"
                id={i === 0 ? id('knelpuntIds') : `${id('knelpuntIds')}-${k.id}`}
                checked={chosen.includes(k.id)}
                onChange={() => setChosen((xs) => (xs.includes(k.id) ? xs.filter((x) => x !== k.id) : [...xs, k.id]))}
              />
              {k.caseCode}: {k.route} — {k.blocker}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="koers-actions">
        <Button type="submit" appearance="primary" disabled={create.isPending}>
          {create.isPending ? t('case.saving') : t('suggestions.confirmNew')}
        </Button>
        <Button onClick={onCancel}>{t('case.cancel')}</Button>
      </div>
    </form>
  );
}

function AddToSignalForm({
  idPrefix,
  suggestion,
  signals,
  onCancel,
  onDone,
}: {
  idPrefix: string;
  suggestion: Suggestion;
  signals: SystemSignal[];
  onCancel: () => void;
  onDone: (m: string) => void;
}) {
  const { t, label } = useI18n();
  const update = useUpdateSignal();
  const errs = useFormErrors(['signal', 'addKnelpuntIds']);
  const [signalId, setSignalId] = useState('');
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const target = signals.find((s) => s.id === signalId);
    if (!target) {
      errs.check([['signal', t('suggestions.chooseSignal')]]);
      return;
    }
    update.mutate(
      { id: target.id, addKnelpuntIds: suggestion.knelpunten.map((k) => k.id), version: target.version },
      { onSuccess: (s) => onDone(t('suggestions.added', { n: suggestion.knelpunten.length, title: s.title })), onError: (err) => errs.fromApi(err) },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="koers-form koers-subform" aria-label={t('suggestions.addToSignal')}>
      <ErrorSummary errors={errs.errors} labels={{ signal: t('suggestions.signal'), addKnelpuntIds: t('systemSignal.knelpunten') }} idPrefix={idPrefix} level={4} />
      <SelectInput
        id={`${idPrefix}-signal`}
        label={t('suggestions.signal')}
        value={signalId}
        onChange={setSignalId}
        error={errs.errors.fields.signal}
        description={t('suggestions.addHint', { n: suggestion.knelpunten.length })}
        options={[['', t('caseNew.choose')], ...signals.map((s) => [s.id, `${s.title} (${label(SIGNAL_STATUS_LABELS, s.status)})`] as const)]}
      />
      <div className="koers-actions">
        <Button type="submit" appearance="primary" disabled={update.isPending}>
          {update.isPending ? t('case.saving') : t('suggestions.confirmAdd')}
        </Button>
        <Button onClick={onCancel}>{t('case.cancel')}</Button>
      </div>
    </form>
  );
}

// ---------- one signal ----------

export function SignalPage() {
  const { id = '' } = useParams();
  const q = useSignal(id);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorView error={q.error} />;
  return <SignalView s={q.data} reload={() => void q.refetch()} />;
}

const MAIN_PATH: SignalStatus[] = ['gesignaleerd', 'geagendeerd', 'in_behandeling', 'structureel_opgelost'];

/** The path to a structural change, with the current step marked (and "niet opgelost" as a side branch). */
function SignalPath({ s }: { s: SystemSignal }) {
  const { t, label } = useI18n();
  const reached = new Set<SignalStatus>([s.status, ...s.history.map((h) => h.to)]);
  const currentIndex = MAIN_PATH.indexOf(s.status);
  const steps: SignalStatus[] = s.status === 'niet_opgelost' ? [...MAIN_PATH.slice(0, 3), 'niet_opgelost'] : MAIN_PATH;
  return (
    <ol className="koers-signal-path" aria-label={t('systemSignal.path')}>
      {steps.map((step, i) => {
        const current = step === s.status;
        const done = !current && (currentIndex >= 0 ? i < currentIndex : reached.has(step));
        const cls = current ? (step === 'niet_opgelost' ? 'is-stuck' : step === 'structureel_opgelost' ? 'is-done is-current' : 'is-current') : done ? 'is-done' : 'is-todo';
        return (
          <li key={step} className={`koers-signal-path__step ${cls}`} aria-current={current ? 'step' : undefined}>
            <span className="koers-signal-path__marker" aria-hidden="true">
              {current ? (step === 'niet_opgelost' ? '✕' : step === 'structureel_opgelost' ? '✓' : '●') : done ? '✓' : i + 1}
            </span>
            <span className="koers-signal-path__label">
              {label(SIGNAL_STATUS_LABELS, step)}
              <span className="koers-visually-hidden"> ({current ? t('systemSignal.pathCurrent') : done ? t('systemSignal.pathDone') : t('systemSignal.pathTodo')})</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function SignalView({ s, reload }: { s: SystemSignal; reload: () => void }) {
  const { t, label, formatDate, formatDateTime } = useI18n();
  const session = useSession().data;
  const canWrite = !!session?.abilities.writeCases;
  const canRead = !!session && session.abilities.readCases !== 'none';
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');
  return (
    <>
      <Breadcrumbs items={[{ to: '/systeemsignalen', label: t('systemSignals.title') }, { label: s.title }]} />
      <PageTitle title={s.title} pre={t('systemSignals.title')}>
        {s.title}
      </PageTitle>
      {s.isDemo ? (
        <p className="utrecht-paragraph">
          <StatusBadge tone="demo">{t('app.demoData')}</StatusBadge> {t('systemSignal.demoText')}
        </p>
      ) : null}
      <StatusRegion message={saved} />

      <section className="koers-section" aria-labelledby="signal-path-title">
        <h2 className="utrecht-heading-2" id="signal-path-title" tabIndex={-1}>
          {t('systemSignal.pathTitle')}
        </h2>
        <SignalPath s={s} />
        <p className="utrecht-paragraph">
          {t('systemSignal.currentSince', { status: label(SIGNAL_STATUS_LABELS, s.status), date: formatDate(s.statusChangedAt) })}
          {s.statusReason ? (
            <>
              {' '}
              {t('systemSignal.reasonIs', { reason: s.statusReason })}
            </>
          ) : null}
        </p>
        {canWrite ? <StatusForm s={s} reload={reload} onDone={setSaved} /> : null}
      </section>

      <section className="koers-section" aria-labelledby="signal-data">
        <div className="koers-section__head">
          <h2 className="utrecht-heading-2" id="signal-data">
            {t('systemSignal.data')}
          </h2>
          {canWrite && !editing ? (
            <Button
              id="signal-edit-open"
              onClick={() => {
                setSaved('');
                setEditing(true);
                focusSoon('signal-edit-title');
              }}
            >
              {t('systemSignal.edit')}
            </Button>
          ) : null}
        </div>
        {editing ? (
          <SignalEditForm
            key={s.version}
            s={s}
            reload={reload}
            onDone={(m) => {
              setEditing(false);
              setSaved(m);
              focusSoon('signal-edit-open');
            }}
          />
        ) : (
          <dl className="koers-case-fields">
            <div>
              <dt>{t('systemSignal.owner')}</dt>
              <dd>{s.owner}</dd>
            </div>
            <div>
              <dt>{t('systemSignal.circle')}</dt>
              <dd>{label(LEARNING_CIRCLE_LABELS, s.learningCircle)}</dd>
            </div>
            <div>
              <dt>{t('systemSignal.changeKind')}</dt>
              <dd>{s.changeKind ? label(CHANGE_KIND_LABELS, s.changeKind) : <span className="koers-empty-value">{t('systemSignal.noChangeKind')}</span>}</dd>
            </div>
            <div>
              <dt>{t('systemSignal.knelpuntCount')}</dt>
              <dd>
                <CountText count={s.knelpuntCount} />
              </dd>
            </div>
            <div>
              <dt>{t('systemSignal.caseCount')}</dt>
              <dd>
                <CountText count={s.caseCount} />
              </dd>
            </div>
            <div>
              <dt>{t('case.version')}</dt>
              <dd>
                {s.version} · {t('effort.lastChanged', { date: formatDateTime(s.updatedAt) })}
              </dd>
            </div>
          </dl>
        )}
      </section>

      <section className="koers-section" aria-labelledby="signal-history">
        <h2 className="utrecht-heading-2" id="signal-history">
          {t('systemSignal.history')}
        </h2>
        {s.history.length ? (
          <ScrollTable id="signal-history-table" caption={t('systemSignal.historyCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('systemSignal.historyAt')}</th>
                <th scope="col">{t('systemSignal.historyFrom')}</th>
                <th scope="col">{t('systemSignal.historyTo')}</th>
                <th scope="col">{t('systemSignal.reason')}</th>
                <th scope="col">{t('systemSignal.historyBy')}</th>
              </tr>
            </thead>
            <tbody>
              {s.history.map((h, i) => (
                <tr key={`${h.at}-${i}`}>
                  <th scope="row" className="koers-nowrap">
                    {formatDateTime(h.at)}
                  </th>
                  <td>{h.from ? label(SIGNAL_STATUS_LABELS, h.from) : <span className="koers-muted">{t('systemSignal.historyStart')}</span>}</td>
                  <td>
                    <SignalStatusBadge status={h.to} />
                  </td>
                  <td>{h.reason || <span className="koers-muted">—</span>}</td>
                  <td>{h.by}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        ) : (
          <p className="utrecht-paragraph koers-empty">{t('systemSignal.noHistory')}</p>
        )}
      </section>

      <section className="koers-section" aria-labelledby="signal-cases">
        <h2 className="utrecht-heading-2" id="signal-cases" tabIndex={-1}>
          {t('systemSignal.trace')}
        </h2>
        {canRead ? <TraceSection s={s} canWrite={canWrite} onDone={setSaved} /> : <p className="utrecht-paragraph koers-empty">{t('systemSignal.noCaseAccess')}</p>}
      </section>
    </>
  );
}

function StatusForm({ s, reload, onDone }: { s: SystemSignal; reload: () => void; onDone: (m: string) => void }) {
  const { t, label } = useI18n();
  const update = useUpdateSignal();
  const errs = useFormErrors(['status', 'statusReason']);
  const next = SIGNAL_TRANSITIONS[s.status];
  const [status, setStatus] = useState('');
  const [reason, setReason] = useState('');
  if (!next.length) return <p className="utrecht-paragraph koers-hint">{t('systemSignal.finished')}</p>;
  const labels = { status: t('systemSignal.nextStatus'), statusReason: t('systemSignal.reason') };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!status) {
      errs.check([['status', t('systemSignal.chooseStatus')]]);
      return;
    }
    const patch = { status: status as SignalStatus, statusReason: reason.trim(), version: s.version };
    if (errs.check(zodIssues(SignalPatch, patch))) return;
    update.mutate({ id: s.id, ...patch }, {
      onSuccess: (r) => {
        setStatus('');
        setReason('');
        errs.clear();
        onDone(t('systemSignal.moved', { status: label(SIGNAL_STATUS_LABELS, r.status) }));
        focusSoon('signal-path-title');
      },
      onError: (err) => errs.fromApi(err),
    });
  };
  return (
    <form onSubmit={submit} noValidate className="koers-form koers-subform" aria-labelledby="signal-status-title">
      <h3 className="utrecht-heading-3" id="signal-status-title">
        {t('systemSignal.moveTitle')}
      </h3>
      <ErrorSummary
        errors={errs.errors}
        labels={labels}
        idPrefix="signal-status"
        level={4}
        onReload={() => {
          errs.clear();
          reload();
        }}
      />
      <ChoiceGroup
        id="signal-status-status"
        legend={labels.status}
        value={status}
        onChange={setStatus}
        error={errs.errors.fields.status}
        options={next.map((n) => ({ value: n, label: label(SIGNAL_STATUS_LABELS, n), hint: t(`systemSignal.statusHint.${n}`) }))}
      />
      <TextInput
        id="signal-status-statusReason"
        label={labels.statusReason}
        value={reason}
        onChange={setReason}
        error={errs.errors.fields.statusReason}
        multiline
        optional={status !== 'niet_opgelost'}
        description={status === 'niet_opgelost' ? t('systemSignal.reasonRequired') : t('systemSignal.reasonHint')}
      />
      <div className="koers-actions">
        <Button type="submit" appearance="primary" disabled={update.isPending}>
          {update.isPending ? t('case.saving') : t('systemSignal.move')}
        </Button>
      </div>
    </form>
  );
}

function SignalEditForm({ s, reload, onDone }: { s: SystemSignal; reload: () => void; onDone: (m: string) => void }) {
  const { t, label } = useI18n();
  const update = useUpdateSignal();
  const errs = useFormErrors(['title', 'owner', 'learningCircle', 'changeKind']);
  const [v, setV] = useState({ title: s.title, owner: s.owner, learningCircle: s.learningCircle as string, changeKind: s.changeKind ?? '' });
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const labels = { title: t('systemSignal.title'), owner: t('systemSignal.owner'), learningCircle: t('systemSignal.circle'), changeKind: t('systemSignal.changeKind') };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const patch = { title: v.title.trim(), owner: v.owner.trim(), learningCircle: v.learningCircle, changeKind: v.changeKind || null, version: s.version };
    if (errs.check(zodIssues(SignalPatch, patch))) return;
    update.mutate({ id: s.id, ...(patch as Omit<SignalPatchBody, 'version'>), version: s.version }, {
      onSuccess: () => onDone(t('form.saved')),
      onError: (err) => errs.fromApi(err),
    });
  };
  return (
    <form onSubmit={submit} noValidate className="koers-form" aria-labelledby="signal-data">
      <ErrorSummary
        errors={errs.errors}
        labels={labels}
        idPrefix="signal-edit"
        onReload={() => {
          errs.clear();
          reload();
        }}
      />
      <TextInput id="signal-edit-title" label={labels.title} value={v.title} onChange={set('title')} error={errs.errors.fields.title} />
      <TextInput id="signal-edit-owner" label={labels.owner} value={v.owner} onChange={set('owner')} error={errs.errors.fields.owner} description={t('systemSignal.ownerHint')} />
      <ChoiceGroup
        id="signal-edit-learningCircle"
        legend={labels.learningCircle}
        value={v.learningCircle}
        onChange={set('learningCircle')}
        error={errs.errors.fields.learningCircle}
        options={LEARNING_CIRCLES.map((c) => ({ value: c, label: label(LEARNING_CIRCLE_LABELS, c), hint: t(`systemSignal.circleHint.${c}`) }))}
      />
      <SelectInput
        id="signal-edit-changeKind"
        label={labels.changeKind}
        value={v.changeKind}
        onChange={set('changeKind')}
        error={errs.errors.fields.changeKind}
        optional
        options={[['', t('systemSignal.changeKindLater')], ...CHANGE_KINDS.map((k) => [k, label(CHANGE_KIND_LABELS, k)] as const)]}
      />
      <div className="koers-actions">
        <Button type="submit" appearance="primary" disabled={update.isPending}>
          {update.isPending ? t('case.saving') : t('case.save')}
        </Button>
        <Button onClick={() => onDone('')}>{t('case.cancel')}</Button>
      </div>
    </form>
  );
}

/** The knelpunten and pseudonymous cases behind the signal (only those the caller may see), with adding and taking out. */
function TraceSection({ s, canWrite, onDone }: { s: SystemSignal; canWrite: boolean; onDone: (m: string) => void }) {
  const { t, label } = useI18n();
  const update = useUpdateSignal();
  return (
    <>
      <p className="utrecht-paragraph koers-muted">{t('systemSignal.traceIntro')}</p>
      {s.knelpunten.length ? (
        <ScrollTable id="signal-knelpunten" caption={t('systemSignal.knelpuntenCaption', { n: s.knelpunten.length })}>
          <thead>
            <tr>
              <th scope="col">{t('cases.code')}</th>
              <th scope="col">{t('case.route')}</th>
              <th scope="col">{t('systemSignal.blockerShort')}</th>
              <th scope="col">{t('case.kind')}</th>
              {canWrite ? (
                <th scope="col">
                  <span className="koers-visually-hidden">{t('action.do')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {s.knelpunten.map((k) => (
              <tr key={k.id}>
                <th scope="row" className="koers-nowrap">
                  <Link to={`/casussen/${k.caseId}`}>{k.caseCode}</Link>
                </th>
                <td>{k.route}</td>
                <td>{k.blocker}</td>
                <td>{label(KNELPUNT_KIND_LABELS, k.kind)}</td>
                {canWrite ? (
                  <td className="koers-nowrap">
                    <ConfirmAction
                      id={`unlink-${k.id}`}
                      label={t('systemSignal.unlink')}
                      what={`${k.caseCode}: ${k.route}`}
                      question={t('systemSignal.unlinkQuestion', { what: `${k.caseCode}: ${k.route}` })}
                      yes={t('systemSignal.unlinkYes')}
                      onConfirm={() =>
                        new Promise((resolve, reject) =>
                          update.mutate(
                            { id: s.id, removeKnelpuntIds: [k.id], version: s.version },
                            {
                              onSuccess: (r) => {
                                onDone(t('systemSignal.unlinked', { what: `${k.caseCode}: ${k.route}` }));
                                focusSoon('signal-cases');
                                resolve(r);
                              },
                              onError: reject,
                            },
                          ),
                        )
                      }
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p className="utrecht-paragraph koers-empty">{t('systemSignal.noVisibleKnelpunten')}</p>
      )}
      {canWrite ? <AddKnelpuntForm s={s} onDone={onDone} /> : null}
    </>
  );
}

function AddKnelpuntForm({ s, onDone }: { s: SystemSignal; onDone: (m: string) => void }) {
  const { t } = useI18n();
  const knelpunten = useKnelpunten();
  const signals = useSignals();
  const update = useUpdateSignal();
  const errs = useFormErrors(['knelpunt', 'addKnelpuntIds']);
  const [chosen, setChosen] = useState('');
  const linked = new Set((signals.data?.items ?? []).flatMap((x) => x.knelpunten.map((k) => k.id)));
  const free = (knelpunten.data?.items ?? []).filter((k) => !linked.has(k.id));
  const labels = { knelpunt: t('systemSignal.addKnelpuntLabel'), addKnelpuntIds: t('systemSignal.addKnelpuntLabel') };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const k = free.find((x) => x.id === chosen);
    if (!k) {
      errs.check([['knelpunt', t('systemSignal.chooseKnelpunt')]]);
      return;
    }
    update.mutate(
      { id: s.id, addKnelpuntIds: [k.id], version: s.version },
      {
        onSuccess: () => {
          setChosen('');
          errs.clear();
          onDone(t('systemSignal.linked', { what: `${k.caseCode}: ${k.route}` }));
          focusSoon('signal-add-knelpunt');
        },
        onError: (err) => errs.fromApi(err),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="koers-form koers-subform" aria-labelledby="signal-add-title">
      <h3 className="utrecht-heading-3" id="signal-add-title">
        {t('systemSignal.addKnelpuntTitle')}
      </h3>
      <ErrorSummary errors={errs.errors} labels={labels} idPrefix="signal-add" level={4} />
      {knelpunten.isPending || signals.isPending ? (
        <Loading />
      ) : knelpunten.isError ? (
        <ErrorView error={knelpunten.error} />
      ) : (
        <>
          <SelectInput
            id="signal-add-knelpunt"
            label={labels.knelpunt}
            value={chosen}
            onChange={setChosen}
            error={errs.errors.fields.knelpunt}
            description={t('systemSignal.addKnelpuntHint')}
            options={[['', free.length ? t('caseNew.choose') : t('systemSignal.noFreeKnelpunten')], ...free.map((k) => [k.id, `${k.caseCode}: ${k.route} — ${k.blocker}`] as const)]}
          />
          <div className="koers-actions">
            <Button type="submit" appearance="primary" disabled={update.isPending || !free.length}>
              {update.isPending ? t('case.saving') : t('systemSignal.addKnelpunt')}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
