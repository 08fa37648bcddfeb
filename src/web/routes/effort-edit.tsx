import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useBlocker, useNavigate, useParams } from 'react-router';
import type { EffortDetail, EffortPatch } from '../../shared/api';
import { FORM_FIELDS, type FieldState, type FormFieldKey } from '../../shared/form-fields';
import { findPersonalData } from '../../shared/personal-data';
import { ApiError } from '../api/client';
import { useEffort, useGoals, usePrinciples, useUpdateEffort } from '../api/hooks';
import { Alert, Breadcrumbs, Button, ButtonLink, ErrorView, FormField, Loading, PageTitle, describedBy } from '../components/ui';
import { useI18n } from '../i18n';

interface Draft {
  name: string;
  projectName: string;
  fields: Record<FormFieldKey, { state: FieldState; value: string }>;
  principleIds: string[];
  goalIds: string[];
}

function draftFrom(d: EffortDetail): Draft {
  return {
    name: d.effort.name,
    projectName: d.effort.projectName ?? '',
    fields: Object.fromEntries(d.fields.map((f) => [f.key, { state: f.state, value: f.value }])) as Draft['fields'],
    principleIds: d.principles.map((p) => p.id),
    goalIds: d.goals.map((g) => g.id),
  };
}

function patchFrom(original: Draft, draft: Draft, version: number): EffortPatch {
  const patch: EffortPatch = { version };
  if (draft.name !== original.name) patch.name = draft.name;
  if (draft.projectName !== original.projectName) patch.projectName = draft.projectName || null;
  const fields: NonNullable<EffortPatch['fields']> = {};
  for (const { key } of FORM_FIELDS) {
    const a = original.fields[key];
    const b = draft.fields[key];
    if (!a || !b) continue;
    if (a.state !== b.state || (b.state === 'filled' && a.value !== b.value)) {
      fields[key] = b.state === 'filled' ? { state: 'filled', value: b.value } : { state: b.state };
    }
  }
  if (Object.keys(fields).length) patch.fields = fields;
  const same = (x: string[], y: string[]) => [...x].sort().join() === [...y].sort().join();
  if (!same(original.principleIds, draft.principleIds)) patch.principleIds = draft.principleIds;
  if (!same(original.goalIds, draft.goalIds)) patch.goalIds = draft.goalIds;
  return patch;
}

export function EffortEditPage() {
  const { id = '' } = useParams();
  const q = useEffort(id);
  if (q.isError) return <ErrorView error={q.error} />;
  if (!q.data) return <Loading />;
  return <EffortEditForm key={`${q.data.effort.id}-${q.data.effort.version}`} detail={q.data} onReload={() => void q.refetch()} />;
}

function EffortEditForm({ detail, onReload }: { detail: EffortDetail; onReload: () => void }) {
  const { t, fieldLabel } = useI18n();
  const navigate = useNavigate();
  const principles = usePrinciples();
  const goals = useGoals();
  const update = useUpdateEffort(detail.effort.id);
  const original = useMemo(() => draftFrom(detail), [detail]);
  const [draft, setDraft] = useState<Draft>(original);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<{ text: string; conflict: boolean } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(original);
  const leaving = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (blocker.state === 'blocked') {
      if (window.confirm(t('edit.unsaved'))) blocker.proceed();
      else blocker.reset();
    }
  }, [blocker, t]);
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  useEffect(() => {
    if (Object.keys(errors).length || formError) summaryRef.current?.focus();
  }, [errors, formError]);

  if (!detail.abilities.edit) return <ErrorView error={new ApiError(403, t('error.forbidden'), t('edit.forbidden'), 'forbidden')} />;

  const title = `${detail.effort.code} ${detail.effort.name}`;
  const setField = (key: FormFieldKey, next: Partial<{ state: FieldState; value: string }>) =>
    setDraft((d) => ({ ...d, fields: { ...d.fields, [key]: { ...d.fields[key], ...next } } }));
  const toggle = (list: 'principleIds' | 'goalIds', value: string) =>
    setDraft((d) => ({ ...d, [list]: d[list].includes(value) ? d[list].filter((x) => x !== value) : [...d[list], value] }));

  const validate = (): Record<string, string> => {
    const e: Record<string, string> = {};
    if (draft.name.trim().length < 3) e.name = 'De naam moet minstens 3 tekens hebben.';
    for (const { key } of FORM_FIELDS) {
      const f = draft.fields[key];
      if (f.state !== 'filled') continue;
      if (!f.value.trim()) e[`fields.${key}.value`] = t('edit.needText');
      else {
        const hit = findPersonalData(f.value);
        if (hit) e[`fields.${key}.value`] = hit.message;
      }
    }
    return e;
  };

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    setFormError(null);
    const clientErrors = validate();
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length) return;
    const patch = patchFrom(original, draft, detail.effort.version);
    update.mutate(patch, {
      onSuccess: (saved) => {
        leaving.current = true;
        navigate(`/inspanningen/${saved.effort.id}`, { state: { saved: true } });
      },
      onError: (err) => {
        if (err instanceof ApiError) {
          const fe = err.fieldErrors();
          const mapped: Record<string, string> = {};
          for (const [k, v] of Object.entries(fe)) mapped[k.replace(/^fields\.(\w+)$/, 'fields.$1.value')] = v;
          setErrors(mapped);
          setFormError({ text: err.status === 409 ? t('edit.conflict') : err.detail || err.title, conflict: err.status === 409 });
        } else setFormError({ text: String(err), conflict: false });
      },
    });
  };

  const errorEntries = Object.entries(errors);
  const anchorFor = (key: string) => (key.startsWith('fields.') ? `field-${key.split('.')[1]}` : key === 'name' ? 'edit-name' : key === 'projectName' ? 'edit-projectName' : 'edit-name');
  const labelFor = (key: string) => (key.startsWith('fields.') ? fieldLabel(key.split('.')[1]!) : fieldLabel(key));

  return (
    <>
      <Breadcrumbs
        items={[
          { to: '/', label: t('nav.programme') },
          { to: `/inspanningen/${detail.effort.id}`, label: title },
          { label: t('effort.edit') },
        ]}
      />
      <PageTitle title={t('edit.title', { name: title })}>{t('edit.title', { name: title })}</PageTitle>
      {errorEntries.length || formError ? (
        <div ref={summaryRef} tabIndex={-1} className="koers-error-summary" role="alert" aria-labelledby="error-summary-title">
          <Alert type="error">
            <h2 className="utrecht-heading-3" id="error-summary-title">
              {t('edit.errorSummary')}
            </h2>
            {formError ? <p className="utrecht-paragraph">{formError.text}</p> : null}
            {errorEntries.length ? (
              <ul className="utrecht-unordered-list">
                {errorEntries.map(([key, message]) => (
                  <li key={key} className="utrecht-unordered-list__item">
                    <a className="utrecht-link" href={`#${anchorFor(key)}`}>
                      {labelFor(key)}: {message}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {formError?.conflict ? <Button onClick={onReload}>{t('edit.reload')}</Button> : null}
          </Alert>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate className="koers-edit-form">
        <FormField id="edit-name" label={t('edit.name')} error={errors.name}>
          <input
            id="edit-name"
            className={`utrecht-textbox utrecht-textbox--html-input ${errors.name ? 'utrecht-textbox--invalid' : ''}`}
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy('edit-name', { error: !!errors.name })}
          />
        </FormField>
        <FormField id="edit-projectName" label={t('edit.projectName')} error={errors.projectName}>
          <input
            id="edit-projectName"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={draft.projectName}
            onChange={(e) => setDraft({ ...draft, projectName: e.target.value })}
            aria-invalid={errors.projectName ? true : undefined}
            aria-describedby={describedBy('edit-projectName', { error: !!errors.projectName })}
          />
        </FormField>
        {FORM_FIELDS.map(({ key }) => {
          const f = draft.fields[key];
          const label = fieldLabel(key);
          const err = errors[`fields.${key}.value`] ?? errors[`fields.${key}`];
          const textId = `field-${key}`;
          return (
            <fieldset className="utrecht-form-fieldset koers-field-edit" key={key}>
              <legend className="utrecht-form-fieldset__legend koers-field-edit__legend">{label}</legend>
              <div className="koers-state-choice" role="radiogroup" aria-label={t('edit.state', { field: label })}>
                {(['filled', 'ntb', 'empty'] as const).map((state) => (
                  <label key={state} className="koers-radio">
                    <input
                      type="radio"
                      name={`state-${key}`}
                      value={state}
                      checked={f.state === state}
                      onChange={() => setField(key, { state })}
                    />
                    {t(state === 'filled' ? 'edit.filled' : state === 'ntb' ? 'edit.ntb' : 'edit.empty')}
                  </label>
                ))}
              </div>
              {f.state === 'filled' ? (
                <FormField id={textId} label={<span className="koers-visually-hidden">{t('edit.text', { field: label })}</span>} description={t('edit.textHint')} error={err}>
                  <textarea
                    id={textId}
                    className={`utrecht-textarea koers-textarea ${err ? 'utrecht-textarea--invalid' : ''}`}
                    rows={Math.min(14, Math.max(3, f.value.split('\n').length + 1))}
                    value={f.value}
                    onChange={(e) => setField(key, { value: e.target.value })}
                    aria-invalid={err ? true : undefined}
                    aria-describedby={describedBy(textId, { description: true, error: !!err })}
                  />
                </FormField>
              ) : null}
            </fieldset>
          );
        })}
        <fieldset className="utrecht-form-fieldset koers-field-edit">
          <legend className="utrecht-form-fieldset__legend koers-field-edit__legend">{t('edit.links')}</legend>
          <div className="koers-checkbox-columns">
            <div>
              <h2 className="utrecht-heading-4">{t('effort.principles')}</h2>
              {principles.data?.items.map((p) => (
                <label key={p.id} className="koers-checkbox">
                  <input type="checkbox" checked={draft.principleIds.includes(p.id)} onChange={() => toggle('principleIds', p.id)} />
                  {p.name}
                </label>
              ))}
            </div>
            <div>
              <h2 className="utrecht-heading-4">{t('effort.goals')}</h2>
              {goals.data?.items.map((g) => (
                <label key={g.id} className="koers-checkbox">
                  <input type="checkbox" checked={draft.goalIds.includes(g.id)} onChange={() => toggle('goalIds', g.id)} />
                  {g.name}
                </label>
              ))}
            </div>
          </div>
        </fieldset>
        <div className="koers-form-actions">
          <Button type="submit" appearance="primary" disabled={update.isPending}>
            {update.isPending ? t('edit.saving') : t('edit.save')}
          </Button>
          <ButtonLink to={`/inspanningen/${detail.effort.id}`}>{t('edit.cancel')}</ButtonLink>
        </div>
      </form>
    </>
  );
}
