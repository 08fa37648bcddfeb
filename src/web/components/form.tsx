/**
 * Form building blocks for the steering forms: labelled inputs with inline errors, an error
 * summary that takes focus (the pattern of routes/effort-edit.tsx), an inline delete
 * confirmation, and a polite status region.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { ZodType } from 'zod';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n';
import { Alert, Button, describedBy, FormField } from './ui';

// ---------- errors ----------

export interface FormErrors {
  /** field name → Dutch message */
  fields: Record<string, string>;
  /** messages that belong to no field (conflict, permission, server) */
  general: string[];
  /** counts submit attempts that ended in errors: the summary takes focus on every change */
  attempt: number;
  conflict: boolean;
}

const NO_ERRORS: FormErrors = { fields: {}, general: [], attempt: 0, conflict: false };

/** Maps raw error names ('goalIds.0', 'body.year', '(body)') onto the form's own fields. */
export function assignErrors(raw: [string, string][], known: readonly string[]): Pick<FormErrors, 'fields' | 'general'> {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const [rawName, reason] of raw) {
    const name = rawName.replace(/^(body|querystring|params)\./, '');
    const key = known.includes(name) ? name : known.find((k) => name.startsWith(`${k}.`));
    if (key) fields[key] ??= reason;
    else if (!general.includes(reason)) general.push(reason);
  }
  return { fields, general };
}

/** Issues of a Zod parse as [name, message] pairs. */
export function zodIssues(schema: ZodType, value: unknown): [string, string][] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => [i.path.map(String).join('.') || '(body)', i.message] as [string, string]);
}

export function useFormErrors(known: readonly string[]) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  return {
    errors,
    clear: () => setErrors((e) => ({ ...NO_ERRORS, attempt: e.attempt })),
    /** client-side problems: returns true when there are any (and shows them) */
    check(raw: [string, string][]): boolean {
      if (!raw.length) return false;
      const a = assignErrors(raw, known);
      setErrors((e) => ({ ...a, attempt: e.attempt + 1, conflict: false }));
      return true;
    },
    fromApi(err: unknown) {
      if (err instanceof ApiError) {
        const a = assignErrors(
          err.invalidParams.map((p) => [p.name, p.reason]),
          known,
        );
        const general = err.status === 409 ? [t('form.conflict')] : a.general.length || !Object.keys(a.fields).length ? [err.detail || err.title, ...a.general] : [];
        setErrors((e) => ({ fields: a.fields, general: [...new Set(general)], attempt: e.attempt + 1, conflict: err.status === 409 }));
      } else setErrors((e) => ({ fields: {}, general: [String(err)], attempt: e.attempt + 1, conflict: false }));
    },
  };
}

/** The summary above a form: focused after every failed attempt; each entry links to its field. */
export function ErrorSummary({
  errors,
  labels,
  idPrefix,
  level = 3,
  onReload,
}: {
  errors: FormErrors;
  labels: Record<string, string>;
  idPrefix: string;
  level?: 2 | 3 | 4;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors.fields);
  const has = entries.length > 0 || errors.general.length > 0;
  useEffect(() => {
    if (errors.attempt > 0) ref.current?.focus();
  }, [errors.attempt]);
  if (!has) return null;
  const H = `h${level}` as 'h2' | 'h3' | 'h4';
  return (
    <div ref={ref} tabIndex={-1} className="koers-error-summary" role="alert" aria-labelledby={`${idPrefix}-error-summary-title`}>
      <Alert type="error">
        <H className="utrecht-heading-3" id={`${idPrefix}-error-summary-title`}>
          {entries.length ? t('edit.errorSummary') : t('form.notSaved')}
        </H>
        {errors.general.map((g) => (
          <p className="utrecht-paragraph" key={g}>
            {g}
          </p>
        ))}
        {entries.length ? (
          <ul className="utrecht-unordered-list">
            {entries.map(([key, message]) => (
              <li key={key} className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={`#${idPrefix}-${key}`}>
                  {(labels[key] ?? key).replace(/[?:]$/, '')}: {message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        {errors.conflict && onReload ? <Button onClick={onReload}>{t('edit.reload')}</Button> : null}
      </Alert>
    </div>
  );
}

// ---------- inputs ----------

function Optional({ optional }: { optional?: boolean }) {
  const { t } = useI18n();
  return optional ? <span className="koers-optional"> ({t('form.optional')})</span> : null;
}

export function TextInput({
  id,
  label,
  value,
  onChange,
  error,
  description,
  optional,
  multiline,
  rows = 3,
  type = 'text',
  inputMode,
  width,
  autoComplete,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  description?: ReactNode;
  optional?: boolean;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date';
  inputMode?: 'decimal' | 'numeric' | 'text';
  width?: 'short' | 'medium';
  autoComplete?: string;
}) {
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, { description: !!description, error: !!error }),
  } as const;
  return (
    <FormField
      id={id}
      label={
        <>
          {label}
          <Optional optional={optional} />
        </>
      }
      description={description}
      error={error}
    >
      {multiline ? (
        <textarea
          {...common}
          rows={rows}
          className={`utrecht-textarea koers-textarea ${error ? 'utrecht-textarea--invalid' : ''}`}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? 'off'}
          className={`utrecht-textbox utrecht-textbox--html-input ${error ? 'utrecht-textbox--invalid' : ''} ${width ? `koers-input--${width}` : ''}`}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

export function SelectInput({
  id,
  label,
  value,
  onChange,
  options,
  error,
  description,
  optional,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: readonly (readonly [string, string])[];
  error?: string;
  description?: ReactNode;
  optional?: boolean;
}) {
  return (
    <FormField
      id={id}
      label={
        <>
          {label}
          <Optional optional={optional} />
        </>
      }
      description={description}
      error={error}
    >
      <select
        id={id}
        className={`utrecht-select utrecht-select--html-select koers-select ${error ? 'utrecht-select--invalid' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { description: !!description, error: !!error })}
      >
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** Radio buttons in a fieldset; the first radio carries `id`, so the error summary can link to it. */
export function ChoiceGroup({
  id,
  legend,
  value,
  onChange,
  options,
  error,
  description,
  inline,
}: {
  id: string;
  legend: string;
  value: string;
  onChange: (v: string) => void;
  options: readonly { value: string; label: string; hint?: string }[];
  error?: string;
  description?: ReactNode;
  inline?: boolean;
}) {
  return (
    <fieldset
      className={`utrecht-form-fieldset koers-choice ${error ? 'koers-choice--invalid' : ''}`}
      aria-describedby={describedBy(id, { description: !!description, error: !!error })}
    >
      <legend className="utrecht-form-fieldset__legend koers-choice__legend">{legend}</legend>
      {description ? (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message koers-field-error" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
      <div className={inline ? 'koers-choice__options koers-choice__options--inline' : 'koers-choice__options'}>
        {options.map((o, i) => (
          <div key={o.value} className="koers-choice__option">
            <label className="koers-radio">
              <input
                type="radio"
                id={i === 0 ? id : `${id}-${o.value}`}
                name={id}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
              />
              {o.label}
            </label>
            {o.hint ? (
              <div className="koers-choice__hint" id={`${id}-${o.value}-hint`}>
                {o.hint}
              </div>
            ) : null}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function CheckboxGroup({
  id,
  legend,
  values,
  onChange,
  options,
  error,
  optional,
}: {
  id: string;
  legend: string;
  values: string[];
  onChange: (v: string[]) => void;
  options: readonly { value: string; label: string }[];
  error?: string;
  optional?: boolean;
}) {
  return (
    <fieldset className="utrecht-form-fieldset koers-choice" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="utrecht-form-fieldset__legend koers-choice__legend">
        {legend}
        <Optional optional={optional} />
      </legend>
      {error ? (
        <div className="utrecht-form-field-error-message koers-field-error" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
      <div className="koers-choice__options koers-choice__options--columns">
        {options.map((o, i) => (
          <label className="koers-checkbox" key={o.value}>
            <input
              type="checkbox"
              id={i === 0 ? id : `${id}-${o.value}`}
              checked={values.includes(o.value)}
              onChange={() => onChange(values.includes(o.value) ? values.filter((v) => v !== o.value) : [...values, o.value])}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

// ---------- actions and feedback ----------

let focusRequest = 0;
/**
 * Moves focus to an element once it exists (after a re-render or a refetch). A newer request
 * cancels an older one that is still waiting, so a late element never steals focus back.
 */
export function focusSoon(id: string) {
  const request = ++focusRequest;
  let tries = 0;
  const tick = () => {
    if (request !== focusRequest) return;
    const el = document.getElementById(id);
    if (el) el.focus();
    else if (tries++ < 40) window.setTimeout(tick, 50);
  };
  window.setTimeout(tick, 0);
}

/**
 * A button with an inline "Weet u het zeker?" step (no window.confirm): the question takes focus,
 * "no" returns focus to the button, a refusal from the server is shown in place. `what` names the
 * record for screen readers.
 */
export function ConfirmAction({
  id,
  buttonId = id,
  what,
  label,
  question,
  yes,
  no,
  busyLabel,
  appearance,
  onConfirm,
}: {
  id: string;
  buttonId?: string;
  what: string;
  label: string;
  question: string;
  yes: string;
  no: string;
  busyLabel: string;
  appearance?: 'secondary';
  onConfirm: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [asking]);
  if (!asking) {
    return (
      <Button ref={buttonRef} appearance={appearance} className="koers-button--danger" onClick={() => setAsking(true)} id={buttonId}>
        {label}
        <span className="koers-visually-hidden"> “{what}”</span>
      </Button>
    );
  }
  return (
    <div className="koers-confirm" role="group" aria-labelledby={`${id}-question`}>
      <p className="utrecht-paragraph koers-confirm__question" id={`${id}-question`} tabIndex={-1} ref={questionRef}>
        <strong>{t('form.confirmTitle')}</strong> {question}
      </p>
      {error ? (
        <p className="koers-field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="koers-actions">
        <Button
          appearance="primary"
          className="koers-button--danger-primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setError(null);
            onConfirm().then(
              () => setBusy(false),
              (err: unknown) => {
                setBusy(false);
                setError(err instanceof ApiError ? (err.status === 409 ? t('form.conflict') : err.invalidParams[0]?.reason || err.detail || err.title) : String(err));
              },
            );
          }}
        >
          {busy ? busyLabel : yes}
        </Button>
        <Button
          onClick={() => {
            returnFocus.current = true;
            setError(null);
            setAsking(false);
          }}
        >
          {no}
        </Button>
      </div>
    </div>
  );
}

/** "Verwijderen" with the inline confirmation of ConfirmAction. */
export function DeleteAction({ id, what, onDelete }: { id: string; what: string; onDelete: () => Promise<unknown> }) {
  const { t } = useI18n();
  return (
    <ConfirmAction
      id={id}
      buttonId={`${id}-delete`}
      appearance="secondary"
      what={what}
      label={t('form.delete')}
      question={t('form.confirmText', { what })}
      yes={t('form.confirmYes')}
      no={t('form.confirmNo')}
      busyLabel={t('form.deleting')}
      onConfirm={onDelete}
    />
  );
}

/** A polite live region that exists before its message does, so screen readers announce "Opgeslagen.". */
export function StatusRegion({ message }: { message: string }) {
  return (
    <div role="status" className="koers-status-region">
      {message ? (
        <p className="koers-status-message">
          <span aria-hidden="true">✓ </span>
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** Today as yyyy-mm-dd in the user's time zone. */
export function todayIso() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
