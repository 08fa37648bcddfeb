/** Afhankelijkheden: per effort what it depends on and what is affected when it is delayed (directly and further down the chain). */
import { useSearchParams } from 'react-router';
import type { Dependency } from '../../shared/steering';
import { useDependencies } from '../api/steering';
import { DependencyGraph } from '../components/dependency-graph';
import { byCode } from '../components/steering';
import { ErrorView, Link, Loading, PageTitle, StatusBadge } from '../components/ui';
import { useI18n } from '../i18n';

type Ref = Dependency['effort'];
interface Group {
  effort: Ref;
  on: Dependency[];
  from: Dependency[];
}

/** Efforts reached from `start` by following "depends on me" links, beyond the direct ones. */
function indirectlyAffected(start: string, groups: Map<string, Group>): Ref[] {
  const direct = new Set((groups.get(start)?.from ?? []).map((d) => d.effort.id));
  const seen = new Set<string>([start, ...direct]);
  const queue = [...direct];
  const out: Ref[] = [];
  while (queue.length) {
    const id = queue.shift()!;
    for (const d of groups.get(id)?.from ?? []) {
      if (seen.has(d.effort.id)) continue;
      seen.add(d.effort.id);
      out.push(d.effort);
      queue.push(d.effort.id);
    }
  }
  return out.sort(byCode);
}

export function DependenciesPage() {
  const { t } = useI18n();
  const q = useDependencies();
  const [params, setParams] = useSearchParams();
  if (q.isError) return <ErrorView error={q.error} />;
  if (!q.data) return <Loading />;
  const items = q.data.items;
  const groups = new Map<string, Group>();
  const group = (e: Ref) => {
    let g = groups.get(e.id);
    if (!g) groups.set(e.id, (g = { effort: e, on: [], from: [] }));
    return g;
  };
  for (const d of items) {
    group(d.effort).on.push(d);
    if (d.dependsOn) group(d.dependsOn).from.push(d);
  }
  const all = [...groups.values()].sort((a, b) => byCode(a.effort, b.effort));
  const selected = params.get('inspanning') ?? '';
  const shown = selected ? all.filter((g) => g.effort.id === selected) : all;
  const internal = items.filter((d) => d.dependsOn).length;
  const factors = new Map<string, Dependency[]>();
  for (const d of items) if (d.externalFactor) factors.set(d.externalFactor, [...(factors.get(d.externalFactor) ?? []), d]);

  return (
    <>
      <PageTitle title={t('dependencies.title')}>{t('dependencies.title')}</PageTitle>
      <p className="utrecht-paragraph koers-lead">{t('dependencies.intro')}</p>
      {items.length === 0 ? (
        <p className="utrecht-paragraph koers-empty">{t('dependencies.none')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            <strong>{t('dependencies.summary', { internal, external: items.length - internal, efforts: all.length })}</strong>
          </p>
          <div className="koers-filter">
            <div className="koers-filter__item">
              <label className="utrecht-form-label" htmlFor="dep-effort">
                {t('dependencies.filter')}
              </label>
              <select
                id="dep-effort"
                className="utrecht-select utrecht-select--html-select"
                value={selected}
                onChange={(e) => setParams(e.target.value ? { inspanning: e.target.value } : {}, { replace: true })}
              >
                <option value="">{t('dependencies.allEfforts', { n: all.length })}</option>
                {all.map((g) => (
                  <option key={g.effort.id} value={g.effort.id}>
                    {g.effort.code} {g.effort.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <section className="koers-section koers-section--first koers-graph-section koers-no-print" aria-labelledby="dep-graph">
            <h2 className="utrecht-heading-2" id="dep-graph">
              {t('dependencies.graph')}
            </h2>
            <DependencyGraph key={selected} items={items} initial={selected || undefined} />
          </section>
          <section className="koers-section" aria-labelledby="dep-per-effort">
            <h2 className="utrecht-heading-2" id="dep-per-effort">
              {t('dependencies.perEffort')}
            </h2>
            <ul className="koers-dep-list">
              {shown.map((g) => {
                const indirect = indirectlyAffected(g.effort.id, groups);
                return (
                  <li key={g.effort.id} className="koers-card koers-dep">
                    <h3 className="utrecht-heading-3" id={`dep-${g.effort.id}`}>
                      <Link to={`/inspanningen/${g.effort.id}/sturing#afhankelijkheden`}>
                        <span className="koers-code">{g.effort.code}</span> {g.effort.name}
                      </Link>
                    </h3>
                    <div className="koers-two-columns">
                      <div>
                        <h4 className="utrecht-heading-4">{t('dependency.on')}</h4>
                        {g.on.length ? (
                          <ul className="koers-plain-list koers-plain-list--spaced">
                            {g.on.map((d) => (
                              <li key={d.id}>
                                {d.dependsOn ? (
                                  <Link to={`/inspanningen/${d.dependsOn.id}/sturing`}>
                                    <span className="koers-code">{d.dependsOn.code}</span> {d.dependsOn.name}
                                  </Link>
                                ) : (
                                  <>
                                    <StatusBadge tone="neutral">{t('dependency.externalBadge')}</StatusBadge> {d.externalFactor}
                                  </>
                                )}
                                {d.description ? <div className="koers-muted koers-small">{d.description}</div> : null}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <p className="utrecht-paragraph koers-muted">{t('dependency.noneOn')}</p>
                        )}
                      </div>
                      <div>
                        <h4 className="utrecht-heading-4">{t('dependencies.affects')}</h4>
                        {g.from.length ? (
                          <ul className="koers-plain-list koers-plain-list--spaced">
                            {g.from.map((d) => (
                              <li key={d.id}>
                                <Link to={`/inspanningen/${d.effort.id}/sturing`}>
                                  <span className="koers-code">{d.effort.code}</span> {d.effort.name}
                                </Link>
                                {d.description ? <div className="koers-muted koers-small">{d.description}</div> : null}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <p className="utrecht-paragraph koers-muted">{t('dependencies.affectsNone')}</p>
                        )}
                        {indirect.length ? (
                          <>
                            <p className="utrecht-paragraph koers-indirect-title">{t('dependencies.indirect')}</p>
                            <ul className="koers-chip-list">
                              {indirect.map((e) => (
                                <li key={e.id}>
                                  <Link to={`/inspanningen/${e.id}/sturing`}>
                                    {e.code} {e.name}
                                  </Link>
                                </li>
                              ))}
                            </ul>
                          </>
                        ) : null}
                      </div>
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
          {factors.size && !selected ? (
            <section className="koers-section" aria-labelledby="dep-external">
              <h2 className="utrecht-heading-2" id="dep-external">
                {t('dependencies.external')}
              </h2>
              <p className="utrecht-paragraph koers-muted">{t('dependencies.externalIntro')}</p>
              <div className="koers-table-wrap">
                <table className="utrecht-table koers-table">
                  <caption className="koers-caption koers-visually-hidden">{t('dependencies.external')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('dependency.external')}</th>
                      <th scope="col">{t('dependencies.dependingEfforts')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...factors.entries()]
                      .sort(([a], [b]) => a.localeCompare(b, 'nl'))
                      .map(([factor, deps]) => (
                        <tr key={factor}>
                          <th scope="row">{factor}</th>
                          <td>
                            <ul className="koers-plain-list">
                              {deps.map((d) => (
                                <li key={d.id}>
                                  <Link to={`/inspanningen/${d.effort.id}/sturing`}>
                                    <span className="koers-code">{d.effort.code}</span> {d.effort.name}
                                  </Link>
                                </li>
                              ))}
                            </ul>
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
