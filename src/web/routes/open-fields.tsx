import { useOpenFields, useSession } from '../api/hooks';
import { ErrorView, Link, Loading, PageTitle, StatusBadge } from '../components/ui';
import { useI18n } from '../i18n';

export function OpenFieldsPage() {
  const { t, fieldLabel } = useI18n();
  const q = useOpenFields();
  const session = useSession().data;
  if (q.isError) return <ErrorView error={q.error} />;
  if (!q.data) return <Loading />;
  const total = q.data.items.reduce((n, i) => n + i.open.length, 0);
  return (
    <>
      <PageTitle title={t('openFields.title')}>{t('openFields.title')}</PageTitle>
      <p className="utrecht-paragraph">{t('openFields.intro')}</p>
      {q.data.items.length === 0 ? (
        <p className="utrecht-paragraph koers-empty">{t('openFields.none')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            <strong>{t('openFields.summary', { fields: total, forms: q.data.items.length })}</strong>
          </p>
          <div className="koers-table-wrap">
            <table className="utrecht-table koers-table">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('openFields.effort')}
                  </th>
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('openFields.fields')}
                  </th>
                  {session?.abilities.editEfforts === 'all' ? (
                    <th className="utrecht-table__header-cell" scope="col">
                      {t('openFields.action')}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {q.data.items.map((i) => (
                  <tr className="utrecht-table__row" key={i.effort.id}>
                    <th className="utrecht-table__header-cell" scope="row">
                      <Link to={`/inspanningen/${i.effort.id}`}>
                        {i.effort.code} {i.effort.name}
                      </Link>
                    </th>
                    <td className="utrecht-table__cell">
                      <ul className="koers-chip-list">
                        {i.open.map((f) => (
                          <li key={f.key}>
                            {fieldLabel(f.key)}{' '}
                            <StatusBadge tone={f.state === 'ntb' ? 'ntb' : 'empty'}>{f.state === 'ntb' ? t('effort.ntb') : t('state.empty')}</StatusBadge>
                          </li>
                        ))}
                      </ul>
                    </td>
                    {session?.abilities.editEfforts === 'all' ? (
                      <td className="utrecht-table__cell">
                        <Link to={`/inspanningen/${i.effort.id}/bewerken`}>
                          {t('effort.edit')}
                          <span className="koers-visually-hidden">
                            {' '}
                            {i.effort.code} {i.effort.name}
                          </span>
                        </Link>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
