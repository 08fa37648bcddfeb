import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout, useSession } from '../api/hooks';
import { useI18n } from '../i18n';
import type { MessageKey } from '../../shared/i18n/nl';
import { Button, clientNavigation, StatusBadge } from './ui';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <Button appearance="subtle" className="koers-lang" lang={other} aria-label={t('app.languageLabel')} onClick={() => setLang(other)}>
      {t('app.language')}
    </Button>
  );
}

export function Layout() {
  const { t, roleLabel } = useI18n();
  const session = useSession().data;
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const nav: [string, MessageKey][] = [
    ['/', 'nav.programme'],
    ['/signalen', 'nav.signals'],
    ['/roadmap', 'nav.roadmap'],
    ['/risicos', 'nav.risks'],
    ['/financien', 'nav.finance'],
    ['/afhankelijkheden', 'nav.dependencies'],
    ['/zoeken', 'nav.search'],
    ['/open-velden', 'nav.openFields'],
    ['/principes', 'nav.principles'],
    ['/doelstellingen', 'nav.goals'],
    ['/organisaties', 'nav.organisations'],
    ['/personen', 'nav.people'],
    ['/raadsvragen', 'nav.council'],
  ];
  // Set during render (idempotent), so the new page's PageTitle sees it when it mounts.
  const firstPath = useRef(location.pathname);
  // on a narrow screen the menu folds away behind a "Menu" button; it closes again after navigating
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);
  if (location.pathname !== firstPath.current) clientNavigation.happened = true;
  // Tussen Wal en Schip: the case list only for those who may see cases; the aggregates for everyone
  const at = nav.findIndex(([to]) => to === '/zoeken');
  const caseNav: [string, MessageKey][] = [
    ...(session && session.abilities.readCases !== 'none' ? ([['/casussen', 'nav.cases']] as [string, MessageKey][]) : []),
    ['/casusoverzicht', 'nav.caseDashboard'],
    ['/leren', 'nav.learning'],
  ];
  nav.splice(at, 0, ...caseNav);
  if (session?.abilities.readAudit) nav.push(['/logboek', 'nav.audit']);
  if (session?.abilities.readUsers) nav.push(['/gebruikers', 'nav.users']);

  return (
    <div className="koers-app">
      <a className="utrecht-skip-link koers-skip-link" href="#inhoud">
        {t('app.skip')}
      </a>
      <header className="utrecht-page-header koers-header">
        <div className="koers-header__inner">
          <NavLink to="/" className="koers-brand">
            <span className="koers-brand__mark" aria-hidden="true">
              K
            </span>
            <span className="koers-brand__text">
              <span className="koers-brand__name">{t('app.name')}</span>
              <span className="koers-brand__programme">
                {t('app.municipality')} · {t('app.programme')}
              </span>
            </span>
          </NavLink>
          <div className="koers-header__tools">
            {session ? (
              <div className="koers-user">
                <span className="koers-user__name">
                  <span className="koers-visually-hidden">{t('app.loggedInAs')} </span>
                  {session.user.displayName}
                  <span className="koers-user__role">{roleLabel(session.user.role)}</span>
                </span>
                {session.user.isDemo ? <StatusBadge tone="demo">{t('app.demoAccount')}</StatusBadge> : null}
              </div>
            ) : null}
            <LanguageSwitch />
            {session ? (
              <Button
                appearance="secondary"
                onClick={() =>
                  logout.mutate(undefined, {
                    onSettled: () => navigate('/inloggen', { replace: true }),
                  })
                }
              >
                {t('app.logout')}
              </Button>
            ) : null}
          </div>
        </div>
        {session ? (
          <nav className="koers-nav" aria-label={t('app.mainNav')}>
            <button type="button" className="koers-nav__toggle" aria-expanded={menuOpen} aria-controls="koers-menu" onClick={() => setMenuOpen((o) => !o)}>
              <span aria-hidden="true" className="koers-nav__toggle-icon">
                {menuOpen ? '✕' : '☰'}
              </span>{' '}
              {t('app.menu')}
            </button>
            <ul id="koers-menu" className={`koers-nav__list${menuOpen ? ' koers-nav__list--open' : ''}`}>
              {nav.map(([to, key]) => (
                <li key={to}>
                  <NavLink
                    to={to}
                    end={to === '/'}
                    className={({ isActive }) => `koers-nav__link${isActive || (to === '/' && location.pathname.startsWith('/inspanningen')) ? ' koers-nav__link--active' : ''}`}
                  >
                    {t(key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="inhoud" className="koers-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="utrecht-page-footer koers-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
