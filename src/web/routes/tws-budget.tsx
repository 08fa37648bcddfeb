/**
 * /tws-budget: the Tussen Wal en Schip budget of one year — budget, spent, committed, remaining,
 * per kind of solution and per source, and the share that could have been financed otherwise —
 * as figures, one accessible bar (SVG plus the same figures in text) and tables; the programme
 * manager sets a year's budget.
 */
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { CASE_SOURCE_LABELS, type Count, MAX_BUDGET_CENTS, SOLUTION_KIND_LABELS, type TwsBudgetView } from '../../shared/cases';
import { useSetTwsBudget, useTwsBudget } from '../api/cases';
import { useSession } from '../api/hooks';
import { Bar, CountText, DemoNote, MoneyText, PrivacyNote, centsToText, parseEuro, useEuro } from '../components/cases';
import { ErrorSummary, StatusRegion, TextInput, focusSoon, useFormErrors } from '../components/form';
import { Button, ErrorView, Link, Loading, PageTitle, ScrollTable } from '../components/ui';
import { useI18n } from '../i18n';

const thisYear = () => new Date().getFullYear();

export function TwsBudgetPage() {
  const { t } = useI18n();
  const session = useSession().data;
  const [params, setParams] = useSearchParams();
  const wanted = Number(params.get('jaar'));
  const year = Number.isInteger(wanted) && wanted >= 2000 && wanted <= 2100 ? wanted : thisYear();
  const q = useTwsBudget(year);
  const [saved, setSaved] = useState('');
  const chooseYear = (y: number) => setParams(y === thisYear() ? {} : { jaar: String(y) }, { replace: true });
  const years = [...new Set([thisYear() - 2, thisYear() - 1, thisYear(), thisYear() + 1, year, ...(q.data?.budgets.map((b) => b.year) ?? [])])].sort((a, b) => a - b);
  const title = t('twsBudget.title');
  return (
    <>
      <PageTitle title={title} pre={t('cases.programme')}>
        {title}
      </PageTitle>
      <p className="utrecht-paragraph koers-lead">{t('twsBudget.intro')}</p>
      <DemoNote />
      <StatusRegion message={saved} />
      <div className="koers-filter">
        <label className="utrecht-form-label" htmlFor="tws-budget-view-year">
          {t('twsBudget.showYear')}
        </label>
        <select id="tws-budget-view-year" className="utrecht-select utrecht-select--html-select koers-select" value={year} onChange={(e) => chooseYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorView error={q.error} />
      ) : (
        <>
          <PrivacyNote exact={q.data.exact} method="budget" />
          <BudgetFigures b={q.data} />
          <BudgetBar b={q.data} />
          <ByKind b={q.data} />
          <BySource b={q.data} />
          <section className="koers-section" aria-labelledby="tws-budget-years">
            <h2 className="utrecht-heading-2" id="tws-budget-years">
              {t('twsBudget.yearsTitle')}
            </h2>
            {q.data.budgets.length ? (
              <ScrollTable id="tws-budget-years-table" caption={t('twsBudget.yearsCaption')}>
                <thead>
                  <tr>
                    <th scope="col">{t('budget.year')}</th>
                    <th scope="col" className="koers-num">
                      {t('twsBudget.budget')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {q.data.budgets.map((b) => (
                    <tr key={b.year}>
                      <th scope="row">
                        {b.year === year ? (
                          <span aria-current="true">
                            {b.year} <span className="koers-muted">({t('twsBudget.shown')})</span>
                          </span>
                        ) : (
                          <Link to={b.year === thisYear() ? '/tws-budget' : `/tws-budget?jaar=${b.year}`}>{b.year}</Link>
                        )}
                      </th>
                      <td className="koers-num">
                        <MoneyText cents={b.amountCents} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            ) : (
              <p className="utrecht-paragraph koers-empty">{t('twsBudget.noBudgets')}</p>
            )}
          </section>
          {session?.abilities.setTwsBudget ? (
            <SetBudgetForm
              key={year}
              year={year}
              current={q.data.budgetCents}
              onSaved={(y, message) => {
                setSaved(message);
                chooseYear(y);
              }}
            />
          ) : null}
        </>
      )}
    </>
  );
}

/** "1 casus", "3 casussen", "< 5 casussen" */
function CasesCount({ count }: { count: Count }) {
  const { t } = useI18n();
  return (
    <>
      <CountText count={count} /> {count === 1 ? t('twsBudget.caseWord') : t('twsBudget.casesWord')}
    </>
  );
}

function BudgetFigures({ b }: { b: TwsBudgetView }) {
  const { t } = useI18n();
  const share = b.financeableOtherwiseShare === null ? null : Math.round(b.financeableOtherwiseShare * 100);
  return (
    <section className="koers-section koers-section--first" aria-labelledby="tws-budget-figures">
      <h2 className="utrecht-heading-2" id="tws-budget-figures" tabIndex={-1}>
        {t('twsBudget.figures', { year: b.year })}
      </h2>
      <ul className="koers-tiles koers-tws-tiles">
        <li className="koers-tile">
          <span className="koers-tile__number koers-tile__number--money">{b.budgetCents === null ? t('twsBudget.notSet') : <MoneyText cents={b.budgetCents} />}</span>
          {t('twsBudget.budget')}
        </li>
        <li className="koers-tile koers-tile--spent">
          <span className="koers-tile__number koers-tile__number--money">
            <MoneyText cents={b.spentCents} />
          </span>
          {t('twsBudget.spent')} · <CasesCount count={b.spentCases} />
        </li>
        <li className="koers-tile koers-tile--committed">
          <span className="koers-tile__number koers-tile__number--money">
            <MoneyText cents={b.committedCents} />
          </span>
          {t('twsBudget.committed')} · <CasesCount count={b.committedCases} />
        </li>
        <li className={`koers-tile${b.remainingCents !== null && b.remainingCents < 0 ? ' koers-tile--over' : ''}`}>
          <span className="koers-tile__number koers-tile__number--money">
            {b.budgetCents === null ? <span className="koers-count--withheld">{t('twsBudget.noBudget')}</span> : <MoneyText cents={b.remainingCents} />}
          </span>
          {b.remainingCents !== null && b.remainingCents < 0 ? t('twsBudget.overspent') : t('twsBudget.remaining')}
        </li>
      </ul>
      <dl className="koers-case-fields koers-tws-more">
        <div>
          <dt>{t('twsBudget.otherwise')}</dt>
          <dd>
            <MoneyText cents={b.financeableOtherwiseCents} />
            {share !== null ? <> ({t('twsBudget.shareOf', { pct: share })})</> : null}
          </dd>
        </div>
        <div>
          <dt>{t('twsBudget.requested')}</dt>
          <dd>
            <MoneyText cents={b.requestedCents} /> · <CasesCount count={b.requestedCases} />
            <div className="koers-hint koers-small">{t('twsBudget.requestedHint')}</div>
          </dd>
        </div>
      </dl>
      <p className="utrecht-paragraph koers-muted koers-small">{t('twsBudget.definitions')}</p>
    </section>
  );
}

/** One horizontal bar: spent (solid), committed (dotted) and remaining (open) of the budget; the same figures are in the tiles above and in the text below. */
function BudgetBar({ b }: { b: TwsBudgetView }) {
  const { t } = useI18n();
  const euro = useEuro();
  if (b.budgetCents === null || b.spentCents === null || b.committedCents === null) return null;
  const used = b.spentCents + b.committedCents;
  const scale = Math.max(b.budgetCents, used, 1);
  const W = 640;
  const H = 64;
  const x = (cents: number) => (cents / scale) * W;
  const pct = (cents: number) => (b.budgetCents ? Math.round((cents / b.budgetCents) * 100) : 0);
  const desc = t('twsBudget.barDesc', {
    budget: euro(b.budgetCents),
    spent: euro(b.spentCents),
    spentPct: pct(b.spentCents),
    committed: euro(b.committedCents),
    committedPct: pct(b.committedCents),
    remaining: euro(b.budgetCents - used),
  });
  return (
    <section className="koers-section" aria-labelledby="tws-budget-bar">
      <h2 className="utrecht-heading-2" id="tws-budget-bar">
        {t('twsBudget.barTitle', { year: b.year })}
      </h2>
      <figure className="koers-chart koers-tws-bar">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="tws-bar-title tws-bar-desc" className="koers-chart__svg">
          <title id="tws-bar-title">{t('twsBudget.barTitle', { year: b.year })}</title>
          <desc id="tws-bar-desc">{desc}</desc>
          <defs>
            <pattern id="tws-dots" width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" fill="#5b2a86" />
              <circle cx="3" cy="3" r="1.4" fill="#fff" />
            </pattern>
          </defs>
          <rect x="0" y="8" width={x(b.budgetCents)} height="40" fill="#e6eef6" stroke="#00447c" strokeWidth="1.5" />
          <rect x="0" y="8" width={x(b.spentCents)} height="40" fill="#00447c" />
          <rect x={x(b.spentCents)} y="8" width={x(b.committedCents)} height="40" fill="url(#tws-dots)" stroke="#5b2a86" />
          {used > b.budgetCents ? <line x1={x(b.budgetCents)} x2={x(b.budgetCents)} y1="2" y2="56" stroke="#b00020" strokeWidth="3" /> : null}
        </svg>
        <figcaption className="koers-chart__legend">
          <span>
            <span className="koers-swatch koers-swatch--planned" aria-hidden="true" /> {t('twsBudget.spent')}: {euro(b.spentCents)} ({pct(b.spentCents)}%)
          </span>
          <span>
            <span className="koers-swatch koers-swatch--committed" aria-hidden="true" /> {t('twsBudget.committed')}: {euro(b.committedCents)} ({pct(b.committedCents)}%)
          </span>
          <span>
            <span className="koers-swatch koers-swatch--open" aria-hidden="true" /> {used > b.budgetCents ? t('twsBudget.overspent') : t('twsBudget.remaining')}: {euro(Math.abs(b.budgetCents - used))}
          </span>
        </figcaption>
      </figure>
    </section>
  );
}

function ByKind({ b }: { b: TwsBudgetView }) {
  const { t, label } = useI18n();
  const total = (r: TwsBudgetView['byKind'][number]) => (r.spentCents === null || r.committedCents === null ? null : r.spentCents + r.committedCents);
  const max = Math.max(0, ...b.byKind.map((r) => total(r) ?? 0));
  return (
    <section className="koers-section" aria-labelledby="tws-budget-kind">
      <h2 className="utrecht-heading-2" id="tws-budget-kind">
        {t('twsBudget.byKind')}
      </h2>
      {b.byKind.length ? (
        <ScrollTable id="tws-budget-kind-table" caption={t('twsBudget.byKindCaption', { year: b.year })} className="koers-table--money">
          <thead>
            <tr>
              <th scope="col">{t('twsBudget.kind')}</th>
              <th scope="col" className="koers-num">
                {t('twsBudget.cases')}
              </th>
              <th scope="col" className="koers-num">
                {t('twsBudget.spent')}
              </th>
              <th scope="col" className="koers-num">
                {t('twsBudget.committed')}
              </th>
              <th scope="col" className="koers-num">
                {t('twsBudget.otherwiseShort')}
              </th>
              <th scope="col" className="koers-bar-col">
                <span className="koers-visually-hidden">{t('twsBudget.barHead')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {b.byKind.map((r) => (
              <tr key={r.key ?? 'none'}>
                <th scope="row">{r.key === null ? <span className="koers-muted">{t('case.notClassified')}</span> : label(SOLUTION_KIND_LABELS, r.key)}</th>
                <td className="koers-num">
                  <CountText count={r.cases} />
                </td>
                <td className="koers-num koers-nowrap">
                  <MoneyText cents={r.spentCents} />
                </td>
                <td className="koers-num koers-nowrap">
                  <MoneyText cents={r.committedCents} />
                </td>
                <td className="koers-num koers-nowrap">
                  <MoneyText cents={r.financeableOtherwiseCents} />
                </td>
                <td className="koers-bar-col">
                  <Bar value={total(r)} max={max} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p className="utrecht-paragraph koers-empty">{t('twsBudget.nothingCharged', { year: b.year })}</p>
      )}
    </section>
  );
}

function BySource({ b }: { b: TwsBudgetView }) {
  const { t, label } = useI18n();
  const max = Math.max(0, ...b.bySource.map((r) => r.spentCents ?? 0));
  return (
    <section className="koers-section" aria-labelledby="tws-budget-source">
      <h2 className="utrecht-heading-2" id="tws-budget-source">
        {t('twsBudget.bySource')}
      </h2>
      {b.bySource.length ? (
        <ScrollTable id="tws-budget-source-table" caption={t('twsBudget.bySourceCaption', { year: b.year })} className="koers-table--money">
          <thead>
            <tr>
              <th scope="col">{t('cases.source')}</th>
              <th scope="col" className="koers-num">
                {t('twsBudget.cases')}
              </th>
              <th scope="col" className="koers-num">
                {t('twsBudget.charged')}
              </th>
              <th scope="col" className="koers-bar-col">
                <span className="koers-visually-hidden">{t('twsBudget.barHead')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {b.bySource.map((r) => (
              <tr key={r.key}>
                <th scope="row">{label(CASE_SOURCE_LABELS, r.key)}</th>
                <td className="koers-num">
                  <CountText count={r.cases} />
                </td>
                <td className="koers-num koers-nowrap">
                  <MoneyText cents={r.spentCents} />
                </td>
                <td className="koers-bar-col">
                  <Bar value={r.spentCents} max={max} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p className="utrecht-paragraph koers-empty">{t('twsBudget.nothingCharged', { year: b.year })}</p>
      )}
    </section>
  );
}

const BUDGET_FIELDS = ['year', 'amountCents'] as const;

function SetBudgetForm({ year, current, onSaved }: { year: number; current: number | null; onSaved: (year: number, message: string) => void }) {
  const { t } = useI18n();
  const euro = useEuro();
  const set = useSetTwsBudget();
  const errs = useFormErrors(BUDGET_FIELDS);
  const [v, setV] = useState({ year: String(year), amount: current === null ? '' : centsToText(current) });
  const labels = { year: t('twsBudget.formYear'), amountCents: t('twsBudget.formAmount') };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const issues: [string, string][] = [];
    const y = Number(v.year.trim());
    if (!/^\d{4}$/.test(v.year.trim()) || y < 2000 || y > 2100) issues.push(['year', t('twsBudget.yearInvalid')]);
    const cents = v.amount.trim() ? parseEuro(v.amount) : null;
    if (!v.amount.trim()) issues.push(['amountCents', t('twsBudget.amountRequired')]);
    else if (cents === null) issues.push(['amountCents', t('case.amountInvalid')]);
    else if (cents > MAX_BUDGET_CENTS) issues.push(['amountCents', t('twsBudget.amountTooLarge')]);
    if (errs.check(issues)) return;
    set.mutate(
      { year: y, amountCents: cents! },
      {
        onSuccess: (view) => {
          errs.clear();
          onSaved(view.year, t('twsBudget.saved', { year: view.year, amount: euro(view.budgetCents ?? cents!) }));
          focusSoon('tws-budget-figures');
        },
        onError: (err) => errs.fromApi(err),
      },
    );
  };
  return (
    <section className="koers-section" aria-labelledby="tws-budget-set">
      <h2 className="utrecht-heading-2" id="tws-budget-set" tabIndex={-1}>
        {t('twsBudget.setTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('twsBudget.setIntro')}</p>
      <form onSubmit={submit} noValidate className="koers-form" aria-labelledby="tws-budget-set">
        <ErrorSummary errors={errs.errors} labels={labels} idPrefix="tws-budget" />
        <TextInput id="tws-budget-year" label={labels.year} value={v.year} onChange={(year) => setV((o) => ({ ...o, year }))} error={errs.errors.fields.year} inputMode="numeric" width="short" />
        <TextInput
          id="tws-budget-amountCents"
          label={labels.amountCents}
          value={v.amount}
          onChange={(amount) => setV((o) => ({ ...o, amount }))}
          error={errs.errors.fields.amountCents}
          inputMode="decimal"
          width="medium"
          description={t('twsBudget.amountHint')}
        />
        <div className="koers-actions">
          <Button type="submit" appearance="primary" disabled={set.isPending}>
            {set.isPending ? t('case.saving') : t('twsBudget.setSubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
