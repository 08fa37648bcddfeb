import { type FormEvent, Fragment, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSearch } from '../api/hooks';
import { Button, ErrorView, Link, Loading, PageTitle } from '../components/ui';
import { useI18n } from '../i18n';

function Highlight({ text, q }: { text: string; q: string }) {
  const lower = text.toLowerCase();
  const needle = q.toLowerCase();
  const out: React.ReactNode[] = [];
  let i = 0;
  for (let at = lower.indexOf(needle); needle && at >= 0; at = lower.indexOf(needle, i)) {
    out.push(text.slice(i, at), <mark key={at}>{text.slice(at, at + needle.length)}</mark>);
    i = at + needle.length;
  }
  out.push(text.slice(i));
  return <>{out}</>;
}

export function SearchPage() {
  const { t, fieldLabel } = useI18n();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [input, setInput] = useState(q);
  const results = useSearch(q);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(input.trim() ? { q: input.trim() } : {});
  };
  const groups = new Map<string, { effort: { id: string; code: string; name: string }; hits: { field: string | null; snippet: string }[] }>();
  for (const item of results.data?.items ?? []) {
    const g = groups.get(item.effort.id) ?? { effort: item.effort, hits: [] };
    g.hits.push({ field: item.field, snippet: item.snippet });
    groups.set(item.effort.id, g);
  }
  const n = results.data?.items.length ?? 0;
  return (
    <>
      <PageTitle title={q ? `${t('search.title')}: ${q}` : t('search.title')}>{t('search.title')}</PageTitle>
      <form role="search" onSubmit={submit} className="koers-search-form">
        <label className="utrecht-form-label" htmlFor="search-q">
          {t('search.label')}
        </label>
        <div className="koers-search-form__row">
          <input id="search-q" type="search" className="utrecht-textbox utrecht-textbox--html-input" value={input} onChange={(e) => setInput(e.target.value)} />
          <Button type="submit" appearance="primary">
            {t('search.submit')}
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="koers-search-status">
        {q.length >= 2 && results.data ? (
          <p className="utrecht-paragraph">
            <strong>{n === 0 ? t('search.none', { q }) : n === 1 ? t('search.oneResult', { q }) : t('search.results', { n, q })}</strong>
          </p>
        ) : null}
      </div>
      {!q ? <p className="utrecht-paragraph koers-muted">{t('search.hint')}</p> : null}
      {results.isError ? <ErrorView error={results.error} /> : null}
      {q.length >= 2 && results.isPending ? <Loading /> : null}
      {groups.size ? (
        <ul className="koers-results">
          {[...groups.values()].map((g) => (
            <li key={g.effort.id} className="koers-results__item">
              <h2 className="utrecht-heading-3">
                <Link to={`/inspanningen/${g.effort.id}`}>
                  <span className="koers-code">{g.effort.code}</span> <Highlight text={g.effort.name} q={q} />
                </Link>
              </h2>
              <dl className="koers-results__hits">
                {g.hits.map((h, i) => (
                  <Fragment key={i}>
                    <dt>{h.field ? fieldLabel(h.field) : t('search.inName')}</dt>
                    <dd>
                      <Highlight text={h.snippet} q={q} />
                    </dd>
                  </Fragment>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
