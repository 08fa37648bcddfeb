/** Small building blocks of the Tussen Wal en Schip pages: protected counts, money, bars. */
import type { Count } from '../../shared/cases';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n';

/** Formats money (cents) as euros in the UI language. */
export function useEuro() {
  const { lang } = useI18n();
  const fmt = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 });
  return (cents: number) => fmt.format(cents / 100);
}

/** Parses "1.250,50", "1250.5" or "€ 300" into cents; null when it is no amount. */
export function parseEuro(text: string): number | null {
  let s = text.replace(/[€\s]/g, '');
  if (!s) return 0;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
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
  const width = Math.max(2, Math.round((value / max) * 100));
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
