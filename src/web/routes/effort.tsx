import { lazy, Suspense } from 'react';
import { useLocation, useParams } from 'react-router';
import type { EffortDetail } from '../../shared/api';
import { useEffort } from '../api/hooks';
import { Alert, Breadcrumbs, ButtonLink, ErrorView, Link, Loading, PageTitle, RichText, StatusBadge } from '../components/ui';
import { useI18n } from '../i18n';

const SteeringStrip = lazy(() => import('../components/steering-strip'));

function PeopleList({ items }: { items: EffortDetail['people'] }) {
  const { t } = useI18n();
  if (!items.length) return <p className="utrecht-paragraph koers-muted">{t('effort.none')}</p>;
  return (
    <ul className="koers-plain-list">
      {items.map((p) => (
        <li key={`${p.id}-${p.role}`}>
          <Link to={`/personen/${p.id}`}>{p.name}</Link>
          {p.kind === 'function' ? <span className="koers-muted"> ({t('people.function')})</span> : null}
          {p.description ? <span className="koers-muted"> — {p.description}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function EffortPage() {
  const { id = '' } = useParams();
  const { t, fieldLabel, formatDateTime } = useI18n();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved;
  const q = useEffort(id);
  if (q.isError) return <ErrorView error={q.error} />;
  if (!q.data) return <Loading />;
  const d = q.data;
  const title = `${d.effort.code} ${d.effort.name}`;
  const openCount = d.fields.filter((f) => f.state !== 'filled').length;
  const byRole = (role: string) => d.people.filter((p) => p.role === role);
  return (
    <>
      <Breadcrumbs
        items={[
          { to: '/', label: t('nav.programme') },
          ...(d.parent ? [{ to: `/inspanningen/${d.parent.id}`, label: `${d.parent.code} ${d.parent.name}` }] : []),
          { label: title },
        ]}
      />
      {saved ? (
        <Alert type="ok" role="status">
          <p className="utrecht-paragraph">{t('effort.saved')}</p>
        </Alert>
      ) : null}
      <div className="koers-title-row">
        <PageTitle title={title} pre={d.effort.projectName && d.effort.projectName !== d.effort.name ? `${t('effort.projectName')}: ${d.effort.projectName}` : undefined}>
          <span className="koers-code">{d.effort.code}</span> {d.effort.name}
        </PageTitle>
        <div className="koers-actions">
          {d.abilities.edit ? (
            <ButtonLink appearance="primary" to={`/inspanningen/${d.effort.id}/bewerken`}>
              {t('effort.edit')}
            </ButtonLink>
          ) : null}
          <ButtonLink appearance={d.abilities.edit ? 'secondary' : 'primary'} to={`/inspanningen/${d.effort.id}/sturing`}>
            {t('effort.steering')}
          </ButtonLink>
          <ButtonLink to={`/inspanningen/${d.effort.id}/geschiedenis`}>{t('effort.allHistory')}</ButtonLink>
        </div>
      </div>
      <p className="koers-muted koers-meta">
        {t('effort.lastChanged', { date: formatDateTime(d.effort.updatedAt) })}
        {d.effort.hasForm ? ` · ${t('effort.openCount', { n: openCount })}` : ''}
      </p>
      <Suspense fallback={null}>
        <SteeringStrip effortId={d.effort.id} />
      </Suspense>
      <div className="koers-effort">
        <section className="koers-effort__form" aria-labelledby="form-title">
          <h2 className="utrecht-heading-2" id="form-title">
            {t('effort.form')}
          </h2>
          {!d.effort.hasForm ? (
            <Alert type="info">
              <p className="utrecht-paragraph">
                {d.parent ? (
                  <>
                    {t('effort.noForm')}{' '}
                    <Link to={`/inspanningen/${d.parent.id}`}>
                      {d.parent.code} {d.parent.name}
                    </Link>
                    .
                  </>
                ) : (
                  t('effort.noFormNoParent')
                )}
              </p>
            </Alert>
          ) : null}
          {d.effort.hasForm ? (
            <dl className="koers-form-view">
              {d.fields.map((f) => (
                <div className={`koers-form-view__row koers-form-view__row--${f.state}`} key={f.key}>
                  <dt>
                    <span>{fieldLabel(f.key)}</span>
                    <Link to={`/inspanningen/${d.effort.id}/geschiedenis?veld=${f.key}`} className="koers-history-link">
                      {t('effort.history')}
                      <span className="koers-visually-hidden"> {fieldLabel(f.key)}</span>
                    </Link>
                  </dt>
                  <dd>
                    {f.state === 'filled' ? (
                      <RichText text={f.value} />
                    ) : f.state === 'ntb' ? (
                      <StatusBadge tone="ntb">
                        <abbr title={t('effort.ntbLong')}>{t('effort.ntb')}</abbr>
                      </StatusBadge>
                    ) : (
                      <StatusBadge tone="empty">{t('effort.empty')}</StatusBadge>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </section>
        <aside className="koers-effort__side" aria-label={t('effort.people')}>
          {d.parent || d.children.length ? (
            <div className="koers-card">
              {d.parent ? (
                <>
                  <h2 className="utrecht-heading-4">{t('effort.parent')}</h2>
                  <p className="utrecht-paragraph">
                    <Link to={`/inspanningen/${d.parent.id}`}>
                      {d.parent.code} {d.parent.name}
                    </Link>
                  </p>
                </>
              ) : null}
              {d.children.length ? (
                <>
                  <h2 className="utrecht-heading-4">{t('effort.children')}</h2>
                  <ul className="koers-plain-list">
                    {d.children.map((c) => (
                      <li key={c.id}>
                        <Link to={`/inspanningen/${c.id}`}>
                          {c.code} {c.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ) : null}
          <div className="koers-card">
            <h2 className="utrecht-heading-4">{t('effort.leaders')}</h2>
            <PeopleList items={byRole('projectleider')} />
            <h2 className="utrecht-heading-4">{t('effort.commissioners')}</h2>
            <PeopleList items={byRole('opdrachtgever')} />
            <h2 className="utrecht-heading-4">{t('effort.team')}</h2>
            <PeopleList items={byRole('projectteam')} />
          </div>
          <div className="koers-card">
            <h2 className="utrecht-heading-4">{t('effort.organisations')}</h2>
            {d.organisations.length ? (
              <ul className="koers-plain-list">
                {d.organisations.map((o) => (
                  <li key={`${o.id}-${o.role}`}>
                    <Link to={`/organisaties/${o.id}`}>{o.name}</Link>
                    <span className="koers-muted"> — {t(`orgs.role.${o.role}`)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="utrecht-paragraph koers-muted">{t('effort.none')}</p>
            )}
          </div>
          <div className="koers-card">
            <h2 className="utrecht-heading-4">{t('effort.principles')}</h2>
            {d.principles.length ? (
              <ul className="koers-chip-list">
                {d.principles.map((p) => (
                  <li key={p.id}>
                    <Link to={`/principes/${p.id}`}>{p.name}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="utrecht-paragraph koers-muted">{t('effort.none')}</p>
            )}
            <h2 className="utrecht-heading-4">{t('effort.goals')}</h2>
            {d.goals.length ? (
              <ul className="koers-chip-list">
                {d.goals.map((g) => (
                  <li key={g.id}>
                    <Link to={`/doelstellingen/${g.id}`}>{g.name}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="utrecht-paragraph koers-muted">{t('effort.none')}</p>
            )}
          </div>
        </aside>
      </div>
    </>
  );
}
