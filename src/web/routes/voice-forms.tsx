/** Add and change a conversation round and a story or quote (inline errors, error summary, personal data refused inline). */
import { useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { AGE_BAND_LABELS, AGE_BANDS, HOUSEHOLD_TYPE_LABELS, HOUSEHOLD_TYPES, ROUND_METHOD_LABELS, ROUND_METHODS, RoundInput, type RoundDetail, type Story, StoryInput, STORY_KIND_LABELS, STORY_KINDS } from '../../shared/voice';
import { useSession } from '../api/hooks';
import { canEditVoice, type RoundBody, type StoryBody, useCreateRound, useCreateStory, useRound, useRounds, useStory, useThemeCodes, useUpdateRound, useUpdateStory } from '../api/voice';
import { CheckboxGroup, ChoiceGroup, ErrorSummary, focusSoon, SelectInput, TextInput, useFormErrors, zodIssues } from '../components/form';
import { Alert, Breadcrumbs, Button, ButtonLink, ErrorView, Loading, NotFound, PageTitle } from '../components/ui';
import { useI18n } from '../i18n';

const VOICE = '/stem-van-bewoners';
type Band = (typeof AGE_BANDS)[number];
interface ReachDraft {
  key: number;
  areaCode: string;
  bands: Record<Band, string>;
  unknownAge: string;
}
const count = (v: string) => (v.trim() === '' ? 0 : /^\d+$/.test(v.trim()) ? Number(v.trim()) : Number.NaN);

// ---------- rounds ----------

export function RoundFormPage() {
  const { id } = useParams();
  const round = useRound(id ?? '');
  if (id && round.isPending) return <Loading />;
  if (id && round.isError) return <ErrorView error={round.error} />;
  return <RoundForm key={id ?? 'new'} item={id ? round.data : undefined} />;
}

function RoundForm({ item }: { item?: RoundDetail }) {
  const { t, label } = useI18n();
  const session = useSession().data;
  const rounds = useRounds();
  const navigate = useNavigate();
  const create = useCreateRound();
  const update = useUpdateRound(item?.id ?? '');
  const nextKey = useRef(1);
  const [d, setD] = useState({
    title: item?.title ?? '',
    periodFrom: item?.periodFrom ?? '',
    periodTo: item?.periodTo ?? '',
    method: item?.method ?? '',
    conductedBy: item?.conductedBy ?? '',
    description: item?.description ?? '',
  });
  const [reach, setReach] = useState<ReachDraft[]>(() =>
    item
      ? item.reach.map((r) => ({
          key: nextKey.current++,
          areaCode: r.area.code,
          bands: Object.fromEntries(AGE_BANDS.map((b) => [b, String(r.byAgeBand[b])])) as Record<Band, string>,
          unknownAge: String(r.unknownAge),
        }))
      : [{ key: nextKey.current++, areaCode: '', bands: { '15_24': '', '25_44': '', '45_64': '', '65_oo': '' }, unknownAge: '' }],
  );
  const reachFields = reach.flatMap((_, i) => [`reach.${i}.areaCode`, ...AGE_BANDS.map((b) => `reach.${i}.byAgeBand.${b}`), `reach.${i}.unknownAge`]);
  const known = ['title', 'periodFrom', 'periodTo', 'method', 'conductedBy', 'description', 'reach', ...reachFields];
  const errs = useFormErrors(known);
  if (!canEditVoice(session)) return <NotFound />;
  const e = errs.errors.fields;
  const labels: Record<string, string> = {
    title: t('voice.roundTitle'),
    periodFrom: t('voice.periodFrom'),
    periodTo: t('voice.periodTo'),
    method: t('voice.method'),
    conductedBy: t('voice.conductedBy'),
    description: t('voice.description'),
    reach: t('voice.reach'),
  };
  reach.forEach((_, i) => {
    const n = t('voice.areaN', { n: i + 1 });
    labels[`reach.${i}.areaCode`] = `${n}, ${t('voice.area').toLowerCase()}`;
    for (const b of AGE_BANDS) labels[`reach.${i}.byAgeBand.${b}`] = `${n}, ${label(AGE_BAND_LABELS, b)}`;
    labels[`reach.${i}.unknownAge`] = `${n}, ${t('voice.unknownAge').toLowerCase()}`;
  });
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const setR = (key: number, patch: Partial<ReachDraft>) => setReach((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const addArea = () => {
    setReach((rs) => [...rs, { key: nextKey.current++, areaCode: '', bands: { '15_24': '', '25_44': '', '45_64': '', '65_oo': '' }, unknownAge: '' }]);
    focusSoon(`round-reach.${reach.length}.areaCode`);
  };
  const removeArea = (key: number) => {
    setReach((rs) => rs.filter((r) => r.key !== key));
    errs.clear();
    focusSoon('round-add-area');
  };
  const submit = (ev: React.FormEvent) => {
    ev.preventDefault();
    const body = {
      ...d,
      reach: reach.map((r) => ({
        areaCode: r.areaCode,
        byAgeBand: Object.fromEntries(AGE_BANDS.map((b) => [b, count(r.bands[b])])),
        unknownAge: count(r.unknownAge),
      })),
    } as unknown as RoundBody;
    if (errs.check(zodIssues(RoundInput, body))) return;
    errs.clear();
    const done = { onSuccess: (r: RoundDetail) => navigate(`${VOICE}/rondes/${r.id}`), onError: errs.fromApi };
    if (item) update.mutate({ ...body, version: item.version }, done);
    else create.mutate(body, done);
  };
  const title = item ? t('voice.editRoundTitle') : t('voice.addRound');
  const areas = rounds.data?.areaChoices ?? [];
  const pending = create.isPending || update.isPending;
  return (
    <>
      <Breadcrumbs items={[{ to: VOICE, label: t('voice.title') }, ...(item ? [{ to: `${VOICE}/rondes/${item.id}`, label: item.title }] : []), { label: title }]} />
      <PageTitle title={title}>{title}</PageTitle>
      <form onSubmit={submit} noValidate className="koers-form">
        <ErrorSummary errors={errs.errors} labels={labels} idPrefix="round" level={2} onReload={() => window.location.reload()} />
        <TextInput id="round-title" label={labels.title!} value={d.title} onChange={(v) => set({ title: v })} error={e.title} description={t('voice.roundTitleHint')} />
        <div className="koers-form-row">
          <TextInput id="round-periodFrom" type="date" label={labels.periodFrom!} value={d.periodFrom} onChange={(v) => set({ periodFrom: v })} error={e.periodFrom} width="medium" />
          <TextInput id="round-periodTo" type="date" label={labels.periodTo!} value={d.periodTo} onChange={(v) => set({ periodTo: v })} error={e.periodTo} width="medium" />
        </div>
        <SelectInput
          id="round-method"
          label={labels.method!}
          value={d.method}
          onChange={(v) => set({ method: v as typeof d.method })}
          error={e.method}
          options={[['', t('voice.choose')], ...ROUND_METHODS.map((m) => [m, label(ROUND_METHOD_LABELS, m)] as const)]}
        />
        <TextInput id="round-conductedBy" label={labels.conductedBy!} value={d.conductedBy} onChange={(v) => set({ conductedBy: v })} error={e.conductedBy} description={t('voice.conductedByHint')} />
        <TextInput id="round-description" label={labels.description!} value={d.description} onChange={(v) => set({ description: v })} error={e.description} multiline optional />
        <fieldset className="utrecht-form-fieldset koers-fieldset" aria-describedby="round-reach-description">
          <legend className="utrecht-form-fieldset__legend koers-choice__legend">
            <span id="round-reach" tabIndex={-1}>
              {labels.reach}
            </span>
          </legend>
          <p className="utrecht-form-field-description" id="round-reach-description">
            {t('voice.reachHint')}
          </p>
          {e.reach ? <p className="koers-field-error">{e.reach}</p> : null}
          {reach.map((r, i) => {
            const rid = (f: string) => `round-reach.${i}.${f}`;
            return (
              <fieldset key={r.key} className="utrecht-form-fieldset koers-fieldset koers-reach-group">
                <legend className="utrecht-form-fieldset__legend koers-choice__legend">{t('voice.areaN', { n: i + 1 })}</legend>
                <SelectInput
                  id={rid('areaCode')}
                  label={t('voice.area')}
                  value={r.areaCode}
                  onChange={(v) => setR(r.key, { areaCode: v })}
                  error={e[`reach.${i}.areaCode`]}
                  options={[['', t('voice.choose')], ...areas.map((a) => [a.code, a.name] as const)]}
                />
                <div className="koers-reach-grid">
                  {AGE_BANDS.map((b) => (
                    <TextInput
                      key={b}
                      id={rid(`byAgeBand.${b}`)}
                      label={label(AGE_BAND_LABELS, b)}
                      value={r.bands[b]}
                      onChange={(v) => setR(r.key, { bands: { ...r.bands, [b]: v } })}
                      error={e[`reach.${i}.byAgeBand.${b}`]}
                      inputMode="numeric"
                      width="short"
                    />
                  ))}
                  <TextInput
                    id={rid('unknownAge')}
                    label={t('voice.unknownAge')}
                    value={r.unknownAge}
                    onChange={(v) => setR(r.key, { unknownAge: v })}
                    error={e[`reach.${i}.unknownAge`]}
                    inputMode="numeric"
                    width="short"
                    optional
                  />
                </div>
                {reach.length > 1 ? (
                  <Button className="koers-button--danger" onClick={() => removeArea(r.key)}>
                    {t('voice.removeArea', { n: i + 1 })}
                  </Button>
                ) : null}
              </fieldset>
            );
          })}
          <Button id="round-add-area" onClick={addArea} disabled={reach.length >= 40}>
            {t('voice.addArea')}
          </Button>
        </fieldset>
        <div className="koers-actions">
          <Button type="submit" appearance="primary" disabled={pending}>
            {pending ? t('voice.saving') : item ? t('voice.save') : t('voice.addRound')}
          </Button>
          <ButtonLink to={item ? `${VOICE}/rondes/${item.id}` : VOICE}>{t('voice.cancel')}</ButtonLink>
        </div>
      </form>
    </>
  );
}

// ---------- stories ----------

export function StoryFormPage() {
  const { id } = useParams();
  const story = useStory(id ?? '');
  if (id && story.isPending) return <Loading />;
  if (id && story.isError) return <ErrorView error={story.error} />;
  return <StoryForm key={id ?? 'new'} item={id ? story.data : undefined} />;
}

const STORY_FIELDS = ['kind', 'text', 'themeIds', 'roundId', 'areaCode', 'ageBand', 'householdType', 'consent'] as const;

function StoryForm({ item }: { item?: Story }) {
  const { t, label } = useI18n();
  const session = useSession().data;
  const [params] = useSearchParams();
  const rounds = useRounds();
  const codes = useThemeCodes();
  const navigate = useNavigate();
  const create = useCreateStory();
  const update = useUpdateStory(item?.id ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const initialRound = item?.round?.id ?? params.get('ronde') ?? '';
  const [d, setD] = useState({
    kind: item?.kind ?? 'citaat',
    text: item?.text ?? '',
    themeIds: item?.themes.map((th) => th.id) ?? [],
    roundId: initialRound,
    areaCode: item?.area?.code ?? '',
    ageBand: item?.ageBand ?? '',
    householdType: item?.householdType ?? '',
    consent: item ? (item.consent ? 'ja' : 'nee') : '',
  });
  const errs = useFormErrors(STORY_FIELDS);
  if (!canEditVoice(session)) return <NotFound />;
  const e = errs.errors.fields;
  const labels: Record<string, string> = {
    kind: t('voice.kind'),
    text: t('voice.text'),
    themeIds: t('voice.themes'),
    roundId: t('voice.round'),
    areaCode: t('voice.area'),
    ageBand: t('voice.ageBand'),
    householdType: t('voice.householdType'),
    consent: t('voice.consent'),
  };
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  const back = d.roundId ? `${VOICE}/rondes/${d.roundId}` : VOICE;
  const submit = (ev: React.FormEvent, another = false) => {
    ev.preventDefault();
    const body = {
      kind: d.kind,
      text: d.text,
      themeIds: d.themeIds,
      roundId: d.roundId || null,
      areaCode: d.areaCode || null,
      ageBand: d.ageBand || null,
      householdType: d.householdType || null,
      consent: d.consent === 'ja' ? true : d.consent === 'nee' ? false : undefined,
    } as unknown as StoryBody;
    if (errs.check(zodIssues(StoryInput, body))) return;
    errs.clear();
    const done = {
      onSuccess: () => {
        if (another) {
          setD((x) => ({ ...x, text: '', themeIds: [], ageBand: '', householdType: '', consent: '' }));
          setSaved(t('voice.storySaved'));
          focusSoon('story-kind');
        } else navigate(back);
      },
      onError: errs.fromApi,
    };
    if (item) update.mutate({ ...body, version: item.version }, done);
    else create.mutate(body, done);
  };
  const title = item ? t('voice.editStoryTitle') : t('voice.addStory');
  const pending = create.isPending || update.isPending;
  const opt = (empty: string) => ['', empty] as const;
  return (
    <>
      <Breadcrumbs items={[{ to: VOICE, label: t('voice.title') }, { label: title }]} />
      <PageTitle title={title}>{title}</PageTitle>
      <Alert type="info">
        <h2 className="utrecht-heading-3">{t('voice.privacyTitle')}</h2>
        <p className="utrecht-paragraph">{t('voice.privacyStory')}</p>
      </Alert>
      <div role="status" className="koers-status-region">
        {saved ? <p className="koers-status-message">✓ {saved}</p> : null}
      </div>
      <form onSubmit={(ev) => submit(ev)} noValidate className="koers-form">
        <ErrorSummary errors={errs.errors} labels={labels} idPrefix="story" level={2} onReload={() => window.location.reload()} />
        <ChoiceGroup
          id="story-kind"
          legend={labels.kind!}
          value={d.kind}
          onChange={(v) => set({ kind: v as typeof d.kind })}
          error={e.kind}
          inline
          options={STORY_KINDS.map((k) => ({ value: k, label: label(STORY_KIND_LABELS, k) }))}
        />
        <TextInput id="story-text" label={labels.text!} value={d.text} onChange={(v) => set({ text: v })} error={e.text} multiline rows={d.kind === 'verhaal' ? 7 : 3} description={t('voice.textHint')} />
        <CheckboxGroup
          id="story-themeIds"
          legend={labels.themeIds!}
          values={d.themeIds}
          onChange={(v) => set({ themeIds: v })}
          error={e.themeIds}
          options={(codes.data?.items ?? []).map((c) => ({ value: c.id, label: c.label }))}
        />
        <SelectInput
          id="story-roundId"
          label={labels.roundId!}
          value={d.roundId}
          onChange={(v) => set({ roundId: v })}
          error={e.roundId}
          optional
          options={[opt(t('voice.noRound')), ...(rounds.data?.items ?? []).map((r) => [r.id, r.title] as const)]}
        />
        <SelectInput
          id="story-areaCode"
          label={labels.areaCode!}
          value={d.areaCode}
          onChange={(v) => set({ areaCode: v })}
          error={e.areaCode}
          optional
          description={t('voice.areaHint')}
          options={[opt(t('voice.unknown')), ...(rounds.data?.areaChoices ?? []).map((a) => [a.code, a.name] as const)]}
        />
        <div className="koers-form-row">
          <SelectInput
            id="story-ageBand"
            label={labels.ageBand!}
            value={d.ageBand}
            onChange={(v) => set({ ageBand: v as typeof d.ageBand })}
            error={e.ageBand}
            optional
            options={[opt(t('voice.unknown')), ...AGE_BANDS.map((b) => [b, label(AGE_BAND_LABELS, b)] as const)]}
          />
          <SelectInput
            id="story-householdType"
            label={labels.householdType!}
            value={d.householdType}
            onChange={(v) => set({ householdType: v as typeof d.householdType })}
            error={e.householdType}
            optional
            options={[opt(t('voice.unknown')), ...HOUSEHOLD_TYPES.map((h) => [h, label(HOUSEHOLD_TYPE_LABELS, h)] as const)]}
          />
        </div>
        <ChoiceGroup
          id="story-consent"
          legend={labels.consent!}
          value={d.consent}
          onChange={(v) => set({ consent: v })}
          error={e.consent}
          description={t('voice.consentHint')}
          options={[
            { value: 'ja', label: t('voice.consentYes') },
            { value: 'nee', label: t('voice.consentNo') },
          ]}
        />
        <div className="koers-actions">
          <Button type="submit" appearance="primary" disabled={pending}>
            {pending ? t('voice.saving') : item ? t('voice.save') : t('voice.saveStory')}
          </Button>
          {!item ? (
            <Button type="button" disabled={pending} onClick={(ev) => submit(ev, true)}>
              {t('voice.saveAndAnother')}
            </Button>
          ) : null}
          <ButtonLink to={back}>{t('voice.cancel')}</ButtonLink>
        </div>
      </form>
    </>
  );
}
