/** Small building blocks of the Tussen Wal en Schip pages: protected counts, money, bars, notes, the knelpunt editor. */
import type { ReactNode } from 'react';
import {
  BLOCKER_TYPE_LABELS,
  BLOCKER_TYPES,
  CONFERENCE_KIND_LABELS,
  type ConferenceKind,
  type Count,
  KNELPUNT_KIND_LABELS,
  KNELPUNT_KINDS,
  SIGNAL_PHASE,
  SIGNAL_STATUS_LABELS,
  type SignalStatus,
} from '../../shared/cases';
import { ApiError } from '../api/client';
import { useSession } from '../api/hooks';
import { useI18n } from '../i18n';
import { ConfirmAction as GenericConfirmAction, focusSoon, SelectInput, TextInput } from './form';
import { Alert, Button, StatusBadge } from './ui';

/** Formats money (cents) as euros in the UI language. */
export function useEuro() {
  const { lang } = useI18n();
  const fmt = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 });
  return (cents: number) => fmt.format(cents / 100);
}

/** Parses "1.250,50", "150.000", "1250.5" or "€ 300" into cents; null when it is no amount. */
export function parseEuro(text: string): number | null {
  let s = text.replace(/[€\s]/g, '');
  if (!s) return 0;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  // "150.000" and "1.250.000": dots as thousands separators (Dutch), not a decimal point
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  return Math.round(Number(s) * 100);
}

export function centsToText(cents: number) {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2).replace('.', ',');
}

/** A protected count: a number, "< 5", or withheld (null), always in words as well as in figures. */
export function CountText({ count }: { count: Count }) {
  const { t, formatNumber } = useI18n();
  if (count === null) return <span className="koers-count koers-count--withheld">{t('caseStats.withheld')}</span>;
  if (count === '< 5') return <span className="koers-count koers-count--small">{t('caseStats.lessThanFive')}</span>;
  return <>{formatNumber(count)}</>;
}

/** Money that may be withheld (null) for roles without exact figures. */
export function MoneyText({ cents }: { cents: number | null }) {
  const { t } = useI18n();
  const euro = useEuro();
  if (cents === null) return <span className="koers-count koers-count--withheld">{t('caseStats.withheld')}</span>;
  return <>{euro(cents)}</>;
}

/** A decorative bar (the figure is in the same table cell as text); "< 5" and withheld get no bar. */
export function Bar({ value, max }: { value: Count; max: number }) {
  if (typeof value !== 'number' || max <= 0) return null;
  // a zero gets the track only, so an empty row never looks like a small one
  const width = value === 0 ? 0 : Math.max(2, Math.round((value / max) * 100));
  return (
    <svg className="koers-bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="100" height="12" className="koers-bar__track" />
      <rect x="0" y="0" width={width} height="12" className="koers-bar__value" />
    </svg>
  );
}

/**
 * Inside the case forms the field "summary" is called "problem" (ids, error keys), so it can never
 * clash with the error summary's ids; these map the names the API and the schema use.
 */
export function renameSummaryIssues(issues: [string, string][]): [string, string][] {
  return issues.map(([name, reason]) => [name.replace(/^(body\.)?summary$/, 'problem'), reason]);
}
export function renameSummaryError(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  return new ApiError(err.status, err.title, err.detail, err.code, err.invalidParams.map((p) => ({ ...p, name: p.name.replace(/^(body\.)?summary$/, 'problem') })));
}

// ---------- notes shown on every aggregate page ----------

/** Says why "< 5" and withheld figures appear; shown whenever the figures are not exact. */
export function PrivacyNote({ exact, method }: { exact: boolean; method?: 'dashboard' | 'budget' | 'learning' }) {
  const { t } = useI18n();
  if (exact) {
    return (
      <Alert type="info">
        <p className="utrecht-paragraph">{t('caseStats.exactNote')}</p>
      </Alert>
    );
  }
  return (
    <Alert type="info">
      <h2 className="utrecht-heading-3">{t('caseStats.privacyTitle')}</h2>
      <p className="utrecht-paragraph">{t('caseStats.privacyText')}</p>
      {/* the server sends the same rule in Dutch (`method`) for API users; the UI shows it in the chosen language */}
      {method ? <p className="utrecht-paragraph">{t(`caseStats.method.${method}`)}</p> : null}
    </Alert>
  );
}

export function DemoNote() {
  const { t } = useI18n();
  const session = useSession().data;
  if (!session?.user.isDemo) return null;
  return (
    <p className="utrecht-paragraph">
      <StatusBadge tone="demo">{t('app.demoData')}</StatusBadge> {t('caseStats.demoText')}
    </p>
  );
}

// ---------- knelpunten in a form (registering a case, changing its knelpunten) ----------

export interface KnelpuntDraft {
  key: number;
  /** the id of a saved knelpunt: sent back, so the knelpunt is changed in place and keeps its system signal */
  id?: string;
  route: string;
  blocker: string;
  blockerType: string;
  kind: string;
  explanation: string;
}
export const KNELPUNT_FIELDS = ['route', 'blocker', 'blockerType', 'kind', 'explanation'] as const;

/** Error-summary labels of the knelpunt fields: "Knelpunt 2, geprobeerde route". */
export function knelpuntLabels(t: ReturnType<typeof useI18n>['t'], count: number): Record<string, string> {
  const labels: Record<string, string> = {};
  const names = { route: 'case.route', blocker: 'case.blocker', blockerType: 'case.blockerType', kind: 'case.kind', explanation: 'case.explanation' } as const;
  for (let i = 0; i < count; i++) {
    for (const f of KNELPUNT_FIELDS) labels[`knelpunten.${i}.${f}`] = `${t('caseNew.knelpuntN', { n: i + 1 })}, ${t(names[f]).toLowerCase()}`;
  }
  return labels;
}
export const knelpuntErrorKeys = (count: number) => Array.from({ length: count }, (_, i) => KNELPUNT_FIELDS.map((f) => `knelpunten.${i}.${f}`)).flat();

/** The knelpunt groups with "Knelpunt toevoegen" and a remove button per knelpunt; ids are `${idPrefix}-knelpunten.${i}.${field}`. */
export function KnelpuntenEditor({
  idPrefix,
  items,
  onChange,
  errors,
  nextKey,
  legend,
  hint,
}: {
  idPrefix: string;
  items: KnelpuntDraft[];
  onChange: (items: KnelpuntDraft[]) => void;
  errors: Record<string, string>;
  nextKey: { current: number };
  legend: string;
  hint: ReactNode;
}) {
  const { t, label } = useI18n();
  const choose = (opts: readonly (readonly [string, string])[]) => [['', t('caseNew.choose')] as const, ...opts];
  const set = (key: number, field: (typeof KNELPUNT_FIELDS)[number]) => (value: string) => onChange(items.map((k) => (k.key === key ? { ...k, [field]: value } : k)));
  const add = () => {
    const key = nextKey.current++;
    onChange([...items, { key, route: '', blocker: '', blockerType: '', kind: '', explanation: '' }]);
    focusSoon(`${idPrefix}-knelpunten.${items.length}.route`);
  };
  const remove = (key: number) => {
    onChange(items.filter((k) => k.key !== key));
    focusSoon(`${idPrefix}-knelpunt-add`);
  };
  return (
    <fieldset className="utrecht-form-fieldset koers-fieldset">
      <legend className="utrecht-form-fieldset__legend koers-choice__legend">{legend}</legend>
      <p className="utrecht-form-field-description">{hint}</p>
      {errors.knelpunten ? (
        <p className="koers-field-error" id={`${idPrefix}-knelpunten`} tabIndex={-1}>
          {errors.knelpunten}
        </p>
      ) : null}
      {items.map((k, i) => {
        const kid = (f: string) => `${idPrefix}-knelpunten.${i}.${f}`;
        const ke = (f: string) => errors[`knelpunten.${i}.${f}`];
        return (
          <fieldset key={k.key} className="utrecht-form-fieldset koers-fieldset koers-knelpunt-group">
            <legend className="utrecht-form-fieldset__legend koers-choice__legend">{t('caseNew.knelpuntN', { n: i + 1 })}</legend>
            <TextInput id={kid('route')} label={t('case.route')} value={k.route} onChange={set(k.key, 'route')} error={ke('route')} description={t('caseNew.routeHint')} />
            <TextInput id={kid('blocker')} label={t('case.blocker')} value={k.blocker} onChange={set(k.key, 'blocker')} error={ke('blocker')} description={t('caseNew.blockerHint')} />
            <SelectInput
              id={kid('blockerType')}
              label={t('case.blockerType')}
              value={k.blockerType}
              onChange={set(k.key, 'blockerType')}
              error={ke('blockerType')}
              options={choose(BLOCKER_TYPES.map((b) => [b, label(BLOCKER_TYPE_LABELS, b)] as const))}
            />
            <SelectInput
              id={kid('kind')}
              label={t('case.kind')}
              value={k.kind}
              onChange={set(k.key, 'kind')}
              error={ke('kind')}
              options={choose(KNELPUNT_KINDS.map((b) => [b, label(KNELPUNT_KIND_LABELS, b)] as const))}
            />
            <TextInput id={kid('explanation')} label={t('case.explanation')} value={k.explanation} onChange={set(k.key, 'explanation')} error={ke('explanation')} multiline optional />
            <Button className="koers-button--danger" onClick={() => remove(k.key)}>
              {t('caseNew.removeKnelpunt', { n: i + 1 })}
            </Button>
          </fieldset>
        );
      })}
      <Button id={`${idPrefix}-knelpunt-add`} onClick={add} disabled={items.length >= 30}>
        {t('caseNew.addKnelpunt')}
      </Button>
    </fieldset>
  );
}

/** The status of a system signal as a badge: done green, stuck red, on its way blue. */
export function SignalStatusBadge({ status }: { status: SignalStatus }) {
  const { label } = useI18n();
  const phase = SIGNAL_PHASE[status];
  return <StatusBadge tone={phase === 'done' ? 'ok' : phase === 'stuck' ? 'error' : 'info'}>{label(SIGNAL_STATUS_LABELS, status)}</StatusBadge>;
}

/** "12 maart 2026, casuïstiekoverleg" */
export function useConferenceName() {
  const { t, label, formatDate } = useI18n();
  return (c: { date: string; kind: ConferenceKind }) => t('conference.name', { kind: label(CONFERENCE_KIND_LABELS, c.kind), date: formatDate(c.date) });
}

/** Problem+json of the API as a message for one line (conflicts, not-allowed transitions). */
export function apiMessage(err: unknown): string {
  if (err instanceof ApiError) return err.invalidParams[0]?.reason || err.detail || err.title;
  return String(err);
}

/** ConfirmAction (form.tsx) with the casework's texts: for actions that take something away but are no deletion. */
export function ConfirmAction(props: { id: string; label: string; what: string; question: string; yes: string; onConfirm: () => Promise<unknown> }) {
  const { t } = useI18n();
  return <GenericConfirmAction {...props} no={t('confirm.no')} busyLabel={t('case.saving')} />;
}
