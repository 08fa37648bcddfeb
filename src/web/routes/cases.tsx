/** Tussen Wal en Schip: the caller's cases (/casussen) and one case (/casussen/:id). */
import { useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import {
  BLOCKER_TYPE_LABELS,
  CASE_AREA_LABELS,
  CASE_OUTCOME_LABELS,
  CASE_OUTCOMES,
  CASE_SOURCE_LABELS,
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  CASE_TRANSITIONS,
  CasePatch,
  KNELPUNT_KIND_LABELS,
  SOLUTION_KIND_LABELS,
  SOLUTION_KINDS,
  type CaseDetail,
  type CaseStatus,
} from '../../shared/cases';
import { type CasePatchBody, useCase, useCases, useConferences, useFrameworks, useMoveCase, useSignals, useTeamCandidates, useUpdateCase } from '../api/cases';
import { ApiError } from '../api/client';
import { useSession } from '../api/hooks';
import {
  centsToText,
  type KnelpuntDraft,
  KnelpuntenEditor,
  knelpuntErrorKeys,
  knelpuntLabels,
  parseEuro,
  renameSummaryError,
  renameSummaryIssues,
  SignalStatusBadge,
  useConferenceName,
  useEuro,
} from '../components/cases';
import { CheckboxGroup, ChoiceGroup, ErrorSummary, SelectInput, StatusRegion, TextInput, focusSoon, useFormErrors, zodIssues } from '../components/form';
import { Alert, Breadcrumbs, Button, ButtonLink, ErrorView, Link, Loading, NotFound, PageTitle, StatusBadge, ScrollTable } from '../components/ui';
import { useI18n } from '../i18n';

export function CasesPage() {
  const { t, label, formatDate, formatNumber } = useI18n();
  const session = useSession().data;
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = CASE_STATUSES.find((s) => s === statusParam);
  const code = (params.get('code') ?? '').trim().slice(0, 40);
  const [codeInput, setCodeInput] = useState(code);
  const cases = useCases(status, !!session && session.abilities.readCases !== 'none', code);
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  if (!session || session.abilities.readCases === 'none') return <NotFound />;
  return (
    <>
      <PageTitle title={t('cases.title')} pre={t('cases.programme')}>
        {t('cases.title')}
      </PageTitle>
      <p className="utrecht-paragraph">{session.abilities.readCases === 'all' ? t('cases.introAll') : t('cases.introTeam')}</p>
      <p className="utrecht-paragraph koers-case-privacy">{t('cases.privacyShort')}</p>
      {session.abilities.writeCases ? (
        <p className="koers-actions">
          <ButtonLink appearance="primary" to="/casussen/nieuw">
            {t('cases.new')}
          </ButtonLink>
        </p>
      ) : null}
      <div className="koers-filter">
        <label className="utrecht-form-label" htmlFor="case-status-filter">
          {t('cases.filterStatus')}
        </label>
        <select
          id="case-status-filter"
          className="utrecht-select utrecht-select--html-select koers-select"
          value={status ?? ''}
          onChange={(e) => setParam('status', e.target.value)}
        >
          <option value="">{t('cases.allStatuses')}</option>
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {label(CASE_STATUS_LABELS, s)}
            </option>
          ))}
        </select>
      </div>
      <form
        className="koers-filter koers-case-search"
        role="search"
        aria-label={t('cases.searchLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          setParam('code', codeInput.trim());
        }}
      >
        <label className="utrecht-form-label" htmlFor="case-code-search">
          {t('cases.searchCode')}
        </label>
        <input
          id="case-code-search"
          className="utrecht-textbox utrecht-textbox--html-input koers-input--medium"
          value={codeInput}
          maxLength={40}
          autoComplete="off"
          onChange={(e) => setCodeInput(e.target.value)}
        />
        <Button type="submit">{t('cases.search')}</Button>
        {code ? (
          <Button
            appearance="subtle"
            onClick={() => {
              setCodeInput('');
              setParam('code', '');
            }}
          >
            {t('cases.searchClear')}
          </Button>
        ) : null}
      </form>
      {cases.isPending ? (
        <Loading />
      ) : cases.isError ? (
        <ErrorView error={cases.error} />
      ) : !cases.data.items.length ? (
        <p className="utrecht-paragraph koers-empty" role="status">
          {code ? t('cases.emptyCode', { code }) : status ? t('cases.emptyStatus', { status: label(CASE_STATUS_LABELS, status) }) : t('cases.empty')}
        </p>
      ) : (
        <div className="koers-table-wrap" role="region" aria-labelledby="cases-caption" tabIndex={0}>
          <table className="utrecht-table koers-table koers-case-table">
            <caption id="cases-caption" className="koers-caption">
              {status
                ? t('cases.captionStatus', { n: cases.data.items.length, status: label(CASE_STATUS_LABELS, status) })
                : t('cases.caption', { n: cases.data.items.length })}
              {cases.data.total > cases.data.items.length ? ` ${t('cases.ofTotal', { total: cases.data.total })}` : null}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.code')}</th>
                <th scope="col">{t('cases.intakeDate')}</th>
                <th scope="col">{t('cases.status')}</th>
                <th scope="col">{t('cases.area')}</th>
                <th scope="col">{t('cases.source')}</th>
                <th scope="col" className="koers-num">
                  {t('cases.daysInStep')}
                </th>
                <th scope="col" className="koers-num">
                  {t('cases.knelpuntCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {cases.data.items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/casussen/${c.id}`}>{c.code}</Link>
                    {c.isDemo ? (
                      <>
                        {' '}
                        <StatusBadge tone="demo">{t('app.demoData')}</StatusBadge>
                      </>
                    ) : null}
                  </th>
                  <td>{formatDate(c.intakeDate, 'short')}</td>
                  <td>{label(CASE_STATUS_LABELS, c.status)}</td>
                  <td>{label(CASE_AREA_LABELS, c.area)}</td>
                  <td>{label(CASE_SOURCE_LABELS, c.source)}</td>
                  <td className="koers-num">{c.status === 'afgesloten' ? <>
                        <span aria-hidden="true">—</span>
                        <span className="koers-visually-hidden">{t('cases.closedNoDays')}</span>
                      </> : formatNumber(c.daysInStep)}</td>
                  <td className="koers-num">{formatNumber(c.knelpuntCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  const query = useCase(id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorView error={query.error} />;
  return <CaseView key={query.data.id} c={query.data} reload={() => void query.refetch()} />;
}

function CaseView({ c, reload }: { c: CaseDetail; reload: () => void }) {
  const { t, label, formatDate, formatDateTime, formatNumber } = useI18n();
  const session = useSession().data;
  const euro = useEuro();
  const [editing, setEditingState] = useState<'data' | 'knelpunten' | 'scores' | null>(null);
  const [saved, setSaved] = useState('');
  const signals = useSignals();
  const abilities = session?.abilities;
  const canEdit = !!abilities?.writeCases && c.status !== 'afgesloten';
  const setEditing = (what: typeof editing) => {
    setSaved('');
    setEditingState(what);
  };
  const doneEditing = (opener: string) => (message: string) => {
    setEditingState(null);
    setSaved(message);
    focusSoon(opener);
  };
  const signalOf = (knelpuntId: string) => signals.data?.items.find((x) => x.knelpunten.some((k) => k.id === knelpuntId));
  const title = t('case.title', { code: c.code });
  const yesNo = (v: boolean | null) => (v === null ? t('case.notAssessed') : v ? t('case.yes') : t('case.no'));
  const or = (v: string | null) => (v ? v : <span className="koers-empty-value">{t('case.notFilled')}</span>);
  return (
    <>
      <Breadcrumbs items={[{ to: '/casussen', label: t('cases.title') }, { label: c.code }]} />
      <PageTitle title={title} pre={t('cases.programme')}>
        {title}
      </PageTitle>
      {c.isDemo ? (
        <p className="utrecht-paragraph">
          <StatusBadge tone="demo">{t('app.demoData')}</StatusBadge> {t('case.demoText')}
        </p>
      ) : null}
      <StatusRegion message={saved} />

      <section className="koers-section" aria-labelledby="case-workflow">
        <h2 className="utrecht-heading-2" id="case-workflow">
          {t('case.workflow')}
        </h2>
        <p className="utrecht-paragraph">
          {t('case.currentStatus')}: <strong>{label(CASE_STATUS_LABELS, c.status)}</strong>
        </p>
        <ScrollTable id="case-steps" caption={t('case.stepsCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('case.step')}</th>
                <th scope="col">{t('case.reachedAt')}</th>
                <th scope="col" className="koers-num">
                  {t('case.daysTaken')}
                </th>
              </tr>
            </thead>
            <tbody>
              {c.steps.map((s) => (
                <tr key={s.status}>
                  <th scope="row">
                    {label(CASE_STATUS_LABELS, s.status)}
                    {s.status === c.status ? <span className="koers-current-step"> ({t('case.current')})</span> : null}
                  </th>
                  <td>{formatDateTime(s.at)}</td>
                  <td className="koers-num">{s.daysSincePrevious === null ? '—' : t('case.days', { n: formatNumber(s.daysSincePrevious) })}</td>
                </tr>
              ))}
            </tbody>
        </ScrollTable>
        {abilities?.writeCases ? <NextSteps c={c} decide={abilities.decideCases} reload={reload} onMoved={setSaved} /> : null}
      </section>

      <section className="koers-section" aria-labelledby="case-data">
        <div className="koers-section__head">
          <h2 className="utrecht-heading-2" id="case-data">
            {t('case.data')}
          </h2>
          {canEdit && editing !== 'data' ? (
            <Button
              id="case-edit-open"
              onClick={() => {
                setEditing('data');
                focusSoon('case-edit-problem');
              }}
            >
              {t('case.edit')}
            </Button>
          ) : null}
        </div>
        {editing === 'data' ? (
          <CaseEditForm key={c.version} c={c} reload={reload} onDone={doneEditing('case-edit-open')} />
        ) : (
          <dl className="koers-case-fields">
            <div>
              <dt>{t('cases.code')}</dt>
              <dd>{c.code}</dd>
            </div>
            <div>
              <dt>{t('cases.intakeDate')}</dt>
              <dd>{formatDate(c.intakeDate)}</dd>
            </div>
            <div>
              <dt>{t('cases.source')}</dt>
              <dd>{label(CASE_SOURCE_LABELS, c.source)}</dd>
            </div>
            <div>
              <dt>{t('cases.area')}</dt>
              <dd>{label(CASE_AREA_LABELS, c.area)}</dd>
            </div>
            <div className="koers-case-fields__wide">
              <dt>{t('case.summary')}</dt>
              <dd>{c.summary}</dd>
            </div>
            <div>
              <dt>{t('case.responsible')}</dt>
              <dd>{or(c.caseResponsible)}</dd>
            </div>
            <div>
              <dt>{t('case.team')}</dt>
              <dd>{c.team.map((m) => m.displayName).join(', ')}</dd>
            </div>
            <div className="koers-case-fields__wide">
              <dt>{t('case.solution')}</dt>
              <dd>{or(c.solution)}</dd>
            </div>
            <div>
              <dt>{t('case.solutionKind')}</dt>
              <dd>{c.solutionKind ? label(SOLUTION_KIND_LABELS, c.solutionKind) : or(null)}</dd>
            </div>
            <div>
              <dt>{t('case.decidedBy')}</dt>
              <dd>{or(c.decidedBy)}</dd>
            </div>
            <div>
              <dt>{t('case.decidedOn')}</dt>
              <dd>{or(c.decidedOn ? formatDate(c.decidedOn) : null)}</dd>
            </div>
            <div>
              <dt>{t('case.cost')}</dt>
              <dd>{euro(c.costCents)}</dd>
            </div>
            <div>
              <dt>{t('case.financeableOtherwise')}</dt>
              <dd>{yesNo(c.financeableOtherwise)}</dd>
            </div>
            {c.financeableOtherwise ? (
              <div>
                <dt>{t('case.alternativeFinancing')}</dt>
                <dd>{or(c.alternativeFinancing)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('case.outcome')}</dt>
              <dd>{c.outcome ? label(CASE_OUTCOME_LABELS, c.outcome) : or(null)}</dd>
            </div>
            <div>
              <dt>{t('case.followUpDate')}</dt>
              <dd>{or(c.followUpDate ? formatDate(c.followUpDate) : null)}</dd>
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

      <section className="koers-section" aria-labelledby="case-knelpunten">
        <div className="koers-section__head">
          <h2 className="utrecht-heading-2" id="case-knelpunten">
            {t('case.knelpunten')}
          </h2>
          {canEdit && editing !== 'knelpunten' ? (
            <Button
              id="case-knelpunten-open"
              onClick={() => {
                setEditing('knelpunten');
                focusSoon(c.knelpunten.length ? 'case-k-knelpunten.0.route' : 'case-k-knelpunt-add');
              }}
            >
              {t('case.editKnelpunten')}
            </Button>
          ) : null}
        </div>
        {editing === 'knelpunten' ? (
          <KnelpuntenEditForm key={c.version} c={c} reload={reload} onDone={doneEditing('case-knelpunten-open')} />
        ) : c.knelpunten.length ? (
          <ol className="koers-knelpunt-list">
            {c.knelpunten.map((k, i) => (
              <li key={k.id} className="koers-card">
                <h3 className="utrecht-heading-4">{t('case.knelpuntN', { n: i + 1, route: k.route })}</h3>
                <dl className="koers-case-fields">
                  <div>
                    <dt>{t('case.route')}</dt>
                    <dd>{k.route}</dd>
                  </div>
                  <div>
                    <dt>{t('case.blocker')}</dt>
                    <dd>{k.blocker}</dd>
                  </div>
                  <div>
                    <dt>{t('case.blockerType')}</dt>
                    <dd>{label(BLOCKER_TYPE_LABELS, k.blockerType)}</dd>
                  </div>
                  <div>
                    <dt>{t('case.kind')}</dt>
                    <dd>{label(KNELPUNT_KIND_LABELS, k.kind)}</dd>
                  </div>
                  {k.explanation ? (
                    <div className="koers-case-fields__wide">
                      <dt>{t('case.explanation')}</dt>
                      <dd>{k.explanation}</dd>
                    </div>
                  ) : null}
                  <div className="koers-case-fields__wide">
                    <dt>{t('case.inSignal')}</dt>
                    <dd>
                      {(() => {
                        const sig = signalOf(k.id);
                        return sig ? (
                          <>
                            <Link to={`/systeemsignalen/${sig.id}`}>{sig.title}</Link> <SignalStatusBadge status={sig.status} />
                          </>
                        ) : (
                          <span className="koers-empty-value">{t('case.noSignal')}</span>
                        );
                      })()}
                    </dd>
                  </div>
                </dl>
              </li>
            ))}
          </ol>
        ) : (
          <p className="utrecht-paragraph koers-empty">{t('case.noKnelpunten')}</p>
        )}
      </section>

      <section className="koers-section" aria-labelledby="case-scores">
        <div className="koers-section__head">
          <h2 className="utrecht-heading-2" id="case-scores">
            {t('case.scores')}
          </h2>
          {canEdit && editing !== 'scores' ? (
            <Button
              id="case-scores-open"
              onClick={() => {
                setEditing('scores');
                focusSoon('case-scores-form-first');
              }}
            >
              {t('case.editScores')}
            </Button>
          ) : null}
        </div>
        {editing === 'scores' ? (
          <ScoresEditForm key={c.version} c={c} reload={reload} onDone={doneEditing('case-scores-open')} />
        ) : c.scores.length ? (
          <ScrollTable id="case-scores" caption={t('case.scoresCaption', { framework: c.framework.name })}>
              <thead>
                <tr>
                  <th scope="col">{t('case.domain')}</th>
                  <th scope="col">{t('case.atIntake')}</th>
                  <th scope="col">{t('case.atFollowUp')}</th>
                </tr>
              </thead>
              <tbody>
                {c.scores.map((s) => (
                  <tr key={s.domain}>
                    <th scope="row">{s.name}</th>
                    <td>{scoreText(s.intake, c.framework)}</td>
                    <td>{scoreText(s.followUp, c.framework)}</td>
                  </tr>
                ))}
              </tbody>
          </ScrollTable>
        ) : (
          <p className="utrecht-paragraph koers-empty">{t('case.noScores')}</p>
        )}
      </section>

      <CaseConferences c={c} />

      {abilities?.exportProcessingLog ? (
        <section className="koers-section" aria-labelledby="case-log">
          <h2 className="utrecht-heading-2" id="case-log">
            {t('case.processingLog')}
          </h2>
          <p className="utrecht-paragraph">{t('case.processingLogText')}</p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={`/api/v1/cases/${c.id}/processing-log?format=csv`} download>
              {t('case.processingLogDownload')}
            </a>
          </p>
        </section>
      ) : null}
    </>
  );
}

function scoreText(score: number | null, f: CaseDetail['framework']) {
  if (score === null) return '—';
  const text = f.scaleLabels[score - f.scaleMin];
  return text ? `${score} – ${text}` : String(score);
}

function NextSteps({ c, decide, reload, onMoved }: { c: CaseDetail; decide: boolean; reload: () => void; onMoved: (m: string) => void }) {
  const { t, label } = useI18n();
  const move = useMoveCase(c.id);
  const [error, setError] = useState<{ message: string; conflict: boolean } | null>(null);
  const next = CASE_TRANSITIONS[c.status].filter((s) => s !== 'besloten' || decide);
  const decideHidden = CASE_TRANSITIONS[c.status].includes('besloten') && !decide;
  if (!CASE_TRANSITIONS[c.status].length) return <p className="utrecht-paragraph">{t('case.closedNoSteps')}</p>;
  const go = (status: CaseStatus) => {
    setError(null);
    move.mutate(
      { status, version: c.version },
      {
        onSuccess: (d) => onMoved(t('case.moved', { status: label(CASE_STATUS_LABELS, d.status) })),
        onError: (err) => {
          const conflict = err instanceof ApiError && err.status === 409;
          const message = err instanceof ApiError ? err.invalidParams[0]?.reason || err.detail || err.title : String(err);
          setError({ message, conflict });
          focusSoon('case-move-error');
        },
      },
    );
  };
  return (
    <div className="koers-next-steps">
      <h3 className="utrecht-heading-3">{t('case.nextSteps')}</h3>
      {error ? (
        <div id="case-move-error" tabIndex={-1} role="alert" className="koers-error-summary">
          <Alert type="error">
            <p className="utrecht-paragraph">
              <strong>{t('case.notMoved')}</strong> {error.message}
            </p>
            {error.conflict ? (
              <Button
                onClick={() => {
                  setError(null);
                  reload();
                }}
              >
                {t('edit.reload')}
              </Button>
            ) : null}
          </Alert>
        </div>
      ) : null}
      <div className="koers-actions">
        {next.map((s) => (
          <Button key={s} appearance={s === 'afgesloten' && next.length > 1 ? 'secondary' : 'primary'} disabled={move.isPending} onClick={() => go(s)}>
            {t('case.moveTo', { status: label(CASE_STATUS_LABELS, s) })}
          </Button>
        ))}
      </div>
      {decideHidden ? <p className="utrecht-paragraph koers-hint">{t('case.decideByManager')}</p> : null}
      {c.status === 'in_behandeling' && decide ? <p className="utrecht-paragraph koers-hint">{t('case.decideNeeds')}</p> : null}
    </div>
  );
}

const EDIT_FIELDS = ['problem', 'caseResponsible', 'teamUserIds', 'solution', 'solutionKind', 'decidedBy', 'decidedOn', 'costCents', 'financeableOtherwise', 'alternativeFinancing', 'outcome', 'followUpDate'] as const;
type EditField = (typeof EDIT_FIELDS)[number];

type EditValues = Record<Exclude<EditField, 'teamUserIds'>, string>;

function CaseEditForm({ c, reload, onDone }: { c: CaseDetail; reload: () => void; onDone: (message: string) => void }) {
  const { t, label, roleLabel } = useI18n();
  const session = useSession().data;
  const update = useUpdateCase(c.id);
  const candidates = useTeamCandidates();
  const errs = useFormErrors(EDIT_FIELDS);
  const [team, setTeam] = useState(c.team.map((m) => m.id));
  const [v, setV] = useState<EditValues>({
    problem: c.summary,
    caseResponsible: c.caseResponsible,
    solution: c.solution,
    solutionKind: c.solutionKind ?? '',
    decidedBy: c.decidedBy,
    decidedOn: c.decidedOn ?? '',
    costCents: c.costCents ? centsToText(c.costCents) : '',
    financeableOtherwise: c.financeableOtherwise === null ? 'unknown' : c.financeableOtherwise ? 'yes' : 'no',
    alternativeFinancing: c.alternativeFinancing,
    outcome: c.outcome ?? 'unknown',
    followUpDate: c.followUpDate ?? '',
  });
  const set = (k: keyof EditValues) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const labels: Record<EditField, string> = {
    problem: t('case.summary'),
    caseResponsible: t('case.responsible'),
    teamUserIds: t('case.team'),
    solution: t('case.solution'),
    solutionKind: t('case.solutionKind'),
    decidedBy: t('case.decidedBy'),
    decidedOn: t('case.decidedOn'),
    costCents: t('case.costEuro'),
    financeableOtherwise: t('case.financeableOtherwise'),
    alternativeFinancing: t('case.alternativeFinancing'),
    outcome: t('case.outcome'),
    followUpDate: t('case.followUpDate'),
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const cents = parseEuro(v.costCents);
    if (cents === null) {
      errs.check([['costCents', t('case.amountInvalid')]]);
      return;
    }
    const body: CasePatchBody = {
      summary: v.problem,
      caseResponsible: v.caseResponsible,
      ...(team.slice().sort().join() !== c.team.map((m) => m.id).sort().join() ? { teamUserIds: team } : {}),
      solution: v.solution,
      solutionKind: (v.solutionKind || null) as CasePatchBody['solutionKind'],
      decidedBy: v.decidedBy,
      decidedOn: v.decidedOn || null,
      costCents: cents,
      financeableOtherwise: v.financeableOtherwise === 'unknown' ? null : v.financeableOtherwise === 'yes',
      alternativeFinancing: v.alternativeFinancing,
      outcome: v.outcome === 'unknown' ? null : (v.outcome as (typeof CASE_OUTCOMES)[number]),
      followUpDate: v.followUpDate || null,
      version: c.version,
    };
    const issues = renameSummaryIssues(zodIssues(CasePatch, body));
    if (v.decidedOn && v.decidedOn < c.intakeDate) issues.push(['decidedOn', t('case.decidedBeforeIntake')]);
    if (body.financeableOtherwise === true && !v.alternativeFinancing.trim()) issues.push(['alternativeFinancing', t('case.alternativeNeeded')]);
    if (!team.length) issues.push(['teamUserIds', t('case.teamEmpty')]);
    // a case worker cannot take themselves off the team (the server refuses it too): they would lose the case
    else if (session && session.abilities.readCases !== 'all' && c.team.some((m) => m.id === session.user.id) && !team.includes(session.user.id)) {
      issues.push(['teamUserIds', t('case.teamLeaveRefused')]);
    }
    if (errs.check(issues)) return;
    update.mutate(body, { onSuccess: () => onDone(t('form.saved')), onError: (err) => errs.fromApi(renameSummaryError(err)) });
  };
  const id = (k: EditField) => `case-edit-${k}`;
  return (
    <form onSubmit={submit} noValidate className="koers-form" aria-labelledby="case-data">
      <ErrorSummary errors={errs.errors} labels={labels} idPrefix="case-edit" onReload={() => {
        errs.clear();
        reload();
      }} />
      <TextInput id={id('problem')} label={labels.problem} value={v.problem} onChange={set('problem')} error={errs.errors.fields.problem} multiline rows={4} description={t('caseNew.summaryHint')} />
      <TextInput id={id('caseResponsible')} label={labels.caseResponsible} value={v.caseResponsible} onChange={set('caseResponsible')} error={errs.errors.fields.caseResponsible} optional description={t('caseNew.responsibleHint')} />
      {candidates.isError ? (
        <p className="utrecht-paragraph koers-hint">{t('case.teamUnavailable')}</p>
      ) : candidates.isPending ? (
        <Loading />
      ) : (
        <CheckboxGroup
          id={id('teamUserIds')}
          legend={labels.teamUserIds}
          values={team}
          onChange={setTeam}
          error={errs.errors.fields.teamUserIds}
          options={candidates.data.items.map((m) => ({
            value: m.id,
            label: `${m.displayName} (${roleLabel(m.role)})${m.id === session?.user.id ? ` – ${t('case.teamYou')}` : ''}`,
          }))}
        />
      )}
      <TextInput id={id('solution')} label={labels.solution} value={v.solution} onChange={set('solution')} error={errs.errors.fields.solution} multiline optional />
      <SelectInput
        id={id('solutionKind')}
        label={labels.solutionKind}
        value={v.solutionKind}
        onChange={set('solutionKind')}
        error={errs.errors.fields.solutionKind}
        optional
        description={t('case.solutionKindHint')}
        options={[['', t('case.notClassified')], ...SOLUTION_KINDS.map((k) => [k, label(SOLUTION_KIND_LABELS, k)] as const)]}
      />
      <TextInput id={id('decidedBy')} label={labels.decidedBy} value={v.decidedBy} onChange={set('decidedBy')} error={errs.errors.fields.decidedBy} optional />
      <TextInput id={id('decidedOn')} label={labels.decidedOn} value={v.decidedOn} onChange={set('decidedOn')} error={errs.errors.fields.decidedOn} type="date" optional width="medium" />
      <TextInput id={id('costCents')} label={labels.costCents} value={v.costCents} onChange={set('costCents')} error={errs.errors.fields.costCents} inputMode="decimal" optional width="medium" description={t('case.costHint')} />
      <ChoiceGroup
        id={id('financeableOtherwise')}
        legend={labels.financeableOtherwise}
        value={v.financeableOtherwise}
        onChange={set('financeableOtherwise')}
        error={errs.errors.fields.financeableOtherwise}
        inline
        options={[
          { value: 'unknown', label: t('case.notAssessed') },
          { value: 'yes', label: t('case.yes') },
          { value: 'no', label: t('case.no') },
        ]}
      />
      <TextInput id={id('alternativeFinancing')} label={labels.alternativeFinancing} value={v.alternativeFinancing} onChange={set('alternativeFinancing')} error={errs.errors.fields.alternativeFinancing} optional description={t('case.alternativeHint')} />
      <ChoiceGroup
        id={id('outcome')}
        legend={labels.outcome}
        value={v.outcome}
        onChange={set('outcome')}
        error={errs.errors.fields.outcome}
        options={[{ value: 'unknown', label: t('case.notYetKnown') }, ...CASE_OUTCOMES.map((o) => ({ value: o, label: label(CASE_OUTCOME_LABELS, o) }))]}
      />
      <TextInput id={id('followUpDate')} label={labels.followUpDate} value={v.followUpDate} onChange={set('followUpDate')} error={errs.errors.fields.followUpDate} type="date" optional width="medium" />
      <div className="koers-actions">
        <Button type="submit" appearance="primary" disabled={update.isPending}>
          {update.isPending ? t('case.saving') : t('case.save')}
        </Button>
        <Button onClick={() => onDone('')}>{t('case.cancel')}</Button>
      </div>
    </form>
  );
}

/** Changing the knelpunten after registration; taking a saved one away asks for confirmation (it also leaves its system signal). */
function KnelpuntenEditForm({ c, reload, onDone }: { c: CaseDetail; reload: () => void; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const update = useUpdateCase(c.id);
  const nextKey = useRef(c.knelpunten.length + 1);
  const [items, setItems] = useState<KnelpuntDraft[]>(c.knelpunten.map((k, i) => ({ key: i + 1, id: k.id, route: k.route, blocker: k.blocker, blockerType: k.blockerType, kind: k.kind, explanation: k.explanation })));
  const [confirming, setConfirming] = useState(false);
  const errs = useFormErrors(['knelpunten', ...knelpuntErrorKeys(items.length)]);
  const labels = { knelpunten: t('case.knelpunten'), ...knelpuntLabels(t, items.length) };
  const removed = c.knelpunten.filter((k) => !items.some((d) => d.id === k.id)).length;
  const body = () =>
    ({
      // a saved knelpunt goes back with its id: it is changed in place and stays in its system signal
      knelpunten: items.map(({ id, route, blocker, blockerType, kind, explanation }) => ({ ...(id ? { id } : {}), route, blocker, blockerType, kind, explanation })),
      version: c.version,
    }) as CasePatchBody;
  const save = () => {
    setConfirming(false);
    update.mutate(body(), { onSuccess: () => onDone(t('form.saved')), onError: (err) => errs.fromApi(err) });
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (errs.check(zodIssues(CasePatch, body()))) return;
    if (removed > 0) {
      setConfirming(true);
      focusSoon('case-k-confirm');
      return;
    }
    save();
  };
  return (
    <form onSubmit={submit} noValidate className="koers-form" aria-labelledby="case-knelpunten">
      <ErrorSummary
        errors={errs.errors}
        labels={labels}
        idPrefix="case-k"
        onReload={() => {
          errs.clear();
          reload();
        }}
      />
      <KnelpuntenEditor
        idPrefix="case-k"
        items={items}
        onChange={(next) => {
          if (next.length < items.length) errs.clear();
          setConfirming(false);
          setItems(next);
        }}
        errors={errs.errors.fields}
        nextKey={nextKey}
        legend={t('caseNew.knelpuntenLegend')}
        hint={t('case.knelpuntenEditHint')}
      />
      {confirming ? (
        <div className="koers-confirm" role="group" aria-labelledby="case-k-confirm">
          <p className="utrecht-paragraph koers-confirm__question" id="case-k-confirm" tabIndex={-1}>
            <strong>{t('form.confirmTitle')}</strong> {t('case.knelpuntenRemoveQuestion', { n: removed })}
          </p>
          <div className="koers-actions">
            <Button appearance="primary" className="koers-button--danger-primary" onClick={save} disabled={update.isPending}>
              {t('case.knelpuntenRemoveYes')}
            </Button>
            <Button
              onClick={() => {
                setConfirming(false);
                focusSoon('case-k-knelpunt-add');
              }}
            >
              {t('confirm.no')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="koers-actions">
          <Button type="submit" appearance="primary" disabled={update.isPending}>
            {update.isPending ? t('case.saving') : t('case.saveKnelpunten')}
          </Button>
          <Button onClick={() => onDone('')}>{t('case.cancel')}</Button>
        </div>
      )}
    </form>
  );
}

/** Life-domain scores at intake and at follow-up, one row per domain of the case's framework. */
function ScoresEditForm({ c, reload, onDone }: { c: CaseDetail; reload: () => void; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const frameworks = useFrameworks();
  const update = useUpdateCase(c.id);
  const errs = useFormErrors(['scores']);
  const [v, setV] = useState<Record<string, { intake: string; followUp: string }>>(
    Object.fromEntries(c.scores.map((s) => [s.domain, { intake: s.intake === null ? '' : String(s.intake), followUp: s.followUp === null ? '' : String(s.followUp) }])),
  );
  const framework = frameworks.data?.items.find((f) => f.key === c.framework.key);
  if (frameworks.isPending) return <Loading />;
  if (frameworks.isError) return <ErrorView error={frameworks.error} />;
  if (!framework) return <p className="utrecht-paragraph">{t('case.noFramework')}</p>;
  const options = [['', t('caseNew.noScore')] as const, ...framework.scaleLabels.map((l, i) => [String(framework.scaleMin + i), `${framework.scaleMin + i} – ${l}`] as const)];
  const setScore = (domain: string, moment: 'intake' | 'followUp') => (e: React.ChangeEvent<HTMLSelectElement>) =>
    setV((old) => ({ ...old, [domain]: { intake: old[domain]?.intake ?? '', followUp: old[domain]?.followUp ?? '', [moment]: e.target.value } }));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const scores = Object.entries(v)
      .filter(([, s]) => s.intake !== '' || s.followUp !== '')
      .map(([domain, s]) => ({ domain, intake: s.intake === '' ? null : Number(s.intake), followUp: s.followUp === '' ? null : Number(s.followUp) }));
    const body = { scores, version: c.version } as CasePatchBody;
    if (errs.check(zodIssues(CasePatch, body))) return;
    update.mutate(body, { onSuccess: () => onDone(t('form.saved')), onError: (err) => errs.fromApi(err) });
  };
  return (
    <form onSubmit={submit} noValidate className="koers-form koers-form--wide" aria-labelledby="case-scores">
      <ErrorSummary
        errors={errs.errors}
        labels={{ scores: t('case.scores') }}
        idPrefix="case-scores-form"
        onReload={() => {
          errs.clear();
          reload();
        }}
      />
      <p className="utrecht-paragraph" id="case-scores-form-hint">
        {t('case.scoresEditHint', { framework: framework.name })}
      </p>
      <div id="case-scores-form-scores" tabIndex={-1}>
        {errs.errors.fields.scores ? <p className="koers-field-error">{errs.errors.fields.scores}</p> : null}
      </div>
      <ScrollTable id="case-scores-form-table" caption={t('case.scoresCaption', { framework: framework.name })}>
        <thead>
          <tr>
            <th scope="col">{t('case.domain')}</th>
            <th scope="col" id="case-scores-form-intake">
              {t('case.atIntake')}
            </th>
            <th scope="col" id="case-scores-form-followUp">
              {t('case.atFollowUp')}
            </th>
          </tr>
        </thead>
        <tbody>
          {framework.domains.map((d, i) => (
            <tr key={d.key}>
              <th scope="row" id={`case-scores-form-${d.key}`}>
                {d.name}
              </th>
              {(['intake', 'followUp'] as const).map((moment) => (
                <td key={moment}>
                  <select
                    id={i === 0 && moment === 'intake' ? 'case-scores-form-first' : `case-scores-form-${d.key}-${moment}`}
                    className="utrecht-select utrecht-select--html-select koers-select"
                    aria-labelledby={`case-scores-form-${d.key} case-scores-form-${moment}`}
                    value={v[d.key]?.[moment] ?? ''}
                    onChange={setScore(d.key, moment)}
                  >
                    {options.map(([value, text]) => (
                      <option key={value} value={value}>
                        {text}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <div className="koers-actions">
        <Button type="submit" appearance="primary" disabled={update.isPending}>
          {update.isPending ? t('case.saving') : t('case.saveScores')}
        </Button>
        <Button onClick={() => onDone('')}>{t('case.cancel')}</Button>
      </div>
    </form>
  );
}

/** The case conferences this case was on the agenda of. */
function CaseConferences({ c }: { c: CaseDetail }) {
  const { t, label } = useI18n();
  const q = useConferences();
  const name = useConferenceName();
  const on = (q.data?.items ?? []).filter((x) => x.agenda.some((a) => a.caseId === c.id));
  return (
    <section className="koers-section" aria-labelledby="case-conferences">
      <h2 className="utrecht-heading-2" id="case-conferences">
        {t('case.conferences')}
      </h2>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorView error={q.error} />
      ) : on.length ? (
        <ul className="utrecht-unordered-list koers-plain-list">
          {on.map((x) => {
            const item = x.agenda.find((a) => a.caseId === c.id)!;
            const open = x.actions.filter((a) => a.caseId === c.id && !a.done).length;
            return (
              <li key={x.id}>
                <Link to={`/casusoverleggen/${x.id}`}>{name(x)}</Link>{' '}
                {item.responsibilityConfirmed ? (
                  <StatusBadge tone="ok">{t('case.responsibilityConfirmed')}</StatusBadge>
                ) : (
                  <StatusBadge tone="neutral">{t('conference.notConfirmed')}</StatusBadge>
                )}
                {open ? <span className="koers-muted"> · {t('case.openActions', { n: open })}</span> : null}
                <span className="koers-visually-hidden"> ({label(CASE_STATUS_LABELS, item.status)})</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="utrecht-paragraph koers-empty">{t('case.noConferences')}</p>
      )}
    </section>
  );
}
