/** Tussen Wal en Schip: the caller's cases (/casussen) and one case (/casussen/:id). */
import { useState } from 'react';
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
  type CaseDetail,
  type CaseStatus,
} from '../../shared/cases';
import { useCase, useCases, useMoveCase, useUpdateCase, type CasePatchBody } from '../api/cases';
import { ApiError } from '../api/client';
import { useSession } from '../api/hooks';
import { centsToText, parseEuro, renameSummaryError, renameSummaryIssues, useEuro } from '../components/cases';
import { ChoiceGroup, ErrorSummary, StatusRegion, TextInput, focusSoon, useFormErrors, zodIssues } from '../components/form';
import { Alert, Breadcrumbs, Button, ButtonLink, ErrorView, Link, Loading, NotFound, PageTitle, StatusBadge, ScrollTable } from '../components/ui';
import { useI18n } from '../i18n';

const DAY = 86_400_000;

export function CasesPage() {
  const { t, label, formatDate, formatNumber } = useI18n();
  const session = useSession().data;
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = CASE_STATUSES.find((s) => s === statusParam);
  const cases = useCases(status, !!session && session.abilities.readCases !== 'none');
  if (!session || session.abilities.readCases === 'none') return <NotFound />;
  const now = Date.now();
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
          onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {}, { replace: true })}
        >
          <option value="">{t('cases.allStatuses')}</option>
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {label(CASE_STATUS_LABELS, s)}
            </option>
          ))}
        </select>
      </div>
      {cases.isPending ? (
        <Loading />
      ) : cases.isError ? (
        <ErrorView error={cases.error} />
      ) : !cases.data.items.length ? (
        <p className="utrecht-paragraph koers-empty" role="status">
          {status ? t('cases.emptyStatus', { status: label(CASE_STATUS_LABELS, status) }) : t('cases.empty')}
        </p>
      ) : (
        <div className="koers-table-wrap" role="region" aria-labelledby="cases-caption" tabIndex={0}>
          <table className="utrecht-table koers-table koers-case-table">
            <caption id="cases-caption" className="koers-caption">
              {status
                ? t('cases.captionStatus', { n: cases.data.items.length, status: label(CASE_STATUS_LABELS, status) })
                : t('cases.caption', { n: cases.data.items.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.code')}</th>
                <th scope="col">{t('cases.intakeDate')}</th>
                <th scope="col">{t('cases.status')}</th>
                <th scope="col">{t('cases.area')}</th>
                <th scope="col">{t('cases.source')}</th>
                <th scope="col" className="koers-num">
                  {t('cases.daysSinceChange')}
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
                  <td className="koers-num">{formatNumber(Math.max(0, Math.floor((now - new Date(c.updatedAt).getTime()) / DAY)))}</td>
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
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');
  const abilities = session?.abilities;
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
          {abilities?.writeCases && !editing ? (
            <Button
              id="case-edit-open"
              onClick={() => {
                setSaved('');
                setEditing(true);
                focusSoon('case-edit-problem');
              }}
            >
              {t('case.edit')}
            </Button>
          ) : null}
        </div>
        {editing ? (
          <CaseEditForm
            key={c.version}
            c={c}
            reload={reload}
            onDone={(message) => {
              setEditing(false);
              setSaved(message);
              focusSoon('case-edit-open');
            }}
          />
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
        <h2 className="utrecht-heading-2" id="case-knelpunten">
          {t('case.knelpunten')}
        </h2>
        {c.knelpunten.length ? (
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
                </dl>
              </li>
            ))}
          </ol>
        ) : (
          <p className="utrecht-paragraph koers-empty">{t('case.noKnelpunten')}</p>
        )}
      </section>

      <section className="koers-section" aria-labelledby="case-scores">
        <h2 className="utrecht-heading-2" id="case-scores">
          {t('case.scores')}
        </h2>
        {c.scores.length ? (
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

const EDIT_FIELDS = ['problem', 'caseResponsible', 'solution', 'decidedBy', 'decidedOn', 'costCents', 'financeableOtherwise', 'alternativeFinancing', 'outcome', 'followUpDate'] as const;
type EditField = (typeof EDIT_FIELDS)[number];

function CaseEditForm({ c, reload, onDone }: { c: CaseDetail; reload: () => void; onDone: (message: string) => void }) {
  const { t, label } = useI18n();
  const update = useUpdateCase(c.id);
  const errs = useFormErrors(EDIT_FIELDS);
  const [v, setV] = useState<Record<EditField, string>>({
    problem: c.summary,
    caseResponsible: c.caseResponsible,
    solution: c.solution,
    decidedBy: c.decidedBy,
    decidedOn: c.decidedOn ?? '',
    costCents: c.costCents ? centsToText(c.costCents) : '',
    financeableOtherwise: c.financeableOtherwise === null ? 'unknown' : c.financeableOtherwise ? 'yes' : 'no',
    alternativeFinancing: c.alternativeFinancing,
    outcome: c.outcome ?? 'unknown',
    followUpDate: c.followUpDate ?? '',
  });
  const set = (k: EditField) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const labels: Record<EditField, string> = {
    problem: t('case.summary'),
    caseResponsible: t('case.responsible'),
    solution: t('case.solution'),
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
      solution: v.solution,
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
      <TextInput id={id('solution')} label={labels.solution} value={v.solution} onChange={set('solution')} error={errs.errors.fields.solution} multiline optional />
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
