/**
 * Theme pages (issue 5, docs/decisions/0007): per theme and area, side by side, the indicators'
 * trends with reference areas, the stories and quotes, and the efforts and results that address it.
 */
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { THEME_LABELS, THEMES, type Theme } from '../../shared/monitoring';
import { RESULT_STATUS_LABELS } from '../../shared/steering';
import { useSession } from '../api/hooks';
import { canEditVoice, useThemePage } from '../api/voice';
import { LineChart } from '../components/charts';
import { SelectInput } from '../components/form';
import { Breadcrumbs, ErrorView, Link, Loading, NotFound, PageTitle, StatusBadge } from '../components/ui';
import { useI18n } from '../i18n';
import { IndicatorProgress } from './theme-parts';
import { StoryList } from './voice';

export function ThemesIndexPage() {
  const { t, label } = useI18n();
  const title = t('voice.themesTitle');
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <p className="utrecht-paragraph koers-lead">{t('voice.themesIntro')}</p>
      <ul className="koers-theme-list">
        {THEMES.filter((th) => th !== 'bevolking').map((th) => (
          <li key={th}>
            <Link to={`/thema/${th}`}>{label(THEME_LABELS, th)}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ThemePageView() {
  const { theme = '' } = useParams();
  if (!(THEMES as readonly string[]).includes(theme)) return <NotFound />;
  return <ThemeView theme={theme as Theme} />;
}

function ThemeView({ theme }: { theme: Theme }) {
  const { t, label, formatDate } = useI18n();
  const session = useSession().data;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const area = params.get('gebied') ?? undefined;
  const page = useThemePage(theme, area);
  const name = label(THEME_LABELS, theme);
  const title = t('voice.themeTitle', { theme: name });
  const p = page.data;
  return (
    <>
      <Breadcrumbs items={[{ to: '/thema', label: t('voice.themesTitle') }, { label: name }]} />
      <PageTitle title={p ? `${title} · ${p.area.name}` : title} pre={t('voice.themePre')}>
        {title}
      </PageTitle>
      <p className="utrecht-paragraph koers-lead">{t('voice.themeIntro')}</p>
      {page.isPending ? (
        <Loading />
      ) : page.isError ? (
        <ErrorView error={page.error} />
      ) : (
        <>
          <form className="koers-filters" aria-label={t('voice.themeAreaForm')} onSubmit={(e) => e.preventDefault()}>
            <SelectInput
              id="theme-area"
              label={t('voice.area')}
              value={p!.area.code}
              onChange={(v) => navigate(`/thema/${theme}?gebied=${encodeURIComponent(v)}`, { replace: true })}
              description={t('voice.themeAreaHint', { refs: p!.referenceAreas.map((a) => a.name).join(', ') })}
              options={p!.areaChoices.map((a) => [a.code, a.name] as const)}
            />
          </form>
          <nav aria-label={t('voice.themeSections')} className="koers-toc">
            <ul>
              <li>
                <a className="utrecht-link" href="#cijfers">
                  {t('voice.figures')} ({p!.indicators.length})
                </a>
              </li>
              <li>
                <a className="utrecht-link" href="#verhalen">
                  {t('voice.stories')} ({p!.stories.length})
                </a>
              </li>
              <li>
                <a className="utrecht-link" href="#inspanningen">
                  {t('voice.effortsResults')} ({p!.efforts.length})
                </a>
              </li>
            </ul>
          </nav>

          <section aria-labelledby="cijfers" className="koers-section">
            <h2 className="utrecht-heading-2" id="cijfers" tabIndex={-1}>
              {t('voice.figures')}
            </h2>
            {p!.indicators.length === 0 ? <p className="utrecht-paragraph koers-empty">{t('voice.noIndicators')}</p> : null}
            {p!.indicators.map((ind) => {
              const demo = ind.series.some((s) => s.values.some((v) => v.isDemo));
              return (
                <article key={ind.id} className="koers-indicator" aria-labelledby={`ind-${ind.key}`}>
                  <h3 className="utrecht-heading-3" id={`ind-${ind.key}`}>
                    {ind.name} {demo ? <StatusBadge tone="demo">{t('app.demoData')}</StatusBadge> : null}
                  </h3>
                  <p className="utrecht-paragraph">{ind.definition}</p>
                  <p className="utrecht-paragraph koers-hint">
                    {t('voice.source')}: {ind.source}
                    {ind.direction ? ` · ${ind.direction === 'higher_is_better' ? t('voice.higherBetter') : t('voice.lowerBetter')}` : ''}
                  </p>
                  {ind.series.some((s) => s.values.length) ? (
                    <LineChart
                      id={`chart-${ind.key}`}
                      title={t('voice.chartTitle', { indicator: ind.name, area: p!.area.name })}
                      description={ind.definition}
                      unit={ind.unit === '%' ? '%' : undefined}
                      xLabel={t('voice.chartPeriod')}
                      yLabel={ind.unit === '%' ? ind.name : `${ind.name} (${ind.unit})`}
                      filename={`${ind.key}-${p!.area.code}`}
                      series={ind.series.map((s) => ({
                        key: s.area.code,
                        label: s.area.name,
                        points: s.values.map((v) => ({ x: v.period, value: v.value, note: v.isDemo ? t('app.demoData') : undefined })),
                      }))}
                    />
                  ) : (
                    <p className="utrecht-paragraph koers-empty">{t('voice.noValues', { area: p!.area.name })}</p>
                  )}
                </article>
              );
            })}
          </section>

          <section aria-labelledby="verhalen" className="koers-section">
            <h2 className="utrecht-heading-2" id="verhalen" tabIndex={-1}>
              {t('voice.stories')}
            </h2>
            <p className="utrecht-paragraph">
              {t('voice.themeStoriesCount', { n: p!.stories.length, total: p!.storiesTotal, area: p!.area.name })}{' '}
              <Link to={`/stem-van-bewoners?thema=${theme}`}>{t('voice.allThemeStories', { theme: name })}</Link>
            </p>
            <StoryList stories={p!.stories} editable={canEditVoice(session)} empty={t('voice.noThemeStories', { area: p!.area.name })} />
          </section>

          <section aria-labelledby="inspanningen" className="koers-section">
            <h2 className="utrecht-heading-2" id="inspanningen" tabIndex={-1}>
              {t('voice.effortsResults')}
            </h2>
            <p className="utrecht-paragraph">{t('voice.effortsIntro')}</p>
            {p!.efforts.length === 0 ? <p className="utrecht-paragraph koers-empty">{t('voice.noEfforts')}</p> : null}
            <ul className="koers-effort-list">
              {p!.efforts.map((e) => (
                <li key={e.effort.id} className="koers-panel">
                  <h3 className="utrecht-heading-3">
                    <Link to={`/inspanningen/${e.effort.id}/sturing`}>
                      {e.effort.code}. {e.effort.name}
                    </Link>
                  </h3>
                  {e.viaGoals.length ? <p className="utrecht-paragraph koers-hint">{t('voice.viaGoals', { goals: e.viaGoals.join(', ') })}</p> : null}
                  {e.results.length ? (
                    <ul className="utrecht-unordered-list">
                      {e.results.map((r) => (
                        <li className="utrecht-unordered-list__item" key={r.id}>
                          {r.description} <StatusBadge tone="neutral">{label(RESULT_STATUS_LABELS, r.status as keyof typeof RESULT_STATUS_LABELS)}</StatusBadge>
                          {r.deadline ? ` · ${t('voice.deadline', { date: formatDate(r.deadline) })}` : ''}
                          {r.indicatorLink ? <IndicatorProgress link={r.indicatorLink} /> : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
