/** The steering page of one effort: life cycle, signals, results, milestones, evaluations, risks, dependencies, budget. */
import { type ReactNode, useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import {
  type BudgetLine,
  DECISION_LABELS,
  type Dependency,
  type Evaluation,
  LIFECYCLE_LABELS,
  type Lifecycle,
  LIFECYCLES,
  type Milestone,
  MILESTONE_STATUS_LABELS,
  type Result,
  RESULT_STATUS_LABELS,
  type Risk,
  RISK_STATUS_LABELS,
  type Steering,
} from '../../shared/steering';
import type { MessageKey } from '../../shared/i18n/nl';
import { steeringApi, useSteering, useSteeringMutation } from '../api/steering';
import { DeleteAction, focusSoon, StatusRegion } from '../components/form';
import { LifecycleBadge, RiskScore, SEVERITY_ORDER, SignalItems, useMoney } from '../components/steering';
import { type BadgeTone, Breadcrumbs, Button, ButtonLink, ErrorView, Link, Loading, PageTitle, StatusBadge } from '../components/ui';
import { useI18n } from '../i18n';
import { IndicatorProgress } from './theme-parts';
import { BudgetLineForm, DecisionForm, DependencyForm, EvaluationForm, LifecycleForm, MilestoneForm, ResultForm, RiskForm } from './steering-forms';

/** Which form is open in a section, and the section's last status message. */
function useSectionUi(sectionId: string) {
  const [open, setOpen] = useState<{ id: string; mode: 'add' | 'edit' | 'decide' } | null>(null);
  const [status, setStatus] = useState('');
  return {
    open,
    status,
    is: (id: string, mode: 'add' | 'edit' | 'decide') => open?.id === id && open.mode === mode,
    start(id: string, mode: 'add' | 'edit' | 'decide', formTitleId: string) {
      setStatus('');
      setOpen({ id, mode });
      focusSoon(formTitleId);
    },
    done(message: string, focusId: string) {
      setOpen(null);
      setStatus(message);
      focusSoon(focusId);
    },
    cancel(focusId: string) {
      setOpen(null);
      focusSoon(focusId);
    },
    deleted(message: string) {
      setOpen(null);
      setStatus(message);
      focusSoon(`${sectionId}-title`);
    },
  };
}

function Section({ id, title, intro, action, children }: { id: string; title: string; intro?: ReactNode; action?: ReactNode; children: ReactNode }) {
  return (
    <section className="koers-section koers-steer-section" id={id} aria-labelledby={`${id}-title`}>
      <div className="koers-section__head">
        <div>
          <h2 className="utrecht-heading-2" id={`${id}-title`} tabIndex={-1}>
            {title}
          </h2>
          {intro ? <p className="utrecht-paragraph koers-muted">{intro}</p> : null}
        </div>
        {action}
      </div>
      {children}
    </section>
  );
}

/** Label/value pairs of a record; empty values are left out. */
function Props({ rows }: { rows: [string, ReactNode][] }) {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== '' && v !== false);
  if (!shown.length) return null;
  return (
    <dl className="koers-props">
      {shown.map(([k, v]) => (
        <div className="koers-props__row" key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="utrecht-paragraph koers-empty">{children}</p>;
}

/** The "Wijzigen" / "Verwijderen" buttons of a record, when the user may edit. */
function ItemActions({ itemId, what, onEdit, onDelete, extra }: { itemId: string; what: string; onEdit?: () => void; onDelete?: () => Promise<unknown>; extra?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="koers-actions koers-item__actions">
      {extra}
      {onEdit ? (
        <Button onClick={onEdit}>
          {t('form.edit')}
          <span className="koers-visually-hidden"> “{what}”</span>
        </Button>
      ) : null}
      {onDelete ? <DeleteAction id={`del-${itemId}`} what={what} onDelete={onDelete} /> : null}
    </div>
  );
}

function Item({ id, title, badge, children, actions }: { id: string; title: ReactNode; badge?: ReactNode; children?: ReactNode; actions?: ReactNode }) {
  return (
    <li className="koers-item" id={`item-${id}`} tabIndex={-1}>
      <div className="koers-item__head">
        <h3 className="utrecht-heading-3 koers-item__title">{title}</h3>
        {badge}
      </div>
      {children}
      {actions}
    </li>
  );
}

const RESULT_TONES: Record<Result['status'], BadgeTone> = { niet_gestart: 'neutral', op_koers: 'ok', risico: 'warn', behaald: 'ok', niet_behaald: 'error' };
const MILESTONE_TONES: Record<Milestone['status'], BadgeTone> = { gepland: 'info', behaald: 'ok', verschoven: 'warn', vervallen: 'empty' };
const RISK_STATUS_TONES: Record<Risk['status'], BadgeTone> = { open: 'warn', beheerst: 'info', gesloten: 'empty' };

export function SteeringPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const q = useSteering(id);
  const location = useLocation();
  const loaded = !!q.data;
  // a link to a record (#item-…) from a signal: scroll to it and focus it once the data is there
  useEffect(() => {
    if (!loaded || !location.hash) return;
    const target = decodeURIComponent(location.hash.slice(1));
    const el = document.getElementById(`${target}-title`) ?? document.getElementById(target);
    if (el) {
      el.scrollIntoView({ block: 'start' });
      el.focus({ preventScroll: true });
    }
  }, [loaded, location.hash]);
  if (q.isError) return <ErrorView error={q.error} />;
  if (!q.data) return <Loading />;
  const s = q.data;
  const name = `${s.effort.code} ${s.effort.name}`;
  const sections: [string, string, number | null][] = [
    ['levensfase', t('steering.lifecycle'), null],
    ['aandacht', t('steering.signals'), s.signals.length],
    ['resultaten', t('steering.results'), s.results.length],
    ['mijlpalen', t('steering.milestones'), s.milestones.length],
    ['evaluaties', t('steering.evaluations'), s.evaluations.length],
    ['risicos', t('steering.risks'), s.risks.length],
    ['afhankelijkheden', t('steering.dependencies'), s.dependencies.on.length + s.dependencies.from.length],
    ['budget', t('steering.budget'), s.budgetLines.length],
  ];
  return (
    <>
      <Breadcrumbs items={[{ to: '/', label: t('nav.programme') }, { to: `/inspanningen/${s.effort.id}`, label: name }, { label: t('steering.crumb') }]} />
      <div className="koers-title-row">
        <PageTitle title={t('steering.title', { name })} pre={t('steering.pre')}>
          <span className="koers-visually-hidden">{t('steering.pre')}: </span>
          <span className="koers-code">{s.effort.code}</span> {s.effort.name}
        </PageTitle>
        <div className="koers-actions">
          <ButtonLink to={`/inspanningen/${s.effort.id}`}>{t('steering.toForm')}</ButtonLink>
        </div>
      </div>
      <p className="koers-meta koers-steer-meta">
        <span>
          {t('lifecycle.lifecycle')}: <LifecycleBadge lifecycle={s.effort.lifecycle} />
        </span>
        {s.signals.length ? (
          <a className="utrecht-link" href="#aandacht">
            {s.signals.length === 1 ? t('steering.oneSignal') : t('steering.signalCount', { n: s.signals.length })}
          </a>
        ) : (
          <span className="koers-muted">{t('steering.noSignalsShort')}</span>
        )}
      </p>
      <nav className="koers-toc" aria-label={t('steering.toc')}>
        <ul>
          {sections.map(([anchor, label, n]) => (
            <li key={anchor}>
              <a className="utrecht-link" href={`#${anchor}`}>
                {label}
                {n !== null ? <span className="koers-toc__count"> ({n})</span> : null}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <LifecycleSection s={s} />
      <SignalsSection s={s} />
      <ResultsSection s={s} />
      <MilestonesSection s={s} />
      <EvaluationsSection s={s} />
      <RisksSection s={s} />
      <DependenciesSection s={s} />
      <BudgetSection s={s} />
    </>
  );
}

// ---------- life cycle ----------

function lifecycleText(label: (l: typeof LIFECYCLE_LABELS, v: Lifecycle) => string, v: string | null) {
  if (v === null) return null;
  return (LIFECYCLES as readonly string[]).includes(v) ? label(LIFECYCLE_LABELS, v as Lifecycle) : v;
}

function LifecycleSection({ s }: { s: Steering }) {
  const { t, label, formatDate, formatDateTime } = useI18n();
  const ui = useSectionUi('levensfase');
  const e = s.effort;
  const period =
    e.plannedStart || e.plannedEnd
      ? t('lifecycle.period', { from: e.plannedStart ? formatDate(e.plannedStart) : t('lifecycle.openStart'), to: e.plannedEnd ? formatDate(e.plannedEnd) : t('lifecycle.openEnd') })
      : t('lifecycle.noPeriod');
  const history = [...s.lifecycleHistory].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Section id="levensfase" title={t('steering.lifecycle')} intro={t('lifecycle.intro')}>
      <StatusRegion message={ui.status} />
      <div className="koers-card koers-lifecycle">
        <Props
          rows={[
            [t('lifecycle.current'), <LifecycleBadge lifecycle={e.lifecycle} key="b" />],
            [t('lifecycle.plannedPeriod'), period],
            [t('lifecycle.lineOwner'), e.lineOwner],
          ]}
        />
        {s.abilities.decide && !ui.open ? (
          <div className="koers-actions">
            <Button id="lifecycle-edit" onClick={() => ui.start('lifecycle', 'edit', 'lifecycle-form-heading')}>
              {t('lifecycle.edit')}
            </Button>
          </div>
        ) : null}
        {ui.open ? <LifecycleForm key={e.version} effort={e} onDone={ui.done} onCancel={() => ui.cancel('lifecycle-edit')} /> : null}
      </div>
      <h3 className="utrecht-heading-3">{t('lifecycle.history')}</h3>
      {history.length ? (
        <ul className="koers-history-list">
          {history.map((h, i) => {
            const before = lifecycleText(label, h.before);
            const after = lifecycleText(label, h.after);
            return (
              <li key={`${h.at}-${i}`}>
                <span className="koers-history-list__when">{formatDateTime(h.at)}</span>{' '}
                <span className="koers-history-list__what">
                  {before ? t('lifecycle.changed', { before, after: after ?? t('lifecycle.none') }) : t('lifecycle.set', { after: after ?? t('lifecycle.none') })}
                </span>{' '}
                <span className="koers-muted">{t('history.by', { actor: h.actor })}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="utrecht-paragraph koers-muted">{t('lifecycle.noHistory')}</p>
      )}
    </Section>
  );
}

// ---------- signals ----------

function SignalsSection({ s }: { s: Steering }) {
  const { t } = useI18n();
  const items = [...s.signals].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.date ?? '').localeCompare(b.date ?? ''));
  return (
    <Section id="aandacht" title={t('steering.signals')} intro={t('steering.signalsIntro')}>
      {items.length ? <SignalItems items={items} onSteeringPage /> : <Empty>{t('steering.noSignals')}</Empty>}
    </Section>
  );
}

// ---------- results ----------

function ResultsSection({ s }: { s: Steering }) {
  const { t, label, formatDate } = useI18n();
  const ui = useSectionUi('resultaten');
  const del = useSteeringMutation((r: Result) => steeringApi.remove('results', r.id, r.version));
  const can = s.abilities.edit;
  return (
    <Section
      id="resultaten"
      title={t('steering.results')}
      intro={t('result.intro')}
      action={
        can && !ui.is('new', 'add') ? (
          <Button id="resultaten-add" onClick={() => ui.start('new', 'add', 'result-new-heading')}>
            {t('result.add')}
          </Button>
        ) : null
      }
    >
      <StatusRegion message={ui.status} />
      {ui.is('new', 'add') ? (
        <div className="koers-card koers-form-card">
          <ResultForm effortId={s.effort.id} onDone={ui.done} onCancel={() => ui.cancel('resultaten-add')} />
        </div>
      ) : null}
      {s.results.length ? (
        <ul className="koers-items">
          {s.results.map((r) =>
            ui.is(r.id, 'edit') ? (
              <li className="koers-item" key={`${r.id}-${r.version}`}>
                <ResultForm effortId={s.effort.id} item={r} onDone={ui.done} onCancel={() => ui.cancel(`item-${r.id}`)} />
              </li>
            ) : (
              <Item
                key={r.id}
                id={r.id}
                title={r.description}
                badge={<StatusBadge tone={RESULT_TONES[r.status]}>{label(RESULT_STATUS_LABELS, r.status)}</StatusBadge>}
                actions={
                  can ? (
                    <ItemActions
                      itemId={r.id}
                      what={r.description}
                      onEdit={() => ui.start(r.id, 'edit', `result-${r.id}-heading`)}
                      onDelete={() => del.mutateAsync(r).then(() => ui.deleted(t('form.deleted')))}
                    />
                  ) : null
                }
              >
                <Props
                  rows={[
                    [t('result.measure'), r.measure],
                    [t('result.baseline'), r.baseline],
                    [t('result.target'), r.target ? `${r.target} (${r.targetKind === 'quantitative' ? t('result.quantitativeShort') : t('result.qualitativeShort')})` : ''],
                    [t('result.startDate'), formatDate(r.startDate)],
                    [t('result.deadline'), formatDate(r.deadline)],
                    [
                      t('result.goals'),
                      r.goals.length ? (
                        <ul className="koers-chip-list">
                          {r.goals.map((g) => (
                            <li key={g.id}>
                              <Link to={`/doelstellingen/${g.id}`}>{g.name}</Link>
                            </li>
                          ))}
                        </ul>
                      ) : null,
                    ],
                    [t('voice.result.indicator'), r.indicatorLink ? <IndicatorProgress link={r.indicatorLink} /> : null],
                  ]}
                />
              </Item>
            ),
          )}
        </ul>
      ) : (
        <Empty>{t('result.none')}</Empty>
      )}
    </Section>
  );
}

// ---------- milestones ----------

function MilestonesSection({ s }: { s: Steering }) {
  const { t, label, formatDate } = useI18n();
  const ui = useSectionUi('mijlpalen');
  const del = useSteeringMutation((m: Milestone) => steeringApi.remove('milestones', m.id, m.version));
  const can = s.abilities.edit;
  const items = [...s.milestones].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <Section
      id="mijlpalen"
      title={t('steering.milestones')}
      intro={t('milestone.intro')}
      action={
        can && !ui.is('new', 'add') ? (
          <Button id="mijlpalen-add" onClick={() => ui.start('new', 'add', 'milestone-new-heading')}>
            {t('milestone.add')}
          </Button>
        ) : null
      }
    >
      <StatusRegion message={ui.status} />
      {ui.is('new', 'add') ? (
        <div className="koers-card koers-form-card">
          <MilestoneForm effortId={s.effort.id} onDone={ui.done} onCancel={() => ui.cancel('mijlpalen-add')} />
        </div>
      ) : null}
      {items.length ? (
        <ul className="koers-items">
          {items.map((m) =>
            ui.is(m.id, 'edit') ? (
              <li className="koers-item" key={`${m.id}-${m.version}`}>
                <MilestoneForm effortId={s.effort.id} item={m} onDone={ui.done} onCancel={() => ui.cancel(`item-${m.id}`)} />
              </li>
            ) : (
              <Item
                key={m.id}
                id={m.id}
                title={
                  <>
                    <span className="koers-item__date">{formatDate(m.date)}</span> {m.title}
                  </>
                }
                badge={<StatusBadge tone={MILESTONE_TONES[m.status]}>{label(MILESTONE_STATUS_LABELS, m.status)}</StatusBadge>}
                actions={
                  can ? (
                    <ItemActions
                      itemId={m.id}
                      what={m.title}
                      onEdit={() => ui.start(m.id, 'edit', `milestone-${m.id}-heading`)}
                      onDelete={() => del.mutateAsync(m).then(() => ui.deleted(t('form.deleted')))}
                    />
                  ) : null
                }
              >
                {m.description ? <p className="utrecht-paragraph">{m.description}</p> : null}
              </Item>
            ),
          )}
        </ul>
      ) : (
        <Empty>{t('milestone.none')}</Empty>
      )}
    </Section>
  );
}

// ---------- evaluations ----------

function EvaluationsSection({ s }: { s: Steering }) {
  const { t, label, formatDate } = useI18n();
  const ui = useSectionUi('evaluaties');
  const del = useSteeringMutation((ev: Evaluation) => steeringApi.remove('evaluations', ev.id, ev.version));
  const items = [...s.evaluations].sort((a, b) => a.plannedDate.localeCompare(b.plannedDate));
  return (
    <Section
      id="evaluaties"
      title={t('steering.evaluations')}
      intro={t('evaluation.intro')}
      action={
        s.abilities.edit && !ui.is('new', 'add') ? (
          <Button id="evaluaties-add" onClick={() => ui.start('new', 'add', 'evaluation-new-heading')}>
            {t('evaluation.add')}
          </Button>
        ) : null
      }
    >
      <StatusRegion message={ui.status} />
      {ui.is('new', 'add') ? (
        <div className="koers-card koers-form-card">
          <EvaluationForm effortId={s.effort.id} onDone={ui.done} onCancel={() => ui.cancel('evaluaties-add')} />
        </div>
      ) : null}
      {items.length ? (
        <ul className="koers-items">
          {items.map((ev) => {
            const decided = ev.decision !== null;
            if (ui.is(ev.id, 'edit'))
              return (
                <li className="koers-item" key={`${ev.id}-${ev.version}`}>
                  <EvaluationForm effortId={s.effort.id} item={ev} onDone={ui.done} onCancel={() => ui.cancel(`item-${ev.id}`)} />
                </li>
              );
            return (
              <Item
                key={ev.id}
                id={ev.id}
                title={
                  <>
                    <span className="koers-item__date">{formatDate(ev.plannedDate)}</span> {ev.title}
                  </>
                }
                badge={
                  decided ? (
                    <StatusBadge tone="ok">{t('evaluation.decided', { decision: label(DECISION_LABELS, ev.decision!) })}</StatusBadge>
                  ) : (
                    <StatusBadge tone="info">{t('evaluation.planned')}</StatusBadge>
                  )
                }
                actions={
                  ui.is(ev.id, 'decide') ? null : (
                    <ItemActions
                      itemId={ev.id}
                      what={ev.title}
                      extra={
                        s.abilities.decide && !decided ? (
                          <Button appearance="primary" id={`decide-${ev.id}`} onClick={() => ui.start(ev.id, 'decide', `decision-${ev.id}-heading`)}>
                            {t('decision.open')}
                            <span className="koers-visually-hidden"> “{ev.title}”</span>
                          </Button>
                        ) : null
                      }
                      onEdit={s.abilities.edit && !decided ? () => ui.start(ev.id, 'edit', `evaluation-${ev.id}-heading`) : undefined}
                      onDelete={s.abilities.edit && !decided ? () => del.mutateAsync(ev).then(() => ui.deleted(t('form.deleted'))) : undefined}
                    />
                  )
                }
              >
                {ev.criteria ? (
                  <Props rows={[[t('evaluation.criteria'), ev.criteria]]} />
                ) : null}
                {decided ? (
                  <div className="koers-decision">
                    <h4 className="utrecht-heading-4">{t('decision.headingWith', { decision: label(DECISION_LABELS, ev.decision!) })}</h4>
                    <Props
                      rows={[
                        [t('decision.reasons'), ev.reasons],
                        [t('decision.decidedBy'), ev.decidedBy],
                        [t('decision.decidedOn'), formatDate(ev.decidedOn)],
                        [t('lifecycle.lineOwner'), ev.lineOwner],
                      ]}
                    />
                  </div>
                ) : null}
                {ui.is(ev.id, 'decide') ? (
                  <div className="koers-form-card koers-form-card--nested">
                    <DecisionForm effortId={s.effort.id} item={ev} onDone={ui.done} onCancel={() => ui.cancel(`decide-${ev.id}`)} />
                  </div>
                ) : null}
              </Item>
            );
          })}
        </ul>
      ) : (
        <Empty>{t('evaluation.none')}</Empty>
      )}
    </Section>
  );
}

// ---------- risks ----------

function RisksSection({ s }: { s: Steering }) {
  const { t, label, formatDate } = useI18n();
  const ui = useSectionUi('risicos');
  const del = useSteeringMutation((r: Risk) => steeringApi.remove('risks', r.id, r.version));
  const can = s.abilities.edit;
  const items = [...s.risks].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  const scale = (prefix: 'likelihood' | 'impact', n: number | null) => (n ? `${n} – ${t(`risk.${prefix}.${n}` as MessageKey)}` : t('risk.notAssessed'));
  return (
    <Section
      id="risicos"
      title={t('steering.risks')}
      intro={t('risk.intro')}
      action={
        can && !ui.is('new', 'add') ? (
          <Button id="risicos-add" onClick={() => ui.start('new', 'add', 'risk-new-heading')}>
            {t('risk.add')}
          </Button>
        ) : null
      }
    >
      <StatusRegion message={ui.status} />
      {ui.is('new', 'add') ? (
        <div className="koers-card koers-form-card">
          <RiskForm effortId={s.effort.id} onDone={ui.done} onCancel={() => ui.cancel('risicos-add')} />
        </div>
      ) : null}
      {items.length ? (
        <ul className="koers-items">
          {items.map((r) =>
            ui.is(r.id, 'edit') ? (
              <li className="koers-item" key={`${r.id}-${r.version}`}>
                <RiskForm effortId={s.effort.id} item={r} onDone={ui.done} onCancel={() => ui.cancel(`item-${r.id}`)} />
              </li>
            ) : (
              <Item
                key={r.id}
                id={r.id}
                title={r.description}
                badge={
                  <span className="koers-badges">
                    <RiskScore score={r.score} />
                    <StatusBadge tone={RISK_STATUS_TONES[r.status]}>{label(RISK_STATUS_LABELS, r.status)}</StatusBadge>
                  </span>
                }
                actions={
                  can ? (
                    <ItemActions
                      itemId={r.id}
                      what={r.description}
                      onEdit={() => ui.start(r.id, 'edit', `risk-${r.id}-heading`)}
                      onDelete={() => del.mutateAsync(r).then(() => ui.deleted(t('form.deleted')))}
                    />
                  ) : null
                }
              >
                <Props
                  rows={[
                    [t('risk.likelihood'), scale('likelihood', r.likelihood)],
                    [t('risk.impact'), scale('impact', r.impact)],
                    [t('risk.mitigation'), r.mitigation],
                    [t('risk.owner'), r.owner],
                    [t('risk.reviewDate'), formatDate(r.reviewDate)],
                  ]}
                />
              </Item>
            ),
          )}
        </ul>
      ) : (
        <Empty>{t('risk.none')}</Empty>
      )}
    </Section>
  );
}

// ---------- dependencies ----------

function DependenciesSection({ s }: { s: Steering }) {
  const { t } = useI18n();
  const ui = useSectionUi('afhankelijkheden');
  const del = useSteeringMutation((d: Dependency) => steeringApi.remove('dependencies', d.id));
  const can = s.abilities.edit;
  const what = (d: Dependency) => (d.dependsOn ? `${d.dependsOn.code} ${d.dependsOn.name}` : (d.externalFactor ?? ''));
  return (
    <Section
      id="afhankelijkheden"
      title={t('steering.dependencies')}
      intro={t('dependency.intro')}
      action={
        can && !ui.is('new', 'add') ? (
          <Button id="afhankelijkheden-add" onClick={() => ui.start('new', 'add', 'dependency-new-heading')}>
            {t('dependency.add')}
          </Button>
        ) : null
      }
    >
      <StatusRegion message={ui.status} />
      {ui.is('new', 'add') ? (
        <div className="koers-card koers-form-card">
          <DependencyForm effortId={s.effort.id} onDone={ui.done} onCancel={() => ui.cancel('afhankelijkheden-add')} />
        </div>
      ) : null}
      <div className="koers-two-columns">
        <div>
          <h3 className="utrecht-heading-3">{t('dependency.on')}</h3>
          {s.dependencies.on.length ? (
            <ul className="koers-items koers-items--compact">
              {s.dependencies.on.map((d) => (
                <li className="koers-item" id={`item-${d.id}`} tabIndex={-1} key={d.id}>
                  <p className="utrecht-paragraph koers-dep__target">
                    {d.dependsOn ? (
                      <Link to={`/inspanningen/${d.dependsOn.id}/sturing`}>
                        <span className="koers-code">{d.dependsOn.code}</span> {d.dependsOn.name}
                      </Link>
                    ) : (
                      <>
                        <StatusBadge tone="neutral">{t('dependency.externalBadge')}</StatusBadge> <strong>{d.externalFactor}</strong>
                      </>
                    )}
                  </p>
                  {d.description ? <p className="utrecht-paragraph koers-muted">{d.description}</p> : null}
                  {can ? <ItemActions itemId={d.id} what={what(d)} onDelete={() => del.mutateAsync(d).then(() => ui.deleted(t('form.deleted')))} /> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="utrecht-paragraph koers-muted">{t('dependency.noneOn')}</p>
          )}
        </div>
        <div>
          <h3 className="utrecht-heading-3">{t('dependency.from')}</h3>
          {s.dependencies.from.length ? <p className="utrecht-paragraph koers-muted">{t('dependency.fromIntro')}</p> : null}
          {s.dependencies.from.length ? (
            <ul className="koers-items koers-items--compact">
              {s.dependencies.from.map((d) => (
                <li className="koers-item" key={d.id}>
                  <p className="utrecht-paragraph koers-dep__target">
                    <Link to={`/inspanningen/${d.effort.id}/sturing`}>
                      <span className="koers-code">{d.effort.code}</span> {d.effort.name}
                    </Link>
                  </p>
                  {d.description ? <p className="utrecht-paragraph koers-muted">{d.description}</p> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="utrecht-paragraph koers-muted">{t('dependency.noneFrom')}</p>
          )}
        </div>
      </div>
    </Section>
  );
}

// ---------- budget ----------

function BudgetSection({ s }: { s: Steering }) {
  const { t } = useI18n();
  const formatMoney = useMoney();
  const ui = useSectionUi('budget');
  const del = useSteeringMutation((b: BudgetLine) => steeringApi.remove('budget-lines', b.id, b.version));
  const can = s.abilities.edit;
  const lines = [...s.budgetLines].sort((a, b) => a.year - b.year || (a.fundingSource?.name ?? '').localeCompare(b.fundingSource?.name ?? ''));
  const sum = (k: 'plannedCents' | 'committedCents' | 'realisedCents') => lines.reduce((n, l) => n + l[k], 0);
  const editing = lines.find((l) => ui.is(l.id, 'edit'));
  const what = (l: BudgetLine) => `${l.year} ${l.fundingSource?.name ?? t('budget.noSourceShort')} ${l.description}`.trim();
  return (
    <Section
      id="budget"
      title={t('steering.budget')}
      intro={t('budget.intro')}
      action={
        can && !ui.is('new', 'add') ? (
          <Button id="budget-add" onClick={() => ui.start('new', 'add', 'budget-new-heading')}>
            {t('budget.add')}
          </Button>
        ) : null
      }
    >
      <StatusRegion message={ui.status} />
      {ui.is('new', 'add') ? (
        <div className="koers-card koers-form-card">
          <BudgetLineForm effortId={s.effort.id} onDone={ui.done} onCancel={() => ui.cancel('budget-add')} />
        </div>
      ) : null}
      {editing ? (
        <div className="koers-card koers-form-card" key={`${editing.id}-${editing.version}`}>
          <BudgetLineForm effortId={s.effort.id} item={editing} onDone={ui.done} onCancel={() => ui.cancel(`item-${editing.id}`)} />
        </div>
      ) : null}
      {lines.length ? (
        <div className="koers-table-wrap" role="region" aria-labelledby="budget-caption" tabIndex={0}>
          <table className="utrecht-table koers-table koers-table--money">
            <caption id="budget-caption" className="koers-caption">
              {t('budget.caption', { name: `${s.effort.code} ${s.effort.name}` })}
            </caption>
            <thead className="utrecht-table__header">
              <tr>
                <th scope="col">{t('budget.year')}</th>
                <th scope="col">{t('budget.source')}</th>
                <th scope="col">{t('budget.description')}</th>
                <th scope="col" className="koers-num">
                  {t('budget.planned')}
                </th>
                <th scope="col" className="koers-num">
                  {t('budget.committed')}
                </th>
                <th scope="col" className="koers-num">
                  {t('budget.realised')}
                </th>
                {can ? <th scope="col">{t('budget.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.id} id={`item-${l.id}`} tabIndex={-1} className={l.realisedCents > l.plannedCents ? 'koers-row--warn' : undefined}>
                  <th scope="row">{l.year}</th>
                  <td>{l.fundingSource?.name ?? <span className="koers-muted">{t('budget.noSourceShort')}</span>}</td>
                  <td>{l.description}</td>
                  <td className="koers-num koers-nowrap">{formatMoney(l.plannedCents)}</td>
                  <td className="koers-num koers-nowrap">{formatMoney(l.committedCents)}</td>
                  <td className="koers-num">
                    <span className="koers-nowrap">{formatMoney(l.realisedCents)}</span>
                    {l.realisedCents > l.plannedCents ? <span className="koers-over koers-over--block"> {t('budget.overPlan')}</span> : null}
                  </td>
                  {can ? (
                    <td>
                      <ItemActions itemId={l.id} what={what(l)} onEdit={() => ui.start(l.id, 'edit', `budget-${l.id}-heading`)} onDelete={() => del.mutateAsync(l).then(() => ui.deleted(t('form.deleted')))} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="koers-total-row">
                <th scope="row" colSpan={3}>
                  {t('budget.total')}
                </th>
                <td className="koers-num koers-nowrap">{formatMoney(sum('plannedCents'))}</td>
                <td className="koers-num koers-nowrap">{formatMoney(sum('committedCents'))}</td>
                <td className="koers-num koers-nowrap">{formatMoney(sum('realisedCents'))}</td>
                {can ? <td /> : null}
              </tr>
            </tfoot>
          </table>
        </div>
      ) : (
        <Empty>{t('budget.none')}</Empty>
      )}
      <p className="utrecht-paragraph">
        <Link to="/financien">{t('budget.toFinance')}</Link>
      </p>
    </Section>
  );
}
