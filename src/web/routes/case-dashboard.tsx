/** /casusoverzicht (case dashboard) and /leren (learning view): aggregates, small counts protected. */
import { type ReactNode, useState } from 'react';
import {
  BLOCKER_TYPE_LABELS,
  CHANGE_KIND_LABELS,
  KNELPUNT_KIND_LABELS,
  LEARNING_CIRCLE_LABELS,
  SIGNAL_STATUS_LABELS,
  type Count,
} from '../../shared/cases';
import { useCaseDashboard, useLearning, useLearningTrace } from '../api/cases';
import { Bar, CountText, DemoNote, MoneyText, PrivacyNote } from '../components/cases';
import { ErrorView, Link, Loading, PageTitle, ScrollTable } from '../components/ui';
import { useI18n } from '../i18n';

function BreakdownTable({ id, caption, head, rows }: { id: string; caption: string; head: string; rows: { key: string; label: string; count: Count }[] }) {
  const { t } = useI18n();
  const max = Math.max(0, ...rows.map((r) => (typeof r.count === 'number' ? r.count : 0)));
  return (
    <ScrollTable id={id} caption={caption} className="koers-stat-table">
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col" className="koers-num">
              {t('caseStats.count')}
            </th>
            <th scope="col" className="koers-bar-col">
              <span className="koers-visually-hidden">{t('caseStats.barHead')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length ? (
            rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="koers-num">
                  <CountText count={r.count} />
                </td>
                <td className="koers-bar-col">
                  <Bar value={r.count} max={max} />
                </td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={3}>{t('caseStats.none')}</td>
            </tr>
          )}
        </tbody>
    </ScrollTable>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="koers-section" aria-labelledby={id}>
      <h2 className="utrecht-heading-2" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function CaseDashboardPage() {
  const { t, formatNumber } = useI18n();
  const q = useCaseDashboard();
  const title = t('caseStats.title');
  return (
    <>
      <PageTitle title={title} pre={t('cases.programme')}>
        {title}
      </PageTitle>
      <p className="utrecht-paragraph">{t('caseStats.intro')}</p>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorView error={q.error} />
      ) : (
        <>
          <DemoNote />
          <PrivacyNote exact={q.data.exact} method="dashboard" />
          <Section id="stats-key" title={t('caseStats.keyFigures')}>
            <dl className="koers-case-fields koers-key-figures">
              <div>
                <dt>{t('caseStats.total')}</dt>
                <dd>
                  <CountText count={q.data.total} />
                </dd>
              </div>
              <div>
                <dt>{t('caseStats.decided')}</dt>
                <dd>
                  <CountText count={q.data.decidedCount} />
                </dd>
              </div>
              <div>
                <dt>{t('caseStats.median')}</dt>
                <dd>
                  {q.data.medianDaysToDecision === null ? (
                    <span className="koers-count koers-count--withheld">{t('caseStats.withheld')}</span>
                  ) : (
                    t('case.days', { n: formatNumber(q.data.medianDaysToDecision) })
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('caseStats.spend')}</dt>
                <dd>
                  <MoneyText cents={q.data.spendCents} />
                </dd>
              </div>
              <div>
                <dt>{t('caseStats.spendOtherwise')}</dt>
                <dd>
                  <MoneyText cents={q.data.spendFinanceableOtherwiseCents} />
                </dd>
              </div>
              <div>
                <dt>{t('caseStats.erased')}</dt>
                <dd>
                  <CountText count={q.data.erasedKnelpunten} />
                </dd>
              </div>
            </dl>
          </Section>
          <Section id="stats-status" title={t('caseStats.byStatus')}>
            <BreakdownTable id="stats-status-table" caption={t('caseStats.byStatusCaption')} head={t('cases.status')} rows={q.data.byStatus} />
          </Section>
          <Section id="stats-area" title={t('caseStats.byArea')}>
            <BreakdownTable id="stats-area-table" caption={t('caseStats.byAreaCaption')} head={t('cases.area')} rows={q.data.byArea} />
          </Section>
          <Section id="stats-source" title={t('caseStats.bySource')}>
            <BreakdownTable id="stats-source-table" caption={t('caseStats.bySourceCaption')} head={t('cases.source')} rows={q.data.bySource} />
          </Section>
          <Section id="stats-domain" title={t('caseStats.byDomain')}>
            <BreakdownTable id="stats-domain-table" caption={t('caseStats.byDomainCaption')} head={t('case.domain')} rows={q.data.byDomain} />
          </Section>
          <Section id="stats-kinds" title={t('caseStats.kinds')}>
            <BreakdownTable
              id="stats-kinds-table"
              caption={t('caseStats.kindsCaption')}
              head={t('case.kind')}
              rows={[...q.data.knelpuntKinds].sort((a, b) => rank(b.count) - rank(a.count))}
            />
          </Section>
        </>
      )}
    </>
  );
}

/** sort order for protected counts: numbers by size, "< 5" below 5, withheld last */
function rank(c: Count) {
  return typeof c === 'number' ? c : c === '< 5' ? 2.5 : -1;
}

export function LearningPage() {
  const { t, label, formatDate } = useI18n();
  const q = useLearning();
  const title = t('learning.title');
  return (
    <>
      <PageTitle title={title} pre={t('cases.programme')}>
        {title}
      </PageTitle>
      <p className="utrecht-paragraph">{t('learning.intro')}</p>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorView error={q.error} />
      ) : (
        <>
          <DemoNote />
          <PrivacyNote exact={q.data.exact} method="learning" />
          <Section id="learning-blockers" title={t('learning.blockers')}>
            {q.data.blockers.length ? (
              <ScrollTable id="learning-blockers" caption={t('learning.blockersCaption')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('case.blocker')}</th>
                      <th scope="col">{t('case.blockerType')}</th>
                      <th scope="col">{t('case.kind')}</th>
                      <th scope="col" className="koers-num">
                        {t('learning.residents')}
                      </th>
                      <th scope="col" className="koers-num">
                        {t('learning.workaroundCost')}
                      </th>
                      <th scope="col">{t('learning.cases')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {q.data.blockers.map((b) => (
                      <tr key={b.key}>
                        <th scope="row">{b.label}</th>
                        <td>{label(BLOCKER_TYPE_LABELS, b.blockerType)}</td>
                        <td>{b.kinds.map((k) => label(KNELPUNT_KIND_LABELS, k)).join(', ')}</td>
                        <td className="koers-num">
                          <CountText count={b.residents} />
                        </td>
                        <td className="koers-num">
                          <MoneyText cents={b.workaroundCents} />
                        </td>
                        <td>
                          <CaseLinks cases={b.cases} more={b.moreCases} trace={{ blocker: b.key }} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
              </ScrollTable>
            ) : (
              <p className="utrecht-paragraph koers-empty">{t('caseStats.none')}</p>
            )}
          </Section>
          <Section id="learning-workarounds" title={t('learning.workarounds')}>
            <p className="utrecht-paragraph">
              {t('learning.workaroundTotal')}: <MoneyText cents={q.data.workarounds.totalCents} /> ({t('learning.casesCount')}: <CountText count={q.data.workarounds.cases} />)
            </p>
            <ScrollTable id="learning-kinds" caption={t('learning.byKindCaption')}>
                <thead>
                  <tr>
                    <th scope="col">{t('case.kind')}</th>
                    <th scope="col" className="koers-num">
                      {t('learning.casesCount')}
                    </th>
                    <th scope="col" className="koers-num">
                      {t('learning.workaroundCost')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {q.data.workarounds.byKind.map((k) => (
                    <tr key={k.key}>
                      <th scope="row">{label(KNELPUNT_KIND_LABELS, k.key)}</th>
                      <td className="koers-num">
                        <CountText count={k.cases} />
                      </td>
                      <td className="koers-num">
                        <MoneyText cents={k.cents} />
                      </td>
                    </tr>
                  ))}
                </tbody>
            </ScrollTable>
          </Section>
          <Section id="learning-changes" title={t('learning.changes')}>
            <ul className="koers-phase-counts">
              <li>
                <strong>{q.data.changes.done}</strong> {t('learning.done')}
              </li>
              <li>
                <strong>{q.data.changes.pending}</strong> {t('learning.pending')}
              </li>
              <li>
                <strong>{q.data.changes.stuck}</strong> {t('learning.stuck')}
              </li>
            </ul>
            {q.data.changes.items.length ? (
              <ScrollTable id="learning-changes" caption={t('learning.changesCaption')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('learning.change')}</th>
                      <th scope="col">{t('learning.phase')}</th>
                      <th scope="col">{t('learning.changeKind')}</th>
                      <th scope="col">{t('learning.owner')}</th>
                      <th scope="col">{t('learning.circle')}</th>
                      <th scope="col" className="koers-num">
                        {t('learning.casesCount')}
                      </th>
                      <th scope="col">{t('learning.cases')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {q.data.changes.items.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">
                          <Link to={`/systeemsignalen/${c.id}`}>{c.title}</Link>
                        </th>
                        <td>
                          {t(`learning.phase.${c.phase}`)}: {label(SIGNAL_STATUS_LABELS, c.status)} ({formatDate(c.statusChangedAt, 'short')})
                          {c.statusReason ? <div className="koers-hint">{c.statusReason}</div> : null}
                        </td>
                        <td>{c.changeKind ? label(CHANGE_KIND_LABELS, c.changeKind) : '—'}</td>
                        <td>{c.owner}</td>
                        <td>{label(LEARNING_CIRCLE_LABELS, c.learningCircle)}</td>
                        <td className="koers-num">
                          <CountText count={c.caseCount} />
                        </td>
                        <td>
                          <CaseLinks cases={c.cases} more={c.moreCases} trace={{ signalId: c.id }} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
              </ScrollTable>
            ) : (
              <p className="utrecht-paragraph koers-empty">{t('learning.noChanges')}</p>
            )}
          </Section>
        </>
      )}
    </>
  );
}

type CaseRef = { caseId: string; caseCode: string };

function caseLinks(list: CaseRef[]) {
  return list.map((c, i) => (
    <span key={c.caseId} className="koers-nowrap">
      {i ? ', ' : ''}
      <Link to={`/casussen/${c.caseId}`}>{c.caseCode}</Link>
    </span>
  ));
}

/**
 * The caller's cases behind a blocker or a change: the first few come with the learning view, the
 * rest behind a disclosure that loads them from /learning/cases when opened (traceability).
 */
function CaseLinks({ cases, more, trace }: { cases: CaseRef[]; more: number; trace: { blocker: string } | { signalId: string } }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const all = useLearningTrace(trace, open);
  if (!cases.length) return <span className="koers-hint">{t('learning.noCaseAccess')}</span>;
  if (!more) return <>{caseLinks(cases)}</>;
  const shown = new Set(cases.map((c) => c.caseId));
  return (
    <>
      {caseLinks(cases)}
      <details className="koers-more-cases" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('learning.andMore', { n: more })}</summary>
        {all.isPending ? (
          <span className="koers-hint"> {t('app.loading')}</span>
        ) : all.isError ? (
          <span className="koers-field-error"> {t('learning.traceFailed')}</span>
        ) : (
          caseLinks(all.data.items.filter((c) => !shown.has(c.caseId)))
        )}
      </details>
    </>
  );
}
