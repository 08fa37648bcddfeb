/** The add/change forms of the effort steering page: one per kind of record. */
import { type FormEvent, type ReactNode, useState } from 'react';
import {
  BudgetLineInput,
  type BudgetLine,
  DECISION_LABELS,
  DECISION_LIFECYCLE,
  DECISIONS,
  DecisionInput,
  DependencyInput,
  type Evaluation,
  EvaluationInput,
  formatCents,
  FUNDING_STATUS_LABELS,
  LIFECYCLE_LABELS,
  LIFECYCLES,
  LifecyclePatch,
  type Milestone,
  MILESTONE_STATUS_LABELS,
  MILESTONE_STATUSES,
  MilestoneInput,
  parseEuroToCents,
  type Result,
  RESULT_STATUS_LABELS,
  RESULT_STATUSES,
  ResultInput,
  type Risk,
  RISK_STATUS_LABELS,
  RISK_STATUSES,
  RiskInput,
  type Steering,
} from '../../shared/steering';
import type { MessageKey } from '../../shared/i18n/nl';
import { useEfforts, useGoals } from '../api/hooks';
import { useAreaChoices, useIndicatorChoices } from '../api/voice';
import {
  type BudgetLineBody,
  type DecisionBody,
  type DependencyBody,
  type EvaluationBody,
  invalidateSteering,
  type LifecycleBody,
  type MilestoneBody,
  type ResultBody,
  type RiskBody,
  steeringApi,
  useFundingSources,
  useSteeringMutation,
} from '../api/steering';
import { ChoiceGroup, CheckboxGroup, ErrorSummary, type FormErrors, SelectInput, TextInput, todayIso, useFormErrors, zodIssues } from '../components/form';
import { byCode, riskBand } from '../components/steering';
import { Button } from '../components/ui';
import { useI18n } from '../i18n';
import { useQueryClient } from '@tanstack/react-query';

export interface FormProps<T> {
  effortId: string;
  item?: T;
  /** called after a successful save with the message for the status region and the id to focus */
  onDone: (message: string, focusId: string) => void;
  onCancel: () => void;
}

/** The frame of every inline form: heading (focused when it opens), error summary, fields, actions. */
export function InlineForm({
  idPrefix,
  title,
  errors,
  labels,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  idPrefix: string;
  title: string;
  errors: FormErrors;
  labels: Record<string, string>;
  pending: boolean;
  submitLabel?: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  return (
    <form
      className="koers-inline-form"
      noValidate
      aria-labelledby={`${idPrefix}-heading`}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (!pending) onSubmit();
      }}
    >
      <h3 className="utrecht-heading-3 koers-inline-form__title" id={`${idPrefix}-heading`} tabIndex={-1}>
        {title}
      </h3>
      <ErrorSummary errors={errors} labels={labels} idPrefix={idPrefix} level={4} onReload={() => invalidateSteering(qc)} />
      {children}
      <div className="koers-actions koers-inline-form__actions">
        <Button type="submit" appearance="primary" disabled={pending}>
          {pending ? t('edit.saving') : (submitLabel ?? t('edit.save'))}
        </Button>
        <Button onClick={onCancel}>{t('edit.cancel')}</Button>
      </div>
    </form>
  );
}

const dateOrNull = (v: string) => (v.trim() ? v.trim() : null);

// ---------- results ----------

const RESULT_FIELDS = [
  'description',
  'measure',
  'baseline',
  'targetKind',
  'target',
  'startDate',
  'deadline',
  'status',
  'goalIds',
  'indicatorId',
  'indicatorAreaCode',
  'indicatorBaselinePeriod',
  'indicatorTarget',
] as const;

export function ResultForm({ effortId, item, onDone, onCancel }: FormProps<Result>) {
  const { t, label } = useI18n();
  const goals = useGoals();
  const p = item ? `result-${item.id}` : 'result-new';
  const [d, setD] = useState({
    description: item?.description ?? '',
    measure: item?.measure ?? '',
    baseline: item?.baseline ?? '',
    targetKind: item?.targetKind ?? 'qualitative',
    target: item?.target ?? '',
    startDate: item?.startDate ?? '',
    deadline: item?.deadline ?? '',
    status: item?.status ?? 'niet_gestart',
    goalIds: item?.goals.map((g) => g.id) ?? [],
    indicatorId: item?.indicatorLink?.indicator.id ?? '',
    indicatorAreaCode: item?.indicatorLink?.area.code ?? '',
    indicatorBaselinePeriod: item?.indicatorLink?.baselinePeriod ?? '',
    indicatorTarget: item?.indicatorLink?.target ?? '',
  });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const f = useFormErrors(RESULT_FIELDS);
  const indicatorChoices = useIndicatorChoices();
  const areaChoices = useAreaChoices();
  const m = useSteeringMutation((body: ResultBody) =>
    item ? steeringApi.update('results', item.id, { ...body, version: item.version }) : steeringApi.create('results', effortId, body),
  );
  const labels = {
    description: t('result.description'),
    measure: t('result.measure'),
    baseline: t('result.baseline'),
    targetKind: t('result.targetKind'),
    target: t('result.target'),
    startDate: t('result.startDate'),
    deadline: t('result.deadline'),
    status: t('result.status'),
    goalIds: t('result.goals'),
    indicatorId: t('voice.result.indicator'),
    indicatorAreaCode: t('voice.result.indicatorArea'),
    indicatorBaselinePeriod: t('voice.result.baselinePeriod'),
    indicatorTarget: t('voice.result.indicatorTarget'),
  };
  const submit = () => {
    const linked = d.indicatorId !== '';
    const body: ResultBody = {
      ...d,
      startDate: dateOrNull(d.startDate),
      deadline: dateOrNull(d.deadline),
      indicatorId: linked ? d.indicatorId : null,
      indicatorAreaCode: linked ? dateOrNull(d.indicatorAreaCode) : null,
      indicatorBaselinePeriod: linked ? dateOrNull(d.indicatorBaselinePeriod) : null,
      indicatorTarget: linked ? dateOrNull(d.indicatorTarget) : null,
    };
    if (f.check(zodIssues(ResultInput, body))) return;
    f.clear();
    m.mutate(body, { onSuccess: (r) => onDone(t('form.saved'), `item-${r.id}`), onError: f.fromApi });
  };
  const e = f.errors.fields;
  return (
    <InlineForm
      idPrefix={p}
      title={item ? t('result.editTitle') : t('result.addTitle')}
      errors={f.errors}
      labels={labels}
      pending={m.isPending}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextInput id={`${p}-description`} label={labels.description} value={d.description} onChange={(v) => set({ description: v })} error={e.description} multiline description={t('result.descriptionHint')} />
      <TextInput id={`${p}-measure`} label={labels.measure} value={d.measure} onChange={(v) => set({ measure: v })} error={e.measure} optional description={t('result.measureHint')} />
      <TextInput id={`${p}-baseline`} label={labels.baseline} value={d.baseline} onChange={(v) => set({ baseline: v })} error={e.baseline} optional description={t('result.baselineHint')} />
      <ChoiceGroup
        id={`${p}-targetKind`}
        legend={labels.targetKind}
        value={d.targetKind}
        onChange={(v) => set({ targetKind: v as 'quantitative' | 'qualitative' })}
        error={e.targetKind}
        inline
        options={[
          { value: 'quantitative', label: t('result.quantitative') },
          { value: 'qualitative', label: t('result.qualitative') },
        ]}
      />
      <TextInput
        id={`${p}-target`}
        label={labels.target}
        value={d.target}
        onChange={(v) => set({ target: v })}
        error={e.target}
        optional={d.targetKind === 'qualitative'}
        description={d.targetKind === 'quantitative' ? t('result.targetHintQuantitative') : t('result.targetHintQualitative')}
      />
      <div className="koers-form-row">
        <TextInput id={`${p}-startDate`} type="date" label={labels.startDate} value={d.startDate} onChange={(v) => set({ startDate: v })} error={e.startDate} optional />
        <TextInput id={`${p}-deadline`} type="date" label={labels.deadline} value={d.deadline} onChange={(v) => set({ deadline: v })} error={e.deadline} optional />
      </div>
      <SelectInput
        id={`${p}-status`}
        label={labels.status}
        value={d.status}
        onChange={(v) => set({ status: v as typeof d.status })}
        error={e.status}
        options={RESULT_STATUSES.map((s) => [s, label(RESULT_STATUS_LABELS, s)] as const)}
      />
      <CheckboxGroup
        id={`${p}-goalIds`}
        legend={labels.goalIds}
        optional
        values={d.goalIds}
        onChange={(v) => set({ goalIds: v })}
        error={e.goalIds}
        options={(goals.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))}
      />
      <fieldset className="utrecht-form-fieldset koers-fieldset">
        <legend className="utrecht-form-fieldset__legend koers-choice__legend">{t('voice.result.legend')}</legend>
        <p className="utrecht-form-field-description">{t('voice.result.hint')}</p>
        <SelectInput
          id={`${p}-indicatorId`}
          label={labels.indicatorId}
          value={d.indicatorId}
          onChange={(v) => set({ indicatorId: v })}
          error={e.indicatorId}
          optional
          options={[['', t('voice.result.noIndicator')] as const, ...(indicatorChoices.data?.items ?? []).map((i) => [i.id, `${i.name} (${i.unit})`] as const)]}
        />
        {d.indicatorId ? (
          <>
            <SelectInput
              id={`${p}-indicatorAreaCode`}
              label={labels.indicatorAreaCode}
              value={d.indicatorAreaCode}
              onChange={(v) => set({ indicatorAreaCode: v })}
              error={e.indicatorAreaCode}
              options={[['', t('voice.choose')] as const, ...(areaChoices.data?.items ?? []).filter((a) => a.level !== 'buurt').map((a) => [a.code, a.name] as const)]}
            />
            <div className="koers-form-row">
              <TextInput
                id={`${p}-indicatorBaselinePeriod`}
                label={labels.indicatorBaselinePeriod}
                value={d.indicatorBaselinePeriod}
                onChange={(v) => set({ indicatorBaselinePeriod: v })}
                error={e.indicatorBaselinePeriod}
                width="short"
                inputMode="numeric"
                description={t('voice.result.baselinePeriodHint')}
              />
              <TextInput
                id={`${p}-indicatorTarget`}
                label={labels.indicatorTarget}
                value={d.indicatorTarget}
                onChange={(v) => set({ indicatorTarget: v })}
                error={e.indicatorTarget}
                width="short"
                inputMode="decimal"
                description={t('voice.result.indicatorTargetHint')}
              />
            </div>
          </>
        ) : null}
      </fieldset>
    </InlineForm>
  );
}

// ---------- milestones ----------

const MILESTONE_FIELDS = ['title', 'date', 'status', 'description'] as const;

export function MilestoneForm({ effortId, item, onDone, onCancel }: FormProps<Milestone>) {
  const { t, label } = useI18n();
  const p = item ? `milestone-${item.id}` : 'milestone-new';
  const [d, setD] = useState({ title: item?.title ?? '', date: item?.date ?? '', status: item?.status ?? 'gepland', description: item?.description ?? '' });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const f = useFormErrors(MILESTONE_FIELDS);
  const m = useSteeringMutation((body: MilestoneBody) =>
    item ? steeringApi.update('milestones', item.id, { ...body, version: item.version }) : steeringApi.create('milestones', effortId, body),
  );
  const labels = { title: t('milestone.title'), date: t('milestone.date'), status: t('milestone.status'), description: t('milestone.description') };
  const submit = () => {
    const body: MilestoneBody = { ...d };
    if (f.check(zodIssues(MilestoneInput, body))) return;
    f.clear();
    m.mutate(body, { onSuccess: (r) => onDone(t('form.saved'), `item-${r.id}`), onError: f.fromApi });
  };
  const e = f.errors.fields;
  return (
    <InlineForm idPrefix={p} title={item ? t('milestone.editTitle') : t('milestone.addTitle')} errors={f.errors} labels={labels} pending={m.isPending} onSubmit={submit} onCancel={onCancel}>
      <TextInput id={`${p}-title`} label={labels.title} value={d.title} onChange={(v) => set({ title: v })} error={e.title} />
      <div className="koers-form-row">
        <TextInput id={`${p}-date`} type="date" label={labels.date} value={d.date} onChange={(v) => set({ date: v })} error={e.date} />
        <SelectInput
          id={`${p}-status`}
          label={labels.status}
          value={d.status}
          onChange={(v) => set({ status: v as typeof d.status })}
          error={e.status}
          options={MILESTONE_STATUSES.map((s) => [s, label(MILESTONE_STATUS_LABELS, s)] as const)}
        />
      </div>
      <TextInput id={`${p}-description`} label={labels.description} value={d.description} onChange={(v) => set({ description: v })} error={e.description} optional multiline />
    </InlineForm>
  );
}

// ---------- evaluations ----------

const EVALUATION_FIELDS = ['title', 'plannedDate', 'criteria'] as const;

export function EvaluationForm({ effortId, item, onDone, onCancel }: FormProps<Evaluation>) {
  const { t } = useI18n();
  const p = item ? `evaluation-${item.id}` : 'evaluation-new';
  const [d, setD] = useState({ title: item?.title ?? '', plannedDate: item?.plannedDate ?? '', criteria: item?.criteria ?? '' });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const f = useFormErrors(EVALUATION_FIELDS);
  const m = useSteeringMutation((body: EvaluationBody) =>
    item ? steeringApi.update('evaluations', item.id, { ...body, version: item.version }) : steeringApi.create('evaluations', effortId, body),
  );
  const labels = { title: t('evaluation.title'), plannedDate: t('evaluation.plannedDate'), criteria: t('evaluation.criteria') };
  const submit = () => {
    const body: EvaluationBody = { ...d };
    if (f.check(zodIssues(EvaluationInput, body))) return;
    f.clear();
    m.mutate(body, { onSuccess: (r) => onDone(t('form.saved'), `item-${r.id}`), onError: f.fromApi });
  };
  const e = f.errors.fields;
  return (
    <InlineForm idPrefix={p} title={item ? t('evaluation.editTitle') : t('evaluation.addTitle')} errors={f.errors} labels={labels} pending={m.isPending} onSubmit={submit} onCancel={onCancel}>
      <TextInput id={`${p}-title`} label={labels.title} value={d.title} onChange={(v) => set({ title: v })} error={e.title} description={t('evaluation.titleHint')} />
      <TextInput id={`${p}-plannedDate`} type="date" label={labels.plannedDate} value={d.plannedDate} onChange={(v) => set({ plannedDate: v })} error={e.plannedDate} />
      <TextInput
        id={`${p}-criteria`}
        label={labels.criteria}
        value={d.criteria}
        onChange={(v) => set({ criteria: v })}
        error={e.criteria}
        optional
        multiline
        description={t('evaluation.criteriaHint')}
      />
    </InlineForm>
  );
}

const DECISION_FIELDS = ['decision', 'reasons', 'decidedBy', 'decidedOn', 'lineOwner'] as const;

export function DecisionForm({ item, onDone, onCancel }: FormProps<Evaluation> & { item: Evaluation }) {
  const { t, label } = useI18n();
  const p = `decision-${item.id}`;
  const [d, setD] = useState({ decision: '', reasons: '', decidedBy: '', decidedOn: todayIso(), lineOwner: '' });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const f = useFormErrors(DECISION_FIELDS);
  const m = useSteeringMutation((body: DecisionBody) => steeringApi.decide(item.id, body));
  const labels = {
    decision: t('decision.decision'),
    reasons: t('decision.reasons'),
    decidedBy: t('decision.decidedBy'),
    decidedOn: t('decision.decidedOn'),
    lineOwner: t('decision.lineOwner'),
  };
  const submit = () => {
    const body = {
      version: item.version,
      decision: d.decision,
      reasons: d.reasons,
      decidedBy: d.decidedBy,
      decidedOn: d.decidedOn,
      ...(d.decision === 'overdragen' ? { lineOwner: d.lineOwner } : {}),
    } as DecisionBody;
    if (f.check(zodIssues(DecisionInput, body))) return;
    f.clear();
    m.mutate(body, {
      onSuccess: (r) =>
        onDone(
          r.effort.lifecycle ? t('decision.saved', { lifecycle: label(LIFECYCLE_LABELS, r.effort.lifecycle) }) : t('form.saved'),
          `item-${r.evaluation.id}`,
        ),
      onError: f.fromApi,
    });
  };
  const e = f.errors.fields;
  return (
    <InlineForm
      idPrefix={p}
      title={t('decision.formTitle', { title: item.title })}
      errors={f.errors}
      labels={labels}
      pending={m.isPending}
      submitLabel={t('decision.submit')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <ChoiceGroup
        id={`${p}-decision`}
        legend={labels.decision}
        value={d.decision}
        onChange={(v) => set({ decision: v })}
        error={e.decision}
        description={t('decision.decisionHint')}
        options={DECISIONS.map((x) => ({
          value: x,
          label: label(DECISION_LABELS, x),
          hint: t('decision.consequence', { lifecycle: label(LIFECYCLE_LABELS, DECISION_LIFECYCLE[x]) }),
        }))}
      />
      {d.decision === 'overdragen' ? (
        <TextInput
          id={`${p}-lineOwner`}
          label={labels.lineOwner}
          value={d.lineOwner}
          onChange={(v) => set({ lineOwner: v })}
          error={e.lineOwner}
          description={t('decision.lineOwnerHint')}
        />
      ) : null}
      <TextInput id={`${p}-reasons`} label={labels.reasons} value={d.reasons} onChange={(v) => set({ reasons: v })} error={e.reasons} multiline rows={4} description={t('decision.reasonsHint')} />
      <div className="koers-form-row">
        <TextInput id={`${p}-decidedBy`} label={labels.decidedBy} value={d.decidedBy} onChange={(v) => set({ decidedBy: v })} error={e.decidedBy} description={t('decision.decidedByHint')} />
        <TextInput id={`${p}-decidedOn`} type="date" label={labels.decidedOn} value={d.decidedOn} onChange={(v) => set({ decidedOn: v })} error={e.decidedOn} />
      </div>
    </InlineForm>
  );
}

// ---------- risks ----------

const RISK_FIELDS = ['description', 'likelihood', 'impact', 'mitigation', 'owner', 'reviewDate', 'status'] as const;

export function RiskForm({ effortId, item, onDone, onCancel }: FormProps<Risk>) {
  const { t, label } = useI18n();
  const p = item ? `risk-${item.id}` : 'risk-new';
  const [d, setD] = useState({
    description: item?.description ?? '',
    likelihood: item?.likelihood ? String(item.likelihood) : '',
    impact: item?.impact ? String(item.impact) : '',
    mitigation: item?.mitigation ?? '',
    owner: item?.owner ?? '',
    reviewDate: item?.reviewDate ?? '',
    status: item?.status ?? 'open',
  });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const f = useFormErrors(RISK_FIELDS);
  const m = useSteeringMutation((body: RiskBody) =>
    item ? steeringApi.update('risks', item.id, { ...body, version: item.version }) : steeringApi.create('risks', effortId, body),
  );
  const labels = {
    description: t('risk.description'),
    likelihood: t('risk.likelihood'),
    impact: t('risk.impact'),
    mitigation: t('risk.mitigation'),
    owner: t('risk.owner'),
    reviewDate: t('risk.reviewDate'),
    status: t('risk.status'),
  };
  const scale = (prefix: 'likelihood' | 'impact') =>
    [['', t('risk.notAssessedOption')] as const, ...[1, 2, 3, 4, 5].map((n) => [String(n), `${n} – ${t(`risk.${prefix}.${n}` as MessageKey)}`] as const)];
  const score = d.likelihood && d.impact ? Number(d.likelihood) * Number(d.impact) : null;
  const submit = () => {
    const body: RiskBody = {
      ...d,
      likelihood: d.likelihood ? Number(d.likelihood) : null,
      impact: d.impact ? Number(d.impact) : null,
      reviewDate: dateOrNull(d.reviewDate),
    };
    if (f.check(zodIssues(RiskInput, body))) return;
    f.clear();
    m.mutate(body, { onSuccess: (r) => onDone(t('form.saved'), `item-${r.id}`), onError: f.fromApi });
  };
  const e = f.errors.fields;
  return (
    <InlineForm idPrefix={p} title={item ? t('risk.editTitle') : t('risk.addTitle')} errors={f.errors} labels={labels} pending={m.isPending} onSubmit={submit} onCancel={onCancel}>
      <TextInput id={`${p}-description`} label={labels.description} value={d.description} onChange={(v) => set({ description: v })} error={e.description} multiline />
      <div className="koers-form-row">
        <SelectInput id={`${p}-likelihood`} label={labels.likelihood} value={d.likelihood} onChange={(v) => set({ likelihood: v })} error={e.likelihood} options={scale('likelihood')} description={t('risk.likelihoodHint')} />
        <SelectInput id={`${p}-impact`} label={labels.impact} value={d.impact} onChange={(v) => set({ impact: v })} error={e.impact} options={scale('impact')} description={t('risk.impactHint')} />
      </div>
      <p className="utrecht-paragraph koers-score-preview">
        {score === null ? t('risk.scorePreviewNone') : t('risk.scorePreview', { score, band: t(`risk.band.${riskBand(score)}` as MessageKey) })}
      </p>
      <TextInput id={`${p}-mitigation`} label={labels.mitigation} value={d.mitigation} onChange={(v) => set({ mitigation: v })} error={e.mitigation} optional multiline description={t('risk.mitigationHint')} />
      <div className="koers-form-row">
        <TextInput id={`${p}-owner`} label={labels.owner} value={d.owner} onChange={(v) => set({ owner: v })} error={e.owner} optional description={t('risk.ownerHint')} />
        <TextInput id={`${p}-reviewDate`} type="date" label={labels.reviewDate} value={d.reviewDate} onChange={(v) => set({ reviewDate: v })} error={e.reviewDate} optional description={t('risk.reviewDateHint')} />
      </div>
      <SelectInput
        id={`${p}-status`}
        label={labels.status}
        value={d.status}
        onChange={(v) => set({ status: v as typeof d.status })}
        error={e.status}
        options={RISK_STATUSES.map((s) => [s, label(RISK_STATUS_LABELS, s)] as const)}
      />
    </InlineForm>
  );
}

// ---------- dependencies ----------

const DEPENDENCY_FIELDS = ['kind', 'dependsOnEffortId', 'externalFactor', 'description'] as const;

export function DependencyForm({ effortId, onDone, onCancel }: FormProps<never>) {
  const { t } = useI18n();
  const efforts = useEfforts();
  const p = 'dependency-new';
  const [d, setD] = useState({ kind: 'effort', dependsOnEffortId: '', externalFactor: '', description: '' });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const f = useFormErrors(DEPENDENCY_FIELDS);
  const m = useSteeringMutation((body: DependencyBody) => steeringApi.create('dependencies', effortId, body));
  const labels = {
    kind: t('dependency.kind'),
    dependsOnEffortId: t('dependency.effort'),
    externalFactor: t('dependency.external'),
    description: t('dependency.description'),
  };
  const submit = () => {
    const body: DependencyBody = {
      dependsOnEffortId: d.kind === 'effort' ? d.dependsOnEffortId || null : null,
      externalFactor: d.kind === 'external' ? d.externalFactor : null,
      description: d.description,
    };
    const issues: [string, string][] = [];
    if (d.kind === 'effort' && !d.dependsOnEffortId) issues.push(['dependsOnEffortId', t('dependency.chooseEffort')]);
    if (d.kind === 'external' && d.externalFactor.trim().length < 3) issues.push(['externalFactor', t('dependency.fillExternal')]);
    const all = issues.length ? issues : zodIssues(DependencyInput, body);
    // the shared rule reports on dependsOnEffortId; show it at the field the user filled in
    if (f.check(all.map(([n, r]) => [d.kind === 'external' && n === 'dependsOnEffortId' ? 'externalFactor' : n, r]))) return;
    f.clear();
    m.mutate(body, { onSuccess: (r) => onDone(t('form.saved'), `item-${r.id}`), onError: f.fromApi });
  };
  const e = f.errors.fields;
  const options = (efforts.data?.items ?? [])
    .filter((x) => x.id !== effortId)
    .sort(byCode)
    .map((x) => [x.id, `${x.code} ${x.name}`] as const);
  return (
    <InlineForm idPrefix={p} title={t('dependency.addTitle')} errors={f.errors} labels={labels} pending={m.isPending} onSubmit={submit} onCancel={onCancel}>
      <ChoiceGroup
        id={`${p}-kind`}
        legend={labels.kind}
        value={d.kind}
        onChange={(v) => set({ kind: v })}
        options={[
          { value: 'effort', label: t('dependency.kindEffort') },
          { value: 'external', label: t('dependency.kindExternal') },
        ]}
      />
      {d.kind === 'effort' ? (
        <SelectInput
          id={`${p}-dependsOnEffortId`}
          label={labels.dependsOnEffortId}
          value={d.dependsOnEffortId}
          onChange={(v) => set({ dependsOnEffortId: v })}
          error={e.dependsOnEffortId}
          options={[['', t('dependency.chooseOption')] as const, ...options]}
        />
      ) : (
        <TextInput
          id={`${p}-externalFactor`}
          label={labels.externalFactor}
          value={d.externalFactor}
          onChange={(v) => set({ externalFactor: v })}
          error={e.externalFactor}
          description={t('dependency.externalHint')}
        />
      )}
      <TextInput id={`${p}-description`} label={labels.description} value={d.description} onChange={(v) => set({ description: v })} error={e.description} optional multiline description={t('dependency.descriptionHint')} />
    </InlineForm>
  );
}

// ---------- budget lines ----------

const BUDGET_FIELDS = ['fundingSourceId', 'year', 'description', 'plannedCents', 'committedCents', 'realisedCents'] as const;
/** Cents as the Dutch text the user types ("12.500,00"), without the euro sign. */
export const centsToInput = (cents: number) => formatCents(cents, 'nl').replace(/^(-?)€\s/, '$1');

export function BudgetLineForm({ effortId, item, onDone, onCancel }: FormProps<BudgetLine>) {
  const { t, label } = useI18n();
  const sources = useFundingSources();
  const p = item ? `budget-${item.id}` : 'budget-new';
  const [d, setD] = useState({
    fundingSourceId: item?.fundingSource?.id ?? '',
    year: item ? String(item.year) : String(new Date().getFullYear()),
    description: item?.description ?? '',
    plannedCents: item ? centsToInput(item.plannedCents) : '',
    committedCents: item ? centsToInput(item.committedCents) : '',
    realisedCents: item ? centsToInput(item.realisedCents) : '',
  });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const f = useFormErrors(BUDGET_FIELDS);
  const m = useSteeringMutation((body: BudgetLineBody) =>
    item ? steeringApi.update('budget-lines', item.id, { ...body, version: item.version }) : steeringApi.create('budget-lines', effortId, body),
  );
  const labels = {
    fundingSourceId: t('budget.source'),
    year: t('budget.year'),
    description: t('budget.description'),
    plannedCents: t('budget.planned'),
    committedCents: t('budget.committed'),
    realisedCents: t('budget.realised'),
  };
  const submit = () => {
    const issues: [string, string][] = [];
    const amount = (key: 'plannedCents' | 'committedCents' | 'realisedCents', required: boolean): number => {
      const raw = d[key].trim();
      if (!raw) {
        if (required) issues.push([key, t('budget.amountRequired')]);
        return 0;
      }
      const cents = parseEuroToCents(raw);
      if (cents === null) {
        issues.push([key, t('budget.amountInvalid')]);
        return 0;
      }
      return cents;
    };
    const year = /^\s*\d{4}\s*$/.test(d.year) ? Number(d.year) : NaN;
    if (Number.isNaN(year)) issues.push(['year', t('budget.yearInvalid')]);
    const body: BudgetLineBody = {
      fundingSourceId: d.fundingSourceId || null,
      year: Number.isNaN(year) ? 0 : year,
      description: d.description,
      plannedCents: amount('plannedCents', true),
      committedCents: amount('committedCents', false),
      realisedCents: amount('realisedCents', false),
    };
    const zodOnes = zodIssues(BudgetLineInput, body).filter(([n]) => !issues.some(([k]) => k === n));
    if (f.check([...issues, ...zodOnes])) return;
    f.clear();
    m.mutate(body, { onSuccess: (r) => onDone(t('form.saved'), `item-${r.id}`), onError: f.fromApi });
  };
  const e = f.errors.fields;
  const sourceOptions = [
    ['', t('budget.noSource')] as const,
    ...(sources.data?.items ?? []).map((s) => [s.id, `${s.name} (${label(FUNDING_STATUS_LABELS, s.status).toLowerCase()})`] as const),
  ];
  return (
    <InlineForm idPrefix={p} title={item ? t('budget.editTitle') : t('budget.addTitle')} errors={f.errors} labels={labels} pending={m.isPending} onSubmit={submit} onCancel={onCancel}>
      <div className="koers-form-row">
        <SelectInput id={`${p}-fundingSourceId`} label={labels.fundingSourceId} value={d.fundingSourceId} onChange={(v) => set({ fundingSourceId: v })} error={e.fundingSourceId} options={sourceOptions} />
        <TextInput id={`${p}-year`} label={labels.year} value={d.year} onChange={(v) => set({ year: v })} error={e.year} inputMode="numeric" width="short" description={t('budget.yearHint')} />
      </div>
      <TextInput id={`${p}-description`} label={labels.description} value={d.description} onChange={(v) => set({ description: v })} error={e.description} optional />
      <div className="koers-form-row koers-form-row--3">
        <TextInput id={`${p}-plannedCents`} label={labels.plannedCents} value={d.plannedCents} onChange={(v) => set({ plannedCents: v })} error={e.plannedCents} inputMode="decimal" description={t('budget.amountHint')} />
        <TextInput
          id={`${p}-committedCents`}
          label={labels.committedCents}
          value={d.committedCents}
          onChange={(v) => set({ committedCents: v })}
          error={e.committedCents}
          inputMode="decimal"
          optional
          description={t('budget.committedHint')}
        />
        <TextInput
          id={`${p}-realisedCents`}
          label={labels.realisedCents}
          value={d.realisedCents}
          onChange={(v) => set({ realisedCents: v })}
          error={e.realisedCents}
          inputMode="decimal"
          optional
          description={t('budget.realisedHint')}
        />
      </div>
    </InlineForm>
  );
}

// ---------- life cycle ----------

const LIFECYCLE_FIELDS = ['lifecycle', 'plannedStart', 'plannedEnd'] as const;

export function LifecycleForm({ effort, onDone, onCancel }: { effort: Steering['effort']; onDone: (message: string, focusId: string) => void; onCancel: () => void }) {
  const { t, label } = useI18n();
  const p = 'lifecycle-form';
  const [d, setD] = useState({ lifecycle: effort.lifecycle ?? '', plannedStart: effort.plannedStart ?? '', plannedEnd: effort.plannedEnd ?? '' });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const f = useFormErrors(LIFECYCLE_FIELDS);
  const m = useSteeringMutation((body: LifecycleBody) => steeringApi.lifecycle(effort.id, body));
  const labels = { lifecycle: t('lifecycle.lifecycle'), plannedStart: t('lifecycle.plannedStart'), plannedEnd: t('lifecycle.plannedEnd') };
  const submit = () => {
    const issues: [string, string][] = d.lifecycle ? [] : [['lifecycle', t('lifecycle.choose')]];
    const body = { version: effort.version, lifecycle: d.lifecycle, plannedStart: dateOrNull(d.plannedStart), plannedEnd: dateOrNull(d.plannedEnd) } as LifecycleBody;
    if (f.check(issues.length ? issues : zodIssues(LifecyclePatch, body))) return;
    f.clear();
    m.mutate(body, { onSuccess: () => onDone(t('form.saved'), 'levensfase-title'), onError: f.fromApi });
  };
  const e = f.errors.fields;
  return (
    <InlineForm idPrefix={p} title={t('lifecycle.editTitle')} errors={f.errors} labels={labels} pending={m.isPending} onSubmit={submit} onCancel={onCancel}>
      <SelectInput
        id={`${p}-lifecycle`}
        label={labels.lifecycle}
        value={d.lifecycle}
        onChange={(v) => set({ lifecycle: v })}
        error={e.lifecycle}
        description={t('lifecycle.editHint')}
        options={[...(effort.lifecycle ? [] : [['', t('lifecycle.chooseOption')] as const]), ...LIFECYCLES.map((l) => [l, label(LIFECYCLE_LABELS, l)] as const)]}
      />
      <div className="koers-form-row">
        <TextInput id={`${p}-plannedStart`} type="date" label={labels.plannedStart} value={d.plannedStart} onChange={(v) => set({ plannedStart: v })} error={e.plannedStart} optional />
        <TextInput id={`${p}-plannedEnd`} type="date" label={labels.plannedEnd} value={d.plannedEnd} onChange={(v) => set({ plannedEnd: v })} error={e.plannedEnd} optional />
      </div>
    </InlineForm>
  );
}
