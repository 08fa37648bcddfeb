import { useCouncilQuestions } from '../api/hooks';
import { ErrorView, Loading, PageTitle, RichText } from '../components/ui';
import { useI18n } from '../i18n';

export function CouncilPage() {
  const { t } = useI18n();
  const q = useCouncilQuestions();
  if (q.isError) return <ErrorView error={q.error} />;
  if (!q.data) return <Loading />;
  const first = q.data.items[0];
  return (
    <>
      <PageTitle title={t('council.title')}>{t('council.title')}</PageTitle>
      {first ? <p className="utrecht-paragraph">{t('council.intro', { faction: first.faction, subject: first.subject })}</p> : null}
      <ol className="koers-council">
        {q.data.items.map((c) => (
          <li key={c.id} className="koers-council__item">
            <details className="koers-details">
              <summary>
                <span className="koers-code">{c.number}.</span> {c.theme}
              </summary>
              <div className="koers-details__body">
                <h2 className="utrecht-heading-4">{t('council.questions')}</h2>
                <ul className="utrecht-unordered-list">
                  {c.questions.map((question, i) => (
                    <li className="utrecht-unordered-list__item" key={i}>
                      {question}
                    </li>
                  ))}
                </ul>
                <h2 className="utrecht-heading-4">{t('council.answer')}</h2>
                <RichText text={c.answer} />
              </div>
            </details>
          </li>
        ))}
      </ol>
    </>
  );
}
