import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { FORM_FIELDS, type FormFieldKey } from '../shared/form-fields';
import { en } from '../shared/i18n/en';
import { type MessageKey, nl } from '../shared/i18n/nl';
import { ROLE_LABELS, type Role } from '../shared/roles';

export type Lang = 'nl' | 'en';
const catalogues: Record<Lang, Record<MessageKey, string>> = { nl, en };
const STORAGE_KEY = 'koers.lang';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  fieldLabel(key: FormFieldKey | string): string;
  roleLabel(role: Role | string): string;
  formatDateTime(iso: string): string;
  formatNumber(n: number): string;
  /** an ISO date (yyyy-mm-dd) as "12 maart 2026", or "12 mrt 2026" when short */
  formatDate(iso: string | null | undefined, style?: 'long' | 'short'): string;
  /** the label of an enum value from a shared label table (src/shared/steering.ts) */
  label<T extends string>(labels: Record<T, { nl: string; en: string }>, value: T): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      /* private mode */
    }
  }, []);
  const value = useMemo<I18n>(() => {
    const cat = catalogues[lang];
    const t = (key: MessageKey, vars?: Record<string, string | number>) =>
      cat[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`));
    const fmt = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
    const num = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB');
    const day = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
    const dayShort = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      lang,
      setLang,
      t,
      fieldLabel: (key) => {
        const f = FORM_FIELDS.find((x) => x.key === key);
        if (f) return f[lang];
        if (key === 'name' || key === 'projectName' || key === 'principles' || key === 'goals') return t(`field.${key}` as MessageKey);
        return key;
      },
      roleLabel: (role) => ROLE_LABELS[role as Role]?.[lang] ?? role,
      formatDateTime: (iso) => fmt.format(new Date(iso)),
      formatNumber: (n) => num.format(n),
      formatDate: (iso, style = 'long') => {
        if (!iso) return '';
        const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
        return Number.isNaN(d.getTime()) ? iso : (style === 'short' ? dayShort : day).format(d);
      },
      label: (labels, value) => labels[value]?.[lang] ?? String(value),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
