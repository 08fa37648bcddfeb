/** /casussen/nieuw: register a Tussen Wal en Schip case under a pseudonymous code. */
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  BLOCKER_TYPE_LABELS,
  BLOCKER_TYPES,
  CASE_AREA_LABELS,
  CASE_AREAS,
  CASE_SOURCE_LABELS,
  CASE_SOURCES,
  CaseInput,
  KNELPUNT_KIND_LABELS,
  KNELPUNT_KINDS,
} from '../../shared/cases';
import { type CaseBody, useCreateCase, useFrameworks } from '../api/cases';
import { useSession } from '../api/hooks';
import { renameSummaryError, renameSummaryIssues } from '../components/cases';
import { ErrorSummary, SelectInput, TextInput, focusSoon, todayIso, useFormErrors, zodIssues } from '../components/form';
import { Alert, Breadcrumbs, Button, ErrorView, Loading, NotFound, PageTitle } from '../components/ui';
import { useI18n } from '../i18n';

interface KnelpuntDraft {
  key: number;
  route: string;
  blocker: string;
  blockerType: string;
  kind: string;
  explanation: string;
}
const KNELPUNT_FIELDS = ['route', 'blocker', 'blockerType', 'kind', 'explanation'] as const;

export function CaseNewPage() {
  const { t, label } = useI18n();
  const session = useSession().data;
  const frameworks = useFrameworks();
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
  const known = ['intakeDate', 'source', 'area', 'problem', 'caseResponsible', 'teamUserIds', ...knelpunten.flatMap((_, i) => KNELPUNT_FIELDS.map((f) => `knelpunten.${i}.${f}`)), 'knelpunten', 'scores'];
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
  const labels: Record<string, string> = { ...base };
  knelpunten.forEach((_, i) => {
    labels[`knelpunten.${i}.route`] = `${t('caseNew.knelpuntN', { n: i + 1 })}, ${t('case.route').toLowerCase()}`;
    labels[`knelpunten.${i}.blocker`] = `${t('caseNew.knelpuntN', { n: i + 1 })}, ${t('case.blocker').toLowerCase()}`;
    labels[`knelpunten.${i}.blockerType`] = `${t('caseNew.knelpuntN', { n: i + 1 })}, ${t('case.blockerType').toLowerCase()}`;
    labels[`knelpunten.${i}.kind`] = `${t('caseNew.knelpuntN', { n: i + 1 })}, ${t('case.kind').toLowerCase()}`;
    labels[`knelpunten.${i}.explanation`] = `${t('caseNew.knelpuntN', { n: i + 1 })}, ${t('case.explanation').toLowerCase()}`;
  });

  const setK = (key: number, field: (typeof KNELPUNT_FIELDS)[number]) => (value: string) =>
    setKnelpunten((ks) => ks.map((k) => (k.key === key ? { ...k, [field]: value } : k)));
  const addKnelpunt = () => {
    const key = nextKey.current++;
    setKnelpunten((ks) => [...ks, { key, route: '', blocker: '', blockerType: '', kind: '', explanation: '' }]);
    focusSoon(`case-knelpunten.${knelpunten.length}.route`);
  };
  const removeKnelpunt = (key: number) => {
    setKnelpunten((ks) => ks.filter((k) => k.key !== key));
    errs.clear();
    focusSoon('case-knelpunt-add');
  };

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
      teamUserIds: [],
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

        <fieldset className="utrecht-form-fieldset koers-fieldset">
          <legend className="utrecht-form-fieldset__legend koers-choice__legend">{t('caseNew.knelpuntenLegend')}</legend>
          <p className="utrecht-form-field-description">{t('caseNew.knelpuntenHint')}</p>
          {err.knelpunten ? <p className="koers-field-error">{err.knelpunten}</p> : null}
          {knelpunten.map((k, i) => {
            const kid = (f: string) => `case-knelpunten.${i}.${f}`;
            const ke = (f: string) => err[`knelpunten.${i}.${f}`];
            return (
              <fieldset key={k.key} className="utrecht-form-fieldset koers-fieldset koers-knelpunt-group">
                <legend className="utrecht-form-fieldset__legend koers-choice__legend">{t('caseNew.knelpuntN', { n: i + 1 })}</legend>
                <TextInput id={kid('route')} label={t('case.route')} value={k.route} onChange={setK(k.key, 'route')} error={ke('route')} description={t('caseNew.routeHint')} />
                <TextInput id={kid('blocker')} label={t('case.blocker')} value={k.blocker} onChange={setK(k.key, 'blocker')} error={ke('blocker')} description={t('caseNew.blockerHint')} />
                <SelectInput
                  id={kid('blockerType')}
                  label={t('case.blockerType')}
                  value={k.blockerType}
                  onChange={setK(k.key, 'blockerType')}
                  error={ke('blockerType')}
                  options={choose(BLOCKER_TYPES.map((b) => [b, label(BLOCKER_TYPE_LABELS, b)] as const))}
                />
                <SelectInput
                  id={kid('kind')}
                  label={t('case.kind')}
                  value={k.kind}
                  onChange={setK(k.key, 'kind')}
                  error={ke('kind')}
                  options={choose(KNELPUNT_KINDS.map((b) => [b, label(KNELPUNT_KIND_LABELS, b)] as const))}
                />
                <TextInput id={kid('explanation')} label={t('case.explanation')} value={k.explanation} onChange={setK(k.key, 'explanation')} error={ke('explanation')} multiline optional />
                <Button className="koers-button--danger" onClick={() => removeKnelpunt(k.key)}>
                  {t('caseNew.removeKnelpunt', { n: i + 1 })}
                </Button>
              </fieldset>
            );
          })}
          <Button id="case-knelpunt-add" onClick={addKnelpunt} disabled={knelpunten.length >= 30}>
            {t('caseNew.addKnelpunt')}
          </Button>
        </fieldset>

        <TextInput
          id="case-caseResponsible"
          label={base.caseResponsible}
          value={caseResponsible}
          onChange={setCaseResponsible}
          error={err.caseResponsible}
          optional
          description={t('caseNew.responsibleHint')}
        />
        <div className="koers-form-field" id="case-teamUserIds" tabIndex={-1}>
          <h2 className="utrecht-heading-3">{base.teamUserIds}</h2>
          {err.teamUserIds ? <p className="koers-field-error">{err.teamUserIds}</p> : null}
          <p className="utrecht-paragraph">{t('caseNew.teamText', { name: session.user.displayName })}</p>
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
