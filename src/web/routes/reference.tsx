import { useState } from 'react';
import { useParams } from 'react-router';
import type { MessageKey } from '../../shared/i18n/nl';
import { useGoal, useGoals, useOrganisation, useOrganisations, usePeople, usePerson, usePrinciple, usePrinciples } from '../api/hooks';
import { Breadcrumbs, ErrorView, Link, Loading, PageTitle } from '../components/ui';
import { useI18n } from '../i18n';

type ListItem = { id: string; name: string; description: string; effortCount: number };
type Detail = ListItem & { efforts: { id: string; code: string; name: string }[] };

function PrincipleGoalList({ kind, items }: { kind: 'principles' | 'goals'; items: ListItem[] }) {
  const { t } = useI18n();
  const base = kind === 'principles' ? '/principes' : '/doelstellingen';
  return (
    <>
      <PageTitle title={t(`${kind}.title`)}>{t(`${kind}.title`)}</PageTitle>
      <p className="utrecht-paragraph">{t(`${kind}.intro`)}</p>
      <ul className="koers-card-list">
        {items.map((p) => (
          <li key={p.id} className="koers-card">
            <h2 className="utrecht-heading-3">
              <Link to={`${base}/${p.id}`}>{p.name}</Link>
            </h2>
            {p.description ? <p className="utrecht-paragraph">{p.description}</p> : null}
            <p className="utrecht-paragraph koers-muted">
              {p.effortCount} {t('list.efforts').toLowerCase()}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

function PrincipleGoalDetail({ kind, d }: { kind: 'principles' | 'goals'; d: Detail }) {
  const { t } = useI18n();
  const base = kind === 'principles' ? '/principes' : '/doelstellingen';
  return (
    <>
      <Breadcrumbs items={[{ to: base, label: t(`${kind}.title`) }, { label: d.name }]} />
      <PageTitle title={d.name} pre={t(`${kind}.title`)}>
        {d.name}
      </PageTitle>
      {d.description ? <p className="utrecht-paragraph koers-lead">{d.description}</p> : null}
      <h2 className="utrecht-heading-2">{t('list.contributing')}</h2>
      {d.efforts.length ? (
        <ul className="koers-plain-list koers-plain-list--spaced">
          {d.efforts.map((e) => (
            <li key={e.id}>
              <Link to={`/inspanningen/${e.id}`}>
                <span className="koers-code">{e.code}</span> {e.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph koers-empty">{t('list.noEfforts')}</p>
      )}
    </>
  );
}

export function PrinciplesPage() {
  const q = usePrinciples();
  if (q.isError) return <ErrorView error={q.error} />;
  return q.data ? <PrincipleGoalList kind="principles" items={q.data.items} /> : <Loading />;
}
export function PrinciplePage() {
  const q = usePrinciple(useParams().id ?? '');
  if (q.isError) return <ErrorView error={q.error} />;
  return q.data ? <PrincipleGoalDetail kind="principles" d={q.data} /> : <Loading />;
}
export function GoalsPage() {
  const q = useGoals();
  if (q.isError) return <ErrorView error={q.error} />;
  return q.data ? <PrincipleGoalList kind="goals" items={q.data.items} /> : <Loading />;
}
export function GoalPage() {
  const q = useGoal(useParams().id ?? '');
  if (q.isError) return <ErrorView error={q.error} />;
  return q.data ? <PrincipleGoalDetail kind="goals" d={q.data} /> : <Loading />;
}

export function OrganisationsPage() {
  const { t } = useI18n();
  const q = useOrganisations();
  const [kind, setKind] = useState('');
  if (q.isError) return <ErrorView error={q.error} />;
  if (!q.data) return <Loading />;
  const kinds = [...new Set(q.data.items.map((o) => o.kind))].sort();
  const items = q.data.items.filter((o) => !kind || o.kind === kind);
  const kindLabel = (k: string) => t(`kind.${k}` as MessageKey);
  return (
    <>
      <PageTitle title={t('orgs.title')}>{t('orgs.title')}</PageTitle>
      <p className="utrecht-paragraph">{t('orgs.intro')}</p>
      <div className="koers-filter">
        <label className="utrecht-form-label" htmlFor="org-kind">
          {t('list.filterKind')}
        </label>
        <select id="org-kind" className="utrecht-select utrecht-select--html-select" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">{t('list.allKinds')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </div>
      <div className="koers-table-wrap">
        <table className="utrecht-table koers-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">{t('list.name')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('list.kind')}</th>
              <th className="utrecht-table__header-cell koers-num" scope="col">{t('list.efforts')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {items.map((o) => (
              <tr className="utrecht-table__row" key={o.id}>
                <th className="utrecht-table__header-cell" scope="row">
                  <Link to={`/organisaties/${o.id}`}>{o.name}</Link>
                </th>
                <td className="utrecht-table__cell">{kindLabel(o.kind)}</td>
                <td className="utrecht-table__cell koers-num">{o.effortCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function OrganisationPage() {
  const { t } = useI18n();
  const q = useOrganisation(useParams().id ?? '');
  if (q.isError) return <ErrorView error={q.error} />;
  if (!q.data) return <Loading />;
  const o = q.data;
  return (
    <>
      <Breadcrumbs items={[{ to: '/organisaties', label: t('orgs.title') }, { label: o.name }]} />
      <PageTitle title={o.name} pre={t(`kind.${o.kind}` as MessageKey)}>
        {o.name}
      </PageTitle>
      {o.description ? <p className="utrecht-paragraph koers-lead">{o.description}</p> : null}
      <h2 className="utrecht-heading-2">{t('list.efforts')}</h2>
      {o.efforts.length ? (
        <ul className="koers-plain-list koers-plain-list--spaced">
          {o.efforts.map((e) => (
            <li key={`${e.id}-${e.role}`}>
              <Link to={`/inspanningen/${e.id}`}>
                <span className="koers-code">{e.code}</span> {e.name}
              </Link>
              <span className="koers-muted">
                {' '}
                — {t(`orgs.role.${e.role}` as MessageKey)}
                {e.description ? `: ${e.description}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph koers-empty">{t('list.noEfforts')}</p>
      )}
      {o.people.length ? (
        <>
          <h2 className="utrecht-heading-2">{t('orgs.staff')}</h2>
          <ul className="koers-plain-list">
            {o.people.map((p) => (
              <li key={p.id}>
                <Link to={`/personen/${p.id}`}>{p.name}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function PeoplePage() {
  const { t } = useI18n();
  const q = usePeople();
  if (q.isError) return <ErrorView error={q.error} />;
  if (!q.data) return <Loading />;
  return (
    <>
      <PageTitle title={t('people.title')}>{t('people.title')}</PageTitle>
      <p className="utrecht-paragraph">{t('people.intro')}</p>
      <div className="koers-table-wrap">
        <table className="utrecht-table koers-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">{t('list.name')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('people.title2')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('people.organisation')}</th>
              <th className="utrecht-table__header-cell koers-num" scope="col">{t('people.roles')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {q.data.items.map((p) => (
              <tr className="utrecht-table__row" key={p.id}>
                <th className="utrecht-table__header-cell" scope="row">
                  <Link to={`/personen/${p.id}`}>{p.name}</Link>
                  {p.kind === 'function' ? <span className="koers-muted"> ({t('people.function')})</span> : null}
                </th>
                <td className="utrecht-table__cell">{p.title}</td>
                <td className="utrecht-table__cell">{p.organisation ? <Link to={`/organisaties/${p.organisation.id}`}>{p.organisation.name}</Link> : null}</td>
                <td className="utrecht-table__cell koers-num">{p.roleCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function PersonPage() {
  const { t } = useI18n();
  const q = usePerson(useParams().id ?? '');
  if (q.isError) return <ErrorView error={q.error} />;
  if (!q.data) return <Loading />;
  const p = q.data;
  return (
    <>
      <Breadcrumbs items={[{ to: '/personen', label: t('people.title') }, { label: p.name }]} />
      <PageTitle title={p.name} pre={p.kind === 'function' ? t('people.function') : p.title || undefined}>
        {p.name}
      </PageTitle>
      {p.organisation ? (
        <p className="utrecht-paragraph">
          {t('people.organisation')}: <Link to={`/organisaties/${p.organisation.id}`}>{p.organisation.name}</Link>
        </p>
      ) : null}
      <h2 className="utrecht-heading-2">{t('people.roles')}</h2>
      {p.roles.length ? (
        <ul className="koers-plain-list koers-plain-list--spaced">
          {p.roles.map((r) => (
            <li key={`${r.id}-${r.role}`}>
              <span className="koers-role">{t(`role.${r.role}` as MessageKey)}</span>{' '}
              <Link to={`/inspanningen/${r.id}`}>
                <span className="koers-code">{r.code}</span> {r.name}
              </Link>
              {r.description ? <span className="koers-muted"> — {r.description}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph koers-empty">{t('people.noRoles')}</p>
      )}
    </>
  );
}
