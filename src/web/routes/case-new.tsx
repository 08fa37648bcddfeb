/** /casussen/nieuw: register a Tussen Wal en Schip case under a pseudonymous code. */
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  CASE_AREA_LABELS,
  CASE_AREAS,
  CASE_SOURCE_LABELS,
  CASE_SOURCES,
  CaseInput,
} from '../../shared/cases';
import { type CaseBody, useCreateCase, useFrameworks, useTeamCandidates } from '../api/cases';
import { useSession } from '../api/hooks';
import { type KnelpuntDraft, KnelpuntenEditor, knelpuntErrorKeys, knelpuntLabels, renameSummaryError, renameSummaryIssues } from '../components/cases';
import { CheckboxGroup, ErrorSummary, SelectInput, TextInput, todayIso, useFormErrors, zodIssues } from '../components/form';
import { Alert, Breadcrumbs, Button, ErrorView, Loading, NotFound, PageTitle } from '../components/ui';
import { useI18n } from '../i18n';


export function CaseNewPage() {
  const { t, label, roleLabel } = useI18n();
  const session = useSession().data;
  const frameworks = useFrameworks();
  const candidates = useTeamCandidates(!!session?.abilities.writeCases);
  const [team, setTeam] = useState<string[]>([]);
  const create = useCreateCase();
  const navigate = useNavigate();
  const nextKey = useRef(1);
  const [intakeDate, setIntakeDate] = useState(todayIso());
  const [source, setSource] = useState('');
  const [area, setArea] = useState('');
  const [summary, setSummary] = useState('');
  const [caseResponsible, setCaseResponsible] = useState('');
  const [scores, setScores] = useState<Record<string, string>>({});
  const [knelpunten, setKnelpunten] = useState<KnelpuntDraft[]>([]);
  const known = ['intakeDate', 'source', 'area', 'problem', 'caseResponsible', 'teamUserIds', ...knelpuntErrorKeys(knelpunten.length), 'knelpunten', 'scores'];
  const errs = useFormErrors(known);
  if (!session?.abilities.writeCases) return <NotFound />;
  const framework = frameworks.data?.items.find((f) => f.isDefault) ?? frameworks.data?.items[0];
  const err = errs.errors.fields;

  const base = {
    intakeDate: t('cases.intakeDate'),
    source: t('cases.source'),
    area: t('cases.area'),
    problem: t('case.summary'),
    caseResponsible: t('case.responsible'),
    teamUserIds: t('case.team'),
    knelpunten: t('case.knelpunten'),
    scores: t('caseNew.scores'),
  };
  const labels: Record<string, string> = { ...base, ...knelpuntLabels(t, knelpunten.length) };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = {
      intakeDate,
      source,
      area,
      summary,
      caseResponsible,
      knelpunten: knelpunten.map(({ route, blocker, blockerType, kind, explanation }) => ({ route, blocker, blockerType, kind, explanation })),
      scores: Object.entries(scores)
        .filter(([, v]) => v !== '')
        .map(([domain, v]) => ({ domain, intake: Number(v) })),
      teamUserIds: team,
    } as unknown as CaseBody;
    if (errs.check(renameSummaryIssues(zodIssues(CaseInput, body)))) return;
    create.mutate(body, {
      onSuccess: (c) => navigate(`/casussen/${c.id}`, { state: { registered: true } }),
      onError: (error) => errs.fromApi(renameSummaryError(error)),
    });
  };

  const title = t('caseNew.title');
  const choose = (opts: readonly (readonly [string, string])[]) => [['', t('caseNew.choose')] as const, ...opts];
  return (
    <>
      <Breadcrumbs items={[{ to: '/casussen', label: t('cases.title') }, { label: title }]} />
      <PageTitle title={title} pre={t('cases.programme')}>
        {title}
      </PageTitle>
      <Alert type="info">
        <h2 className="utrecht-heading-3">{t('caseNew.privacyTitle')}</h2>
        <p className="utrecht-paragraph">{t('caseNew.privacyText')}</p>
      </Alert>
      <form onSubmit={submit} noValidate className="koers-form koers-case-form">
        <ErrorSummary errors={errs.errors} labels={labels} idPrefix="case" level={2} />
        <TextInput id="case-intakeDate" label={base.intakeDate} value={intakeDate} onChange={setIntakeDate} error={err.intakeDate} type="date" width="medium" />
        <SelectInput
          id="case-source"
          label={base.source}
          value={source}
          onChange={setSource}
          error={err.source}
          options={choose(CASE_SOURCES.map((s) => [s, label(CASE_SOURCE_LABELS, s)] as const))}
        />
        <SelectInput
          id="case-area"
          label={base.area}
          value={area}
          onChange={setArea}
          error={err.area}
          description={t('caseNew.areaHint')}
          options={choose(CASE_AREAS.map((a) => [a, label(CASE_AREA_LABELS, a)] as const))}
        />
        <TextInput id="case-problem" label={base.problem} value={summary} onChange={setSummary} error={err.problem} multiline rows={5} description={t('caseNew.summaryHint')} />

        <fieldset className="utrecht-form-fieldset koers-fieldset" aria-describedby="case-scores-description">
          <legend className="utrecht-form-fieldset__legend koers-choice__legend">
            <span id="case-scores">{base.scores}</span>
          </legend>
          <p className="utrecht-form-field-description" id="case-scores-description">
            {framework ? t('caseNew.scoresHint', { framework: framework.name }) : null}
          </p>
          {frameworks.isPending ? <Loading /> : frameworks.isError ? <ErrorView error={frameworks.error} /> : null}
          {err.scores ? <p className="koers-field-error">{err.scores}</p> : null}
          {framework ? (
            <div className="koers-score-grid">
              {framework.domains.map((d) => (
                <SelectInput
                  key={d.key}
                  id={`case-score-${d.key}`}
                  label={d.name}
                  value={scores[d.key] ?? ''}
                  onChange={(value) => setScores((s) => ({ ...s, [d.key]: value }))}
                  optional
                  options={[
                    ['', t('caseNew.noScore')],
                    ...framework.scaleLabels.map((l, i) => [String(framework.scaleMin + i), `${framework.scaleMin + i} – ${l}`] as const),
                  ]}
                />
              ))}
            </div>
          ) : null}
        </fieldset>

        <KnelpuntenEditor
          idPrefix="case"
          items={knelpunten}
          onChange={(items) => {
            if (items.length < knelpunten.length) errs.clear();
            setKnelpunten(items);
          }}
          errors={err}
          nextKey={nextKey}
          legend={t('caseNew.knelpuntenLegend')}
          hint={t('caseNew.knelpuntenHint')}
        />

        <TextInput
          id="case-caseResponsible"
          label={base.caseResponsible}
          value={caseResponsible}
          onChange={setCaseResponsible}
          error={err.caseResponsible}
          optional
          description={t('caseNew.responsibleHint')}
        />
        <div className="koers-form-field">
          <p className="utrecht-paragraph">{t('caseNew.teamText', { name: session.user.displayName })}</p>
          {candidates.data ? (
            <CheckboxGroup
              id="case-teamUserIds"
              legend={t('caseNew.teamLegend')}
              values={team}
              onChange={setTeam}
              error={err.teamUserIds}
              optional
              options={candidates.data.items.filter((m) => m.id !== session.user.id).map((m) => ({ value: m.id, label: `${m.displayName} (${roleLabel(m.role)})` }))}
            />
          ) : err.teamUserIds ? (
            <p className="koers-field-error" id="case-teamUserIds" tabIndex={-1}>
              {err.teamUserIds}
            </p>
          ) : null}
        </div>
        <div className="koers-actions">
          <Button type="submit" appearance="primary" disabled={create.isPending}>
            {create.isPending ? t('case.saving') : t('caseNew.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
