/**
 * Stem van bewoners (issue 5): conversation rounds, stories and quotes with filters, a round's
 * representativeness (chart, table, under-reached groups named), and the theme codes (recoding).
 */
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { THEME_LABELS, THEMES } from '../../shared/monitoring';
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  HOUSEHOLD_TYPE_LABELS,
  type Representativeness,
  ROUND_METHOD_LABELS,
  type Story,
  STORY_KIND_LABELS,
  ThemeCodeInput,
  UNDER_REACHED_THRESHOLD,
} from '../../shared/voice';
import { useSession } from '../api/hooks';
import { canEditVoice, type StoryFilter, useCreateThemeCode, useDeleteStory, useRecodeTheme, useRepresentativeness, useRound, useRounds, useStories, useStoryCoding, useStoryPages, useThemeCodes } from '../api/voice';
import { BarChart } from '../components/charts';
import { DeleteAction, ErrorSummary, focusSoon, SelectInput, StatusRegion, TextInput, useFormErrors, zodIssues } from '../components/form';
import { Alert, Breadcrumbs, Button, ButtonLink, ErrorView, Link, Loading, PageTitle, ScrollTable, StatusBadge } from '../components/ui';
import { useI18n } from '../i18n';

const VOICE = '/stem-van-bewoners';
const pct = (share: number | null, lang: 'nl' | 'en') =>
  share === null ? '–' : `${(Math.round(share * 1000) / 10).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 })}%`;
/** a share (0–1) as an exact decimal string of percent points with one decimal, for the charts */
const pctValue = (share: number | null) => (share === null ? null : (Math.round(share * 1000) / 10).toFixed(1));

export function DemoBadge({ show }: { show: boolean }) {
  const { t } = useI18n();
  return show ? <StatusBadge tone="demo">{t('app.demoData')}</StatusBadge> : null;
}

// ---------- story card ----------

export function StoryCard({ story, editable, headingLevel = 3 }: { story: Story; editable: boolean; headingLevel?: 3 | 4 }) {
  const { t, label } = useI18n();
  const [open, setOpen] = useState(false);
  const coding = useStoryCoding(story.id, open);
  const del = useDeleteStory();
  const H = `h${headingLevel}` as 'h3' | 'h4';
  const meta = [
    story.area?.name,
    story.ageBand ? label(AGE_BAND_LABELS, story.ageBand) : null,
    story.householdType ? label(HOUSEHOLD_TYPE_LABELS, story.householdType) : null,
  ].filter(Boolean);
  const short = story.text.length > 60 ? `${story.text.slice(0, 57)}…` : story.text;
  return (
    <article className={`koers-story koers-story--${story.kind}`} aria-labelledby={`story-${story.id}-h`} id={`story-${story.id}`} tabIndex={-1}>
      <H className="koers-visually-hidden" id={`story-${story.id}-h`}>
        {label(STORY_KIND_LABELS, story.kind)}: {short}
      </H>
      {story.kind === 'citaat' ? (
        <blockquote className="koers-story__quote">
          <p className="utrecht-paragraph">“{story.text}”</p>
        </blockquote>
      ) : (
        <div className="koers-story__text">
          {story.text.split('\n').map((line, i) => (
            <p className="utrecht-paragraph" key={i}>
              {line}
            </p>
          ))}
        </div>
      )}
      <div className="koers-story__meta">
        <StatusBadge tone="neutral">{label(STORY_KIND_LABELS, story.kind)}</StatusBadge>
        {story.consent ? <StatusBadge tone="ok">{t('voice.consentYesShort')}</StatusBadge> : <StatusBadge tone="warn">{t('voice.consentNoShort')}</StatusBadge>}
        <DemoBadge show={story.isDemo} />
        {meta.length ? <span className="koers-story__who">{meta.join(' · ')}</span> : null}
      </div>
      <p className="utrecht-paragraph koers-story__themes">
        <span className="koers-visually-hidden">{t('voice.themes')}: </span>
        {story.themes.map((th, i) => (
          <span key={th.id}>
            {i ? ', ' : ''}
            {th.theme ? <Link to={`/thema/${th.theme}`}>{th.label}</Link> : th.label}
          </span>
        ))}
        {story.round ? (
          <>
            {' · '}
            <Link to={`${VOICE}/rondes/${story.round.id}`}>{story.round.title}</Link>
          </>
        ) : null}
      </p>
      <details className="koers-story__coding" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary>{t('voice.codingHistory')}</summary>
        {coding.isPending ? (
          open ? <Loading /> : null
        ) : coding.isError ? (
          <ErrorView error={coding.error} />
        ) : (
          <ul className="utrecht-unordered-list">
            {coding.data.items.map((c, i) => (
              <li className="utrecht-unordered-list__item" key={i}>
                {t('voice.codingLine', { at: c.at.slice(0, 10), by: c.by, before: c.before.join(', ') || '–', after: c.after.join(', ') || '–' })}
                {c.reason ? ` (${c.reason})` : ''}
              </li>
            ))}
          </ul>
        )}
      </details>
      {editable ? (
        <div className="koers-actions koers-story__actions">
          <ButtonLink to={`${VOICE}/verhalen/${story.id}/bewerken`}>
            {t('voice.editStory')}
            <span className="koers-visually-hidden"> “{short}”</span>
          </ButtonLink>
          <DeleteAction id={`story-${story.id}`} what={short} onDelete={() => del.mutateAsync({ id: story.id, version: story.version }).then(() => focusSoon('inhoud'))} />
        </div>
      ) : null}
    </article>
  );
}

export function StoryList({ stories, editable, empty }: { stories: Story[]; editable: boolean; empty: string }) {
  if (!stories.length) return <p className="utrecht-paragraph koers-empty">{empty}</p>;
  return (
    <ul className="koers-story-list">
      {stories.map((s) => (
        <li key={s.id}>
          <StoryCard story={s} editable={editable} />
        </li>
      ))}
    </ul>
  );
}

// ---------- /stem-van-bewoners ----------

export function VoicePage() {
  const { t, label, formatDate } = useI18n();
  const session = useSession().data;
  const edit = canEditVoice(session);
  const rounds = useRounds();
  const codes = useThemeCodes();
  const [params, setParams] = useSearchParams();
  const filter: StoryFilter = {
    theme: params.get('thema') ?? undefined,
    area: params.get('gebied') ?? undefined,
    round: params.get('ronde') ?? undefined,
    consent: (params.get('toestemming') as 'ja' | 'nee' | null) ?? undefined,
  };
  const stories = useStoryPages(filter);
  const storyItems = stories.data?.pages.flatMap((pg) => pg.items) ?? [];
  const storyTotal = stories.data?.pages[0]?.total ?? 0;
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const title = t('voice.title');
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <p className="utrecht-paragraph koers-lead">{t('voice.intro')}</p>
      <Alert type="info">
        <p className="utrecht-paragraph">{t('voice.privacy')}</p>
      </Alert>
      <div className="koers-actions">
        {edit ? (
          <>
            <ButtonLink appearance="primary" to={`${VOICE}/rondes/nieuw`}>
              {t('voice.addRound')}
            </ButtonLink>
            <ButtonLink to={`${VOICE}/verhalen/nieuw`}>{t('voice.addStory')}</ButtonLink>
          </>
        ) : null}
        <ButtonLink to={`${VOICE}/themas`}>{t('voice.themeCodes')}</ButtonLink>
      </div>

      <section aria-labelledby="rondes-h" className="koers-section">
        <h2 className="utrecht-heading-2" id="rondes-h">
          {t('voice.rounds')}
        </h2>
        {rounds.isPending ? (
          <Loading />
        ) : rounds.isError ? (
          <ErrorView error={rounds.error} />
        ) : rounds.data.items.length ? (
          <>
            <p className="utrecht-paragraph">{t('voice.roundsTotal', { n: rounds.data.items.reduce((s, r) => s + r.reached, 0), rounds: rounds.data.items.length })}</p>
            <ScrollTable id="rondes-table" caption={t('voice.roundsCaption')}>
              <thead>
                <tr>
                  <th scope="col">{t('voice.round')}</th>
                  <th scope="col">{t('voice.period')}</th>
                  <th scope="col">{t('voice.method')}</th>
                  <th scope="col">{t('voice.conductedBy')}</th>
                  <th scope="col">{t('voice.areas')}</th>
                  <th scope="col" className="koers-num">
                    {t('voice.reached')}
                  </th>
                  <th scope="col" className="koers-num">
                    {t('voice.storiesCount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rounds.data.items.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <Link to={`${VOICE}/rondes/${r.id}`}>{r.title}</Link> <DemoBadge show={r.isDemo} />
                    </th>
                    <td>
                      {formatDate(r.periodFrom, 'short')} – {formatDate(r.periodTo, 'short')}
                    </td>
                    <td>{label(ROUND_METHOD_LABELS, r.method)}</td>
                    <td>{r.conductedBy}</td>
                    <td>{r.areas.map((a) => a.name).join(', ')}</td>
                    <td className="koers-num">{r.reached}</td>
                    <td className="koers-num">{r.stories}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          </>
        ) : (
          <p className="utrecht-paragraph koers-empty">{t('voice.noRounds')}</p>
        )}
      </section>

      <section aria-labelledby="verhalen-h" className="koers-section">
        <h2 className="utrecht-heading-2" id="verhalen-h">
          {t('voice.stories')}
        </h2>
        <form className="koers-filters" aria-label={t('voice.filters')} onSubmit={(e) => e.preventDefault()}>
          <SelectInput
            id="filter-thema"
            label={t('voice.filterTheme')}
            value={filter.theme ?? ''}
            onChange={(v) => setFilter('thema', v)}
            options={[
              ['', t('voice.all')],
              ...THEMES.map((th) => [th, label(THEME_LABELS, th)] as const),
              ...(codes.data?.items ?? []).filter((c) => !c.isStandard).map((c) => [c.key, c.label] as const),
            ]}
          />
          <SelectInput
            id="filter-gebied"
            label={t('voice.filterArea')}
            value={filter.area ?? ''}
            onChange={(v) => setFilter('gebied', v)}
            options={[['', t('voice.all')], ...(rounds.data?.areaChoices ?? []).map((a) => [a.code, a.name] as const)]}
          />
          <SelectInput
            id="filter-ronde"
            label={t('voice.filterRound')}
            value={filter.round ?? ''}
            onChange={(v) => setFilter('ronde', v)}
            options={[['', t('voice.all')], ...(rounds.data?.items ?? []).map((r) => [r.id, r.title] as const)]}
          />
          <SelectInput
            id="filter-toestemming"
            label={t('voice.filterConsent')}
            value={filter.consent ?? ''}
            onChange={(v) => setFilter('toestemming', v)}
            options={[
              ['', t('voice.all')],
              ['ja', t('voice.consentYesShort')],
              ['nee', t('voice.consentNoShort')],
            ]}
          />
        </form>
        <p className="utrecht-paragraph" role="status">
          {stories.data ? t('voice.storiesFound', { n: storyTotal }) : ''}
        </p>
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href="/api/v1/stories/export.csv" download>
            {t('voice.exportCsv')}
          </a>{' '}
          <span className="koers-hint">{t('voice.exportHint')}</span>
        </p>
        {stories.isPending ? <Loading /> : stories.isError ? <ErrorView error={stories.error} /> : <StoryList stories={storyItems} editable={edit} empty={t('voice.noStories')} />}
        {stories.hasNextPage ? (
          <Button
            disabled={stories.isFetchingNextPage}
            onClick={() => {
              const next = storyItems.length;
              // focus the first story that was loaded, so keyboard and screen-reader users continue there
              void stories.fetchNextPage().then((res) => {
                const first = res.data?.pages.flatMap((pg) => pg.items)[next];
                if (first) focusSoon(`story-${first.id}`);
              });
            }}
          >
            {stories.isFetchingNextPage ? t('app.loading') : t('voice.moreStories', { shown: storyItems.length, total: storyTotal })}
          </Button>
        ) : null}
      </section>
    </>
  );
}

// ---------- /stem-van-bewoners/rondes/:id ----------

function Sentence({ r }: { r: Representativeness }) {
  const { t, label } = useI18n();
  const group = (u: Representativeness['underReached'][number]) =>
    u.kind === 'area' ? u.area!.name : u.kind === 'ageBand' ? label(AGE_BAND_LABELS, u.ageBand!) : t('voice.repr.cell', { band: label(AGE_BAND_LABELS, u.ageBand!), area: u.area!.name });
  if (!r.totalReached) return <p className="utrecht-paragraph">{t('voice.repr.noPopulation')}</p>;
  if (!r.underReached.length) return <p className="utrecht-paragraph">{t('voice.repr.noneUnder')}</p>;
  return (
    <>
      <p className="utrecht-paragraph">
        <strong>{t('voice.repr.underTitle')}</strong>
      </p>
      <ul className="utrecht-unordered-list" id="under-reached">
        {r.underReached.map((u) => (
          <li className="utrecht-unordered-list__item" key={`${u.kind}-${u.label}`}>
            {t('voice.repr.underLine', { group: group(u), ratio: Math.round(u.ratio * 100) })}
          </li>
        ))}
      </ul>
    </>
  );
}

export function RoundPage() {
  const { id = '' } = useParams();
  const { t, label, formatDate, lang } = useI18n();
  const session = useSession().data;
  const edit = canEditVoice(session);
  const round = useRound(id);
  const repr = useRepresentativeness(id);
  const stories = useStories({ round: id });
  if (round.isPending) return <Loading />;
  if (round.isError) return <ErrorView error={round.error} />;
  const r = round.data;
  const bandLabel = (b: (typeof AGE_BANDS)[number]) => label(AGE_BAND_LABELS, b);
  return (
    <>
      <Breadcrumbs items={[{ to: VOICE, label: t('voice.title') }, { label: r.title }]} />
      <PageTitle title={r.title} pre={t('voice.roundPre')}>
        {r.title}
      </PageTitle>
      {r.isDemo ? (
        <p className="utrecht-paragraph">
          <DemoBadge show /> {t('voice.demoRound')}
        </p>
      ) : null}
      <dl className="koers-props">
        <div className="koers-props__row">
          <dt>{t('voice.period')}</dt>
          <dd>
            {formatDate(r.periodFrom)} – {formatDate(r.periodTo)}
          </dd>
        </div>
        <div className="koers-props__row">
          <dt>{t('voice.method')}</dt>
          <dd>{label(ROUND_METHOD_LABELS, r.method)}</dd>
        </div>
        <div className="koers-props__row">
          <dt>{t('voice.conductedBy')}</dt>
          <dd>{r.conductedBy}</dd>
        </div>
        {r.description ? (
          <div className="koers-props__row">
            <dt>{t('voice.description')}</dt>
            <dd>{r.description}</dd>
          </div>
        ) : null}
        <div className="koers-props__row">
          <dt>{t('voice.reached')}</dt>
          <dd>{t('voice.reachedN', { n: r.reached })}</dd>
        </div>
      </dl>
      {edit ? (
        <div className="koers-actions">
          <ButtonLink to={`${VOICE}/rondes/${r.id}/bewerken`}>{t('voice.editRound')}</ButtonLink>
          <ButtonLink to={`${VOICE}/verhalen/nieuw?ronde=${r.id}`}>{t('voice.addStoryToRound')}</ButtonLink>
        </div>
      ) : null}

      <section aria-labelledby="bereik-h" className="koers-section">
        <h2 className="utrecht-heading-2" id="bereik-h">
          {t('voice.reach')}
        </h2>
        <ScrollTable id="bereik-table" caption={t('voice.reachCaption', { title: r.title })}>
          <thead>
            <tr>
              <th scope="col">{t('voice.area')}</th>
              {AGE_BANDS.map((b) => (
                <th scope="col" className="koers-num" key={b}>
                  {bandLabel(b)}
                </th>
              ))}
              <th scope="col" className="koers-num">
                {t('voice.unknownAge')}
              </th>
              <th scope="col" className="koers-num">
                {t('voice.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.reach.map((x) => (
              <tr key={x.area.id}>
                <th scope="row">{x.area.name}</th>
                {AGE_BANDS.map((b) => (
                  <td className="koers-num" key={b}>
                    {x.byAgeBand[b]}
                  </td>
                ))}
                <td className="koers-num">{x.unknownAge}</td>
                <td className="koers-num">{x.total}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </section>

      <section aria-labelledby="repr-h" className="koers-section">
        <h2 className="utrecht-heading-2" id="repr-h">
          {t('voice.repr.title')}
        </h2>
        <p className="utrecht-paragraph">{t('voice.repr.explain', { threshold: String(UNDER_REACHED_THRESHOLD).replace('.', lang === 'nl' ? ',' : '.') })}</p>
        {repr.isPending ? (
          <Loading />
        ) : repr.isError ? (
          <ErrorView error={repr.error} />
        ) : (
          <>
            <Sentence r={repr.data} />
            {repr.data.missingPopulation.length ? (
              <Alert type="warning">
                <p className="utrecht-paragraph">{t('voice.repr.missing', { areas: repr.data.missingPopulation.map((a) => a.name).join(', ') })}</p>
              </Alert>
            ) : null}
            {repr.data.totalReached ? (
              <>
                <p className="utrecht-paragraph koers-hint">
                  {t('voice.repr.periods', {
                    list: repr.data.populationPeriods
                      .filter((p) => p.period)
                      .map((p) => `${p.area.name} ${p.period}${p.isDemo ? ` (${t('app.demoData').toLowerCase()})` : ''}`)
                      .join(', '),
                  })}
                </p>
                <BarChart
                  id="repr-leeftijd"
                  title={t('voice.repr.chartAge', { title: r.title })}
                  description={t('voice.repr.chartDesc')}
                  unit="%"
                  xLabel={t('voice.repr.group')}
                  yLabel={t('voice.repr.share')}
                  filename={`representativiteit-leeftijd-${r.periodFrom}`}
                  bars={repr.data.ageBands.flatMap((b) => [
                    { key: `${b.ageBand}-r`, label: t('voice.repr.barReached', { group: bandLabel(b.ageBand) }), value: pctValue(b.reachedShare), highlight: true },
                    { key: `${b.ageBand}-p`, label: t('voice.repr.barPopulation', { group: bandLabel(b.ageBand) }), value: pctValue(b.populationShare) },
                  ])}
                />
                {repr.data.areas.length > 1 ? (
                  <BarChart
                    id="repr-gebied"
                    title={t('voice.repr.chartArea', { title: r.title })}
                    description={t('voice.repr.chartDesc')}
                    unit="%"
                    xLabel={t('voice.repr.group')}
                    yLabel={t('voice.repr.share')}
                    filename={`representativiteit-gebied-${r.periodFrom}`}
                    bars={repr.data.areas
                      .filter((a) => a.populationShare !== null)
                      .flatMap((a) => [
                        { key: `${a.area.code}-r`, label: t('voice.repr.barReached', { group: a.area.name }), value: pctValue(a.reachedShare), highlight: true },
                        { key: `${a.area.code}-p`, label: t('voice.repr.barPopulation', { group: a.area.name }), value: pctValue(a.populationShare) },
                      ])}
                  />
                ) : null}
                <ScrollTable id="repr-cells" caption={t('voice.repr.cellsCaption')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('voice.area')}</th>
                      <th scope="col">{t('voice.ageBand')}</th>
                      <th scope="col" className="koers-num">
                        {t('voice.reached')}
                      </th>
                      <th scope="col" className="koers-num">
                        {t('voice.repr.expected')}
                      </th>
                      <th scope="col" className="koers-num">
                        {t('voice.repr.reachedShare')}
                      </th>
                      <th scope="col" className="koers-num">
                        {t('voice.repr.populationShare')}
                      </th>
                      <th scope="col">{t('voice.repr.verdict')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {repr.data.cells.map((c) => (
                      <tr key={`${c.area.id}-${c.ageBand}`}>
                        <th scope="row">{c.area.name}</th>
                        <td>{bandLabel(c.ageBand)}</td>
                        <td className="koers-num">{c.reached}</td>
                        <td className="koers-num">{c.expected === null ? '–' : c.expected.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}</td>
                        <td className="koers-num">{pct(c.reachedShare, lang)}</td>
                        <td className="koers-num">{pct(c.populationShare, lang)}</td>
                        <td>{c.underReached ? <StatusBadge tone="warn">{t('voice.repr.under')}</StatusBadge> : t('voice.repr.ok')}</td>
                      </tr>
                    ))}
                  </tbody>
                </ScrollTable>
              </>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="ronde-verhalen-h" className="koers-section">
        <h2 className="utrecht-heading-2" id="ronde-verhalen-h">
          {t('voice.roundStories')}
        </h2>
        {stories.isPending ? <Loading /> : stories.isError ? <ErrorView error={stories.error} /> : <StoryList stories={stories.data.items} editable={edit} empty={t('voice.noStoriesRound')} />}
      </section>
    </>
  );
}

// ---------- /stem-van-bewoners/themas ----------

export function ThemeCodesPage() {
  const { t, label } = useI18n();
  const session = useSession().data;
  const edit = canEditVoice(session);
  const codes = useThemeCodes();
  const create = useCreateThemeCode();
  const recode = useRecodeTheme();
  const [status, setStatus] = useState('');
  const [draft, setDraft] = useState({ label: '', theme: '', description: '' });
  const [rc, setRc] = useState({ from: '', into: '', reason: '' });
  const addErrs = useFormErrors(['label', 'theme', 'description']);
  const recodeErrs = useFormErrors(['from', 'into', 'reason']);
  const title = t('voice.themeCodes');
  const items = codes.data?.items ?? [];
  const addLabels = { label: t('voice.codeLabel'), theme: t('voice.codeTheme'), description: t('voice.codeDescription') };
  const recodeLabels = { from: t('voice.recodeFrom'), into: t('voice.recodeInto'), reason: t('voice.recodeReason') };

  const add = (e: React.FormEvent) => {
    e.preventDefault();
    const body = { label: draft.label, description: draft.description, theme: draft.theme || null };
    if (addErrs.check(zodIssues(ThemeCodeInput, body))) return;
    addErrs.clear();
    create.mutate(body as never, {
      onSuccess: (c) => {
        setDraft({ label: '', theme: '', description: '' });
        setStatus(t('voice.codeAdded', { label: c.label }));
      },
      onError: addErrs.fromApi,
    });
  };
  const doRecode = (e: React.FormEvent) => {
    e.preventDefault();
    const problems: [string, string][] = [];
    if (!rc.from) problems.push(['from', t('voice.recodeChooseFrom')]);
    if (!rc.into) problems.push(['into', t('voice.recodeChooseInto')]);
    if (rc.from && rc.from === rc.into) problems.push(['into', t('voice.recodeSame')]);
    if (recodeErrs.check(problems)) return;
    recodeErrs.clear();
    recode.mutate(
      { id: rc.from, into: rc.into, reason: rc.reason },
      {
        onSuccess: (r) => {
          setRc({ from: '', into: '', reason: '' });
          setStatus(t('voice.recoded', { from: r.from, into: r.into, n: r.stories }));
        },
        onError: recodeErrs.fromApi,
      },
    );
  };
  return (
    <>
      <Breadcrumbs items={[{ to: VOICE, label: t('voice.title') }, { label: title }]} />
      <PageTitle title={title}>{title}</PageTitle>
      <p className="utrecht-paragraph koers-lead">{t('voice.themeCodesIntro')}</p>
      <StatusRegion message={status} />
      {codes.isPending ? (
        <Loading />
      ) : codes.isError ? (
        <ErrorView error={codes.error} />
      ) : (
        <ScrollTable id="codes-table" caption={t('voice.themeCodesCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('voice.codeLabel')}</th>
              <th scope="col">{t('voice.codeTheme')}</th>
              <th scope="col">{t('voice.codeDescription')}</th>
              <th scope="col" className="koers-num">
                {t('voice.storiesCount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  {c.label} {c.isStandard ? <StatusBadge tone="neutral">{t('voice.standard')}</StatusBadge> : null}
                </th>
                <td>{c.theme ? <Link to={`/thema/${c.theme}`}>{label(THEME_LABELS, c.theme)}</Link> : '–'}</td>
                <td>{c.description}</td>
                <td className="koers-num">
                  <Link to={`${VOICE}?thema=${c.key}`} aria-label={t('voice.storiesOf', { n: c.stories, label: c.label })}>
                    {c.stories}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {edit ? (
        <div className="koers-columns">
          <form onSubmit={add} noValidate className="koers-form koers-panel" aria-labelledby="code-add-h">
            <h2 className="utrecht-heading-3" id="code-add-h">
              {t('voice.addCode')}
            </h2>
            <ErrorSummary errors={addErrs.errors} labels={addLabels} idPrefix="code" level={3} />
            <TextInput id="code-label" label={addLabels.label} value={draft.label} onChange={(v) => setDraft((d) => ({ ...d, label: v }))} error={addErrs.errors.fields.label} />
            <SelectInput
              id="code-theme"
              label={addLabels.theme}
              value={draft.theme}
              onChange={(v) => setDraft((d) => ({ ...d, theme: v }))}
              error={addErrs.errors.fields.theme}
              optional
              description={t('voice.codeThemeHint')}
              options={[['', t('voice.noTheme')], ...THEMES.map((th) => [th, label(THEME_LABELS, th)] as const)]}
            />
            <TextInput id="code-description" label={addLabels.description} value={draft.description} onChange={(v) => setDraft((d) => ({ ...d, description: v }))} error={addErrs.errors.fields.description} optional />
            <div className="koers-actions">
              <Button type="submit" appearance="primary" disabled={create.isPending}>
                {t('voice.addCode')}
              </Button>
            </div>
          </form>
          <form onSubmit={doRecode} noValidate className="koers-form koers-panel" aria-labelledby="recode-h">
            <h2 className="utrecht-heading-3" id="recode-h">
              {t('voice.recode')}
            </h2>
            <p className="utrecht-paragraph">{t('voice.recodeIntro')}</p>
            <ErrorSummary errors={recodeErrs.errors} labels={recodeLabels} idPrefix="recode" level={3} />
            <SelectInput
              id="recode-from"
              label={recodeLabels.from}
              value={rc.from}
              onChange={(v) => setRc((x) => ({ ...x, from: v }))}
              error={recodeErrs.errors.fields.from}
              options={[['', t('voice.choose')], ...items.map((c) => [c.id, `${c.label} (${c.stories})`] as const)]}
            />
            <SelectInput
              id="recode-into"
              label={recodeLabels.into}
              value={rc.into}
              onChange={(v) => setRc((x) => ({ ...x, into: v }))}
              error={recodeErrs.errors.fields.into}
              options={[['', t('voice.choose')], ...items.filter((c) => c.id !== rc.from).map((c) => [c.id, c.label] as const)]}
            />
            <TextInput id="recode-reason" label={recodeLabels.reason} value={rc.reason} onChange={(v) => setRc((x) => ({ ...x, reason: v }))} error={recodeErrs.errors.fields.reason} optional />
            <div className="koers-actions">
              <Button type="submit" appearance="primary" disabled={recode.isPending}>
                {t('voice.recode')}
              </Button>
            </div>
          </form>
        </div>
      ) : null}
    </>
  );
}
