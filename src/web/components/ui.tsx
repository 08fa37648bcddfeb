import { type ReactNode, useEffect, useRef } from 'react';
import { Link as RouterLink, type LinkProps } from 'react-router';
import { useI18n } from '../i18n';
import { ApiError } from '../api/client';

/** NL Design System (Utrecht) class names rendered by small typed components; see docs/decisions/0001. */

export function Link({ className = '', ...props }: LinkProps) {
  return <RouterLink className={`utrecht-link ${className}`} {...props} />;
}

export function Button({
  appearance = 'secondary',
  className = '',
  ...props
}: React.ComponentPropsWithRef<'button'> & { appearance?: 'primary' | 'secondary' | 'subtle' }) {
  const look = appearance === 'primary' ? 'utrecht-button--primary-action' : appearance === 'subtle' ? 'utrecht-button--subtle' : 'utrecht-button--secondary-action';
  return <button type="button" className={`utrecht-button ${look} ${className}`} {...props} />;
}

export function ButtonLink({ appearance = 'secondary', className = '', ...props }: LinkProps & { appearance?: 'primary' | 'secondary' }) {
  const look = appearance === 'primary' ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action';
  return <RouterLink className={`utrecht-button ${look} koers-button-link ${className}`} {...props} />;
}

/** Set once the user has navigated inside the app (see Layout); a full page load leaves focus alone so the first Tab reaches the skip link. */
export const clientNavigation = { happened: false };

/** The page's h1: sets document.title and receives focus after client-side navigation. */
export function PageTitle({ children, title, pre }: { children: ReactNode; title: string; pre?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Koers`;
  }, [title]);
  useEffect(() => {
    if (clientNavigation.happened) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="koers-page-title">
      {pre ? <p className="koers-pre-heading">{pre}</p> : null}
      <h1 className="utrecht-heading-1" tabIndex={-1} ref={ref}>
        {children}
      </h1>
    </div>
  );
}

export function Alert({ type = 'info', children, role }: { type?: 'info' | 'ok' | 'warning' | 'error'; children: ReactNode; role?: 'alert' | 'status' }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type} koers-alert koers-alert--${type}`} role={role}>
      <div className="utrecht-alert__content">{children}</div>
    </div>
  );
}

export type BadgeTone = 'ntb' | 'empty' | 'ok' | 'demo' | 'neutral' | 'warn' | 'error' | 'info';
export function StatusBadge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`utrecht-badge-status koers-badge koers-badge--${tone}`}>{children}</span>;
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="koers-loading" role="status">
      {t('app.loading')}
    </p>
  );
}

export function ErrorView({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.status === 404) return <NotFound />;
  if (error instanceof ApiError && error.status === 403) {
    return (
      <>
        <PageTitle title={t('error.forbidden')}>{t('error.forbidden')}</PageTitle>
        <p className="utrecht-paragraph">{t('error.forbiddenText')}</p>
        <p className="utrecht-paragraph">
          <Link to="/">{t('error.toHome')}</Link>
        </p>
      </>
    );
  }
  return (
    <Alert type="error" role="alert">
      <h2 className="utrecht-heading-3">{error instanceof ApiError ? error.title : t('error.title')}</h2>
      <p className="utrecht-paragraph">{error instanceof ApiError ? error.detail : String(error)}</p>
    </Alert>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t('error.notFound')}>{t('error.notFound')}</PageTitle>
      <p className="utrecht-paragraph">{t('error.notFoundText')}</p>
      <p className="utrecht-paragraph">
        <Link to="/">{t('error.toHome')}</Link>
      </p>
    </>
  );
}

/** Form text: "\n" separates paragraphs, lines starting with "- " become a list. */
export function RichText({ text }: { text: string }) {
  const blocks: ReactNode[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) {
      blocks.push(
        <ul className="utrecht-unordered-list" key={`l${blocks.length}`}>
          {list.map((item, i) => (
            <li className="utrecht-unordered-list__item" key={i}>
              {item}
            </li>
          ))}
        </ul>,
      );
      list = [];
    }
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('- ')) list.push(line.slice(2));
    else if (line.trim()) {
      flush();
      blocks.push(
        <p className="utrecht-paragraph" key={`p${blocks.length}`}>
          {line}
        </p>,
      );
    }
  }
  flush();
  return <div className="koers-rich-text">{blocks}</div>;
}

export interface Crumb {
  to?: string;
  label: string;
}
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('app.breadcrumb')} className="utrecht-breadcrumb-nav koers-breadcrumb">
      <ol className="utrecht-breadcrumb-nav__list">
        {items.map((c, i) => (
          <li className="utrecht-breadcrumb-nav__item" key={i}>
            {c.to && i < items.length - 1 ? (
              <RouterLink className="utrecht-breadcrumb-nav__link utrecht-link" to={c.to}>
                {c.label}
              </RouterLink>
            ) : (
              <span aria-current={i === items.length - 1 ? 'page' : undefined}>{c.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function FormField({
  id,
  label,
  description,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`utrecht-form-field koers-form-field ${error ? 'utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
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
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** A table with a caption in a keyboard-reachable, horizontally scrolling region named by that caption. */
export function ScrollTable({ id, caption, className = '', children }: { id: string; caption: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className="koers-table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className={`utrecht-table koers-table ${className}`.trim()}>
        <caption id={`${id}-caption`} className="koers-caption">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function describedBy(id: string, opts: { description?: boolean; error?: boolean }) {
  const ids = [opts.description ? `${id}-description` : null, opts.error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
