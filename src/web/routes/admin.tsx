import { useState } from 'react';
import type { MessageKey } from '../../shared/i18n/nl';
import { useAudit, useSession, useUsers } from '../api/hooks';
import { ApiError } from '../api/client';
import { Button, ErrorView, Link, Loading, PageTitle } from '../components/ui';
import { useI18n } from '../i18n';
import { ChangeView } from './effort-history';

function AuditRows({ before, isLast, onMore }: { before?: number; isLast: boolean; onMore: (next: number) => void }) {
  const { t, fieldLabel, formatDateTime } = useI18n();
  const q = useAudit(before);
  if (q.isError) return <tbody><tr><td colSpan={4}><ErrorView error={q.error} /></td></tr></tbody>;
  if (!q.data) return <tbody><tr><td colSpan={4}><Loading /></td></tr></tbody>;
  return (
    <tbody className="utrecht-table__body">
      {q.data.items.map((r) => (
        <tr className="utrecht-table__row" key={r.id}>
          <td className="utrecht-table__cell koers-nowrap">
            <time dateTime={r.at}>{formatDateTime(r.at)}</time>
          </td>
          <td className="utrecht-table__cell">{r.actor}</td>
          <td className="utrecht-table__cell">
            {r.entityType === 'effort' ? <Link to={`/inspanningen/${r.entityId}`}>{r.entityLabel}</Link> : r.entityLabel}
            <br />
            <span className="koers-muted">
              {r.field ? `${fieldLabel(r.field)} ` : ''}
              {t(`audit.action.${r.action}` as MessageKey)}
            </span>
          </td>
          <td className="utrecht-table__cell">
            <ChangeView entry={r} />
          </td>
        </tr>
      ))}
      {isLast && q.data.nextBefore ? (
        <tr className="utrecht-table__row">
          <td className="utrecht-table__cell" colSpan={4}>
            <Button onClick={() => onMore(q.data!.nextBefore!)}>{t('audit.older')}</Button>
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

export function AuditPage() {
  const { t } = useI18n();
  const session = useSession().data;
  const [pages, setPages] = useState<(number | undefined)[]>([undefined]);
  if (!session?.abilities.readAudit) return <ErrorView error={new ApiError(403, '', '', 'forbidden')} />;
  return (
    <>
      <PageTitle title={t('audit.title')}>{t('audit.title')}</PageTitle>
      <p className="utrecht-paragraph">{t('audit.intro')}</p>
      <div className="koers-table-wrap">
        <table className="utrecht-table koers-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">{t('audit.when')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('audit.who')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('audit.what')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('audit.change')}</th>
            </tr>
          </thead>
          {pages.map((before, i) => (
            <AuditRows key={i} before={before} isLast={i === pages.length - 1} onMore={(next) => setPages((p) => [...p, next])} />
          ))}
        </table>
      </div>
    </>
  );

}

export function UsersPage() {
  const { t, roleLabel } = useI18n();
  const session = useSession().data;
  const q = useUsers();
  if (!session?.abilities.readUsers) return <ErrorView error={new ApiError(403, '', '', 'forbidden')} />;
  if (q.isError) return <ErrorView error={q.error} />;
  if (!q.data) return <Loading />;
  return (
    <>
      <PageTitle title={t('users.title')}>{t('users.title')}</PageTitle>
      <p className="utrecht-paragraph">{t('users.intro')}</p>
      <div className="koers-table-wrap">
        <table className="utrecht-table koers-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">{t('users.email')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('users.name')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('users.role')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('users.person')}</th>
              <th className="utrecht-table__header-cell" scope="col">{t('users.active')}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {q.data.items.map((u) => (
              <tr className="utrecht-table__row" key={u.id}>
                <th className="utrecht-table__header-cell" scope="row">{u.email}</th>
                <td className="utrecht-table__cell">{u.displayName}</td>
                <td className="utrecht-table__cell">{roleLabel(u.role)}</td>
                <td className="utrecht-table__cell">{u.person ? <Link to={`/personen/${u.person.id}`}>{u.person.name}</Link> : null}</td>
                <td className="utrecht-table__cell">{u.active ? t('users.yes') : t('users.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
