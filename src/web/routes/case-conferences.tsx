/**
 * Tussen Wal en Schip: case conferences of Sociaal Veilig Brunssum (casuïstiekoverleg, VLB overleg):
 * the list with what asks attention (/casusoverleggen), a new conference (/casusoverleggen/nieuw)
 * and one conference with its agenda and agreed actions (/casusoverleggen/:id).
 */
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import {
  CASE_STATUS_LABELS,
  CONFERENCE_KIND_LABELS,
  CONFERENCE_KINDS,
  ConferenceActionInput,
  ConferenceInput,
  ConferencePatch,
  type CaseStatus,
  type Conference,
} from '../../shared/cases';
import {
  type ConferenceBody,
  type ConferencePatchBody,
  useAddConferenceAction,
  useCases,
  useConference,
  useConferences,
  useCreateConference,
  useUpdateConference,
  useUpdateConferenceAction,
} from '../api/cases';
import { useSession } from '../api/hooks';
import { apiMessage, useConferenceName } from '../components/cases';
import { ChoiceGroup, ErrorSummary, focusSoon, SelectInput, StatusRegion, TextInput, todayIso, useFormErrors, zodIssues } from '../components/form';
import { Breadcrumbs, Button, ButtonLink, ErrorView, Link, Loading, NotFound, PageTitle, ScrollTable, StatusBadge } from '../components/ui';
import { useI18n } from '../i18n';
import { AttentionSection } from './case-attention';

// ---------- the list ----------

export function ConferencesPage() {
  const { t, label, formatDate, formatNumber } = useI18n();
  const session = useSession().data;
  const [params, setParams] = useSearchParams();
  const kind = CONFERENCE_KINDS.find((k) => k === params.get('soort'));
  const canRead = !!session && session.abilities.readCases !== 'none';
  const q = useConferences(kind, canRead);
  const name = useConferenceName();
  const today = todayIso();
  if (!canRead) return <NotFound />;
  const title = t('conferences.title');
  return (
    <>
      <PageTitle title={title} pre={t('cases.programme')}>
        {title}
      </PageTitle>
      <p className="utrecht-paragraph koers-lead">{t('conferences.intro')}</p>
      {session.abilities.writeCases ? (
        <p className="koers-actions">
          <ButtonLink appearance="primary" to="/casusoverleggen/nieuw">
            {t('conferences.new')}
          </ButtonLink>
        </p>
      ) : null}

      <section className="koers-section" aria-labelledby="conferences-list">
        <h2 className="utrecht-heading-2" id="conferences-list">
          {t('conferences.list')}
        </h2>
        <div className="koers-filter">
          <label className="utrecht-form-label" htmlFor="conference-kind-filter">
            {t('conferences.filterKind')}
          </label>
          <select
            id="conference-kind-filter"
            className="utrecht-select utrecht-select--html-select koers-select"
            value={kind ?? ''}
            onChange={(e) => setParams(e.target.value ? { soort: e.target.value } : {}, { replace: true })}
          >
            <option value="">{t('conferences.allKinds')}</option>
            {CONFERENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {label(CONFERENCE_KIND_LABELS, k)}
              </option>
            ))}
          </select>
        </div>
        {q.isPending ? (
          <Loading />
        ) : q.isError ? (
          <ErrorView error={q.error} />
        ) : !q.data.items.length ? (
          <p className="utrecht-paragraph koers-empty" role="status">
            {kind ? t('conferences.emptyKind', { kind: label(CONFERENCE_KIND_LABELS, kind) }) : t('conferences.empty')}
          </p>
        ) : (
          <ScrollTable id="conferences-table" caption={t('conferences.caption', { n: q.data.items.length })}>
            <thead>
              <tr>
                <th scope="col">{t('conference.date')}</th>
                <th scope="col">{t('conference.kind')}</th>
                <th scope="col">{t('conference.organisations')}</th>
                <th scope="col" className="koers-num">
                  {t('conferences.agendaCount')}
                </th>
                <th scope="col" className="koers-num">
                  {t('conferences.openActions')}
                </th>
                <th scope="col" className="koers-num">
                  {t('conferences.overdueActions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((c) => {
                const open = c.actions.filter((a) => !a.done).length;
                const overdue = c.actions.filter((a) => a.overdue).length;
                return (
                  <tr key={c.id}>
                    <th scope="row" className="koers-nowrap">
                      <Link to={`/casusoverleggen/${c.id}`}>
                        {formatDate(c.date)}
                        <span className="koers-visually-hidden">, {name(c)}</span>
                      </Link>
                      {c.date > today ? (
                        <>
                          {' '}
                          <StatusBadge tone="info">{t('conference.planned')}</StatusBadge>
                        </>
                      ) : null}
                      {c.isDemo ? (
                        <>
                          {' '}
                          <StatusBadge tone="demo">{t('app.demoData')}</StatusBadge>
                        </>
                      ) : null}
                    </th>
                    <td>{label(CONFERENCE_KIND_LABELS, c.kind)}</td>
                    <td>{c.organisations.length ? c.organisations.join(', ') : <span className="koers-empty-value">{t('conference.noOrganisations')}</span>}</td>
                    <td className="koers-num">{formatNumber(c.agenda.length)}</td>
                    <td className="koers-num">{formatNumber(open)}</td>
                    <td className="koers-num">{overdue ? <StatusBadge tone="error">{formatNumber(overdue)}</StatusBadge> : formatNumber(0)}</td>
                  </tr>
                );
              })}
            </tbody>
          </ScrollTable>
        )}
      </section>

      <AttentionSection all={session.abilities.readCases === 'all'} />
    </>
  );
}

// ---------- the form (new and change) ----------

interface AgendaDraft {
  caseId: string;
  caseCode: string;
  status: CaseStatus;
  caseResponsible: string;
  responsibilityConfirmed: boolean;
}
const CONFERENCE_FIELDS = ['date', 'kind', 'organisations', 'agenda'] as const;
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function ConferenceForm({
  conference,
  onSaved,
  onCancel,
  reload,
  headingId,
}: {
  conference?: Conference;
  onSaved: (c: Conference) => void;
  onCancel?: () => void;
  reload?: () => void;
  headingId?: string;
}) {
  const { t, label } = useI18n();
  const create = useCreateConference();
  const update = useUpdateConference(conference?.id ?? '');
  const cases = useCases();
  const errs = useFormErrors(CONFERENCE_FIELDS);
  const [date, setDate] = useState(conference?.date ?? todayIso());
  const [kind, setKind] = useState<string>(conference?.kind ?? '');
  const [organisations, setOrganisations] = useState((conference?.organisations ?? []).join('\n'));
  const [agenda, setAgenda] = useState<AgendaDraft[]>(
    (conference?.agenda ?? []).map((a) => ({ caseId: a.caseId, caseCode: a.caseCode, status: a.status, caseResponsible: a.caseResponsible, responsibilityConfirmed: a.responsibilityConfirmed })),
  );
  const [toAdd, setToAdd] = useState('');
  const [added, setAdded] = useState('');
  const pending = create.isPending || update.isPending;
  const prefix = conference ? 'conference-edit' : 'conference';
  const id = (f: string) => `${prefix}-${f}`;
  const labels = {
    date: t('conference.date'),
    kind: t('conference.kind'),
    organisations: t('conference.organisations'),
    agenda: t('conference.agenda'),
  };
  const available = (cases.data?.items ?? []).filter((c) => !agenda.some((a) => a.caseId === c.id) && c.status !== 'afgesloten');
  const addCase = () => {
    const c = cases.data?.items.find((x) => x.id === toAdd);
    if (!c) {
      errs.check([['agenda', t('conference.chooseCase')]]);
      return;
    }
    setAgenda((xs) => [...xs, { caseId: c.id, caseCode: c.code, status: c.status, caseResponsible: c.caseResponsible, responsibilityConfirmed: false }]);
    setToAdd('');
    setAdded(t('conference.caseAdded', { code: c.code }));
  };
  const removeCase = (caseId: string, code: string) => {
    setAgenda((xs) => xs.filter((a) => a.caseId !== caseId));
    setAdded(t('conference.caseRemoved', { code }));
    focusSoon(id('agenda-add'));
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setAdded('');
    const fields = {
      date,
      kind,
      organisations: linesOf(organisations),
      agenda: agenda.map((a) => ({ caseId: a.caseId, responsibilityConfirmed: a.responsibilityConfirmed })),
    };
    const onError = (err: unknown) => errs.fromApi(err);
    if (conference) {
      const body = { ...fields, version: conference.version } as ConferencePatchBody;
      if (errs.check(zodIssues(ConferencePatch, body))) return;
      update.mutate(body, { onSuccess: onSaved, onError });
    } else {
      const body = fields as ConferenceBody;
      if (errs.check(zodIssues(ConferenceInput, body))) return;
      create.mutate(body, { onSuccess: onSaved, onError });
    }
  };
  return (
    <form onSubmit={submit} noValidate className="koers-form" aria-labelledby={headingId}>
      <ErrorSummary
        errors={errs.errors}
        labels={labels}
        idPrefix={prefix}
        level={2}
        onReload={
          reload
            ? () => {
                errs.clear();
                reload();
              }
            : undefined
        }
      />
      <TextInput id={id('date')} label={labels.date} value={date} onChange={setDate} error={errs.errors.fields.date} type="date" width="medium" />
      <ChoiceGroup
        id={id('kind')}
        legend={labels.kind}
        value={kind}
        onChange={setKind}
        error={errs.errors.fields.kind}
        options={CONFERENCE_KINDS.map((k) => ({ value: k, label: label(CONFERENCE_KIND_LABELS, k), hint: t(`conference.kindHint.${k}`) }))}
      />
      <TextInput
        id={id('organisations')}
        label={labels.organisations}
        value={organisations}
        onChange={setOrganisations}
        error={errs.errors.fields.organisations}
        multiline
        rows={4}
        optional
        description={t('conference.organisationsHint')}
      />
      <fieldset className="utrecht-form-fieldset koers-fieldset" aria-describedby={`${id('agenda')}-hint`}>
        <legend className="utrecht-form-fieldset__legend koers-choice__legend">{labels.agenda}</legend>
        <p className="utrecht-form-field-description" id={`${id('agenda')}-hint`}>
          {t('conference.agendaHint')}
        </p>
        {errs.errors.fields.agenda ? (
          <p className="koers-field-error" id={`${id('agenda')}-error`}>
            {errs.errors.fields.agenda}
          </p>
        ) : null}
        {agenda.length ? (
          <ul className="koers-agenda-list">
            {agenda.map((a) => (
              <li key={a.caseId} className="koers-agenda-item">
                <div className="koers-agenda-item__case">
                  <strong>{a.caseCode}</strong>
                  <span className="koers-muted">
                    {' '}
                    · {label(CASE_STATUS_LABELS, a.status)} · {a.caseResponsible ? t('conference.responsibleIs', { name: a.caseResponsible }) : t('conference.noResponsible')}
                  </span>
                </div>
                <label className="koers-checkbox">
                  <input
                    type="checkbox"
                    id={id(`confirmed-${a.caseId}`)}
                    checked={a.responsibilityConfirmed}
                    onChange={(e) => setAgenda((xs) => xs.map((x) => (x.caseId === a.caseId ? { ...x, responsibilityConfirmed: e.target.checked } : x)))}
                  />
                  {t('conference.confirmed')}
                  <span className="koers-visually-hidden"> ({a.caseCode})</span>
                </label>
                <Button className="koers-button--danger" onClick={() => removeCase(a.caseId, a.caseCode)}>
                  {t('conference.removeCase')}
                  <span className="koers-visually-hidden"> {a.caseCode}</span>
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph koers-empty">{t('conference.agendaEmpty')}</p>
        )}
        <div className="koers-inline-add">
          {cases.isPending ? (
            <Loading />
          ) : cases.isError ? (
            <ErrorView error={cases.error} />
          ) : (
            <>
              <SelectInput
                id={id('agenda-add')}
                label={t('conference.addCaseLabel')}
                value={toAdd}
                onChange={setToAdd}
                options={[
                  ['', available.length ? t('caseNew.choose') : t('conference.noMoreCases')],
                  ...available.map((c) => [c.id, `${c.code} · ${label(CASE_STATUS_LABELS, c.status)}`] as const),
                ]}
              />
              <Button onClick={addCase} disabled={!available.length}>
                {t('conference.addCase')}
              </Button>
            </>
          )}
        </div>
        <StatusRegion message={added} />
      </fieldset>
      <div className="koers-actions">
        <Button type="submit" appearance="primary" disabled={pending}>
          {pending ? t('case.saving') : conference ? t('case.save') : t('conferenceNew.submit')}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('case.cancel')}</Button> : null}
      </div>
    </form>
  );
}

export function ConferenceNewPage() {
  const { t } = useI18n();
  const session = useSession().data;
  const navigate = useNavigate();
  if (!session?.abilities.writeCases) return <NotFound />;
  const title = t('conferenceNew.title');
  return (
    <>
      <Breadcrumbs items={[{ to: '/casusoverleggen', label: t('conferences.title') }, { label: title }]} />
      <PageTitle title={title} pre={t('cases.programme')}>
        {title}
      </PageTitle>
      <p className="utrecht-paragraph">{t('conferenceNew.intro')}</p>
      <ConferenceForm onSaved={(c) => navigate(`/casusoverleggen/${c.id}`, { state: { created: true } })} />
    </>
  );
}

// ---------- one conference ----------

export function ConferencePage() {
  const { id = '' } = useParams();
  const q = useConference(id);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorView error={q.error} />;
  return <ConferenceView c={q.data} reload={() => void q.refetch()} />;
}

function ConferenceView({ c, reload }: { c: Conference; reload: () => void }) {
  const { t, label, formatDate, formatDateTime } = useI18n();
  const session = useSession().data;
  const name = useConferenceName();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');
  const canWrite = !!session?.abilities.writeCases;
  const title = name(c);
  return (
    <>
      <Breadcrumbs items={[{ to: '/casusoverleggen', label: t('conferences.title') }, { label: title }]} />
      <PageTitle title={title} pre={t('conferences.title')}>
        {title}
      </PageTitle>
      {c.isDemo ? (
        <p className="utrecht-paragraph">
          <StatusBadge tone="demo">{t('app.demoData')}</StatusBadge> {t('conference.demoText')}
        </p>
      ) : null}
      {c.date > todayIso() ? (
        <p className="utrecht-paragraph">
          <StatusBadge tone="info">{t('conference.planned')}</StatusBadge> {t('conference.plannedText')}
        </p>
      ) : null}
      <StatusRegion message={saved} />

      <section className="koers-section" aria-labelledby="conference-data">
        <div className="koers-section__head">
          <h2 className="utrecht-heading-2" id="conference-data">
            {t('conference.data')}
          </h2>
          {canWrite && !editing ? (
            <Button
              id="conference-edit-open"
              onClick={() => {
                setSaved('');
                setEditing(true);
                focusSoon('conference-edit-date');
              }}
            >
              {t('conference.edit')}
            </Button>
          ) : null}
        </div>
        {editing ? (
          <ConferenceForm
            key={c.version}
            conference={c}
            headingId="conference-data"
            reload={reload}
            onCancel={() => {
              setEditing(false);
              focusSoon('conference-edit-open');
            }}
            onSaved={() => {
              setEditing(false);
              setSaved(t('form.saved'));
              focusSoon('conference-edit-open');
            }}
          />
        ) : (
          <dl className="koers-case-fields">
            <div>
              <dt>{t('conference.date')}</dt>
              <dd>{formatDate(c.date)}</dd>
            </div>
            <div>
              <dt>{t('conference.kind')}</dt>
              <dd>{label(CONFERENCE_KIND_LABELS, c.kind)}</dd>
            </div>
            <div className="koers-case-fields__wide">
              <dt>{t('conference.organisations')}</dt>
              <dd>{c.organisations.length ? c.organisations.join(', ') : <span className="koers-empty-value">{t('conference.noOrganisations')}</span>}</dd>
            </div>
            <div>
              <dt>{t('case.version')}</dt>
              <dd>
                {c.version} · {t('effort.lastChanged', { date: formatDateTime(c.updatedAt) })}
              </dd>
            </div>
          </dl>
        )}
      </section>

      <section className="koers-section" aria-labelledby="conference-agenda">
        <h2 className="utrecht-heading-2" id="conference-agenda">
          {t('conference.agenda')}
        </h2>
        {c.agenda.length ? (
          <ScrollTable id="conference-agenda-table" caption={t('conference.agendaCaption', { n: c.agenda.length })}>
            <thead>
              <tr>
                <th scope="col">{t('cases.code')}</th>
                <th scope="col">{t('cases.status')}</th>
                <th scope="col">{t('case.responsible')}</th>
                <th scope="col">{t('conference.confirmedHead')}</th>
              </tr>
            </thead>
            <tbody>
              {c.agenda.map((a) => (
                <tr key={a.caseId}>
                  <th scope="row">
                    <Link to={`/casussen/${a.caseId}`}>{a.caseCode}</Link>
                  </th>
                  <td>{label(CASE_STATUS_LABELS, a.status)}</td>
                  <td>{a.caseResponsible || <StatusBadge tone="warn">{t('conference.noResponsible')}</StatusBadge>}</td>
                  <td>{a.responsibilityConfirmed ? <StatusBadge tone="ok">{t('case.yes')}</StatusBadge> : <StatusBadge tone="neutral">{t('conference.notConfirmed')}</StatusBadge>}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        ) : (
          <p className="utrecht-paragraph koers-empty">{t('conference.agendaEmptyView')}</p>
        )}
      </section>

      <ActionsSection c={c} canWrite={canWrite} />
    </>
  );
}

function ActionsSection({ c, canWrite }: { c: Conference; canWrite: boolean }) {
  const { t, formatDate } = useI18n();
  const toggle = useUpdateConferenceAction(c.id);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [editing, setEditing] = useState<ConferenceActionItem | null>(null);
  const open = c.actions.filter((a) => !a.done).length;
  const setDone = (actionId: string, description: string, done: boolean) => {
    setError('');
    toggle.mutate(
      { actionId, done },
      {
        onSuccess: () => {
          setMessage(done ? t('action.markedDone', { what: description }) : t('action.reopened', { what: description }));
          focusSoon(`action-${actionId}-toggle`);
        },
        onError: (err) => setError(apiMessage(err)),
      },
    );
  };
  return (
    <section className="koers-section" aria-labelledby="conference-actions">
      <h2 className="utrecht-heading-2" id="conference-actions">
        {t('conference.actions')} <span className="koers-count">({t('conference.actionsOpen', { n: open })})</span>
      </h2>
      <p className="utrecht-paragraph koers-muted">{t('conference.actionsIntro')}</p>
      <StatusRegion message={message} />
      {error ? (
        <p className="koers-field-error" role="alert">
          {error}
        </p>
      ) : null}
      {c.actions.length ? (
        <ScrollTable id="conference-actions-table" caption={t('conference.actionsCaption', { n: c.actions.length })}>
          <thead>
            <tr>
              <th scope="col">{t('action.description')}</th>
              <th scope="col">{t('action.owner')}</th>
              <th scope="col">{t('action.case')}</th>
              <th scope="col">{t('action.dueDate')}</th>
              <th scope="col">{t('action.state')}</th>
              {canWrite ? (
                <th scope="col">
                  <span className="koers-visually-hidden">{t('action.do')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {c.actions.map((a) => (
              <tr key={a.id} className={a.overdue ? 'koers-row--warn' : undefined}>
                <th scope="row" className="koers-cell-wide">
                  {a.description}
                </th>
                <td>{a.owner}</td>
                <td>{a.caseId ? <Link to={`/casussen/${a.caseId}`}>{a.caseCode}</Link> : <span className="koers-muted">{t('action.noCase')}</span>}</td>
                <td className="koers-nowrap">
                  {a.dueDate ? formatDate(a.dueDate) : <span className="koers-muted">{t('action.noDueDate')}</span>}
                  {a.overdue ? (
                    <>
                      {' '}
                      <StatusBadge tone="error">{t('action.overdue')}</StatusBadge>
                    </>
                  ) : null}
                </td>
                <td>
                  {a.done ? (
                    <StatusBadge tone="ok">{a.doneAt ? t('action.doneOn', { date: formatDate(a.doneAt) }) : t('action.done')}</StatusBadge>
                  ) : (
                    <StatusBadge tone="neutral">{t('action.open')}</StatusBadge>
                  )}
                </td>
                {canWrite ? (
                  <td>
                    <div className="koers-row-actions">
                      <Button id={`action-${a.id}-toggle`} disabled={toggle.isPending} onClick={() => setDone(a.id, a.description, !a.done)}>
                        {a.done ? t('action.reopen') : t('action.markDone')}
                        <span className="koers-visually-hidden">: {a.description}</span>
                      </Button>
                      <Button
                        id={`action-${a.id}-edit`}
                        appearance="subtle"
                        onClick={() => {
                          setMessage('');
                          setEditing(a);
                          focusSoon('action-description');
                        }}
                      >
                        {t('form.edit')}
                        <span className="koers-visually-hidden">: {a.description}</span>
                      </Button>
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p className="utrecht-paragraph koers-empty">{t('conference.noActions')}</p>
      )}
      {canWrite ? (
        <ActionForm
          key={editing ? `edit-${editing.id}` : 'add'}
          c={c}
          editing={editing}
          onDone={(m, actionId) => {
            setMessage(m);
            if (actionId) {
              setEditing(null);
              focusSoon(`action-${actionId}-edit`);
            }
          }}
        />
      ) : null}
    </section>
  );
}

const ACTION_FIELDS = ['description', 'owner', 'dueDate', 'caseId'] as const;

type ConferenceActionItem = Conference['actions'][number];

/** Adds an action, or changes one (`editing`): description, owner, due date; the case of an action stays. */
function ActionForm({ c, editing, onDone }: { c: Conference; editing: ConferenceActionItem | null; onDone: (m: string, actionId?: string) => void }) {
  const { t } = useI18n();
  const add = useAddConferenceAction(c.id);
  const update = useUpdateConferenceAction(c.id);
  const errs = useFormErrors(ACTION_FIELDS);
  const empty = { description: '', owner: '', dueDate: '', caseId: '' };
  const [v, setV] = useState(
    editing ? { description: editing.description, owner: editing.owner, dueDate: editing.dueDate ?? '', caseId: editing.caseId ?? '' } : empty,
  );
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const labels = {
    description: t('action.description'),
    owner: t('action.owner'),
    dueDate: t('action.dueDate'),
    caseId: t('action.case'),
  };
  const pending = add.isPending || update.isPending;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = { description: v.description.trim(), owner: v.owner.trim(), dueDate: v.dueDate || null, caseId: v.caseId || null, done: false };
    if (errs.check(zodIssues(ConferenceActionInput, body))) return;
    if (editing) {
      update.mutate(
        { actionId: editing.id, description: body.description, owner: body.owner, dueDate: body.dueDate },
        { onSuccess: () => onDone(t('action.changed', { what: body.description }), editing.id), onError: (err) => errs.fromApi(err) },
      );
      return;
    }
    add.mutate(body, {
      onSuccess: () => {
        onDone(t('action.added', { what: body.description }));
        setV(empty);
        errs.clear();
        focusSoon('action-description');
      },
      onError: (err) => errs.fromApi(err),
    });
  };
  return (
    <form onSubmit={submit} noValidate className="koers-form koers-subform" aria-labelledby="action-add-title">
      <h3 className="utrecht-heading-3" id="action-add-title">
        {editing ? t('action.editTitle') : t('action.addTitle')}
      </h3>
      <ErrorSummary errors={errs.errors} labels={labels} idPrefix="action" level={4} />
      <TextInput id="action-description" label={labels.description} value={v.description} onChange={set('description')} error={errs.errors.fields.description} multiline rows={2} />
      <TextInput id="action-owner" label={labels.owner} value={v.owner} onChange={set('owner')} error={errs.errors.fields.owner} description={t('action.ownerHint')} />
      <TextInput id="action-dueDate" label={labels.dueDate} value={v.dueDate} onChange={set('dueDate')} error={errs.errors.fields.dueDate} type="date" width="medium" optional />
      {editing ? null : (
        <SelectInput
          id="action-caseId"
          label={labels.caseId}
          value={v.caseId}
          onChange={set('caseId')}
          error={errs.errors.fields.caseId}
          optional
          options={[['', t('action.noCase')], ...c.agenda.map((a) => [a.caseId, a.caseCode] as const)]}
        />
      )}
      <div className="koers-actions">
        <Button type="submit" appearance="primary" disabled={pending}>
          {pending ? t('case.saving') : editing ? t('case.save') : t('action.add')}
        </Button>
        {editing ? <Button onClick={() => onDone('', editing.id)}>{t('case.cancel')}</Button> : null}
      </div>
    </form>
  );
}
