import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { type Session, useLogout, useSession } from '../api/hooks';
import { useI18n } from '../i18n';
import type { MessageKey } from '../../shared/i18n/nl';
import { Button, clientNavigation, StatusBadge } from './ui';

interface NavSection {
  key: MessageKey;
  /** path and label; the first is where the section's main-menu link goes */
  items: [string, MessageKey][];
}

/**
 * The menu in two levels: a handful of sections in the main menu, the pages of the current
 * section in a second row. Items a role cannot use are left out (the server refuses them anyway).
 */
function navSections(session: Session | null | undefined): NavSection[] {
  const caseWork: [string, MessageKey][] =
    session && session.abilities.readCases !== 'none'
      ? [
          ['/casussen', 'nav.cases'],
          ['/casusoverleggen', 'nav.caseConferences'],
        ]
      : [];
  const admin: [string, MessageKey][] = [
    ...(session?.abilities.readAudit ? ([['/logboek', 'nav.audit']] as [string, MessageKey][]) : []),
    ...(session?.abilities.readUsers ? ([['/gebruikers', 'nav.users']] as [string, MessageKey][]) : []),
  ];
  const sections: NavSection[] = [
    {
      key: 'nav.section.programme',
      items: [
        ['/', 'nav.programme'],
        ['/zoeken', 'nav.search'],
        ['/open-velden', 'nav.openFields'],
        ['/principes', 'nav.principles'],
        ['/doelstellingen', 'nav.goals'],
        ['/organisaties', 'nav.organisations'],
        ['/personen', 'nav.people'],
        ['/raadsvragen', 'nav.council'],
      ],
    },
    {
      key: 'nav.section.steering',
      items: [
        ['/signalen', 'nav.signals'],
        ['/roadmap', 'nav.roadmap'],
        ['/risicos', 'nav.risks'],
        ['/financien', 'nav.finance'],
        ['/afhankelijkheden', 'nav.dependencies'],
      ],
    },
    {
      key: 'nav.section.monitoring',
      items: [
        ['/monitoring', 'nav.monitoring'],
        ['/stem-van-bewoners', 'nav.voice'],
        ['/thema', 'nav.themes'],
      ],
    },
    {
      key: 'nav.section.cases',
      items: [...caseWork, ['/casusoverzicht', 'nav.caseDashboard'], ['/leren', 'nav.learning'], ['/systeemsignalen', 'nav.systemSignals'], ['/tws-budget', 'nav.twsBudget']],
    },
  ];
  if (admin.length > 0) sections.push({ key: 'nav.section.admin', items: admin });
  return sections;
}

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
  const sections = navSections(session);
  // the section of the current page: the one with the longest matching item path
  const here = location.pathname;
  const matches = (to: string) => (to === '/' ? here === '/' || here.startsWith('/inspanningen') : here === to || here.startsWith(`${to}/`));
  const current = sections.find((section) => section.items.some(([to]) => matches(to)));
  // Set during render (idempotent), so the new page's PageTitle sees it when it mounts.
  const firstPath = useRef(location.pathname);
  // on a narrow screen the menu folds away behind a "Menu" button; it closes again after navigating
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);
  if (location.pathname !== firstPath.current) clientNavigation.happened = true;

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
              {sections.map((section) => (
                <li key={section.key}>
                  <Link
                    to={section.items[0]?.[0] ?? '/'}
                    aria-current={section === current ? 'true' : undefined}
                    className={`koers-nav__link${section === current ? ' koers-nav__link--active' : ''}`}
                  >
                    {t(section.key)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {session && current && current.items.length > 1 ? (
          <nav className="koers-sectionnav" aria-label={t(current.key)}>
            <ul className="koers-sectionnav__list">
              {current.items.map(([to, key]) => (
                <li key={to}>
                  <Link to={to} className={`koers-sectionnav__link${matches(to) ? ' koers-sectionnav__link--active' : ''}`} aria-current={matches(to) ? 'page' : undefined}>
                    {t(key)}
                  </Link>
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
